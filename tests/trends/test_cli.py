"""``jobcenter-bench compare`` and ``trend`` on the hand-made years (values as in test_trends.py)."""

import json

import pytest

from jobcenter_bench.cli import main

from ._data import build


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "hand.jcbench"
    build(path).close()
    return str(path)


def test_compare_table_splits_the_change(db, capsys):
    assert main(["compare", "--db", db, "--jobcenter", "morsø", "--from", "2012", "--to", "2013"]) == 0
    out = capsys.readouterr().out
    # Morsø 30 → 40 cases per FTE: +6,3376 from the caseload, +3,6624 from the staff
    assert "Morsø: 2012 → 2013" in out
    assert "– heraf fra sagsmængden (fuldtidspersoner)" in out and "+6,3" in out and "+3,7" in out
    assert "Sager pr. årsværk" in out and "+10,0" in out


def test_compare_json_and_default_years(db, capsys):
    assert main(["compare", "--db", db, "--jobcenter", "Skive", "--format", "json", "--lang", "en"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["from"], data["to"]) == (2012, 2013)  # the newest year and the one before
    assert data["effect"]["predicted_part"] == pytest.approx(0.2)
    assert data["effect"]["observed_part"] == pytest.approx(-0.4)
    assert data["vintage_changes"] == []


def test_compare_over_the_break_says_so(db, capsys):
    assert main(["compare", "--db", db, "--jobcenter", "Skive", "--from", "2011", "--to", "2013", "--lang", "en"]) == 0
    assert "Note, the vintage changes: 2011→2012: prediction source own model → published" in capsys.readouterr().out


def test_compare_refuses_a_missing_year(db, capsys):
    assert main(["compare", "--db", db, "--jobcenter", "Skive", "--from", "2009", "--to", "2013"]) == 1
    assert "Året 2009 kan ikke analyseres" in capsys.readouterr().err


def test_trend_csv_is_the_long_table(db, capsys):
    assert main(["trend", "--db", db, "--jobcenter", "Herning", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "jobcenter,year,measure,value,cluster_value,country_value"
    # 400/10; cluster median of 40, 50; country median of 20, 30, 40, 50 = 35
    assert lines[1] == "Herning,2011,cases_per_fte,40.0,45.0,35.0"
    assert len(lines) == 1 + 3 * 7


def test_trend_table_marks_the_break_and_define_stores(db, capsys):
    assert main(["trend", "--db", db, "--jobcenter", "Herning"]) == 0
    out = capsys.readouterr().out
    assert "| 2012" in out and "Skift: 2011→2012" in out
    assert main(["trend", "--db", db, "--define", "2013", "population=16-66"]) == 0
    assert main(["trend", "--db", db, "--jobcenter", "Herning", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [v["population"] for v in data["vintages"]] == ["16-66", "16-64", "16-66"]
    assert len(data["breaks"]) == 2
    assert main(["trend", "--db", db, "--define", "2013", "colour=red"]) == 1
    assert "--define 2013 colour=red" in capsys.readouterr().err
