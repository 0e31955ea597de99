"""The PDF trend page and the workbook's trend sheet on the three hand-made years.

Expected values by hand (tests/trends/_data.py): Morsø 30 → 30 → 40 cases per FTE; 2012 → 2013
split +6,3 (caseload) and +3,7 (staff); 2011 is own model with population 16-66, so the
vintage breaks between 2011 and 2012.
"""

import openpyxl
import pytest

from jobcenter_bench.core.session import Session, SessionState
from jobcenter_bench.reports.api import write_centre_report, write_workbook
from tests.reports.helpers import cells_after, pdf_pages

from ._data import build


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    path = tmp_path_factory.mktemp("writers") / "hand.jcbench"
    build(path).close()
    with Session.open(path) as session:
        return session.compute(SessionState(year=2013))


def test_trend_page_has_chart_table_change_and_vintages(results, tmp_path):
    pdf = write_centre_report(results, "Morsø", tmp_path / "morso.pdf")
    lines = [ln for page in pdf_pages(pdf) for ln in page]
    start = len(lines) - 1 - lines[::-1].index("Udvikling 2011–2013")  # the heading, not the contents
    body = lines[start:]
    change = body[body.index("Hvad ændrede sig fra 2012 til 2013"):]
    # table cells follow their label line; the two parts have no year values, only the change
    assert cells_after(change, "– heraf fra sagsmængden (fuldtidspersoner)", 1) == ["+6,3"]
    assert cells_after(change, "– heraf fra personalet (årsværk)", 1) == ["+3,7"]
    assert cells_after(change, "Sager pr. årsværk", 3) == ["30,0", "40,0", "+10,0"]
    assert "| 2012" in body  # the trend table marks the year after the break
    assert ("Skift 2011→2012: forudsigelse egen model → publicerede forudsigelser; modellens rammevilkår "
            "ledighed → –; befolkning 16-66 år → 16-64 år.") in " ".join(body)


def test_trend_page_in_english(results, tmp_path):
    pdf = write_centre_report(results, "Morsø", tmp_path / "morso_en.pdf", lang="en")
    lines = [ln for page in pdf_pages(pdf) for ln in page]
    assert "Trend 2011–2013" in lines and "What changed from 2012 to 2013" in lines
    assert cells_after(lines, "– of which from the staff (FTE)", 1) == ["+3.7"]


def test_workbook_trend_sheet_is_a_long_table(results, tmp_path):
    path = write_workbook(results, tmp_path / "wb.xlsx")
    ws = openpyxl.load_workbook(path)["Udvikling"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == ("Jobcenter", "År", "Nøgletal", "Nøgletal (nøgle)", "Værdi", "Klyngens værdi",
                       "Landets værdi", "Årgang")
    assert len(rows) == 1 + 4 * 3 * 7  # four centres, three years, seven measures
    morso = [r for r in rows if r[0] == "Morsø" and r[3] == "cases_per_fte"]
    assert [(r[1], r[4], r[5]) for r in morso] == [(2011, pytest.approx(30), pytest.approx(25)),
                                                   (2012, pytest.approx(30), pytest.approx(25)),
                                                   (2013, pytest.approx(40), pytest.approx(30))]
    assert morso[0][7].startswith("2011: egen model; 1 rammevilkår; befolkning 16-66 år")


def test_hand_made_results_without_a_database_have_no_trend_page(results, tmp_path):
    from dataclasses import replace

    from jobcenter_bench.reports.trend_page import trend_page

    elsewhere = replace(results, provenance=replace(results.provenance, db_path=str(tmp_path / "absent.jcbench")),
                        _cases={})
    assert trend_page(elsewhere, "Morsø", "da") == []
    assert trend_page(results.with_trends(results.trend_book()), "Morsø", "da") != []
