"""The core never imports Qt: checked in a fresh interpreter so nothing else has loaded it."""

import json
import pkgutil
import subprocess
import sys

import jobcenter_bench.core


def _core_modules() -> list[str]:
    return [
        m.name
        for m in pkgutil.walk_packages(jobcenter_bench.core.__path__, "jobcenter_bench.core.")
    ]


def test_core_and_cli_core_paths_import_no_qt():
    modules = _core_modules()
    assert len(modules) >= 5
    code = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


def test_qt_detector_would_fail_on_qt():
    """The check above can fail: importing Qt shows up in the same probe."""
    code = "import sys, PySide6.QtCore; print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"
