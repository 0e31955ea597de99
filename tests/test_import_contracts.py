"""The split between computing and rendering is enforced by import-linter's contracts
(``[tool.importlinter]`` in pyproject.toml): the core never imports GUI, reports, CLI or Qt; the
GUI and the reports never import the core modules that compute (they go through
``core.session``, ``core.measures`` and the results)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept():
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert exe, "lint-imports is missing: install the test extras (pip install -e '.[test]')"
    run = subprocess.run([exe, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "3 kept, 0 broken" in run.stdout


def test_a_broken_contract_is_reported(tmp_path):
    """The checker really fails on a forbidden import (not a test that cannot fail)."""
    pkg = tmp_path / "demo_pkg"
    (pkg / "core").mkdir(parents=True)
    (pkg / "gui").mkdir()
    for init in (pkg / "__init__.py", pkg / "core" / "__init__.py", pkg / "gui" / "__init__.py"):
        init.write_text("", encoding="utf-8")
    (pkg / "core" / "model.py").write_text("import demo_pkg.gui\n", encoding="utf-8")
    (tmp_path / ".importlinter").write_text(
        "[importlinter]\nroot_package = demo_pkg\n\n[importlinter:contract:1]\nname = core is pure\n"
        "type = forbidden\nsource_modules = demo_pkg.core\nforbidden_modules = demo_pkg.gui\n",
        encoding="utf-8")
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    env = {"PYTHONPATH": str(tmp_path), "PATH": str(Path(sys.executable).parent)}
    run = subprocess.run([exe, "--no-cache"], cwd=tmp_path, capture_output=True, text=True, timeout=120,
                         env=env)
    assert run.returncode != 0 and "broken" in run.stdout
