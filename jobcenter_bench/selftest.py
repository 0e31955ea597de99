"""Self-test (selvtest): run everything a packaged build can break, without a screen or network.

``jobcenter-bench selftest`` runs these steps in order and prints one line per step,
``OK step (1.23 s)`` or ``FEJL step: reason``, stopping at the first failure (exit code 1):

1. ``resources``       the bundled data files the app reads are present (``resources/``,
                       ``sample_data/``) where ``core.resources`` looks for them;
2. ``sample-data``     the bundled sample data opened into a temporary project database;
3. ``regression``      the effect model fitted with statsmodels (the full inference table);
4. ``dea``             the default DEA model solved with scipy's HiGHS (efficiency frontier);
5. ``levers``          the improvement levers (forbedringsforslag) computed, standard scenario;
6. ``centre-pdf``      one centre report written as PDF (reportlab, embedded fonts);
7. ``excel-workbook``  the Excel workbook written (openpyxl) and read back;
8. ``main-window``     the main window created and painted offscreen (Qt, pyqtgraph), and the
                       native Qt platform plugin present for the real start;
9. ``translations``    the Danish and English translations loaded.

Every file goes to a temporary folder that is removed afterwards (``--keep DIR`` keeps them);
Qt settings are redirected there too, so the self-test never touches the user's settings or
writes beside the executable. Network use is blocked while the steps run: a step that tries
fails. A step whose part of the app is not built yet fails with "not available".
"""

from __future__ import annotations

import math
import os
import socket
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

#: Files the app reads at run time, relative to the bundle root (``project_root()``).
REQUIRED_FILES = (
    "resources/survey_fields.toml",
    "resources/register_variables.toml",
    "resources/levers.toml",
    "resources/measures.toml",
    "resources/texts.toml",
    "resources/geography/municipalities.csv",
    "resources/geography/aliases.csv",
    "resources/geography/jobcentres.csv",
    "resources/fonts/DejaVuSans.ttf",
    "resources/fonts/DejaVuSans-Bold.ttf",
    "resources/fonts/DejaVuSans-Oblique.ttf",
    "resources/i18n/jobcenter_bench_en.qm",
    "resources/icons/jobcenter_bench.png",
)


class StepFailed(Exception):
    """A self-test step failed; the message is the reason printed after ``FEJL step:``."""


@dataclass
class Context:
    """What the steps hand on to each other (paths in the temporary folder, results)."""

    workdir: Path
    lang: str = "da"
    db_path: Path | None = None
    results: dict[str, Any] = field(default_factory=dict)


Step = Callable[[Context], str | None]


# ---------------------------------------------------------------------------------- helpers
def _require(module: str, attribute: str | None = None) -> Any:
    """Import ``module`` (and return ``attribute`` from it) or fail with "not available".

    Only a missing *jobcenter_bench* module or attribute means the part is not built yet; a
    missing third-party module (what a frozen build can lose) is reported as such.
    """
    import importlib

    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and (module == exc.name or module.startswith(exc.name + ".")):
            raise StepFailed(_not_built(f"module {module}")) from exc
        raise StepFailed(f"missing module {exc.name!r} (needed by {module})") from exc
    if attribute is None:
        return mod
    if not hasattr(mod, attribute):
        raise StepFailed(_not_built(f"{module}.{attribute}"))
    return getattr(mod, attribute)


def _not_built(what: str) -> str:
    """"not available" in a source checkout (work in progress); in a frozen build a lost module."""
    if getattr(sys, "frozen", False):
        return f"{what} is missing from the frozen build"
    return f"not available: {what} does not exist yet"


def _check(condition: bool, reason: str) -> None:
    if not condition:
        raise StepFailed(reason)


def _finite(value: Any) -> bool:
    try:
        return math.isfinite(float(value))
    except (TypeError, ValueError):
        return False


