"""The consultants' consolidated survey sheet (samlet besvarelsesark).

One row per job centre and year, one column per survey field. The sheet is the one named
"Besvarelser" or else the first. Title rows may stand above the header row, which is the first
row with a "Jobcenter" cell; a year column ("År", "Aar", "Year") is required. A field column's
header is the field key, its Danish label or its English label (case and accents ignored; a unit
in parentheses or after a last comma may follow). Unknown columns are skipped with a warning;
an empty cell means "not answered", except in a yes/no column
answered with x marks, where a blank cell means no. A row with a job centre but no answer in
any field column is a centre that did not answer: it is not stored (so it neither counts as
answered nor replaces an earlier answer, and its x-mark columns do not become "no"), and one
warning lists such rows.
"""

from __future__ import annotations

from functools import cache, lru_cache

from jobcenter_bench.core.fields import survey_field_map, survey_fields
from jobcenter_bench.core.geography import match_jobcentre as _match_jobcentre
from jobcenter_bench.core.importing.cells import (
    CellError,
    fold,
    header_variants,
    is_blank,
    is_formula,
    show,
    to_year,
)
from jobcenter_bench.core.importing.grid import Grid
from jobcenter_bench.core.importing.parsed import ParsedFile
from jobcenter_bench.core.importing.survey_values import answer_warnings, parse_value
from jobcenter_bench.core.importing.survey_workbook import JOBCENTRE_LABELS

SHEET_NAME = "Besvarelser"
YEAR_HEADERS = {"aar", "year", "aarstal", "periode", "period"}
#: Columns with information the tool does not store; skipped without a warning.
INFO_HEADERS = {
    "region", "kontaktperson", "kontakt", "kommentar", "kommentarer", "bemaerkning",
    "bemaerkninger", "note", "noter", "nr", "loebenr", "kommunekode", "kommune", "kommuner",
    "contact", "comment", "comments",
}
#: Rows that are totals or averages, not a job centre; skipped with one warning.
AGGREGATE_ROWS = {"i alt", "ialt", "total", "hele landet", "gennemsnit", "landsgennemsnit", "average", "sum"}
HEADER_SEARCH_ROWS = 30


@lru_cache(maxsize=4096)
def match_jobcentre(value: object):
    """``geography.match_jobcentre``, remembered: a sheet repeats each name once per year."""
    return _match_jobcentre(value)


@cache
def field_index() -> dict[str, str]:
    """Folded header text -> field key, from each field's key, Danish and English label."""
    index: dict[str, str] = {}
    for f in survey_fields():
        for name in (f.key, f.label_da, f.label_en):
            index.setdefault(fold(name), f.key)
    return index


def match_field(header: object) -> str | None:
    """The survey field a column header names, or None."""
    index = field_index()
    for variant in header_variants(header):
        if variant in index:
            return index[variant]
    return None


def find_header_row(grid: Grid) -> int | None:
    """0-based index of the first row with a "Jobcenter" cell, within the first 30 rows."""
    for r, row in enumerate(grid.rows[:HEADER_SEARCH_ROWS]):
        if any(not is_blank(v) and fold(v) in JOBCENTRE_LABELS for v in row):
            return r
    return None


