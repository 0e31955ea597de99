"""Chart and table widgets on their own: PNG export, tooltips, Danish numbers, TSV copy."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QGuiApplication, QImage

from jobcenter_bench.gui.i18n import install_language
from jobcenter_bench.gui.widgets.charts import (
    OKABE_ITO,
    BarChart,
    HBarChart,
    NumberAxis,
    ScatterChart,
)
from jobcenter_bench.gui.widgets.table import Column, RecordTable

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
