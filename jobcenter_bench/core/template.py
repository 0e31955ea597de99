"""The survey workbook sent to job centres (spørgeskemaskabelonen).

Generated from ``resources/survey_fields.toml``: an instructions sheet ("Vejledning"), a
master-data sheet ("Stamdata": job centre, year, contact person), then one sheet per survey sheet
with the columns Felt-id (field key, read by the importer), Spørgsmål (label), Værdi (the only
unlocked cell), Enhed (unit) and Vejledning (help). Excel data validation limits each answer
cell to a number within the field's min..max, a whole number, or ja/nej. Sheets are protected
without a password (``SHEET_PASSWORD`` is empty), so labels cannot be changed by accident but
anyone can lift the protection (Gennemgå > Fjern arkbeskyttelse).
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
    path: str | Path, lang: str = "da", jobcentre: str | None = None, year: int | None = None
) -> Path:
    """Write the survey workbook to ``path`` (.xlsx) and return the path.

    ``jobcentre``/``year`` pre-fill the master data (the job centre's canonical name is used).
    """
    from openpyxl import Workbook

    t = TEXTS["en" if lang == "en" else "da"]
    wb = Workbook()
    _instructions(wb.active, t)
    _master(wb.create_sheet(t["master"]), t, canonical_jobcentre(jobcentre), year)
    fields = survey_fields()
    for sheet in survey_sheets():
        ws = wb.create_sheet(sheet.name(lang)[:31])
        _data_sheet(ws, sheet.intro_en if lang == "en" else sheet.intro_da,
                    [f for f in fields if f.sheet == sheet.key], t, lang)
    path = Path(path)
    wb.save(path)
    return path


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


def _instructions(ws, t: dict) -> None:
    from openpyxl.styles import Alignment, Font

    ws.title = t["instructions"]
    ws["A1"] = t["title"]
    ws["A1"].font = Font(bold=True, size=14)
    for i, line in enumerate(t["lines"], start=3):
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
