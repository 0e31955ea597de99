"""Start the desktop application: ``run(argv) -> int``.

Opens the database given with ``--db``, else the one used last (QSettings), else the sample
database in the per-user data folder (``QStandardPaths.AppDataLocation``), building it from the
bundled sample data the first time, in the worker. Only Qt, pyqtgraph, numpy and sqlite load
before the first paint; the analysis starts right after, without the statsmodels regression
tables (they are computed when the Model view or an export needs them; statsmodels is imported
in the background once the landing view shows the figures).

``JCBENCH_EXIT_AFTER_PAINT=1`` (or the hidden ``--exit-after-paint`` flag) prints
``first-paint <epoch seconds>`` to stdout after the main window's first paint and quits: the
cold-start benchmark measures with it. ``JCBENCH_EXIT_AFTER_DATA=1`` prints ``first-paint …``
and then ``data-paint <epoch seconds>`` once the landing view has been painted with the
analysis' results, and quits (the ``gui_time_to_data`` benchmark).

On Linux, a missing system library of Qt's xcb platform plugin is reported with the
Debian/Ubuntu packages to install (``gui.platform_check``, run by the ``gui`` command before
Qt is imported) instead of Qt's abort.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from jobcenter_bench.core.resources import project_root
from jobcenter_bench.core.store import DB_SUFFIX
from jobcenter_bench.gui import errors
from jobcenter_bench.gui.i18n import install_language
from jobcenter_bench.gui.settings import APPLICATION, ORGANISATION, load_settings

#: File name of the sample database in the per-user data folder.
SAMPLE_DB_NAME = f"eksempeldata{DB_SUFFIX}"


def configure_application(app: QApplication) -> None:
    """Names (for QSettings and QStandardPaths), icon and the exception hook."""
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    icon = project_root() / "resources" / "icons" / "jobcenter_bench.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    errors.setup_logging(app_data_dir())


def app_data_dir() -> Path:
    """The per-user data folder (never beside the executable); created if missing."""
    path = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database() -> Path:
    """Path of the sample database in the per-user data folder (it may not exist yet)."""
    return app_data_dir() / SAMPLE_DB_NAME


def build_sample(path: str, state=None):
    """Build the sample database at ``path`` (a pure core function, run in the worker)."""
    from jobcenter_bench.core.sample import build_sample_database

    store = build_sample_database(path, force=False, state=state)
    store.close()
    return path


def _parse(argv: list[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="jobcenter-bench gui")
    ap.add_argument("--db", help="projektdatabase der skal åbnes")
    ap.add_argument("--exit-after-paint", action="store_true", help=argparse.SUPPRESS)
    return ap.parse_args(argv)


def create_window(db: str | None = None):
    """Build the main window and open the right database (used by ``run`` and by tests)."""
    from jobcenter_bench.gui.main_window import MainWindow

    settings = load_settings()
    install_language(settings.language)
    window = MainWindow(settings)
    errors.install_excepthook(lambda: window)
    open_initial(window, db)
    return window


def open_initial(window, db: str | None) -> None:
    """``--db``, else the last database, else the sample database (built in the worker)."""
    for candidate in (db, window.settings.last_db):
        if candidate and Path(candidate).exists():
            if window.open_database(candidate):
                return
    sample = default_database()
    if sample.exists() and window.open_database(str(sample)):
        return
    window.ws.runner.submit(
        build_sample, str(sample), name=QCoreApplication.translate("App", "Bygger eksempeldatabase"), key="sample",
        on_done=window.open_database, on_error=lambda exc: errors.show_error(window, exc),
    )


def run(argv: list[str] | None = None) -> int:
    """Start the GUI; returns the process exit code."""
    args = _parse(list(sys.argv[1:] if argv is None else argv))
    exit_after_paint = args.exit_after_paint or os.environ.get("JCBENCH_EXIT_AFTER_PAINT") == "1"
    exit_after_data = os.environ.get("JCBENCH_EXIT_AFTER_DATA") == "1"
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    window = create_window(args.db)

    def quit_now() -> None:
        window.confirm_unsaved = lambda: True
        window.close()
        app.quit()

    if exit_after_paint and not exit_after_data:
        def painted() -> None:
            print(f"first-paint {time.time():.6f}", flush=True)
            quit_now()

        window.first_painted.connect(painted)
    else:
        # the first results are computed before the window is shown (the first paint has the
        # data); a failure falls back to the worker, which reports it
        window.ws.compute_now()
        if exit_after_data:
            window.first_painted.connect(lambda: print(f"first-paint {time.time():.6f}", flush=True))
    home = window.view("home")

    def data_painted() -> None:
        if exit_after_data:
            loaded = int("statsmodels" in sys.modules)  # it must not be on the path to the first data
            print(f"data-paint {time.time():.6f} statsmodels={loaded}", flush=True)
            quit_now()
        else:
            QTimer.singleShot(200, _warm_heavy_imports)

    home.data_painted.connect(data_painted)
    window.show()
    code = app.exec()
    _dispose(window, app)
    return code


def _dispose(window, app) -> None:
    """Delete the window's Qt objects before Python finalises (avoids a crash at exit)."""
    import gc

    window.deleteLater()
    app.processEvents()
    del window
    gc.collect()


def _warm_heavy_imports() -> None:
    """Import statsmodels and pandas in a background thread after the landing view shows data."""
    import threading

    def warm() -> None:
        try:
            import pandas  # noqa: F401
            import statsmodels.regression.linear_model  # noqa: F401
        except Exception:  # warming is an optimisation only
            pass

    threading.Thread(target=warm, name="warm-imports", daemon=True).start()
