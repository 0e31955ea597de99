"""Shared helpers for the packaging tests and the frozen benchmark (no test functions here)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import appinfo  # noqa: E402,F401 (re-exported for the tests)

#: Set to an existing one-folder build's parent (the ``--distpath``) to test that build instead
#: of building a new one (for a quick local loop; CI always builds).
PREBUILT_ENV = "JCBENCH_PREBUILT_DIST"


def isolated_env(home: Path, **extra: str) -> dict[str, str]:
    """Environment for a child process with its own home, config, data and cache folders.

    Offscreen Qt, no user site-packages, no proxy: nothing of the developer's profile leaks in
    and nothing is written into it.
    """
    env = {k: v for k, v in os.environ.items() if not k.upper().endswith("_PROXY")}
    for key in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP"):
        env.pop(key, None)
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONNOUSERSITE="1",
    )
    (home / "runtime").mkdir(parents=True, exist_ok=True, mode=0o700)
    env.update(extra)
    return env


def run(cmd: list[str], env: dict[str, str], cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run ``cmd`` and capture text output (stdout and stderr separately)."""
    return subprocess.run(
        cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout,
        encoding="utf-8", errors="replace",
    )


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """``relative path -> (size, mtime_ns)`` of every file and folder under ``folder``."""
    out: dict[str, tuple[int, int]] = {}
    for path in folder.rglob("*"):
        st = path.lstat()
        out[str(path.relative_to(folder))] = (st.st_size if path.is_file() else 0, st.st_mtime_ns)
    return out


def changes(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]) -> list[str]:
    """Paths created, removed or modified between two snapshots."""
    created = sorted(set(after) - set(before))
    removed = sorted(set(before) - set(after))
    modified = sorted(p for p in set(before) & set(after) if before[p] != after[p] and not _is_dir(p, after))
    return [f"+{p}" for p in created] + [f"-{p}" for p in removed] + [f"~{p}" for p in modified]


def _is_dir(rel: str, snap: dict[str, tuple[int, int]]) -> bool:
    prefix = rel + os.sep
    return any(k.startswith(prefix) for k in snap)
