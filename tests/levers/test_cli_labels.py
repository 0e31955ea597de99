"""Readable output of ``levers`` and ``business-case``: catalogue names, Danish budget labels,
input-shape errors, and centres with 0 or unknown FTE left out with a note."""

from __future__ import annotations

import json
import math

import pytest

from jobcenter_bench.cli import main
from jobcenter_bench.core.business_case import BusinessCaseInputs
from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.levers.engine import compute_levers

from ._data import HOURLY, answer, build_store


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "t.jcbench"
    build_store({
        "Herning": answer(10, summons_letters=6000, time_meetings=100),
        "Skive": answer(10, time_meetings=60),
    }, path=str(path)).close()
    return str(path)


def test_levers_table_shows_catalogue_names_not_codes(db, capsys):
    assert main(["levers", "--db", db]) == 0
    out = capsys.readouterr().out
    b3 = next(line for line in out.splitlines() if line.startswith("B3 "))
    assert "Kutyme/ledelsesret" in b3 and "Kort sigt" in b3
    assert "management" not in out and " short " not in out and "medium" not in out
    assert "Binding: Kutyme/ledelsesret" in out and "Love og bekendtgørelser" in out
    assert main(["levers", "--db", db, "--lang", "en"]) == 0
    out = capsys.readouterr().out
    b3 = next(line for line in out.splitlines() if line.startswith("B3 "))
    assert "Management remit" in b3 and "Short term" in b3


def test_levers_csv_keeps_codes_and_adds_names(db, capsys):
    assert main(["levers", "--db", db, "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    header = lines[0].split(",")
    row = dict(zip(header, next(r for r in lines if ",B3," in r).split(","), strict=True))
    assert row["binding"] == "management" and row["horizon"] == "short"
    assert row["binding_name"] == "Kutyme/ledelsesret" and row["horizon_name"] == "Kort sigt (0-2 år)"


def test_business_case_table_is_danish_with_owner_and_measure(db, capsys, tmp_path):
    spec = tmp_path / "bc.json"
    spec.write_text(json.dumps({"selected": ["E3"], "levers": {"E3": {
        "one_off": 100000, "yearly": 10000, "owner": "Afdelingsleder Ydelse",
        "success_measure": "Færre breve pr. borger"}}}), encoding="utf-8")
    assert main(["business-case", "--db", db, "--jobcenter", "Herning", "--input", str(spec)]) == 0
    out = capsys.readouterr().out
    assert "gevinstansvarlig Afdelingsleder Ydelse" in out and "succesmål Færre breve pr. borger" in out
    budget = out.split("Budgetlinjer")[1]
    assert "gevinst" in budget and "engangsinvestering" in budget and "årlig udgift" in budget
    assert "one_off" not in budget and "yearly" not in budget and " gain " not in budget


@pytest.mark.parametrize(("data", "key"), [
    ({"levers": ["B1"]}, "levers"),
    ({"phase_in": 3}, "phase_in"),
    ({"selected": "E3"}, "selected"),
    ({"levers": {"E3": {"one_off": "mange"}}}, "levers.E3.one_off"),
    ({"phase_in": {"short": [1, 1, "x", 1, 1]}}, "phase_in.short"),
    ({"levers": {"E3": {"one_off_year": 1.5}}}, "levers.E3.one_off_year"),
])
def test_wrongly_shaped_inputs_are_a_bench_error(data, key):
    with pytest.raises(BenchError) as err:
        BusinessCaseInputs.from_dict(data)
    assert f"'{key}' skal være" in str(err.value)
    assert f"'{key}' must be" in err.value.text("en")


def test_business_case_cli_wrong_shape_exits_1(db, capsys, tmp_path):
    spec = tmp_path / "bc.json"
    spec.write_text(json.dumps({"levers": ["B1"]}), encoding="utf-8")
    assert main(["business-case", "--db", db, "--jobcenter", "Herning", "--input", str(spec)]) == 1
    err = capsys.readouterr().err
    assert "'levers' skal være et objekt" in err and "Traceback" not in err


def test_business_case_missing_input_file_is_danish(db, capsys, tmp_path):
    missing = tmp_path / "none.json"
    assert main(["business-case", "--db", db, "--jobcenter", "Herning", "--input", str(missing)]) == 1
    err = capsys.readouterr().err
    assert "filen findes ikke" in err and "No such file" not in err


def test_centre_without_fte_is_left_out_with_a_note(tmp_path, capsys):
    # Thisted has 6,000 letters but 0 FTE; Skive answered no staff group at all (FTE unknown);
    # Viborg left one staff group blank, so its total FTE is the groups it answered (10), as in the
    # analysis (one model of a centre): it counts. E3 = (6,000 + 6,000) letters x 2-3 min / 60 x
    # DKK 400 = 160,000-240,000 (Herning and Viborg).
    viborg = answer(10, summons_letters=6000)
    viborg["fte_management"] = None
    skive = answer(0, summons_letters=6000)
    for group in ("fte_caseworkers", "fte_company_consultants", "fte_case_admin", "fte_management",
                  "fte_staff_functions"):
        skive[group] = None
    path = tmp_path / "z.jcbench"
    store = build_store({"Herning": answer(10, summons_letters=6000), "Thisted": answer(0, summons_letters=6000),
                         "Viborg": viborg, "Skive": skive}, path=str(path))
    res = compute_levers(store)
    store.close()
    assert set(res.excluded) == {"Thisted", "Skive"}
    assert "årsværk i alt er 0" in res.excluded["Thisted"][0]
    assert "årsværk i alt mangler" in res.excluded["Skive"][0]
    e3 = res.national().lever("E3")
    assert (e3.low_dkk, e3.high_dkk) == pytest.approx((12000 * 2 / 60 * HOURLY, 12000 * 3 / 60 * HOURLY))
    thisted = res.scope("Thisted")
    assert thisted.gross_high_dkk == 0 and thisted.total_high_dkk == 0
    assert sorted(c for c, _, _ in res.national().excluded) == ["Skive", "Thisted"]
    assert main(["levers", "--db", str(path), "--jobcenter", "Thisted"]) == 0
    assert "Bemærk: Thisted er ikke regnet med i forbedringspotentialet: har 0 årsværk" in capsys.readouterr().out
    assert main(["levers", "--db", str(path), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert sorted(e["jobcenter"] for e in out["excluded"]) == ["Skive", "Thisted"]
    assert not math.isnan(out["hourly_cost"])
