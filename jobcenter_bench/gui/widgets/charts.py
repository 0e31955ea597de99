"""Chart helpers on pyqtgraph: one look for every chart in the application.

White background, Danish axis labels with units, numbers on the axes and in tooltips formatted
by ``format_number`` (via ``i18n.fmt``), a legend below the plot (wrapped onto several rows when
the names are long, never over the data), the Okabe–Ito colour-blind-safe palette, and
a context menu to save the chart as PNG or copy it. Each chart keeps the data it was last given
in ``self.data`` so tests can assert on what was handed to pyqtgraph (glue-qt's habit).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMenu

from jobcenter_bench.gui.i18n import fmt

#: Okabe & Ito (2008) colour-blind-safe palette, in the order charts use it.
OKABE_ITO = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
    "#000000",  # black
)
GREY = "#9a9a9a"
HIGHLIGHT = "#D55E00"  # the selected centre
CLUSTER = "#0072B2"  # the selected centre's cluster

pg.setConfigOptions(background="w", foreground="k", antialias=True)


def _nice_ceiling(x: float) -> float:
    """``x`` rounded up to a quarter of its power of ten (e.g. 7.3 → 7.5, 0.62 → 0.625)."""
    if x <= 0:
        return 0.0
    step = 10 ** math.floor(math.log10(x)) / 4
    return math.ceil(x / step - 1e-9) * step


def colour(i: int) -> str:
    return OKABE_ITO[i % len(OKABE_ITO)]


class NumberAxis(pg.AxisItem):
    """An axis whose tick labels use the UI language's number format (``1.234,5``)."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (Qt naming)
        decimals = max(0, -int(math.floor(math.log10(spacing * scale)))) if spacing > 0 else 0
        return [fmt(v * scale, min(decimals, 4)) for v in values]


class CategoryAxis(pg.AxisItem):
    """A bottom axis labelling integer positions with category names."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.labels: list[str] = []
        font = QFont()
        font.setPointSizeF(8)
        # category names are longer than numbers; a label centred on the first or last bar may
        # reach up to 15 px past the end of the axis instead of being dropped (cluster 1's tick)
        self.setStyle(tickFont=font, hideOverlappingLabels=False)

    def set_labels(self, labels: Sequence[str]) -> None:
        if list(labels) != self.labels:  # re-setting ticks repaints the axis
            self.labels = list(labels)
            self.setTicks([[(i, t) for i, t in enumerate(self.labels)]])


class Legend(pg.LegendItem):
    """A legend laid out below the plot (never over the data), wrapped onto as many rows as
    its entries need to fit the chart's width.

    pyqtgraph's own legend floats over the view box and sets its own geometry; this one is an
    item of the plot's grid layout, so its size comes from that layout.
    """

    def __init__(self):
        super().__init__(offset=None, labelTextColor="k", horSpacing=12, verSpacing=-4, frame=False,
                         colCount=1)
        fixed = pg.QtWidgets.QSizePolicy.Policy.Fixed
        self.setSizePolicy(fixed, fixed)  # as wide as its entries, centred under the plot
        self.layout.setContentsMargins(0, 2, 0, 0)

    def updateSize(self) -> None:  # noqa: N802 (pyqtgraph naming)
        self.updateGeometry()  # the plot's layout places and sizes the legend

    def wrap(self, width: float) -> None:
        """Use the most columns (entries per row) whose total width fits in ``width`` pixels."""
        n = len(self.items)
        if not n:
            return
        spacing = self.layout.horizontalSpacing()
        sizes = [sample.preferredWidth() + label.preferredWidth() + 2 * spacing for sample, label in self.items]
        cols = 1
        for k in range(n, 0, -1):
            widths = [max(sizes[i] for i in range(c, n, k)) for c in range(k)]
            if sum(widths) <= width:
                cols = k
                break
        self.setColumnCount(cols)


class Chart(pg.PlotWidget):
    """A plot with our look and a context menu (save as PNG, copy image)."""

    def __init__(self, title: str = "", x_label: str = "", y_label: str = "", categories: str | None = None,
                 parent=None):
        """``categories``: "bottom" or "left" puts a category axis there (bar charts)."""
        axes = {side: CategoryAxis(side) if categories == side else NumberAxis(side) for side in ("left", "bottom")}
        super().__init__(parent=parent, axisItems=axes, background="w")
        self.plotItem.setMenuEnabled(False)
        self.plotItem.hideButtons()
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.getViewBox().setMouseEnabled(x=False, y=False)
        self.showGrid(x=False, y=True, alpha=0.15)
        self.setMinimumSize(280, 220)
        self.set_labels(title, x_label, y_label)
        self.legend = Legend()
        self.plotItem.legend = self.legend
        self.plotItem.layout.addItem(self.legend, 4, 0, 1, 3, Qt.AlignmentFlag.AlignHCenter)
        self.data: dict = {}

    def add_legend_entry(self, item, name: str) -> None:
        """Add ``item`` to the legend under ``name`` and re-wrap the legend to the chart's width."""
        self.legend.addItem(item, name)
        self.legend.wrap(self.width() - 20)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        legend = self.__dict__.get("legend")  # pyqtgraph calls this once before __init__ is done
        if legend is not None and event is not None:
            legend.wrap(event.size().width() - 20)

    def set_labels(self, title: str, x_label: str, y_label: str) -> None:
        self.setTitle(title, color="k", size="10pt")
        self.setLabel("bottom", x_label)
        self.setLabel("left", y_label)

    def reset(self) -> None:
        self._signature = None
        self.plotItem.clear()
        self.legend.clear()
        self.data = {}

    def show_message(self, text: str) -> None:
        """Clear the chart and show ``text`` (e.g. "Ingen data") in its middle."""
        self.reset()
        item = pg.TextItem(text, color="#555555", anchor=(0.5, 0.5))
        self.addItem(item)
        item.setPos(0.5, 0.5)
        self.setXRange(0, 1)
        self.setYRange(0, 1)
        self.data = {"message": text}

    # ------------------------------------------------------------------ export
    def _menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Gem som PNG…"), self.save_png_dialog)
        menu.addAction(self.tr("Kopiér billede"), self.copy_image)
        menu.exec(self.mapToGlobal(pos))

    def save_png_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Gem diagram"), "diagram.png", "PNG (*.png)")
        if path:
            self.save_png(path)

    def save_png(self, path: str) -> bool:
        """Write the chart as it is shown to a PNG file."""
        return self.grab().save(path, "PNG")

    def copy_image(self) -> None:
        QGuiApplication.clipboard().setPixmap(self.grab())


