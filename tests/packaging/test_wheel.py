"""Build the wheel, install it into a fresh virtual environment outside the checkout, run it there.

Proves that ``pip install .``/``pipx install`` give a program that starts: the data files travel
inside the wheel (``jobcenter_bench/_data/``) and ``core.resources`` finds them there. About 25 s:
``pip wheel --no-deps`` (build isolation, setuptools from pip's cache), then the wheel alone is
installed (``--no-deps``) into a new venv that sees the running interpreter's site-packages for
the dependencies (a ``.pth`` line: their editable install of the checkout is NOT activated, so
the only ``jobcenter_bench`` the venv can import is the wheel's).
"""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from _packaging_support import ROOT, appinfo, isolated_env, run

pytestmark = pytest.mark.packaging

#: What the sdist holds (MANIFEST.in) and so what a wheel is built from.
SOURCE_PARTS = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "jobcenter_bench",
                "resources", "sample_data", "packaging/appinfo.py")


def _copy_source(dest: Path) -> Path:
    """A clean copy of the sources, so the build writes nothing (build/, egg-info) into the checkout."""
    for part in SOURCE_PARTS:
        src, dst = ROOT / part, dest / part
        dst.parent.mkdir(parents=True, exist_ok=True)
        if src.is_dir():
            shutil.copytree(src, dst, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(src, dst)
    return dest


@pytest.fixture(scope="session")
def wheel(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("wheel")
    src = _copy_source(base / "src")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PIP_REQUIRE_VIRTUALENV")}
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--disable-pip-version-check", "-q",
         "-w", str(base / "out"), str(src)],
        cwd=base, env=env, capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, f"pip wheel failed:\n{proc.stdout}{proc.stderr}"
    wheels = list((base / "out").glob("jobcenter_bench-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="session")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh venv (outside the checkout) holding the wheel; returns its scripts folder."""
    venv = tmp_path_factory.mktemp("venv") / "env"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    py = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    purelib = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    # the dependencies: the running interpreter's site-packages, added after the venv's own
    (Path(purelib) / "jcb-test-dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n",
                                                             encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps", "--no-index",
         "--disable-pip-version-check", "-q", str(wheel)],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, f"installing the wheel failed:\n{proc.stdout}{proc.stderr}"
    return py.parent


def _exe(scripts: Path) -> str:
    return str(scripts / ("jobcenter-bench.exe" if sys.platform == "win32" else "jobcenter-bench"))


def test_wheel_carries_exactly_the_bundled_data_files(wheel):
    """The same files as the frozen build (appinfo.data_files), under jobcenter_bench/_data/."""
    with zipfile.ZipFile(wheel) as zf:
        names = {n for n in zf.namelist() if n.startswith("jobcenter_bench/_data/")}
    expected = {f"jobcenter_bench/_data/{Path(dest, Path(src).name).as_posix()}"
                for src, dest in appinfo.data_files()}
    assert "jobcenter_bench/_data/resources/levers.toml" in expected
    assert "jobcenter_bench/_data/sample_data/register_2009_2013.csv" in expected
    assert names == expected
    assert not any(n.endswith("generate.py") for n in names)


def test_installed_selftest_passes_outside_the_checkout(installed, tmp_path):
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    proc = run([_exe(installed), "selftest"], isolated_env(tmp_path / "home"), cwd=cwd, timeout=600)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, f"the installed selftest failed:\n{output}"
    header = proc.stdout.splitlines()[0]
    # the data root is the installed package's _data folder, not the checkout
    assert "(installed, " in header and str(installed.parent) in header, header
    assert str(ROOT) not in header
    assert "Traceback" not in output
    assert list(cwd.iterdir()) == []


def test_installed_demo_imports_the_bundled_sample_data(installed, tmp_path):
    db = tmp_path / "demo.jcbench"
    proc = run([_exe(installed), "demo", "--db", str(db)], isolated_env(tmp_path / "home"),
               cwd=tmp_path, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert db.is_file()
    imported = next(line for line in proc.stdout.splitlines() if line.startswith("Importerede filer:"))
    sample = {Path(src).name for src, dest in appinfo.data_files()
              if dest == "sample_data" and src.endswith((".csv", ".xlsx"))}
    assert set(imported.split(":", 1)[1].strip().split(", ")) == sample
