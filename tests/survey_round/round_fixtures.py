"""Small file builders for the survey-round tests."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook


def write_xlsx(path: Path, rows: list[list], sheet: str = "Ark1") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def write_csv(path: Path, lines: list[str]) -> Path:
    path.write_bytes("\r\n".join(lines).encode("utf-8") + b"\r\n")
    return path


def fill(path: Path, values: dict[str, object], out: Path | None = None,
         master: dict[str, object] | None = None) -> Path:
    """Fill the 'Værdi' cells of a survey workbook by field key (column A) and save it."""
    wb = load_workbook(path)
    for ws in wb.worksheets:
        for r in range(2, ws.max_row + 1):
            key = ws.cell(r, 1).value
            if key in values:
                ws.cell(r, 3).value = values[key]
    for label, value in (master or {}).items():
        ws = wb["Stamdata"]
        for r in range(1, ws.max_row + 1):
            if ws.cell(r, 1).value == label:
                ws.cell(r, 2).value = value
    out = out or path
    wb.save(out)
    return out


#: A plausible answer: 100 FTE split both ways (staff groups 60+15+12+5+8, areas 30+30+25+10+5).
GOOD = {
    "fte_caseworkers": 60, "fte_company_consultants": 15, "fte_case_admin": 12,
    "fte_management": 5, "fte_staff_functions": 8, "fte_area_adp": 30, "fte_area_kth": 30,
    "fte_area_sdp": 25, "fte_area_flex": 10, "fte_area_other": 5, "cost_salaries": 52_000_000,
    "cost_other_services": 4_000_000, "cost_medical_certificates": 1_500_000,
    "sickness_days": 12.5, "interviews_adp": 20000, "central_summons": "ja",
}


def cell_of(path: Path, key: str) -> tuple[str, str]:
    """(sheet name, cell reference) of a field's answer cell, found by its key in column A."""
    wb = load_workbook(path)
    for ws in wb.worksheets:
        for r in range(1, ws.max_row + 1):
            if ws.cell(r, 1).value == key:
                return ws.title, f"C{r}"
    raise KeyError(key)
