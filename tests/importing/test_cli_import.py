"""The import and validate commands: output, exit codes, database untouched on errors."""

from __future__ import annotations

from jobcenter_bench.cli import main
from jobcenter_bench.core.store import Store

from .importing_fixtures import GOOD_ANSWER, counts, write_csv


def test_import_prints_per_file_and_exits_zero(tmp_path, filled, capsys):
    db = tmp_path / "p.jcbench"
    path = filled({**GOOD_ANSWER, "sickness_days": 45})
    assert main(["import", "--db", str(db), str(path)]) == 0
    out = capsys.readouterr().out
    assert "aabenraa_2013.xlsx: spørgeskema (skabelon), 1 række, revision 1 (0 erstattet), 1 advarsel" in out
    assert "Advarsel: aabenraa_2013.xlsx, ark 'Tidsforbrug', celle C" in out
    assert main(["info", "--db", str(db), "--warnings"]) == 0
    assert "Sygefravær" in capsys.readouterr().out


def test_import_rejected_prints_every_error_and_leaves_db(tmp_path, filled, capsys):
    db = tmp_path / "p.jcbench"
    good = write_csv(tmp_path / "r.csv", ["Kommune;År;Sygedagpenge", "Aabenraa;2013;4"])
    assert main(["import", "--db", str(db), str(good)]) == 0
    with Store.open(db) as s:
        before = counts(s)
    bad = filled({**GOOD_ANSWER, "fte_caseworkers": "ca. 12", "fte_management": -1})
    capsys.readouterr()
    assert main(["import", "--db", str(db), str(bad), str(good)]) == 1
    err = capsys.readouterr().err
    assert "celle C2: Sagsbehandlere (årsværk): 'ca. 12' er ikke et tal" in err
    assert "Ledelse (årsværk): -1 er negativ" in err
    assert "intet er importeret" in err
    with Store.open(db) as s:
        assert counts(s) == before


def test_validate_dry_run(tmp_path, filled, capsys):
    db = tmp_path / "p.jcbench"
    reg = write_csv(tmp_path / "r.csv", ["Kommune;År;ADP;KTH;SDP", "Aabenraa;2013;5000;3000;1000"])
    assert main(["import", "--db", str(db), str(reg)]) == 0
    with Store.open(db) as s:
        before = counts(s)
    survey = filled()
    capsys.readouterr()
    assert main(["validate", str(survey), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "0 fejl, 1 advarsel: OK" in out and "90,0 sager pr. årsværk" in out
    bad = filled({**GOOD_ANSWER, "fte_caseworkers": "x"}, name="bad.xlsx")
    assert main(["validate", str(bad), "--lang", "en"]) == 1
    captured = capsys.readouterr()
    assert "REJECTED" in captured.out and "'x' is not a number" in captured.err
    with Store.open(db) as s:
        assert counts(s) == before
    assert main(["validate", str(survey), "--db", str(tmp_path / "none.jcbench")]) == 1
