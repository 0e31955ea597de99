"""The writers on a tiny hand-made ``Results`` (tests/reports/factories.py): every expected value
is worked out by hand from the factory's numbers and checked next to its label."""

from __future__ import annotations

import re

import openpyxl
import pytest

from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.tasks import TaskState
from jobcenter_bench.reports import api, batch, summary
from tests.reports.factories import FORMULA, results, unsaved
from tests.reports.helpers import cells_after, pdf_pages, sheet_rows


@pytest.fixture(scope="module")
def res():
    return results()


@pytest.fixture(scope="module")
def aero_pdf(res, tmp_path_factory):
    return pdf_pages(api.write_centre_report(res, "ærø", tmp_path_factory.mktemp("p") / "aero.pdf"))


@pytest.fixture(scope="module")
def workbook(res, tmp_path_factory):
    return api.write_workbook(res, tmp_path_factory.mktemp("w") / "w.xlsx")


def page_with(pages, line: str) -> list[str]:
    return next(p for p in pages if line in p)


def sentence(lines: list[str], start: str) -> str:
    """The summary sentence beginning with ``start`` (joined across its wrapped lines)."""
    text = " ".join(lines)
    i = text.index(start)
    end = re.search(r"\.\s(?=[A-ZÆØÅ])", text[i:])  # "pr. årsværk" does not end it
    return text[i:i + end.start() + 1] if end else text[i:]


def test_key_figures_use_each_measures_benchmark(tmp_path, res):
    pages = pdf_pages(api.write_centre_report(res, "Viborg", tmp_path / "v.pdf"))
    lines = page_with(pages, "Landet")
    # Viborg 3360/80 = 42,0; cluster 2 median of 25 and 42 = 33,5; national median of
    # 25, 28, 36, 42 = 32,0 (the aggregate 7780/230 = 33,8 is not the benchmark)
    assert cells_after(lines, "Sager pr. årsværk", 3) == ["42,0", "33,5", "32,0"]
    # effect 8,6 - 9,0 = -0,4; cluster 2 mean -0,15 shown with 1 decimal; national mean 0,0
    assert cells_after(lines, "Effekt (pp)", 3)[0] == "-0,4"
    assert cells_after(lines, "Effekt (pp)", 3)[2] == "0,0"
    assert cells_after(lines, "Placering i klyngen", 1) == ["2 af 2"]


def test_centre_potential_in_dkk_fte_and_share(aero_pdf):
    lines = page_with(aero_pdf, "I alt (netto)")
    # Ærø: B1 31.100/62.200, E3 15.550/31.100; overlap 0,5 × the smaller = 7.775/15.550
    assert cells_after(lines, "Brutto", 2) == ["46.650", "93.300"]
    assert cells_after(lines, "Overlap", 2) == ["-7.775", "-15.550"]
    assert cells_after(lines, "I alt (netto)", 2) == ["38.875", "77.750"]
    # share: 38.875 / 1.000.000 = 3,9 %, 77.750 / 1.000.000 = 7,8 %;
    # FTE: 38.875 / (311 kr./h × 1.255 h) = 0,1; 77.750 / 390.305 = 0,2
    assert cells_after(lines, "Andel af omkostningsbasen (%)", 2) == ["3,9", "7,8"]
    assert cells_after(lines, "Frigjorte årsværk (årsv.)", 2) == ["0,1", "0,2"]


def test_summary_page_first(aero_pdf):
    page1 = aero_pdf[0]
    assert page1[0] == "Benchmark af Ærø" and "Sammenfatning" in page1
    # rank on cases per FTE: 42, 36, 28, 25 -> Ærø (28,0) is 3 of 4 and 2 of 2 in cluster 1
    assert sentence(page1, "Ærø havde").startswith(
        "Ærø havde 28,0 sager pr. årsværk (landets median 32,0): nr. 3 af 4 jobcentre og nr. 2 af 2 i klynge 1")
    assert "0,1–0,2 årsværk eller 3,9–7,8 % af omkostningsbasen" in sentence(page1, "Forbedringsforslagene")
    # placement is explained as measured on the all-benefits rate (15,0 %)
    assert "alle ydelser (15,0 %, 1 = lavest), ikke på effekten" in sentence(page1, "Placeringen 1 af 2")
    # time use: direct contact 300 vs 374 (gap 74) before meetings 160 vs 150 (gap 10)
    assert sentence(page1, "Tidsforbruget").index("direkte borgerkontakt") < \
        sentence(page1, "Tidsforbruget").index("interne møder")


