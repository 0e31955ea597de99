"""Data view (Data): import files, the validation report, import history, what each year holds.

Import runs ``jobcenter_bench.core.importing.import_files`` in the worker (on its own database
connection, see ``workspace.import_into``) with a progress bar
and cancel. A rejected import (``ImportRejected``) writes nothing; its problems are listed with
file, sheet, row and column and can be copied (Ctrl+C) into Excel.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jobcenter_bench.core.validation import ImportRejected, Problem
from jobcenter_bench.gui import errors
from jobcenter_bench.gui.i18n import language
from jobcenter_bench.gui.views._base import View, wrapped_label
from jobcenter_bench.gui.widgets.table import Column, RecordTable
from jobcenter_bench.gui.workspace import import_into


class DataView(View):
    listens = ("database_changed",)

    def title(self) -> str:
        return self.tr("Data")

    def build(self, page: QWidget) -> None:
        self.setAcceptDrops(True)
        lay = QVBoxLayout(page)
        top = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Importér filer…"), page)
        self.import_button.clicked.connect(self.import_dialog)
        top.addWidget(self.import_button)
        hint = wrapped_label(page)
        hint.setText(self.tr("eller træk spørgeskemaer (xlsx) og registerdata (csv, xlsx) hertil – "
                              "flere filer ad gangen"))
        top.addWidget(hint, 1)
        lay.addLayout(top)
        self.status = wrapped_label(page, "importStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.status)
        split = QSplitter(Qt.Orientation.Vertical, page)
        report_box = QGroupBox(self.tr("Valideringsrapport (fejl og advarsler – Ctrl+C kopierer)"), split)
        self.report = RecordTable(self.problem_columns(), parent=report_box)
        QVBoxLayout(report_box).addWidget(self.report)
        bottom = QSplitter(Qt.Orientation.Horizontal, split)
        hist_box = QGroupBox(self.tr("Importhistorik"), bottom)
        self.history = RecordTable([
            Column("id", self.tr("Nr."), "number"),
            Column("imported_at", self.tr("Tidspunkt"), getter=lambda r: (r.get("imported_at") or "").replace("T", " ")[:16]),
            Column("file_name", self.tr("Fil"), elide=True, min_width=140),
            Column("kind", self.tr("Type")),
            Column("rows", self.tr("Rækker"), "number"),
            Column("revision", self.tr("Revision"), "number"),
            Column("replaced", self.tr("Erstattede"), "number"),
            Column("warnings", self.tr("Advarsler"), "number"),
            Column("sha256", self.tr("SHA-256"), getter=lambda r: (r.get("sha256") or "")[:12] + "…"),
        ], parent=hist_box)
        QVBoxLayout(hist_box).addWidget(self.history)
        years_box = QGroupBox(self.tr("Databasens indhold pr. år"), bottom)
        self.years = RecordTable([
            Column("year", self.tr("År")),
            Column("jobcentres_answered", self.tr("Jobcentre med besvarelse"), "number"),
            Column("municipalities_with_register", self.tr("Kommuner med registerdata"), "number"),
            Column("register_variables", self.tr("Registervariable"), "number"),
        ], filterable=False, parent=years_box, fit_width=True)  # long headers are cut, with tooltips
        QVBoxLayout(years_box).addWidget(self.years)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 1)
        lay.addWidget(split, 1)
        self.last_problems: list[Problem] = []

    def problem_columns(self) -> list[Column]:
        lang = language()
        return [
            Column("severity", self.tr("Alvor"), getter=lambda p: self.tr("Fejl") if p.is_error else self.tr("Advarsel")),
            Column("file", self.tr("Fil")),
            Column("sheet", self.tr("Ark")),
            Column("row", self.tr("Række"), "number"),
            Column("column", self.tr("Kolonne")),
            Column("value", self.tr("Værdi")),
            Column("expected", self.tr("Forventet")),
            Column("message", self.tr("Besked"),
                   getter=lambda p: (p.message_en or p.message) if lang == "en" else p.message),
        ]

    def refresh(self) -> None:
        store = self.ws.store
        if store is None:
            self.show_empty(self.tr("Ingen database er åben. Vælg Filer → Ny eller Åbn."))
            return
        self.show_page()
        self.history.set_records(store.imports())
        self.years.set_records(store.info()["years"])
        self.import_button.setEnabled(True)

    # ------------------------------------------------------------------ import
    def import_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Importér filer"), "",
            self.tr("Spørgeskemaer og registerdata (*.xlsx *.xlsm *.csv *.txt);;Alle filer (*)"))
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[str]) -> None:
        """Import ``paths`` in the worker; the result or the problems appear when it ends."""
        if self.ws.store is None:
            return
        self.status.setText(self.tr("Importerer {n} fil(er)…").format(n=len(paths)))
        self.import_button.setEnabled(False)
        self.ws.runner.submit(import_into, self.ws.path, list(paths),
                              name=self.tr("Importerer"), key="import",
                              on_done=self._imported, on_error=self._failed)

    def _imported(self, result) -> None:
        self.import_button.setEnabled(True)
        self.show_problems(list(result.warnings))
        self.status.setText(self.tr("Import gennemført: {files} fil(er), {warnings} advarsel(er).").format(
            files=len(result.files), warnings=len(self.last_problems)))
        self.ws.reload()

    def _failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        if isinstance(exc, ImportRejected):
            self.show_problems(exc.problems)
            self.status.setText(self.tr("Intet blev importeret: {message}").format(message=exc.text(language())))
            self.status.setStyleSheet("color: #b00020;")
            return
        self.status.setText(errors.message_for(exc))
        errors.show_error(self, exc)

    def show_problems(self, problems: list[Problem]) -> None:
        self.status.setStyleSheet("")
        self.last_problems = list(problems)
        self.report.set_records(self.last_problems, self.problem_columns())

    # ------------------------------------------------------------------ drag and drop
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)


if __name__ == "__main__":
    from jobcenter_bench.gui.views._preview import preview

    raise SystemExit(preview(DataView))
