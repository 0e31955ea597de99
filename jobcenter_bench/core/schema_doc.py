"""Generate ``docs/schema.md``: every table and column of the project database.

Run ``python -m jobcenter_bench.core.schema_doc > docs/schema.md``; a test fails when the file
is out of date with the schema or the survey field catalogue.
"""

from __future__ import annotations

from jobcenter_bench.core.fields import register_variables, survey_fields, survey_sheets

_FIXED = {
    "meta": [
        ("key", "text", "", "setting name (schema_version, created_at, created_by, is_sample; definitions:YEAR: the year's population, benefit-group and published-model definitions as JSON)"),
        ("value", "text", "", "its value"),
    ],
    "jobcenter": [
        ("name", "text", "jobcenter", "job centre, named after its (main) municipality"),
        ("region", "text", "region", "region of the job centre"),
    ],
    "municipality": [
        ("code", "integer", "kommunekode", "official municipality code (101 = København)"),
        ("name", "text", "kommune", "municipality name"),
        ("region", "text", "region", "one of the five regions"),
        ("jobcenter", "text", "jobcenter", "the job centre serving the municipality"),
    ],
    "import_log": [
        ("id", "integer", "", "import number"),
        ("file_name", "text", "filnavn", "original file name (without folder)"),
        ("sha256", "text", "", "SHA-256 of the file's bytes, hex"),
        ("size_bytes", "integer", "", "file size in bytes"),
        ("imported_at", "text", "", "local time of the import, ISO 8601"),
        ("kind", "text", "", "survey_workbook, survey_consolidated, register"),
        ("rows", "integer", "", "answers (survey) or values (register) written"),
        ("revision", "integer", "revision", "highest revision number this import created"),
        ("replaced", "integer", "", "earlier current answers/values this import superseded"),
        ("warnings", "integer", "advarsler", "warnings stored for this import"),
        ("app_version", "text", "", "version of Jobcenter Bench that imported"),
        ("provenance", "text", "herkomst", "for fetched data (jobcenter-bench fetch) a JSON object: "
         "service, table, query, period codes, and per answer its URL, retrieval time and "
         "SHA-256; empty for files"),
    ],
    "survey (fixed columns)": [
        ("id", "integer", "", "row id"),
        ("jobcenter", "text", "jobcenter", "job centre"),
        ("year", "integer", "år", "year the answer describes"),
        ("revision", "integer", "revision", "1 for the first import, +1 per re-import"),
        ("current", "integer", "", "1 for the revision in use, 0 for superseded ones"),
        ("import_id", "integer", "", "the import that brought this revision"),
    ],
    "register": [
        ("id", "integer", "", "row id"),
        ("municipality_code", "integer", "kommunekode", "municipality"),
        ("year", "integer", "år", "year"),
        ("variable", "text", "", "a name from register_variable"),
        ("value", "real", "", "value in the variable's unit"),
        ("revision", "integer", "revision", "1 for the first import, +1 per re-import"),
        ("current", "integer", "", "1 for the revision in use"),
        ("import_id", "integer", "", "the import that brought the value"),
    ],
    "register_variable": [
        ("name", "text", "", "variable key"),
        ("kind", "text", "", "persons, population, published or framework (rammevilkår)"),
        ("label_da", "text", "", "Danish label"),
        ("label_en", "text", "", "English label"),
        ("unit", "text", "enhed", "unit"),
    ],
    "import_warning": [
        ("id", "integer", "", "row id"),
        ("import_id", "integer", "", "the import that raised it"),
        ("file", "text", "fil", "file name"),
        ("sheet", "text", "ark", "sheet name (Excel)"),
        ("row", "integer", "række", "row number as Excel or an editor shows it"),
        ("column", "text", "kolonne", "column letter (Excel) or header (CSV)"),
        ("value", "text", "værdi", "the value as found"),
        ("expected", "text", "", "what was expected"),
        ("message", "text", "", "the warning in Danish"),
        ("message_en", "text", "", "the warning in English"),
        ("severity", "text", "", "warning (rejected by import --strict) or notice (information, never rejects)"),
    ],
    "scenario": [
        ("name", "text", "scenarie", "scenario name ('Standard' reproduces the report)"),
        ("params", "text", "", "JSON: every assumption of the lever engine and business case"),
        ("created", "text", "", "ISO 8601"),
        ("modified", "text", "", "ISO 8601"),
    ],
    "peer_group": [
        ("name", "text", "sammenligningsgruppe", "name of a saved peer group (Store.save_peer_group)"),
        ("jobcenter", "text", "jobcenter", "the centre the group was chosen for (may be empty)"),
        ("year", "integer", "år", "the year of the data it was chosen on (may be empty)"),
        ("members", "text", "", "JSON list of job-centre names"),
        ("weights", "text", "vægte", "JSON object: similarity variable -> weight used to choose it"),
        ("created", "text", "", "ISO 8601"),
        ("modified", "text", "", "ISO 8601"),
    ],
}


def _table(rows) -> list[str]:
    out = ["| column | type | Danish term | meaning and unit |", "|---|---|---|---|"]
    out += [f"| `{c}` | {t} | {d} | {m} |" for c, t, d, m in rows]
    return out


def render() -> str:
    lines = [
        "# Database schema",
        "",
        "Generated by `python -m jobcenter_bench.core.schema_doc` from the code and",
        "`resources/survey_fields.toml`; do not edit by hand.",
        "",
        "One SQLite file (extension `.jcbench`) holds one national dataset. Nothing is overwritten:",
        "a re-import adds a revision and marks it current.",
        "",
    ]
    for name, rows in _FIXED.items():
        lines += [f"## `{name}`", "", *_table(rows), ""]
    lines += ["## `survey` (one column per survey field)", ""]
    sheets = {s.key: s for s in survey_sheets()}
    for key, sheet in sheets.items():
        lines += [f"### Sheet '{sheet.name_da}' ({sheet.name_en})", "", sheet.intro_en, ""]
        rows = [
            (f.key, f.type, f"{f.label_da} ({f.unit_da})", f"{f.label_en}, {f.unit_en}. Used by: {', '.join(f.used_by)}")
            for f in survey_fields()
            if f.sheet == key
        ]
        lines += [*_table(rows), ""]
    lines += ["## Register variables known by name", "", "| key | kind | Danish term | meaning |", "|---|---|---|---|"]
    lines += [f"| `{v.key}` | {v.kind} | {v.label_da} ({v.unit_da}) | {v.label_en} |" for v in register_variables()]
    lines += ["", "Any other numeric column of a register file is a framework-condition variable",
              "(rammevilkår), stored with kind `framework` under its header.", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    print(render(), end="")
