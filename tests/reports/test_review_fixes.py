"""The reviewer's findings on the reports (issue 6 polish), each checked on the sample database
or on hand-made charts: excluded centres in batch and single reports, embedded fonts, Danish
names instead of codes, the default business cases in the workbook, totals kept with the lever
rows."""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from jobcenter_bench.cli import main
from jobcenter_bench.core.business_case import build_business_case
from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.levers.engine import LeverEngine
from jobcenter_bench.core.scenarios import load_scenario
from jobcenter_bench.core.store import Store
from jobcenter_bench.reports import api, charts

MORSO = 773  # Morsø Kommune, the only municipality of Jobcenter Morsø


@pytest.fixture(scope="module")
def db_without_morso(sample_db, tmp_path_factory) -> Path:
    """The sample database with Morsø's register data deleted (the centre leaves the analysis)."""
    path = tmp_path_factory.mktemp("nomorso") / "nomorso.jcbench"
    path.write_bytes(sample_db.read_bytes())
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM register WHERE municipality_code = ?", (MORSO,))
    return path


# 1. excluded centres ------------------------------------------------------------------------

def test_batch_lists_the_excluded_centre_with_the_analysis_reason(db_without_morso, tmp_path,
                                                                  monkeypatch):
    from jobcenter_bench.reports import centre_report

    monkeypatch.setattr(centre_report, "write_centre_pdf",
                        lambda data, name, path, lang="da": Path(path).write_bytes(b"%PDF"))
    result = api.write_all_centre_reports(db_without_morso, tmp_path, year=2013)
    assert "Morsø" not in result.written and len(result.written) == 93
    assert [n for n, _ in result.failed] == ["Morsø"]
    assert "mangler registerdata" in result.failed[0][1] and "Morsø (773)" in result.failed[0][1]
    assert result.total == 94 and not result.ok


def test_cli_batch_summary_names_the_failed_centre_and_exits_1(db_without_morso, tmp_path,
                                                               monkeypatch, capsys):
    from jobcenter_bench.reports import centre_report

    monkeypatch.setattr(centre_report, "write_centre_pdf",
                        lambda data, name, path, lang="da": Path(path).write_bytes(b"%PDF"))
    code = main(["report", "--db", str(db_without_morso), "--all", "--year", "2013",
                 "--out", str(tmp_path / "all")])
    out = capsys.readouterr().out
    assert code == 1
    assert "93 af 94 rapporter skrevet; 1 fejlede:" in out
    assert re.search(r"Morsø: mangler registerdata", out)


def test_single_report_of_an_excluded_centre_gives_the_analysis_reason(db_without_morso, tmp_path):
    with pytest.raises(BenchError) as err:
        api.write_centre_report(db_without_morso, "Morsø", tmp_path / "m.pdf", year=2013)
    assert "mangler registerdata" in str(err.value) and "findes ikke" not in str(err.value)
    assert "missing register data" in err.value.message_en


# 2. the histogram axis titles (fonts: test_documents.test_centre_pdf_embeds_only_dejavu) -----

def test_vertical_bar_chart_draws_its_category_title_under_the_labels():
    from reportlab.graphics.shapes import String

    d = charts.bar_chart(["15", "20"], [("n", [3, 5])], width=200, height=170, value_title="Antal",
                         horizontal=False, category_title="Sager pr. årsværk")
    strings = [s for s in d.getContents() if isinstance(s, String)]
    title = [s for s in strings if s.text == "Sager pr. årsværk"]
    tick = [s for s in strings if s.text == "15"]
    assert len(title) == 1 and tick
    # just below the category labels (within 20 points), inside the drawing
    assert 0 <= title[0].y < tick[0].y < title[0].y + 20
    assert all(s.fontName.startswith("DejaVuSans") for s in strings)


# 3. Danish names instead of codes -----------------------------------------------------------

def test_waterfall_labels_the_low_estimate_bars_too():
    from reportlab.graphics.shapes import String

    d = charts.waterfall_chart(["A", "B"], [1.0, 2.0], [3.0, 5.0], width=300, height=200,
                               value_title="mio. kr.", total_label="Netto", decimals=1)
    texts = [s.text for s in d.getContents() if isinstance(s, String)]
    # low steps 1,0 and 2,0 with their total 3,0; high steps 3,0 and 5,0 with the total 8,0
    for label in ("1,0", "2,0", "5,0", "8,0"):
        assert label in texts, label
    assert texts.count("3,0") == 2


