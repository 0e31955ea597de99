"""The survey round (spørgeskemarunden): which job centres have answered for a year, and what
is wrong with the answers that came back.

A consultant sends every centre its workbook (``template --all``), collects the returns in a
folder, imports them (``import DIR/``) and chases the rest. :func:`round_status` says, per
centre, one of

- ``answered`` (besvaret): an answer for the year, without warnings;
- ``warnings`` (besvaret med advarsler): an answer that imports, but has numbers to check;
- ``errors`` (med fejl): a returned file that cannot be imported until the centre fixes it;
- ``missing`` (mangler): no answer in the database and no returned file.

The database alone never holds errors (an import with an error stores nothing), so errors come
from a folder of returned files (``returns``) read as a dry run. A returned file that was
already imported (same SHA-256) counts through the database. A not yet imported file is newer
than the database's answer and decides the centre's status. Whose file it is comes from its
answer, else the job centre on its master-data sheet, else its file name as written by
``template --all``. Problems that name no centre (a register file, an unreadable file) are
kept as ``unassigned``.

Warnings of an answer in the database: for a survey workbook, the warnings stored with its
import (with sheet and cell), except the import-level note that the same file was imported
before; for a consolidated sheet, whose stored warnings cannot be told apart by centre, the
value and consistency checks are run again on the stored answer (no cell is named then).

:func:`write_feedback` writes one short workbook per centre with problems (tilbagemelding),
listing each problem's sheet, cell, what is wrong and how to fix it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from jobcenter_bench.core import geography
from jobcenter_bench.core.fields import survey_field_map
from jobcenter_bench.core.validation import Problem, Severity

#: Status codes, from best to worst (the order a centre's status is decided in is the reverse).
STATUSES = ("answered", "warnings", "errors", "missing")
STATUS_NAMES = {
    "answered": ("besvaret", "answered"),
    "warnings": ("besvaret med advarsler", "answered with warnings"),
    "errors": ("med fejl", "with errors"),
    "missing": ("mangler", "missing"),
}


def status_name(status: str, lang: str = "da") -> str:
    """The Danish (or English) name of a status code."""
    da, en = STATUS_NAMES[status]
    return en if lang == "en" else da


@dataclass(frozen=True)
class CentreStatus:
    """One job centre's place in the survey round of ``year``.

    ``file``: the file its answer or problems come from (None when missing); ``imported``: the
    answer shown is the one in the database; ``problems``: errors and warnings, errors first.
    """

    jobcenter: str
    municipalities: tuple[str, ...]
    year: int
    status: str
    file: str | None = None
    imported: bool = False
    problems: tuple[Problem, ...] = ()

    @property
    def errors(self) -> int:
        """Number of errors (fejl) to fix before the answer can be imported."""
        return sum(p.is_error for p in self.problems)

    @property
    def warnings(self) -> int:
        """Number of warnings (advarsler): numbers to check; the answer imports as it is."""
        return sum(not p.is_error for p in self.problems)

    def status_name(self, lang: str = "da") -> str:
        return status_name(self.status, lang)

    def as_dict(self, lang: str = "da") -> dict:
        """A JSON-ready record (problems as their dicts)."""
        return {
            "jobcenter": self.jobcenter,
            "municipalities": list(self.municipalities),
            "year": self.year,
            "status": self.status,
            "status_name": self.status_name(lang),
            "errors": self.errors,
            "warnings": self.warnings,
            "file": self.file,
            "imported": self.imported,
            "problems": [p.as_dict() for p in self.problems],
        }


@dataclass
class RoundStatus:
    """Every job centre's status for ``year``, plus problems in returned files that name no centre."""

    year: int
    centres: list[CentreStatus]
    unassigned: list[Problem] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """Centres per status code, every status present (0 when none)."""
        out = dict.fromkeys(STATUSES, 0)
        for c in self.centres:
            out[c.status] += 1
        return out

    def summary(self, lang: str = "da") -> str:
        """'94 jobcentre: 80 besvaret, 5 besvaret med advarsler, 3 med fejl, 6 mangler'."""
        parts = ", ".join(f"{n} {status_name(s, lang)}" for s, n in self.counts().items())
        word = "job centres" if lang == "en" else "jobcentre"
        return f"{len(self.centres)} {word} ({self.year}): {parts}"