@contextmanager
def no_network() -> Iterator[None]:
    """Make every outgoing connection and name lookup from Python raise (the self-test is offline)."""

    def refuse(*_args, **_kwargs):
        raise StepFailed("tried to use the network (the self-test must run offline)")

    saved = (socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo, socket.create_connection)
    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign]
    socket.getaddrinfo = refuse  # type: ignore[assignment]
    socket.create_connection = refuse  # type: ignore[assignment]
    try:
        yield
    finally:
        (socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo,
         socket.create_connection) = saved


def _reason(exc: BaseException) -> str:
    """One line: the error and where it was raised (file:line), for a support ticket."""
    if isinstance(exc, StepFailed):
        return str(exc)
    text = getattr(exc, "text", None)
    message = text("en") if callable(text) else str(exc)
    where = ""
    tb = traceback.extract_tb(exc.__traceback__)
    if tb:
        frame = tb[-1]
        where = f" [{Path(frame.filename).name}:{frame.lineno} in {frame.name}]"
    if isinstance(exc, ModuleNotFoundError):
        if (exc.name or "").startswith("jobcenter_bench."):
            return _not_built(f"module {exc.name}") + where
        return f"missing module {exc.name!r}{where}"
    if isinstance(exc, FileNotFoundError) and not message:
        message = f"file not found: {exc.filename}"
    return f"{type(exc).__name__}: {message}{where}".replace("\n", " ")


# ---------------------------------------------------------------------------------- steps
def step_resources(ctx: Context) -> str:
    """The data files the app reads exist at the bundle root that ``core.resources`` uses."""
    from jobcenter_bench.core.resources import project_root

    root = project_root()
    missing = [rel for rel in REQUIRED_FILES if not (root / rel).is_file()]
    for folder in ("resources", "sample_data"):
        if not (root / folder).is_dir():
            missing.append(folder + "/")
    _check(not missing, f"bundled files missing under {root}: {', '.join(missing)}")
    return f"{len(REQUIRED_FILES)} files under {root}"


def step_sample_data(ctx: Context) -> str:
    """Build a temporary project database from the bundled sample data."""
    build = _require("jobcenter_bench.core.sample", "build_sample_database")
    from jobcenter_bench.core.store import DB_SUFFIX, Store

    path = ctx.workdir / f"selftest{DB_SUFFIX}"
    store = build(path, force=True)
    if hasattr(store, "close"):
        store.close()
    _check(path.is_file(), f"no database was written at {path}")
    with Store.open(path, create=False) as store:
        info = store.info()
    years = info.get("years") or []
    _check(bool(years), "the sample database holds no year of data")
    centres = max(int(y.get("jobcentres_answered") or 0) for y in years)
    _check(centres > 0, "the sample database holds no job centre answers")
    ctx.db_path = path
    return f"{len(years)} years, {centres} job centres"


def step_regression(ctx: Context) -> str:
    """Run the analysis with the own regression model and its statsmodels inference table."""
    _check(ctx.db_path is not None, "no sample database (the sample-data step did not run)")
    analysis = _require("jobcenter_bench.core.analysis")
    from jobcenter_bench.core.store import Store

    options = analysis.AnalysisOptions(prediction="own", inference=True)
    with Store.open(ctx.db_path, create=False) as store:
        result = analysis.analyse(store, None, options)
    _check("statsmodels" in sys.modules, "the regression did not use statsmodels")
    table = result.models.get("core")
    _check(table is not None, f"no regression table for the core rate ({result.model_note or 'no note'})")
    _check(table.n > len(table.variables) + 1, f"the regression used only {table.n} job centres")
    bad = [c.name for c in table.coefficients if not (_finite(c.estimate) and _finite(c.std_error))]
    _check(not bad, f"regression coefficients not finite: {', '.join(bad)}")
    _check(0.0 <= table.r_squared <= 1.0, f"R² out of range: {table.r_squared}")
    ctx.results["analysis"] = result
    return f"{result.year}: N={table.n}, {len(table.variables)} variables, R²={table.r_squared:.2f}"


