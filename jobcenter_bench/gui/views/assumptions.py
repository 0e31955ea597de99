"""The assumptions panel (Antagelser) of the levers view: scenario choice and every assumption.

Each edit makes a changed copy of the workspace's ``Scenario`` (``with_assumption``,
``with_parameter``, ``with_realisation``) and hands it to ``Workspace.set_scenario``, which
recomputes every lever at once; the views redraw on ``levers_changed``. Scenarios are chosen,
saved under a name and renamed here (stored in the project database by ``core.scenarios``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.levers.catalogue import catalogue
from jobcenter_bench.gui import errors
from jobcenter_bench.gui.i18n import language
from jobcenter_bench.gui.workspace import Workspace

#: Spin box range, step and decimals per parameter unit.
_UNIT_SPIN = {
    "share": (0.0, 1.0, 0.05, 2),
    "minutes": (0.0, 600.0, 1.0, 1),
    "minutes/day": (0.0, 480.0, 1.0, 1),
    "minutes/week": (0.0, 2400.0, 5.0, 1),
    "hours/week": (0.0, 40.0, 0.5, 2),
    "hours": (0.0, 2000.0, 1.0, 1),
    "interviews": (0.0, 100.0, 1.0, 1),
}


def spin(lo: float, hi: float, step: float, decimals: int, parent=None) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setRange(lo, hi)
    box.setSingleStep(step)
    box.setDecimals(decimals)
    box.setKeyboardTracking(False)  # recompute when a value is committed, not per keystroke
    box.setMinimumWidth(90)
    return box


class AssumptionsPanel(QScrollArea):
    """Scenario selector and editors for every assumption of the lever calculation."""

    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(parent)
        self.ws = workspace
        self.setWidgetResizable(True)
        self.setMinimumWidth(330)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self)
        lay = QVBoxLayout(body)
        self._quiet = False
        lay.addWidget(self._scenario_box(body))
        lay.addWidget(self._general_box(body))
        self.lever_box = QGroupBox(self.tr("Valgt forslag (klik i tabellen)"), body)
        self.lever_form = QFormLayout(self.lever_box)
        lay.addWidget(self.lever_box)
        lay.addStretch(1)
        self.setWidget(body)
        # never narrower than the editors need (there is no horizontal scroll bar)
        self.setMinimumWidth(max(330, body.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width() + 4))
        self.lever_id = ""
        self.param_boxes: dict[str, tuple[QDoubleSpinBox, QDoubleSpinBox]] = {}

    # ------------------------------------------------------------------ building
    def _scenario_box(self, parent) -> QGroupBox:
        box = QGroupBox(self.tr("Scenarie"), parent)
        lay = QVBoxLayout(box)
        self.scenario = QComboBox(box)
        self.scenario.activated.connect(lambda i: self._choose(self.scenario.itemText(i)))
        lay.addWidget(self.scenario)
        self.dirty = QLabel(box)
        self.dirty.setWordWrap(True)
        lay.addWidget(self.dirty)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Gem som…"), box)
        self.save_button.clicked.connect(self.save_as)
        self.rename_button = QPushButton(self.tr("Omdøb…"), box)
        self.rename_button.clicked.connect(self.rename)
        row.addWidget(self.save_button)
        row.addWidget(self.rename_button)
        lay.addLayout(row)
        return box

    def _general_box(self, parent) -> QGroupBox:
        box = QGroupBox(self.tr("Generelle antagelser"), parent)
        form = QFormLayout(box)
        self.general: dict[str, QDoubleSpinBox] = {}
        for key, label, (lo, hi, step, dec), tip in (
            ("effective_hours", self.tr("Effektive timer pr. årsværk"), (100, 2000, 5, 0),
             self.tr("Timer pr. årsværk til jobcenteropgaver (figur 4: 1.255)")),
            ("overhead_per_fte", self.tr("Overhead pr. årsværk (kr.)"), (0, 500000, 5000, 0),
             self.tr("Lægges til lønnen i timeprisen (KL/KOMBIT-notatet bruger 120.000 kr.)")),
            ("working_weeks", self.tr("Arbejdsuger pr. år"), (1, 52, 0.5, 1), ""),
            ("working_days", self.tr("Arbejdsdage pr. år"), (1, 365, 1, 0), ""),
            ("hours_per_day", self.tr("Timer pr. arbejdsdag"), (1, 12, 0.1, 1), ""),
        ):
            box_ = spin(lo, hi, step, dec, box)
            box_.setGroupSeparatorShown(True)  # 120.000 kr. in Danish, 120,000 in English
            box_.setToolTip(tip)
            box_.valueChanged.connect(lambda v, k=key: self._assumption(k, v))
            self.general[key] = box_
            form.addRow(label, box_)
        self.all_realisation = spin(-1, 100, 5, 0, box)  # -1 = the levers differ ("blandet")
        self.all_realisation.setSuffix(" %")
        self.all_realisation.setSpecialValueText(self.tr("forskellig"))
        self.all_realisation.setToolTip(self.tr("Sætter realiseringsgraden for alle forslag på én gang"))
        self.all_realisation.valueChanged.connect(self._realisation_all)
        form.addRow(self.tr("Realiseringsgrad, alle forslag"), self.all_realisation)
        self.average = QComboBox(box)
        self.average.addItem(self.tr("Landsgennemsnit"), "national")
        self.average.addItem(self.tr("Klyngegennemsnit"), "cluster")
        self.average.activated.connect(lambda i: self._assumption("average", self.average.itemData(i)))
        form.addRow(self.tr("Ned til gennemsnittet af:"), self.average)
        return box

    # ------------------------------------------------------------------ showing
    def refresh(self) -> None:
        sc = self.ws.scenario_obj
        self.setEnabled(sc is not None)
        if sc is None:
            return
        self._quiet = True
        names = self.ws.scenario_names()
        if sc.name not in names:
            names.append(sc.name)
        if names != [self.scenario.itemText(i) for i in range(self.scenario.count())]:
            self.scenario.clear()
            self.scenario.addItems(names)
        self.scenario.setCurrentIndex(names.index(sc.name))
        dirty = self.tr("Ændret – gem under et navn for at beholde ændringerne.") if self.ws.scenario_dirty else ""
        if dirty != self.dirty.text():
            self.dirty.setText(dirty)
        self.rename_button.setEnabled(sc.name != "Standard" and not self.ws.scenario_dirty)
        for key, box in self.general.items():
            if box.value() != float(sc.assumptions[key]):
                box.setValue(float(sc.assumptions[key]))
        self.average.setCurrentIndex(max(0, self.average.findData(sc.assumptions["average"])))
        shares = set(sc.realisation.values())
        self.all_realisation.setValue(100 * shares.pop() if len(shares) == 1 else -1)
        self._quiet = False
        if self.lever_id:
            self._fill_lever_values()

    def show_lever(self, lever_id: str) -> None:
        """Show the parameters and realisation share of one lever for editing."""
        self.lever_id = lever_id
        lever = catalogue().lever(lever_id)
        while self.lever_form.rowCount():
            self.lever_form.removeRow(0)
        en = language() == "en"
        title = QLabel(f"<b>{lever.id}</b> {lever.name(language())}", self.lever_box)
        title.setWordWrap(True)
        title.setToolTip(lever.description(language()))
        self.lever_form.addRow(title)
        if not lever.quantified:
            note = QLabel(self.tr("Ikke kvantificeret i rapporten: {reason}").format(reason=lever.unquantified_reason),
                          self.lever_box)
            note.setWordWrap(True)
            self.lever_form.addRow(note)
        self.realisation = spin(0, 100, 5, 0, self.lever_box)
        self.realisation.setSuffix(" %")
        self.realisation.valueChanged.connect(self._realisation)
        self.lever_form.addRow(self.tr("Realiseringsgrad"), self.realisation)
        self.param_boxes = {}
        for p in lever.parameters:
            lo, hi, step, dec = _UNIT_SPIN.get(p.unit, (0.0, 1e6, 1.0, 2))
            low, high = spin(lo, hi, step, dec, self.lever_box), spin(lo, hi, step, dec, self.lever_box)
            low.valueChanged.connect(lambda v, k=p.key: self._parameter(k, low=v))
            high.valueChanged.connect(lambda v, k=p.key: self._parameter(k, high=v))
            for b in (low, high):
                b.setToolTip(p.source)
            row = QHBoxLayout()
            row.addWidget(QLabel(self.tr("lav"), self.lever_box))
            row.addWidget(low)
            row.addWidget(QLabel(self.tr("høj"), self.lever_box))
            row.addWidget(high)
            label = QLabel(f"{p.label_en if en else p.label_da} ({_unit_text(self, p.unit)})", self.lever_box)
            label.setWordWrap(True)
            self.lever_form.addRow(label)
            self.lever_form.addRow(row)
            self.param_boxes[p.key] = (low, high)
        self._fill_lever_values()

    def _fill_lever_values(self) -> None:
        sc = self.ws.scenario_obj
        if sc is None or self.lever_id not in sc.parameters:
            return
        self._quiet = True
        self.realisation.setValue(100 * float(sc.realisation.get(self.lever_id, 1.0)))
        for key, (low, high) in self.param_boxes.items():
            lo, hi = sc.parameters[self.lever_id][key]
            low.setValue(lo)
            high.setValue(hi)
        self._quiet = False

    # ------------------------------------------------------------------ editing
    def _apply(self, make) -> None:
        if self._quiet or self.ws.scenario_obj is None:
            return
        try:
            scenario = make(self.ws.scenario_obj)
        except BenchError as exc:
            errors.show_error(self, exc)
            self.refresh()
            return
        self.ws.set_scenario(scenario)

    def _assumption(self, key: str, value) -> None:
        self._apply(lambda sc: sc.with_assumption(key, value))

    def _parameter(self, key: str, low: float | None = None, high: float | None = None) -> None:
        self._apply(lambda sc: sc.with_parameter(self.lever_id, key, low, high))

    def _realisation(self, percent: float) -> None:
        self._apply(lambda sc: sc.with_realisation(self.lever_id, percent / 100))

    def _realisation_all(self, percent: float) -> None:
        if percent < 0:  # "forskellig": nothing to set
            return

        def every(sc):
            for lever_id in sc.realisation:
                sc = sc.with_realisation(lever_id, percent / 100)
            return sc

        self._apply(every)

    def _choose(self, name: str) -> None:
        if name and (name != self.ws.scenario_obj.name or self.ws.scenario_dirty):
            try:
                self.ws.choose_scenario(name)
            except BenchError as exc:
                errors.show_error(self, exc)

    def save_as(self, name: str | None = None) -> None:
        if not name:
            name, ok = QInputDialog.getText(self, self.tr("Gem scenarie"), self.tr("Navn på scenariet:"))
            if not ok:
                return
        try:
            self.ws.save_scenario(name)
        except BenchError as exc:
            errors.show_error(self, exc)

    def rename(self, name: str | None = None) -> None:
        if not name:
            name, ok = QInputDialog.getText(self, self.tr("Omdøb scenarie"), self.tr("Nyt navn:"),
                                            text=self.ws.scenario_obj.name)
            if not ok:
                return
        try:
            self.ws.rename_scenario(name)
        except BenchError as exc:
            errors.show_error(self, exc)


def _unit_text(panel: AssumptionsPanel, unit: str) -> str:
    return {
        "share": panel.tr("andel 0–1"), "minutes": panel.tr("minutter"), "minutes/day": panel.tr("minutter pr. dag"),
        "minutes/week": panel.tr("minutter pr. uge"), "hours/week": panel.tr("timer pr. uge"),
        "hours": panel.tr("timer"), "interviews": panel.tr("samtaler"),
    }.get(unit, unit)
