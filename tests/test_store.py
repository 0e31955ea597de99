"""The store's own behaviour: revisions, all-or-nothing transactions, clear errors."""

import sqlite3

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


def test_peer_groups_save_edit_list_delete():
    store = Store.open(":memory:")
    store.save_peer_group("Vestjylland", ["Holstebro", "Skive", "Holstebro"], jobcenter="Struer",
                          weights={"population": 2.0}, year=2013)
    g = store.peer_group("Vestjylland")
    assert g["members"] == ["Holstebro", "Skive"]  # duplicates dropped, order kept
    assert g["weights"] == {"population": 2.0} and g["jobcenter"] == "Struer" and g["year"] == 2013
    store.save_peer_group("Vestjylland", ["Lemvig"])  # saving again under the name edits it
    assert store.peer_group("Vestjylland")["members"] == ["Lemvig"]
    assert store.peer_group_names() == ["Vestjylland"]
    store.delete_peer_group("Vestjylland")
    with pytest.raises(StoreError, match="findes ikke"):
        store.peer_group("Vestjylland")
    with pytest.raises(StoreError, match="Atlantis"):
        store.save_peer_group("X", ["Atlantis"])
    with pytest.raises(StoreError, match="navn"):
        store.save_peer_group(" ", ["Skive"])


def test_an_older_database_gets_the_peer_group_table(tmp_path):
    path = tmp_path / "old.jcbench"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE peer_group")
    conn.commit()
    conn.close()
    with Store.open(path, create=False) as store:
        store.save_peer_group("G", ["Skive"])
        assert store.peer_group_names() == ["G"]
