"""The survey workbook sent to job centres (spørgeskemaskabelonen).

Generated from ``resources/survey_fields.toml``: an instructions sheet ("Vejledning"), a
master-data sheet ("Stamdata": job centre, year, contact person), then one sheet per survey sheet
with the columns Felt-id (field key, read by the importer), Spørgsmål (label), Værdi (the only
unlocked cell), Enhed (unit) and Vejledning (help). Excel data validation limits each answer
cell to a number within the field's min..max, a whole number, or ja/nej. Sheets are protected
without a password (``SHEET_PASSWORD`` is empty), so labels cannot be changed by accident but
anyone can lift the protection (Gennemgå > Fjern arkbeskyttelse).

For a survey round (spørgeskemarunde) ``write_round`` writes one workbook per job centre with
its name, municipalities and the year filled in and, where the database holds the centre's
answer for the year before, that answer in a locked reference column F ("Jeres svar <år>"),
which the importer does not read.
"""

from __future__ import annotations

from pathlib import Path

from jobcenter_bench.core.fields import SurveyField, survey_fields, survey_sheets
from jobcenter_bench.core.numbers import format_number

#: No password: protection only guards against accidental edits (documented in the instructions).
SHEET_PASSWORD = ""

TEXTS = {
    "da": {
        "instructions": "Vejledning",
        "master": "Stamdata",
        "jobcentre": "Jobcenter",
        "year": "År",
        "contact": "Kontaktperson",
        "municipalities": "Kommuner",
        "reference": "Jeres svar {year}",
        "reference_line": "Kolonnen 'Jeres svar {year}' viser, hvad jobcentret svarede for {year}, "
        "til sammenligning. Den læses ikke; skriv årets tal i kolonnen 'Værdi'.",
        "headers": ("Felt-id", "Spørgsmål", "Værdi", "Enhed", "Vejledning"),
        "yes": "ja",
        "no": "nej",
        "title": "Spørgeskema om jobcentrets ressourcer og arbejdsgange",
        "lines": [
            "Sådan udfylder du skemaet:",
            "1. Skriv jobcentrets navn og året på arket 'Stamdata' (fx Aabenraa og 2013).",
            "2. Udfyld kolonnen 'Værdi' på hvert af de følgende ark. Det er de eneste celler, der kan redigeres.",
            "3. Skriv tal som tal, fx 12 eller 12,5 (decimalkomma er fint). Skriv ikke tekst som 'ca. 12' og ingen formler.",
            "4. Beløb skrives i hele kroner (ikke tusinde kroner). Enheden står i kolonnen 'Enhed'.",
            "5. Ja/nej-spørgsmål besvares med ja eller nej (vælg i listen).",
            "6. Lad cellen stå tom, hvis I ikke kender svaret. Skriv ikke 0 i stedet for et ukendt tal.",
            "7. Ret ikke i kolonnen 'Felt-id' og omdøb ikke arkene: programmet finder svarene ud fra dem.",
            "8. Arkene er beskyttet uden adgangskode, så teksterne ikke ændres ved et uheld "
            "(Gennemgå > Fjern arkbeskyttelse, hvis det er nødvendigt).",
            "9. Gem filen som Excel-projektmappe (.xlsx) og send den tilbage til konsulenten, der sendte skemaet.",
            "Spørgsmål om skemaet rettes til den konsulent, der har sendt det til jer.",
        ],
    },
    "en": {
        "instructions": "Instructions",
        "master": "Basic data",
        "jobcentre": "Job centre",
        "year": "Year",
        "contact": "Contact person",
        "municipalities": "Municipalities",
        "reference": "Your answer {year}",
        "reference_line": "The column 'Your answer {year}' shows what the job centre answered for "
        "{year}, for comparison. It is not read; write this year's numbers in the 'Value' column.",
        "headers": ("Field id", "Question", "Value", "Unit", "Help"),
        "yes": "yes",
        "no": "no",
        "title": "Survey of the job centre's resources and working practices",
        "lines": [
            "How to fill in the survey:",
            "1. Write the job centre's name and the year on sheet 'Basic data' (e.g. Aabenraa and 2013).",
            "2. Fill in the 'Value' column on each of the following sheets. These are the only editable cells.",
            "3. Write numbers as numbers, e.g. 12 or 12.5. No text such as 'approx. 12' and no formulas.",
            "4. Amounts are in whole DKK (not thousands). The unit is in the 'Unit' column.",
            "5. Answer yes/no questions with yes or no (pick from the list).",
            "6. Leave a cell empty if you do not know the answer; do not write 0 for an unknown number.",
            "7. Do not edit the 'Field id' column or rename the sheets: the program finds the answers by them.",
            "8. Sheets are protected without a password so texts are not changed by accident "
            "(Review > Unprotect Sheet if needed).",
            "9. Save as an Excel workbook (.xlsx) and send it back to the consultant who sent it.",
            "Questions about the survey go to the consultant who sent it to you.",
        ],
    },
}


