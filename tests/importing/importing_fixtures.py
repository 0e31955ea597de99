"""Builders for small import fixtures written into ``tmp_path``."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from jobcenter_bench.core.fields import survey_fields
from jobcenter_bench.core.store import Store
from jobcenter_bench.core.template import write_template


def fill_workbook(path: Path, values: dict[str, object], out: Path | None = None,
                  master: dict[str, object] | None = None) -> Path:
    """Fill the 'Værdi' cells of a template by field key (column A) and save it."""
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


def cell_of(path: Path, key: str) -> tuple[str, str]:
    """(sheet name, cell reference) of a field's answer cell in a template."""
    wb = load_workbook(path)
    for ws in wb.worksheets:
        for r in range(1, ws.max_row + 1):
            if ws.cell(r, 1).value == key:
                return ws.title, f"C{r}"
    raise KeyError(key)


#: A plausible answer: 100 FTE split both ways, costs, yes/no practices.
GOOD_ANSWER = {
    "fte_caseworkers": 60,
    "fte_company_consultants": 15,
    "fte_case_admin": 12,
    "fte_management": 5,
    "fte_staff_functions": 8,
    "fte_area_adp": 30,
    "fte_area_kth": 30,
    "fte_area_sdp": 25,
    "fte_area_flex": 10,
    "fte_area_other": 5,
    "cost_salaries": 52_000_000,
    "cost_other_services": 4_000_000,
    "cost_medical_certificates": 1_500_000,
    "sickness_days": 12.5,
    "interviews_adp": 20000,
    "central_summons": "ja",
    "digital_checkin": "nej",
}


@pytest.fixture
def template(tmp_path) -> Path:
    """An empty Danish template for Aabenraa, 2013."""
    return write_template(tmp_path / "skabelon.xlsx", jobcentre="Aabenraa", year=2013)


@pytest.fixture
def filled(tmp_path, template):
    """``filled(values, name=..., jobcentre=..., year=...)`` -> path of a filled workbook."""

    def make(values=None, name="aabenraa_2013.xlsx", jobcentre=None, year=None):
        master = {}
        if jobcentre is not None:
            master["Jobcenter"] = jobcentre
        if year is not None:
            master["År"] = year
        return fill_workbook(template, GOOD_ANSWER if values is None else values,
                             tmp_path / name, master)

    return make


def write_xlsx(path: Path, rows: list[list], sheet: str = "Ark1") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def write_csv(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes("\r\n".join(lines).encode(encoding) + b"\r\n")
    return path


def counts(store: Store) -> tuple[int, int, int, int, int]:
    """Rows in import_log, survey, register, import_warning and register_variable."""
    q = store.conn.execute
    return tuple(
        q(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        for t in ("import_log", "survey", "register", "import_warning", "register_variable")
    )


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "test.jcbench")
    yield s
    s.close()


def all_field_keys() -> list[str]:
    return [f.key for f in survey_fields()]
