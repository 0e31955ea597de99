"""GUI timings: cold start to the first painted main window, and one assumption change.

``gui_cold_start``: wall-clock seconds from starting a new Python process (``jobcenter-bench
gui --db SAMPLE`` with ``JCBENCH_EXIT_AFTER_PAINT=1``, offscreen) to the first paint of the
main window on the sample database; the app prints the paint time and quits. Aim: < 1.5 s.

``gui_time_to_data``: seconds from starting a new Python process (``jobcenter-bench gui --db
SAMPLE`` with ``JCBENCH_EXIT_AFTER_DATA=1``, offscreen, a later start: the user's centre and the
landing view remembered) to the landing view painted *with* the analysis' results (the key
figures, both scatters and the ranking). ``gui_floor``: the same for a bare PySide6 + pyqtgraph
window with one 94-point scatter and a 94-row table, painted once (``_gui_floor.py``): what the
toolkit alone costs on this machine. Goal: time to data ≤ 1.5 × the floor. The data-paint run
also checks that statsmodels was not imported on the way (it raises otherwise).

``gui_assumption_update``: seconds from changing one assumption in the levers view (effective
hours per FTE) to the view's tables and charts redrawn (the widgets repainted). Aim: < 50 ms.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _bench import Benchmark

_SAMPLE: dict[str, Path] = {}


def _sample_db() -> Path:
    """The sample database, built once per run in a temporary folder."""
    if "path" not in _SAMPLE:
        from jobcenter_bench.core.sample import build_sample_database

        folder = Path(tempfile.mkdtemp(prefix="jcbench_gui_"))
        path = folder / "sample.jcbench"
        build_sample_database(path).close()
        _SAMPLE["path"] = path
    return _SAMPLE["path"]


def _cold_setup() -> dict:
    home = Path(tempfile.mkdtemp(prefix="jcbench_home_"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", JCBENCH_EXIT_AFTER_PAINT="1",
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"))
    # as on a user's machine, modules load from bytecode written once (by the warm-up run)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return {"db": str(_sample_db()), "env": env}


def _cold_run(state: dict) -> float:
    """Start the app and return as soon as it reports its first paint (then kill it, so the
    timing is process start → first paint, not the exit that follows)."""
    t0 = time.time()
    proc = subprocess.Popen([sys.executable, "-m", "jobcenter_bench", "gui", "--db", state["db"]],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=state["env"])
    try:
        for line in proc.stdout:
            if line.startswith("first-paint "):
                return float(line.split()[1]) - t0
        raise RuntimeError(f"the GUI ended without a first paint (exit {proc.wait()})")
    finally:
        proc.kill()
        proc.wait()


def _data_setup() -> dict:
    """Settings of a later start: Herning is the user's centre, the landing view was shown last."""
    state = _cold_setup()
    state["env"] = dict(state["env"], JCBENCH_EXIT_AFTER_DATA="1")
    ini = Path(state["env"]["XDG_CONFIG_HOME"]) / "JobcenterBench" / "Jobcenter Bench.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text("[General]\nversion=2\nlanguage=da\nhome_asked=true\nhome_centre=Herning\n"
                   "last_centre=Herning\nlast_view=home\n", encoding="utf-8")
    return state


def _data_run(state: dict) -> float:
    """Start the app; return when it reports the landing view painted with data."""
    t0 = time.time()
    proc = subprocess.Popen([sys.executable, "-m", "jobcenter_bench", "gui", "--db", state["db"]],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=state["env"])
    try:
        for line in proc.stdout:
            if line.startswith("data-paint "):
                if "statsmodels=1" in line:
                    raise RuntimeError("statsmodels was imported before the first data paint")
                return float(line.split()[1]) - t0
        raise RuntimeError(f"the GUI ended without painting data (exit {proc.wait()})")
    finally:
        proc.kill()
        proc.wait()


def _floor_run(state: dict) -> float:
    t0 = time.time()
    proc = subprocess.Popen([sys.executable, str(Path(__file__).with_name("_gui_floor.py"))],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=state["env"])
    try:
        for line in proc.stdout:
            if line.startswith("first-paint "):
                return float(line.split()[1]) - t0
        raise RuntimeError(f"the floor window ended without a paint (exit {proc.wait()})")
    finally:
        proc.kill()
        proc.wait()


def _update_setup():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QApplication

    QStandardPaths.setTestModeEnabled(True)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = QApplication.instance() or QApplication([])
    from jobcenter_bench.gui.app import configure_application, create_window

    configure_application(app)
    window = create_window(str(_sample_db()))
    window.confirm_unsaved = lambda: True  # the runs change the scenario: close without asking
    window.resize(1366, 768)
    window.show()
    window.show_view("levers")
    app.processEvents()
    # the results come from the worker (Session.compute): wait for them, so each run below
    # measures the re-evaluation of the levers and the redraw, not an empty view
    window.ws.compute()
    deadline = time.perf_counter() + 60
    while window.ws.results is None or window.ws.computing:
        if time.perf_counter() > deadline:
            raise RuntimeError("the GUI computed no results within 60 s")
        app.processEvents()
        time.sleep(0.01)
    view = window.view("levers")
    assert view.table.model.records, "the levers view shows no levers"
    return {"app": app, "window": window, "box": view.panel.general["effective_hours"], "view": view, "i": 0}


def _update_run(state) -> None:
    state["i"] += 1
    state["box"].setValue(1200 + (state["i"] % 2) * 50)  # recompute, refill table and 3 charts
    state["app"].processEvents()  # the pending update requests paint the changed widgets


def _update_teardown(state) -> None:
    state["window"].close()
    state["window"].deleteLater()
    state["app"].processEvents()


def benchmarks() -> list[Benchmark]:
    return [
        Benchmark("gui_cold_start", run=_cold_run, setup=_cold_setup, repeat=3, warmup=True),
        Benchmark("gui_floor", run=_floor_run, setup=_cold_setup, repeat=5, warmup=True),
        Benchmark("gui_time_to_data", run=_data_run, setup=_data_setup, repeat=5, warmup=True),
        Benchmark("gui_assumption_update", run=_update_run, setup=_update_setup, teardown=_update_teardown,
                  repeat=20, warmup=True),
    ]