def read_survey_consolidated(parsed: ParsedFile, grid: Grid) -> None:
    """Fill ``parsed`` from a consolidated sheet."""
    parsed.kind = "survey_consolidated"
    header = find_header_row(grid)
    if header is None:
        parsed.problems.append(
            grid.place().problem(
                "Der er ingen kolonne 'Jobcenter' i de første 30 rækker. Overskriftsrækken skal "
                "have kolonnerne 'Jobcenter' og 'År'.",
                "There is no 'Jobcenter' column in the first 30 rows. The header row must have "
                "the columns 'Jobcenter' and 'År' (year).",
                expected="kolonnerne 'Jobcenter' og 'År'",
            )
        )
        return
    grid.set_headers(header)
    heads = grid.rows[header]
    jc_col = next(c for c, v in enumerate(heads) if not is_blank(v) and fold(v) in JOBCENTRE_LABELS)
    year_col = next(
        (c for c, v in enumerate(heads) if not is_blank(v) and fold(v) in YEAR_HEADERS), None
    )
    if year_col is None:
        parsed.problems.append(
            grid.place(header).problem(
                "Kolonnen 'År' mangler i overskriftsrækken. Tilføj en kolonne 'År' med året for "
                "hver besvarelse.",
                "The column 'År' (year) is missing from the header row. Add a column 'År' with "
                "the year of each answer.",
                expected="en kolonne 'År'",
            )
        )
        return
    columns = _map_columns(grid, header, {jc_col, year_col}, parsed)
    fmap = survey_field_map()
    tick_columns = _tick_columns(grid, header, columns)
    seen: dict[tuple[str, int], int] = {}
    aggregates: list[str] = []
    unanswered: list[str] = []
    for r in range(header + 1, len(grid.rows)):
        if grid.is_empty_row(r):
            continue
        raw_jc = grid.cell(r, jc_col)
        if is_formula(raw_jc):
            parsed.problems.append(
                grid.place(r, jc_col).problem(
                    f"Cellen indeholder en formel ({show(raw_jc)}). Skriv jobcentrets navn som tekst.",
                    f"The cell holds a formula ({show(raw_jc)}). Write the job centre's name as text.",
                    value=raw_jc,
                    expected="et jobcenters navn",
                )
            )
            continue
        if is_blank(raw_jc):
            parsed.problems.append(
                grid.place(r, jc_col).problem(
                    "Jobcenter mangler i en række med svar. Skriv jobcentrets navn, eller slet rækken.",
                    "The job centre is missing in a row with answers. Write the job centre's "
                    "name or delete the row.",
                    value=raw_jc,
                    expected="et jobcenters navn",
                )
            )
            continue
        if fold(raw_jc) in AGGREGATE_ROWS:
            aggregates.append(f"{r + 1}")
            continue
        jc = match_jobcentre(raw_jc)
        if jc is not None and _no_answers(grid.rows[r], columns):
            unanswered.append(f"{r + 1} ({jc.name})")  # did not answer: no row, not zeros
            continue
        if jc is None:
            parsed.problems.append(
                grid.place(r, jc_col).problem(
                    f"'{show(raw_jc)}' er ikke et kendt jobcenter. Skriv jobcentrets navn, som det "
                    "står i kommunelisten (fx Aabenraa eller Esbjerg).",
                    f"'{show(raw_jc)}' is not a known job centre. Write the job centre's name as in "
                    "the list of municipalities (e.g. Aabenraa or Esbjerg).",
                    value=raw_jc,
                    expected="et jobcenters navn",
                )
            )
            continue
        raw_year = grid.cell(r, year_col)
        try:
            year = to_year(raw_year)
        except CellError as err:
            parsed.problems.append(grid.place(r, year_col).cell_problem(err, raw_year))
            continue
        if (jc.name, year) in seen:
            first = seen[(jc.name, year)]
            parsed.problems.append(
                grid.place(r, jc_col).problem(
                    f"Jobcenter {jc.name} står to gange for {year} (også i række {first + 1}). "
                    "Slet den ene række.",
                    f"Job centre {jc.name} appears twice for {year} (also in row {first + 1}). "
                    "Delete one of the rows.",
                    value=raw_jc,
                    expected="én række pr. jobcenter og år",
                )
            )
            continue
        seen[(jc.name, year)] = r
        answer: dict = {"jobcenter": jc.name, "year": year}
        answer.update(dict.fromkeys(fmap))
        cells = grid.rows[r]
        width = len(cells)
        for c, key in columns.items():
            raw = cells[c] if c < width else None
            if c in tick_columns and is_blank(raw):
                raw = 0  # a column of x marks: blank means no
            value, problems = parse_value(
                fmap[key], raw, lambda r=r, c=c: grid.place(r, c), grid.decimal
            )
            answer[key] = value
            if problems:
                parsed.problems.extend(problems)
        parsed.survey_answers.append(answer)
        parsed.survey_places.append(grid.place(r, jc_col))
        parsed.problems.extend(answer_warnings(answer, grid.place(r)))
    if unanswered:
        parsed.problems.append(
            grid.place().problem(
                f"Rækker uden svar er ikke importeret (række {', '.join(unanswered)}): en tom "
                "række betyder, at jobcentret ikke har svaret, ikke at tallene er 0. Udfyld "
                "rækken, når svaret kommer.",
                f"Rows without answers were not imported (row {', '.join(unanswered)}): an empty "
                "row means the job centre did not answer, not that the numbers are 0. Fill in "
                "the row when the answer arrives.",
                warning=True,
            )
        )
    if aggregates:
        parsed.problems.append(
            grid.place().problem(
                f"Rækker med totaler eller gennemsnit (række {', '.join(aggregates)}) er sprunget over.",
                f"Rows with totals or averages (row {', '.join(aggregates)}) were skipped.",
                notice=True,
            )
        )


def _no_answers(cells, columns: dict[int, str]) -> bool:
    """True when every survey-field cell of a row is blank: the centre did not answer."""
    width = len(cells)
    return all(c >= width or is_blank(cells[c]) for c in columns)


def _tick_columns(grid: Grid, header: int, columns: dict[int, str]) -> set[int]:
    """Yes/no columns answered with x marks, where a blank cell means no (not "not answered")."""
    fmap = survey_field_map()
    data = range(header + 1, len(grid.rows))
    return {
        c
        for c, key in columns.items()
        if fmap[key].type == "yesno"
        and any(isinstance(v, str) and fold(v) == "x" for v in (grid.cell(r, c) for r in data))
    }


def _map_columns(grid: Grid, header: int, skip: set[int], parsed: ParsedFile) -> dict[int, str]:
    """Column index -> field key; warns about unknown columns, errors on a field given twice."""
    columns: dict[int, str] = {}
    first_col: dict[str, int] = {}
    unknown: list[str] = []
    for c, head in enumerate(grid.rows[header]):
        if c in skip or is_blank(head):
            continue
        key = match_field(head)
        if key is None:
            if fold(head) not in INFO_HEADERS:
                unknown.append(f"'{show(head)}' ({grid.column_name(c)})" if grid.excel else f"'{show(head)}'")
            continue
        if key in first_col:
            parsed.problems.append(grid.duplicate_column_problem(header, c, first_col[key], key, field_word=True))
            continue
        first_col[key] = c
        columns[c] = key
    if unknown:
        parsed.problems.append(
            grid.place(header).problem(
                f"Ukendte kolonner springes over: {', '.join(unknown)}. Brug feltets id eller "
                "danske navn som overskrift, hvis kolonnen skal med.",
                f"Unknown columns are skipped: {', '.join(unknown)}. Use the field's id or Danish "
                "label as the header if the column is meant to be imported.",
                warning=True,
            )
        )
    return columns
