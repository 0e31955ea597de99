"""The store's own behaviour: revisions, all-or-nothing transactions, clear errors."""

import pytest

from jobcenter_bench.core.store import Store, StoreError


def test_reimport_adds_a_revision_and_keeps_the_old_one():
    s = Store.open(":memory:")
    for value in (10.0, 12.0):
        with s.transaction():
            i = s.log_import(file_name="a.xlsx", sha256="x", size_bytes=1, kind="survey_workbook", rows=1)
            s.write_survey(i, [{"jobcenter": "Skive", "year": 2013, "fte_caseworkers": value}])
    assert s.survey_answers(2013)[0]["fte_caseworkers"] == 12.0
    history = s.survey_history("Skive", 2013)
    assert [(h["revision"], h["current"], h["fte_caseworkers"]) for h in history] == [(1, 0, 10.0), (2, 1, 12.0)]
    assert s.imports()[0]["replaced"] == 1


def test_failed_transaction_leaves_nothing():
    s = Store.open(":memory:")
    with pytest.raises(RuntimeError), s.transaction():
        i = s.log_import(file_name="a.csv", sha256="x", size_bytes=1, kind="register", rows=1)
        s.write_register(i, [(779, 2013, "persons_adp", 100.0)])
        raise RuntimeError("boom")
    assert s.imports() == [] and s.register_values() == []


def test_register_revision_per_value():
    s = Store.open(":memory:")
    for value in (100.0, 110.0):
        with s.transaction():
            i = s.log_import(file_name="r.csv", sha256="y", size_bytes=1, kind="register", rows=1)
            s.write_register(i, [(779, 2013, "persons_adp", value), (779, 2012, "persons_adp", 90.0)])
    assert sorted(s.register_values()) == [(779, 2012, "persons_adp", 90.0), (779, 2013, "persons_adp", 110.0)]
    assert s.conn.execute("SELECT COUNT(*) FROM register").fetchone()[0] == 4


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="mappen .* findes ikke"):
        Store.open(tmp_path / "nope" / "x.jcbench")
    assert not (tmp_path / "nope").exists()


def test_a_foreign_sqlite_file_is_refused(tmp_path):
    import sqlite3

    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers(id INTEGER)")
    with pytest.raises(StoreError, match="ikke en Jobcenter Bench-database"):
        Store.open(path)


def test_a_text_file_is_refused(tmp_path):
    path = tmp_path / "notes.jcbench"
    path.write_text("hello, this is not a database " * 100)
    with pytest.raises(StoreError):
        Store.open(path)
