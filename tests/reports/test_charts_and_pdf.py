"""Chart and PDF machinery: axes, histogram bins, legends for every mark, readable label sizes,
embedded fonts, the outline, file names (hand-made numbers)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Group, Line, String

from jobcenter_bench.core.comparison import histogram, ranks
from jobcenter_bench.reports import api, charts
from jobcenter_bench.reports.batch import safe_file_name
from tests.reports.factories import results


def strings(drawing) -> list[String]:
    out = []
    for item in drawing.getContents():
        if isinstance(item, String):
            out.append(item)
        elif isinstance(item, Group):
            out += [s for s in item.getContents() if isinstance(s, String)]
    return out


@pytest.mark.parametrize("kind", ["centre", "national"])
def test_pdfs_embed_only_dejavu(tmp_path, kind):
    r = results()
    path = (api.write_centre_report(r, "Skive", tmp_path / "c.pdf") if kind == "centre"
            else api.write_national_report(r, tmp_path / "n.pdf"))
    fonts = set()
    for page in PdfReader(str(path)).pages:
        for f in page["/Resources"]["/Font"].values():
            f = f.get_object()
            fonts.add(str(f["/BaseFont"]))
            assert f["/FontDescriptor"].get_object().get("/FontFile2") is not None
    assert fonts and all("DejaVuSans" in f for f in fonts)


def test_outline_starts_with_the_summary(tmp_path):
    reader = PdfReader(str(api.write_centre_report(results(), "Skive", tmp_path / "c.pdf")))
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert titles[:4] == ["Sammenfatning", "Om rapporten", "Nøgletal", "Produktivitet og effekt"]


def test_scatter_legend_has_every_mark_and_the_label_is_off_the_point():
    d = charts.scatter_chart([20, 30, 40], [0.0, 1.0, -1.0], width=400, height=200, x_title="x",
                             y_title="y", highlight=1, highlight_label="Herning", group=[0],
                             x_line=30, y_line=0.0, legend=["Herning", "Klynge 4", "Øvrige"],
                             line_label="Landets median og gennemsnit")
    texts = [s.text for s in strings(d)]
    assert {"Herning", "Klynge 4", "Øvrige", "Landets median og gennemsnit"} <= set(texts)
    # the highlighted point (30, 1.0) sits in the middle; its label starts 12 pt beside it
    label = next(s for s in strings(d) if s.text == "Herning" and s.fontName.endswith("Bold"))
    assert all(s.fontSize >= 7 for s in strings(d))
    assert label.fontSize >= 7.5
    dashed = [x for x in d.getContents() if isinstance(x, Line) and x.strokeDashArray]
    assert len(dashed) >= 3  # two reference lines and the legend's sample


def test_bar_chart_whiskers_in_the_legend_and_values_at_7_pt():
    d = charts.bar_chart(["Direkte borgerkontakt"], [("Herning", [300.0]), ("Landet", [374.0])],
                         ranges=[(250.0, 460.0)], width=400, height=120, value_title="Timer",
                         range_label="Spænd mellem jobcentrene (min.–maks.)")
    texts = {s.text: s for s in strings(d)}
    assert "Spænd mellem jobcentrene (min.–maks.)" in texts
    assert texts["300"].fontSize >= 7 and texts["374"].fontSize >= 7


def test_nice_axis_hand_computed():
    ax = charts.nice_axis(18.0, 52.0)  # raw step 6.8 -> 10
    assert (ax.lo, ax.hi, ax.ticks, ax.decimals) == (10, 60, (10, 20, 30, 40, 50, 60), 0)
    ax = charts.nice_axis(0.05, 0.5)  # raw 0.09 -> 0.1, one decimal
    assert ax.ticks[:3] == (0.0, 0.1, 0.2) and ax.decimals == 1


def test_histogram_bins_are_labelled_with_their_range(tmp_path):
    edges, counts = histogram([21.0, 24.9, 25.0, 33.0], 5.0)
    assert edges == [20.0, 25.0, 30.0, 35.0] and counts == [2, 1, 1]
    from jobcenter_bench.reports.national_report import _hist_chart

    d = _hist_chart([21.0, 24.9, 25.0, 33.0], 5.0, "cases_per_fte", "da")
    assert {"20–25", "25–30", "30–35"} <= {s.text for s in strings(d)}


def test_ranks_share_ties_and_skip_missing():
    assert ranks({"a": 3.0, "b": 5.0, "c": 3.0, "d": None}) == {"b": 1, "a": 2, "c": 2}
    assert ranks({"a": 3.0, "b": 5.0}, reverse=False) == {"a": 1, "b": 2}


def test_safe_file_name():
    assert safe_file_name("Ærø") == "Ærø"
    assert safe_file_name('a/b:c*"d') == "a_b_c__d"
    assert safe_file_name("..") == "jobcenter"
