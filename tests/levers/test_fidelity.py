"""Fidelity (issue 4, item 6): the sample data under the Standard scenario reproduce the report.

The sample database is built once from ``sample_data/`` (the same data ``jobcenter-bench demo``
imports). Bounds, typed in from the report (seed 004, figures 8, 21 and 22; digested in
``shared/spec/levers.md`` and ``reference-figures.md``):

* each quantified lever: its national range ±10 % on each end (issue 4, item 6);
* each area total, the gross (550-786), the overlap (33-56) and the net total (517-730):
  inside the report's range, no tolerance;
* the horizons (326-452 / 192-287 / 32-47): ±5 % on each end ("near", issue 4, item 6).

Drivers of B1-B4 and D4 (breaks, sickness, meetings, staff functions, salaries) come from the
sample generator, all other lever drivers from ``sample_data/lever_drivers.py``.
"""

from __future__ import annotations

import numpy as np
import pytest

from jobcenter_bench.core.levers.catalogue import catalogue
from jobcenter_bench.core.levers.engine import LeverEngine
from jobcenter_bench.core.scenarios import standard_scenario

TOL = 0.10  # levers: ±10 % of the report's range
HORIZON_TOL = 0.05  # horizons: ±5 %
YEAR = 2013
#: Report, DKK million per year (figure 8 and 22; reference-figures.md "Savings potentials").
AREA_TOTALS = {"A": (92, 167), "B": (197, 242), "C": (121, 144), "D": (57, 93), "E": (74, 116), "F": (11, 27)}
HORIZONS = {"short": (326, 452), "medium": (192, 287), "long": (32, 47)}
#: Each quantified lever's national range (levers.md, the report's figure 8), DKK million per year.
LEVER_RANGES = {
    "A1": (17, 27), "A2": (8, 25), "A3": (6, 9), "A4": (5, 16), "A5": (7, 15), "A6": (7, 11),
    "A7": (7, 16), "A8": (15, 20), "A9": (18, 26), "B1": (83, 113), "B2": (18, 27), "B3": (43, 43),
    "B4": (53, 59), "C3": (57, 76), "C4": (42, 42), "C5": (9, 13), "C6": (13, 13), "D1": (16, 32),
    "D2": (9, 13), "D4": (32, 47), "E1": (12, 16), "E2": (16, 21), "E3": (25, 37), "E4": (13, 25),
    "E5": (3, 7), "E6": (5, 10), "F1": (11, 27),
}
GROSS = (550, 786)
OVERLAP = (33, 56)
NET = (517, 730)


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    from jobcenter_bench.core import sample  # a missing builder is a failure, not a skip

    path = tmp_path_factory.mktemp("levers") / "sample.jcbench"
    store = sample.build_sample_database(path, force=True)
    try:
        yield LeverEngine.from_store(store, YEAR)
    finally:
        store.close()


@pytest.fixture(scope="module")
def national(engine):
    return engine.evaluate(standard_scenario()).national()


def _within(value_m: float, target: float, tol: float = TOL) -> bool:
    return target * (1 - tol) <= value_m <= target * (1 + tol)


def _inside(low_m: float, high_m: float, bounds: tuple[float, float]) -> bool:
    """Both ends inside the report's range, no tolerance."""
    return bounds[0] <= low_m <= high_m <= bounds[1]


def test_quantified_groups_are_the_reports():
    groups = catalogue().groups()
    assert {g for g, levers in groups.items() if any(lv.quantified for lv in levers)} == set(LEVER_RANGES)


@pytest.mark.parametrize("group", sorted(LEVER_RANGES))
def test_each_lever_within_its_national_range(national, group):
    levers = catalogue().groups()[group]
    low = sum(national.lever(lv.id).low_dkk for lv in levers) / 1e6
    high = sum(national.lever(lv.id).high_dkk for lv in levers) / 1e6
    target = LEVER_RANGES[group]
    assert _within(low, target[0]) and _within(high, target[1]), (group, low, high, target)


def test_gross_and_net_total(national):
    gross = (national.gross_low_dkk / 1e6, national.gross_high_dkk / 1e6)
    net = (national.total_low_dkk / 1e6, national.total_high_dkk / 1e6)
    assert _inside(*gross, GROSS), gross
    assert _inside(*net, NET), net


def test_overlap_within_report_range(national):
    overlap = (national.overlap_low_dkk / 1e6, national.overlap_high_dkk / 1e6)
    assert _inside(*overlap, OVERLAP), overlap


def test_share_of_cost_base(national):
    lo, hi = national.share_of_cost_base
    assert 0.09 <= lo <= hi <= 0.18  # report: 11-16 % of the cost base


@pytest.mark.parametrize("area", list(AREA_TOTALS))
def test_area_totals(national, area):
    got = national.by_area[area]
    assert _inside(got["low_dkk"] / 1e6, got["high_dkk"] / 1e6, AREA_TOTALS[area]), (area, got)


@pytest.mark.parametrize("horizon", list(HORIZONS))
def test_horizon_totals(national, horizon):
    got = national.by_horizon[horizon]
    lo, hi = HORIZONS[horizon]
    assert _within(got["low_dkk"] / 1e6, lo, HORIZON_TOL), (horizon, got)
    assert _within(got["high_dkk"] / 1e6, hi, HORIZON_TOL), (horizon, got)


def test_low_le_high_and_national_is_sum(engine):
    res = engine.evaluate(standard_scenario())
    assert np.all(res.dkk[0] <= res.dkk[1] + 1e-9)
    nat = res.national()
    assert nat.gross_low_dkk == pytest.approx(res.dkk[0].sum())
    assert nat.overlap_high_dkk == pytest.approx(res.overlap[1].sum())


def test_no_lever_is_a_national_constant_spread_over_centres(engine):
    res = engine.evaluate(standard_scenario())
    share_of_fte = res.fte_total / res.fte_total.sum()
    for i, lever in enumerate(res.levers):
        if not lever.quantified:
            continue
        share = res.dkk[1, i] / res.dkk[1, i].sum()
        assert not np.allclose(share, share_of_fte, atol=1e-3), lever.id


def _changed(before, after) -> set[str]:
    return {lv.id for i, lv in enumerate(before.levers) if not np.allclose(before.dkk[:, i], after.dkk[:, i])}


def test_editing_a_parameter_changes_exactly_its_lever(engine):
    base_sc = standard_scenario()
    base = engine.evaluate(base_sc)
    for lever in catalogue().levers:
        for p in lever.parameters:
            sc = base_sc.with_parameter(lever.id, p.key, low=p.low * 1.2 + 0.01, high=p.high * 1.2 + 0.01)
            assert _changed(base, engine.evaluate(sc)) == {lever.id}, (lever.id, p.key)


@pytest.mark.parametrize("key, levers", [
    ("working_weeks", {"A5", "A9", "C4", "C6", "E6"}),
    ("working_days", {"D1b"}),
    ("hours_per_day", {"B2"}),
])
def test_editing_an_assumption_changes_exactly_the_levers_using_it(engine, key, levers):
    base_sc = standard_scenario()
    sc = base_sc.with_assumption(key, float(base_sc.assumption(key)) * 1.1)
    assert _changed(engine.evaluate(base_sc), engine.evaluate(sc)) == levers


def test_cluster_averages_run_on_the_sample(engine):
    res = engine.evaluate(standard_scenario().with_assumption("average", "cluster"))
    national = res.national()
    assert national.total_low_dkk > 0
    # the down-to-the-average levers change, the others do not
    base = engine.evaluate(standard_scenario())
    assert _changed(base, res) == {"B2", "B3", "B4", "C3", "C4", "C6", "D4"}
