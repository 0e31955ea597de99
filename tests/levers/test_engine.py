"""The engine on small hand-made datasets: every expected number is computed by hand.

Hourly cost is DKK 400 in every centre (salary per FTE 502,000 over 1,255 effective hours).
"""

from __future__ import annotations

import numpy as np
import pytest

from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.levers.engine import LeverEngine
from jobcenter_bench.core.scenarios import standard_scenario

from ._data import answer, build_store


@pytest.fixture
def three():
    """Herning 10 FTE, Skive 10 FTE, Viborg 20 FTE."""
    store = build_store(
        {
            "Herning": answer(10, sickness_days=8, time_meetings=100, summons_letters=6000,
                              manual_management_info=1, time_local_breaks=40,
                              cost_medical_certificates=1_000_000, medical_certificates=500),
            "Skive": answer(10, sickness_days=10, time_meetings=60, manual_management_info=0),
            "Viborg": answer(20, sickness_days=15, time_meetings=80),
        },
        clusters={"Herning": 4, "Viborg": 4, "Skive": 2},
    )
    yield store
    store.close()


def _evaluate(store, scenario=None):
    engine = LeverEngine.from_store(store, 2013)
    return engine.evaluate(scenario or standard_scenario())


def _dkk(res, lever, centre):
    i, c = res.lever_index(lever), res.centre_index(centre)
    return res.dkk[0, i, c], res.dkk[1, i, c]


def test_hourly_cost_is_salary_over_effective_hours(three):
    res = _evaluate(three)
    assert res.hourly_cost.tolist() == pytest.approx([400.0, 400.0, 400.0])


def test_down_to_average_zero_at_or_below_and_exact_above(three):
    res = _evaluate(three)
    # FTE-weighted average sickness = (8*10 + 10*10 + 15*20) / 40 = 12 days
    assert _dkk(res, "B2", "Herning") == (0.0, 0.0)
    assert _dkk(res, "B2", "Skive") == (0.0, 0.0)
    # Viborg: (15 - 12) days x 20 FTE x 7.4 h x DKK 400 = 177,600 (high, full gap); low 67 %
    low, high = _dkk(res, "B2", "Viborg")
    assert high == pytest.approx(177_600.0)
    assert low == pytest.approx(0.67 * 177_600.0)
    hours = res.hours[1, res.lever_index("B2"), res.centre_index("Viborg")]
    assert hours == pytest.approx(444.0)
    assert res.fte[1, res.lever_index("B2"), res.centre_index("Viborg")] == pytest.approx(444.0 / 1255)


def test_meetings_down_to_average(three):
    res = _evaluate(three)
    # average meetings = (100*10 + 60*10 + 80*20) / 40 = 80 h; Herning (100-80) x 10 FTE x 400
    assert _dkk(res, "B3", "Herning") == pytest.approx((80_000.0, 80_000.0))
    assert _dkk(res, "B3", "Viborg") == (0.0, 0.0)


def test_volume_times_time_saved(three):
    res = _evaluate(three)
    # 6,000 letters x 2-3 min / 60 x DKK 400 = 80,000-120,000
    assert _dkk(res, "E3", "Herning") == pytest.approx((80_000.0, 120_000.0))


def test_time_per_employee_only_where_practised(three):
    res = _evaluate(three)
    # 10 FTE x 15-30 min/week / 60 x 42 weeks x 400 = 42,000-84,000
    assert _dkk(res, "E6", "Herning") == pytest.approx((42_000.0, 84_000.0))
    assert _dkk(res, "E6", "Skive") == (0.0, 0.0)


def test_share_of_cost_plus_time_per_item(three):
    res = _evaluate(three)
    # low: 1,000,000 x 10 % x 50 % + 500 x 10 % x 50 % x 15/60 h x 400 = 50,000 + 2,500
    # high: 1,000,000 x 15 % x 80 % + 500 x 15 % x 80 % x 30/60 h x 400 = 120,000 + 12,000
    assert _dkk(res, "F1", "Herning") == pytest.approx((52_500.0, 132_000.0))


def test_national_is_sum_of_centres_and_low_le_high(three):
    res = _evaluate(three)
    nat = res.national()
    for row in nat.levers:
        i = res.lever_index(row.id)
        assert row.low_dkk == pytest.approx(res.dkk[0, i].sum())
        assert row.high_dkk == pytest.approx(res.dkk[1, i].sum())
        assert row.low_dkk <= row.high_dkk
    assert nat.lever("B2").high_dkk == pytest.approx(177_600.0)
    assert np.all(res.dkk[0] <= res.dkk[1])
    assert np.all(res.dkk >= 0)


