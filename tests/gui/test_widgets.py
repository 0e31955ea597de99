"""Chart and table widgets on their own: PNG export, tooltips, Danish numbers, TSV copy."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter

from jobcenter_bench.gui.i18n import install_language
from jobcenter_bench.gui.widgets.charts import (
    OKABE_ITO,
    BarChart,
    HBarChart,
    NumberAxis,
    ScatterChart,
)
from jobcenter_bench.gui.widgets.table import Column, RecordTable, fit_widths

pytestmark = pytest.mark.gui


def test_chart_png_export_and_copy(qtbot, tmp_path):
    chart = BarChart("Titel", "", "Mio. kr.")
    qtbot.addWidget(chart)
    chart.resize(400, 300)
    chart.set_bars(["A", "B"], [("Lav", [1.0, 2.0]), ("Høj", [2.0, 3.5])])
    path = tmp_path / "chart.png"
    assert chart.save_png(str(path))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (400, 300)
    assert image.pixelColor(5, 5).name() == "#ffffff"  # white background
    chart.copy_image()
    assert not QGuiApplication.clipboard().pixmap().isNull()


def test_bars_keep_their_data_and_tooltip(qtbot):
    chart = HBarChart("Titel", "Timer", "")
    qtbot.addWidget(chart)
    chart.set_bars(["Direkte kontakt", "Møder"], [("Centret", [1234.5, 10.0]), ("Landet", [1000.0, 12.0])],
                   decimals=1, tooltip_unit="timer")
    assert chart.data["series"] == [("Centret", [1234.5, 10.0]), ("Landet", [1000.0, 12.0])]
    chart._hover(chart.plotItem.vb.mapViewToScene(QPointF(500, 0)))  # over the first category
    assert chart.toolTip() == "Direkte kontakt\nCentret: 1.234,5 timer\nLandet: 1.000,0 timer"


def test_scatter_tooltip_click_and_highlight(qtbot):
    chart = ScatterChart("Figur", "x", "y")
    qtbot.addWidget(chart)
    chart.set_points([1.0, 2.0, None], [3.0, 4.0, 5.0], ["Aarhus", "Odense", "Uden data"],
                     ["Aarhus: 1", "Odense: 2", "-"], selected="Odense", group={"Aarhus"})
    assert chart.data["names"] == ["Aarhus", "Odense"]  # a missing value is not plotted
    spots = chart._scatter.points()
    assert chart._scatter.opts["tip"](1.0, 3.0, "Aarhus") == "Aarhus: 1"
    brushes = {p.data(): p.brush().color().name() for p in spots}
    assert brushes["Odense"] == "#d55e00" and brushes["Aarhus"] == OKABE_ITO[0].lower()
    got = []
    chart.point_clicked.connect(got.append)
    chart._clicked(chart._scatter, [spots[0]])
    assert got == ["Aarhus"]


def test_number_axis_uses_the_ui_language(qapp):
    axis = NumberAxis("left")
    assert axis.tickStrings([1000.0, 2500.5], 1.0, 0.5) == ["1.000,0", "2.500,5"]
    install_language("en")
    try:
        assert axis.tickStrings([1000.0, 2500.5], 1.0, 0.5) == ["1,000.0", "2,500.5"]
    finally:
        install_language("da")


def test_table_sort_filter_and_excel_tsv(qtbot):
    table = RecordTable([Column("name", "Navn"), Column("value", "Værdi", "number", 1)])
    qtbot.addWidget(table)
    table.set_records([{"name": "Brøndby", "value": 1234.56}, {"name": "Aarhus", "value": 9.0},
                       {"name": "Odense", "value": None}])
    table.view.sortByColumn(1, table.view.horizontalHeader().sortIndicatorOrder().DescendingOrder)
    assert table.tsv(all_rows=True) == "Navn\tVærdi\nBrøndby\t1234,6\nAarhus\t9,0\nOdense\t\n"
    assert table.model.data(table.model.index(0, 1)) == "1.234,6"  # shown with thousands separator
    table.filter.setText("aar")
    assert table.row_count() == 1


def test_fit_widths_shrinks_long_texts_first_then_headers():
    # natural widths 300 + 100 + 100 = 500 px in 400 px: the text column (may shrink to 150)
    # gives the 100 px alone; the numbers keep their width
    assert fit_widths([300, 100, 100], [[150, 100, 100]], 400) == [200, 100, 100]
    # in 300 px: text to 150 (−150), then the headers (100 → 80 and 100 → 60) give the last 50
    # in proportion to what they can give (20 and 40 px: 16,7 and 33,3, rounded up to 17 and 34)
    assert fit_widths([300, 100, 100], [[150, 100, 100], [150, 80, 60]], 300) == [150, 83, 66]
    # what cannot fit stops at the last stage's minimum (the table then scrolls sideways)
    assert fit_widths([300, 100], [[150, 100]], 100) == [150, 100]
    assert fit_widths([100, 100], [[50, 50]], 500) == [100, 100]  # room enough: unchanged


def test_fit_width_table_shows_every_column_and_never_cuts_numbers(qtbot):
    note = "En meget lang bemærkning om jobcentrets tal, der ikke kan stå i en smal tabel"
    table = RecordTable([Column("label", "Nøgletal", elide=True, min_width=80),
                         Column("a", "Jobcentret", "number", 1), Column("b", "Landet", "number", 1)],
                        filterable=False, fit_width=True)
    qtbot.addWidget(table)
    table.resize(320, 200)
    table.show()
    qtbot.waitExposed(table)
    table.set_records([{"label": note, "a": 123456.7, "b": 2.5}])
    view = table.view
    assert view.horizontalScrollBar().maximum() == 0  # nothing to scroll to: every column in view
    assert view.columnWidth(0) < view.sizeHintForColumn(0)  # the note is cut with "…" …
    assert table.model.data(table.model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == note  # … and shown whole here
    for c in (1, 2):
        assert view.columnWidth(c) >= view.sizeHintForColumn(c)  # numbers are never cut
    table.resize(900, 200)  # a wider table gives the note the width it needs: shown whole
    qtbot.waitUntil(lambda: view.columnWidth(0) >= view.sizeHintForColumn(0))


def _drawn_ticks(axis) -> list[str]:
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        return [text for _, _, text in axis.generateDrawSpecs(painter)[2]]
    finally:
        painter.end()


def test_category_ticks_at_the_ends_are_drawn(qtbot, qapp):
    """A cluster of one centre at either end of 94 bars still gets its label (pyqtgraph drops a
    label that would reach past the axis end unless told otherwise)."""
    chart = BarChart("Produktivitet efter klynge", "", "Sager pr. årsværk")
    qtbot.addWidget(chart)
    chart.resize(300, 260)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_bars([f"c{i}" for i in range(94)], [("Sager", [1.0] * 94)])
    chart.getAxis("bottom").setTicks([[(0.0, "1"), (50.0, "4"), (93.0, "7")]])
    qapp.processEvents()
    assert _drawn_ticks(chart.getAxis("bottom")) == ["1", "4", "7"]


def test_legend_below_the_plot_wraps_long_names(qtbot, qapp):
    names = ["Sagsunderstøttende administrativt personale", "Klyngens gennemsnit pr. jobcenter",
             "Landsgennemsnit pr. jobcenter"]
    chart = HBarChart("Årsværk efter personalegruppe", "Årsværk", "")
    qtbot.addWidget(chart)
    chart.resize(360, 300)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_bars(["Sagsbehandlere", "Ledelse"], [(n, [1.0, 2.0]) for n in names])
    qapp.processEvents()
    legend = chart.legend.sceneBoundingRect()
    assert chart.legend.columnCount < 3  # more than one row
    assert chart.mapFromScene(legend).boundingRect().right() <= chart.viewport().width()
    assert not legend.intersects(chart.plotItem.vb.sceneBoundingRect())  # never over the bars
    chart.resize(1400, 300)  # wide enough for one row
    qapp.processEvents()
    assert chart.legend.columnCount == 3