def step_dea(ctx: Context) -> str:
    """Solve the default DEA model (scipy HiGHS) on the sample data."""
    _check(ctx.db_path is not None, "no sample database (the sample-data step did not run)")
    dea_for_year = _require("jobcenter_bench.core.frontier_models", "dea_for_year")
    from jobcenter_bench.core.store import Store

    with Store.open(ctx.db_path, create=False) as store:
        result = dea_for_year(store)
    scores = [c.efficiency for c in result.included()]
    _check(len(scores) > 1, "the DEA included fewer than two job centres")
    _check(all(_finite(t) and 0 < t <= 1 for t in scores), "a DEA efficiency is outside (0, 1]")
    efficient = sum(c.efficient for c in result.included())
    _check(efficient >= 1, "no job centre is on the DEA frontier")
    return f"{len(scores)} centres, {efficient} on the frontier"


def step_levers(ctx: Context) -> str:
    """Compute the improvement levers (forbedringsforslag) of the sample data, standard scenario."""
    _check(ctx.db_path is not None, "no sample database (the sample-data step did not run)")
    compute = _require("jobcenter_bench.core.levers.engine", "compute_levers")
    import numpy as np

    from jobcenter_bench.core.store import Store

    with Store.open(ctx.db_path, create=False) as store:
        results = compute(store)
    _check(len(results.levers) > 0 and len(results.centres) > 0, "no levers or no centres computed")
    for name in ("hours", "dkk", "fte"):
        _check(bool(np.isfinite(getattr(results, name)).all()), f"lever {name} contain NaN or infinity")
    national = results.national()
    _check(0 < national.total_low_dkk <= national.total_high_dkk,
           f"implausible national potential: low {national.total_low_dkk:.0f} DKK, "
           f"high {national.total_high_dkk:.0f} DKK")
    ctx.results["levers"] = results
    return (f"{len(results.levers)} levers x {len(results.centres)} centres, national "
            f"{national.total_low_dkk / 1e6:.0f}–{national.total_high_dkk / 1e6:.0f} m DKK")


def _first_centre(ctx: Context) -> str:
    analysis = ctx.results.get("analysis")
    _check(analysis is not None and bool(analysis.centres), "no analysis result (the regression step did not run)")
    return analysis.centres[0].jobcenter


def _session_results(ctx: Context):
    """The sample database's ``Results`` (core.session), computed once for the report steps."""
    if "session" not in ctx.results:
        compute = _require("jobcenter_bench.core.session", "compute")
        ctx.results["session"] = compute(ctx.db_path)
    return ctx.results["session"]


def step_centre_pdf(ctx: Context) -> str:
    """Write one centre report as PDF with the bundled font embedded."""
    _check(ctx.db_path is not None, "no sample database (the sample-data step did not run)")
    write = _require("jobcenter_bench.reports.api", "write_centre_report")
    centre = _first_centre(ctx)
    path = write(_session_results(ctx), centre, ctx.workdir / "centre-report.pdf", lang=ctx.lang)
    data = Path(path).read_bytes()
    _check(data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:], f"{path} is not a complete PDF")
    _check(b"/FontFile2" in data and b"DejaVuSans" in data,
           "the PDF does not embed the bundled DejaVu Sans font")
    return f"{centre}: {len(data) / 1024:.0f} KB"


def step_excel_workbook(ctx: Context) -> str:
    """Write the Excel workbook and read it back with openpyxl."""
    _check(ctx.db_path is not None, "no sample database (the sample-data step did not run)")
    write = _require("jobcenter_bench.reports.api", "write_workbook")
    path = Path(write(_session_results(ctx), ctx.workdir / "workbook.xlsx", lang=ctx.lang))
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    try:
        sheets = wb.sheetnames
        rows = wb[sheets[0]].max_row if sheets else 0
    finally:
        wb.close()
    _check(len(sheets) >= 2, f"the workbook has {len(sheets)} sheet(s)")
    _check((rows or 0) > 1, f"the first sheet '{sheets[0]}' has no data rows")
    return f"{len(sheets)} sheets, {path.stat().st_size / 1024:.0f} KB"


