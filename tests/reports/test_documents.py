"""The PDF and workbook machinery on hand-made data (no analysis core involved)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from jobcenter_bench.core import i18n
from jobcenter_bench.core.tasks import TaskState
from jobcenter_bench.reports.batch import safe_file_name, write_all
from jobcenter_bench.reports.centre_report import write_centre_pdf
from jobcenter_bench.reports.charts import nice_axis
from jobcenter_bench.reports.national_report import histogram, write_national_pdf
from jobcenter_bench.reports.workbook import ranks, write_workbook_file

from .plain_data import make_input


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_centre_pdf_has_name_year_and_danish_numbers(tmp_path):
    data = make_input()
    c = data.centre("Ærø")
    c.cases_per_fte, c.effect, c.fte, c.cost_per_fte = 31.27, -0.44, 1234.56, 456789.4
    path = write_centre_pdf(data, "Ærø", tmp_path / "c.pdf")
    txt = pdf_text(path)
    assert "Benchmark af Ærø" in txt
    assert "2013" in txt
    # hand-formatted Danish numbers: 1 decimal with comma, dot for thousands
    for expected in ("31,3", "-0,4", "1.234,6", "456.789", "1 af 3", "Side 2 af"):
        assert expected in txt, expected
    assert "Eksempeldata – syntetiske" in txt
    assert "spørgeskema_2013.xlsx" in txt  # data source from the import log
    assert "Indhold" in txt and "Metode og forbehold" in txt
    # the business case saved for Ærø: payback year and a cumulative figure
    assert "Tilbagebetalingsår: 2027" in txt and "36.650" in txt
    # cluster and country columns are the core's summaries (Ærø is in cluster 1)
    for expected in ("28,8", "412.346", "29,4", "447.654"):
        assert expected in txt, expected


@pytest.mark.parametrize("kind", ["centre", "national"])
def test_centre_pdf_embeds_only_dejavu(tmp_path, kind):
    """Every font of the centre and the national report is embedded DejaVu (no Helvetica from a
    table cell or chart default)."""
    path = (write_centre_pdf(make_input(), "Skive", tmp_path / "c.pdf") if kind == "centre"
            else write_national_pdf(make_input(), tmp_path / "n.pdf"))
    fonts = set()
    for page in PdfReader(str(path)).pages:
        for f in page["/Resources"]["/Font"].values():
            f = f.get_object()
            fonts.add(str(f["/BaseFont"]))
            assert f["/FontDescriptor"].get_object().get("/FontFile2") is not None
    assert fonts and all("DejaVuSans" in f for f in fonts)


def test_english_centre_pdf(tmp_path):
    data = make_input(is_sample=False)
    data.centre("Skive").cases_per_fte = 1234.56
    txt = pdf_text(write_centre_pdf(data, "Skive", tmp_path / "c.pdf", lang="en"))
    assert "Key figures" in txt and "Page 2 of" in txt and "1,234.6" in txt
    assert "Eksempeldata" not in txt and "Sample data" not in txt


def test_pdf_outline_has_the_sections(tmp_path):
    reader = PdfReader(str(write_centre_pdf(make_input(), "Ærø", tmp_path / "c.pdf")))
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert titles[:3] == ["Nøgletal", "Produktivitet og effekt", "Tidsforbrug"]


def test_national_pdf(tmp_path):
    data = make_input()
    txt = pdf_text(write_national_pdf(data, tmp_path / "n.pdf"))
    assert "Landets jobcentre 2013" in txt
    assert "Løft til landsmedianen" in txt and "360,7" in txt  # DKK 360,700,000 in millions
    assert "=HYPERLINK" in txt  # every centre is in the ranking
    # the cluster table shows the core's aggregate cases per FTE per cluster
    for expected in ("28,8", "29,8", "30,8"):
        assert expected in txt, expected


def test_workbook_numbers_formats_and_text(tmp_path):
    import openpyxl

    data = make_input()
    path = write_workbook_file(data, tmp_path / "w.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Nøgletal"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")
    header = [c.value for c in ws[1]]
    col = header.index("Sager pr. årsværk (fuldtidspersoner)") + 1
    for row, c in enumerate(data.centres, start=2):
        assert ws.cell(row=row, column=1).value == c.jobcenter
        assert ws.cell(row=row, column=col).value == pytest.approx(c.cases_per_fte)
        assert ws.cell(row=row, column=col).number_format == "#,##0.0"
    formula_like = [ws.cell(row=r, column=1) for r in range(2, ws.max_row + 1)
                    if str(ws.cell(row=r, column=1).value)[0] in "=+-@"]
    assert {c.value for c in formula_like} == {'=HYPERLINK("x")', "+Morsø", "@Slagelse"}
    assert all(c.data_type == "s" for c in formula_like)
    with zipfile.ZipFile(path) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert not any("<f>" in z.read(n).decode() for n in sheets)  # no formula anywhere
        assert any(n.startswith("xl/charts/chart") for n in z.namelist())
    src = wb["Datakilder"]
    assert src["A3"].value == "=cmd|' /C calc'!A0.csv" and src["A3"].data_type == "s"


def test_workbook_levers_sheet_matches_input(tmp_path):
    import openpyxl

    data = make_input()
    ws = openpyxl.load_workbook(write_workbook_file(data, tmp_path / "w.xlsx"))["Forslag pr. jobcenter"]
    got = {(r[0], r[1]): r[7:11] for r in ws.iter_rows(min_row=2, values_only=True)}
    for name, summary in data.levers_by_centre.items():
        for lv in summary.levers:
            assert got[(name, lv.id)] == (lv.low_hours, lv.high_hours, lv.low_dkk, lv.high_dkk)


def _break(data, name):
    data.levers_by_centre[name].levers[0].low_dkk = "not a number"  # only this centre's report


@pytest.mark.parametrize("workers", [1, 2])
def test_batch_with_one_broken_centre_writes_the_others(tmp_path, workers):
    data = make_input()
    _break(data, "Hørsholm")
    seen = []
    result = write_all(data, tmp_path, state=TaskState(lambda d, n, t: seen.append(d)),
                       workers=workers)
    assert [n for n, _ in result.failed] == ["Hørsholm"]
    assert set(result.written) == {c.jobcenter for c in data.centres} - {"Hørsholm"}
    assert all(p.exists() and p.stat().st_size > 10_000 for p in result.written.values())
    assert seen[-1] == len(data.centres)
    assert not (tmp_path / "Hørsholm_2013.pdf").exists()


def test_batch_cancel_stops_handing_out_centres(tmp_path):
    data = make_input()
    state = TaskState()
    state._on_progress = lambda done, total, text: state.cancel() if done == 2 else None
    result = write_all(data, tmp_path, state=state, workers=1)
    assert result.cancelled and len(result.written) == 2


def test_safe_file_name():
    assert safe_file_name("Ærø") == "Ærø"
    assert safe_file_name('a/b:c*"d') == "a_b_c__d"
    assert safe_file_name("..") == "jobcenter"


def test_nice_axis_hand_computed():
    ax = nice_axis(18.0, 52.0)  # raw step 6.8 -> 10
    assert (ax.lo, ax.hi, ax.ticks, ax.decimals) == (10, 60, (10, 20, 30, 40, 50, 60), 0)
    ax = nice_axis(-0.9, 2.4)  # raw step 0.66 -> 1
    assert ax.ticks == (-1, 0, 1, 2, 3)
    ax = nice_axis(0.05, 0.5)  # raw 0.09 -> 0.1, one decimal
    assert ax.ticks[:3] == (0.0, 0.1, 0.2) and ax.decimals == 1


def test_histogram_hand_computed():
    edges, counts = histogram([21.0, 24.9, 25.0, 33.0], 5.0)
    assert edges == [20.0, 25.0, 30.0, 35.0] and counts == [2, 1, 1]


def test_ranks_share_ties_and_skip_missing():
    assert ranks({"a": 3.0, "b": 5.0, "c": 3.0, "d": None}) == {"b": 1, "a": 2, "c": 2}


def test_every_message_id_used_exists_in_both_languages():
    import jobcenter_bench

    package = Path(jobcenter_bench.__file__).parent
    src = "".join(p.read_text(encoding="utf-8") for p in package.rglob("*.py"))
    used = set(re.findall(r'\bt\(\s*"(\w+)"', src))
    assert used, "no message ids found"
    missing = used - set(i18n.messages())
    assert not missing
    assert all(da and en for da, en in i18n.messages().values())
