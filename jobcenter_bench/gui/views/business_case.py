"""Business case view: chosen levers, investments and phase-in → five-year table and payback.

Everything is computed by ``core.business_case.build_business_case`` from the workspace's lever
results; the inputs are stored in the scenario (``Scenario.with_business_case``), so saving the
scenario keeps them. Any edit recomputes and redraws at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.levers.catalogue import HORIZONS
from jobcenter_bench.core.numbers import NumberFormatError, parse_number
from jobcenter_bench.core.session import BUSINESS_CASE_YEARS as YEARS
from jobcenter_bench.core.session import BusinessCaseInputs, LeverInputs
from jobcenter_bench.gui import errors
from jobcenter_bench.gui.i18n import fmt, language
from jobcenter_bench.gui.views._base import View, wrapped_label
from jobcenter_bench.gui.widgets.charts import OKABE_ITO, BarChart
from jobcenter_bench.gui.widgets.table import Column, RecordTable

MIO = 1e6
#: Editable number columns of the lever table (input fields, from column 3).
_EDIT = ("one_off", "one_off_year", "yearly")
#: Text inputs of a lever, edited in the panel below the table for the selected lever.
_TEXTS = ("owner", "success_measure")


class BusinessCaseView(View):
    listens = ("database_changed", "year_changed", "centre_changed", "levers_changed")

    def title(self) -> str:
        return self.tr("Business case")

    def build(self, page: QWidget) -> None:
        grid = QGridLayout(page)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Skøn:"), page))
        self.estimate = QComboBox(page)
        for key, text in (("low", self.tr("Lavt (forsigtigt)")), ("mid", self.tr("Midt")), ("high", self.tr("Højt"))):
            self.estimate.addItem(text, key)
        self.estimate.activated.connect(lambda _: self._edited())
        top.addWidget(self.estimate)
        self.payback = wrapped_label(page, "payback")
        self.payback.setStyleSheet("font-size: 10pt; font-weight: bold;")
        top.addWidget(self.payback, 1)
        grid.addLayout(top, 0, 0, 1, 2)
        levers_box = QGroupBox(self.tr("Forslag i business casen (markér for at vælge; alle beløb i kr.)"), page)
        self.levers = QTableWidget(levers_box)
        self.levers.verticalHeader().setVisible(False)
        self.levers.itemChanged.connect(lambda _: self._edited())
        # the name column takes the width the numbers leave (cut with "…", whole in the tooltip
        # and in the panel below), so the inputs are in view without scrolling sideways
        self.levers.setWordWrap(False)
        self.levers.verticalHeader().setDefaultSectionSize(self.levers.fontMetrics().height() + 8)
        self.levers.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.levers.currentCellChanged.connect(lambda *_: self._show_detail())
        box_lay = QVBoxLayout(levers_box)
        box_lay.addWidget(self.levers)
        box_lay.addLayout(self._build_detail(levers_box))
        grid.addWidget(levers_box, 1, 0)
        phase_box = QGroupBox(self.tr("Indfasning (andel af fuld gevinst pr. år, 0–1)"), page)
        self.phase = QTableWidget(len(HORIZONS), YEARS, phase_box)
        self.phase.verticalHeader().setDefaultSectionSize(24)
        self.phase.setFixedHeight(self.phase.horizontalHeader().sizeHint().height() + 3 * 24 + 6)
        self.phase.itemChanged.connect(lambda _: self._edited())
        self.phase.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        QVBoxLayout(phase_box).addWidget(self.phase)
        grid.addWidget(phase_box, 2, 0)
        self.chart = BarChart(self.tr("Fem års business case"), "", self.tr("Mio. kr."), parent=page)
        grid.addWidget(self.chart, 1, 1)
        years_box = QGroupBox(self.tr("Fem års tabel (mio. kr.)"), page)
        self.years = RecordTable([
            Column("year", self.tr("År")),
            Column("gross", self.tr("Brutto"), "number", 2, getter=lambda r: r.gross / MIO),
            Column("overlap", self.tr("Overlap"), "number", 2, getter=lambda r: r.overlap / MIO),
            Column("investments", self.tr("Invest."), "number", 2, getter=lambda r: r.investments / MIO),
            Column("net", self.tr("Netto"), "number", 2, getter=lambda r: r.net / MIO),
            Column("cumulative", self.tr("Akkum."), "number", 2, getter=lambda r: r.cumulative / MIO),
        ], filterable=False, parent=years_box)
        QVBoxLayout(years_box).addWidget(self.years)
        self.years.view.setFixedHeight(self.years.view.horizontalHeader().sizeHint().height() + YEARS * 22 + 6)
        grid.addWidget(years_box, 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(2, 0)
        self._quiet = False
        self.case = None
        self._texts: dict[str, dict[str, str]] = {}  # lever id → owner and success measure

    def _build_detail(self, parent: QWidget) -> QGridLayout:
        """Owner and success measure of the lever selected in the table (one line each)."""
        lay = QGridLayout()
        self.detail_name = wrapped_label(parent, "detail_name")
        self.detail_name.setStyleSheet("font-weight: bold;")
        lay.addWidget(self.detail_name, 0, 0, 1, 4)
        self.detail: dict[str, QLineEdit] = {}
        for col, (key, text) in enumerate((("owner", self.tr("Gevinstansvarlig:")),
                                            ("success_measure", self.tr("Succesmål:")))):
            edit = QLineEdit(parent)
            edit.editingFinished.connect(lambda key=key: self._text_edited(key))
            self.detail[key] = edit
            lay.addWidget(QLabel(text, parent), 1, 2 * col)
            lay.addWidget(edit, 1, 2 * col + 1)
        lay.setColumnStretch(1, 1)
        lay.setColumnStretch(3, 2)
        return lay

    def _current_lever(self) -> str | None:
        row = self.levers.currentRow()
        item = self.levers.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _show_detail(self) -> None:
        """Show the selected lever's full name, owner and success measure below the table."""
        lid = self._current_lever()
        if lid is None:
            self.detail_name.setText(self.tr("Markér et forslag i tabellen for at angive gevinstansvarlig og succesmål."))
        else:
            self.detail_name.setText(self.levers.item(self.levers.currentRow(), 0).text())
        for key, edit in self.detail.items():
            edit.setEnabled(lid is not None)
            edit.setText(self._texts.get(lid, {}).get(key, "") if lid else "")

    def _text_edited(self, key: str) -> None:
        lid = self._current_lever()
        text = self.detail[key].text().strip()
        if lid is None or self._texts.get(lid, {}).get(key, "") == text:
            return
        self._texts.setdefault(lid, {})[key] = text
        self._edited()

    def inputs(self) -> BusinessCaseInputs:
        sc = self.ws.scenario_obj
        return BusinessCaseInputs.from_dict(sc.business_cases.get(self.ws.centre) if sc else None)

    def refresh(self) -> None:
        if self.ws.levers is None or self.ws.scenario_obj is None:
            self.show_empty(self.ws.levers_error or self.tr("Ingen data"))
            return
        inputs = self.inputs()
        try:
            self.case = self.ws.results.build_business_case(self.ws.centre, inputs)
        except BenchError as exc:
            self.show_empty(exc.text(language()))
            return
        self.show_page()
        self._quiet = True
        self.estimate.setCurrentIndex(max(0, self.estimate.findData(inputs.estimate)))
        self._fill_levers(inputs)
        self._fill_phase(inputs)
        self._quiet = False
        case = self.case
        self.years.set_records(case.years)
        cats = [str(r.year) for r in case.years]
        self.chart.set_bars(cats, [(self.tr("Brutto"), [r.gross / MIO for r in case.years]),
                                   (self.tr("Investeringer"), [r.investments / MIO for r in case.years]),
                                   (self.tr("Netto"), [r.net / MIO for r in case.years])],
                            colours=[OKABE_ITO[2], OKABE_ITO[5], OKABE_ITO[0]], decimals=2,
                            tooltip_unit=self.tr("mio. kr."))
        self.chart.add_line(self.tr("Akkumuleret netto"), [r.cumulative / MIO for r in case.years])
        if not any(r.investments for r in case.years):
            # nothing invested: "paid back" would be trivially true
            year = self.tr("– (ingen investering angivet: skriv engangsinvestering eller årlig udgift "
                           "i tabellen)")
        elif case.payback_year is not None:
            year = str(case.payback_year)
        else:
            year = self.tr("ikke inden for fem år")
        self.payback.setText(self.tr("{centre}: {n} forslag, netto år 5: {net} mio. kr.; tilbagebetalt: {year}").format(
            centre=case.jobcenter, n=len(case.levers), net=fmt(case.years[-1].net / MIO, 2), year=year))

    def _fill_levers(self, inputs: BusinessCaseInputs) -> None:
        results = self.ws.levers
        en = language() == "en"
        chosen = {row["id"]: row for row in self.case.levers}
        quantified = [lv for lv in results.levers if lv.quantified]
        short = {"short": self.tr("0–2 år"), "medium": self.tr("3–4 år"), "long": self.tr("5+ år")}
        scope = results.scope(self.ws.centre)
        potential = {r.id: r for r in scope.levers}
        headers = [  # (short header, tooltip)
            (self.tr("Forslag"), self.tr("Forslag (markér for at vælge)")),
            (self.tr("Horisont"), self.tr("Tidshorisont")),
            (self.tr("Potentiale, kr."), self.tr("Potentiale lav–høj (kr. pr. år)")),
            (self.tr("Engangsinvest."), self.tr("Engangsinvestering (kr.)")),
            (self.tr("År (1–5)"), self.tr("Investeringsår (1–5)")),
            (self.tr("Årlig udgift"), self.tr("Årlig udgift (kr.)")),
        ]
        self.levers.setColumnCount(len(headers))
        self.levers.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, (text, tip) in enumerate(headers):
            head = QTableWidgetItem(text)
            head.setToolTip(tip)
            self.levers.setHorizontalHeaderItem(col, head)
        self.levers.setRowCount(len(quantified))
        self._texts = {}
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for i, lv in enumerate(quantified):
            name = QTableWidgetItem(f"{lv.id} {lv.name_en if en else lv.name_da}")
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Checked if lv.id in chosen else Qt.CheckState.Unchecked)
            name.setData(Qt.ItemDataRole.UserRole, lv.id)
            name.setToolTip(name.text())
            self.levers.setItem(i, 0, name)
            p = potential[lv.id]
            for col, text in ((1, short[lv.horizon]),
                              (2, f"{fmt(p.low_dkk, 0)}–{fmt(p.high_dkk, 0)}")):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.levers.setItem(i, col, item)
            li = inputs.levers.get(lv.id, LeverInputs())
            for col, key in enumerate(_EDIT, start=3):
                item = QTableWidgetItem(fmt(getattr(li, key), 0))
                item.setTextAlignment(right)
                self.levers.setItem(i, col, item)
            self._texts[lv.id] = {key: str(getattr(li, key)) for key in _TEXTS}
        for col in range(1, len(headers)):
            self.levers.resizeColumnToContents(col)
        self._show_detail()

    def _fill_phase(self, inputs: BusinessCaseInputs) -> None:
        en = language() == "en"
        keys = list(HORIZONS)
        self.phase.setVerticalHeaderLabels([HORIZONS[k][1 if en else 0] for k in keys])
        self.phase.setHorizontalHeaderLabels([self.tr("År {n}").format(n=n) for n in range(1, YEARS + 1)])
        for r, key in enumerate(keys):
            for c, share in enumerate(inputs.phase_in[key]):
                self.phase.setItem(r, c, QTableWidgetItem(fmt(share, 2)))

    def collect(self) -> BusinessCaseInputs:
        """Read the widgets into business-case inputs (numbers in the UI language's format)."""
        dec = "," if language() == "da" else "."
        selected, levers = [], {}
        for i in range(self.levers.rowCount()):
            lid = self.levers.item(i, 0).data(Qt.ItemDataRole.UserRole)
            if self.levers.item(i, 0).checkState() == Qt.CheckState.Checked:
                selected.append(lid)
            values = {key: parse_number(self.levers.item(i, col).text().strip() or "0", dec)
                      for col, key in enumerate(_EDIT, start=3)}
            values.update({key: self._texts.get(lid, {}).get(key, "") for key in _TEXTS})
            values["one_off_year"] = int(values["one_off_year"]) or 1
            levers[lid] = LeverInputs(**values)
        phase = {key: [parse_number(self.phase.item(r, c).text() or "0", dec) for c in range(YEARS)]
                 for r, key in enumerate(HORIZONS)}
        prev = self.inputs()  # what this view does not edit: start and base year, criteria, benefit tree
        return BusinessCaseInputs(selected=selected, estimate=self.estimate.currentData(), phase_in=phase,
                                  levers=levers, start_year=prev.start_year, base_year=prev.base_year,
                                  criteria=prev.criteria, benefit_tree=prev.benefit_tree)

    def _edited(self) -> None:
        if self._quiet or self.ws.scenario_obj is None:
            return
        try:
            inputs = self.collect()
            self.ws.results.build_business_case(self.ws.centre, inputs)  # validates before storing
        except NumberFormatError as exc:
            errors.show_message(self, self.tr("Ugyldigt tal: {error}").format(error=exc))
            self.refresh()
            return
        except BenchError as exc:
            errors.show_error(self, exc)
            self.refresh()
            return
        self.ws.set_scenario(self.ws.scenario_obj.with_business_case(self.ws.centre, inputs.to_dict()))


if __name__ == "__main__":
    from jobcenter_bench.gui.views._preview import preview

    raise SystemExit(preview(BusinessCaseView))
