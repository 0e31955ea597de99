"""Centre profile view (Jobcenterprofil): the selected centre against its cluster and the country.

Key figures: the catalogue's ``key_figures`` table (``core.measures``: label, unit, decimals),
the centre against the benchmark of each measure in its cluster and the country
(``measures.benchmark_value``: the median for cases per FTE, the same as the dashed line and the
quadrant threshold; the mean for the effect; aggregates for rates and cost), and the previous
year where the database has it. Under the headline, what "Placering" ranks (the observed
all-benefits rate). FTE by staff group as shares of the centre's FTE against the cluster's and
the country's shares (Σ group FTE / Σ FTE), so centres of any size compare; time use per FTE against the national
FTE-weighted average (figure 4 categories, ``core.time_use``); peers (``core.peers``). The view
only formats: every number is computed by the core.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from jobcenter_bench.core import measures
from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.fields import STAFF_GROUP_FIELDS, survey_field_map
from jobcenter_bench.gui.i18n import language
from jobcenter_bench.gui.views._base import View, wrapped_label
from jobcenter_bench.gui.widgets.charts import OKABE_ITO, HBarChart
from jobcenter_bench.gui.widgets.table import Column, RecordTable


class ProfileView(View):
    def title(self) -> str:
        return self.tr("Jobcenterprofil")

    def build(self, page: QWidget) -> None:
        grid = QGridLayout(page)
        self.heading = wrapped_label(page, "heading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        grid.addWidget(self.heading, 0, 0, 1, 2)
        self.quadrant = QLabel(page)
        self.quadrant.setObjectName("quadrant")
        self.placement_note = wrapped_label(page, "placementNote")
        self.placement_note.setStyleSheet("color: #333;")
        line = QVBoxLayout()
        line.setSpacing(0)
        line.addWidget(self.quadrant)
        line.addWidget(self.placement_note)
        grid.addLayout(line, 1, 0, 1, 2)
        figures_box = QWidget(page)
        box = QVBoxLayout(figures_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.figures = RecordTable(self.figure_columns(), filterable=False, parent=figures_box, fit_width=True)
        self.figures.setMinimumHeight(200)
        box.addWidget(self.figures)
        self.definitions = wrapped_label(figures_box, "definitions")
        self.definitions.setStyleSheet("color: #555555; font-size: 8pt;")
        box.addWidget(self.definitions)
        grid.addWidget(figures_box, 2, 0)
        self.staff = HBarChart(self.tr("Personalegrupper, andel af årsværk"),
                                self.tr("Andel af årsværk i alt (%)"), "", parent=page)
        grid.addWidget(self.staff, 2, 1)
        self.time = HBarChart(self.tr("Tidsforbrug pr. årsværk (figur 4)"), self.tr("Timer pr. årsværk pr. år"),
                              "", parent=page)
        grid.addWidget(self.time, 3, 0)
        self.peers = RecordTable([
            Column("jobcenter", self.tr("Jobcenter"), wrap=True, min_width=90),
            Column("relation", self.tr("Sammenligning"), wrap=True, min_width=100),
            Column.measure("cluster"),
            Column("distance", self.tr("Afstand"), "number", 2,
                   tooltip=self.tr("Afstand i rammevilkår (standardafvigelser)")),
            Column.measure("cases_per_fte"),
            Column.measure("effect"),
        ], parent=page, fit_width=True)
        self.peers.view.setToolTip(self.tr("Dobbeltklik for at vælge jobcentret"))
        self.peers.view.doubleClicked.connect(self._peer_chosen)
        grid.addWidget(self.peers, 3, 1)
        grid.setRowStretch(2, 1)
        grid.setRowStretch(3, 1)
        grid.setColumnStretch(0, 4)  # the key-figure table has five columns
        grid.setColumnStretch(1, 3)

    def figure_columns(self) -> list[Column]:
        return [
            Column("label", self.tr("Nøgletal"), wrap=True, min_width=120, tip_getter=lambda r: r.get("tooltip")),
            Column("centre", self.tr("Jobcentret"), getter=lambda r: r["centre"], elide=True),  # a long note
            Column("cluster", self.tr("Klyngen"), getter=lambda r: r["cluster"]),
            Column("country", self.tr("Landet"), getter=lambda r: r["country"]),
            Column("previous", self.tr("Året før"), getter=lambda r: r["previous"]),
        ]

    def refresh(self) -> None:
        result = self.ws.analysis
        me = self.ws.centre_record()
        if result is None or me is None:
            self.show_empty(self.analysis_missing_text())
            return
        self.show_page()
        lang = language()
        quad = self.ws.results.quadrant_name(me.quadrant, lang, long=True) or "–"
        self.heading.setText(self.tr("{name} – {region}, klynge {cluster}, placering {place} ({year})").format(
            name=me.jobcenter, region=me.region, cluster=me.cluster if me.cluster is not None else "–",
            place=me.placement(lang), year=result.year))
        self.quadrant.setText(quad)
        note = self.tr("Placering {place}: {definition} Jobcentrets grad: {rate} %.").format(
            place=me.placement(lang), definition=measures.definition("placement", lang),
            rate=measures.format_value("observed_rate_all", me.observed_rate_all, lang))
        self.placement_note.setText(note)
        self.heading.setToolTip(note)
        prev = None
        if self.ws.previous is not None:
            prev = next((c for c in self.ws.previous.centres if c.jobcenter == me.jobcenter), None)
        self.figures.set_records(self._figures(result, me, prev), self.figure_columns())
        self.definitions.setText(self._benchmarks_text(lang))
        self._staff(result, me)
        self._time(result, me)
        self._peers(result, me)

    def _figures(self, result, me, prev) -> list[dict]:
        """One row per measure of the catalogue's ``key_figures`` table: the centre, the
        measure's benchmark in the cluster and the country, the year before."""
        comp = self.ws.results.comparison(me.jobcenter)
        lang = language()
        results = self.ws.results

        def value(record, key):
            return measures.format_value(key, results.centre_value(record, key, lang), lang)

        rows = []
        for key in measures.table("key_figures"):
            rows.append({
                "label": measures.label_with_unit(key, lang), "tooltip": measures.definition(key, lang),
                "centre": value(me, key),
                "cluster": measures.format_value(key, measures.benchmark_value(key, comp.cluster), lang),
                "country": measures.format_value(key, measures.benchmark_value(key, comp.national), lang),
                "previous": value(prev, key) if prev is not None else "",
            })
        note = me.note_en if lang == "en" else me.note
        if note:
            rows.append({"label": self.tr("Bemærkning"), "centre": note, "cluster": "", "country": "",
                         "previous": ""})
        return rows

    def _benchmarks_text(self, lang: str) -> str:
        """What the cluster and country columns show, per measure (from the catalogue)."""
        groups: dict[str, list[str]] = {}
        for key in measures.table("key_figures"):
            word = measures.benchmark_label(key, lang)
            if word:
                groups.setdefault(word, []).append(measures.label(key, lang, short=True).lower())
        parts = [f"{word}: {', '.join(names)}" for word, names in groups.items()]
        return self.tr("Klyngen og landet: {parts}. Samlet tal = gruppen som én organisation "
                       "(i alt / i alt).").format(parts="; ".join(parts))

    def _staff(self, result, me) -> None:
        mine = result.staff_fte.get(me.jobcenter)
        if not mine:
            self.staff.show_message(self.tr("Ingen besvarelse"))
            return
        comp = self.ws.results.comparison(me.jobcenter)
        labels = survey_field_map()
        en = language() == "en"
        cats = [labels[f].label_en if en else labels[f].label_da for f in STAFF_GROUP_FIELDS]
        series = [(me.jobcenter, _shares({f: mine.get(f) for f in STAFF_GROUP_FIELDS}))]
        colours = [OKABE_ITO[5]]
        if comp.cluster is not None:
            series.append((self.tr("Klynge"), _shares(comp.cluster.fte_by_group_total)))
            colours.append(OKABE_ITO[2])
        series.append((self.tr("Land"), _shares(comp.national.fte_by_group_total)))
        colours.append(OKABE_ITO[0])
        short = [c if len(c) <= 26 else c[:25].rstrip() + "…" for c in cats]  # room for the legend
        self.staff.set_bars(short, series, colours=colours, decimals=1, tooltip_unit="%", full_labels=cats)

    def _time(self, result, me) -> None:
        tu = result.time_use
        hours = tu.centres.get(me.jobcenter) if tu else None
        if not hours:
            self.time.show_message(self.tr("Ingen tidsregistrering"))
            return
        en = language() == "en"
        stats = [s for s in tu.categories if s.key not in ("available", "working_time")]
        self.time.set_bars([s.label_en if en else s.label for s in stats], [
            (me.jobcenter, [hours.get(s.key) for s in stats]),
            (self.tr("Landsgennemsnit"), [s.national for s in stats]),
        ], colours=[OKABE_ITO[5], OKABE_ITO[0]], tooltip_unit=self.tr("timer"))

    def _peers(self, result, me) -> None:

        try:
            peers = self.ws.results.peers(me.jobcenter)
        except BenchError:
            self.peers.set_records([])
            return
        by_name = {c.jobcenter: c for c in result.centres}
        rows = [{"jobcenter": p.jobcenter, "relation": self.tr("Nærmeste rammevilkår"), "cluster": p.cluster,
                 "distance": p.distance, "cases_per_fte": by_name[p.jobcenter].cases_per_fte,
                 "effect": by_name[p.jobcenter].effect} for p in peers.nearest]
        rows += [{"jobcenter": n, "relation": self.tr("Samme klynge"), "cluster": peers.cluster, "distance": None,
                  "cases_per_fte": by_name[n].cases_per_fte, "effect": by_name[n].effect}
                 for n in peers.cluster_members]
        self.peers.set_records(rows)

    def _peer_chosen(self, index) -> None:
        self.ws.set_centre(self.peers.model.records[self.peers.proxy.mapToSource(index).row()]["jobcenter"])


def _shares(fte_by_group: dict) -> list[float | None]:
    """Each staff group's FTE as a percentage of the groups' total (Σ group / Σ all groups, so a
    cluster or the country is one organisation); ``None`` for a group not answered."""
    values = [fte_by_group.get(f) for f in STAFF_GROUP_FIELDS]
    total = sum(v for v in values if v is not None)
    return [None if v is None or not total else 100 * v / total for v in values]


if __name__ == "__main__":
    from jobcenter_bench.gui.views._preview import preview

    raise SystemExit(preview(ProfileView))
