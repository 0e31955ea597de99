"""Survey-round status (Status for spørgeskemarunden): one row per job centre, coloured by status.

A self-contained widget: ``SurveyStatusView(rows)`` takes the ``CentreStatus`` rows of
``core.survey_round.round_status(...).centres`` (``set_rows`` replaces them). Green: answered;
yellow: answered with warnings; red: with errors; grey: missing. Selecting a centre lists its
problems (sheet, cell, what is wrong and how to fix it) below the table. Not yet part of the
main window.

Preview: ``python -m jobcenter_bench.gui.views.survey_status [--db PATH] [--year Y]
[--returns DIR] [--lang en]`` (without ``--db`` the sample database in the per-user data folder,
its latest year).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from jobcenter_bench.core.survey_round import STATUSES, CentreStatus
from jobcenter_bench.gui.i18n import language
from jobcenter_bench.gui.widgets.table import Column, RecordModel, RecordTable

# Row colours per status code (light, so black text stays readable).
STATUS_COLOURS = {
    "answered": "#D9EAD3",
    "warnings": "#FFF2CC",
    "errors": "#F4CCCC",
    "missing": "#E6E6E6",
}


class _StatusModel(RecordModel):
    """Records of ``CentreStatus``; the whole row takes its status's colour."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.BackgroundRole:
            return QColor(STATUS_COLOURS[self.records[index.row()].status])
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#000000")
        return super().data(index, role)


class _StatusTable(RecordTable):
    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(columns, parent=parent)
        self.model = _StatusModel(columns, self)
        self.proxy.setSourceModel(self.model)
        self.view.setAlternatingRowColors(False)  # the status colours are the row colours


class SurveyStatusView(QWidget):
    """The survey round's status table and the problems of the selected centre."""

    def __init__(self, rows: Sequence[CentreStatus] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[CentreStatus] = []
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = _StatusTable(self._columns(), self)
        self.problems = RecordTable(self._problem_columns(), filterable=False, parent=self)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        lower = QWidget(self)
        lower_lay = QVBoxLayout(lower)
        lower_lay.setContentsMargins(0, 0, 0, 0)
        lower_lay.addWidget(self.detail)
        lower_lay.addWidget(self.problems)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(split)
        self.table.view.selectionModel().currentRowChanged.connect(self._show_problems)
        self.set_rows(rows)

    def title(self) -> str:
        return self.tr("Status for spørgeskemarunden")

    def status_text(self, status: str) -> str:
        """The visible name of a status code."""
        return {
            "answered": self.tr("besvaret"),
            "warnings": self.tr("besvaret med advarsler"),
            "errors": self.tr("med fejl"),
            "missing": self.tr("mangler"),
        }[status]

    def _columns(self) -> list[Column]:
        return [
            Column("jobcenter", self.tr("Jobcenter")),
            Column("municipalities", self.tr("Kommuner"), getter=lambda c: ", ".join(c.municipalities),
                   elide=True),
            Column("status", self.tr("Status"), getter=lambda c: self.status_text(c.status)),
            Column("errors", self.tr("Fejl"), kind="number"),
            Column("warnings", self.tr("Advarsler"), kind="number"),
            Column("file", self.tr("Fil"), elide=True),
            Column("imported", self.tr("Importeret"),
                   getter=lambda c: (self.tr("ja") if c.imported else self.tr("nej")) if c.file else ""),
        ]

    def _problem_columns(self) -> list[Column]:
        en = language() == "en"
        return [
            Column("severity", self.tr("Type"),
                   getter=lambda p: self.tr("Fejl", "type") if p.is_error else self.tr("Advarsel")),
            Column("sheet", self.tr("Ark")),
            Column("cell", self.tr("Celle"), getter=_cell),
            Column("message", self.tr("Hvad er galt, og hvordan rettes det"),
                   getter=lambda p: p.message_en if en and p.message_en else p.message),
        ]

    def set_rows(self, rows: Sequence[CentreStatus]) -> None:
        """Show ``rows`` (one per centre) and the counts per status above them."""
        self.rows = list(rows)
        self.table.set_records(self.rows)
        counts = dict.fromkeys(STATUSES, 0)
        for r in self.rows:
            counts[r.status] += 1
        self.summary.setText(
            self.tr("{n} jobcentre: {answered} besvaret, {warnings} besvaret med advarsler, "
                    "{errors} med fejl, {missing} mangler.").format(n=len(self.rows), **counts))
        self._show_problems()

    def _show_problems(self, *_args) -> None:
        index = self.table.view.currentIndex()
        if not index.isValid():
            self.detail.setText(self.tr("Vælg et jobcenter for at se dets problemer."))
            self.problems.set_records([])
            return
        row = self.rows[self.table.proxy.mapToSource(index).row()]
        self.detail.setText(self.tr("{centre}: {status}").format(
            centre=row.jobcenter, status=self.status_text(row.status)))
        self.problems.set_records(list(row.problems))


def _cell(p) -> str:
    """'C7' for an Excel cell, else the row (and column header) number; '' for the whole file."""
    col = p.column or ""
    if p.row is not None and col.isalpha() and col.isupper() and len(col) <= 3:
        return f"{col}{p.row}"
    if p.row is not None:
        return f"{p.row}" + (f", {col}" if col else "")
    return col


def main(argv: list[str] | None = None) -> int:
    """Preview the widget on a database (see the module docstring)."""
    from PySide6.QtWidgets import QApplication

    from jobcenter_bench.core.store import Store
    from jobcenter_bench.core.survey_round import round_status
    from jobcenter_bench.gui.app import configure_application, default_database
    from jobcenter_bench.gui.i18n import install_language

    ap = argparse.ArgumentParser()
    ap.add_argument("--db")
    ap.add_argument("--year", type=int)
    ap.add_argument("--returns")
    ap.add_argument("--lang", default="da", choices=("da", "en"))
    args = ap.parse_args(argv if argv is not None else sys.argv[1:])
    app = QApplication.instance() or QApplication([])
    configure_application(app)
    install_language(args.lang)
    with Store.open(args.db or default_database(), create=False) as store:
        year = args.year or (store.years() or [0])[-1]
        status = round_status(store, year, [args.returns] if args.returns else None)
    view = SurveyStatusView(status.centres)
    view.resize(1100, 760)
    view.setWindowTitle(f"{view.title()} {year}")
    view.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
