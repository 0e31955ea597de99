"""The one workspace every view follows (glue's ``DataCollection`` idea, thinly wrapped in Qt).

It holds the open project database, the selected year, job centre and lever scenario, and the
latest results the core returned for them. Views never talk to each other: they read the
workspace and listen to a handful of change signals:

``database_changed``  a database was opened, created or new data imported;
``year_changed``      the selected year (år) changed;
``centre_changed``    the selected job centre (jobcenter) changed;
``scenario_changed``  the lever scenario or one of its assumptions changed;
``results_changed``   new analysis results arrived (after the worker finished);
``levers_changed``    the lever results were recomputed (after an assumption change).

The workspace does no arithmetic of its own: it calls the core functions the CLI calls.
"""

from __future__ import annotations

import importlib
import importlib.util
import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from jobcenter_bench.core.store import Store
from jobcenter_bench.gui.worker import TaskRunner


def core_module(name: str):
    """Import ``jobcenter_bench.core.<name>`` if it exists (the core grows module by module)."""
    full = f"jobcenter_bench.core.{name}"
    try:
        if importlib.util.find_spec(full) is None:
            return None
    except ModuleNotFoundError:
        return None
    return importlib.import_module(full)


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
        #: Latest results from the core; ``None`` until computed (views then show "Ingen data").
        self.analysis = None
        self.analysis_error: str = ""
        self.previous = None
        #: True while an analysis runs in the worker (views say so instead of "Ingen data").
        self.computing = False
        #: ``LeverResults`` of the selected year under ``scenario_obj`` (``None`` until computed).
        self.levers = None
        self.levers_error: str = ""
        #: The lever engine of the selected year (built once per year, then evaluated per change).
        self.lever_engine = None
        #: The current ``core.scenarios.Scenario``; ``scenario_dirty`` = changed since loaded/saved.
        self.scenario_obj = None
        self.scenario_dirty = False
        #: Scenario to load first (the one used last, from the settings), if the database has it.
        self.preferred_scenario = ""
        #: ``core.analysis.AnalysisOptions`` the user chose (``None`` = the report's defaults).
        self.options = None
        #: Runs long core work (analysis, import) off the GUI thread, one job at a time.
        self.runner = TaskRunner(self)
        self.runner.task_finished.connect(self._task_finished)

    # ------------------------------------------------------------------ database
    def open(self, path: str | Path, create: bool = False) -> None:
        """Open (or create) a project database and select its newest year."""
        store = Store.open(path, create=create)
        self.close()
        self.store, self.path = store, str(path)
        years = store.years()
        self.year = years[-1] if years else None
        self.analysis = self.levers = self.scenario_obj = self.lever_engine = self.options = None
        self.analysis_error = self.levers_error = ""
        self.scenario_dirty = False
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
        self.analysis = self.levers = self.lever_engine = None
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
            self.analysis = self.levers = self.lever_engine = self.options = None
            self.year_changed.emit(year)

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
    def set_analysis(self, result, error: str = "", previous=None) -> None:
        """Store the analysis the worker returned (or why there is none) and tell the views.

        ``previous`` is the analysis of the year before (for trends), when there is one.
        """
        self.analysis, self.analysis_error, self.previous = result, error, previous
        self.computing = False
        self.results_changed.emit()

    def compute(self) -> None:
        """Recompute the analysis for the selected year in the worker (results_changed after)."""
        analysis = core_module("analysis")
        if self.store is None or self.year is None or analysis is None:
            self.set_analysis(None, "")
            return
        if self.options is None:
            self.options = analysis.AnalysisOptions()
        self.computing = True
        self.results_changed.emit()
        self.runner.submit(
            analyse_with_previous, self.path, self.year, self.options, name=self.tr("Beregner analyse"),
            key="analysis", on_done=lambda pair: self.set_analysis(pair[0], "", pair[1]),
            on_error=self._analysis_failed,
        )

    def _task_finished(self, task) -> None:
        """An analysis the user cancelled leaves no result: stop saying "computing"."""
        if task.key == "analysis" and task.state.cancelled and not task.superseded and self.computing:
            if not any(t.key == "analysis" for t in self.runner.active):
                self.computing = False
                self.results_changed.emit()

    def _analysis_failed(self, exc: BaseException) -> None:
        """Keep showing the last good results when a re-run with new options fails."""
        self.computing = False
        if self.analysis is not None and self.analysis.year == self.year:
            self.options = self.analysis.options
            self.error_raised.emit(_error_text(exc))
            self.results_changed.emit()
        else:
            self.set_analysis(None, _error_text(exc))

    # ------------------------------------------------------------------ levers and scenarios
    def ensure_levers(self) -> None:
        """Build the year's lever engine and evaluate the scenario if not done yet."""
        if self.levers is not None or self.store is None or self.year is None:
            return
        from jobcenter_bench.core.errors import BenchError
        from jobcenter_bench.core.levers.engine import LeverEngine
        from jobcenter_bench.core.scenarios import load_scenario

        try:
            if self.lever_engine is None:
                self.lever_engine = LeverEngine.from_store(self.store, self.year)
            if self.scenario_obj is None:
                names = self.scenario_names()
                pick = self.preferred_scenario if self.preferred_scenario in names else None
                self.scenario_obj = load_scenario(self.store, pick)
            self.levers, self.levers_error = self.lever_engine.evaluate(self.scenario_obj), ""
        except BenchError as exc:
            self.levers, self.levers_error = None, _error_text(exc)

    def set_scenario(self, scenario, dirty: bool = True) -> None:
        """Use ``scenario`` (a changed copy or a loaded one): recompute every lever now.

        A scenario the engine refuses (``BenchError``) is not taken; the message is raised.
        """
        from jobcenter_bench.core.errors import BenchError

        if self.lever_engine is None:
            self.scenario_obj = scenario
            self.ensure_levers()
        else:
            try:
                results = self.lever_engine.evaluate(scenario)
            except BenchError as exc:
                self.error_raised.emit(_error_text(exc))
                return
            self.scenario_obj, self.levers, self.levers_error = scenario, results, ""
        self.scenario_dirty = dirty
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
        self.scenario_obj, self.scenario_dirty = scenario, False
        self.scenario_changed.emit(name)
        self.levers_changed.emit()

    def rename_scenario(self, new: str) -> None:
        from jobcenter_bench.core.scenarios import rename_scenario

        rename_scenario(self.store, self.scenario_obj.name, new)
        self.scenario_obj = self.scenario_obj.renamed(new)
        self.scenario_changed.emit(new)
        self.levers_changed.emit()

    def set_options(self, options) -> None:
        """New analysis options (e.g. the model's variables): recompute in the worker."""
        self.options = options
        self.compute()

    def centre_record(self, name: str | None = None):
        """The analysis record (``CentreResult``) of one centre (default: the selected one)."""
        name = name or self.centre
        for rec in getattr(self.analysis, "centres", None) or []:
            if rec.jobcenter == name:
                return rec
        return None


def analyse_with_previous(path: str, year: int, options):
    """``core.analysis.analyse`` for ``year`` and, if the database has it, the year before.

    Runs in the worker on its own connection to the database at ``path`` (SQLite connections
    are not shared between threads). The previous year only feeds the trend column of the
    centre profile; if it cannot be analysed (e.g. no survey that year) it is left out, the
    selected year's errors are raised.
    """
    from jobcenter_bench.core.analysis import analyse, with_options
    from jobcenter_bench.core.errors import BenchError

    with Store.open(path, create=False) as store:
        current = analyse(store, year, options)
        previous = None
        if year - 1 in store.years():
            try:
                previous = analyse(store, year - 1, with_options(options, variables=None, inference=False))
            except BenchError:
                previous = None
    return current, previous


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
