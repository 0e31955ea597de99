"""Fixtures for the fault suite: a sample database to copy, the CLI in-process, and mounts.

``demo_db`` copies one sample database (built once per session) into the test's folder.
``cli`` runs ``jobcenter-bench`` in this process and returns ``(exit code, stdout, stderr)``;
it fails the test if a traceback reaches either stream. ``small_mount`` gives a tmpfs of a
given size (root only; the test is skipped otherwise) that can be switched read-only.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from contextlib import contextmanager
from pathlib import Path

import pytest

from jobcenter_bench.cli import main


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory) -> Path:
    from jobcenter_bench.core.sample import build_sample_database

    path = tmp_path_factory.mktemp("sample") / "sample.jcbench"
    build_sample_database(path).close()
    return path


@pytest.fixture
def demo_db(sample_db, tmp_path) -> Path:
    path = tmp_path / "demo.jcbench"
    shutil.copy(sample_db, path)
    return path


@pytest.fixture
def cli(capsys):
    def run(*args: str) -> tuple[int, str, str]:
        rc = main([str(a) for a in args])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err, out + err
        return rc, out, err

    return run


def snapshot(path: Path) -> tuple:
    """What the database holds, read-only: integrity and the row count of every table."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return (ok, *((t, conn.execute(f"SELECT COUNT(*) FROM [{t}]").fetchone()[0]) for t in tables))
    finally:
        conn.close()


def can_mount() -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    return True


@pytest.fixture
def small_mount(tmp_path):
    """``make(size)`` mounts a tmpfs of ``size`` (e.g. "2m") and returns its folder; all are
    unmounted at the end. Skips when not root or mounting is not allowed."""
    if not can_mount():
        pytest.skip("needs root to mount a small tmpfs")
    mounted: list[Path] = []

    def make(size: str) -> Path:
        folder = tmp_path / f"mnt{len(mounted)}"
        folder.mkdir()
        res = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                             capture_output=True, text=True)
        if res.returncode:
            pytest.skip(f"cannot mount a tmpfs: {res.stderr.strip()}")
        mounted.append(folder)
        return folder

    yield make
    for folder in reversed(mounted):
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


@contextmanager
def read_only(folder: Path, file: Path | None = None):
    """Make ``folder`` (a tmpfs from ``small_mount`` when root) or ``file`` read-only."""
    if os.geteuid() == 0:
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True, capture_output=True)
        try:
            yield
        finally:
            subprocess.run(["mount", "-o", "remount,rw", str(folder)], check=True, capture_output=True)
        return
    target = file or folder
    mode = target.stat().st_mode
    target.chmod(0o444 if file else 0o555)
    try:
        yield
    finally:
        target.chmod(mode)


def fill_disk(folder: Path, leave: int = 0) -> Path:
    """Fill the file system of ``folder`` up to ``leave`` free bytes (0: to the last byte);
    returns the filler file."""
    filler = folder / "filler.bin"
    target = max(shutil.disk_usage(folder).free - leave, 0)
    with open(filler, "wb", buffering=0) as fh:
        written = 0
        try:
            while written < target or not leave:
                written += fh.write(b"\0" * min(65536, target - written if leave else 65536))
        except OSError:  # ENOSPC: full
            pass
    return filler
