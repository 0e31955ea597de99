"""Trend view (Udvikling): the selected centre over every year of the database.

A line chart of one trend measure (chosen above it) for the centre, its cluster and the country
(the measure's benchmark from ``core.measures``), a dashed line where the vintage changes
(prediction source or definitions) and a solid one at the year chosen in the toolbar; the trend
measures by year; what changed from the year before to the chosen year (cases per FTE split
into caseload and staff, effect into predicted and observed, the levers that moved most); each
year's vintage. The years are computed in the worker with progress (``Session.trend_book``,
cached per year); the toolbar's year selector still drives every other view, here it picks the
year "what changed" ends in. The view only formats: every number is computed by the core.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from jobcenter_bench.core import measures
from jobcenter_bench.core.i18n import pick
from jobcenter_bench.core.session import Session
from jobcenter_bench.gui.i18n import language
from jobcenter_bench.gui.views._base import View, wrapped_label
from jobcenter_bench.gui.widgets.charts import OKABE_ITO, Chart
from jobcenter_bench.gui.widgets.table import Column, RecordTable


def trend_book(path: str, scenario, state=None):
    """Every year of the database at ``path`` under ``scenario``, on the worker's own connection."""
    with Session.open(path) as session:
        return session.trend_book(scenario, state)


class TrendView(View):
    listens = ("database_changed", "year_changed", "centre_changed", "results_changed")

    def title(self) -> str:
        return self.tr("Udvikling")

    def build(self, page: QWidget) -> None:
        self.book = None
        self._book_key = None
        self._pending_key = None
        self.book_error = ""
        grid = QGridLayout(page)
        self.heading = wrapped_label(page, "heading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        grid.addWidget(self.heading, 0, 0, 1, 2)
        left = QWidget(page)
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Nøgletal:"), left))
        self.measure = QComboBox(left)
        self.measure.currentIndexChanged.connect(lambda _i: self._draw_chart())
        row.addWidget(self.measure, 1)
        box.addLayout(row)
        self.chart = Chart("", self.tr("År"), "", parent=left)
        box.addWidget(self.chart, 1)
        grid.addWidget(left, 1, 0)
        self.change = RecordTable(self.change_columns(), filterable=False, parent=page, fit_width=True)
        grid.addWidget(self.change, 1, 1)
        self.table = RecordTable([], filterable=False, parent=page, fit_width=True)
        grid.addWidget(self.table, 2, 0)
        self.notes = wrapped_label(page, "notes")
        self.notes.setStyleSheet("color: #333333; font-size: 9pt;")
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.notes, 2, 1)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(2, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        # the years are computed when the view is shown (not for users who never open it)
        self.ws.database_changed.connect(self._forget)

    def _forget(self) -> None:
        """Another database, or the same one after an import: its years are computed afresh."""
        self.book, self._book_key, self._pending_key = None, None, None

    def change_columns(self, a: str = "", b: str = "") -> list[Column]:
        return [Column("item", self.tr("Hvad ændrede sig"), elide=True, min_width=200),
                Column("a", a or self.tr("Året før")), Column("b", b or self.tr("Året")),
                Column("change", self.tr("Ændring"))]

    # ------------------------------------------------------------------ computing the years
    def _key(self):
        scenario = self.ws.scenario_obj
        store = self.ws.store
        version = (store.conn.total_changes, store.conn.execute("PRAGMA data_version").fetchone()[0]) if store else ()
        return (self.ws.path, version, None if scenario is None else (scenario.name, scenario.to_json()))

    def _ensure_book(self) -> bool:
        """True when the years of the current database and scenario are here; else start them."""
        key = self._key()
        if self._book_key == key and self.book is not None:
            return True
        if self.ws.computing:
            # the year's own results are being computed: start the years after them (the view is
            # refreshed when they arrive), so two computations never run in the worker at once
            return False
        if self._pending_key != key:
            self._pending_key = key
            self.book_error = ""
            self.ws.runner.submit(trend_book, self.ws.path, self.ws.scenario_obj, name=self.tr("Beregner udvikling"),
                                  key="trend", on_done=lambda book, k=key: self._book_done(k, book),
                                  on_error=lambda exc, k=key: self._book_failed(k, exc))
        return False

    def _book_done(self, key, book) -> None:
        self.book, self._book_key, self._pending_key = book, key, None
        self._changed()

    def _book_failed(self, key, exc) -> None:
        from jobcenter_bench.gui.errors import message_for

        self._pending_key = None
        self.book_error = message_for(exc)
        self._changed()

    # ------------------------------------------------------------------ drawing
    def refresh(self) -> None:
        if self.ws.store is None or not self.ws.centre:
            self.show_empty(self.tr("Ingen data"))
            return
        if not self._ensure_book():
            if self.book_error:
                self.show_empty(self.book_error)
                return
            self.show_page()  # the page's frame stays while the years are computed (no jump)
            self.chart.show_message(self.tr("Beregner udviklingen over årene …"))
            return
        names = {n for y in self.book.years for n in self.book.tables[y].points}
        if self.ws.centre not in names:
            self.show_empty(self.tr("{name} er ikke med i nogen af databasens år.").format(name=self.ws.centre))
            return
        self.show_page()
        self.trend = self.book.centre(self.ws.centre)
        lang = language()
        self.heading.setText(self.tr("{name}: udvikling {first}–{last}").format(
            name=self.trend.jobcenter, first=self.trend.years[0], last=self.trend.years[-1]))
        if self.measure.count() == 0 or self.measure.property("lang") != lang:
            current = self.measure.currentData() or "cases_per_fte"
            self.measure.blockSignals(True)
            self.measure.clear()
            for key in measures.table("trend"):
                self.measure.addItem(measures.label_with_unit(key, lang), key)
            self.measure.setCurrentIndex(max(self.measure.findData(current), 0))
            self.measure.setProperty("lang", lang)
            self.measure.blockSignals(False)
        self._draw_chart()
        self._fill_table(lang)
        self._fill_change(lang)
        self._fill_notes(lang)

    def _draw_chart(self) -> None:
        trend = getattr(self, "trend", None)
        key = self.measure.currentData()
        if trend is None or key is None:
            return
        lang = language()
        chart = self.chart
        chart.reset()
        years = trend.years
        chart.set_labels(self.tr("{measure}; klynge og land: {bench}").format(
            measure=measures.label_with_unit(key, lang), bench=measures.benchmark_label(key, lang) or "–"),
            self.tr("År"), measures.label_with_unit(key, lang, short=True))
        series = [(trend.jobcenter, trend.series(key), OKABE_ITO[5]),
                  (self.tr("Klyngen"), trend.series(key, "cluster"), OKABE_ITO[2]),
                  (self.tr("Landet"), trend.series(key, "country"), OKABE_ITO[0])]
        drawn = {}
        for name, values, colour in series:
            shown = [measures.display_value(key, v) for v in values]
            if all(v is None for v in shown):
                continue
            item = pg.PlotDataItem(years, [float("nan") if v is None else v for v in shown],
                                   pen=pg.mkPen(colour, width=2), symbol="o", symbolBrush=pg.mkBrush(colour),
                                   symbolSize=7, symbolPen=None, connect="finite")
            chart.addItem(item)
            chart.add_legend_entry(item, name)
            drawn[name] = shown
        breaks = [b.year - 0.5 for b in trend.breaks()]
        for x in breaks:
            line = pg.InfiniteLine(pos=x, angle=90, pen=pg.mkPen("#555555", width=1.2, style=Qt.PenStyle.DashLine),
                                   label=self.tr("skift"), labelOpts={"position": 0.95, "color": "#555555"})
            chart.addItem(line)
        if self.ws.year in years:
            chart.addItem(pg.InfiniteLine(pos=self.ws.year, angle=90, pen=pg.mkPen("#bbbbbb", width=6)))
        chart.getAxis("bottom").setTicks([[(y, str(y)) for y in years]])
        if key in ("productivity_rank", "cluster_rank"):
            chart.getViewBox().invertY(True)  # rank 1 at the top
        else:
            chart.getViewBox().invertY(False)
        chart.setXRange(years[0] - 0.5, years[-1] + 0.5, padding=0)
        shown = [v for vs in drawn.values() for v in vs if v is not None]
        if shown:  # explicit: a "computing" message before may have fixed the range at 0..1
            low, high = min(shown), max(shown)
            pad = (high - low) * 0.08 or abs(high) * 0.1 or 1.0
            chart.setYRange(low - pad, high + pad, padding=0)
        chart.data = {"years": years, "series": drawn, "breaks": breaks, "measure": key}

    def _fill_table(self, lang: str) -> None:
        trend = self.trend
        breaks = {b.year for b in trend.breaks()}
        cols = [Column("label", self.tr("Nøgletal"), elide=True, min_width=160)]
        cols += [Column(str(y), ("| " if y in breaks else "") + str(y)) for y in trend.years]
        rows = []
        for key in measures.table("trend"):
            for word, scope in (("", "centre"), (self.tr("  klyngen"), "cluster"), (self.tr("  landet"), "country")):
                values = trend.series(key, scope)
                if scope != "centre" and all(v is None for v in values):
                    continue
                row = {"label": word or measures.label_with_unit(key, lang, short=True)}
                row.update({str(y): measures.format_value(key, v, lang) for y, v in zip(trend.years, values, strict=True)})
                rows.append(row)
        self.table.set_records(rows, cols)

    def _fill_change(self, lang: str) -> None:
        trend = self.trend
        year_b = self.ws.year if self.ws.year in trend.years else trend.years[-1]
        earlier = [y for y in trend.years if y < year_b]
        if not earlier:
            self.change.set_records([{"item": self.tr("Intet tidligere år at sammenligne med."), "a": "", "b": "",
                                      "change": ""}], self.change_columns())
            return
        change = self.book.change(trend.jobcenter, earlier[-1], year_b)
        rows = [{"item": r["item"], "a": measures.format_value(r["key"], r["a"], lang, missing=""),
                 "b": measures.format_value(r["key"], r["b"], lang, missing=""),
                 "change": measures.format_change(r["key"], r["change"], lang)} for r in change.rows(lang)]
        if change.levers:
            rows.append({"item": self.tr("Forslag der flyttede sig mest (middelskøn, mio. kr.):"), "a": "", "b": "",
                         "change": ""})
            rows += [{"item": "  " + m.name(lang),
                      "a": measures.format_value("net_potential_low", (m.low_a + m.high_a) / 2, lang),
                      "b": measures.format_value("net_potential_low", (m.low_b + m.high_b) / 2, lang),
                      "change": measures.format_change("net_potential_low", m.change_mid, lang)} for m in change.levers]
        self.change.set_records(rows, self.change_columns(str(change.year_a), str(change.year_b)))

    def _fill_notes(self, lang: str) -> None:
        trend = self.trend
        labels = {n: self.ws.results.variable_label(n, lang) for n in self.ws.results.provenance.variable_labels} \
            if self.ws.results is not None else {}
        vintages, change_word = self.tr("Årgange (forudsigelse og definitioner)"), self.tr("Skift")
        lines = [f"<b>{vintages}</b>"]
        lines += [v.text(lang) for v in trend.vintages]
        for b in trend.breaks():
            lines.append(f"<b>{change_word}</b> {b.text(lang, labels)} " + self.tr(
                "Tallene før og efter er ikke beregnet på samme måde."))
        lines += [f"{y}: {pick((da, en), lang)}" for y, da, en in trend.skipped]
        lines.append(self.tr("Sager pr. årsværk deles præcist i en del fra sagsmængden og en del fra personalet "
                             "(logaritmisk middelværdi); effekten i forventet og observeret forsørgelsesgrad."))
        self.notes.setText("<br>".join(lines))


if __name__ == "__main__":
    from jobcenter_bench.gui.views._preview import preview

    raise SystemExit(preview(TrendView))
