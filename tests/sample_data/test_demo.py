"""``jobcenter-bench demo`` builds the sample database (94 centres in each year 2009-2013)."""

from __future__ import annotations

import pytest

from jobcenter_bench.cli import main
from jobcenter_bench.core.store import Store


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.jcbench"
    assert main(["demo", "--db", str(path)]) == 0
    return path


def test_demo_builds_94_centres_for_every_year(demo_db):
    with Store.open(demo_db, create=False) as store:
        info = store.info()
        assert info["is_sample"] is True
        years = {y["year"]: y for y in info["years"]}
        assert set(years) == {2009, 2010, 2011, 2012, 2013}
        for y in years.values():
            assert y["jobcentres_answered"] == 94
            assert y["municipalities_with_register"] == 98
        assert len(info["framework_variables"]) == 5


def test_demo_refuses_to_overwrite_without_force(demo_db, capsys):
    before = demo_db.read_bytes()
    assert main(["demo", "--db", str(demo_db)]) == 1
    err = capsys.readouterr().err
    assert "findes allerede" in err and "--force" in err
    assert demo_db.read_bytes() == before


def test_demo_force_rebuilds(demo_db, capsys):
    assert main(["demo", "--db", str(demo_db), "--force"]) == 0
    assert "SYNTETISKE" in capsys.readouterr().out
    with Store.open(demo_db, create=False) as store:
        assert len(store.imports()) == 4  # a fresh database, not a re-import on top


def test_build_in_memory_for_the_gui():
    from jobcenter_bench.core.sample import build_sample_database

    with build_sample_database(":memory:") as store:
        assert store.meta("is_sample") == "1"
        assert {y["year"] for y in store.info()["years"]} == {2009, 2010, 2011, 2012, 2013}


def test_failed_build_keeps_the_existing_database(tmp_path, monkeypatch):
    import jobcenter_bench.core.importing as importing
    from jobcenter_bench.core.errors import BenchError
    from jobcenter_bench.core.sample import build_sample_database

    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"this is not a workbook")
    monkeypatch.setattr(importing, "sample_files", lambda: [bad])
    existing = tmp_path / "mine.jcbench"
    existing.write_bytes(b"precious")
    with pytest.raises(BenchError):
        build_sample_database(existing, force=True)
    assert existing.read_bytes() == b"precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.xlsx", "mine.jcbench"]


def test_missing_sample_files_is_a_clear_error(tmp_path, monkeypatch, capsys):
    import jobcenter_bench.core.importing as importing

    monkeypatch.setattr(importing, "sample_files", lambda: [])
    assert main(["demo", "--db", str(tmp_path / "x.jcbench")]) == 1
    assert "Eksempeldata mangler" in capsys.readouterr().err
    assert not (tmp_path / "x.jcbench").exists()