def round_status(store, year: int, returns: list[str | Path] | None = None) -> RoundStatus:
    """The status of every job centre for ``year``, in Danish alphabetical order.

    ``store``: the project database; ``returns``: returned files (or folders of them) not
    necessarily imported yet, read without writing anything.
    """
    from jobcenter_bench.core.importing.folder import expand_paths

    db = _database_answers(store, year)
    files, unassigned = _returned_files(store, year, expand_paths(returns) if returns else [])
    centres = []
    for jc in sorted(geography.jobcentres(year), key=lambda j: danish_sort_key(j.name)):
        names = _municipality_names(jc)
        if jc.name in files:
            file_name, problems = files[jc.name]
            centres.append(_status(jc.name, names, year, file_name, False, problems))
        elif jc.name in db:
            file_name, problems = db[jc.name]
            centres.append(_status(jc.name, names, year, file_name, True, problems))
        else:
            centres.append(CentreStatus(jc.name, names, year, "missing"))
    return RoundStatus(year, centres, unassigned)


#: Æ, Ø, Å after Z, in that order (dansk alfabetisk orden).
_DANISH_ORDER = str.maketrans({"æ": "z{", "ø": "z|", "å": "z}", "ä": "z{", "ö": "z|"})


def danish_sort_key(name: str) -> str:
    """Sort key putting names in Danish alphabetical order (Æ, Ø, Å last)."""
    return name.lower().translate(_DANISH_ORDER)


def _status(jc: str, names, year: int, file_name: str, imported: bool, problems) -> CentreStatus:
    ordered = tuple(sorted(problems, key=lambda p: not p.is_error))
    kind = ("errors" if any(p.is_error for p in ordered) else "warnings" if ordered else "answered")
    return CentreStatus(jc, names, year, kind, file_name, imported, ordered)


def _municipality_names(jc) -> tuple[str, ...]:
    by_code = geography.municipality_by_code()
    return tuple(by_code[c].name for c in jc.municipality_codes)


# ---------------------------------------------------------------------- the database's answers
def _database_answers(store, year: int) -> dict[str, tuple[str, list[Problem]]]:
    """Centre -> (file name of the import that brought its current answer, its warnings)."""
    imports = {i["id"]: i for i in store.imports()}
    warnings: dict[int, list[dict]] = {}
    out = {}
    for answer in store.survey_answers(year):
        log = imports.get(answer["import_id"]) or {"file_name": "?", "kind": None, "sha256": ""}
        if log["kind"] == "survey_workbook":
            if answer["import_id"] not in warnings:
                warnings[answer["import_id"]] = store.warnings(answer["import_id"])
            problems = [_stored_problem(w) for w in warnings[answer["import_id"]]
                        if not _import_level(w, log)]
        else:
            problems = _recheck(answer, log["file_name"])
        out[answer["jobcenter"]] = (log["file_name"], problems)
    return out


def _import_level(warning: dict, log: dict) -> bool:
    """The 'same file imported before' note: about the import, not the centre's answer."""
    return warning["row"] is None and bool(log["sha256"]) and warning["value"] == log["sha256"][:12]


def _stored_problem(w: dict) -> Problem:
    return Problem(
        file=w["file"], message=w["message"], severity=Severity(w["severity"]), sheet=w["sheet"],
        row=w["row"], column=w["column"], value=w["value"], expected=w["expected"],
        message_en=w["message_en"],
    )