class ScatterChart(Chart):
    """Centres as points; quadrant lines; the selected centre and its group highlighted.

    ``point_clicked(name)`` is emitted when the user clicks a point.
    """

    point_clicked = Signal(str)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._scatter: pg.ScatterPlotItem | None = None

    def set_points(
        self,
        xs: Sequence[float],
        ys: Sequence[float],
        names: Sequence[str],
        tooltips: Sequence[str],
        selected: str = "",
        group: set[str] | None = None,
        vline: float | None = None,
        hline: float | None = None,
        labels: tuple[str, str, str] = ("", "", ""),
        corners: dict[str, str] | None = None,
    ) -> None:
        """Draw the points. ``group`` = names drawn in the cluster colour; ``labels`` = legend
        texts for (other centres, the cluster, the selected centre). The selected centre's point
        carries its name; ``corners`` = texts for the corners of the plot ("tl", "tr", "bl",
        "br": the quadrant names of figure 7)."""
        self.reset()
        group = group or set()
        keep = [i for i in range(len(names))
                if xs[i] is not None and ys[i] is not None and math.isfinite(xs[i]) and math.isfinite(ys[i])]
        xs = np.array([xs[i] for i in keep], float)
        ys = np.array([ys[i] for i in keep], float)
        names = [names[i] for i in keep]
        tips = {names[j]: tooltips[i] for j, i in enumerate(keep)}
        if vline is not None:
            self.addItem(pg.InfiniteLine(vline, angle=90, pen=pg.mkPen(GREY, width=1, style=Qt.PenStyle.DashLine)))
        if hline is not None:
            self.addItem(pg.InfiniteLine(hline, angle=0, pen=pg.mkPen(GREY, width=1, style=Qt.PenStyle.DashLine)))
        brushes, sizes = [], []
        for n in names:
            if n == selected:
                brushes.append(pg.mkBrush(HIGHLIGHT))
                sizes.append(14)
            elif n in group:
                brushes.append(pg.mkBrush(CLUSTER))
                sizes.append(9)
            else:
                brushes.append(pg.mkBrush(QColor(150, 150, 150, 160)))
                sizes.append(7)
        self._scatter = pg.ScatterPlotItem(
            x=xs, y=ys, data=names, brush=brushes, size=sizes, pen=pg.mkPen("w", width=0.5),
            hoverable=True, hoverPen=pg.mkPen("k", width=1.5),
            tip=lambda x, y, data: tips.get(data, str(data)),
        )
        self._scatter.sigClicked.connect(self._clicked)
        self.addItem(self._scatter)
        for text, brush in zip(labels, (QColor(150, 150, 150), CLUSTER, HIGHLIGHT), strict=True):
            if text:
                self.add_legend_entry(pg.ScatterPlotItem(brush=pg.mkBrush(brush), size=9, pen=None), text)
        if len(xs):
            self.autoRange(padding=0.12 if corners else 0.08)
        self.data = {"x": xs, "y": ys, "names": names, "selected": selected, "group": set(group),
                     "vline": vline, "hline": hline, "corners": dict(corners or {}), "name_label": None}
        if selected in names:
            i = names.index(selected)
            (x0, x1), _ = self.plotItem.vb.viewRange()
            right_side = xs[i] > x0 + 0.7 * (x1 - x0)  # near the right edge: the name goes left
            label = pg.TextItem(selected, color=HIGHLIGHT, anchor=(1.1 if right_side else -0.1, 1.1),
                                fill=pg.mkBrush(255, 255, 255, 200))
            font = QFont()
            font.setBold(True)
            label.setFont(font)
            label.setZValue(20)
            self.addItem(label)
            label.setPos(float(xs[i]), float(ys[i]))
            self.data["name_label"] = label
        self._place_corners()

    def _place_corners(self) -> None:
        """Put the corner texts (quadrant names) inside the plot's corners, in grey."""
        corners = self.data.get("corners") or {}
        if not corners:
            return
        (x0, x1), (y0, y1) = self.plotItem.vb.viewRange()
        spots = {"tl": (x0, y1, (0, 0)), "tr": (x1, y1, (1, 0)), "bl": (x0, y0, (0, 1)), "br": (x1, y0, (1, 1))}
        font = QFont()
        font.setPointSizeF(8)
        font.setItalic(True)
        items = {}
        for key, text in corners.items():
            x, y, anchor = spots[key]
            item = pg.TextItem(text, color="#555555", anchor=anchor)
            item.setFont(font)
            item.setZValue(-5)
            self.addItem(item, ignoreBounds=True)
            item.setPos(x, y)
            items[key] = item
        self.data["corner_items"] = items

    def _clicked(self, item, points, ev=None) -> None:
        if len(points):
            self.point_clicked.emit(str(points[0].data()))

    def point_position(self, name: str) -> QPoint | None:
        """Where ``name``'s point is drawn, in widget coordinates (for tests and tooltips)."""
        if not self.data.get("names") or name not in self.data["names"]:
            return None
        i = self.data["names"].index(name)
        scene = self.plotItem.vb.mapViewToScene(QPointF(self.data["x"][i], self.data["y"][i]))
        return self.mapFromScene(scene)


