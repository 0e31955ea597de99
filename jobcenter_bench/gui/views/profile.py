"""Centre profile view (Jobcenterprofil): the selected centre against its cluster and the country.

Key figures (cases per FTE, effect, placement "n af N", cost per FTE, FTE) with the national
median / mean from the core's thresholds and the previous year where the database has it;
FTE by staff group (from the centre's survey answer); time use per FTE against the national
FTE-weighted average (figure 4 categories, ``core.time_use``); peers (``core.peers``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from jobcenter_bench.core.classification import QUADRANTS
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
        self.figures = RecordTable(self.figure_columns(), filterable=False, parent=page)
        self.figures.setMinimumHeight(200)
        grid.addWidget(self.figures, 2, 0)
        self.staff = HBarChart(self.tr("Årsværk efter personalegruppe"), self.tr("Årsværk"), "", parent=page)
        grid.addWidget(self.staff, 2, 1)
        self.time = HBarChart(self.tr("Tidsforbrug pr. årsværk (figur 4)"), self.tr("Timer pr. årsværk pr. år"),
                              "", parent=page)
        grid.addWidget(self.time, 3, 0)
        self.peers = RecordTable([
            Column("jobcenter", self.tr("Jobcenter")),
            Column("relation", self.tr("Sammenligning")),
            Column("cluster", self.tr("Klynge"), "number"),
            Column("distance", self.tr("Afstand (standardafvigelser)"), "number", 2),
            Column("cases_per_fte", self.tr("Sager pr. årsværk"), "number", 1),
            Column("effect", self.tr("Effekt (pp)"), "number", 2),
        ], parent=page)
        self.peers.view.setToolTip(self.tr("Dobbeltklik for at vælge jobcentret"))
        self.peers.view.doubleClicked.connect(self._peer_chosen)
        grid.addWidget(self.peers, 3, 1)
        grid.setRowStretch(2, 1)
        grid.setRowStretch(3, 1)

    def figure_columns(self) -> list[Column]:
        return [
            Column("label", self.tr("Nøgletal")),
            Column("centre", self.tr("Jobcentret"), getter=lambda r: r["centre"]),
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
        quad = QUADRANTS.get(me.quadrant or "", ("–", "–"))[1 if lang == "en" else 0]
        self.heading.setText(self.tr("{name} – {region}, klynge {cluster}, placering {place} ({year})").format(
            name=me.jobcenter, region=me.region, cluster=me.cluster if me.cluster is not None else "–",
            place=me.placement(lang), year=result.year))
        self.quadrant.setText(quad)
        prev = None
        if self.ws.previous is not None:
            prev = next((c for c in self.ws.previous.centres if c.jobcenter == me.jobcenter), None)
        self.figures.set_records(self._figures(result, me, prev), self.figure_columns())
        self._staff(me)
        self._time(result, me)
        self._peers(result, me)

    def _figures(self, result, me, prev) -> list[dict]:
        from jobcenter_bench.gui.i18n import fmt

        t = result.thresholds
        lang = language()

        def row(label, value, decimals, country=None, previous=None):
            return {"label": label, "centre": fmt(value, decimals),
                    "country": fmt(country, decimals) if country is not None else "",
                    "previous": fmt(previous, decimals) if prev is not None else ""}

        rows = [
            row(self.tr("Sager pr. årsværk (landet: median)"), me.cases_per_fte, 1,
                t.productivity_median if t else None, prev.cases_per_fte if prev else None),
            row(self.tr("Effekt, pp (landet: gennemsnit)"), me.effect, 2, t.effect_mean if t else None,
                prev.effect if prev else None),
            {"label": self.tr("Placering i klyngen"), "centre": me.placement(lang), "country": "",
             "previous": prev.placement(lang) if prev else ""},
            row(self.tr("Omkostning pr. årsværk (kr.)"), me.cost_per_fte, 0, None,
                prev.cost_per_fte if prev else None),
            row(self.tr("Årsværk i alt"), me.fte, 1, None, prev.fte if prev else None),
            row(self.tr("Fuldtidspersoner (ADP+KTH+SDP)"), me.full_time_persons, 0, None,
                prev.full_time_persons if prev else None),
            row(self.tr("Observeret forsørgelsesgrad (%)"), me.observed_rate, 2, None,
                prev.observed_rate if prev else None),
            row(self.tr("Forventet forsørgelsesgrad (%)"), me.predicted_rate, 2, None,
                prev.predicted_rate if prev else None),
        ]
        note = me.note_en if lang == "en" else me.note
        if note:
            rows.append({"label": self.tr("Bemærkning"), "centre": note, "country": "", "previous": ""})
        return rows

    def _staff(self, me) -> None:
        answers = [a for a in self.ws.store.survey_answers(self.ws.year) if a["jobcenter"] == me.jobcenter]
        if not answers:
            self.staff.show_message(self.tr("Ingen besvarelse"))
            return
        labels = survey_field_map()
        en = language() == "en"
        cats = [labels[f].label_en if en else labels[f].label_da for f in STAFF_GROUP_FIELDS]
        self.staff.set_bars(cats, [(self.tr("Årsværk"), [answers[0].get(f) for f in STAFF_GROUP_FIELDS])],
                            colours=[OKABE_ITO[0]], decimals=1, tooltip_unit=self.tr("årsværk"))

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
        from jobcenter_bench.core.peers import find_peers

        try:
            peers = find_peers(result, me.jobcenter)
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
