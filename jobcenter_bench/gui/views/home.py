"""Landing view (Mit jobcenter): where the user's own centre stands, at first sight.

A strip of key figures for the selected centre, each from the catalogue of measures
(``core.measures``) and ``Results.centre_value``: cases per FTE with its rank among all centres
(``productivity_rank``), the effect against the national mean, the quadrant in words, and the
levers' net potential per year in DKK, FTE and % of the cost base (``net_potential_*``,
``net_fte_*``, ``net_share_*``). Below: the report's figures 6 and 7 with the centre named on
its point and the quadrant names in the corners, and the ranking of all centres with the
centre's row highlighted and scrolled into view. The application opens here.

``data_painted`` is emitted once, after the view was first painted with results (the
``gui_time_to_data`` benchmark waits for it).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jobcenter_bench.core import measures
from jobcenter_bench.gui.i18n import language
from jobcenter_bench.gui.views._base import View, wrapped_label
from jobcenter_bench.gui.views.overview import centre_columns, draw_figures, figure_charts
from jobcenter_bench.gui.widgets.table import RecordTable

#: The cards of the key-figure strip, in order.
CARDS = ("cases_per_fte", "effect", "quadrant", "net_potential")


class HomeView(View):
    listens = ("database_changed", "year_changed", "centre_changed", "results_changed")
    data_painted = Signal()

    def title(self) -> str:
        return self.tr("Mit jobcenter")

    def build(self, page: QWidget) -> None:
        lay = QVBoxLayout(page)
        self.heading = wrapped_label(page, "heading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        lay.addWidget(self.heading)
        strip = QHBoxLayout()
        strip.setSpacing(8)
        self.cards: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        for key in CARDS:
            frame = QFrame(page)
            frame.setObjectName(f"card_{key}")
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            frame.setStyleSheet(f"QFrame#card_{key} {{ background: #F4F7FA; border: 1px solid #D0D7DE; "
                                "border-radius: 4px; }")
            box = QVBoxLayout(frame)
            box.setContentsMargins(8, 4, 8, 4)
            box.setSpacing(0)
            title = QLabel(frame)
            title.setStyleSheet("color: #444; font-size: 9pt;")
            value = wrapped_label(frame, f"value_{key}")
            value.setStyleSheet("font-size: 15pt; font-weight: bold; color: #000;")
            sub = wrapped_label(frame, f"sub_{key}")
            sub.setStyleSheet("color: #444; font-size: 9pt;")
            for w in (title, value, sub):
                box.addWidget(w)
            box.addStretch(1)
            strip.addWidget(frame, 2 if key == "net_potential" else 1)
            self.cards[key] = (title, value, sub)
        lay.addLayout(strip)
        split = QSplitter(Qt.Orientation.Vertical, page)
        charts = QWidget(split)
        grid = QGridLayout(charts)
        grid.setContentsMargins(0, 0, 0, 0)
        self.fig6, self.fig7 = figure_charts(charts)
        grid.addWidget(self.fig6, 0, 0)
        grid.addWidget(self.fig7, 0, 1)
        for chart in (self.fig6, self.fig7):
            chart.point_clicked.connect(self.ws.set_centre)
        self.table = RecordTable(centre_columns(), parent=split)
        self.table.view.clicked.connect(self._row_chosen)
        split.addWidget(charts)
        split.addWidget(self.table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        lay.addWidget(split, 1)
        self._data_shown = False
        page.installEventFilter(self)
        self.ws.levers_changed.connect(self._levers_changed)

    def refresh(self) -> None:
        results = self.ws.results
        me = self.ws.centre_record()
        if results is None or me is None:
            self.show_empty(self.analysis_missing_text())
            return
        self.show_page()
        lang = language()
        self.heading.setText(self.tr("{name}: hvor står jobcentret? ({year})").format(name=me.jobcenter,
                                                                                     year=results.year))
        for key in CARDS:
            title, value, sub = self.cards[key]
            title.setText(self._card_title(key))
            text, detail, tip = self._card(results, me, key, lang)
            value.setText(text)
            sub.setText(detail)
            title.parentWidget().setToolTip(tip)
        draw_figures(self.fig6, self.fig7, results, me.jobcenter)
        self.table.set_records(results.centres, centre_columns(), highlight=lambda c: c.jobcenter == me.jobcenter)
        self._data_shown = True

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.table.scroll_to_highlight()

    def _levers_changed(self) -> None:
        """A scenario change moves only the net potential: redraw that card alone (new results
        redraw everything through ``results_changed``)."""
        me = self.ws.centre_record()
        if not self.isVisible() or me is None or not self._data_shown:
            return
        _, value, sub = self.cards["net_potential"]
        text, detail, tip = self._potential(self.ws.results, me, language())
        value.setText(text)
        sub.setText(detail)
        value.parentWidget().setToolTip(tip)

    def _card_title(self, key: str) -> str:
        if key == "net_potential":
            return self.tr("Nettopotentiale pr. år (forbedringsforslag)")
        return measures.label(key, language())

    def _card(self, results, me, key: str, lang: str) -> tuple[str, str, str]:
        """(value, the line under it, tooltip) of one card."""
        value = results.centre_value(me, key, lang) if key != "net_potential" else None
        national = results.comparison(me.jobcenter).national
        if key == "cases_per_fte":
            rank = results.centre_value(me, "productivity_rank", lang)
            n = len(results.productivity_ranks())
            detail = self.tr("nr. {rank} af {n} (1 = flest) · landsmedian {median}").format(
                rank=measures.format_value("productivity_rank", rank, lang), n=n,
                median=measures.format_value(key, measures.benchmark_value(key, national), lang))
            return (measures.format_value(key, value, lang), detail,
                    f"{measures.definition(key, lang)}\n{measures.definition('productivity_rank', lang)}")
        if key == "effect":
            detail = self.tr("landsgennemsnit {mean} {unit}").format(
                mean=measures.format_value(key, measures.benchmark_value(key, national), lang),
                unit=measures.unit(key, lang))
            text = measures.format_value(key, value, lang)
            return (f"{text} {measures.unit(key, lang)}" if value is not None else text, detail,
                    measures.definition(key, lang))
        if key == "quadrant":
            return (value or "–", results.quadrant_name(me.quadrant, lang, long=True) if value else "",
                    measures.definition(key, lang))
        return self._potential(results, me, lang)

    def _potential(self, results, me, lang: str) -> tuple[str, str, str]:
        def pair(key: str) -> str:
            low = results.centre_value(me, f"{key}_low", lang)
            high = results.centre_value(me, f"{key}_high", lang)
            return (f"{measures.format_value(f'{key}_low', low, lang)}–"
                    f"{measures.format_value(f'{key}_high', high, lang)} {measures.unit(f'{key}_low', lang, short=False)}")

        if results.centre_value(me, "net_potential_low", lang) is None:
            return "–", self.ws.levers_error or self.tr("Ingen beregning af forbedringsforslag"), ""
        tip = "\n".join(measures.definition(k, lang) for k in ("net_potential_low", "net_fte_low", "net_share_low"))
        return pair("net_potential"), f"{pair('net_fte')} · {pair('net_share')}", tip

    def _row_chosen(self, index) -> None:
        src = self.table.proxy.mapToSource(index)
        self.ws.set_centre(self.table.model.records[src.row()].jobcenter)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        """The first paint of the page with results: tell the benchmark (once)."""
        if event.type() == QEvent.Type.Paint and self._data_shown and self.ws.results is not None:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self.data_painted.emit)
        return False


if __name__ == "__main__":
    from jobcenter_bench.gui.views._preview import preview

    raise SystemExit(preview(HomeView))