class BarChart(Chart):
    """Vertical bars by category; several series side by side, or floating (waterfall) bars."""

    #: Bars grow upwards from a category axis at the bottom; ``HBarChart`` turns them sideways.
    horizontal = False

    def __init__(self, *args, **kwargs):
        kwargs["categories"] = "left" if self.horizontal else "bottom"
        super().__init__(*args, **kwargs)
        if self.horizontal:
            self.getViewBox().invertY(True)  # first category at the top
            self.showGrid(x=True, y=False, alpha=0.15)
        self._unit, self._decimals = "", 0
        self.scene().sigMouseMoved.connect(self._hover)

    def _hover(self, pos) -> None:
        """Tooltip of the category under the mouse: its name and every series' value."""
        cats = self.data.get("categories")
        if not cats:
            return
        point = self.plotItem.vb.mapSceneToView(pos)
        i = int(round(point.y() if self.horizontal else point.x()))
        if not 0 <= i < len(cats):
            self.setToolTip("")
            return
        lines = [self.data["full_labels"][i]]
        for name, values in self.data["series"]:
            v = values[i] if i < len(values) else None
            lines.append(f"{name}: {fmt(v, self._decimals)} {self._unit}".rstrip())
        self.setToolTip("\n".join(lines))

    def set_bars(
        self,
        categories: Sequence[str],
        series: Sequence[tuple[str, Sequence[float]]],
        bottoms: Sequence[Sequence[float]] | None = None,
        colours: Sequence[str] | None = None,
        highlight: int | None = None,
        tooltip_unit: str = "",
        decimals: int = 0,
        full_labels: Sequence[str] | None = None,
        overlay: bool = False,
        value_labels: Sequence[str] | None = None,
    ) -> None:
        """``series`` = [(legend name, values per category)]; ``bottoms`` gives floating bars;
        ``full_labels`` = longer category names for the tooltips (default: ``categories``);
        ``overlay``: the series share one bar per category (drawn over each other, e.g. a
        range's low part and its rest) instead of standing side by side; ``value_labels``: a
        text per category written just past the end of its bar.

        When only the values changed (same categories, series names and colours), the existing
        bars are updated in place: that is what keeps a live assumption change fast.
        """
        colours = list(colours or OKABE_ITO)
        signature = (tuple(categories), tuple(n_ for n_, _ in series), tuple(colours), bottoms is None,
                     overlay, value_labels is None)
        reuse = signature == getattr(self, "_signature", None) and not self.data.get("lines")
        if not reuse:
            self.reset()
            self._items: list[pg.BarGraphItem] = []
        self._unit, self._decimals = tooltip_unit, decimals
        self.getAxis("left" if self.horizontal else "bottom").set_labels(categories)
        n = 1 if overlay else max(1, len(series))
        width = 0.8 / n
        for k, (name, values) in enumerate(series):
            xs = np.arange(len(categories)) - 0.4 + width * ((0 if overlay else k) + 0.5)
            vals = np.array([np.nan if v is None else v for v in values], float)
            y0 = np.zeros(len(vals)) if bottoms is None else np.array(bottoms[k], float)
            c = colours[k % len(colours)]
            brushes = [pg.mkBrush(HIGHLIGHT if highlight == i else c) for i in range(len(vals))]
            if self.horizontal:
                opts = dict(y=xs, width=np.nan_to_num(vals), x0=y0, height=width * 0.95)
            else:
                opts = dict(x=xs, height=np.nan_to_num(vals), y0=y0, width=width * 0.95)
            opts.update(brush=pg.mkBrush(c), brushes=brushes, pen=pg.mkPen("w", width=0.5))
            if reuse:
                self._items[k].setOpts(**opts)
                continue
            item = pg.BarGraphItem(**opts)
            self._items.append(item)
            self.addItem(item)
            if name and len(series) > 1:
                self.add_legend_entry(item, name)
        self._signature = signature
        self.legend.setVisible(len(series) > 1)
        self.setToolTip("")
        self._fit_bars(categories, series, bottoms, room=0.45 if value_labels is not None else 0.0)
        self._write_value_labels(series, bottoms, value_labels, reuse)
        self.data = {"categories": list(categories), "full_labels": list(full_labels or categories),
                     "series": [(n_, list(v)) for n_, v in series],
                     "bottoms": None if bottoms is None else [list(b) for b in bottoms]}

    def _write_value_labels(self, series, bottoms, texts, reuse: bool) -> None:
        """Each category's text just past the far end of its bars (updated in place on reuse)."""
        if texts is None:
            self._value_items = []
            return
        if not reuse:
            font = QFont()
            font.setPointSizeF(8)
            anchor = (0, 0.5) if self.horizontal else (0.5, 1)
            self._value_items = [pg.TextItem("", color="#222222", anchor=anchor) for _ in texts]
            for item in self._value_items:
                item.setFont(font)
                self.addItem(item, ignoreBounds=True)
        for i, (item, text) in enumerate(zip(self._value_items, texts, strict=True)):
            ends = [0.0]
            for k, (_, values) in enumerate(series):
                v = values[i]
                if v is not None and math.isfinite(v):
                    ends.append((0.0 if bottoms is None else float(bottoms[k][i])) + float(v))
            item.setText(text)
            item.setPos(max(ends), i) if self.horizontal else item.setPos(i, max(ends))

    def _fit_bars(self, categories, series, bottoms, room: float = 0.0) -> None:
        """Set the view range once (x: the categories; y: 0 and every bar end; ``room``: a
        share of the span added past the largest end, for value labels)."""
        ends = [0.0]
        for k, (_, values) in enumerate(series):
            for i, v in enumerate(values):
                if v is None or not math.isfinite(v):
                    continue
                base = 0.0 if bottoms is None else float(bottoms[k][i])
                ends += [base, base + float(v)]
        lo, hi = min(ends), max(ends)
        span = (hi - lo) or 1.0
        top = _nice_ceiling(hi + span * (0.05 + room))
        bottom = -_nice_ceiling(-(lo - 0.05 * span)) if lo < 0 else lo
        # rounded limits: a small change of the values keeps the axes (no jitter, no re-layout)
        # half a bar of margin more than the bars need, so the outer category names fit
        cat_range = (-0.8, len(categories) - 0.2)
        value_range = (bottom, top)
        if self.horizontal:
            self.setRange(yRange=cat_range, xRange=value_range, padding=0)
        else:
            self.setRange(xRange=cat_range, yRange=value_range, padding=0)

    def add_line(self, name: str, values: Sequence[float], colour: str = "#000000") -> None:
        """A line with markers over the categories (e.g. the cumulative net of a business case)."""
        vals = np.array([np.nan if v is None else v for v in values], float)
        line = pg.PlotDataItem(np.arange(len(vals)), vals, pen=pg.mkPen(colour, width=2), symbol="o",
                               symbolBrush=pg.mkBrush(colour), symbolSize=7, symbolPen=None)
        self.addItem(line)
        self.add_legend_entry(line, name)
        self.legend.setVisible(True)
        self._signature = None  # the next set_bars rebuilds
        self.data.setdefault("lines", []).append((name, list(vals)))
        self.data["series"] = [*self.data.get("series", []), (name, list(vals))]
        self.autoRange(padding=0.05)


class HBarChart(BarChart):
    """Horizontal bars: for categories with long names (staff groups, time-use categories)."""

    horizontal = True