def write_template(
    path: str | Path,
    lang: str = "da",
    jobcentre: str | None = None,
    year: int | None = None,
    reference: dict | None = None,
    reference_year: int | None = None,
) -> Path:
    """Write the survey workbook to ``path`` (.xlsx) and return the path.

    ``jobcentre``/``year`` pre-fill the master data (the job centre's canonical name is used,
    and its municipalities are listed). ``reference`` (field key -> stored answer, as in the
    ``survey`` table) fills the reference column with the answer for ``reference_year``.
    """
    from openpyxl import Workbook

    t = TEXTS["en" if lang == "en" else "da"]
    wb = Workbook()
    ref_head = t["reference"].format(year=reference_year) if reference else None
    lines = t["lines"] + ([t["reference_line"].format(year=reference_year)] if reference else [])
    _instructions(wb.active, t, lines)
    _master(wb.create_sheet(t["master"]), t, canonical_jobcentre(jobcentre), year)
    fields = survey_fields()
    for sheet in survey_sheets():
        ws = wb.create_sheet(sheet.name(lang)[:31])
        _data_sheet(ws, sheet.intro_en if lang == "en" else sheet.intro_da,
                    [f for f in fields if f.sheet == sheet.key], t, lang)
        if reference:
            _reference_column(ws, [f for f in fields if f.sheet == sheet.key], reference, ref_head, t)
    path = Path(path)
    wb.save(path)
    return path


def round_file_name(jobcentre: str, year: int) -> str:
    """The file name of a centre's workbook in a survey round: ``spoergeskema_2014_esbjerg.xlsx``
    (ASCII only, so it survives every mail system and file share)."""
    return f"spoergeskema_{year}_{_slug(jobcentre)}.xlsx"


def write_round(
    folder: str | Path, year: int, lang: str = "da", store=None, state=None
) -> list[Path]:
    """Write one pre-filled workbook per job centre into ``folder`` (created if missing).

    With ``store`` each workbook gets the centre's current answer for ``year - 1`` as a
    reference column where the database has one. ``state`` (a ``TaskState``) gets one progress
    step per centre and may cancel. Returns the paths written, in the order of the centres.
    """
    from jobcenter_bench.core import geography

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    last = {a["jobcenter"]: a for a in store.survey_answers(year - 1)} if store is not None else {}
    centres = geography.jobcentres(year)
    paths = []
    for i, jc in enumerate(centres):
        if state is not None:
            state.check_cancelled()
            state.progress(i, len(centres), jc.name)
        ref = last.get(jc.name)
        paths.append(write_template(folder / round_file_name(jc.name, year), lang, jc.name, year,
                                    ref, year - 1 if ref else None))
    if state is not None:
        state.progress(len(centres), len(centres), "")
    return paths


def _slug(name: str) -> str:
    import re

    text = name.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("ä", "ae"), ("ö", "oe"), ("ü", "ue")):
        text = text.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def canonical_jobcentre(value: str | None) -> str | None:
    """The canonical job centre name for ``value`` (None stays None); raises for an unknown name."""
    if value is None:
        return None
    from jobcenter_bench.core import geography
    from jobcenter_bench.core.errors import BenchError

    jc = geography.match_jobcentre(value)
    if jc is None:
        raise BenchError(
            f"'{value}' er ikke et kendt jobcenter. Skriv jobcentrets navn, fx Aabenraa.",
            f"'{value}' is not a known job centre. Write the job centre's name, e.g. Aabenraa.",
        )
    return jc.name


def _instructions(ws, t: dict, lines: list[str]) -> None:
    from openpyxl.styles import Alignment, Font

    ws.title = t["instructions"]
    ws["A1"] = t["title"]
    ws["A1"].font = Font(bold=True, size=14)
    for i, line in enumerate(lines, start=3):
        ws.cell(row=i, column=1, value=line).alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["A"].width = 110
    _protect(ws)


