"""The one workspace every view follows: a thin Qt adapter over ``core.session``.

It holds the open project database, the user's ``SessionState`` (year, centre, working scenario,
analysis options) and the latest ``Results`` that ``Session.compute`` returned for it. The core
computes; the workspace only runs ``compute`` in the worker and tells the views (glue's hub of a
few typed messages):

``database_changed``  a database was opened, created or new data imported;
``year_changed``      the selected year (år) changed;
``centre_changed``    the selected job centre (jobcenter) changed;
``scenario_changed``  the lever scenario or one of its assumptions changed;
``results_changed``   new results arrived (after the worker finished);
``levers_changed``    the lever results were re-evaluated (after an assumption change).

What the views show and what File → Export writes are the same ``Results``.

The first ``Results`` of a year are computed without the statsmodels regression tables
(``AnalysisOptions(inference=False)``: statsmodels is not on the path to the first figures);
:meth:`Workspace.ensure_inference` recomputes with them when the Model view needs them, and the
export worker does the same before it writes (``gui.export``).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from jobcenter_bench.core.session import AnalysisOptions, Results, Session, SessionState
from jobcenter_bench.core.store import Store
from jobcenter_bench.gui.worker import TaskRunner


class Workspace(QObject):
    """Database, selection and latest results, with change signals."""

    database_changed = Signal()
    year_changed = Signal(int)
    centre_changed = Signal(str)
    scenario_changed = Signal(str)
    results_changed = Signal()
    levers_changed = Signal()
    #: A message for the user (a core error while recomputing); the main window shows it.
    error_raised = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.store: Store | None = None
        self.path: str = ""
        self.year: int | None = None
        self.centre: str = ""
        #: The latest ``Results`` of the selected year; ``None`` until computed (views say "Ingen data").
        self.results: Results | None = None
        self.analysis_error: str = ""
        #: True while ``Session.compute`` runs in the worker (views say so instead of "Ingen data").
        self.computing = False
        #: The working scenario before the first results arrive (then ``results.scenario``).
        self._scenario = None
        self._scenario_saved = True
        #: Scenario to load first (the one used last, from the settings), if the database has it.
        self.preferred_scenario = ""
        #: ``AnalysisOptions`` the user chose (``None`` = the report's defaults).
        self.options: AnalysisOptions | None = None
        #: Runs long core work (analysis, import, export) off the GUI thread, one job at a time.
        self.runner = TaskRunner(self)
        self.runner.task_finished.connect(self._task_finished)

    # ------------------------------------------------------------------ what the views read
    @property
    def analysis(self):
        """The selected year's ``YearAnalysis`` (``None`` until computed)."""
        return self.results.analysis if self.results is not None else None

    @property
    def previous(self):
        return self.results.previous if self.results is not None else None

    @property
    def levers(self):
        """``LeverResults`` of the selected year under the working scenario (``None``: see
        ``levers_error``)."""
        return self.results.levers if self.results is not None else None

    @property
    def levers_error(self) -> str:
        if self.results is None or self.results.levers_error is None:
            return ""
        return _error_text(self.results.levers_error)

    @property
    def scenario_obj(self):
        """The working scenario (saved or changed on screen)."""
        return self.results.scenario if self.results is not None else self._scenario

    @property
    def scenario_dirty(self) -> bool:
        """True when the working scenario has changes that are not saved."""
        saved = self.results.scenario_saved if self.results is not None else self._scenario_saved
        return not saved

    def state(self) -> SessionState:
        """The user's choices as the core's ``SessionState``."""
        scenario = self.scenario_obj
        name = None
        if scenario is None and self.preferred_scenario in self.scenario_names():
            name = self.preferred_scenario
        return SessionState(year=self.year, centre=self.centre, scenario=scenario, scenario_name=name,
                            scenario_saved=not self.scenario_dirty,
                            options=self.options or AnalysisOptions())

    # ------------------------------------------------------------------ database
    def open(self, path: str | Path, create: bool = False) -> None:
        """Open (or create) a project database and select its newest year."""
        store = Store.open(path, create=create)
        self.close()
        self.store, self.path = store, str(path)
        years = store.years()
        self.year = years[-1] if years else None
        self.results = self._scenario = self.options = None
        self._scenario_saved = True
        self.analysis_error = ""
        self.database_changed.emit()
        self.year_changed.emit(self.year or 0)

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
        self.store = None
        self.path = ""

    def save_as(self, target: str | Path) -> None:
        """Copy the open database to ``target`` (SQLite's online backup) and open the copy."""
        if self.store is None:
            return
        target = str(target)
        if Path(target).resolve() == Path(self.path).resolve():
            return
        Path(target).unlink(missing_ok=True)
        dest = sqlite3.connect(target)
        try:
            self.store.conn.backup(dest)
        finally:
            dest.close()
        self.open(target)

    def reload(self) -> None:
        """Data changed under us (an import): re-read years and tell every view."""
        if self.store is None:
            return
        years = self.store.years()
        if self.year not in years:
            self.year = years[-1] if years else None
        self._keep_scenario()
        self.results = None
        self.database_changed.emit()
        self.year_changed.emit(self.year or 0)

    @property
    def is_sample(self) -> bool:
        return self.store is not None and self.store.meta("is_sample") == "1"

    def years(self) -> list[int]:
        return self.store.years() if self.store is not None else []

    # ------------------------------------------------------------------ selection
    def set_year(self, year: int) -> None:
        if year and year != self.year:
            self.year = year
            self._keep_scenario()
            self.results = self.options = None
            self.year_changed.emit(year)

    def _keep_scenario(self) -> None:
        """Carry the working scenario (and whether it is saved) over to the next results."""
        if self.results is not None:
            self._scenario, self._scenario_saved = self.results.scenario, self.results.scenario_saved

    def set_centre(self, name: str) -> None:
        if name and name != self.centre:
            self.centre = name
            self.centre_changed.emit(name)

    def centre_names(self) -> list[str]:
        """Job centres of the database, by name."""
        if self.store is None:
            return []
        return [r["name"] for r in self.store.jobcentres()]

    # ------------------------------------------------------------------ results
    def set_results(self, results: Results | None, error: str = "") -> None:
        """Store the ``Results`` the worker returned (or why there are none) and tell the views."""
        self.results, self.analysis_error = results, error
        self.computing = False
        self.results_changed.emit()
        self.levers_changed.emit()

    def compute(self) -> None:
        """Recompute the ``Results`` of the selected year in the worker (results_changed after)."""
        if self.store is None or self.year is None:
            self.set_results(None, "")
            return
        if self.options is None:
            self.options = AnalysisOptions(inference=False)  # the regression table comes on demand
        state = self.state()
        self._keep_scenario()
        self.computing = True
        self.results_changed.emit()
        self.runner.submit(
            compute_results, self.path, state, name=self.tr("Beregner analyse"), key="analysis",
            on_done=lambda results: self.set_results(results, ""), on_error=self._analysis_failed,
        )

    def compute_now(self) -> None:
        """The first ``Results`` computed at once on this thread, before the window is shown (a
        later start: ~50 ms for the sample), so the first paint already shows the data; any
        failure falls back to :meth:`compute` in the worker, which reports it."""
        if self.store is None or self.year is None:
            self.compute()
            return
        from jobcenter_bench.core.errors import BenchError

        if self.options is None:
            self.options = AnalysisOptions(inference=False)  # the regression table comes on demand
        try:
            results = Session(self.store).compute(self.state())
        except BenchError:
            self.compute()
            return
        self.set_results(results, "")

    def _task_finished(self, task) -> None:
        """An analysis the user cancelled leaves no result: stop saying "computing"."""
        if task.key == "analysis" and task.state.cancelled and not task.superseded and self.computing:
            if not any(t.key == "analysis" for t in self.runner.active):
                self.computing = False
                self.results_changed.emit()

    def _analysis_failed(self, exc: BaseException) -> None:
        """Keep showing the last good results when a re-run with new options fails."""
        self.computing = False
        if self.results is not None and self.results.year == self.year:
            self.options = self.results.analysis.options
            self.error_raised.emit(_error_text(exc))
            self.results_changed.emit()
        else:
            self.set_results(None, _error_text(exc))

    # ------------------------------------------------------------------ levers and scenarios
    def set_scenario(self, scenario, dirty: bool = True) -> None:
        """Use ``scenario`` (a changed copy or a loaded one): re-evaluate the levers now.

        A scenario the engine refuses (``BenchError``) is not taken; the message is raised.
        """
        from jobcenter_bench.core.errors import BenchError

        if self.results is None:
            self._scenario, self._scenario_saved = scenario, not dirty
        else:
            try:
                self.results = self.results.with_scenario(scenario, saved=not dirty)
            except BenchError as exc:
                self.error_raised.emit(_error_text(exc))
                return
        self.levers_changed.emit()

    def scenario_names(self) -> list[str]:
        from jobcenter_bench.core.scenarios import list_scenarios

        return list_scenarios(self.store) if self.store is not None else []

    def choose_scenario(self, name: str) -> None:
        """Load the stored scenario ``name`` and recompute."""
        from jobcenter_bench.core.scenarios import load_scenario

        self.set_scenario(load_scenario(self.store, name), dirty=False)
        self.scenario_changed.emit(name)

    def save_scenario(self, name: str) -> None:
        """Store the current assumptions under ``name`` (BenchError if the name is not allowed)."""
        from jobcenter_bench.core.scenarios import save_scenario

        scenario = self.scenario_obj.renamed(name)
        save_scenario(self.store, scenario)
        self.set_scenario(scenario, dirty=False)
        self.scenario_changed.emit(name)

    def rename_scenario(self, new: str) -> None:
        from jobcenter_bench.core.scenarios import rename_scenario

        rename_scenario(self.store, self.scenario_obj.name, new)
        self.set_scenario(self.scenario_obj.renamed(new), dirty=self.scenario_dirty)
        self.scenario_changed.emit(new)

    @property
    def has_inference(self) -> bool:
        """Whether the current results carry the regression tables (statsmodels)."""
        return self.results is not None and self.results.analysis.options.inference

    def ensure_inference(self) -> None:
        """Recompute with the regression tables when the current results lack them (the Model
        view asks); nothing while a computation runs or once they are asked for."""
        from jobcenter_bench.core.session import with_options

        if self.results is None or self.has_inference or self.computing:
            return
        self.set_options(with_options(self.results.analysis.options, inference=True))

    def set_options(self, options) -> None:
        """New analysis options (e.g. the model's variables): recompute in the worker."""
        self.options = options
        self.compute()

    def centre_record(self, name: str | None = None):
        """The analysis record (``CentreResult``) of one centre (default: the selected one)."""
        if self.results is None:
            return None
        return self.results.find_centre(name or self.centre)


def compute_results(path: str, session_state: SessionState, state=None) -> Results:
    """``Session.compute`` on a connection of its own (the worker's: SQLite connections are not
    shared between threads); ``state`` is the worker's ``TaskState`` (progress, cancel)."""
    with Session.open(path) as session:
        return session.compute(session_state, state)


def import_into(path: str, files: list[str], state=None):
    """``core.importing.import_files`` on a connection of its own (the worker's), all or nothing.

    The GUI's connection keeps reading the last committed state until the import commits.
    """
    from jobcenter_bench.core.importing import import_files

    with Store.open(path, create=False) as store:
        return import_files(store, files, state=state)


def _error_text(exc: BaseException) -> str:
    from jobcenter_bench.gui.errors import message_for

    return message_for(exc)
