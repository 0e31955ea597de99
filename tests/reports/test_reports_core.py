"""Reports on the sample database: the numbers in the PDF and the workbook are the cores' own."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from jobcenter_bench.cli import main
from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.numbers import format_number
from jobcenter_bench.reports import api

from ._pdf import values_after

CENTRE = "Herning"


def pdf_text(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


@pytest.fixture(scope="module")
def centre_pdf(sample_store, analysis, tmp_path_factory):
    out = tmp_path_factory.mktemp("pdf") / "herning.pdf"
    api.write_centre_report(sample_store, "herning", out, year=2013, analysis=analysis)
    return pdf_text(out)


def test_centre_pdf_shows_the_core_numbers_danish_formatted(centre_pdf, analysis):
    c = analysis.centre(CENTRE)
    assert "Benchmark af Herning" in centre_pdf and "2013" in centre_pdf
    assert "Eksempeldata – syntetiske" in centre_pdf
    # each value is the centre's cell, the first line after its label in the key-figure table
    for label, value, decimals in (
            ("Sager pr. årsværk (fuldtidspersoner)", c.cases_per_fte, 1),
            ("Effekt (procentpoint)", c.effect, 1),
            ("Observeret forsørgelsesgrad, ADP+KTH+SDP (%)", c.observed_rate, 1),
            ("Forventet forsørgelsesgrad, alle ydelser (%)", c.predicted_rate_all, 1),
            ("Årsværk i alt", c.fte, 1), ("Fuldtidspersoner ADP+KTH+SDP", c.full_time_persons, 0),
            ("Omkostning pr. årsværk (kr.)", c.cost_per_fte, 0)):
        assert values_after(centre_pdf, label, start="Nøgletal") == [format_number(value, decimals)], label
    assert values_after(centre_pdf, "Placering i klyngen") == [f"{c.cluster_rank} af {c.cluster_size}"]


def test_centre_pdf_lever_numbers_are_the_engines(centre_pdf, levers):
    scope = levers.scope(CENTRE)
    for lever_id in ("B1", "C3", "E3"):
        row = scope.lever(lever_id)
        # the row: id, name (wrapped), binding, horizon, hours low/high, DKK low/high
        cells = values_after(centre_pdf, lever_id, 12, start="Forbedringsforslag")
        horizon = next(i for i, cell in enumerate(cells) if cell.endswith(" sigt"))
        assert cells[horizon + 3:horizon + 5] == [format_number(row.low_dkk, 0), format_number(row.high_dkk, 0)]
    assert values_after(centre_pdf, "I alt (netto)", 2) == [format_number(scope.total_low_dkk, 0),
                                                            format_number(scope.total_high_dkk, 0)]


def test_centre_pdf_lists_the_import_log(centre_pdf, sample_store):
    for imp in sample_store.imports():
        assert imp["file_name"] in centre_pdf


def test_national_pdf_totals(sample_store, analysis, levers, tmp_path):
    out = api.write_national_report(sample_store, tmp_path / "n.pdf", analysis=analysis)
    txt = pdf_text(out)
    nat = levers.national()
    assert values_after(txt, "I alt (netto)", 2) == [format_number(nat.total_low_dkk / 1e6, 1),
                                                     format_number(nat.total_high_dkk / 1e6, 1)]
    for b in analysis.potential:
        # benchmark row: label, centres, FTE freed, DKK m, DKK m for all centres (the last cell)
        assert values_after(txt, b.label, 4)[3] == format_number(b.total_dkk_uplifted / 1e6, 1), b.label
    assert all(c.jobcenter in txt for c in analysis.centres[:10])


def test_workbook_numbers_are_the_cores(sample_store, analysis, levers, tmp_path):
    import openpyxl

    out = api.write_workbook(sample_store, tmp_path / "w.xlsx", analysis=analysis)
    wb = openpyxl.load_workbook(out)
    ws = wb["Nøgletal"]
    header = [c.value for c in ws[1]]
    fields = {"Årsværk i alt": "fte", "Fuldtidspersoner ADP+KTH+SDP": "full_time_persons",
              "Sager pr. årsværk (fuldtidspersoner)": "cases_per_fte",
              "Effekt (procentpoint)": "effect",
              "Observeret forsørgelsesgrad, ADP+KTH+SDP (%)": "observed_rate",
              "Forventet forsørgelsesgrad, alle ydelser (%)": "predicted_rate_all",
              "Omkostning pr. årsværk (kr.)": "cost_per_fte", "Klyngen": "cluster",
              "Placering i klyngen": "cluster_rank"}
    rows = {r[0]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    assert len(rows) == len(analysis.centres)
    for c in analysis.centres:
        for head, attr in fields.items():
            # the XML keeps 15-16 significant digits (what Excel itself holds)
            expected = getattr(c, attr)
            got = rows[c.jobcenter][header.index(head)]
            assert got == (expected if expected is None else pytest.approx(expected, rel=1e-14))
    lev = {(r[0], r[1]): r[7:11] for r in wb["Forslag pr. jobcenter"].iter_rows(min_row=2, values_only=True)}
    for name in levers.centres:
        for row in levers.scope(name).levers:
            want = (row.low_hours, row.high_hours, row.low_dkk, row.high_dkk)
            assert lev[(name, row.id)] == pytest.approx(want, rel=1e-14)
    nat = levers.national()
    summary = {r[1]: r[2:4] for r in wb["Forslag hele landet"].iter_rows(min_row=2, values_only=True)}
    assert summary["I alt (netto)"] == pytest.approx((nat.total_low_dkk, nat.total_high_dkk), rel=1e-14)
    assert ws.freeze_panes == "A2"
    assert ws.cell(row=2, column=header.index("Effekt (procentpoint)") + 1).number_format == "#,##0.0"


def test_unknown_centre_is_a_clear_error(sample_store, analysis, tmp_path):
    with pytest.raises(BenchError, match="findes ikke"):
        api.write_centre_report(sample_store, "Atlantis", tmp_path / "x.pdf", analysis=analysis)


def test_cli_report_and_export(sample_db, tmp_path, capsys):
    assert main(["report", "--db", str(sample_db), "--jobcenter", "Skive", "--out",
                 str(tmp_path / "skive.pdf"), "--lang", "en"]) == 0
    assert "Benchmark of Skive" in pdf_text(tmp_path / "skive.pdf")
    assert main(["export", "--db", str(sample_db), "--out", str(tmp_path / "w.xlsx")]) == 0
    import openpyxl

    wb = openpyxl.load_workbook(tmp_path / "w.xlsx", read_only=True)
    assert {"Nøgletal", "Forslag pr. jobcenter", "Forslag hele landet"} <= set(wb.sheetnames)
    names = [r[0] for r in wb["Nøgletal"].iter_rows(min_row=2, values_only=True)]
    assert len(names) == 94 and "Skive" in names  # one row per job centre of the sample
    wb.close()
    assert main(["report", "--db", str(sample_db), "--jobcenter", "Atlantis", "--out",
                 str(tmp_path / "a.pdf")]) == 1
    assert "Atlantis" in capsys.readouterr().err
