"""kill -9 of an import at many moments leaves the database intact (issue 13, point 7).

One helper process (``_kill_worker.py``) forks an importer per round; the importer imports the
sample register and survey files again and again, each import one transaction, and is killed
with SIGKILL after a random delay, so the kills fall in reading, in the middle of writes, in
COMMIT and between imports, and (first round) while the database is being created. After
every kill: ``PRAGMA integrity_check`` is "ok", every import in the log has exactly as many
current-or-superseded rows as it logged (all or nothing), and at the end a normal import works.
Rounds take about 0.3 s each.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"
FILES = [SAMPLE / "register_2009_2013.csv", SAMPLE / "survey_2009_2013.xlsx"]
ROUNDS = 10


def _check(db: Path) -> int:
    """Integrity and all-or-nothing per import; returns the number of imports logged."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        logged = conn.execute("SELECT id, kind, rows FROM import_log").fetchall()
        for imp, kind, rows in logged:
            table = "register" if kind == "register" else "survey"
            stored = conn.execute(f"SELECT COUNT(*) FROM {table} WHERE import_id = ?", (imp,)).fetchone()[0]
            assert stored == rows, (imp, kind, rows, stored)
        # exactly one current revision per key
        dup = conn.execute("SELECT COUNT(*) FROM (SELECT 1 FROM register WHERE current = 1"
                           " GROUP BY municipality_code, year, variable HAVING COUNT(*) > 1)").fetchone()[0]
        assert dup == 0
        return len(logged)
    finally:
        conn.close()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_kill_9_at_random_moments_never_damages_the_database(tmp_path, cli):
    db = tmp_path / "killed.jcbench"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    worker = subprocess.Popen([sys.executable, str(Path(__file__).with_name("_kill_worker.py"))],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    rng = random.Random(13)
    imports_seen = []
    try:
        assert worker.stdout.readline().strip() == "ready"
        for i in range(ROUNDS):
            worker.stdin.write(f"go {db} {' '.join(map(str, FILES))}\n")
            worker.stdin.flush()
            pid = int(worker.stdout.readline().split()[1])
            # the first rounds kill during creation; later ones anywhere in ~5 imports
            time.sleep(rng.uniform(0.0, 0.03) if i < 2 else rng.uniform(0.03, 0.45))
            os.kill(pid, signal.SIGKILL)
            worker.stdin.write("reap\n")
            worker.stdin.flush()
            assert worker.stdout.readline().strip() == "reaped"
            if db.exists():  # a kill during creation leaves no database at all
                imports_seen.append(_check(db))
    finally:
        worker.stdin.close()
        worker.wait(timeout=20)
    assert imports_seen and imports_seen[-1] > 0  # the kills did not all land before any commit
    before = _check(db)
    rc, out, err = cli("import", "--db", db, FILES[0])
    assert rc == 0, err
    assert _check(db) == before + 1
