"""Database faults reach the user as a message, never a traceback, and never change a file
that is not ours (issue 13, points 1, 2 and 7).

Every command runs in-process through ``jobcenter_bench.cli.main``; the ``cli`` fixture fails
on any traceback. "Unchanged" is checked with SHA-256 for files that are not ours and with
``PRAGMA integrity_check`` plus the row count of every table for our own databases.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from jobcenter_bench.core import store as store_mod
from jobcenter_bench.core.importing import import_files
from jobcenter_bench.core.store import APPLICATION_ID, Store, StoreError

from .conftest import fill_disk, read_only, snapshot

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"
REGISTER = SAMPLE / "register_2009_2013.csv"
SURVEY = SAMPLE / "survey_2009_2013.xlsx"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _commands(db: Path, out: Path) -> list[list]:
    """Every command that opens an existing database."""
    return [["info", "--db", db], ["analyse", "--db", db], ["model", "--db", db], ["levers", "--db", db],
            ["export", "--db", db, "--out", out / "x.xlsx"], ["import", "--db", db, REGISTER],
            ["report", "--db", db, "--national", "--out", out / "n.pdf"],
            ["business-case", "--db", db, "--jobcenter", "Aabenraa"], ["validate", "--db", db, REGISTER]]


# ---------------------------------------------------------------- not ours: refused untouched
def _foreign(tmp_path: Path) -> Path:
    path = tmp_path / "foreign.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE kunder(navn TEXT)")
    conn.execute("INSERT INTO kunder VALUES ('Hansen')")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("kind", ["foreign_sqlite", "empty_file", "text_file", "empty_sqlite"])
def test_a_file_that_is_not_ours_is_refused_untouched(tmp_path, cli, kind):
    if kind == "foreign_sqlite":
        path = _foreign(tmp_path)
    elif kind == "empty_sqlite":  # a valid SQLite file without any table (and no application id)
        path = tmp_path / "blank.jcbench"
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA user_version = 7")  # makes SQLite write the header
        conn.close()
    else:
        path = tmp_path / "x.jcbench"
        path.write_bytes(b"" if kind == "empty_file" else "Kære kollega, her er tallene\n".encode() * 50)
    before = sha(path)
    for args in _commands(path, tmp_path):
        rc, out, err = cli(*args)
        assert rc == 1, (args, out, err)
        expected = "tom fil (0 byte)" if kind == "empty_file" else "ikke en Jobcenter Bench-database"
        assert expected in err, (args, err)
    assert sha(path) == before
    assert not list(tmp_path.glob("*-wal")) and not list(tmp_path.glob("*-shm")) and not list(tmp_path.glob("*.xlsx"))


def test_a_new_database_has_our_application_id(tmp_path, cli):
    db = tmp_path / "new.jcbench"
    assert cli("import", "--db", db, REGISTER)[0] == 0
    conn = sqlite3.connect(db)
    # 0x4A434231 is "JCB1" in ASCII; the schema version is 1
    assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x4A434231 == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    assert db.read_bytes()[68:72] == b"JCB1"  # the header offset SQLite documents for the id
    assert not (tmp_path / "new.jcbench.creating").exists()


def test_a_database_from_before_the_application_id_still_opens(demo_db, cli):
    conn = sqlite3.connect(demo_db)
    conn.execute("PRAGMA application_id = 0")
    conn.close()
    rc, out, _ = cli("info", "--db", demo_db)
    assert rc == 0 and "2013: 94 jobcentre" in out
    assert demo_db.read_bytes()[68:72] == b"JCB1"  # set once it was recognised by its meta table


# ---------------------------------------------------------------- locks
HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "exclusive":
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("CREATE TABLE IF NOT EXISTS lock_probe(x)")
else:
    conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
"""


def _hold_lock(db: Path, mode: str) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(db), mode], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    return proc


def _release(proc: subprocess.Popen) -> None:
    proc.stdin.close()  # the holder exits without committing: its transaction rolls back
    proc.wait(timeout=10)


def test_a_write_lock_held_by_another_process_waits_then_refuses(demo_db, cli, monkeypatch):
    monkeypatch.setattr(store_mod, "LOCK_WAIT_SECONDS", 0.6)
    before = snapshot(demo_db)
    proc = _hold_lock(demo_db, "immediate")
    try:
        started = time.monotonic()
        rc, out, err = cli("import", "--db", demo_db, REGISTER)
        waited = time.monotonic() - started
    finally:
        _release(proc)
    assert rc == 1
    assert "venter op til" in err  # said while waiting
    assert f"Databasen {demo_db} er låst af et andet program" in err and "Intet er ændret" in err
    assert 0.6 <= waited < 10  # bounded: the wait, not forever
    assert snapshot(demo_db) == before
    assert cli("import", "--db", demo_db, REGISTER)[0] == 0  # once the lock is gone it works


