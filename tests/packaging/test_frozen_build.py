"""Build the one-folder app with the PyInstaller spec and prove it works (marker ``packaging``).

One build per test session (about a minute on 2 cores), shared by every test here. The built
``jobcenter-bench-cli selftest`` must pass offline, offscreen, from a foreign working directory,
with a fresh home folder, and must write nothing beside the executable (Program Files is
read-only on Windows). Select with ``-m packaging``; skip with ``-m "not packaging"``.
Set ``JCBENCH_PREBUILT_DIST`` to the ``--distpath`` of an existing build to test it instead.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from _packaging_support import (
    PREBUILT_ENV,
    ROOT,
    appinfo,
    changes,
    isolated_env,
    run,
    snapshot,
)

pytestmark = pytest.mark.packaging

BUILD_TIMEOUT_S = 1200


@pytest.fixture(scope="session")
def frozen_app(tmp_path_factory) -> Path:
    """The one-folder build (``<dist>/jobcenter-bench``), built once per session."""
    prebuilt = os.environ.get(PREBUILT_ENV)
    if prebuilt:
        app = Path(prebuilt) / appinfo.EXE_NAME
        assert appinfo.dist_exe(Path(prebuilt)).is_file(), f"{PREBUILT_ENV}={prebuilt} holds no build"
        return app
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail("PyInstaller is not installed: install the test extras (pip install -e '.[test]')")
    base = tmp_path_factory.mktemp("frozen")
    cmd = [
        sys.executable, str(ROOT / "packaging" / "build.py"),
        "--distpath", str(base / "dist"), "--workpath", str(base / "work"), "--no-sync-iss",
    ]
    env = isolated_env(base / "home")
    env["PYINSTALLER_CONFIG_DIR"] = str(base / "pyinstaller-cache")  # no shared cache between runs
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=BUILD_TIMEOUT_S, encoding="utf-8", errors="replace")
    except subprocess.TimeoutExpired:
        pytest.fail(f"the PyInstaller build took more than {BUILD_TIMEOUT_S} s")
    seconds = time.perf_counter() - t0
    tail = "\n".join((proc.stdout + proc.stderr).splitlines()[-40:])
    assert proc.returncode == 0, f"the PyInstaller build failed (exit {proc.returncode}):\n{tail}"
    print(f"\nfrozen build: {seconds:.0f} s; {proc.stdout.strip().splitlines()[-1]}")
    return base / "dist" / appinfo.EXE_NAME


def _bundle_root(app: Path) -> Path:
    """Where PyInstaller 6 puts ``sys._MEIPASS`` in a one-folder build."""
    return app / "_internal"


def test_build_is_one_folder_with_both_executables(frozen_app):
    assert frozen_app.is_dir()
    assert appinfo.dist_exe(frozen_app.parent, cli=True).is_file()
    assert appinfo.dist_exe(frozen_app.parent, cli=False).is_file()
    assert _bundle_root(frozen_app).is_dir(), "no _internal/ folder: not a one-folder build?"


def test_data_files_sit_at_the_bundle_root(frozen_app):
    root = _bundle_root(frozen_app)
    expected = {str(Path(dest, Path(src).name)) for src, dest in appinfo.data_files()}
    present = {str(p.relative_to(root)) for folder in appinfo.DATA_DIRS for p in (root / folder).rglob("*")
               if p.is_file()}
    assert expected - present == set(), "data files missing from the build"
    assert present - expected == set(), "unexpected files in resources/ or sample_data/ of the build"
    for never in ("sample_data/generate.py", "sample_data/lever_drivers.py"):
        assert not (root / never).exists()


def test_unused_qt_modules_and_packages_are_left_out(frozen_app):
    root = _bundle_root(frozen_app)
    names = {p.name for p in root.rglob("*")}
    for unwanted in ("QtWebEngineCore", "QtQml", "QtQuick", "Qt3DCore", "QtMultimedia", "QtNetwork"):
        assert not any(unwanted in n for n in names), f"{unwanted} was bundled"
    for package in ("tkinter", "matplotlib", "IPython", "pytest", "PyInstaller"):
        assert not (root / package).exists(), f"{package} was bundled"
    qt_catalogues = sorted(p.stem for p in root.glob("PySide6/**/translations/*.qm"))
    assert qt_catalogues and all(stem.rsplit("_", 1)[-1] in ("da", "en") for stem in qt_catalogues)


def test_frozen_selftest_passes_and_writes_nothing_beside_the_executable(frozen_app, tmp_path):
    before = snapshot(frozen_app)
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    env = isolated_env(tmp_path / "home")
    exe = appinfo.dist_exe(frozen_app.parent, cli=True)
    proc = run([str(exe), "selftest"], env, cwd=elsewhere, timeout=600)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, f"the frozen selftest failed:\n{output}"
    assert "(frozen," in proc.stdout, proc.stdout
    assert "Traceback" not in output
    assert changes(before, snapshot(frozen_app)) == [], "the frozen app wrote beside the executable"
    assert list(elsewhere.iterdir()) == [], "the frozen app wrote into the working directory"


def test_frozen_gui_first_start_paints_and_keeps_data_in_the_user_folder(frozen_app, tmp_path):
    """Item 5: per-user data in QStandardPaths.AppDataLocation, nothing beside the executable."""
    before = snapshot(frozen_app)
    home = tmp_path / "home"
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    env = isolated_env(home, JCBENCH_EXIT_AFTER_PAINT="1")
    exe = appinfo.dist_exe(frozen_app.parent, cli=False)
    proc = run([str(exe)], env, cwd=elsewhere, timeout=300)
    assert proc.returncode == 0, f"the frozen GUI failed to start:\n{proc.stdout}{proc.stderr}"
    assert any(line.startswith("first-paint ") for line in proc.stdout.splitlines()), proc.stdout
    assert changes(before, snapshot(frozen_app)) == [], "the frozen app wrote beside the executable"
    assert list(elsewhere.iterdir()) == [], "the frozen app wrote into the working directory"
    written = [p.relative_to(home) for p in home.rglob("*") if p.is_file()]
    outside = [p for p in written if p.parts[0] not in (".config", ".local", ".cache", "runtime")]
    assert outside == [], f"files written outside the per-user folders: {outside}"


def _commands(help_text: str) -> list[str]:
    """Sub-command names listed by ``--help`` (argparse's ``{a,b,c}`` or its indented list)."""
    return re.findall(r"^    (\S+)", help_text, re.MULTILINE)


def test_frozen_cli_has_every_command_of_the_source(frozen_app, tmp_path):
    """The commands are discovered with pkgutil at run time: the build must hold every module."""
    env = isolated_env(tmp_path / "home")
    frozen = run([str(appinfo.dist_exe(frozen_app.parent, cli=True)), "--help"], env, cwd=tmp_path)
    source = run([sys.executable, "-m", "jobcenter_bench", "--help"], env, cwd=tmp_path)
    assert frozen.returncode == 0, frozen.stderr
    assert _commands(source.stdout), source.stdout
    assert _commands(frozen.stdout) == _commands(source.stdout)


def test_licence_texts_of_the_bundled_components_sit_in_licenses(frozen_app):
    """Item 4: every bundled component's licence in licenses/, indexed for the About box."""
    folder = _bundle_root(frozen_app) / "licenses"
    rows = [line.split("\t") for line in (folder / appinfo.LICENCE_INDEX).read_text(
        encoding="utf-8").splitlines()[1:]]
    names = {row[0] for row in rows}
    for needed in ("Python", "Qt and Qt for Python (PySide6)", "DejaVu fonts", "numpy", "scipy",
                   "pandas", "statsmodels", "reportlab", "openpyxl", "PyInstaller bootloader"):
        assert needed in names, f"no licence for {needed} in the build"
    for name, _version, _licence, file in rows:
        assert (folder / file).stat().st_size > 200, f"licence text of {name} is empty"
    qt = next(row[3] for row in rows if row[0].startswith("Qt "))
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (folder / qt).read_text(encoding="utf-8")
