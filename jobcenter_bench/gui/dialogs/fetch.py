""""Hent registerdata…": fetch a year from Jobindsats and Statistikbanken and import it.

The fetch and import run in the workspace's worker (``TaskRunner``) with progress and cancel;
nothing is imported on any failure or cancel. The API key is typed here or read from a key file
or the OS keyring; it may be saved in the keyring, never in the database or a log.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.store import Store
from jobcenter_bench.core.validation import ImportRejected
from jobcenter_bench.gui import errors
from jobcenter_bench.gui.i18n import language


def fetch_into(path: str, opts, state=None):
    """``sources.fetch.fetch_and_import`` on a connection of its own (the worker's)."""
    from jobcenter_bench.core.sources.fetch import fetch_and_import

    with Store.open(path, create=False) as store:
        return fetch_and_import(store, opts, state=state)


class FetchDialog(QDialog):
    """Year, services, API key; "Vis forespørgsler" (dry run) and "Hent og importér"."""

    def __init__(self, ws, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.task = None
        #: Other addresses of the services (a mirror; the tests' local server); None = the real ones.
        self.jobindsats_url: str | None = None
        self.statbank_url: str | None = None
        self.setWindowTitle(self.tr("Hent registerdata"))
        self.year = QSpinBox()
        self.year.setRange(2007, _dt.date.today().year)
        self.year.setValue(_dt.date.today().year - 1)
        self.jobindsats = QCheckBox(self.tr("Jobindsats (fuldtidspersoner pr. ydelse, Y30R21)"), checked=True)
        self.statbank = QCheckBox(self.tr("Statistikbanken (befolkning 16-64 og 16-66 år)"), checked=True)
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(self.tr("tom: nøglefilen eller nøgleringen bruges"))
        self.key_file = QLineEdit()
        browse = QPushButton(self.tr("Vælg…"))
        browse.clicked.connect(self._choose_key_file)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_file)
        key_row.addWidget(browse)
        self.remember = QCheckBox(self.tr("Gem nøglen i styresystemets nøglering"))
        help_label = QLabel(self.tr("Jobindsats kræver en gratis personlig API-nøgle, som bestilles "
                                    "på jobindsats.dk. Statistikbanken kræver ingen nøgle."))
        help_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("År"), self.year)
        form.addRow(self.tr("Tjenester"), self.jobindsats)
        form.addRow("", self.statbank)
        form.addRow(self.tr("API-nøgle"), self.key)
        form.addRow(self.tr("Nøglefil"), key_row)
        form.addRow("", self.remember)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.details = QPlainTextEdit(readOnly=True)
        self.plan_button = QPushButton(self.tr("Vis forespørgsler"))
        self.plan_button.clicked.connect(self.show_plan)
        self.fetch_button = QPushButton(self.tr("Hent og importér"))
        self.fetch_button.setDefault(True)
        self.fetch_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Annullér"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        close = QPushButton(self.tr("Luk"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for b in (self.plan_button, self.fetch_button, self.cancel_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(help_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)
        self.resize(640, 520)

    # ------------------------------------------------------------------ options
    def _choose_key_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Vælg nøglefil"), "",
                                              self.tr("Tekstfiler (*.txt);;Alle filer (*)"))
        if path:
            self.key_file.setText(path)

    def _sources(self) -> tuple[str, ...]:
        return tuple(s for s, box in (("jobindsats", self.jobindsats), ("statistikbanken", self.statbank))
                     if box.isChecked())

    def options(self, dry_run: bool = False):
        """FetchOptions from the fields; the key only when Jobindsats is fetched for real."""
        from jobcenter_bench.core.sources.fetch import FetchOptions, default_cache_dir
        from jobcenter_bench.core.sources.keys import api_key, save_to_keyring

        sources = self._sources()
        if not sources:
            raise BenchError("Vælg mindst én tjeneste.", "Choose at least one service.")
        key = None
        if "jobindsats" in sources and not dry_run:
            key = self.key.text().strip() or api_key(self.key_file.text().strip() or None)
            if self.remember.isChecked() and not save_to_keyring(key):
                self.status.setText(self.tr("Nøglen blev ikke gemt: der er ingen nøglering på denne "
                                            "computer. Brug en nøglefil."))
        opts = FetchOptions(self.year.value(), sources=sources, key=key,
                            cache_dir=default_cache_dir(self.ws.path))
        opts.jobindsats_url = self.jobindsats_url or opts.jobindsats_url
        opts.statbank_url = self.statbank_url or opts.statbank_url
        return opts

    # ------------------------------------------------------------------ actions
    def show_plan(self) -> None:
        """The requests a fetch would send (nothing is sent)."""
        from jobcenter_bench.core.sources.fetch import plan

        try:
            items = plan(self.options(dry_run=True))
        except BenchError as exc:
            self._show_failure(exc)
            return
        cached, not_cached = self.tr("i mellemlageret"), self.tr("hentes")
        self.details.setPlainText("\n".join(
            f"{i.service} {i.table}: {i.method} {i.url} [{cached if i.cached else not_cached}]" for i in items))
        self.status.setText(self.tr("{n} tabeller; intet er sendt.").format(n=len(items)))

    def start(self) -> None:
        if self.ws.store is None or not self.ws.path:
            self.status.setText(self.tr("Åbn eller opret en projektdatabase først."))
            return
        try:
            opts = self.options()
        except BenchError as exc:
            self._show_failure(exc)
            return
        self.details.clear()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Henter {year}…").format(year=opts.year))
        self._busy(True)
        self.task = self.ws.runner.submit(fetch_into, self.ws.path, opts, name=self.tr("Henter registerdata"),
                                          key="fetch", on_done=self._done, on_error=self._failed)
        self.task.progress.connect(self._progress)
        self.ws.runner.task_finished.connect(self._finished)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Annulleret: intet er importeret."))

    def _progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(text)

    def _finished(self, task) -> None:
        if task is self.task:
            self.ws.runner.task_finished.disconnect(self._finished)
            self._busy(False)

    def _busy(self, busy: bool) -> None:
        self.fetch_button.setEnabled(not busy)
        self.plan_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)

    def _done(self, result) -> None:
        lines = [f"{f.file_name}: {f.rows}" for f in result.files]
        lines += [w.text(language()) for w in result.warnings]
        self.details.setPlainText("\n".join(lines))
        self.status.setText(self.tr("Importeret: {files} tabeller, {rows} værdier, {warnings} advarsler.").format(
            files=len(result.files), rows=result.rows, warnings=len(result.warnings)))
        self.ws.reload()

    def _failed(self, exc: BaseException) -> None:
        self._show_failure(exc)

    def _show_failure(self, exc: BaseException) -> None:
        if not isinstance(exc, BenchError):  # a bug: logged with its traceback, shown as one line
            errors.log.error("Fetch failed", exc_info=(type(exc), exc, exc.__traceback__))
        self.status.setStyleSheet("color: #b00020;")
        if isinstance(exc, ImportRejected):
            self.details.setPlainText("\n".join(p.text(language()) for p in exc.problems))
            self.status.setText(self.tr("Intet blev importeret: {message}").format(message=exc.text(language())))
            return
        self.status.setText(self.tr("Intet blev importeret: {message}").format(message=errors.message_for(exc)))
