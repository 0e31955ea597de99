"""A business case saved in a scenario appears in the centre PDF and the workbook, as the core builds it."""

from __future__ import annotations

import openpyxl
import pytest
from pypdf import PdfReader

from jobcenter_bench.core.business_case import BusinessCaseInputs, build_business_case
from jobcenter_bench.core.levers.engine import LeverEngine
from jobcenter_bench.core.numbers import format_number
from jobcenter_bench.core.scenarios import load_scenario, save_scenario
from jobcenter_bench.core.store import Store
from jobcenter_bench.reports.api import write_centre_report, write_workbook

from ._pdf import values_after


@pytest.fixture
def db_with_case(sample_db, tmp_path):
    path = tmp_path / "bc.jcbench"
    path.write_bytes(sample_db.read_bytes())
    with Store.open(path, create=False) as store:
        sc = load_scenario(store, None).with_business_case(
            "Herning",
            {"levers": {"B3": {"one_off": 250_000, "one_off_year": 1, "owner": "Jobcenterchefen"}}},
        )
        sc = sc.renamed("Med business case")
        save_scenario(store, sc)
    return path, sc.name


def _expected(path, scenario):
    with Store.open(path, create=False) as store:
        sc = load_scenario(store, scenario)
        results = LeverEngine.from_store(store, 2013).evaluate(sc)
    return build_business_case(results, "Herning", BusinessCaseInputs.from_dict(sc.business_cases["Herning"]))


def test_saved_business_case_in_centre_pdf(db_with_case, tmp_path):
    path, scenario = db_with_case
    case = _expected(path, scenario)
    out = tmp_path / "herning.pdf"
    write_centre_report(path, "Herning", out, year=2013, scenario=scenario)
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    # table rows: year, gross, overlap, investments, net, cumulative (one cell per line)
    first = values_after(text, str(case.years[0].year), 5, start="Akkumuleret netto")
    assert first[2] == format_number(-250_000, 0)  # the one-off investment in year 1
    last = values_after(text, str(case.years[-1].year), 5, start="Akkumuleret netto")
    assert last[4] == format_number(case.years[-1].cumulative, 0)
    assert values_after(text, "B3", start="Gevinstansvarlig") == ["Jobcenterchefen"]
    lines = text.splitlines()
    assert f"Tilbagebetalingsår: {case.payback_year}" in lines


def test_saved_business_case_in_workbook(db_with_case, tmp_path):
    path, scenario = db_with_case
    case = _expected(path, scenario)
    out = tmp_path / "wb.xlsx"
    write_workbook(path, out, year=2013, scenario=scenario)
    ws = openpyxl.load_workbook(out, read_only=True)["Business case"]
    rows = [r for r in ws.iter_rows(values_only=True) if r and r[0] == "Herning"]
    assert len(rows) == len(case.years)
    for row, year in zip(rows, case.years, strict=True):
        assert row[3] == pytest.approx(year.gross)
        assert row[4] == pytest.approx(year.overlap)
        assert row[5] == pytest.approx(year.investments)
        assert row[7] == pytest.approx(year.cumulative)
