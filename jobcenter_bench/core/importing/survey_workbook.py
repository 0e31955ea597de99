"""The survey workbook a job centre fills in (spørgeskemaet, skabelonen).

Layout (written by ``core/template.py``): a sheet "Vejledning" (ignored here), a sheet "Stamdata"
with the job centre in the row labelled "Jobcenter" and the year in the row labelled "År"
(label in column A, value in column B), then one sheet per survey sheet of
``survey_fields.toml`` named by its Danish (or English) name. On a data sheet the header row has
"Felt-id" and "Værdi"; each row holds a field key and its answer. Answers are found by the key,
so rows may be reordered; a sheet of the catalogue that is missing is an error, a field whose
row is missing is a warning (stored as not answered).
"""

from __future__ import annotations

from jobcenter_bench.core import geography
from jobcenter_bench.core.fields import survey_field_map, survey_sheets
from jobcenter_bench.core.importing.cells import (
    CellError,
    Place,
    fold,
    is_blank,
    is_formula,
    show,
    to_year,
)
from jobcenter_bench.core.importing.grid import Grid
from jobcenter_bench.core.importing.parsed import ParsedFile
from jobcenter_bench.core.importing.survey_values import answer_warnings, parse_value

#: Folded names of the master-data sheet and of the instructions sheet.
MASTER_SHEETS = {"stamdata", "basic data", "master data"}
INSTRUCTION_SHEETS = {"vejledning", "instructions", "instruktion"}
#: Folded labels in the master-data sheet.
JOBCENTRE_LABELS = {"jobcenter", "jobcentre", "job centre", "job center", "jobcentret"}
YEAR_LABELS = {"aar", "year", "aarstal", "regnskabsaar"}
#: Folded header texts of the key and the value column on a data sheet.
KEY_HEADERS = {"felt id", "feltid", "field id", "felt", "id", "key"}
VALUE_HEADERS = {"vaerdi", "value", "svar", "answer", "besvarelse"}


def is_survey_workbook(sheet_names: list[str]) -> bool:
    """A workbook with a master-data sheet or any of the survey's sheets."""
    folded = {fold(n) for n in sheet_names}
    known = {fold(s.name_da) for s in survey_sheets()} | {fold(s.name_en) for s in survey_sheets()}
    return bool(folded & MASTER_SHEETS) or len(folded & known) >= 2


def read_survey_workbook(parsed: ParsedFile, grids: dict[str, Grid]) -> None:
    """Fill ``parsed`` from the grids of a survey workbook (sheet name -> grid)."""
    parsed.kind = "survey_workbook"
    by_fold = {fold(name): g for name, g in grids.items()}
    master = next((by_fold[n] for n in MASTER_SHEETS if n in by_fold), None)
    if master is None:
        parsed.problems.append(
            _file_place(parsed).problem(
                "Arket 'Stamdata' med jobcenter og år mangler. Brug skabelonen fra "
                "'jobcenter-bench template', og udfyld jobcenter og år på arket 'Stamdata'.",
                "The sheet 'Stamdata' with job centre and year is missing. Use the template from "
                "'jobcenter-bench template' and fill in job centre and year on sheet 'Stamdata'.",
                expected="et ark 'Stamdata'",
            )
        )
    jobcentre, year, place = (
        _read_master(master, parsed) if master is not None else (None, None, _file_place(parsed))
    )
    parsed.declared_jobcentre = jobcentre

    fmap = survey_field_map()
    answer: dict = {}
    seen: dict[str, str] = {}
    for sheet in survey_sheets():
        grid = by_fold.get(fold(sheet.name_da)) or by_fold.get(fold(sheet.name_en))
        if grid is None:
            parsed.problems.append(
                _file_place(parsed).problem(
                    f"Arket '{sheet.name_da}' mangler. Brug en ny skabelon fra 'jobcenter-bench "
                    "template' og flyt svarene over, eller omdøb arket tilbage.",
                    f"The sheet '{sheet.name_da}' ({sheet.name_en}) is missing. Use a new template "
                    "from 'jobcenter-bench template' and move the answers, or rename the sheet back.",
                    expected=f"et ark '{sheet.name_da}'",
                )
            )
            continue
        _read_data_sheet(grid, parsed, answer, seen)
    missing = [k for k, f in fmap.items() if k not in seen and _sheet_present(f.sheet, by_fold)]
    if missing:
        parsed.problems.append(
            _file_place(parsed).problem(
                f"{len(missing)} felter findes ikke i filen og registreres som ubesvarede: "
                f"{', '.join(missing)}. Brug den nyeste skabelon for at besvare dem.",
                f"{len(missing)} fields are not in the file and are stored as not answered: "
                f"{', '.join(missing)}. Use the newest template to answer them.",
                warning=True,
            )
        )
    if jobcentre is None or year is None or parsed.errors:
        return
    if all(v is None for v in answer.values()):
        parsed.problems.append(
            _file_place(parsed).problem(
                "Skemaet har ingen svar: kolonnen 'Værdi' er tom på alle ark. Udfyld skemaet, før "
                "det importeres.",
                "The survey has no answers: the 'Value' column is empty on every sheet. Fill in "
                "the survey before importing it.",
                expected="mindst ét udfyldt svar",
            )
        )
        return
    row = {"jobcenter": jobcentre, "year": year}
    row.update({k: answer.get(k) for k in fmap})
    parsed.survey_answers.append(row)
    parsed.survey_places.append(place)
    parsed.problems.extend(answer_warnings(row, _file_place(parsed)))


