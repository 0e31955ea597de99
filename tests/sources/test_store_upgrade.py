"""A database made before fetching existed gains ``import_log.provenance`` and the new
register variables when opened; files still log no provenance."""

import sqlite3

from jobcenter_bench.core.importing import import_files
from jobcenter_bench.core.store import Store


def test_old_database_is_upgraded_in_place(tmp_path):
    path = tmp_path / "old.jcbench"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE import_log DROP COLUMN provenance")
    conn.execute("DELETE FROM register_variable WHERE name LIKE 'y30r21_%' OR name = 'population_16_66'")
    conn.commit()
    conn.close()
    with Store.open(path, create=False) as store:
        assert "provenance" in store._columns("import_log")
        names = {v["name"] for v in store.variables()}
        assert {"population_16_66", "y30r21_actual_share_total"} <= names
        assert len([n for n in names if n.startswith("y30r21_")]) == 16  # 4 measures x 4 groups


def test_a_file_import_has_no_provenance(tmp_path):
    f = tmp_path / "adp.csv"
    f.write_text("Kommune;År;Befolkning 16-66 år\nAabenraa;2013;36000\n", encoding="utf-8")
    with Store.open(":memory:") as store:
        import_files(store, [f])
        assert store.imports()[0]["provenance"] is None
        assert store.register_wide(2013)[580] == {"population_16_66": 36000.0}
