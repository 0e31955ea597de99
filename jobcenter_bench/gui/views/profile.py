"""Centre profile view (Jobcenterprofil): the selected centre against its cluster and the country.

Key figures (cases per FTE, effect, placement "n af N", cost per FTE, FTE, rates) against the
centre's cluster and the country, from the core's summaries (``core.comparison``: aggregates for
productivity, rates and cost, unweighted mean effect, means per centre for FTE), and the previous
year where the database has it; FTE by staff group against the cluster and national mean per
centre (``YearAnalysis.staff_fte`` / summaries); time use per FTE against the national
FTE-weighted average (figure 4 categories, ``core.time_use``); peers (``core.peers``). The view
only formats: every number is computed by the core.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

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
        grid.addWidget(self.quadrant, 1, 0, 1, 2)
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
        self.staff = HBarChart(self.tr("Årsværk efter personalegruppe"),
                                self.tr("Årsværk (klynge, land: gns. pr. jobcenter)"), "", parent=page)
        grid.addWidget(self.staff, 2, 1)
        self.time = HBarChart(self.tr("Tidsforbrug pr. årsværk (figur 4)"), self.tr("Timer pr. årsværk pr. år"),
                              "", parent=page)
        grid.addWidget(self.time, 3, 0)
        self.peers = RecordTable([
            Column("jobcenter", self.tr("Jobcenter"), elide=True, min_width=110),
            Column("relation", self.tr("Sammenligning"), elide=True, min_width=200),
            Column("cluster", self.tr("Klynge"), "number"),
            Column("distance", self.tr("Afstand (standardafvigelser)"), "number", 2),
            Column("cases_per_fte", self.tr("Sager pr. årsværk"), "number", 1),
            Column("effect", self.tr("Effekt (pp)"), "number", 2),
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
            Column("label", self.tr("Nøgletal"), elide=True, min_width=150),
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
        prev = None
        if self.ws.previous is not None:
            prev = next((c for c in self.ws.previous.centres if c.jobcenter == me.jobcenter), None)
        self.figures.set_records(self._figures(result, me, prev), self.figure_columns())
        self.definitions.setText(self.tr(
            "Klynge og land: sager og omkostning pr. årsværk er samlede tal (i alt / årsværk i alt); "
            "forsørgelsesgrader er fuldtidspersoner i alt / befolkning i alt (forventet: befolkningsvægtet); "
            "effekt, årsværk og fuldtidspersoner (ADP+KTH+SDP) er gennemsnit pr. jobcenter. "
            "Placering: antal jobcentre i klyngen og landet."))
        self._staff(result, me)
        self._time(result, me)
        self._peers(result, me)

    def _figures(self, result, me, prev) -> list[dict]:
        from jobcenter_bench.gui.i18n import fmt

        comp = self.ws.results.comparison(me.jobcenter)
        cl, nat = comp.cluster, comp.national
        lang = language()

        def row(label, attr, summary_attr, decimals):
            def of(summary):
                value = getattr(summary, summary_attr) if summary is not None else None
                return fmt(value, decimals) if value is not None else "–"
            return {"label": label, "centre": fmt(getattr(me, attr), decimals), "cluster": of(cl),
                    "country": of(nat), "previous": fmt(getattr(prev, attr), decimals) if prev else ""}

        def spread(summary):
            if summary is None or summary.cases_per_fte_median is None:
                return "–"
            return (f"{fmt(summary.cases_per_fte_median, 1)} ({fmt(summary.cases_per_fte_min, 1)}–"
                    f"{fmt(summary.cases_per_fte_max, 1)})")

        rows = [
            row(self.tr("Sager pr. årsværk"), "cases_per_fte", "cases_per_fte", 1),
            {"label": self.tr("Median (min.–maks.)"), "centre": "", "cluster": spread(cl),
             "country": spread(nat), "previous": ""},
            row(self.tr("Effekt (pp)"), "effect", "effect_mean", 2),
            {"label": self.tr("Placering i klyngen"), "centre": me.placement(lang),
             "cluster": str(cl.n_centres) if cl else "–", "country": str(nat.n_centres) if nat else "–",
             "previous": prev.placement(lang) if prev else ""},
            row(self.tr("Omkostning pr. årsværk (kr.)"), "cost_per_fte", "cost_per_fte", 0),
            row(self.tr("Årsværk i alt"), "fte", "fte_mean", 1),
            row(self.tr("Fuldtidspersoner"), "full_time_persons",
                "full_time_persons_mean", 0),
            row(self.tr("Observeret forsørgelsesgrad (%)"), "observed_rate", "observed_rate", 2),
            row(self.tr("Forventet forsørgelsesgrad (%)"), "predicted_rate", "predicted_rate", 2),
        ]
        note = me.note_en if lang == "en" else me.note
        if note:
            rows.append({"label": self.tr("Bemærkning"), "centre": note, "cluster": "", "country": "",
                         "previous": ""})
        return rows

    def _staff(self, result, me) -> None:
        mine = result.staff_fte.get(me.jobcenter)
        if not mine:
            self.staff.show_message(self.tr("Ingen besvarelse"))
            return
        comp = self.ws.results.comparison(me.jobcenter)
        labels = survey_field_map()
        en = language() == "en"
        cats = [labels[f].label_en if en else labels[f].label_da for f in STAFF_GROUP_FIELDS]
        series = [(me.jobcenter, [mine.get(f) for f in STAFF_GROUP_FIELDS])]
        colours = [OKABE_ITO[5]]
        if comp.cluster is not None:
            series.append((self.tr("Klynge"),
                           [comp.cluster.fte_by_group_mean.get(f) for f in STAFF_GROUP_FIELDS]))
            colours.append(OKABE_ITO[2])
        series.append((self.tr("Land"),
                       [comp.national.fte_by_group_mean.get(f) for f in STAFF_GROUP_FIELDS]))
        colours.append(OKABE_ITO[0])
        short = [c if len(c) <= 26 else c[:25].rstrip() + "…" for c in cats]  # room for the legend
        self.staff.set_bars(short, series, colours=colours, decimals=1, tooltip_unit=self.tr("årsværk"),
                            full_labels=cats)

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


if __name__ == "__main__":
    from jobcenter_bench.gui.views._preview import preview

    raise SystemExit(preview(ProfileView))
