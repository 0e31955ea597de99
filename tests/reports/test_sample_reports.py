"""Reports on the sample database through the CLI and the core's ``Results``: the figures next to
their labels are the core's own, a centre left out of the analysis is named with its reason, a
saved business case replaces the default one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jobcenter_bench.cli import main
from jobcenter_bench.core import measures as ms
from jobcenter_bench.core.scenarios import load_scenario, save_scenario
from jobcenter_bench.core.session import SessionState, compute
from jobcenter_bench.core.store import Store
from jobcenter_bench.reports import api
from tests.reports.helpers import cells_after, pdf_pages, sheet_rows

MORSO = 773  # Morsø Kommune, the only municipality of Jobcenter Morsø


@pytest.fixture(scope="module")
def results(sample_db):
    return compute(sample_db, SessionState(year=2013, with_previous=False))


@pytest.fixture(scope="module")
def herning(results, tmp_path_factory):
    return pdf_pages(api.write_centre_report(results, "Herning", tmp_path_factory.mktemp("h") / "h.pdf"))


def test_herning_key_figures_are_the_cores(herning, results):
    c = results.centre("Herning")
    nat = results.analysis.national_summary
    lines = next(p for p in herning if "Landet" in p and "Effekt (pp)" in p)
    row = cells_after(lines, ms.label_with_unit("cases_per_fte"), 3)
    assert row[0] == ms.format_value("cases_per_fte", c.cases_per_fte)
    # the country column is the median (the dashed line and the quadrant threshold), not the aggregate
    assert row[2] == ms.format_value("cases_per_fte", nat.cases_per_fte_median)
    assert row[2] != ms.format_value("cases_per_fte", nat.cases_per_fte)
    assert results.analysis.thresholds.productivity_median == nat.cases_per_fte_median


def test_herning_potential_share_is_the_levers(herning, results):
    scope = results.lever_scope("Herning")
    lines = next(p for p in herning if "Andel af omkostningsbasen (%)" in p)
    low, high = scope.share_of_cost_base
    assert cells_after(lines, "Andel af omkostningsbasen (%)", 2) == [
        ms.format_value("net_share_low", low * 100), ms.format_value("net_share_high", high * 100)]
    lines = next(p for p in herning if "I alt (netto)" in p)
    assert cells_after(lines, "I alt (netto)", 2) == [f"{scope.total_low_dkk:,.0f}".replace(",", "."),
                                                      f"{scope.total_high_dkk:,.0f}".replace(",", ".")]


def test_cli_report_export_and_unknown_scenario(sample_db, tmp_path, capsys):
    assert main(["report", "--db", str(sample_db), "--jobcenter", "skive", "--out", str(tmp_path / "s.pdf")]) == 0
    assert main(["report", "--db", str(sample_db), "--national", "--out", str(tmp_path / "n.pdf"),
                 "--lang", "en"]) == 0
    assert main(["export", "--db", str(sample_db), "--out", str(tmp_path / "w.xlsx")]) == 0
    english = pdf_pages(tmp_path / "n.pdf")
    assert english[0][0] == "Denmark's job centres 2013"
    # framework variables by the catalogue's English labels (the register file has Danish ones only)
    method = next(p for p in english if any(ln.startswith("Framework variables in the model:") for ln in p))
    start = next(i for i, ln in enumerate(method) if ln.startswith("Framework variables in the model:"))
    assert "Population density (res./km²)" in " ".join(method[start:start + 4])
    header, rows = sheet_rows(tmp_path / "w.xlsx", "Jobcentre")
    assert len(rows) == 94 and "Effekt (pp)" in header
    assert main(["export", "--db", str(sample_db), "--out", str(tmp_path / "x.xlsx"), "--scenario", "Nej"]) != 0
    assert "Scenariet »Nej« findes ikke" in capsys.readouterr().err


@pytest.fixture(scope="module")
def db_without_morso(sample_db, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("nomorso") / "nomorso.jcbench"
    path.write_bytes(sample_db.read_bytes())
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM register WHERE municipality_code = ?", (MORSO,))
    return path


def test_batch_and_single_report_name_the_excluded_centre(db_without_morso, tmp_path):
    res = compute(db_without_morso, SessionState(year=2013, with_previous=False))
    reason = res.exclusion("Morsø").reason
    out = api.write_all_centre_reports(res, tmp_path, workers=1)
    assert ("Morsø", reason) in out.failed and len(out.written) == 93 and out.total == 94
    with pytest.raises(Exception, match="Morsø er ikke med i analysen"):
        api.write_centre_report(res, "Morsø", tmp_path / "m.pdf")


def test_saved_business_case_replaces_the_default(sample_db, tmp_path):
    path = tmp_path / "bc.jcbench"
    path.write_bytes(sample_db.read_bytes())
    with Store.open(path, create=False) as store:
        sc = load_scenario(store, None).with_business_case(
            "Herning", {"levers": {"B3": {"one_off": 250_000, "one_off_year": 1, "owner": "Jobcenterchefen"}}})
        save_scenario(store, sc.renamed("Med business case"))
    res = compute(path, SessionState(year=2013, scenario_name="Med business case", with_previous=False))
    entry = res.business_case("Herning")
    assert entry.saved
    pages = pdf_pages(api.write_centre_report(res, "Herning", tmp_path / "h.pdf"))
    lines = next(p for p in pages if "Bruttogevinst" in p)
    assert entry.title() in lines
    first = entry.case.years[0]
    assert cells_after(lines, str(first.year), 3)[2] == f"{-first.investments:,.0f}".replace(",", ".")
    assert cells_after(lines, "B3", 1) == ["Jobcenterchefen"]
    _, rows = sheet_rows(api.write_workbook(res, tmp_path / "w.xlsx"), "Business case")
    herning = [r for r in rows if r["Jobcenter"] == "Herning"]
    assert {r["Status"] for r in herning} == {"gemt i scenariet"}
    assert herning[0]["Investeringer"] == pytest.approx(-first.investments)
