"""The main window: menus, the year and centre selectors, the view sidebar, progress bar."""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from jobcenter_bench.core.store import DB_SUFFIX
from jobcenter_bench.gui import errors
from jobcenter_bench.gui.i18n import LANGUAGES, install_language, language
from jobcenter_bench.gui.settings import AppSettings, save_settings
from jobcenter_bench.gui.widgets.centre_selector import CentreSelector
from jobcenter_bench.gui.workspace import Workspace

#: View modules and their classes, in sidebar order.
VIEWS = (
    ("home", "HomeView"),
    ("data", "DataView"),
    ("overview", "OverviewView"),
    ("profile", "ProfileView"),
    ("trend", "TrendView"),
    ("peers", "PeersView"),
    ("levers", "LeversView"),
    ("business_case", "BusinessCaseView"),
    ("realisation", "RealisationView"),
    ("model", "ModelView"),
)

#: Sidebar titles of the views built only when first shown (each the view's own ``title()``,
#: translated in the view class's context); a view not listed here is built at once.
VIEW_TITLES = {
    "home": "Mit jobcenter",
    "data": "Data",
    "overview": "Overblik",
    "profile": "Jobcenterprofil",
    "trend": "Udvikling",
    "peers": "Sammenlignelige og forbilleder",
    "levers": "Forbedringsforslag",
    "business_case": "Business case",
    "model": "Model",
}