def test_default_business_case_is_shown_and_marked(aero_pdf):
    lines = page_with(aero_pdf, "Bruttogevinst")
    assert "Ærø, Standard (lavt skøn), standard (ikke gemt)" in lines
    # default case: B1 only (management remit, E3 is IT); short phase-in 50 % in year 1:
    # 2014 gross 31.100 × 0,5 = 15.550, 2015 31.100; cumulative 2015 = 46.650
    assert cells_after(lines, "2014", 1) == ["15.550"]
    assert cells_after(lines, "2015", 5)[0] == "31.100" and cells_after(lines, "2015", 5)[4] == "46.650"


def test_cover_says_the_scenario_is_changed_and_not_saved(res, tmp_path):
    pages = pdf_pages(api.write_centre_report(unsaved(res), "Skive", tmp_path / "s.pdf"))
    assert cells_after(page_with(pages, "Om rapporten"), "Scenarie", 1) == ["Standard (ændret, ikke gemt)"]


def test_english_report_has_english_labels(res, tmp_path):
    pages = pdf_pages(api.write_centre_report(res, "Skive", tmp_path / "s.pdf", lang="en"))
    assert pages[0][0] == "Benchmark of Skive"
    assert "ADP = unemployment insurance benefit" in " ".join(pages[0])
    key = page_with(pages, "Country")
    assert cells_after(key, "Cases per FTE", 3) == ["36.0", "32.0", "32.0"]
    assert cells_after(key, "Placement in cluster", 1) == ["2 of 2"]


def test_national_summary_and_potential(res, tmp_path):
    pages = pdf_pages(api.write_national_report(res, tmp_path / "n.pdf"))
    page1 = pages[0]
    assert sentence(page1, "4 af 4 jobcentre") == "4 af 4 jobcentre er sammenlignet."
    # national net low: 38.875 (Ærø) + 62.200 (Skive, no E3, no overlap) + 0 + (93.300 + 31.100
    # − 15.550 = 108.850) = 209.925 kr. = 0,2 mio.; cost base 10 mio. -> 2,1 %; high 4,2 %
    assert "2,1–4,2 % af omkostningsbasen" in sentence(page1, "Forbedringsforslagene")
    lines = page_with(pages, "Andel af omkostningsbasen (%)")
    assert cells_after(lines, "Andel af omkostningsbasen (%)", 2) == ["2,1", "4,2"]


def test_workbook_potential_sheet_and_lever_rows_agree_to_the_krone(workbook, res):
    _, pot = sheet_rows(workbook, "Potentiale pr. jobcenter")
    _, levers = sheet_rows(workbook, "Forslag pr. jobcenter")
    by_centre = {r["Jobcenter"]: r for r in pot}
    # Ærø net low 38.875 = 31.100 + 15.550 − 7.775 (by hand, as in the PDF)
    assert by_centre["Ærø"]["Netto lav (kr.)"] == pytest.approx(38_875)
    assert by_centre["Ærø"]["Overlap høj (kr.)"] == pytest.approx(-15_550)
    for name, row in by_centre.items():
        pivot = sum(r["Kr. lav"] for r in levers if r["Jobcenter"] == name)
        assert round(pivot) == round(row["Netto lav (kr.)"]), name


def test_workbook_centres_sheet_has_catalogue_measures(workbook):
    header, rows = sheet_rows(workbook, "Jobcentre")
    assert "Sager pr. årsværk" in header and "Andel af omkostningsbasen, lavt skøn (%)" in header
    viborg = next(r for r in rows if r["Jobcenter"] == "Viborg")
    assert viborg["Sager pr. årsværk"] == pytest.approx(42.0)
    assert viborg["Placering på produktivitet"] == 1  # 42 is the most cases per FTE
    # Viborg net low: 93.300 + 31.100 − 15.550 = 108.850 = 0,10885 mio. kr.; 2,72 % of 4 mio.
    assert viborg["Nettopotentiale, lavt skøn (mio. kr.)"] == pytest.approx(0.10885)
    assert viborg["Andel af omkostningsbasen, lavt skøn (%)"] == pytest.approx(2.72125)


def test_workbook_print_setup_font_banner_and_text_cells(workbook):
    wb = openpyxl.load_workbook(workbook)
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape", ws.title
        assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert ws.print_title_rows == "$2:$2", ws.title
        assert str(ws["A1"].value).startswith("Eksempeldata – syntetiske"), ws.title
        assert ws["A2"].font.name == "Arial" and ws["A2"].font.b, ws.title
    centres = wb["Jobcentre"]
    formula = next(c for c in centres["A"] if c.value == FORMULA)
    assert formula.data_type == "s"


def test_workbook_without_sample_has_header_in_row_1(tmp_path):
    path = api.write_workbook(results(is_sample=False), tmp_path / "w.xlsx")
    ws = openpyxl.load_workbook(path)["Jobcentre"]
    assert ws["A1"].value == "Jobcenter" and ws.print_title_rows == "$1:$1"


