"""Model view (Model): the effect model's regression table, variable choice and diagnostics.

Every number comes from ``core.analysis`` (``YearAnalysis.models`` = statsmodels tables,
``relationships``, ``robustness``). Choosing variables, weights or the prediction source sets
new ``AnalysisOptions`` and reruns the analysis in the worker (statsmodels never runs on the
GUI thread). The diagnostic plot is a true residual plot of our own OLS (WLS with population
weights): per centre the residual (observed − fitted) against the fitted value, from
``YearAnalysis.point_fits`` (the core fits the own model for it even when the published
predictions are the source of the effect), for the rate chosen in "Vis tabel for".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jobcenter_bench.gui.i18n import fmt, language
from jobcenter_bench.gui.views._base import View, wrapped_label
from jobcenter_bench.gui.widgets.charts import ScatterChart
from jobcenter_bench.gui.widgets.table import Column, RecordTable


class ModelView(View):
    def title(self) -> str:
        return self.tr("Model")

    def build(self, page: QWidget) -> None:
        grid = QGridLayout(page)
        controls = QGroupBox(self.tr("Modelvalg"), page)
        form = QFormLayout(controls)
        self.source = QComboBox(controls)
        for key, text in (("auto", self.tr("Automatisk (publiceret hvis importeret)")),
                          ("published", self.tr("Publicerede forudsigelser")), ("own", self.tr("Egen regressionsmodel"))):
            self.source.addItem(text, key)
        form.addRow(self.tr("Forventet forsørgelsesgrad:"), self.source)
        self.weights = QComboBox(controls)
        self.weights.addItem(self.tr("Uvægtet (OLS)"), None)
        self.weights.addItem(self.tr("Befolkningsvægtet (WLS)"), "population")
        form.addRow(self.tr("Vægte:"), self.weights)
        self.rate = QComboBox(controls)
        self.rate.addItem(self.tr("ADP+KTH+SDP"), "core")
        self.rate.addItem(self.tr("Alle ydelser"), "all")
        self.rate.currentIndexChanged.connect(lambda _: self.refresh())
        form.addRow(self.tr("Vis tabel for:"), self.rate)
        self.variables = QListWidget(controls)
        self.variables.setMinimumHeight(90)  # the list takes the height the group has to spare
        # the list gets the group's whole width (below its label); a name still too long is cut
        # with "…" and shown whole in the tooltip, never hidden behind a sideways scroll bar
        self.variables.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.variables.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._labels: dict[str, str] = {}
        heading = QLabel(self.tr("Rammevilkår:"), controls)
        heading.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        form.addRow(heading)
        form.addRow(self.variables)
        self.apply = QPushButton(self.tr("Genberegn model"), controls)
        self.apply.clicked.connect(self._apply)
        form.addRow(self.apply)
        grid.addWidget(controls, 0, 0)
        table_box = QGroupBox(self.tr("Regressionstabel"), page)
        tlay = QVBoxLayout(table_box)
        self.summary = wrapped_label(table_box, "summary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tlay.addWidget(self.summary)
        self.table = RecordTable([
            Column("name", self.tr("Variabel"), getter=self._variable_label, wrap=True, min_width=120),
            Column("estimate", self.tr("Koefficient"), "number", None),
            Column("std_error", self.tr("Standardfejl"), "number", None),
            Column("t", self.tr("t"), "number", 2),
            Column("p", self.tr("p"), "number", 3),
            Column("ci_low", self.tr("95 % KI, nedre"), "number", None),
            Column("ci_high", self.tr("95 % KI, øvre"), "number", None),
        ], filterable=False, parent=table_box, fit_width=True)
        tlay.addWidget(self.table)
        grid.addWidget(table_box, 0, 1, 1, 2)
        self.resid = ScatterChart(self.tr("Residualer mod forventede værdier (egen OLS-model)"),
                                  self.tr("Forventet forsørgelsesgrad, egen model (%)"),
                                  self.tr("Residual = observeret − forventet (pp)"), parent=page)
        self.resid.point_clicked.connect(self.ws.set_centre)
        grid.addWidget(self.resid, 1, 0)
        self.influential = RecordTable([
            Column("jobcenter", self.tr("Indflydelsesrige jobcentre"), elide=True),
            Column("cooks_distance", self.tr("Cooks afstand"), "number", 3),
        ], filterable=False, parent=page, fit_width=True)
        grid.addWidget(self.influential, 1, 1)
        self.relationships = RecordTable([
            Column("label", self.tr("Sammenhæng"), elide=True, min_width=150),
            Column("n", self.tr("N"), "number"),
            Column("slope", self.tr("Hældning"), "number", 3),
            Column("slope_ci", self.tr("95 % KI"), getter=self._interval,
                   tooltip=self.tr("95 % konfidensinterval for hældningen")),
            Column("slope_p", self.tr("p"), "number", 3, tooltip=self.tr("p-værdi for hældningen")),
            Column("pearson_r", self.tr("r"), "number", 2, tooltip=self.tr("Pearsons korrelationskoefficient r")),
            Column("spearman_rho", self.tr("ρ"), "number", 2, tooltip=self.tr("Spearmans rangkorrelation ρ")),
        ], filterable=False, parent=page, fit_width=True)
        # three relationships: each row has room for its name on up to four lines
        lines = self.relationships.view.fontMetrics().lineSpacing()
        self.relationships.view.verticalHeader().setDefaultSectionSize(4 * lines + 6)
        self.relationships.view.setWordWrap(True)
        self.tabs = QTabWidget(page)
        self.tabs.addTab(self.relationships, self.tr("Sammenhænge"))
        self.robustness = RecordTable([
            Column("label", self.tr("Alternativ definition"), elide=True),
            Column("n", self.tr("N"), "number"),
            Column("spearman_rho", self.tr("Spearman ρ mod hoveddefinition"), "number", 3),
            Column("changes", self.tr("Skifter kvadrant"), elide=True),
        ], filterable=False, parent=page, fit_width=True)
        self.tabs.addTab(self.robustness, self.tr("Robusthed"))
        grid.addWidget(self.tabs, 1, 2)
        for c, stretch in enumerate((3, 2, 4)):  # the regression table (columns 1–2) gets 6/9
            grid.setColumnStretch(c, stretch)
        grid.setRowStretch(0, 3)  # the regression table's variable names wrap: room for six rows
        grid.setRowStretch(1, 2)

    def _interval(self, relationship: dict) -> str:
        """The slope's 95 % confidence interval as "low til high" in the UI language."""
        return self.tr("{low} til {high}").format(low=fmt(relationship["slope_ci_low"], 3),
                                                  high=fmt(relationship["slope_ci_high"], 3))

    def _relationship_label(self, relationship) -> str:
        """A readable name of a tested relationship: "Sager pr. årsværk mod forudsagt forsørgelsesgrad"."""
        names = {"predicted_rate_all": self.tr("forudsagt forsørgelsesgrad, alle ydelser"),
                 "predicted_rate": self.tr("forudsagt forsørgelsesgrad"),
                 "cases_per_fte": self.tr("sager pr. årsværk"), "effect": self.tr("effekt")}
        y, x = names.get(relationship.y, relationship.y), names.get(relationship.x, relationship.x)
        text = self.tr("{y} mod {x}").format(y=y, x=x)
        return text[:1].upper() + text[1:]

    def _variable_label(self, coefficient) -> str:
        """The register variable's label in the UI language ("const" is the intercept)."""
        if coefficient.name == "const":
            return self.tr("Konstant")
        return self._labels.get(coefficient.name) or coefficient.name

    def refresh(self) -> None:
        result = self.ws.analysis
        if result is None:
            self.show_empty(self.analysis_missing_text())
            return
        self.show_page()
        en = language() == "en"
        self._labels = {v["name"]: v["label_en" if en else "label_da"] for v in self.ws.store.variables()}
        self._fill_controls(result)
        model = result.models.get(self.rate.currentData() or "core")
        source = self.tr("publicerede forudsigelser") if result.prediction_source == "published" \
            else self.tr("egen regressionsmodel")
        if not self.ws.has_inference:  # the first results come without it: compute it now
            self.summary.setText(self.tr("Beregner regressionstabellen …"))
            self.table.set_records([])
            self.influential.set_records([])
            self.ws.ensure_inference()
        elif model is None:
            self.summary.setText(self.tr("Ingen regressionstabel: {note}").format(note=result.model_note or "–"))
            self.table.set_records([])
            self.influential.set_records([])
        else:
            self.summary.setText(self.tr(
                "Kilde til forventet forsørgelsesgrad i analysen: {source}.\nN = {n}, R² = {r2}, justeret R² = "
                "{r2a}, F-test p = {fp}. Indflydelsesrig: Cooks afstand over {cook}.").format(
                source=source, n=model.n, r2=fmt(model.r_squared, 3), r2a=fmt(model.r_squared_adj, 3),
                fp=fmt(model.f_pvalue, 4), cook=fmt(model.cooks_threshold, 3)))
            self.table.set_records(model.coefficients)
            self.influential.set_records(model.influential)
        self._residuals(result)
        self.relationships.set_records([
            {**vars(r), "label": self._relationship_label(r)} for r in result.relationships])
        def quad(key):
            return self.ws.results.quadrant_name(key, "en" if en else "da")

        self.robustness.set_records([
            {"label": r.label_en if en else r.label, "n": r.n, "spearman_rho": r.spearman_rho,
             "changes": ", ".join(f"{ch.jobcenter} ({quad(ch.main)} → {quad(ch.variant)})" for ch in r.changes)
             or "–"} for r in result.robustness])

    def _residuals(self, result) -> None:
        """Residuals (observed − fitted) against fitted values of the own model for the chosen rate."""
        fit = result.point_fits.get(self.rate.currentData() or "core")
        if fit is None:
            self.resid.set_labels(self.tr("Residualer mod forventede værdier (egen OLS-model)"), "", "")
            self.resid.show_message(self.tr("Egen model kan ikke estimeres (ingen rammevilkår eller for få jobcentre)"))
            return
        model = self.tr("egen WLS-model, befolkningsvægtet") if fit.weights else self.tr("egen OLS-model")
        self.resid.set_labels(self.tr("Residualer mod forventede værdier ({model})").format(model=model),
                              self.tr("Forventet forsørgelsesgrad, egen model (%)"),
                              self.tr("Residual = observeret − forventet (pp)"))
        tip = self.tr("{name}\nforventet {fitted} %, residual {residual} pp")
        tips = [tip.format(name=n, fitted=fmt(f, 2), residual=fmt(e, 2))
                for n, f, e in zip(fit.jobcentres, fit.fitted, fit.residuals, strict=True)]
        self.resid.set_points(list(fit.fitted), list(fit.residuals), list(fit.jobcentres), tips,
                              self.ws.centre, set(), None, 0.0)

    def _fill_controls(self, result) -> None:
        opts = result.options
        self.source.setCurrentIndex(max(0, self.source.findData(opts.prediction)))
        self.weights.setCurrentIndex(max(0, self.weights.findData(opts.weights)))
        chosen = set(result.variables)
        self.variables.clear()
        labels = {v["name"]: v["label_en" if language() == "en" else "label_da"] for v in self.ws.store.variables()}
        for name in self.ws.store.framework_variables(result.year):
            item = QListWidgetItem(labels.get(name) or name, self.variables)
            item.setToolTip(labels.get(name) or name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)

    def _apply(self) -> None:
        from jobcenter_bench.core.session import AnalysisOptions, with_options

        variables = tuple(self.variables.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.variables.count())
                          if self.variables.item(i).checkState() == Qt.CheckState.Checked)
        base = self.ws.options or AnalysisOptions()
        self.ws.set_options(with_options(base, variables=variables or None, prediction=self.source.currentData(),
                                         weights=self.weights.currentData()))


if __name__ == "__main__":
    from jobcenter_bench.gui.views._preview import preview

    raise SystemExit(preview(ModelView))