class MainWindow(QMainWindow):
    """Everything the user sees; all state lives in the workspace ``self.ws``."""

    first_painted = Signal()

    def __init__(self, settings: AppSettings, workspace: Workspace | None = None):
        super().__init__()
        self.settings = settings
        self.ws = workspace or Workspace(self)
        self.ws.preferred_scenario = settings.scenario
        self.views: list = []
        self._painted = False
        self.setAcceptDrops(True)
        self.installEventFilter(self)
        self.resize(1366, 768)
        self._build_ui()
        for i in range(len(VIEWS)):  # Ctrl+1 … Ctrl+7 switch views (created once, survive rebuilds)
            QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self, lambda i=i: self.sidebar.setCurrentRow(i))
        self.ws.database_changed.connect(self._database_changed)
        self.ws.year_changed.connect(self._year_changed)
        self.ws.centre_changed.connect(self._centre_changed)
        self.ws.error_raised.connect(lambda text: errors.show_message(self, text))
        self.ws.runner.task_started.connect(self._task_started)
        self.ws.runner.task_progress.connect(self._task_progress)
        self.ws.runner.task_finished.connect(self._task_finished)
        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)
        if settings.window_state is not None:
            self.restoreState(settings.window_state)

    # ------------------------------------------------------------------ building
    def _build_ui(self) -> None:
        """(Re)build every widget; called again after a language switch."""
        self.menuBar().clear()
        for tb in self.findChildren(QToolBar):
            self.removeToolBar(tb)
            tb.deleteLater()
        self._build_menus()
        self._build_toolbar()
        central = QWidget(self)
        lay = QVBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self.banner = QLabel(self.tr("Eksempeldata – syntetiske tal, ikke rigtige jobcentres data"), central)
        self.banner.setObjectName("sampleBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setStyleSheet("background:#F0E442; color:#000; padding:4px; font-weight:bold;")
        lay.addWidget(self.banner)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        self.sidebar = QListWidget(central)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(170)
        # a long view name ("Sammenlignelige og forbilleder") wraps instead of being cut
        self.sidebar.setWordWrap(True)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 8px 6px; }")
        self.stack = QStackedWidget(central)
        self.views = []
        for module, cls in VIEWS:
            view = None if module in VIEW_TITLES else self._make_view(module, cls)
            self.views.append(view)  # the others are built when first shown (a faster start)
            self.stack.addWidget(view or QWidget(self.stack))
            title = view.title() if view is not None else QCoreApplication.translate(cls, VIEW_TITLES[module])
            self.sidebar.addItem(title)
            self.sidebar.item(self.sidebar.count() - 1).setToolTip(f"Ctrl+{self.sidebar.count()}")
        self.sidebar.currentRowChanged.connect(self._show_view)
        body.addWidget(self.sidebar)
        body.addWidget(self.stack, 1)
        lay.addLayout(body, 1)
        old = self.centralWidget()
        self.setCentralWidget(central)
        if old is not None:
            old.deleteLater()
        self._build_status()
        modules = [m for m, _ in VIEWS]
        self.sidebar.setCurrentRow(modules.index(self.settings.last_view)
                                   if self.settings.last_view in modules else 0)
        self._database_changed()

    def _build_menus(self) -> None:
        mb = self.menuBar()
        file = mb.addMenu(self.tr("&Filer"))
        file.addAction(self.tr("&Ny projektdatabase…"), QKeySequence.StandardKey.New, self.new_database)
        file.addAction(self.tr("&Åbn projektdatabase…"), QKeySequence.StandardKey.Open, self.open_database_dialog)
        self.save_as_action = file.addAction(self.tr("&Gem som…"), QKeySequence.StandardKey.SaveAs,
                                             self.save_as_dialog)
        file.addSeparator()
        self.import_action = file.addAction(self.tr("&Importér filer…"), self.import_dialog)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.fetch_action = file.addAction(self.tr("&Hent registerdata…"), self.fetch_dialog)
        self.recent_menu = file.addMenu(self.tr("&Seneste filer"))
        self._fill_recent()
        self.export_menu = file.addMenu(self.tr("&Eksportér"))
        self._fill_export()
        file.addSeparator()
        file.addAction(self.tr("&Afslut"), QKeySequence.StandardKey.Quit, self.close)
        settings = mb.addMenu(self.tr("&Indstillinger"))
        lang_menu = settings.addMenu(self.tr("&Sprog"))
        group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            act = QAction(name, self, checkable=True, checked=code == language())
            act.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(act)
            lang_menu.addAction(act)
        help_menu = mb.addMenu(self.tr("&Hjælp"))
        help_menu.addAction(self.tr("&Om Jobcenter Bench"), self.about)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files:
            self.recent_menu.addAction(path, lambda p=path: self.open_database(p))
        self.recent_menu.setEnabled(bool(self.settings.recent_files))

    def _fill_export(self) -> None:
        """Export entries call ``jobcenter_bench.reports.api`` (disabled if it is not installed)."""
        from jobcenter_bench.gui import export

        self.export_actions = {}
        for kind in export.KINDS:
            act = self.export_menu.addAction(export.menu_text(kind), lambda k=kind: self.export(k))
            act.setEnabled(export.available())
            self.export_actions[kind] = act

    def _build_toolbar(self) -> None:
        tb = QToolBar(self.tr("Valg"), self)
        tb.setObjectName("selectionToolbar")
        tb.setMovable(False)
        tb.addWidget(QLabel(" " + self.tr("År:") + " "))
        self.year_box = QComboBox(tb)
        self.year_box.setObjectName("yearBox")
        self.year_box.setMinimumContentsLength(6)
        self.year_box.activated.connect(lambda i: self.ws.set_year(int(self.year_box.itemText(i))))
        tb.addWidget(self.year_box)
        tb.addWidget(QLabel("   " + self.tr("Jobcenter:") + " "))
        self.centre_box = CentreSelector(tb)
        self.centre_box.setObjectName("centreBox")
        self.centre_box.centre_selected.connect(self.ws.set_centre)
        tb.addWidget(self.centre_box)
        self.addToolBar(tb)

    def _build_status(self) -> None:
        sb = self.statusBar()
        for w in getattr(self, "_status_widgets", []):
            sb.removeWidget(w)
            w.deleteLater()
        self.task_label = QLabel(sb)
        self.progress = QProgressBar(sb)
        self.progress.setMaximumWidth(220)
        self.cancel_button = QPushButton(self.tr("Annullér"), sb)
        self.cancel_button.clicked.connect(self.ws.runner.cancel_all)
        self.db_label = QLabel(sb)
        for w in (self.task_label, self.progress, self.cancel_button):
            sb.addWidget(w)
            w.hide()
        sb.addPermanentWidget(self.db_label)
        self._status_widgets = [self.task_label, self.progress, self.cancel_button, self.db_label]

    # ------------------------------------------------------------------ workspace signals
    def _database_changed(self) -> None:
        ws = self.ws
        self.banner.setVisible(ws.is_sample)
        name = Path(ws.path).name if ws.path else self.tr("ingen database")
        self.setWindowTitle(f"Jobcenter Bench – {name}")
        self.db_label.setText(ws.path)
        self.save_as_action.setEnabled(ws.store is not None)
        self.export_menu.setEnabled(ws.store is not None)
        self.import_action.setEnabled(ws.store is not None)
        self.year_box.clear()
        self.year_box.addItems([str(y) for y in ws.years()])
        self._year_changed(ws.year or 0)
        names = ws.centre_names()
        if names and ws.centre not in names:
            preferred = [self.settings.last_centre, self.settings.home_centre]
            ws.centre = next((n for n in preferred if n in names), names[0])
        self.centre_box.set_centres(names, ws.centre)

    def _year_changed(self, year: int) -> None:
        i = self.year_box.findText(str(year))
        if i >= 0:
            self.year_box.setCurrentIndex(i)
        if self._painted and year:
            self.ws.compute()

    def _centre_changed(self, name: str) -> None:
        self.centre_box.set_centre(name)
        self.settings.last_centre = name

    def _make_view(self, module: str, cls: str):
        return getattr(importlib.import_module(f"jobcenter_bench.gui.views.{module}"), cls)(self.ws)

    def _built(self, row: int):
        """The view in sidebar row ``row``, built now if it was not yet (it then replaces its
        placeholder in the stack)."""
        if self.views[row] is None:
            module, cls = VIEWS[row]
            view = self._make_view(module, cls)
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, view)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.views[row] = view
        return self.views[row]

    def _show_view(self, row: int) -> None:
        if row >= 0:
            self._built(row)
            self.stack.setCurrentIndex(row)
            self.settings.last_view = VIEWS[row][0]

    def show_view(self, module: str) -> None:
        """Switch to the view defined in ``views/<module>.py``."""
        self.sidebar.setCurrentRow([m for m, _ in VIEWS].index(module))

    def view(self, module: str):
        """The view of ``views/<module>.py`` (built if it was not shown yet)."""
        return self._built([m for m, _ in VIEWS].index(module))

    # ------------------------------------------------------------------ tasks
    def _task_started(self, task) -> None:
        self.task_label.setText(task.name)
        self.progress.setRange(0, 0)
        for w in (self.task_label, self.progress, self.cancel_button):
            w.show()

    def _task_progress(self, task, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if text:
            self.task_label.setText(f"{task.name}: {text}")

    def _task_finished(self, task) -> None:
        if not self.ws.runner.busy:
            for w in (self.task_label, self.progress, self.cancel_button):
                w.hide()

    # ------------------------------------------------------------------ file menu
    def confirm_unsaved(self) -> bool:
        """Before the working scenario is dropped (quit, open or create another database): ask
        Gem / Kassér / Annullér when it has changes that are not saved. True = go on."""
        if self.ws.store is None or not self.ws.scenario_dirty or self.ws.scenario_obj is None:
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Ændringer er ikke gemt"),
                          self.tr("Scenariet »{name}« har ændringer, der ikke er gemt. Vil du gemme dem?").format(
                              name=self.ws.scenario_obj.name), parent=self)
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("Gem"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Kassér"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save:
            return self._save_working_scenario()
        return True

    def _save_working_scenario(self) -> bool:
        """Save the working scenario under a name the user gives (its own, unless it is the
        built-in Standard, which cannot be overwritten). False when the user gives up."""
        from jobcenter_bench.core.errors import BenchError
        from jobcenter_bench.core.scenarios import STANDARD

        name = self.ws.scenario_obj.name
        if name == STANDARD:
            name, ok = QInputDialog.getText(self, self.tr("Gem scenarie"), self.tr("Navn på scenariet:"))
            if not ok or not name.strip():
                return False
        try:
            self.ws.save_scenario(name)
        except BenchError as exc:
            errors.show_error(self, exc)
            return False
        return True

    def open_database(self, path: str) -> bool:
        if not self.confirm_unsaved():
            return False
        try:
            self.ws.open(path, create=False)
        except Exception as exc:  # BenchError: the core's message; anything else: logged
            errors.show_error(self, exc)
            return False
        self._remember(path)
        if self._painted:
            self.ws.compute()
        return True

    def _remember(self, path: str) -> None:
        self.settings.last_db = str(path)
        self.settings.add_recent(str(path))
        self._fill_recent()

    def _db_filter(self) -> str:
        return self.tr("Projektdatabase (*{suffix})").format(suffix=DB_SUFFIX)

    def open_database_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Åbn projektdatabase"), "", self._db_filter())
        if path:
            self.open_database(path)

    def new_database(self) -> None:
        if not self.confirm_unsaved():
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Ny projektdatabase"), "", self._db_filter())
        if not path:
            return
        path = path if path.endswith(DB_SUFFIX) else path + DB_SUFFIX
        try:
            Path(path).unlink(missing_ok=True)
            self.ws.open(path, create=True)
        except Exception as exc:
            errors.show_error(self, exc)
            return
        self._remember(path)
        self.ws.compute()

    def save_as_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Gem projektdatabase som"), "", self._db_filter())
        if not path:
            return
        path = path if path.endswith(DB_SUFFIX) else path + DB_SUFFIX
        try:
            self.ws.save_as(path)
        except Exception as exc:
            errors.show_error(self, exc)
            return
        self._remember(path)

    def import_dialog(self) -> None:
        self.show_view("data")
        self.view("data").import_dialog()

    def fetch_dialog(self):
        from jobcenter_bench.gui.dialogs.fetch import FetchDialog

        dialog = FetchDialog(self.ws, self)
        dialog.open()
        return dialog

    def export(self, kind: str, target: str | None = None) -> None:
        from jobcenter_bench.gui import export

        export.export(self, self.ws, kind, target)

    def about(self) -> None:
        from jobcenter_bench import __version__
        from jobcenter_bench.core.resources import bundled_licences, project_root

        text = self.tr("Jobcenter Bench {version}\nBenchmark af jobcentres produktivitet "
                       "og effekt, og prissætning af forbedringsforslag.").format(version=__version__)
        licences = bundled_licences()
        if licences:
            text += "\n\n" + self.tr("Medfølgende komponenter og licenser (teksterne ligger i {folder}):").format(
                folder=project_root() / "licenses")
            text += "".join(f"\n• {name} {version} – {licence}" for name, version, licence in licences)
        errors.show_message(self, text, self.tr("Om Jobcenter Bench"))

    # ------------------------------------------------------------------ drag and drop
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and self.ws.store is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.show_view("data")
            self.view("data").import_files(paths)

    # ------------------------------------------------------------------ language, paint, close
    def set_language(self, lang: str) -> None:
        """Switch the UI language now: reload the catalogue and rebuild every widget."""
        install_language(lang)
        self.settings.language = language()
        self.setLocale(QLocale())  # the new default: number input follows the language too
        self._build_ui()
        save_settings(self.settings)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        """Watches for the first paint only, then removes itself (no per-event cost later)."""
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.removeEventFilter(self)
            QTimer.singleShot(0, self.first_painted.emit)
            QTimer.singleShot(0, self.ask_home_centre)
        return False

    def ask_home_centre(self) -> None:
        """At the first start: "Hvilket jobcenter er dit?" (once; the answer is remembered and
        the landing view opens on it). A consultant's answer keeps the selected centre."""
        names = self.ws.centre_names()
        if self.settings.home_asked or not names or getattr(self, "_home_dialog", None) is not None:
            return
        from jobcenter_bench.gui.widgets.home_centre import HomeCentreDialog

        dialog = HomeCentreDialog(names, self.ws.centre, self)
        self._home_dialog = dialog

        def answered(code: int) -> None:
            self._home_dialog = None
            if code != HomeCentreDialog.DialogCode.Accepted:
                return  # asked again at the next start
            self.set_home_centre(dialog.answer())

        dialog.finished.connect(answered)
        dialog.open()

    def set_home_centre(self, name: str) -> None:
        """Remember ``name`` as the user's own centre ("" = consultant), select it, show the
        landing view."""
        self.settings.home_centre, self.settings.home_asked = name, True
        if name:
            self.ws.set_centre(name)
        self.show_view("home")
        save_settings(self.settings)

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self.confirm_unsaved():
            event.ignore()
            return
        self.ws.runner.cancel_all()
        self.ws.runner.wait(5000)
        if self.ws.scenario_obj is not None and not self.ws.scenario_dirty:
            self.settings.scenario = self.ws.scenario_obj.name
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        save_settings(self.settings)
        self.ws.close()
        super().closeEvent(event)
