"""``jobcenter-bench levers`` and ``business-case``: the JSON contract of issue 4, item 8."""

from __future__ import annotations

import json

import pytest

from jobcenter_bench.cli import main
from jobcenter_bench.core.scenarios import save_scenario, standard_scenario

from ._data import answer, build_store

SCOPE_KEYS = {"year", "scope", "levers", "gross_low_dkk", "gross_high_dkk", "overlap_low_dkk",
              "overlap_high_dkk", "total_low_dkk", "total_high_dkk", "by_area", "by_binding", "by_horizon"}
LEVER_KEYS = {"id", "area", "binding", "horizon", "quantified", "low_dkk", "high_dkk", "low_hours", "high_hours"}


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "t.jcbench"
    store = build_store({
        "Herning": answer(10, summons_letters=6000, time_meetings=100),
        "Skive": answer(10, time_meetings=60),
    }, path=str(path))
    with store.transaction():
        save_scenario(store, standard_scenario().renamed("Lang brev").with_parameter("E3", "minutes_per_letter", high=6))
    store.close()
    return str(path)


def _json(capsys, argv):
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_national_json_contract(db, capsys):
    out = _json(capsys, ["levers", "--db", db, "--format", "json"])
    assert SCOPE_KEYS <= set(out)
    assert out["scope"] == "national" and out["year"] == 2013
    assert len(out["levers"]) == 32
    for lever in out["levers"]:
        assert LEVER_KEYS <= set(lever)
    assert set(out["by_area"]) == set("ABCDEF")
    assert set(out["by_binding"]) == {"management", "law", "it"}
    assert set(out["by_horizon"]) == {"short", "medium", "long"}
    assert set(out["by_area"]["B"]) == {"low_dkk", "high_dkk"}
    # B3: (100 - 80) h x 10 FTE x DKK 400; E3: 6,000 letters x 2-3 min x DKK 400
    assert out["by_area"]["B"] == {"low_dkk": pytest.approx(80_000), "high_dkk": pytest.approx(80_000)}
    assert out["by_area"]["E"]["high_dkk"] == pytest.approx(120_000)
    assert out["total_low_dkk"] == pytest.approx(out["gross_low_dkk"] - out["overlap_low_dkk"])


def test_one_centre_and_all(db, capsys):
    one = _json(capsys, ["levers", "--db", db, "--jobcenter", "skive", "--format", "json"])
    assert one["scope"] == "Skive"
    every = _json(capsys, ["levers", "--db", db, "--all", "--format", "json"])
    assert isinstance(every, list) and [o["scope"] for o in every] == ["Herning", "Skive"]
    assert SCOPE_KEYS <= set(every[0])


def test_scenario_option(db, capsys):
    out = _json(capsys, ["levers", "--db", db, "--scenario", "Lang brev", "--format", "json"])
    e3 = next(r for r in out["levers"] if r["id"] == "E3")
    assert e3["high_dkk"] == pytest.approx(6000 * 6 / 60 * 400)
    assert main(["levers", "--db", db, "--scenario", "Findes ikke"]) == 1
    assert "findes ikke" in capsys.readouterr().err


def test_table_and_csv(db, capsys):
    assert main(["levers", "--db", db]) == 0
    text = capsys.readouterr().out
    assert "Landsplan" in text and "ikke kvantificeret" in text
    assert main(["levers", "--db", db, "--format", "csv", "--all"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("scope,id,area") and len(lines) == 1 + 2 * 32


def test_unknown_centre_is_a_clear_error(db, capsys):
    assert main(["levers", "--db", db, "--jobcenter", "Atlantis"]) == 1
    assert "Atlantis" in capsys.readouterr().err


def test_business_case_json_and_input_file(db, capsys, tmp_path):
    spec = tmp_path / "bc.json"
    spec.write_text(json.dumps({"selected": ["E3"], "levers": {"E3": {"one_off": 100000, "yearly": 10000}}}),
                    encoding="utf-8")
    out = _json(capsys, ["business-case", "--db", db, "--jobcenter", "Herning", "--input", str(spec),
                         "--format", "json"])
    assert [y["net"] for y in out["years"]] == pytest.approx([-70_000, 70_000, 70_000, 70_000, 70_000])
    assert out["payback_year"] == 2015
    assert main(["business-case", "--db", db, "--jobcenter", "Herning", "--lang", "en"]) == 0
    assert "Payback year" in capsys.readouterr().out


def test_business_case_bad_input_file(db, capsys, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["business-case", "--db", db, "--jobcenter", "Herning", "--input", str(bad)]) == 1
    assert "JSON" in capsys.readouterr().err