def _recheck(answer: dict, file_name: str) -> list[Problem]:
    """The value and consistency warnings of a stored answer, checked again (no cell known)."""
    from jobcenter_bench.core.importing.cells import Place
    from jobcenter_bench.core.importing.survey_values import answer_warnings, parse_value

    place = Place(file_name, None)
    problems: list[Problem] = []
    for key, f in survey_field_map().items():
        if f.type != "yesno" and answer.get(key) is not None:
            problems.extend(parse_value(f, answer[key], place)[1])
    return problems + answer_warnings(answer, place)


# ---------------------------------------------------------------------- returned files
def _returned_files(store, year: int, paths: list[Path]):
    """(centre -> (file names, problems) of not yet imported returns, unassigned problems)."""
    from jobcenter_bench.core.importing import validate_files

    fresh = [p for p in paths if not _imported_before(store, p)]
    by_centre: dict[str, tuple[str, list[Problem]]] = {}
    unassigned: list[Problem] = []
    for parsed in validate_files(fresh, store):
        for centre, problems in _attribute(parsed, year, unassigned).items():
            names, earlier = by_centre.get(centre, ("", []))
            by_centre[centre] = (f"{names}, {parsed.name}" if names else parsed.name, earlier + problems)
    return by_centre, unassigned


def _imported_before(store, path: Path) -> bool:
    try:
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return False  # read_file reports it
    return bool(store.imports_with_sha(sha))


def _attribute(parsed, year: int, unassigned: list[Problem]) -> dict[str, list[Problem]]:
    """The problems of one returned file per centre; the rest go to ``unassigned``."""
    if parsed.kind == "survey_workbook":
        centre = (parsed.survey_answers[0]["jobcenter"] if parsed.survey_answers
                  else parsed.declared_jobcentre or centre_from_file_name(parsed.name))
        if centre is None:
            unassigned.extend(parsed.problems)
            return {}
        problems = list(parsed.problems)
        answered = [a["year"] for a in parsed.survey_answers]
        if answered and answered[0] != year:
            problems.append(_wrong_year(parsed.name, answered[0], year))
        return {centre: problems}
    if parsed.kind == "survey_consolidated":
        rows = {p.row: a["jobcenter"] for a, p in zip(parsed.survey_answers, parsed.survey_places, strict=True)
                if a["year"] == year}
        out: dict[str, list[Problem]] = {c: [] for c in rows.values()}
        for p in parsed.problems:
            if p.row in rows:
                out[rows[p.row]].append(p)
            else:
                unassigned.append(p)
        return out
    unassigned.extend(parsed.problems)
    return {}


def _wrong_year(file_name: str, found: int, year: int) -> Problem:
    return Problem(
        file=file_name, sheet="Stamdata", row=2, column="B", value=str(found), expected=str(year),
        message=f"Året er {found}, men spørgeskemarunden gælder {year}. Skriv {year} ud for 'År' "
        "på arket 'Stamdata', hvis svarene er for det år.",
        message_en=f"The year is {found}, but the survey round is for {year}. Write {year} next to "
        "'År' on the sheet 'Stamdata' if the answers are for that year.",
    )


def centre_from_file_name(name: str) -> str | None:
    """The job centre whose round workbook is called ``name`` (``spoergeskema_2014_esbjerg.xlsx``
    or a copy such as ``spoergeskema_2014_esbjerg (2).xlsx``), or None."""
    from jobcenter_bench.core.template import round_file_name

    stem = Path(name).stem.lower()
    for jc in geography.jobcentres():
        slug = Path(round_file_name(jc.name, 0)).stem.removeprefix("spoergeskema_0_")
        parts = stem.split("_", 2)
        if len(parts) == 3 and parts[0] == "spoergeskema" and parts[2].split(" ")[0] == slug:
            return jc.name
    return None


