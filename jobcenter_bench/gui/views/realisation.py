"""Realisation view (gevinstrealisering): success criteria, follow-up and the benefit tree.

Tab "Opfølgning": the success criteria of the centre's business case in the working scenario,
followed up in the year shown (``Results.realisation``): baseline, target, deadline and owner
(target, deadline and owner editable), actual value, share of the way, expected share and status,
and per lever the planned against the realised gain. Without criteria, "Foreslå succeskriterier"
proposes them from each lever's driver on the year shown (``Results.propose_criteria``).
Tab "Gevinsttræ": levers → changes → gains → goals drawn left to right (``Results.benefit_tree``);
the goals are edited as text, one per line (the KL/KOMBIT note's four goals to start with).
Edits go into the scenario (``Scenario.with_business_case``); saving the scenario keeps them.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.numbers import NumberFormatError, parse_number
from jobcenter_bench.core.session import BusinessCaseInputs
from jobcenter_bench.gui import errors
from jobcenter_bench.gui.i18n import fmt, language
from jobcenter_bench.gui.views._base import View, wrapped_label

#: Fill and border colour per node kind (economic red, service green as in the note's figures).
NODE_COLOURS = {"lever": ("#dbe7f3", "#0072B2"), "change": ("#eef2f7", "#6b7c93"),
                "economic": ("#f8dcd6", "#D55E00"), "service": ("#d7efe4", "#009E73"),
                "goal": ("#fdf1cf", "#a37b00")}
STATUS_COLOURS = {"reached": "#009E73", "on_track": "#0072B2", "behind": "#D55E00"}
#: Editable columns of the criteria table: column -> criterion field.
_EDIT = {3: "target", 4: "deadline", 9: "owner"}


def _pct(x) -> str:
    return "–" if x is None else f"{fmt(100 * x, 0)} %"


class RealisationView(View):
    listens = ("database_changed", "year_changed", "centre_changed", "levers_changed", "results_changed")

    def title(self) -> str:
        return self.tr("Gevinstrealisering")

    def build(self, page: QWidget) -> None:
        lay = QVBoxLayout(page)
        top = QHBoxLayout()
        self.heading = wrapped_label(page, "realisation_heading")
        self.heading.setStyleSheet("font-size: 10pt; font-weight: bold;")
        top.addWidget(self.heading, 1)
        self.propose = QPushButton(self.tr("Foreslå succeskriterier"), page)
        self.propose.setToolTip(self.tr("Foreslå succeskriterier for de valgte forslag ud fra hvert forslags "
                                        "driver, med udgangspunkt i det viste år"))
        self.propose.clicked.connect(self._propose)
        top.addWidget(self.propose)
        lay.addLayout(top)
        self.tabs = QTabWidget(page)
        lay.addWidget(self.tabs, 1)
        follow = QWidget(self.tabs)
        f_lay = QVBoxLayout(follow)
        self.criteria = QTableWidget(follow)
        self.criteria.verticalHeader().setVisible(False)
        self.criteria.itemChanged.connect(self._criterion_edited)
        f_lay.addWidget(self.criteria, 3)
        self.problems = wrapped_label(follow, "realisation_problems")
        self.problems.setStyleSheet("color: #D55E00;")
        f_lay.addWidget(self.problems)
        self.gains = QTableWidget(follow)
        self.gains.verticalHeader().setVisible(False)
        self.gains.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        f_lay.addWidget(self.gains, 2)
        self.tabs.addTab(follow, self.tr("Opfølgning"))
        tree_page = QWidget(self.tabs)
        t_lay = QHBoxLayout(tree_page)
        self.scene = QGraphicsScene(tree_page)
        self.tree_view = QGraphicsView(self.scene, tree_page)
        self.tree_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        t_lay.addWidget(self.tree_view, 4)
        side = QVBoxLayout()
        side.addWidget(wrapped_label(tree_page))
        side.itemAt(0).widget().setText(self.tr("Vision og mål (ét pr. linje):"))
        self.goals = QPlainTextEdit(tree_page)
        self.goals.setMaximumWidth(260)
        side.addWidget(self.goals, 1)
        apply = QPushButton(self.tr("Brug målene"), tree_page)
        apply.clicked.connect(self._goals_edited)
        side.addWidget(apply)
        t_lay.addLayout(side, 1)
        self.tabs.addTab(tree_page, self.tr("Gevinsttræ"))
        self._quiet = False
        self._real = None

    # ------------------------------------------------------------------ data
    def _inputs(self) -> BusinessCaseInputs:
        sc = self.ws.scenario_obj
        return BusinessCaseInputs.from_dict(sc.business_cases.get(self.ws.centre) if sc else None)

    def _store(self, inputs: BusinessCaseInputs) -> None:
        self.ws.set_scenario(self.ws.scenario_obj.with_business_case(self.ws.centre, inputs.to_dict()))

    def refresh(self) -> None:
        results = self.ws.results
        if results is None or results.levers is None:
            self.show_empty(self.analysis_missing_text() if results is None else (self.ws.levers_error or None))
            return
        self.show_page()
        lang = language()
        name = self.ws.centre
        self._real, text = None, ""
        try:
            self._real = results.realisation(name)
        except BenchError as exc:
            text = exc.text(lang)
        plan = results.plan(name)
        self.propose.setVisible(plan is None)
        if plan is None:
            text = self.tr("{centre} har ingen succeskriterier i scenariet {scenario}. Vælg forslagene under "
                           "Business case, og tryk Foreslå succeskriterier.").format(
                centre=name, scenario=results.scenario.name)
        elif self._real is not None:
            r = self._real
            counts = r.counts()
            text = self.tr("{centre}: business case fra {base}, opfølgning {year}. {reached} nået, {on_track} på "
                           "sporet, {behind} bagud. Planlagt gevinst {planned} kr., realiseret {realised} kr. "
                           "(pr. år, før overlap)").format(
                centre=name, base=r.base_year, year=r.year, reached=counts.get("reached", 0),
                on_track=counts.get("on_track", 0), behind=counts.get("behind", 0),
                planned=fmt(r.planned_total, 0), realised=fmt(r.realised_total, 0))
        self.heading.setText(text)
        self._fill_criteria(lang)
        self._fill_gains(lang)
        self._draw_tree(results, name, lang)

    def _fill_criteria(self, lang: str) -> None:
        heads = [self.tr("Nr."), self.tr("Indikator"), self.tr("Udgangspunkt"), self.tr("Mål"), self.tr("Frist"),
                 self.tr("Faktisk"), self.tr("Andel af vejen"), self.tr("Forventet"), self.tr("Status"),
                 self.tr("Gevinstansvarlig")]
        self._quiet = True
        rows = self._real.criteria if self._real is not None else ()
        self.criteria.setColumnCount(len(heads))
        self.criteria.setHorizontalHeaderLabels(heads)
        self.criteria.setRowCount(len(rows))
        for i, s in enumerate(rows):
            c = s.criterion
            d = c.decimals()
            unit = c.unit_label(lang)
            cells = [c.lever, c.label(lang) + (f" ({unit})" if unit else ""), fmt(c.baseline, d), fmt(c.target, d),
                     str(c.deadline), fmt(s.actual, d), _pct(s.share), _pct(s.expected), s.status_text(lang), c.owner]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col not in _EDIT:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if 2 <= col <= 7:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if col == 8 and s.status in STATUS_COLOURS:
                    item.setForeground(QColor(STATUS_COLOURS[s.status]))
                item.setToolTip(text)
                self.criteria.setItem(i, col, item)
        self.criteria.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (0, *range(2, len(heads))):
            self.criteria.resizeColumnToContents(col)
        self._quiet = False
        problems = self._real.problems if self._real is not None else ()
        self.problems.setText("\n".join(en if lang == "en" else da for da, en in problems))

    def _fill_gains(self, lang: str) -> None:
        heads = [self.tr("Forslag"), self.tr("Planlagt (kr.)"), self.tr("Realiseret (kr.)"),
                 self.tr("Realiseret af planlagt"), self.tr("Metode")]
        rows = self._real.levers if self._real is not None else ()
        self.gains.setColumnCount(len(heads))
        self.gains.setHorizontalHeaderLabels(heads)
        self.gains.setRowCount(len(rows))
        for i, lv in enumerate(rows):
            cells = [f"{lv.lever} {lv.name(lang)}", fmt(lv.planned, 0), fmt(lv.realised, 0), _pct(lv.share),
                     lv.method_text(lang)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (1, 2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.gains.setItem(i, col, item)
        self.gains.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(heads)):
            self.gains.resizeColumnToContents(col)

    # ------------------------------------------------------------------ the tree
    def _draw_tree(self, results, name: str, lang: str) -> None:
        self.scene.clear()
        try:
            tree = results.benefit_tree(name, lang)
        except BenchError:
            tree = None
        inputs = self._inputs()
        goals = (inputs.benefit_tree or {}).get("goals") or []
        self.goals.setPlainText("\n".join(g["text"] for g in goals) if goals else
                                "\n".join(n.text for n in (tree.columns[3] if tree else ())))
        if tree is None or not tree.columns[0]:
            return
        width, height = 1100.0, max(420.0, 46.0 * tree.rows + 30)
        boxes = tree.layout(width, height, gap=40.0, header=24.0, max_box=40.0)
        pen = QPen(QColor("#9aa5b1"))
        pen.setWidthF(0.8)
        for a, b in tree.edges:
            if a in boxes and b in boxes:
                p, q = boxes[a], boxes[b]
                start, end = QPointF(p.x + p.w, p.y + p.h / 2), QPointF(q.x, q.y + q.h / 2)
                mid = (start.x() + end.x()) / 2
                path = QPainterPath(start)
                path.cubicTo(QPointF(mid, start.y()), QPointF(mid, end.y()), end)
                self.scene.addPath(path, pen)
        bold = QFont()
        bold.setBold(True)
        col_w = (width - 3 * 40.0) / 4
        for k in range(4):
            title = self.scene.addText(tree.column_title(k, lang), bold)
            title.setPos(k * (col_w + 40.0), 0)
        small = QFont()
        small.setPointSizeF(8.0)
        for col in tree.columns:
            for node in col:
                b = boxes[node.id]
                fill, stroke = NODE_COLOURS[node.kind]
                rect = self.scene.addRect(QRectF(b.x, b.y, b.w, b.h), QPen(QColor(stroke)), QBrush(QColor(fill)))
                rect.setToolTip(node.text)
                text = self.scene.addText(node.text, small)
                text.setTextWidth(b.w - 4)
                text.setPos(b.x + 1, b.y + max(0.0, (b.h - text.boundingRect().height()) / 2))
                text.setToolTip(node.text)
        self.scene.setSceneRect(QRectF(-8, -8, width + 16, height + 16))

    # ------------------------------------------------------------------ edits
    def _propose(self) -> None:
        results = self.ws.results
        inputs = self._inputs()
        try:
            inputs.criteria = results.propose_criteria(self.ws.centre, inputs)
        except BenchError as exc:
            errors.show_error(self, exc)
            return
        inputs.base_year = results.year
        self._store(inputs)

    def _criterion_edited(self, item: QTableWidgetItem) -> None:
        if self._quiet or self._real is None or item.column() not in _EDIT:
            return
        inputs = self._inputs()
        row, key = item.row(), _EDIT[item.column()]
        text = item.text().strip()
        try:
            if key == "owner":
                value = text
            elif key == "deadline":
                value = int(parse_number(text, "," if language() == "da" else "."))
            else:
                value = parse_number(text, "," if language() == "da" else ".")
        except NumberFormatError as exc:
            errors.show_message(self, self.tr("Ugyldigt tal: {error}").format(error=exc))
            self.refresh()
            return
        inputs.criteria[row] = inputs.criteria[row].with_values(**{key: value})
        self._store(inputs)

    def _goals_edited(self) -> None:
        """Goals from the text box, one per line; a line keeps the id (and links) of its position."""
        inputs = self._inputs()
        tree = dict(inputs.benefit_tree or {"goals": [], "levers": {}})
        lines = [x.strip() for x in self.goals.toPlainText().splitlines() if x.strip()]
        tree["goals"] = [{"id": f"G{i + 1}", "text": text} for i, text in enumerate(lines)]
        tree.setdefault("levers", {})
        inputs.benefit_tree = tree
        self._store(inputs)


if __name__ == "__main__":
    from jobcenter_bench.gui.views._preview import preview

    raise SystemExit(preview(RealisationView))
