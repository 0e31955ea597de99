"""Overview view (Overblik): the report's figures 6 and 7 for the whole country and a ranking.

Figure 6: case productivity (sager pr. årsværk) against the predicted dependency rate (forventet
forsørgelsesgrad, %); figure 7: productivity against effect (procentpoint). Quadrant lines are
the core's thresholds (national median productivity, mean effect). Bars: every centre's
productivity and effect, ordered by cluster (klynge). Clicking a point or a table row selects
that centre everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QSplitter, QTabWidget, QVBoxLayout, QWidget

from jobcenter_bench.gui.i18n import fmt, language
from jobcenter_bench.gui.views._base import View, wrapped_label
from jobcenter_bench.gui.widgets.charts import OKABE_ITO, BarChart, ScatterChart
from jobcenter_bench.gui.widgets.table import Column, RecordTable


class OverviewView(View):
    def title(self) -> str:
        return self.tr("Overblik")

    def build(self, page: QWidget) -> None:
        lay = QVBoxLayout(page)
        self.caption = wrapped_label(page, "caption")
        lay.addWidget(self.caption)
        split = QSplitter(Qt.Orientation.Vertical, page)
        # two charts side by side per tab: four at once would leave the ranking ~4 rows on a laptop
        charts = QTabWidget(split)
        charts.setDocumentMode(True)
        pages = [QWidget(charts), QWidget(charts)]
        grids = [QGridLayout(p) for p in pages]
        for g in grids:
            g.setContentsMargins(0, 4, 0, 0)
        self.fig6 = ScatterChart(self.tr("Produktivitet og rammevilkår (figur 6)"),
                                 self.tr("Sager pr. årsværk (fuldtidspersoner pr. årsværk)"),
                                 self.tr("Forventet forsørgelsesgrad (%)"), parent=charts)
        self.fig7 = ScatterChart(self.tr("Produktivitet og effekt (figur 7)"),
                                 self.tr("Sager pr. årsværk (fuldtidspersoner pr. årsværk)"),
                                 self.tr("Effekt (procentpoint)"), parent=charts)
        self.prod_bars = BarChart(self.tr("Produktivitet efter klynge"), self.tr("Jobcentre ordnet efter klynge (1 = sværeste rammevilkår)"),
                                  self.tr("Sager pr. årsværk"), parent=charts)
        self.effect_bars = BarChart(self.tr("Effekt efter klynge"), self.tr("Jobcentre ordnet efter klynge (1 = sværeste rammevilkår)"),
                                    self.tr("Effekt (procentpoint)"), parent=charts)
        for i, chart in enumerate((self.fig6, self.fig7, self.prod_bars, self.effect_bars)):
            grids[i // 2].addWidget(chart, 0, i % 2)
        charts.addTab(pages[0], self.tr("Figur 6 og 7"))
        charts.addTab(pages[1], self.tr("Efter klynge"))
        self.chart_tabs = charts
        for chart in (self.fig6, self.fig7):
            chart.point_clicked.connect(self.ws.set_centre)
        self.table = RecordTable(self.columns(), parent=split)
        self.table.view.doubleClicked.connect(self._row_chosen)
        self.table.view.clicked.connect(self._row_chosen)
        split.addWidget(charts)
        split.addWidget(self.table)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        self.split = split
        lay.addWidget(split, 1)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not getattr(self, "_split_set", False) and self.split.height() > 0:
            # the first time the view is laid out: 55 % charts, 45 % ranking (a dozen rows at
            # 1366×768); the user's later dragging is kept
            self._split_set = True
            h = self.split.height()
            self.split.setSizes([int(h * 0.55), h - int(h * 0.55)])

    def columns(self) -> list[Column]:
        """The JSON contract's columns (issue 3): the name and the main figures first (what a
        laptop screen shows without scrolling sideways), then the rest."""
        en = language() == "en"
        return [
            Column("jobcenter", self.tr("Jobcenter")),
            Column("cluster", self.tr("Klynge"), "number"),
            Column("cluster_rank", self.tr("Placering i klynge"), "number"),
            Column("cases_per_fte", self.tr("Sager pr. årsværk"), "number", 1),
            Column("effect", self.tr("Effekt (pp)"), "number", 2),
            Column("predicted_rate", self.tr("Forventet forsørgelsesgrad (%)"), "number", 2),
            Column("observed_rate", self.tr("Observeret forsørgelsesgrad (%)"), "number", 2),
            Column("quadrant", self.tr("Kvadrant"), elide=True, min_width=160,
                   getter=lambda r: self.ws.results.quadrant_name(r.quadrant, "en" if en else "da")),
            Column("fte", self.tr("Årsværk"), "number", 1),
            Column("full_time_persons", self.tr("Fuldtidspersoner"), "number"),
            Column("cluster_size", self.tr("Klyngestørrelse"), "number"),
            Column("region", self.tr("Region")),
            Column("municipality_codes", self.tr("Kommunekoder"), elide=True),
            Column("observed_rate_all", self.tr("Observeret, alle ydelser (%)"), "number", 2),
            Column("predicted_rate_all", self.tr("Forventet, alle ydelser (%)"), "number", 2),
            Column("year", self.tr("År")),
        ]

    def refresh(self) -> None:
        result = self.ws.analysis
        if result is None:
            self.show_empty(self.analysis_missing_text())
            return
        self.show_page()
        comp = result.compared()
        me = self.ws.centre_record()
        cluster = {c.jobcenter for c in result.centres if me is not None and c.cluster == me.cluster}
        t = result.thresholds
        names = [c.jobcenter for c in comp]
        tips = [self._tooltip(c) for c in comp]
        legend = (self.tr("Øvrige jobcentre"), self.tr("Samme klynge"), self.ws.centre)
        self.fig6.set_points([c.cases_per_fte for c in comp], [c.predicted_rate for c in comp], names, tips,
                             self.ws.centre, cluster, t.productivity_median if t else None, None, legend)
        self.fig7.set_points([c.cases_per_fte for c in comp], [c.effect for c in comp], names, tips,
                             self.ws.centre, cluster, t.productivity_median if t else None,
                             t.effect_mean if t else None, legend)
        ordered = sorted(comp, key=lambda c: (c.cluster or 0, c.cases_per_fte))
        labels = [f"{c.cluster}: {c.jobcenter}" for c in ordered]
        sel = next((i for i, c in enumerate(ordered) if c.jobcenter == self.ws.centre), None)
        colours = [OKABE_ITO[0]]
        self.prod_bars.set_bars(labels, [(self.tr("Sager pr. årsværk"), [c.cases_per_fte for c in ordered])],
                                colours=colours, highlight=sel, decimals=1)
        ordered_e = sorted(comp, key=lambda c: (c.cluster or 0, c.effect))
        sel_e = next((i for i, c in enumerate(ordered_e) if c.jobcenter == self.ws.centre), None)
        self.effect_bars.set_bars([f"{c.cluster}: {c.jobcenter}" for c in ordered_e],
                                  [(self.tr("Effekt (pp)"), [c.effect for c in ordered_e])],
                                  colours=[OKABE_ITO[2]], highlight=sel_e, decimals=2)
        for chart in (self.prod_bars, self.effect_bars):
            chart.getAxis("bottom").setTicks([self._cluster_ticks(labels if chart is self.prod_bars
                                                                  else [f"{c.cluster}" for c in ordered_e])])
        self.table.set_records(result.centres, self.columns())
        source = self.tr("publicerede forudsigelser") if result.prediction_source == "published" \
            else self.tr("egen regressionsmodel")
        self.caption.setText(self.tr(
            "{year}: {n} jobcentre sammenlignet. Forventet forsørgelsesgrad fra {source}. Stiplede linjer: "
            "median produktivitet ({median}) og gennemsnitlig effekt ({mean} pp). Klik på et punkt for at "
            "vælge jobcentret.").format(year=result.year, n=len(comp), source=source,
                                        median=fmt(t.productivity_median if t else None, 1),
                                        mean=fmt(t.effect_mean if t else None, 2)))

    @staticmethod
    def _cluster_ticks(labels: list[str]) -> list[tuple[float, str]]:
        """One tick per cluster, in the middle of its bars, instead of 94 unreadable names."""
        spans: dict[str, list[int]] = {}
        for i, label in enumerate(labels):
            spans.setdefault(label.split(":")[0], []).append(i)
        return [((idx[0] + idx[-1]) / 2, cluster) for cluster, idx in spans.items()]

    def _tooltip(self, c) -> str:
        return self.tr("{name} (klynge {cluster}, placering {place})\nSager pr. årsværk: {prod}\n"
                       "Forventet forsørgelsesgrad: {pred} %\nEffekt: {effect} pp").format(
            name=c.jobcenter, cluster=c.cluster, place=c.placement(language()),
            prod=fmt(c.cases_per_fte, 1), pred=fmt(c.predicted_rate, 2), effect=fmt(c.effect, 2))

    def _row_chosen(self, index) -> None:
        src = self.table.proxy.mapToSource(index)
        self.ws.set_centre(self.table.model.records[src.row()].jobcenter)


if __name__ == "__main__":
    from jobcenter_bench.gui.views._preview import preview

    raise SystemExit(preview(OverviewView))