def test_cluster_averages(three):
    res = _evaluate(three, standard_scenario().with_assumption("average", "cluster"))
    # cluster 4 = Herning + Viborg: (80 + 300) / 30 = 12.667 days; Viborg 2.333 x 20 x 7.4 x 400
    assert _dkk(res, "B2", "Viborg")[1] == pytest.approx((15 - 380 / 30) * 20 * 7.4 * 400)
    # Skive is alone in cluster 2: at its own average
    assert _dkk(res, "B2", "Skive") == (0.0, 0.0)


def test_cluster_average_without_clusters_is_a_clear_error():
    store = build_store({"Herning": answer(10, sickness_days=8)})
    with pytest.raises(BenchError, match="klynge"):
        _evaluate(store, standard_scenario().with_assumption("average", "cluster"))


def test_large_cities_get_no_b1():
    store = build_store({
        "Herning": answer(10, time_local_breaks=40),
        "København": answer(10, time_local_breaks=40),
    })
    res = _evaluate(store)
    # Herning: 10 FTE x 40 h x 75-100 % x 400 = 120,000-160,000; København excluded (l. 3070)
    assert _dkk(res, "B1", "Herning") == pytest.approx((120_000.0, 160_000.0))
    assert _dkk(res, "B1", "København") == (0.0, 0.0)


def test_salary_level_down_to_average_in_dkk():
    store = build_store({
        "Herning": answer(10, cost_salaries=5_020_000.0),
        "Skive": answer(10, cost_salaries=5_520_000.0),
    })
    res = _evaluate(store)
    # average 527,000 per FTE; Skive 25,000 above x 10 FTE x 33 %-49 %
    assert _dkk(res, "D4", "Skive") == pytest.approx((82_500.0, 122_500.0))
    assert _dkk(res, "D4", "Herning") == (0.0, 0.0)
    # its own hourly cost: 552,000 / 1,255
    assert res.hourly_cost[res.centre_index("Skive")] == pytest.approx(552_000 / 1255)


def test_missing_driver_gives_zero_and_is_left_out_of_the_average():
    store = build_store({
        "Herning": answer(10, sickness_days=8),
        "Skive": answer(10),  # did not answer sickness
        "Viborg": answer(10, sickness_days=12),
    })
    res = _evaluate(store)
    # average over Herning and Viborg only = 10; Viborg (12 - 10) x 10 x 7.4 x 400 = 59,200
    assert _dkk(res, "B2", "Viborg")[1] == pytest.approx(59_200.0)
    assert _dkk(res, "B2", "Skive") == (0.0, 0.0)


def test_overhead_and_effective_hours_change_the_hourly_cost(three):
    sc = standard_scenario().with_assumption("overhead_per_fte", 120_000).with_assumption("effective_hours", 1154)
    res = _evaluate(three, sc)
    # seed 002: (salary + 120,000 overhead) / 1,154 effective hours
    assert res.hourly_cost[0] == pytest.approx(622_000 / 1154)
    # E3 hours do not change, DKK follow the hourly cost
    assert _dkk(res, "E3", "Herning")[0] == pytest.approx(200 * 622_000 / 1154)


def test_realisation_share_scales_one_lever(three):
    res = _evaluate(three, standard_scenario().with_realisation("E3", 0.5))
    assert _dkk(res, "E3", "Herning") == pytest.approx((40_000.0, 60_000.0))
    assert _dkk(res, "B3", "Herning") == pytest.approx((80_000.0, 80_000.0))


def test_low_above_high_parameters_are_ordered(three):
    sc = standard_scenario().with_parameter("E3", "minutes_per_letter", low=3, high=2)
    res = _evaluate(three, sc)
    assert _dkk(res, "E3", "Herning") == pytest.approx((80_000.0, 120_000.0))


def test_no_answers_is_a_clear_error():
    store = build_store({})
    with pytest.raises(BenchError):
        LeverEngine.from_store(store, 2013)


def test_clusters_computed_from_predicted_rate_when_not_published():
    from jobcenter_bench.core.levers.drivers import clusters_from_register

    # only Herning has a predicted rate: it gets the single computed cluster
    wide = {657: {"predicted_rate_all": 18.0, "population_16_64": 50_000}}
    assert clusters_from_register(wide) == {"Herning": 1}
    assert clusters_from_register({}) == {}
