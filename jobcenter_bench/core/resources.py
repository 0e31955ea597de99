"""Find the bundled data files (``resources/`` and ``sample_data/``).

One lookup serves the three layouts the app runs from, so nothing ever depends on the current
working directory:

- **frozen** (PyInstaller one-folder build): the bundle root ``sys._MEIPASS``;
- **installed** (a wheel, ``pip install .``, ``pipx install``): ``jobcenter_bench/_data/``
  inside the installed package, where the build copies the two folders (``setup.py``);
- **source checkout** (also an editable install): the repository root, the parent of the
  package folder, where the two folders live.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

#: Name of the folder inside the installed package that holds ``resources/`` and ``sample_data/``.
INSTALLED_DATA_DIR = "_data"


def _package_dir() -> Path:
    return Path(__file__).resolve().parents[1]


@cache
def project_root() -> Path:
    """The folder that holds ``resources/`` and ``sample_data/`` (see the module docstring)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    installed = _package_dir() / INSTALLED_DATA_DIR
    if (installed / "resources").is_dir():
        return installed
    return _package_dir().parent


def layout() -> str:
    """``"frozen"``, ``"installed"`` or ``"source"``: where :func:`project_root` found the data."""
    root = project_root()
    if getattr(sys, "_MEIPASS", None) and root == Path(sys._MEIPASS):
        return "frozen"
    return "installed" if root == _package_dir() / INSTALLED_DATA_DIR else "source"


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/`` (e.g. ``resource_path("levers.toml")``)."""
    path = project_root().joinpath("resources", *parts)
    if not path.exists():
        raise FileNotFoundError(f"Bundled resource missing: {path}")
    return path


def sample_data_path(*parts: str) -> Path:
    """Path of a file under ``sample_data/`` (the synthetic national dataset)."""
    path = project_root().joinpath("sample_data", *parts)
    if not path.exists():
        raise FileNotFoundError(f"Bundled sample data missing: {path}")
    return path


def bundled_licences() -> list[tuple[str, str, str]]:
    """``(component, version, licence)`` for each licence text in ``licenses/`` at the data root.

    Only a frozen build has that folder (``packaging/appinfo.py`` writes it and its
    ``index.tsv``); elsewhere the list is empty, as each installed dependency carries its own.
    """
    index = project_root() / "licenses" / "index.tsv"
    if not index.is_file():
        return []
    rows = index.read_text(encoding="utf-8").splitlines()[1:]
    return [tuple(row.split("\t")[:3]) for row in rows if row.count("\t") >= 3]
