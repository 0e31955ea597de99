from pathlib import Path

from jobcenter_bench.core.schema_doc import render
from jobcenter_bench.core.store import Store


def test_schema_doc_is_current():
    doc = Path(__file__).parents[1] / "docs" / "schema.md"
    assert doc.read_text(encoding="utf-8") == render(), (
        "docs/schema.md is stale: run python -m jobcenter_bench.core.schema_doc > docs/schema.md"
    )


def test_schema_doc_covers_every_table_and_column():
    store = Store.open(":memory:")
    text = render()
    for table in store.db.table_names():
        assert f"`{table}" in text, table
        for col in store.db[table].columns_dict:
            assert f"`{col}`" in text, (table, col)