def _qt_app():
    """The QApplication (created offscreen unless the caller chose a platform)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "jobcenter-bench"])


def _native_platform_plugin() -> str | None:
    """None when Qt's platform plugin for this system (the one a real start uses) is present,
    else the places it was looked for (every folder Qt loads plugins from)."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo

    wanted = {"win32": "qwindows.dll", "darwin": "libqcocoa.dylib"}.get(sys.platform, "libqxcb.so")
    folders = [*QCoreApplication.libraryPaths(), QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)]
    candidates = [Path(folder) / "platforms" / wanted for folder in dict.fromkeys(folders)]
    return None if any(c.is_file() for c in candidates) else " or ".join(map(str, candidates))


def _wait_for(signal, seconds: float) -> bool:
    """Run the Qt event loop until ``signal`` fires (True) or ``seconds`` pass (False)."""
    from PySide6.QtCore import QEventLoop, QTimer

    fired = []
    loop = QEventLoop()

    def done(*_args) -> None:
        fired.append(True)
        loop.quit()

    signal.connect(done)
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    signal.disconnect(done)
    return bool(fired)


def step_main_window(ctx: Context) -> str:
    """Create the main window offscreen on the sample database, paint it, run its analysis."""
    _check(ctx.db_path is not None, "no sample database (the sample-data step did not run)")
    app = _qt_app()
    gui_app = _require("jobcenter_bench.gui.app")
    missing = _native_platform_plugin()
    _check(missing is None, f"Qt's platform plugin for this system is missing: {missing}")
    hooks = sys.excepthook, threading.excepthook
    gui_app.configure_application(app)
    window = gui_app.create_window(str(ctx.db_path))
    try:
        _check(window.ws.store is not None, f"the main window did not open {ctx.db_path}")
        window.show()
        _check(_wait_for(window.first_painted, 20), "the main window was not painted within 20 s")
        window.ws.compute()
        _check(_wait_for(window.ws.results_changed, 120), "the window's analysis did not finish within 120 s")
        _check(window.ws.analysis is not None,
               f"the window's analysis failed: {window.ws.analysis_error or 'no result'}")
        app.processEvents()
        shot = window.grab()
        _check(not shot.isNull() and shot.width() > 0, "the main window could not be rendered")
        size = f"{shot.width()}x{shot.height()}"
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
        sys.excepthook, threading.excepthook = hooks
    return f"{len(window.views)} views, {size} px, platform {app.platformName()}"


def step_translations(ctx: Context) -> str:
    """Load the English catalogue (ours) and Qt's Danish catalogue for the standard dialogs."""
    _qt_app()
    from PySide6.QtCore import QLibraryInfo, QTranslator

    i18n = _require("jobcenter_bench.gui.i18n")
    en = QTranslator()
    path = i18n.catalogue_path("en")
    _check(en.load(str(path)), f"cannot load the English catalogue {path}")
    if en.isEmpty():
        raise StepFailed(f"the English catalogue {path} is empty" if getattr(sys, "frozen", False)
                         else f"not available: the English catalogue {path} has no translations yet")
    _check(i18n.install_language("en"), "install_language('en') failed")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_da = QTranslator()
    _check(qt_da.load("qtbase_da", qt_dir), f"Qt's Danish catalogue qtbase_da.qm is missing in {qt_dir}")
    _check(i18n.install_language("da"), "install_language('da') failed")
    _check(i18n.language() == "da", "the language did not switch back to Danish")
    return f"en: {path.name}, da: qtbase_da.qm"


#: The steps in the order they run.
STEPS: tuple[tuple[str, Step], ...] = (
    ("resources", step_resources),
    ("sample-data", step_sample_data),
    ("regression", step_regression),
    ("dea", step_dea),
    ("levers", step_levers),
    ("centre-pdf", step_centre_pdf),
    ("excel-workbook", step_excel_workbook),
    ("main-window", step_main_window),
    ("translations", step_translations),
)


