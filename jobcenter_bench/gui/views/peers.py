"""Sammenlignelige og forbilleder: who is like the centre, and who does better (issue 15).

Left: the efficiency ranking of the chosen DEA model (θ, super-efficiency, target input, possible
saving). Middle: the selected centre's peers (forbilleder) with their λ and figures, the finding
and the leave-one-out warning when the result hinges on one peer. Right: the frontier for one
input and one output (the one-output model of the chosen input; the selected centre and its
peers highlighted). Below: the N most similar centres with editable weights per variable, saved
as a peer group by name; and the choice to compare centres with a saved group instead of their
cluster (the profile, the PDF and the workbook follow). DEA runs in the worker; every number
comes from ``Results``.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.gui.i18n import fmt, language
from jobcenter_bench.gui.views._base import View, wrapped_label
from jobcenter_bench.gui.widgets.charts import OKABE_ITO, ScatterChart
from jobcenter_bench.gui.widgets.table import Column, RecordTable


def run_dea(results, model, plot_model, state=None):
    """The worker's job: the DEA of ``model`` with its leave-one-out run, and the plot's
    one-output model; the results are kept in ``results`` (computed on demand, cached)."""
    results.dea(model)
    if state is not None:
        state.check_cancelled()
    results.dea_sensitivity(model)
    if plot_model is not None:
        try:
            results.dea(plot_model)
            results.dea_sensitivity(plot_model)
        except BenchError:
            pass  # the figure says why
    return model, plot_model


class PeersView(View):
    listens = ("database_changed", "year_changed", "centre_changed", "results_changed")

    def title(self) -> str:
        return self.tr("Sammenlignelige og forbilleder")

    # ------------------------------------------------------------------ widgets
    def build(self, page: QWidget) -> None:
        self._group_choice: str | None = None
        self._drawn: tuple | None = None
        grid = QGridLayout(page)
        grid.addLayout(self._controls(page), 0, 0, 1, 3)
        self.ranking = RecordTable([
            Column("rank", self.tr("Rang"), "number"),
            Column("jobcenter", self.tr("Jobcenter"), elide=True, min_width=100),
            Column("efficiency", "θ", "number", 2, tooltip=self.tr("Effektivitet (DEA), 0–1")),
            Column("super_efficiency", self.tr("Supereff."), "number", 2),
            Column("saving", self.tr("Mulig besparelse"), "number", 1),
        ], parent=page, fit_width=True)
        self.ranking.view.setToolTip(self.tr("Dobbeltklik for at vælge jobcentret"))
        self.ranking.view.doubleClicked.connect(self._ranking_chosen)
        grid.addWidget(self.ranking, 1, 0, 2, 1)
        middle = QWidget(page)
        box = QVBoxLayout(middle)
        box.setContentsMargins(0, 0, 0, 0)
        self.centre_line = wrapped_label(middle, "centre_line")
        self.centre_line.setStyleSheet("font-weight: bold;")
        box.addWidget(self.centre_line)
        self.peer_table = RecordTable([], filterable=False, parent=middle, fit_width=True)
        self.peer_table.setMinimumHeight(110)
        box.addWidget(self.peer_table)
        self.finding = wrapped_label(middle, "finding")
        box.addWidget(self.finding)
        self.hinge = wrapped_label(middle, "hinge")
        self.hinge.setStyleSheet("color: #8a4b00;")
        box.addWidget(self.hinge)
        grid.addWidget(middle, 1, 1)
        right = QWidget(page)
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(0, 0, 0, 0)
        axes = QGridLayout()
        axes.addWidget(QLabel(self.tr("Figur: input"), right), 0, 0)
        axes.addWidget(self.x_box, 0, 1)
        axes.addWidget(QLabel(self.tr("output"), right), 1, 0)
        axes.addWidget(self.y_box, 1, 1)
        axes.setColumnStretch(1, 1)
        rbox.addLayout(axes)
        self.plot = ScatterChart(self.tr("Effektivitetsfront"), "", "", parent=right)
        self.plot.point_clicked.connect(self.ws.set_centre)
        rbox.addWidget(self.plot, 1)
        grid.addWidget(right, 1, 2)
        grid.addWidget(self._similar_box(page), 2, 1, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 4)
        grid.setColumnStretch(2, 4)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(2, 2)
        self.ws.results_changed.connect(self._reapply_group)

    def _controls(self, page: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Model:"), page))
        self.model_box = QComboBox(page)
        self.model_box.setObjectName("model_box")
        row.addWidget(self.model_box)
        self.x_box = QComboBox(page)
        self.y_box = QComboBox(page)
        row.addSpacing(16)
        row.addWidget(QLabel(self.tr("Sammenlign med:"), page))
        self.group_box = QComboBox(page)
        self.group_box.setObjectName("group_box")
        self.group_box.setToolTip(self.tr("Profilen, PDF-rapporten og regnearket sammenligner med dette i stedet "
                                          "for klyngen"))
        row.addWidget(self.group_box)
        row.addStretch(1)
        self.status = QLabel(page)
        self.status.setStyleSheet("color: #555555;")
        row.addWidget(self.status)
        self._fill_model_boxes()
        for box in (self.model_box, self.x_box, self.y_box):
            box.currentIndexChanged.connect(self._model_changed)
        self.group_box.activated.connect(self._group_chosen)
        return row

    def _similar_box(self, page: QWidget) -> QWidget:
        box = QWidget(page)
        lay = QGridLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.similar_title = QLabel(box)
        self.similar_title.setStyleSheet("font-weight: bold;")
        head.addWidget(self.similar_title)
        head.addStretch(1)
        head.addWidget(QLabel("N:", box))
        self.n_box = QSpinBox(box)
        self.n_box.setRange(1, 30)
        self.n_box.setValue(5)
        self.n_box.valueChanged.connect(self._draw_similar)
        head.addWidget(self.n_box)
        self.group_name = QLineEdit(box)
        self.group_name.setPlaceholderText(self.tr("Navn på gruppen"))
        head.addWidget(self.group_name)
        self.save_button = QPushButton(self.tr("Gem som sammenligningsgruppe"), box)
        self.save_button.clicked.connect(self._save_group)
        head.addWidget(self.save_button)
        lay.addLayout(head, 0, 0, 1, 2)
        self.weights = QTableWidget(0, 2, box)
        self.weights.setHorizontalHeaderLabels([self.tr("Variabel"), self.tr("Vægt")])
        self.weights.verticalHeader().setVisible(False)
        self.weights.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.weights.verticalHeader().setDefaultSectionSize(22)
        lay.addWidget(self.weights, 1, 0)
        self.similar = RecordTable([
            Column("jobcenter", self.tr("Jobcenter"), elide=True, min_width=100),
            Column("distance", self.tr("Afstand"), "number", 2),
            Column("efficiency", "θ", "number", 2),
            Column("cases_per_fte", self.tr("Sager pr. årsværk"), "number", 1),
            Column("effect", self.tr("Effekt (pp)"), "number", 1),
            Column("cost_per_fte", self.tr("Omk. pr. årsværk (kr.)"), "number", 0),
        ], filterable=False, parent=box, fit_width=True)
        self.similar.view.doubleClicked.connect(self._similar_chosen)
        lay.addWidget(self.similar, 1, 1)
        lay.setColumnStretch(0, 2)
        lay.setColumnStretch(1, 5)
        return box

    def _fill_model_boxes(self) -> None:
        from jobcenter_bench.core.session import Results

        lang = language()
        for key, model in Results.dea_models().items():
            self.model_box.addItem(model.name(lang), key)
        inputs, outputs = Results.dea_variables(lang)
        for key, (label, _) in inputs.items():
            self.x_box.addItem(label, key)
        for key, (label, _) in outputs.items():
            self.y_box.addItem(label, key)

    # ------------------------------------------------------------------ models
    def model(self):
        return self.ws.results.dea_model(self.model_box.currentData())

    def plot_model(self):
        try:
            return self.ws.results.dea_model(self.model_box.currentData(), input=self.x_box.currentData(),
                                             outputs=(self.y_box.currentData(),))
        except BenchError:
            return None

    def _model_changed(self, *_args) -> None:
        if self.isVisible():
            self.refresh()

    # ------------------------------------------------------------------ drawing
    def refresh(self) -> None:
        results = self.ws.results
        me = self.ws.centre_record()
        if results is None or me is None:
            self.show_empty(self.analysis_missing_text())
            return
        self.show_page()
        self._fill_groups(results)
        self._fill_weights(results)
        model, plot_model = self.model(), self.plot_model()
        if results.dea_ready(model) and (plot_model is None or results.dea_ready(plot_model)):
            self._draw(model, plot_model)
            return
        self.status.setText(self.tr("Beregner effektivitetsfronten …"))
        self.ws.runner.submit(run_dea, results, model, plot_model, name=self.tr("Beregner effektivitetsfront"),
                              key="dea", on_done=lambda done: self._dea_done(results, done),
                              on_error=self._dea_failed)
        self._draw_similar()

    def _dea_done(self, results, done) -> None:
        if results is self.ws.results:
            self._draw(*done)

    def _dea_failed(self, exc) -> None:
        from jobcenter_bench.gui.errors import message_for

        self.status.setText(message_for(exc))
        self.ranking.set_records([])

    def _draw(self, model, plot_model) -> None:
        results = self.ws.results
        me = self.ws.centre_record()
        if results is None or me is None:
            return
        self.status.setText("")
        dea = results.dea(model)
        header, rows = results.dea_table(model, language())
        self.ranking.set_records([{"rank": r[3], "jobcenter": r[0], "efficiency": r[1], "super_efficiency": r[2],
                                   "saving": r[6]} for r in rows])
        self._select_in_ranking(me.jobcenter)
        self._draw_peers(results, dea, me.jobcenter)
        self._draw_plot(results, plot_model, dea, me.jobcenter)
        self._draw_similar()

    def _select_in_ranking(self, name: str) -> None:
        for row in range(self.ranking.proxy.rowCount()):
            src = self.ranking.proxy.mapToSource(self.ranking.proxy.index(row, 0)).row()
            if self.ranking.model.records[src]["jobcenter"] == name:
                self.ranking.view.selectRow(row)
                self.ranking.view.scrollTo(self.ranking.proxy.index(row, 0))
                return

    def _draw_peers(self, results, dea, name: str) -> None:
        lang = language()
        inputs, outputs = results.dea_variables(lang)
        me = dea.centre(name)
        if me.efficiency is None:
            self.centre_line.setText(self.tr("{name} er ikke med: {reason}").format(
                name=name, reason=(me.excluded_en if lang == "en" else me.excluded) or "–"))
            self.peer_table.set_records([])
            self.finding.setText("")
            self.hinge.setText("")
            return
        self.centre_line.setText(self.tr("{name}: θ = {theta}, målinput {target} {unit} (har {input})").format(
            name=name, theta=fmt(me.efficiency, 2), target=fmt(me.target_input, 1),
            unit=inputs[dea.model.input][1], input=fmt(me.input, 1)))
        cols = [Column("jobcenter", self.tr("Forbillede"), elide=True, min_width=90),
                Column("lambda", "λ", "number", 2, tooltip=self.tr("Forbilledets vægt")),
                Column("input", inputs[dea.model.input][0], "number", 1)]
        cols += [Column(k, outputs[k][0], "number", 2 if k.startswith("relative") else 0) for k in dea.model.outputs]
        cols.append(Column("cases_per_fte", self.tr("Sager pr. årsværk"), "number", 1))
        by_name = {c.jobcenter: c for c in dea.centres}
        records = []
        for peer, lam in ((name, None), *me.peers):
            c = by_name[peer]
            rec = results.find_centre(peer)
            records.append({"jobcenter": peer if lam is not None else self.tr("{name} (selv)").format(name=peer),
                            "lambda": lam, "input": c.input, **dict(c.outputs),
                            "cases_per_fte": rec.cases_per_fte if rec else None})
        self.peer_table.set_records(records, cols)
        from jobcenter_bench.reports.peers_page import finding, hinge_text

        self.finding.setText(finding(results, dea, me, lang))
        self.hinge.setText(hinge_text(results, dea, name, lang))

    def _draw_plot(self, results, plot_model, dea, name: str) -> None:
        lang = language()
        if plot_model is None:
            self.plot.show_message(self.tr("Vælg et input og et output"))
            return
        try:
            one = results.dea(plot_model)
        except BenchError as exc:
            self.plot.show_message(exc.text(lang))
            return
        inputs, outputs = results.dea_variables(lang)
        used = one.included()
        xs = [c.input for c in used]
        ys = [c.outputs[0][1] for c in used]
        names = [c.jobcenter for c in used]
        tips = [f"{c.jobcenter}: θ = {fmt(c.efficiency, 2)}" for c in used]
        peers = {p for p, _ in dea.centre(name).peers} if dea.centre(name).efficiency is not None else set()
        x_label = f"{inputs[plot_model.input][0]} ({inputs[plot_model.input][1]})"
        self.plot.set_labels(self.tr("Effektivitetsfront: ét input, ét output"), x_label,
                             outputs[plot_model.outputs[0]][0])
        self.plot.set_points(xs, ys, names, tips, selected=name, group=peers - {name},
                             labels=(self.tr("Øvrige"), self.tr("Forbilleder (valgt model)"), name))
        line = results.frontier_line(plot_model)
        if line:
            item = pg.PlotDataItem([p[0] for p in line], [p[1] for p in line],
                                   pen=pg.mkPen(OKABE_ITO[0], width=2))
            self.plot.addItem(item)
            self.plot.add_legend_entry(item, self.tr("Front"))

    # ------------------------------------------------------------------ similar centres
    def _fill_weights(self, results) -> None:
        variables = results.similarity_variables()
        if getattr(self, "_weight_vars", None) == variables:
            return
        self._weight_vars = variables
        defaults = results.default_similarity_weights()
        lang = language()
        self.weights.setRowCount(len(variables))
        for i, key in enumerate(variables):
            item = QTableWidgetItem(results.similarity_label(key, lang))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(key)
            self.weights.setItem(i, 0, item)
            spin = QDoubleSpinBox(self.weights)
            spin.setRange(0, 10)
            spin.setSingleStep(0.5)
            spin.setDecimals(1)
            spin.setValue(defaults.get(key, 0.0))
            spin.valueChanged.connect(self._draw_similar)
            self.weights.setCellWidget(i, 1, spin)

    def current_weights(self) -> dict[str, float]:
        out = {}
        for i, key in enumerate(getattr(self, "_weight_vars", ())):
            value = self.weights.cellWidget(i, 1).value()
            if value > 0:
                out[key] = value
        return out

    def set_weight(self, key: str, value: float) -> None:
        """Set one variable's weight (as the user would in the table)."""
        self.weights.cellWidget(self._weight_vars.index(key), 1).setValue(value)

    def _draw_similar(self, *_args) -> None:
        results = self.ws.results
        me = self.ws.centre_record()
        if results is None or me is None:
            return
        self.similar_title.setText(self.tr("De {n} mest sammenlignelige med {name}").format(
            n=self.n_box.value(), name=me.jobcenter))
        try:
            found = results.similar(me.jobcenter, self.current_weights(), self.n_box.value())
        except BenchError as exc:
            self.similar.set_records([])
            self.similar_title.setText(exc.text(language()))
            self._found = None
            return
        self._found = found
        theta = {}
        model = self.model()
        if results.dea_ready(model):
            theta = {c.jobcenter: c.efficiency for c in results.dea(model).centres}
        self.similar.set_records([{"jobcenter": c.jobcenter, "distance": c.distance,
                                   "efficiency": theta.get(c.jobcenter), "cases_per_fte": c.cases_per_fte,
                                   "effect": c.effect, "cost_per_fte": c.cost_per_fte} for c in found.centres])
        self.similar.measure_columns()  # θ arrives after the first draw: fit the columns again

    def _save_group(self) -> None:
        from jobcenter_bench.core.session import Session
        from jobcenter_bench.gui import errors

        found, name = getattr(self, "_found", None), self.group_name.text().strip()
        if found is None or self.ws.store is None:
            return
        if not name:
            errors.show_message(self, self.tr("Skriv et navn på sammenligningsgruppen."))
            return
        try:
            with self.ws.store.transaction():
                self.ws.store.save_peer_group(name, found.members(), found.jobcenter, dict(found.weights),
                                              self.ws.year)
        except BenchError as exc:
            errors.show_message(self, exc.text(language()))
            return
        groups = Session(self.ws.store).peer_groups()
        self.status.setText(self.tr("Gemt: {name}").format(name=name))
        self.ws.set_results(self.ws.results.with_peer_groups(groups))

    # ------------------------------------------------------------------ the comparison group
    def _fill_groups(self, results) -> None:
        names = [g.name for g in results.peer_groups]
        current = results.state.peer_group
        self.group_box.blockSignals(True)
        self.group_box.clear()
        self.group_box.addItem(self.tr("Klyngen"), None)
        for n in names:
            self.group_box.addItem(n, n)
        self.group_box.setCurrentIndex(names.index(current) + 1 if current in names else 0)
        self.group_box.blockSignals(False)

    def _group_chosen(self, index: int) -> None:
        self.choose_group(self.group_box.itemData(index))

    def choose_group(self, name: str | None) -> None:
        """Compare centres with saved group ``name`` (``None``: their cluster) in every view."""
        self._group_choice = name
        if self.ws.results is not None:
            self.ws.set_results(self.ws.results.with_peer_group(name))

    def _reapply_group(self) -> None:
        """New results (a recompute) start from the cluster: keep the user's chosen group."""
        results = self.ws.results
        if results is None or self.ws.computing or results.state.peer_group == self._group_choice:
            return
        if self._group_choice in [g.name for g in results.peer_groups]:
            self.ws.set_results(results.with_peer_group(self._group_choice))

    # ------------------------------------------------------------------ navigation
    def _ranking_chosen(self, index) -> None:
        self.ws.set_centre(self.ranking.model.records[self.ranking.proxy.mapToSource(index).row()]["jobcenter"])

    def _similar_chosen(self, index) -> None:
        self.ws.set_centre(self.similar.model.records[self.similar.proxy.mapToSource(index).row()]["jobcenter"])


if __name__ == "__main__":
    from jobcenter_bench.gui.views._preview import preview

    raise SystemExit(preview(PeersView))
