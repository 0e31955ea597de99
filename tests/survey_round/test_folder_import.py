"""``import --db PATH DIR/``: a folder of returned workbooks in one transaction."""

from __future__ import annotations

from jobcenter_bench.cli import main
from jobcenter_bench.core.importing.folder import folder_files
from jobcenter_bench.core.store import Store

from .round_fixtures import GOOD, fill


def _returns(tmp_path, blank, bad: bool = False):
    folder = tmp_path / "retur"
    folder.mkdir()
    fill(blank("Aabenraa"), GOOD, folder / "aabenraa.xlsx")
    fill(blank("Aalborg"), {**GOOD, "fte_management": -2} if bad else GOOD, folder / "aalborg.xlsx")
    fill(blank("Odense"), {**GOOD, "sickness_days": 45}, folder / "odense.xlsx")  # a warning
    (folder / "~$aabenraa.xlsx").write_bytes(b"\x00lock")  # Excel's lock file while a file is open
    (folder / "noter.txt").write_text("rykket Vejle 3/2")
    return folder


def test_folder_files_skip_lock_and_other_files(tmp_path, blank):
    folder = _returns(tmp_path, blank)
    assert [p.name for p in folder_files(folder)] == ["aabenraa.xlsx", "aalborg.xlsx", "odense.xlsx"]


def test_import_folder_stores_every_return(tmp_path, blank, capsys):
    folder = _returns(tmp_path, blank)
    db = tmp_path / "p.jcbench"
    assert main(["import", "--db", str(db), str(folder)]) == 0
    out = capsys.readouterr().out
    assert "odense.xlsx" in out and "Sygefravær" in out
    with Store.open(db) as store:
        answers = store.survey_answers(2014)
        assert sorted(a["jobcenter"] for a in answers) == ["Aabenraa", "Aalborg", "Odense"]
        assert len({a["import_id"] for a in answers}) == 3  # one logged import per file


def test_import_folder_is_all_or_nothing_and_names_the_file(tmp_path, blank, capsys):
    folder = _returns(tmp_path, blank, bad=True)
    db = tmp_path / "p.jcbench"
    Store.open(db).close()
    assert main(["import", "--db", str(db), str(folder)]) == 1
    err = capsys.readouterr().err
    assert "Fejl: aalborg.xlsx, ark 'Årsværk'" in err
    assert "Filer med fejl: aalborg.xlsx (1)" in err
    with Store.open(db) as store:  # the two good files were not stored either
        assert store.survey_answers(2014) == [] and store.imports() == []


def test_import_empty_folder_says_so(tmp_path, capsys):
    (tmp_path / "tom").mkdir()
    assert main(["import", "--db", str(tmp_path / "p.jcbench"), str(tmp_path / "tom")]) == 1
    assert "indeholder ingen .xlsx- eller .csv-filer" in capsys.readouterr().err
    assert not (tmp_path / "p.jcbench").exists()
