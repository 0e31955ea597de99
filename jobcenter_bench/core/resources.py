"""Find the bundled data files (``resources/`` and ``sample_data/``).

One function serves a source checkout, an installed package and a frozen (PyInstaller) build,
so nothing ever depends on the current working directory.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def project_root() -> Path:
    """The folder that holds ``resources/`` and ``sample_data/``.

    In a frozen build that is ``sys._MEIPASS``; otherwise the parent of the package folder.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


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