def _master(ws, t: dict, jobcentre: str | None, year: int | None) -> None:
    from openpyxl.styles import Font, Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    rows = [(t["jobcentre"], jobcentre), (t["year"], year), (t["contact"], None)]
    for r, (label, value) in enumerate(rows, start=1):
        ws.cell(row=r, column=1, value=label).font = Font(bold=True)
        ws.cell(row=r, column=2, value=value).protection = Protection(locked=False)
    if jobcentre is not None:  # for the reader's information; locked, not read by the importer
        ws.cell(row=4, column=1, value=t["municipalities"]).font = Font(bold=True)
        ws.cell(row=4, column=2, value=", ".join(_municipality_names(jobcentre)))
    dv = DataValidation(type="whole", operator="between", formula1="2000", formula2="2100",
                        showErrorMessage=True, errorTitle=t["year"], error="2000–2100")
    ws.add_data_validation(dv)
    dv.add("B2")
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 40
    _protect(ws)


def _data_sheet(ws, intro: str, fields: list[SurveyField], t: dict, lang: str) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill, Protection

    for c, head in enumerate(t["headers"], start=1):
        ws.cell(row=1, column=c, value=head).font = Font(bold=True)
    fill = PatternFill("solid", fgColor="FFF2CC")
    for r, f in enumerate(fields, start=2):
        ws.cell(row=r, column=1, value=f.key).font = Font(color="808080", size=8)
        ws.cell(row=r, column=2, value=f.label(lang)).alignment = Alignment(wrap_text=True)
        value = ws.cell(row=r, column=3)
        value.protection = Protection(locked=False)
        value.fill = fill
        value.number_format = "#,##0" if f.type == "integer" else "General"
        ws.cell(row=r, column=4, value=f.unit(lang))
        ws.cell(row=r, column=5, value=f.help(lang)).alignment = Alignment(wrap_text=True, vertical="top")
        _validation(ws, f, f"C{r}", t, lang)
    note = ws.cell(row=len(fields) + 3, column=2, value=intro)
    note.alignment = Alignment(wrap_text=True)
    note.font = Font(italic=True)
    for col, width in zip("ABCDE", (14, 48, 16, 24, 70), strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    _protect(ws)


def _municipality_names(jobcentre: str) -> list[str]:
    from jobcenter_bench.core import geography

    by_code = geography.municipality_by_code()
    return [by_code[c].name for c in geography.jobcentre_by_name()[jobcentre].municipality_codes]


def _reference_column(ws, fields: list[SurveyField], answer: dict, head: str, t: dict) -> None:
    """Column F: last year's answer per field (locked, grey; yes/no as ja/nej)."""
    from openpyxl.styles import Font

    ws.cell(row=1, column=6, value=head).font = Font(bold=True)
    grey = Font(color="595959")
    for r, f in enumerate(fields, start=2):
        value = answer.get(f.key)
        if value is None:
            continue
        if f.type == "yesno":
            value = t["yes"] if value else t["no"]
        cell = ws.cell(row=r, column=6, value=value)
        cell.font = grey
        cell.number_format = "#,##0" if f.type == "integer" else "General"
    ws.column_dimensions["E"].width = 50  # so the reference column is on screen next to the help
    ws.column_dimensions["F"].width = 16


def _validation(ws, f: SurveyField, ref: str, t: dict, lang: str) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    if f.type == "yesno":
        dv = DataValidation(type="list", formula1=f'"{t["yes"]},{t["no"]}"', allow_blank=True)
        dv.error = f"{t['yes']} / {t['no']}"
    else:
        kind = "whole" if f.type == "integer" else "decimal"
        lo = f.min if f.min is not None else -1e15
        hi = f.max if f.max is not None else 1e15
        dv = DataValidation(type=kind, operator="between", formula1=_num(lo), formula2=_num(hi),
                            allow_blank=True)
        what = "Et helt tal" if f.type == "integer" else "Et tal"
        if lang == "en":
            what = "A whole number" if f.type == "integer" else "A number"
        sep = "and" if lang == "en" else "og"
        dv.error = f"{what} {_fmt(lo, lang)} {sep} {_fmt(hi, lang)} ({f.unit(lang)})."
    dv.showErrorMessage = True
    dv.errorTitle = f.label(lang)[:32]
    dv.prompt = f.unit(lang)
    dv.showInputMessage = True
    ws.add_data_validation(dv)
    dv.add(ref)


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _fmt(value: float, lang: str) -> str:
    return format_number(value, 0 if float(value).is_integer() else 2, lang=lang)


def _protect(ws) -> None:
    ws.protection.sheet = True
    if SHEET_PASSWORD:
        ws.protection.password = SHEET_PASSWORD