@pytest.fixture(scope="module")
def herning(sample_store, analysis, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("herning") / "herning.pdf"
    api.write_centre_report(sample_store, "Herning", out, year=2013, analysis=analysis)
    return out


def test_centre_pdf_shows_kind_names_municipality_names_and_cluster_header(herning, analysis):
    text = "\n".join(p.extract_text() for p in PdfReader(str(herning)).pages)
    assert "registerdata" in text and "samlet besvarelsesark" in text
    assert "survey_consolidated" not in text and "\nregister " not in text
    assert "Herning (657)" in text
    cluster = analysis.centre("Herning").cluster
    assert f"Klynge {cluster}" in text and f"Klyngen {cluster}" not in text


def test_centre_pdf_keeps_totals_with_lever_rows(herning):
    """The page with the net total also holds at least four lever rows (Herning 2013 used to
    put one row and the totals alone on page 5)."""
    pages = [p.extract_text() for p in PdfReader(str(herning)).pages]
    page = next(p for p in pages if "I alt (netto)" in p)
    rows = re.findall(r"^[A-F]\d[a-z]?$", page, flags=re.MULTILINE)
    assert len(rows) >= 4, page


@pytest.fixture(scope="module")
def workbook(sample_store, analysis, tmp_path_factory):
    out = tmp_path_factory.mktemp("wb") / "w.xlsx"
    api.write_workbook(sample_store, out, year=2013, analysis=analysis)
    return openpyxl.load_workbook(out)


def test_workbook_provenance_has_kind_names_and_real_dates(workbook, sample_store):
    ws = workbook["Datakilder"]
    header = [c.value for c in ws[1]]
    kind, stamp = header.index("Type") + 1, header.index("Importeret") + 1
    logged = {r["file_name"]: r for r in sample_store.imports()}
    for row in range(2, 2 + len(logged)):
        rec = logged[ws.cell(row=row, column=1).value]
        want = {"register": "registerdata", "survey_consolidated": "samlet besvarelsesark"}
        assert ws.cell(row=row, column=kind).value == want[rec["kind"]]
        cell = ws.cell(row=row, column=stamp)
        assert isinstance(cell.value, datetime) and cell.is_date
        assert "yy" in cell.number_format and "hh:mm" in cell.number_format
        expected = datetime.fromisoformat(rec["imported_at"]).astimezone().replace(tzinfo=None)
        assert abs((cell.value - expected).total_seconds()) < 1


def test_workbook_assumptions_have_labels_and_danish_units(workbook):
    rows = list(workbook["Forudsætninger"].iter_rows(min_row=2, values_only=True))
    names = {r[0]: r for r in rows if r[0]}
    assert "effective_hours" not in names
    assert names["Effektive timer pr. årsværk"][2] == pytest.approx(1255)
    assert names["Effektive timer pr. årsværk"][5] == "timer"
    units = {r[5] for r in rows if r[5]}
    assert not units & {"share", "hours", "minutes", "minutes/day", "interviews"}, units
    assert "andel (0–1)" in units and "minutter" in units


def test_english_workbook_assumptions(sample_store, analysis, tmp_path):
    out = api.write_workbook(sample_store, tmp_path / "en.xlsx", year=2013, analysis=analysis,
                             lang="en")
    rows = list(openpyxl.load_workbook(out)["Assumptions"].iter_rows(min_row=2, values_only=True))
    names = {r[0]: r for r in rows if r[0]}
    assert names["Effective hours per FTE"][5] == "hours"
    assert "share (0–1)" in {r[5] for r in rows}


# 4. the default business case of every centre ------------------------------------------------

def test_workbook_has_a_default_business_case_for_every_centre(workbook, sample_store):
    ws = workbook["Business case"]
    header = [c.value for c in ws[1]]
    rows = [r for r in ws.iter_rows(min_row=2, values_only=True) if r[2] is not None]
    by_centre: dict[str, list] = {}
    for r in rows:
        by_centre.setdefault(r[0], []).append(r)
    results = LeverEngine.from_store(sample_store, 2013).evaluate(load_scenario(sample_store, None))
    # every centre with lever results (those with a survey answer) has its case
    assert set(by_centre) == set(results.centres)
    assert len(by_centre) > 80
    for name in ("Herning", "København", results.centres[-1]):
        case = build_business_case(results, name)  # default inputs: management-remit levers
        got = by_centre[name]
        assert len(got) == len(case.years)
        for row, year in zip(got, case.years, strict=True):
            assert row[header.index("Status")] == "standard (ikke gemt)"
            assert row[2] == year.year
            assert row[header.index("Bruttogevinst")] == pytest.approx(year.gross)
            assert row[header.index("Akkumuleret netto")] == pytest.approx(year.cumulative)
    # the note explains the default and how to save a case
    notes = [r[0] for r in ws.iter_rows(min_row=2, values_only=True) if r[0] and r[2] is None]
    assert any("Gem en business case" in n for n in notes)
    # the payback year is a year, not "2.014"
    pay = header.index("Tilbagebetalingsår") + 1
    assert ws.cell(row=2, column=pay).number_format == "General"


def test_saved_business_case_is_marked_saved(sample_db, tmp_path):
    path = tmp_path / "bc.jcbench"
    path.write_bytes(sample_db.read_bytes())
    from jobcenter_bench.core.scenarios import save_scenario

    with Store.open(path, create=False) as store:
        sc = load_scenario(store, None).with_business_case("Herning", {"estimate": "high"})
        save_scenario(store, sc.renamed("Gemt"))
    out = api.write_workbook(path, tmp_path / "w.xlsx", year=2013, scenario="Gemt")
    rows = [r for r in openpyxl.load_workbook(out)["Business case"].iter_rows(values_only=True)
            if r[0] == "Herning"]
    assert len(rows) == 5 and {r[-1] for r in rows} == {"gemt i scenariet"}
    assert "højt skøn" in rows[0][1] and "high" not in rows[0][1]
    assert isinstance(rows[-1][7], int | float) and not isinstance(rows[-1][7], bool)  # a number cell
