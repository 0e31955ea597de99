"""One fixture for the GUI tests: a main window on a copy of the sample database (napari's
``make_napari_viewer`` idea). QSettings and QStandardPaths point into a temporary folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

from jobcenter_bench.core.store import Store


@pytest.fixture(scope="session")
def gui_home(tmp_path_factory) -> Path:
    """Temporary settings and data folders for the whole session."""
    home = tmp_path_factory.mktemp("gui_home")
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "settings"))
    return home


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory) -> Path:
    """The sample database, built once per session with the core's own builder."""
    from jobcenter_bench.core.sample import build_sample_database

    path = tmp_path_factory.mktemp("sample") / "sample.jcbench"
    build_sample_database(path).close()
    return path


@pytest.fixture
def db_copy(sample_db, tmp_path) -> Path:
    """A private copy of the sample database (tests may import into it)."""
    path = tmp_path / "sample.jcbench"
    shutil.copy(sample_db, path)
    return path


@pytest.fixture
def make_window(qapp, qtbot, gui_home, db_copy):
    """``make_window(lang="da")`` → a shown main window with the analysis computed."""
    from jobcenter_bench.gui import settings as settings_mod
    from jobcenter_bench.gui.app import configure_application, create_window
    from jobcenter_bench.gui.i18n import install_language

    configure_application(qapp)
    windows = []

    def make(lang: str = "da", db: Path | None = None, ask_unsaved: bool = False, first_start: bool = False):
        qs = settings_mod.qsettings()
        qs.clear()
        qs.setValue("language", lang)
        if not first_start:  # "Hvilket jobcenter er dit?" is asked at a first start only
            qs.setValue("version", settings_mod.SETTINGS_VERSION)
            qs.setValue("home_asked", True)
        qs.sync()
        window = create_window(str(db or db_copy))
        if not ask_unsaved:
            # a test may leave the working scenario changed: closing must not wait for an answer
            # to the Gem/Kassér/Annullér question (tests/gui/test_unsaved_scenario.py asks it)
            window.confirm_unsaved = lambda: True
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.ws.compute()
        qtbot.waitUntil(lambda: window.ws.analysis is not None or bool(window.ws.analysis_error), timeout=20000)
        assert window.ws.analysis is not None, window.ws.analysis_error
        windows.append(window)
        return window

    yield make
    for w in windows:
        w.ws.runner.cancel_all()
        w.ws.runner.wait(10000)
    install_language("da")


@pytest.fixture
def row_counts():
    """``row_counts(store)``: counts that change with any import (survey, register, import log)."""
    return current_rows


def current_rows(store: Store) -> tuple[int, int, int]:
    """Counts that change with any import: current survey rows, register rows, import log rows."""
    c = store.conn
    return (c.execute("SELECT COUNT(*) FROM survey").fetchone()[0],
            c.execute("SELECT COUNT(*) FROM register").fetchone()[0],
            c.execute("SELECT COUNT(*) FROM import_log").fetchone()[0])
