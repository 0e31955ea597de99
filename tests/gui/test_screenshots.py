"""Grab every view at 1366×768 and 1920×1080 (a laptop and a desktop screen).

The images are saved to ``$JCBENCH_SHOTS`` when that is set (``JCBENCH_SHOTS=/tmp/gui_shots``)
so a person can look at them; the test itself checks what can be checked automatically: the
grab has the window's size, is not blank, no button or drop-down is squeezed below the size it
needs to show its text, no word-wrapped label is shorter than its text, the key tables show
their columns (all of them, or the name and main figures where a wide table may scroll
sideways) and enough rows, no number is cut short, no lever name, horizon, quadrant or
variable name is cut with "…" (wrapping is fine), every chart legend lies inside its chart and
off the plotted data, and each cluster bar chart labels every cluster.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QListWidget,
    QScrollArea,
    QStyle,
    QTableWidget,
)

from jobcenter_bench.gui.main_window import VIEWS
from jobcenter_bench.gui.widgets.charts import Chart
from jobcenter_bench.gui.widgets.table import RecordTable

pytestmark = pytest.mark.gui

#: view → (attribute of its key table, columns that must be in view without scrolling sideways
#: (``None``: every column, no sideways scroll bar), least rows in view at 1366×768).
KEY_TABLES = {
    "profile": ("figures", None, 9),  # the nine key figures
    "model": ("table", None, 6),  # intercept and the five framework variables
    "overview": ("table", ("jobcenter", "cluster", "placement", "cases_per_fte", "effect", "quadrant"), 8),
    "levers": ("table", ("id", "name", "low_dkk", "high_dkk"), 8),
}
#: Columns whose texts must be shown whole (never cut with "…"; wrapped onto more lines is fine):
#: view → [(table attribute, column key)]: lever names, horizons, quadrants, variable names.
WHOLE_TEXT = {
    "home": [("table", "jobcenter"), ("table", "quadrant"), ("table", "placement")],
    "overview": [("table", "jobcenter"), ("table", "quadrant"), ("table", "placement")],
    "profile": [("figures", "label"), ("peers", "jobcenter"), ("peers", "relation")],
    "levers": [("table", "name"), ("table", "horizon"), ("table", "binding"), ("table", "area")],
    "model": [("table", "name")],
}
#: Further tables that must show every column without a sideways scroll bar at 1366×768:
#: view → (attribute, least rows in view).
WHOLE_TABLES = {
    "model": ("relationships", 3),  # the Relationships tab: slope, CI, p, Pearson, Spearman
}


def input_table_problems(table: QTableWidget, min_rows: int) -> list[str]:
    """An input table (QTableWidget) must show every column and its numbers whole, no sideways scroll."""
    problems = []
    if table.horizontalScrollBar().maximum() != 0:
        problems.append(f"input table scrolls sideways by {table.horizontalScrollBar().maximum()} px")
    width = table.viewport().width()
    for c in range(table.columnCount()):
        right = table.columnViewportPosition(c) + table.columnWidth(c)
        if table.columnViewportPosition(c) < 0 or right > width:
            problems.append(f"input column {table.horizontalHeaderItem(c).text()!r} not in view ({right} > {width} px)")
        if c > 0 and table.columnWidth(c) < table.sizeHintForColumn(c):
            problems.append(f"input column {table.horizontalHeaderItem(c).text()!r} cut")
    if table.columnWidth(0) < 150:
        problems.append(f"name column of the input table only {table.columnWidth(0)} px")
    shown = sum(1 for r in range(table.rowCount())
                if 0 <= table.rowViewportPosition(r) and table.rowViewportPosition(r) + table.rowHeight(r)
                <= table.viewport().height())
    if shown < min(min_rows, table.rowCount()):
        problems.append(f"only {shown} input rows in view, want {min_rows}")
    return problems


def table_problems(table: RecordTable, must_show: tuple[str, ...] | None, min_rows: int) -> list[str]:
    """What is wrong with how ``table`` shows its columns and rows (empty when nothing)."""
    view = table.view
    problems = []
    keys = [c.key for c in table.model.columns]
    width = view.viewport().width()
    if must_show is None:
        if view.horizontalScrollBar().maximum() != 0:
            problems.append(f"scrolls sideways by {view.horizontalScrollBar().maximum()} px")
        must_show = tuple(keys)
    for key in must_show:
        c = keys.index(key)
        right = view.columnViewportPosition(c) + view.columnWidth(c)
        if view.isColumnHidden(c) or view.columnViewportPosition(c) < 0 or right > width:
            problems.append(f"column {table.model.columns[c].header!r} is not in view ({right} > {width} px)")
    for c, col in enumerate(table.model.columns):  # numbers are never cut to "483.6…"
        if col.kind == "number" and view.columnWidth(c) < view.sizeHintForColumn(c):
            problems.append(f"numbers in {col.header!r} cut ({view.columnWidth(c)} < {view.sizeHintForColumn(c)} px)")
    height = view.viewport().height()
    shown = sum(1 for r in range(table.row_count())
                if view.rowViewportPosition(r) >= 0 and view.rowViewportPosition(r) + view.rowHeight(r) <= height)
    if shown < min(min_rows, table.row_count()):
        problems.append(f"only {shown} rows in view, want {min_rows}")
    return problems


def cut_texts(table: RecordTable, key: str) -> list[str]:
    """Texts of column ``key`` that are not shown whole: wider than the cell on one line, or,
    where the table wraps, a word wider than the cell or more wrapped lines than the row holds
    (measured with the view's font and Qt's cell margins, independently of the widget)."""
    view = table.view
    c = [col.key for col in table.model.columns].index(key)
    fm = view.fontMetrics()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    width = view.columnWidth(c) - margin
    cut = []
    for r in range(table.proxy.rowCount()):
        index = table.proxy.index(r, c)
        text = str(index.data() or "")
        font = index.data(Qt.ItemDataRole.FontRole) or view.font()
        fm = QFontMetrics(font)
        if not text or fm.horizontalAdvance(text) <= width:
            continue
        if not view.wordWrap() or any(fm.horizontalAdvance(w) > width for w in text.split()):
            cut.append(text)
            continue
        lines = fm.boundingRect(QRect(0, 0, width, 100000), int(Qt.TextFlag.TextWordWrap), text).height()
        if lines > view.rowHeight(r):
            cut.append(text)
    return cut


def list_cut_texts(widget: QListWidget) -> list[str]:
    """Items of a list that are wider than the list (cut with "…")."""
    fm = widget.fontMetrics()
    room = widget.viewport().width() - 30  # the check box and the margins
    return [widget.item(i).text() for i in range(widget.count())
            if fm.horizontalAdvance(widget.item(i).text()) > room and not widget.wordWrap()]


def legend_problems(chart: Chart) -> list[str]:
    """A legend must lie inside its chart and off the plotted data."""
    legend = chart.legend
    if not chart.isVisible() or not legend.isVisible() or not legend.items:
        return []
    box = chart.mapFromScene(legend.sceneBoundingRect()).boundingRect()
    problems = []
    if not chart.viewport().rect().contains(box):
        problems.append(f"legend of {chart.plotItem.titleLabel.text!r} cut: {box} not in {chart.viewport().rect()}")
    if legend.sceneBoundingRect().intersects(chart.plotItem.vb.sceneBoundingRect()):
        problems.append(f"legend of {chart.plotItem.titleLabel.text!r} covers the plotted data")
    for _sample, label in legend.items:
        if label.sceneBoundingRect().width() < label.preferredWidth() - 1:
            problems.append(f"legend entry {label.text!r} squeezed")
    return problems


def drawn_tick_labels(axis) -> list[str]:
    """The tick labels pyqtgraph actually draws on ``axis`` (labels that do not fit are dropped)."""
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _, _, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [text for _, _, text in texts]


def view_problems(view) -> list[str]:
    controls = [*view.findChildren(QAbstractButton), *view.findChildren(QComboBox)]
    squeezed = [w.text() if isinstance(w, QAbstractButton) else w.currentText()
                for w in controls if w.isVisible() and w.width() < w.minimumSizeHint().width()]
    cut = [w.text()[:40] for w in view.findChildren(QLabel)
           if w.isVisible() and w.wordWrap() and w.text() and w.height() < w.heightForWidth(w.width())]
    squeezed += cut  # a wrapped text taller than its label is cut off
    squeezed += [type(a).__name__ for a in view.findChildren(QScrollArea)
                 if a.isVisible() and a.widget() is not None
                 and a.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
                 and a.widget().width() > a.viewport().width()]  # content cut at the right
    for chart in view.findChildren(Chart):
        squeezed += legend_problems(chart)
    return squeezed


def grab(window, qapp, size, name, lang, out):
    qapp.processEvents()  # let the layout settle as the event loop would before painting
    image = window.grab().toImage()
    assert (image.width(), image.height()) == size
    colours = {image.pixel(x, y) for x in range(0, size[0], 97) for y in range(0, size[1], 89)}
    assert len(colours) > 5, f"{name} looks blank"
    if out:
        Path(out).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(out) / f"{name}_{size[0]}x{size[1]}_{lang}.png"))


PLAN = "Gevinstplan 2011 (eksempel)"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_views_fit_on_laptop_and_desktop_screens(make_window, qapp, qtbot, lang):
    window = make_window(lang=lang)
    home = window.ws.centre
    out = os.environ.get("JCBENCH_SHOTS")
    for size in ((1366, 768), (1920, 1080)):
        window.resize(*size)
        for module, _ in VIEWS:
            # the sample's business-case plan is Helsingør's, in its own scenario: show its
            # follow-up, not the page that says there is no plan
            window.ws.set_centre("Helsingør" if module == "realisation" else home)
            window.ws.choose_scenario(PLAN if module == "realisation" else "Standard")
            window.show_view(module)
            if module == "model":  # showing the view computes the regression table: wait for it
                qtbot.waitUntil(lambda: window.ws.has_inference and not window.ws.computing, timeout=20000)
            if module == "trend":  # showing the view computes every year in the worker: wait for it
                qtbot.waitUntil(lambda: window.view("trend").book is not None, timeout=30000)
            grab(window, qapp, size, module, lang, out)
            view = window.view(module)
            problems = view_problems(view)
            if module in KEY_TABLES:
                attr, must_show, min_rows = KEY_TABLES[module]
                problems += table_problems(getattr(view, attr), must_show, min_rows)
            for attr, key in WHOLE_TEXT.get(module, []):
                problems += [f"{attr}.{key} cut: {t!r}" for t in cut_texts(getattr(view, attr), key)]
            if module == "model":
                problems += [f"variable cut: {t!r}" for t in list_cut_texts(view.variables)]
            if module in WHOLE_TABLES:
                attr, min_rows = WHOLE_TABLES[module]
                problems += table_problems(getattr(view, attr), None, min_rows)
            if module == "business_case":  # the lever inputs: every column in view
                problems += input_table_problems(view.levers, 8)
            if module == "overview":  # the second tab: productivity and effect by cluster
                view.chart_tabs.setCurrentIndex(1)
                grab(window, qapp, size, "overview-clusters", lang, out)
                problems += view_problems(view)
                clusters = {str(c.cluster) for c in window.ws.analysis.centres if c.cluster is not None}
                for chart in (view.prod_bars, view.effect_bars):
                    missing = clusters - set(drawn_tick_labels(chart.getAxis("bottom")))
                    problems += [f"no tick for cluster {c}" for c in sorted(missing)]
                view.chart_tabs.setCurrentIndex(0)
            assert problems == [], f"{module} at {size}: {problems}"