def test_an_exclusive_lock_stops_even_reading_with_a_message(demo_db, cli, monkeypatch):
    monkeypatch.setattr(store_mod, "LOCK_WAIT_SECONDS", 0.3)
    proc = _hold_lock(demo_db, "exclusive")
    try:
        for args in (["info", "--db", demo_db], ["analyse", "--db", demo_db]):
            rc, _, err = cli(*args)
            assert rc == 1 and "låst af et andet program" in err, err
    finally:
        _release(proc)
    assert cli("info", "--db", demo_db)[0] == 0


# ---------------------------------------------------------------- read-only file and folder
@pytest.fixture
def ro_place(tmp_path, request):
    """A folder that can be made read-only: a tmpfs when root (root ignores permissions)."""
    if os.geteuid() == 0:
        return request.getfixturevalue("small_mount")("4m")
    folder = tmp_path / "ro"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_database_is_read_but_not_written(sample_db, ro_place, cli, what):
    db = ro_place / "demo.jcbench"
    shutil.copy(sample_db, db)
    before = snapshot(db)
    with read_only(ro_place, db if what == "file" else None):
        rc, out, err = cli("import", "--db", db, REGISTER)
        assert rc == 1
        assert "skrivebeskyttet" in err and str(db) in err, err
        rc, out, err = cli("info", "--db", db)
        assert (rc == 0 and "2013: 94 jobcentre" in out) or "skrivebeskyttet" in err, out + err
        rc, _, err = cli("import", "--db", ro_place / "new.jcbench", REGISTER)
        assert rc == 1 and "new.jcbench" in err, err
    assert snapshot(db) == before
    assert not (ro_place / "new.jcbench").exists()


# ---------------------------------------------------------------- damaged pages
def test_damaged_pages_say_restore_from_backup(demo_db, cli, tmp_path):
    data = bytearray(demo_db.read_bytes())
    page = 4096
    for start in range(3 * page, len(data), 5 * page):  # every fifth page from the fourth on
        data[start + 8:start + 1200] = os.urandom(1192)
    demo_db.write_bytes(bytes(data))
    for args in _commands(demo_db, tmp_path):
        rc, out, err = cli(*args)
        assert rc == 1, (args, out)
        assert "er beskadiget" in err and "sikkerhedskopi" in err and str(demo_db) in err, (args, err)


# ---------------------------------------------------------------- full disk
def test_a_full_disk_during_an_import_changes_nothing(sample_db, small_mount, cli):
    folder = small_mount("3m")
    db = folder / "demo.jcbench"
    shutil.copy(sample_db, db)
    before = snapshot(db)
    filler = fill_disk(folder)
    rc, _, err = cli("import", "--db", db, REGISTER, SURVEY)
    assert rc == 1
    assert "ikke mere plads på disken" in err and "cannot rollback" not in err, err
    filler.unlink()
    assert snapshot(db) == before
    assert cli("import", "--db", db, REGISTER)[0] == 0


def test_a_full_disk_when_creating_leaves_no_file(small_mount, cli):
    folder = small_mount("1m")
    filler = fill_disk(folder)
    rc, _, err = cli("import", "--db", folder / "new.jcbench", REGISTER)
    assert rc == 1 and "plads på disken" in err, err
    assert sorted(p.name for p in folder.iterdir()) == ["filler.bin"]
    # with 300 KB free the schema fits but the data does not: still no file afterwards
    filler.unlink()
    fill_disk(folder, leave=300 * 1024)
    rc, _, err = cli("import", "--db", folder / "new.jcbench", REGISTER, SURVEY)
    assert rc == 1 and "plads på disken" in err, err
    assert sorted(p.name for p in folder.iterdir()) == ["filler.bin"]


def test_a_full_database_rolls_back_without_a_second_error(demo_db):
    """SQLite's own 'database or disk is full' (here from max_page_count, so the test runs
    without root): the import is refused with the disk-full message, the database unchanged."""
    before = snapshot(demo_db)
    with Store.open(demo_db, create=False) as store:
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(StoreError) as info:
            import_files(store, [REGISTER, SURVEY])
        assert not store.conn.in_transaction
    assert "ikke mere plads på disken" in str(info.value)
    assert "rollback" not in str(info.value) and "rollback" not in info.value.message_en
    assert snapshot(demo_db) == before


def test_the_gui_shows_a_database_fault_as_the_cli_does(demo_db):
    pytest.importorskip("PySide6")
    from jobcenter_bench.gui.errors import message_for

    data = bytearray(demo_db.read_bytes())
    data[4096 * 3:4096 * 40] = b"\xff" * (4096 * 37)
    demo_db.write_bytes(bytes(data))
    conn = sqlite3.connect(demo_db)
    with pytest.raises(sqlite3.DatabaseError) as info:
        conn.execute("SELECT COUNT(*) FROM register WHERE value > 0").fetchall()
    conn.close()
    text = message_for(info.value)
    assert "beskadiget" in text and "uventet fejl" not in text