# ---------------------------------------------------------------------------------- runner
def run_selftest(
    out: TextIO | None = None, keep: Path | None = None, verbose: bool = False, lang: str = "da",
    steps: tuple[tuple[str, Step], ...] = STEPS,
) -> int:
    """Run the steps; print one line each to ``out``; return 0 if all passed, else 1.

    Parameters
    ----------
    out : stream for the report lines (default ``sys.stdout``).
    keep : folder to write the temporary database, PDF and workbook to (kept afterwards);
        default a temporary folder that is removed.
    verbose : also print the traceback of a failure.
    lang : language of the reports written ("da" or "en").
    """
    out = out or sys.stdout
    from jobcenter_bench import __version__
    from jobcenter_bench.core.resources import layout, project_root

    print(f"jobcenter-bench {__version__} selvtest ({layout()}, {project_root()})", file=out, flush=True)
    started = time.perf_counter()
    with _workdir(keep) as workdir, _isolated_user_dirs(workdir), no_network():
        ctx = Context(workdir=workdir, lang=lang)
        for name, step in steps:
            t0 = time.perf_counter()
            try:
                detail = step(ctx)
            except Exception as exc:  # noqa: BLE001 - every failure becomes one report line
                print(f"FEJL {name}: {_reason(exc)}", file=out, flush=True)
                if verbose:
                    if not isinstance(exc, StepFailed):
                        traceback.print_exception(exc, file=out)
                    for message in QT_MESSAGES:
                        print(f"  qt: {message}", file=out)
                _shutdown_qt()
                return 1
            seconds = time.perf_counter() - t0
            suffix = f" – {detail}" if detail and verbose else ""
            print(f"OK {name} ({seconds:.2f} s){suffix}", file=out, flush=True)
        _shutdown_qt()
        if verbose:
            for message in QT_MESSAGES:
                print(f"  qt: {message}", file=out)
    print(f"Selvtest bestået: {len(steps)} trin på {time.perf_counter() - started:.1f} s", file=out)
    return 0


@contextmanager
def _workdir(keep: Path | None) -> Iterator[Path]:
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        yield keep
        return
    with tempfile.TemporaryDirectory(prefix="jcbench-selftest-", ignore_cleanup_errors=True) as tmp:
        yield Path(tmp)


@contextmanager
def _isolated_user_dirs(workdir: Path) -> Iterator[None]:
    """Send Qt settings and per-user data folders into ``workdir`` (never the user's own).

    Linux: the XDG variables (QStandardPaths follows them); elsewhere QStandardPaths' test mode.
    QSettings files go to ``workdir/settings`` on every platform.
    """
    settings = workdir / "settings"
    saved = {k: os.environ.get(k) for k in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")}
    if sys.platform.startswith("linux"):
        os.environ["XDG_CONFIG_HOME"] = str(settings / "config")
        os.environ["XDG_DATA_HOME"] = str(settings / "data")
        os.environ["XDG_CACHE_HOME"] = str(settings / "cache")
    qt_core = None
    try:
        from PySide6 import QtCore as qt_core
    except ImportError:
        pass
    if qt_core is not None:
        for fmt in (qt_core.QSettings.Format.IniFormat, qt_core.QSettings.Format.NativeFormat):
            qt_core.QSettings.setPath(fmt, qt_core.QSettings.Scope.UserScope, str(settings / "config"))
        if not sys.platform.startswith("linux"):
            qt_core.QStandardPaths.setTestModeEnabled(True)
        previous = qt_core.qInstallMessageHandler(_collect_qt_message)
    try:
        yield
    finally:
        if qt_core is not None:
            qt_core.qInstallMessageHandler(previous)
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        if qt_core is not None and not sys.platform.startswith("linux"):
            qt_core.QStandardPaths.setTestModeEnabled(False)


#: Qt's own log lines during the self-test (kept off the report; ``--verbose`` prints them).
QT_MESSAGES: list[str] = []


def _collect_qt_message(_mode, _context, message: str) -> None:
    QT_MESSAGES.append(message)


def _shutdown_qt() -> None:
    """Let worker threads finish before the interpreter exits (a running QThread aborts Qt)."""
    qt_core = sys.modules.get("PySide6.QtCore")
    if qt_core is not None:
        qt_core.QThreadPool.globalInstance().waitForDone(10_000)