def test_small_coefficients_keep_their_digits(workbook):
    ws = openpyxl.load_workbook(workbook)["Rammevilkår"]
    # framework value 4,25e-5 × rank: shown with 3 decimals it would be 0,000
    cell = ws.cell(row=3, column=2)
    assert cell.value == pytest.approx(4.25e-5) and cell.number_format == "#,##0.000"
    from jobcenter_bench.reports.workbook import coefficient_format

    assert coefficient_format(4.25e-5) == "0.00E+00"
    assert coefficient_format(0.0123) == "#,##0.0000"  # 3 significant digits: 0,0123


def test_batch_writes_all_in_a_pool_and_lists_failures(res, tmp_path):
    out = batch.write_all(res, tmp_path, workers=2, names=["Ærø", "Skive", "Nowhere"])
    assert sorted(out.written) == ["Skive", "Ærø"]
    assert [n for n, _ in out.failed] == ["Nowhere"]
    assert out.summary() .startswith("2 af 3 rapporter skrevet; 1 fejlede:")


def test_batch_cancel_stops_handing_out_centres(res, tmp_path):
    state = TaskState()
    state.cancel()
    out = batch.write_all(res, tmp_path, state=state, workers=1)
    assert out.cancelled and not out.written


def test_default_workers_is_the_cores(monkeypatch):
    monkeypatch.setattr(batch.os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    assert batch.default_workers(94) == 2 and batch.default_workers(1) == 1


def test_unknown_centre_and_language_are_clear_errors(res, tmp_path):
    with pytest.raises(BenchError, match="findes ikke"):
        api.write_centre_report(res, "Atlantis", tmp_path / "a.pdf")
    with pytest.raises(BenchError, match="Ukendt sprog"):
        api.write_national_report(res, tmp_path / "a.pdf", lang="de")


def test_time_use_outliers_order_by_gap(res):
    # direct contact |300 − 374| = 74 > meetings |160 − 150| = 10; totals are left out
    assert [k for k, _, _ in summary.time_use_outliers(res, "Skive")] == ["direct_contact", "meetings_training"]


def test_every_report_message_exists_in_both_languages():
    from pathlib import Path

    from jobcenter_bench.core.i18n import messages

    ids = set()
    for f in Path(api.__file__).parent.glob("*.py"):
        ids |= set(re.findall(r'\bt\(\s*"([a-z0-9_]+)"', f.read_text(encoding="utf-8")))
    missing = sorted(i for i in ids if i not in messages())
    assert not missing
    assert all(da and en for da, en in messages().values())


def test_chart_caption_states_the_finding():
    from jobcenter_bench.core.relationships import Relationship
    from jobcenter_bench.reports.sections import relationship_finding

    rel = Relationship("predicted_rate_all", "cases_per_fte", 94, -0.3054, 40.0, -0.75, 0.14, 0.96,
                       -0.1, 0.34, -0.1, 0.3)
    # p 0,96 >= 0,05: no relationship; the slope with 3 significant digits, p with 3 decimals
    assert relationship_finding(rel, "da") == ("Ingen statistisk sikker sammenhæng mellem rammevilkår (forventet "
                                               "forsørgelsesgrad for alle ydelser) og sager pr. årsværk "
                                               "(hældning -0,305, p = 0,960)")
    significant = Relationship("cases_per_fte", "effect", 94, 0.012, 0.0, 0.005, 0.02, 0.001, 0.3, 0.003, 0.3, 0.003)
    assert relationship_finding(significant, "en").startswith(
        "A statistically significant relationship between cases per FTE and effect (slope 0.0120, p = 0.001)")


def test_english_workbook_sheets_and_headers(tmp_path):
    path = api.write_workbook(results(), tmp_path / "w.xlsx", lang="en")
    header, rows = sheet_rows(path, "Potential per centre")
    assert header[:3] == ["Job centre", "Gross low (DKK)", "Gross high (DKK)"]
    assert next(r for r in rows if r["Job centre"] == "Ærø")["Net low (DKK)"] == pytest.approx(38_875)
    wb = openpyxl.load_workbook(path)
    assert str(wb["Centres"]["A1"].value).startswith("Sample data – synthetic")


def test_reports_without_levers_leave_the_lever_sections_out(tmp_path):
    from dataclasses import replace

    res = replace(results(), levers=None, levers_error=BenchError("ingen", "none"))
    pages = pdf_pages(api.write_centre_report(res, "Skive", tmp_path / "s.pdf"))
    text_page1 = " ".join(pages[0])
    assert "Hvor står Skive?" in text_page1 and "Hvad kan vindes?" not in text_page1
    assert not any("I alt (netto)" in p for p in pages)
    header, rows = sheet_rows(api.write_workbook(res, tmp_path / "w.xlsx"), "Potentiale pr. jobcenter")
    assert header[0] == "Jobcenter" and not [r for r in rows if r.get("Jobcenter")]