def _file_place(parsed: ParsedFile) -> Place:
    return Place(parsed.name, None)


def _sheet_present(sheet_key: str, by_fold: dict[str, Grid]) -> bool:
    sheet = next(s for s in survey_sheets() if s.key == sheet_key)
    return fold(sheet.name_da) in by_fold or fold(sheet.name_en) in by_fold


def _read_master(grid: Grid, parsed: ParsedFile) -> tuple[str | None, int | None, Place]:
    """Job centre (canonical name), year and the job centre cell from the master-data sheet."""
    jc_cell = year_cell = None
    for r, row in enumerate(grid.rows):
        label = fold(row[0]) if row and not is_blank(row[0]) else ""
        if label in JOBCENTRE_LABELS and jc_cell is None:
            jc_cell = r
        elif label in YEAR_LABELS and year_cell is None:
            year_cell = r
    jobcentre = year = None
    if jc_cell is None or is_blank(grid.cell(jc_cell, 1)):
        place = grid.place(jc_cell, 1) if jc_cell is not None else grid.place()
        parsed.problems.append(
            place.problem(
                "Jobcenter er ikke udfyldt. Skriv jobcentrets navn, fx Aabenraa, ud for 'Jobcenter'.",
                "The job centre is not filled in. Write the job centre's name, e.g. Aabenraa, next "
                "to 'Jobcenter'.",
                expected="et jobcenters navn",
            )
        )
    else:
        raw = grid.cell(jc_cell, 1)
        jc = None if is_formula(raw) else geography.match_jobcentre(raw)
        if jc is None:
            parsed.problems.append(
                grid.place(jc_cell, 1).problem(
                    f"'{show(raw)}' er ikke et kendt jobcenter. Skriv jobcentrets navn, som det står "
                    "i kommunelisten (fx Aabenraa eller Esbjerg).",
                    f"'{show(raw)}' is not a known job centre. Write the job centre's name as in "
                    "the list of municipalities (e.g. Aabenraa or Esbjerg).",
                    value=raw,
                    expected="et jobcenters navn",
                )
            )
        else:
            jobcentre = jc.name
    if year_cell is None or is_blank(grid.cell(year_cell, 1)):
        place = grid.place(year_cell, 1) if year_cell is not None else grid.place()
        parsed.problems.append(
            place.problem(
                "Året er ikke udfyldt. Skriv det år, besvarelsen gælder, fx 2013, ud for 'År'.",
                "The year is not filled in. Write the year the answer is for, e.g. 2013, next to 'År'.",
                expected="et årstal",
            )
        )
    else:
        raw = grid.cell(year_cell, 1)
        try:
            year = to_year(raw)
        except CellError as err:
            parsed.problems.append(grid.place(year_cell, 1).cell_problem(err, raw))
    return jobcentre, year, grid.place(jc_cell, 1)


def _find_columns(grid: Grid) -> tuple[int, int, int]:
    """(header row, key column, value column), 0-based; defaults row 1, columns A and C."""
    for r, row in enumerate(grid.rows[:10]):
        folded = [fold(v) if not is_blank(v) else "" for v in row]
        key_col = next((i for i, f in enumerate(folded) if f in KEY_HEADERS), None)
        val_col = next((i for i, f in enumerate(folded) if f in VALUE_HEADERS), None)
        if key_col is not None and val_col is not None:
            return r, key_col, val_col
    return 0, 0, 2


def _read_data_sheet(grid: Grid, parsed: ParsedFile, answer: dict, seen: dict[str, str]) -> None:
    fmap = survey_field_map()
    header, key_col, val_col = _find_columns(grid)
    for r in range(header + 1, len(grid.rows)):
        key = grid.cell(r, key_col)
        if is_blank(key):
            continue
        key = str(key).strip()
        field = fmap.get(key)
        raw = grid.cell(r, val_col)
        if field is None:
            if not is_blank(raw):
                parsed.problems.append(
                    grid.place(r, key_col).problem(
                        f"Felt-id '{show(key)}' er ukendt, så svaret i rækken springes over. Brug "
                        "den nyeste skabelon, og ret ikke i kolonnen Felt-id.",
                        f"Field id '{show(key)}' is unknown, so the answer in this row is skipped. Use "
                        "the newest template and do not edit the Field id column.",
                        value=key,
                        warning=True,
                    )
                )
            continue
        place = grid.place(r, val_col)
        if key in seen:
            parsed.problems.append(
                place.problem(
                    f"Feltet '{field.label_da}' ({key}) står to gange (også {seen[key]}). "
                    "Slet den ene række.",
                    f"The field '{field.label_en}' ({key}) appears twice (also {seen[key]}). "
                    "Delete one of the rows.",
                    value=key,
                )
            )
            continue
        seen[key] = f"ark '{grid.sheet}' række {r + 1}"
        value, problems = parse_value(field, raw, place, grid.decimal)
        parsed.problems.extend(problems)
        answer[key] = value