# ---------------------------------------------------------------------- feedback workbooks
FEEDBACK_TEXTS = {
    "da": {
        "sheet": "Tilbagemelding",
        "title": "Tilbagemelding på spørgeskemaet for {year}",
        "centre": "Jobcenter {name} ({municipalities})",
        "file": "Jeres fil: {file}",
        "errors": "Besvarelsen har {n} fejl, som skal rettes, før den kan indlæses.",
        "warnings": "Besvarelsen kan indlæses, men {n} tal ser usædvanlige ud. Tjek dem; er de "
        "rigtige, behøver I ikke gøre mere.",
        "how": "Ret i den fil, I sendte (samme skema), gem den, og send den tilbage til konsulenten.",
        "headers": ("Type", "Ark", "Celle", "Hvad er galt, og hvordan retter I det", "Jeres værdi",
                    "Forventet"),
        "error": "Fejl",
        "warning": "Advarsel",
        "row": "række {row}",
    },
    "en": {
        "sheet": "Feedback",
        "title": "Feedback on the survey for {year}",
        "centre": "Job centre {name} ({municipalities})",
        "file": "Your file: {file}",
        "errors": "The answer has {n} errors that must be fixed before it can be imported.",
        "warnings": "The answer can be imported, but {n} numbers look unusual. Check them; if they "
        "are right, there is nothing more to do.",
        "how": "Correct the file you sent (the same workbook), save it and send it back to the consultant.",
        "headers": ("Type", "Sheet", "Cell", "What is wrong and how to fix it", "Your value", "Expected"),
        "error": "Error",
        "warning": "Warning",
        "row": "row {row}",
    },
}


def feedback_file_name(jobcentre: str, year: int) -> str:
    """``tilbagemelding_2014_esbjerg.xlsx`` (ASCII, like the round's workbooks)."""
    from jobcenter_bench.core.template import round_file_name

    return round_file_name(jobcentre, year).replace("spoergeskema_", "tilbagemelding_", 1)


def write_feedback(folder: str | Path, status: RoundStatus, lang: str = "da") -> list[Path]:
    """One feedback workbook per centre with errors or warnings, in ``folder`` (created if
    missing); returns the paths written. Centres without problems get none."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    return [
        _write_one(folder / feedback_file_name(c.jobcenter, status.year), c, lang)
        for c in status.centres
        if c.problems
    ]


def _write_one(path: Path, centre: CentreStatus, lang: str) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    t = FEEDBACK_TEXTS["en" if lang == "en" else "da"]
    wb = Workbook()
    ws = wb.active
    ws.title = t["sheet"]
    ws["A1"] = t["title"].format(year=centre.year)
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = t["centre"].format(name=centre.jobcenter, municipalities=", ".join(centre.municipalities))
    ws["A3"] = t["file"].format(file=centre.file)
    ws["A4"] = (t["errors"].format(n=centre.errors) if centre.errors
                else t["warnings"].format(n=centre.warnings))
    ws["A4"].font = Font(bold=True)
    ws["A5"] = t["how"]
    for c, head in enumerate(t["headers"], start=1):
        ws.cell(row=7, column=c, value=head).font = Font(bold=True)
    fills = {True: PatternFill("solid", fgColor="F4CCCC"), False: PatternFill("solid", fgColor="FFF2CC")}
    for r, p in enumerate(centre.problems, start=8):
        values = (t["error"] if p.is_error else t["warning"], p.sheet or "", _cell(p, t),
                  p.message_en if lang == "en" and p.message_en else p.message, p.value or "",
                  p.expected or "")
        for c, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=c, value=value)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=r, column=1).fill = fills[p.is_error]
    for col, width in zip("ABCDEF", (10, 16, 10, 80, 14, 22), strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A8"
    wb.save(path)
    return path


def _cell(p: Problem, t: dict) -> str:
    """'C7' for an Excel cell, 'række 7' (and the column header) otherwise, '' for the file."""
    col = p.column or ""
    if p.row is not None and col.isalpha() and col.isupper() and len(col) <= 3:
        return f"{col}{p.row}"
    if p.row is not None:
        return t["row"].format(row=p.row) + (f", {col}" if col else "")
    return col
