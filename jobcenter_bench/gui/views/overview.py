"""Overview view (Overblik): the report's figures 6 and 7 for the whole country and a ranking.

Figure 6: case productivity (sager pr. årsværk) against the predicted dependency rate for all
benefits (forventet forsørgelsesgrad, alle ydelser, %: the rate the clusters are formed from, as in
the PDF); figure 7: productivity against effect (procentpoint), with the quadrant names in its
corners. The selected centre's point carries its name and its row in the ranking is highlighted. Quadrant lines are
the core's thresholds (national median productivity, mean effect). Bars: every centre's
productivity and effect, ordered by cluster (klynge). Clicking a point or a table row selects
that centre everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QSplitter, QTabWidget, QVBoxLayout, QWidget

from jobcenter_bench.core import measures
from jobcenter_bench.core.measures import decimals, format_value
from jobcenter_bench.core.session import Results
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
        self.fig6, self.fig7 = figure_charts(charts)
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
        self.table = RecordTable(centre_columns(), parent=split)
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

    def refresh(self) -> None:
        result = self.ws.analysis
        if result is None:
            self.show_empty(self.analysis_missing_text())
            return
        self.show_page()
        comp = result.compared()
        t = result.thresholds
        draw_figures(self.fig6, self.fig7, self.ws.results, self.ws.centre)
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
                                  colours=[OKABE_ITO[2]], highlight=sel_e, decimals=decimals("effect"))
        for chart in (self.prod_bars, self.effect_bars):
            chart.getAxis("bottom").setTicks([self._cluster_ticks(labels if chart is self.prod_bars
                                                                  else [f"{c.cluster}" for c in ordered_e])])
        self.table.set_records(result.centres, centre_columns(), highlight=lambda c: c.jobcenter == self.ws.centre)
        source = self.tr("publicerede forudsigelser") if result.prediction_source == "published" \
            else self.tr("egen regressionsmodel")
        self.caption.setText(self.tr(
            "{year}: {n} jobcentre sammenlignet. Forventet forsørgelsesgrad fra {source}. Stiplede linjer: "
            "median produktivitet ({median}) og gennemsnitlig effekt ({mean} pp). Klik på et punkt for at "
            "vælge jobcentret.").format(year=result.year, n=len(comp), source=source,
                                        median=fmt(t.productivity_median if t else None, 1),
                                        mean=format_value("effect", t.effect_mean if t else None, language())))

    @staticmethod
    def _cluster_ticks(labels: list[str]) -> list[tuple[float, str]]:
        """One tick per cluster, in the middle of its bars, instead of 94 unreadable names."""
        spans: dict[str, list[int]] = {}
        for i, label in enumerate(labels):
            spans.setdefault(label.split(":")[0], []).append(i)
        return [((idx[0] + idx[-1]) / 2, cluster) for cluster, idx in spans.items()]

    def _row_chosen(self, index) -> None:
        src = self.table.proxy.mapToSource(index)
        self.ws.set_centre(self.table.model.records[src.row()].jobcenter)


def figure_charts(parent: QWidget) -> tuple[ScatterChart, ScatterChart]:
    """Empty charts for the report's figures 6 and 7 (the overview and the landing view)."""
    x = QCoreApplication.translate("OverviewView", "Sager pr. årsværk (fuldtidspersoner pr. årsværk)")
    fig6 = ScatterChart(QCoreApplication.translate("OverviewView", "Produktivitet og rammevilkår (figur 6)"), x,
                        QCoreApplication.translate("OverviewView", "Forventet forsørgelsesgrad, alle ydelser (%)"), parent=parent)
    fig7 = ScatterChart(QCoreApplication.translate("OverviewView", "Produktivitet og effekt (figur 7)"), x, QCoreApplication.translate("OverviewView", "Effekt (procentpoint)"), parent=parent)
    return fig6, fig7


def draw_figures(fig6: ScatterChart, fig7: ScatterChart, results, centre: str) -> None:
    """Figures 6 and 7 of ``results`` with ``centre`` (and its cluster) highlighted and named.

    Figure 6's y axis is the predicted all-benefits rate (what the clusters are formed from;
    the PDF's figure 6 too); the dashed lines are the quadrant thresholds (national median
    productivity, mean effect); figure 7's corners name the quadrants.
    """
    lang = language()
    result = results.analysis
    comp = result.compared()
    me = results.find_centre(centre)
    cluster = {c.jobcenter for c in result.centres if me is not None and c.cluster == me.cluster}
    t = result.thresholds
    names = [c.jobcenter for c in comp]
    tips = [_tooltip(results, c) for c in comp]
    legend = (QCoreApplication.translate("OverviewView", "Øvrige jobcentre"), QCoreApplication.translate("OverviewView", "Samme klynge"), centre)
    median = t.productivity_median if t else None
    fig6.set_points([c.cases_per_fte for c in comp], [c.predicted_rate_all for c in comp], names, tips,
                    centre, cluster, median, None, legend)
    corners = {"tr": "resource_efficient", "br": "productive", "tl": "effective", "bl": "neither"}
    fig7.set_points([c.cases_per_fte for c in comp], [c.effect for c in comp], names, tips,
                    centre, cluster, median, t.effect_mean if t else None, legend,
                    corners={k: results.quadrant_name(q, lang) for k, q in corners.items()} if t else None)


def _tooltip(results, c) -> str:
    lang = language()
    return QCoreApplication.translate(
        "OverviewView", "{name} (klynge {cluster}, placering {place})\nSager pr. årsværk: {prod}\n"
        "Forventet forsørgelsesgrad, alle ydelser: {pred} %\nEffekt: {effect} pp\nKvadrant: {quadrant}").format(
        name=c.jobcenter, cluster=c.cluster, place=c.placement(lang),
        prod=format_value("cases_per_fte", c.cases_per_fte, lang),
        pred=format_value("predicted_rate_all", c.predicted_rate_all, lang),
        effect=format_value("effect", c.effect, lang), quadrant=results.quadrant_name(c.quadrant, lang) or "–")


def centre_columns() -> list[Column]:
    """One row per centre: the name, then the catalogue's ``centres`` table (cluster, placement,
    FTE, cases per FTE, rates, effect, quadrant: what a laptop screen shows without scrolling
    sideways), then the predicted all-benefits rate, full-time persons, region and codes."""
    lang = language()
    special = {
        "placement": dict(getter=lambda c: c.placement(lang) if c.cluster_rank is not None else None,
                          wrap=True, min_width=70),
        "quadrant": dict(getter=lambda c: Results.quadrant_name(c.quadrant, lang) or None, wrap=True,
                         min_width=110),
    }
    cols = [Column("jobcenter", QCoreApplication.translate("OverviewView", "Jobcenter"), wrap=True, min_width=90)]
    cols += [Column.measure(key, **special.get(key, {})) for key in measures.table("centres")]
    cols += [Column.measure("predicted_rate_all"), Column.measure("full_time_persons"),
             Column("region", QCoreApplication.translate("OverviewView", "Region")), Column("municipality_codes", QCoreApplication.translate("OverviewView", "Kommunekoder"), elide=True)]
    return cols


if __name__ == "__main__":
    from jobcenter_bench.gui.views._preview import preview

    raise SystemExit(preview(OverviewView))
