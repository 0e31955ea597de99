"""The worker (thread plumbing) and the typed settings, without the main window."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest
from PySide6.QtCore import QSettings

from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.tasks import TaskState
from jobcenter_bench.gui.settings import (
    MAX_RECENT,
    SETTINGS_VERSION,
    AppSettings,
    load_settings,
    save_settings,
)
from jobcenter_bench.gui.worker import TaskRunner

pytestmark = pytest.mark.gui


def _count(n: int, state: TaskState | None = None, gate: threading.Event | None = None) -> int:
    for i in range(n):
        if gate is not None:
            gate.wait(5)
        state.progress(i + 1, n, f"trin {i + 1}")
        state.check_cancelled()
    return n * 10


def test_runs_off_the_gui_thread_with_progress(qapp, qtbot):
    runner = TaskRunner()
    seen, done, threads = [], [], []

    def work(state=None):
        threads.append(threading.current_thread())
        return _count(3, state)

    runner.task_progress.connect(lambda task, d, t, s: seen.append((d, t, s)))
    runner.submit(work, name="tæl", on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done == [30]
    assert seen[-1] == (3, 3, "trin 3")
    assert threads[0] is not threading.main_thread()
    assert not runner.busy


def test_cancel_drops_the_result(qapp, qtbot):
    runner = TaskRunner()
    gate, done, errors = threading.Event(), [], []
    task = runner.submit(_count, 100, gate=gate, on_done=done.append, on_error=errors.append)
    task.cancel()
    gate.set()
    qtbot.waitUntil(lambda: task.finished, timeout=5000)
    assert done == [] and errors == []


def test_newer_task_with_same_key_supersedes(qapp, qtbot):
    runner = TaskRunner()
    gate, done = threading.Event(), []
    runner.submit(_count, 50, gate=gate, key="analysis", on_done=lambda r: done.append(("old", r)))
    runner.submit(_count, 2, key="analysis", on_done=lambda r: done.append(("new", r)))
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert done == [("new", 20)]


def test_errors_reach_on_error_in_the_gui_thread(qapp, qtbot):
    runner = TaskRunner()
    got = []

    def fail(state=None):
        raise BenchError("Filen kan ikke læses.", "The file cannot be read.")

    runner.submit(fail, on_error=lambda e: got.append((e, threading.current_thread())))
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert str(got[0][0]) == "Filen kan ikke læses."
    assert got[0][1] is threading.main_thread()


def test_settings_round_trip(tmp_path):
    qs = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    s = AppSettings(language="en", last_db="/data/a.jcbench", last_view="levers", last_centre="Odense",
                    home_centre="Herning", home_asked=True)
    for i in range(MAX_RECENT + 2):
        s.add_recent(f"/data/{i}.jcbench")
    s.add_recent("/data/3.jcbench")
    save_settings(s, qs)
    back = load_settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert back.language == "en" and back.last_db == "/data/a.jcbench" and back.last_view == "levers"
    assert back.home_centre == "Herning" and back.home_asked
    assert back.recent_files[0] == "/data/3.jcbench"
    assert len(back.recent_files) == MAX_RECENT and len(set(back.recent_files)) == MAX_RECENT
    assert int(qs.value("version")) == SETTINGS_VERSION


def test_settings_of_version_1_keep_the_view_shown_last(tmp_path):
    """Version 1 stored the view as an index into data, overview, profile, levers, business
    case, model: index 3 was the levers view."""
    qs = QSettings(str(tmp_path / "v1.ini"), QSettings.Format.IniFormat)
    qs.setValue("version", 1)
    qs.setValue("last_view", 3)
    qs.sync()
    assert load_settings(qs).last_view == "levers"


def test_settings_migrate_and_reject_bad_values(tmp_path):
    qs = QSettings(str(tmp_path / "old.ini"), QSettings.Format.IniFormat)
    qs.setValue("lang", "en")  # version-0 key
    qs.setValue("last_view", "not a number")
    qs.sync()
    s = load_settings(qs)
    assert s.language == "en" and s.last_view == "home" and not s.home_asked
    assert int(qs.value("version")) == SETTINGS_VERSION and not qs.contains("lang")
    qs.setValue("language", "fr")
    assert load_settings(qs).language == "da"


def test_gui_start_does_not_import_heavy_modules():
    """``import jobcenter_bench.gui.app`` (and building the window's modules) loads no
    statsmodels, pandas or scipy: they are imported lazily, after the first paint."""
    code = ("import jobcenter_bench.gui.app, jobcenter_bench.gui.main_window\n"
            "from jobcenter_bench.gui.main_window import VIEWS\n"
            "import importlib\n"
            "[importlib.import_module('jobcenter_bench.gui.views.' + m) for m, _ in VIEWS]\n")
    out = subprocess.run([sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True,
                         check=True)
    modules = {line.split("|")[-1].strip().split(".")[0] for line in out.stderr.splitlines() if "|" in line}
    assert "PySide6" in modules or "pyqtgraph" in modules  # the probe sees imports at all
    assert not modules & {"statsmodels", "pandas", "scipy"}


def test_first_paint_of_the_real_app_needs_no_heavy_module(sample_db, tmp_path):
    """Start ``jobcenter-bench gui`` on the sample database until its first paint: nothing of
    statsmodels, pandas, scipy, openpyxl or reportlab is imported before it."""
    import os

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", JCBENCH_EXIT_AFTER_PAINT="1",
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "jobcenter_bench", "gui", "--db", str(sample_db)],
                         capture_output=True, text=True, env=env, timeout=120)
    assert "first-paint" in out.stdout, out.stderr[-2000:]
    modules = {line.split("|")[-1].strip().split(".")[0] for line in out.stderr.splitlines() if "|" in line}
    assert {"PySide6", "pyqtgraph", "jobcenter_bench"} <= modules
    assert not modules & {"statsmodels", "pandas", "scipy", "openpyxl", "reportlab"}
