"""``frozen_cold_start``: the packaged (PyInstaller) app from process start to its first paint.

Measured only when a build is present: ``packaging/dist/jobcenter-bench`` (what
``python packaging/build.py`` writes) or the ``--distpath`` named by ``JCBENCH_FROZEN_DIST``.
Uses the GUI's own cold-start hook (``gui/app.py``): with ``JCBENCH_EXIT_AFTER_PAINT=1`` the app
prints ``first-paint <epoch seconds>`` after the main window's first paint and quits. The timed
part is process start until that line arrives (then the process is killed), offscreen, on the sample database (built once in
``setup`` with ``jobcenter_bench.core.sample``), in a temporary home folder so the user's
settings play no part. The warm-up run fills the disk cache: this is a new process with a warm
disk cache, as a user's second start of the day.

``source_cold_start`` measures the same thing for ``python -m jobcenter_bench gui`` (the
unfrozen app), so one run of the suite gives the frozen/unfrozen ratio (aim: at most 1.2).

``frozen_size_mb``: the one-folder build's size on disk in MB (10^6 bytes, regular files, links
not followed; the figure ``packaging/build.py`` prints). Goal: at most 200 MB.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from _bench import Benchmark, sample_available

ROOT = Path(__file__).resolve().parents[2]
DIST_ENV = "JCBENCH_FROZEN_DIST"
TIMEOUT_S = 120


def frozen_exe() -> Path:
    """The executable of the one-folder build that starts the GUI (it may not exist).

    On Windows the console twin: the windowed one has no stdout to report the paint on.
    """
    dist = Path(os.environ.get(DIST_ENV) or ROOT / "packaging" / "dist")
    name = "jobcenter-bench-cli.exe" if sys.platform == "win32" else "jobcenter-bench"
    return dist / "jobcenter-bench" / name


class _State:
    def __init__(self, cmd: list[str]):
        self.tmp = Path(tempfile.mkdtemp(prefix="jcbench-coldstart-"))
        self.db = self.tmp / "sample.jcbench"
        from jobcenter_bench.core.sample import build_sample_database

        built = build_sample_database(self.db)
        if hasattr(built, "close"):
            built.close()
        self.cmd = [*cmd, "gui", "--db", str(self.db)]
        home = self.tmp / "home"
        self.env = dict(os.environ)
        self.env.update(
            JCBENCH_EXIT_AFTER_PAINT="1", QT_QPA_PLATFORM="offscreen", HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local" / "share"),
            XDG_CACHE_HOME=str(home / ".cache"), APPDATA=str(home / "AppData" / "Roaming"),
            LOCALAPPDATA=str(home / "AppData" / "Local"),
        )


def _start_until_paint(state: _State) -> None:
    """Start the app and stop it as soon as it reports its first paint (timed by the runner).

    The process is killed right after the line arrives (a few ms) instead of waiting for its
    orderly shutdown, so the timing is start-to-paint and no run overlaps the next.
    """
    proc = subprocess.Popen(state.cmd, env=state.env, cwd=state.tmp, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    try:
        for line in proc.stdout:
            if line.startswith("first-paint "):
                return
        raise RuntimeError(f"{state.cmd[0]} exited with {proc.wait()} before its first paint")
    finally:
        proc.kill()
        proc.wait(TIMEOUT_S)
        proc.stdout.close()


def _teardown(state: _State) -> None:
    shutil.rmtree(state.tmp, ignore_errors=True)


def frozen_size_mb(_state=None) -> float:
    """Megabytes (10^6 bytes) of all regular files in the one-folder build."""
    sys.path.insert(0, str(ROOT / "packaging"))
    from build import folder_size

    return folder_size(frozen_exe().parent) / 1e6


def benchmarks() -> list[Benchmark]:
    return [
        Benchmark("frozen_size_mb", run=lambda state: None, value=frozen_size_mb, unit="MB",
                  available=lambda: frozen_exe().is_file()),
        Benchmark("frozen_cold_start", _start_until_paint, setup=lambda: _State([str(frozen_exe())]),
                  teardown=_teardown, repeat=5,
                  available=lambda: frozen_exe().is_file() and sample_available()),
        Benchmark("source_cold_start", _start_until_paint,
                  setup=lambda: _State([sys.executable, "-m", "jobcenter_bench"]),
                  teardown=_teardown, repeat=5, available=sample_available),
    ]
