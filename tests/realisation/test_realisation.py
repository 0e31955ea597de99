"""Realisation: success criteria, follow-up arithmetic worked by hand on two centres, the sample
plan, the CLI and the writers (issue 18)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from jobcenter_bench.core.benefit_tree import build_tree, starting_goals
from jobcenter_bench.core.business_case import BusinessCaseInputs, build_business_case
from jobcenter_bench.core.levers.drivers import CentreDrivers
from jobcenter_bench.core.levers.engine import LeverEngine
from jobcenter_bench.core.realisation import (
    Baseline,
    expected_share,
    follow_up,
    planned_by_indicator,
    propose_criteria,
    realised_gain,
)
from jobcenter_bench.core.scenarios import ScenarioError, save_scenario, standard_scenario
from jobcenter_bench.core.success_criteria import Criterion, CriterionError, criterion_problems

# Two centres, 10 FTE caseworkers each, salaries 5,000,000 DKK: 500,000 DKK per FTE, hourly cost
# 500,000 / 1,255 effective hours = 398.406 DKK. Sickness days 14 (A) and 10 (B): the FTE-weighted
# national average is 12.
HOURLY = 5_000_000 / 10 / 1255


def _drivers(sick_a: float = 14.0, year: int = 2011) -> CentreDrivers:
    rows = [{"jobcenter": "A", "fte_caseworkers": 10.0, "cost_salaries": 5_000_000.0, "sickness_days": sick_a},
            {"jobcenter": "B", "fte_caseworkers": 10.0, "cost_salaries": 5_000_000.0, "sickness_days": 10.0}]
    return CentreDrivers.from_rows(year, rows)


@pytest.fixture()
def plan():
    sc = standard_scenario()
    drivers = _drivers()
    levers = LeverEngine(drivers).evaluate(sc)
    inputs = BusinessCaseInputs(selected=["B2"], base_year=2011)
    case = build_business_case(levers, "A", inputs)
    return sc, drivers, levers, inputs, case, Baseline.of(levers, drivers, "A", sc)


def test_b2_potential_split_matches_the_engine_and_the_hand(plan):
    sc, drivers, levers, inputs, case, base = plan
    # by hand: gap 2 days x 10 FTE x 7.4 hours x gap_closed 0.67 (low) x 398.406 DKK = 39,506.0
    hand = 2 * 10 * 7.4 * 0.67 * HOURLY
    assert planned_by_indicator(sc_lever(levers, "B2"), base)["sickness_days"] == pytest.approx(hand)
    assert case.levers[0]["potential_dkk"] == pytest.approx(hand)


def sc_lever(levers, lid):
    return next(lv for lv in levers.levers if lv.id == lid)


def test_realised_gain_is_the_measured_gap_closed_valued_by_the_lever_formula(plan):
    *_, base = plan
    levers = plan[2]
    b2 = sc_lever(levers, "B2")
    # 14 -> 13 days: 1 day x 10 FTE x 7.4 h x 398.406 DKK = 29,482.07 (gap_closed replaced by the movement)
    assert realised_gain(b2, base, {"sickness_days": 13.0}) == pytest.approx(1 * 10 * 7.4 * HOURLY)
    # below the average (12) gains no more than the whole gap: 2 days
    assert realised_gain(b2, base, {"sickness_days": 9.0}) == pytest.approx(2 * 10 * 7.4 * HOURLY)
    # worse than the baseline: a negative gain (15 days: -1 day)
    assert realised_gain(b2, base, {"sickness_days": 15.0}) == pytest.approx(-1 * 10 * 7.4 * HOURLY)


def test_default_criterion_target_reaches_exactly_the_planned_gain(plan):
    *_, inputs, case, base = plan
    (c,) = propose_criteria(case, plan[2], base, inputs)
    # target = 14 - 0.67 x (14 - 12) = 12.66 days; medium horizon: phase-in [0, 0, .5, 1, 1] from 2012
    assert (c.kind, c.indicator, c.direction) == ("driver", "sickness_days", "down")
    assert c.baseline == 14.0
    assert c.target == pytest.approx(12.66)
    assert c.deadline == 2015
    assert realised_gain(sc_lever(plan[2], "B2"), base, {"sickness_days": c.target}) == \
        pytest.approx(case.levers[0]["potential_dkk"])


def test_follow_up_by_hand(plan):
    sc, drivers, levers, inputs, case, base = plan
    inputs.criteria = propose_criteria(case, levers, base, inputs)
    real = follow_up(case, inputs, levers, base, 2014, lambda c: 13.0)
    (s,) = real.criteria
    # share of the way: (13 - 14) / (12.66 - 14) = 0.7463; expected in 2014: phase 0.5 / 1 = 0.5
    assert s.share == pytest.approx(1 / 1.34)
    assert s.expected == pytest.approx(0.5)
    assert s.status == "on_track"
    (lv,) = real.levers
    # planned 2014 = 39,506.0 x 0.5; realised = 29,482.07 by the formula
    assert lv.planned == pytest.approx(2 * 10 * 7.4 * 0.67 * HOURLY * 0.5)
    assert lv.realised == pytest.approx(10 * 7.4 * HOURLY)
    assert lv.method == "formula"
    behind = follow_up(case, inputs, levers, base, 2015, lambda c: 13.0).criteria[0]
    assert (behind.expected, behind.status) == (1.0, "behind")


def test_free_indicator_gain_is_proportional(plan):
    sc, drivers, levers, inputs, case, base = plan
    free = Criterion("B2", "free", "Sygefraværspolitik vedtaget", 0.0, 100.0, 2015, direction="up", unit="%",
                     actuals={2014: 25.0})
    inputs.criteria = [free]
    (lv,) = follow_up(case, inputs, levers, base, 2014, lambda c: None).levers
    # 25 % of the way x the gain at full phase-in (39,506.0 x 1)
    assert lv.realised == pytest.approx(0.25 * 2 * 10 * 7.4 * 0.67 * HOURLY)
    assert lv.method == "proportional"


def test_expected_share_without_phase_in_by_the_deadline_is_linear():
    c = Criterion("B2", "driver", "sickness_days", 14.0, 12.0, 2013)
    # medium phase-in is 0 until 2014 (start 2012): linear from 2011 to 2013 -> 2012 is halfway
    assert expected_share(c, [0, 0, .5, 1, 1], 2012, 2011, 2012) == pytest.approx(0.5)


def test_wrong_side_and_equal_targets_are_flagged():
    up = Criterion("E4", "driver", "digital_checkin", 0.0, -1.0, 2013, direction="up")
    assert any("under udgangspunktet" in da for da, _ in criterion_problems(up, ["E4"], 2011))
    same = Criterion("B2", "driver", "sickness_days", 12.0, 12.0, 2013)
    assert any("lig udgangspunktet" in da for da, _ in criterion_problems(same, ["B2"], 2011))
    late = Criterion("B2", "driver", "sickness_days", 12.0, 11.0, 2011)
    assert any("fristen" in da for da, _ in criterion_problems(late, ["B3"], 2011))
    assert criterion_problems(Criterion("B2", "driver", "sickness_days", 12.0, 11.0, 2013), ["B2"], 2011) == []


def test_old_inputs_load_and_new_ones_round_trip():
    old = BusinessCaseInputs.from_dict({"selected": ["B2"], "levers": {"B2": {"owner": "X"}}})
    assert (old.criteria, old.base_year, old.benefit_tree) == ([], None, None)
    new = BusinessCaseInputs(selected=["B2"], base_year=2011,
                             criteria=[Criterion("B2", "free", "Politik", 0.0, 1.0, 2013, actuals={2012: 0.5})],
                             benefit_tree={"goals": starting_goals(), "levers": {}})
    back = BusinessCaseInputs.from_dict(json.loads(json.dumps(new.to_dict())))
    assert back.criteria == new.criteria and back.base_year == 2011
    with pytest.raises(CriterionError, match=r"criteria\[0\]\.target"):
        BusinessCaseInputs.from_dict({"criteria": [{"lever": "B2", "kind": "driver", "indicator": "x",
                                                    "target": "ti", "deadline": 2013}]})


def test_control_characters_in_criteria_are_refused_when_saving(tmp_path):
    from jobcenter_bench.core.store import Store

    store = Store.open(tmp_path / "x.db")
    bad = BusinessCaseInputs(selected=["B2"], criteria=[Criterion("B2", "free", "Po\x07litik", 0.0, 1.0, 2013)])
    sc = standard_scenario().renamed("Plan").with_business_case("A", bad.to_dict())
    with pytest.raises(ScenarioError, match="U\\+0007"):
        save_scenario(store, sc)
    store.close()


def test_benefit_tree_with_fifteen_levers_keeps_boxes_apart():
    levers = [{"id": f"L{i}", "name_da": f"Forslag {i}", "name_en": f"Lever {i}", "potential_dkk": 1000.0 * i}
              for i in range(15)]
    case = type("Case", (), {"levers": levers})()
    tree = build_tree(case, {"goals": starting_goals(), "levers": {
        "L1": {"gains": [{"text": "Bedre service", "goals": ["G2"]}]}}}, {}, "da")
    assert [len(c) for c in tree.columns] == [15, 15, 16, 4]
    # the L1 economic gain goes to G1 (default), its service gain to G2
    assert ("E:L1", "G:G1") in tree.edges and ("S:L1:0", "G:G2") in tree.edges
    boxes = tree.layout(500, 680)
    for col in tree.columns:
        ys = sorted((boxes[n.id].y, boxes[n.id].h) for n in col)
        assert all(a[0] + a[1] <= b[0] for a, b in zip(ys, ys[1:], strict=False))
        assert all(0 <= y and y + h <= 680 for y, h in ys)
    assert min(boxes[n.id].h for col in tree.columns for n in col) >= 16  # two lines of 6-7 pt type


# ---------------------------------------------------------------- the sample database
@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    from jobcenter_bench.core.sample import build_sample_database

    path = tmp_path_factory.mktemp("real") / "sample.db"
    build_sample_database(path).close()
    return path


def test_sample_plan_follows_up_on_2012_and_2013(sample, capsys):
    from jobcenter_bench.cli import main
    from jobcenter_bench.core.sample_plan import SAMPLE_CENTRE, SAMPLE_SCENARIO
    from jobcenter_bench.core.store import Store

    store = Store.open(sample, create=False)
    sick_2011 = next(r["sickness_days"] for r in store.survey_answers(2011) if r["jobcenter"] == SAMPLE_CENTRE)
    store.close()
    for year in (2012, 2013):
        assert main(["realisation", "--db", str(sample), "--jobcenter", SAMPLE_CENTRE, "--year", str(year),
                     "--format", "json"]) == 0
        data = json.loads(capsys.readouterr().out)
        assert data["scenario"] == SAMPLE_SCENARIO and data["base_year"] == 2011 and data["year"] == year
        b2 = next(c for c in data["criteria"] if c["lever"] == "B2")
        assert b2["baseline"] == pytest.approx(sick_2011)
        assert {c["status"] for c in data["criteria"]} - {"no_data"}  # something real is followed up
        assert any(lv["realised"] for lv in data["levers"])
    assert main(["realisation", "--db", str(sample), "--jobcenter", SAMPLE_CENTRE, "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("row_type,year,lever") and len(lines) == 1 + 7 + 7


def test_no_plan_is_a_clear_message(sample, capsys):
    from jobcenter_bench.cli import main

    assert main(["realisation", "--db", str(sample), "--jobcenter", "Aarhus", "--scenario", "Standard"]) == 1
    assert "ingen business case med succeskriterier" in capsys.readouterr().err


def test_pdf_and_workbook_carry_the_realisation(sample, tmp_path):
    from jobcenter_bench.core.sample_plan import SAMPLE_CENTRE, SAMPLE_SCENARIO
    from jobcenter_bench.core.session import SessionState, compute
    from jobcenter_bench.reports.api import write_centre_report, write_workbook

    results = compute(sample, SessionState(year=2013, scenario_name=SAMPLE_SCENARIO))
    pdf = write_centre_report(results, SAMPLE_CENTRE, tmp_path / "c.pdf")
    import subprocess

    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Gevinstrealisering" in text and "Gevinsttræ" in text and "Økonomisk råderum" in text
    wb_path = write_workbook(results, tmp_path / "w.xlsx")
    import openpyxl

    ws = openpyxl.load_workbook(wb_path)["Gevinstrealisering"]
    rows = list(ws.iter_rows(values_only=True))
    assert sum(1 for r in rows if r[0] == SAMPLE_CENTRE) == len(results.realisation(SAMPLE_CENTRE).criteria)
    assert np.isfinite(results.realisation(SAMPLE_CENTRE).realised_total)
