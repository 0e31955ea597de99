"""Levers view (Forbedringsforslag): the 30 levers for the selected centre or the whole country.

The lever table (low/high DKK, hours, FTE, binding type, horizon), the waterfall by area
(figure 8), potential by binding type (figure 21) and by horizon (figure 22) all come from
``core.levers`` (``LeverResults.scope(...)``). The assumptions panel edits the scenario
(``core.scenarios.Scenario.with_*``); each change recomputes every lever and redraws at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jobcenter_bench.core.levers.catalogue import AREAS, BINDINGS, HORIZONS
from jobcenter_bench.gui.i18n import fmt, language
from jobcenter_bench.gui.views._base import View
from jobcenter_bench.gui.views.assumptions import AssumptionsPanel
from jobcenter_bench.gui.widgets.charts import OKABE_ITO, BarChart, HBarChart
from jobcenter_bench.gui.widgets.table import Column, RecordTable

MIO = 1e6


class LeversView(View):
    listens = ("database_changed", "year_changed", "centre_changed", "levers_changed")

    def title(self) -> str:
        return self.tr("Forbedringsforslag")

    def build(self, page: QWidget) -> None:
        outer = QHBoxLayout(page)
        split = QSplitter(Qt.Orientation.Horizontal, page)
        left = QWidget(split)
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.scope_centre = QRadioButton(self.tr("Valgt jobcenter"), left)
        self.scope_country = QRadioButton(self.tr("Hele landet"), left)
        self.scope_centre.setChecked(True)
        group = QButtonGroup(left)
        for b in (self.scope_centre, self.scope_country):
            group.addButton(b)
            top.addWidget(b)
        group.buttonToggled.connect(lambda *_: self.refresh())
        self.total = QLabel(left)
        self.total.setObjectName("leverTotal")
        self.total.setStyleSheet("font-size: 10pt; font-weight: bold;")
        self.total.setWordWrap(True)
        # two lines, fixed: a new total must not re-lay out the window (keeps redraws cheap)
        self.total.setFixedHeight(2 * self.total.fontMetrics().lineSpacing() + 6)
        top.addWidget(self.total, 1)
        lay.addLayout(top)
        vsplit = QSplitter(Qt.Orientation.Vertical, left)
        self.table = RecordTable(self.columns(), parent=vsplit)
        self.table.view.clicked.connect(self._lever_chosen)
        charts = QWidget(vsplit)
        grid = QGridLayout(charts)
        grid.setContentsMargins(0, 0, 0, 0)
        self.waterfall = HBarChart(self.tr("Efter område (figur 8)"), self.tr("Mio. kr. pr. år"), "",
                                   parent=charts)
        self.binding = BarChart(self.tr("Efter bindingstype (figur 21)"), "",
                                self.tr("Mio. kr. pr. år"), parent=charts)
        self.horizon = BarChart(self.tr("Efter tidshorisont (figur 22)"), "",
                                self.tr("Mio. kr. pr. år"), parent=charts)
        for i, c in enumerate((self.waterfall, self.binding, self.horizon)):
            c.setMinimumSize(220, 200)
            grid.addWidget(c, 0, i)
        vsplit.setStretchFactor(0, 1)
        vsplit.setStretchFactor(1, 1)
        lay.addWidget(vsplit, 1)
        self.panel = AssumptionsPanel(self.ws, split)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        outer.addWidget(split)

    def columns(self) -> list[Column]:
        """Number and name, then the amounts (what a laptop screen shows without scrolling
        sideways), then binding type, horizon, hours, FTE, area."""
        en = language() == "en"
        return [
            Column("id", self.tr("Nr.")),
            Column("name", self.tr("Forslag"), wrap=True, min_width=200, max_width=420,
                   getter=lambda r: r.name_en if en else r.name_da),
            Column("low_dkk", self.tr("Lav (mio. kr.)"), "number", 2, getter=lambda r: r.low_dkk / MIO),
            Column("high_dkk", self.tr("Høj (mio. kr.)"), "number", 2, getter=lambda r: r.high_dkk / MIO),
            Column("binding", self.tr("Bindingstype"), wrap=True, min_width=90,
                   getter=lambda r: BINDINGS[r.binding][1 if en else 0]),
            Column("horizon", self.tr("Tidshorisont"), wrap=True, min_width=90,
                   getter=lambda r: HORIZONS[r.horizon][1 if en else 0]),
            Column("low_hours", self.tr("Timer, lav"), "number"),
            Column("high_hours", self.tr("Timer, høj"), "number"),
            Column("low_fte", self.tr("Årsværk, lav"), "number", 1),
            Column("high_fte", self.tr("Årsværk, høj"), "number", 1),
            Column("area", self.tr("Område"), wrap=True, min_width=90,
                   getter=lambda r: f"{r.area} {AREAS[r.area][1 if en else 0]}"),
            Column("quantified", self.tr("Beregnet"),
                   getter=lambda r: self.tr("ja") if r.quantified else self.tr("nej (ikke kvantificeret)")),
        ]

    def summary(self):
        """The ``ScopeSummary`` shown (the selected centre's, or national)."""
        from jobcenter_bench.core.errors import BenchError

        self._error = ""
        levers = self.ws.levers
        if levers is None:
            return None
        if self.scope_country.isChecked():
            return levers.national()
        try:
            return levers.scope(self.ws.centre)
        except BenchError as exc:
            self._error = exc.text(language())
            return None

    def refresh(self) -> None:
        s = self.summary()
        self.panel.refresh()
        if s is None:
            self.show_empty(self._error or self.ws.levers_error or self.tr("Ingen data"))
            return
        self.show_page()
        en = language() == "en"
        who = self.tr("hele landet") if s.scope == "national" else s.scope
        share_low, share_high = s.share_of_cost_base
        self.total.setText(self.tr(
            "Netto potentiale for {who}: {low}–{high} mio. kr. pr. år (brutto {glow}–{ghigh}, overlap "
            "{olow}–{ohigh}); {slow}–{shigh} % af omkostningsbasen. Timepris {rate} kr.").format(
            who=who, low=fmt(s.total_low_dkk / MIO, 1), high=fmt(s.total_high_dkk / MIO, 1),
            glow=fmt(s.gross_low_dkk / MIO, 1), ghigh=fmt(s.gross_high_dkk / MIO, 1),
            olow=fmt(s.overlap_low_dkk / MIO, 1), ohigh=fmt(s.overlap_high_dkk / MIO, 1),
            slow=fmt(share_low * 100, 1), shigh=fmt(share_high * 100, 1), rate=fmt(s.hourly_cost, 0)))
        self.table.set_records(s.levers, self.columns())
        low_high = (self.tr("Lav"), self.tr("Høj"))
        self._waterfall(s, low_high, en)
        short = {"management": self.tr("Ledelse"), "law": self.tr("Lov"), "it": self.tr("IT"),
                 "short": self.tr("0–2 år"), "medium": self.tr("3–4 år"), "long": self.tr("5+ år")}
        for chart, data, labels in ((self.binding, s.by_binding, BINDINGS), (self.horizon, s.by_horizon, HORIZONS)):
            keys = list(labels)
            chart.set_bars([short[k] for k in keys],
                           [(low_high[0], [data[k]["low_dkk"] / MIO for k in keys]),
                            (low_high[1], [data[k]["high_dkk"] / MIO for k in keys])],
                           colours=[OKABE_ITO[4], OKABE_ITO[0]], decimals=1, tooltip_unit=self.tr("mio. kr."),
                           full_labels=[labels[k][1 if en else 0] for k in keys])

    def _waterfall(self, s, low_high, en) -> None:
        """Figure 8 as a waterfall with one bar per step: each area's gross potential, then the
        overlap deduction, then the net total. A bar's light part is the low estimate and its
        (blue) rest reaches the high one, with "lav–høj" written beside it; the areas stack on
        the low estimate's running total, the overlap is taken off it and the net starts at 0
        (the arithmetic only places the bars: every amount is the core's)."""
        lows = [s.by_area[area]["low_dkk"] / MIO for area in AREAS]
        highs = [s.by_area[area]["high_dkk"] / MIO for area in AREAS]
        starts = [sum(lows[:k]) for k in range(len(lows))]
        level = sum(lows)  # the areas' running total (low estimate) the overlap is taken off
        ov_low, ov_high = s.overlap_low_dkk / MIO, s.overlap_high_dkk / MIO
        net_low, net_high = s.total_low_dkk / MIO, s.total_high_dkk / MIO
        dark = [*lows, ov_low, net_low]
        dark_from = [*starts, level - ov_low, 0.0]
        light = [h - lo for h, lo in zip(highs, lows, strict=True)] + [ov_high - ov_low, net_high - net_low]
        light_from = [st + lo for st, lo in zip(starts, lows, strict=True)] + [level - ov_high, net_low]
        amounts = [*zip(lows, highs, strict=True), (ov_low, ov_high), (net_low, net_high)]
        cats = [*AREAS, self.tr("Overlap"), self.tr("Netto")]
        full = [f"{a} {AREAS[a][1 if en else 0]}" for a in AREAS] + [self.tr("Overlap (fradrag)"),
                                                                      self.tr("Netto i alt")]
        self.waterfall.set_bars(cats, [(low_high[0], dark), (low_high[1], light)],
                                bottoms=[dark_from, light_from], colours=[OKABE_ITO[4], OKABE_ITO[0]],
                                decimals=1, tooltip_unit=self.tr("mio. kr."), full_labels=full, overlay=True,
                                value_labels=[f"{fmt(lo, 1)}–{fmt(hi, 1)}" for lo, hi in amounts])
        # the tooltip names each step's low and high amount (not the light part's length)
        self.waterfall.data["series"] = [(low_high[0], [lo for lo, _ in amounts]),
                                         (low_high[1], [hi for _, hi in amounts])]

    def _lever_chosen(self, index) -> None:
        row = self.table.model.records[self.table.proxy.mapToSource(index).row()]
        self.panel.show_lever(row.id)


if __name__ == "__main__":
    from jobcenter_bench.gui.views._preview import preview

    raise SystemExit(preview(LeversView))
