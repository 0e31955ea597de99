"""Cluster and national summaries (core.comparison) and the own model's residuals, by hand.

Centre   pop    persons FTE  cases/FTE obs%  pred% effect all-persons pred_all% cost DKK  cluster
Skive    10000  200     20   10        2.0   3.0   1.0    1000        9.0       5 m       1
Morsø    20000  600     10   60        3.0   2.5  -0.5    1600        8.5       5 m       1
Herning  10000  400     10   40        4.0   4.5   0.5     900       10.5       5 m       2
Viborg   10000  500     10   50        5.0   4.0  -1.0     700       10.0       5 m       2
"""

import math

import numpy as np
import pytest

from jobcenter_bench.core.analysis import AnalysisOptions, analyse
from jobcenter_bench.core.comparison import compare, histogram
from jobcenter_bench.core.effect_model import fit_point

from ._data import build_store, register_row, survey

ROWS = {  # name: (population, core persons, disability persons, pred, pred_all, cluster, x)
    "Skive": (10000, 200, 800, 3.0, 9.0, 1, 0.0),
    "Morsø": (20000, 600, 1000, 2.5, 8.5, 1, 2.0),
    "Herning": (10000, 400, 500, 4.5, 10.5, 2, 1.0),
    "Viborg": (10000, 500, 200, 4.0, 10.0, 2, 3.0),
}


def _store(without_survey=()):
    register = {
        n: register_row(pop, p / 2, p / 4, p / 4, disability=d, predicted_rate=pr,
                        predicted_rate_all=pa, cluster=k, unemployment=x)
        for n, (pop, p, d, pr, pa, k, x) in ROWS.items()
    }
    answers = {n: survey() for n in ROWS if n not in without_survey}  # 10 FTE, 5 m DKK
    if "Skive" in answers:
        answers["Skive"] = survey(staff=(12, 4, 2, 1, 1))  # 20 FTE, 5 m DKK
    return build_store(register, answers, framework=("unemployment",))


@pytest.fixture(scope="module")
def result():
    return analyse(_store())


def test_cluster_summary_by_hand(result):
    s = result.cluster_summaries[1]
    assert (s.scope, s.cluster, s.n_centres, s.n_productivity, s.n_effect) == ("cluster", 1, 2, 2, 2)
    assert s.cases_per_fte == pytest.approx(800 / 30)  # aggregate, not the mean 35 of 10 and 60
    assert (s.cases_per_fte_median, s.cases_per_fte_min, s.cases_per_fte_max) == (35, 10, 60)
    assert s.effect_mean == pytest.approx(0.25)
    assert s.effect_weighted == pytest.approx(0.0)  # (1.0 × 10000 − 0.5 × 20000) / 30000
    assert s.observed_rate == pytest.approx(800 / 30000 * 100)
    assert s.predicted_rate == pytest.approx(80000 / 30000)
    assert s.observed_rate_all == pytest.approx(2600 / 30000 * 100)
    assert s.predicted_rate_all == pytest.approx(260000 / 30000)
    assert s.cost_per_fte == pytest.approx(10_000_000 / 30)
    assert (s.fte_mean, s.fte_total, s.full_time_persons_mean) == (15, 30, 400)
    assert s.fte_by_group_mean["fte_caseworkers"] == pytest.approx(9)
    assert s.fte_by_group_total["fte_caseworkers"] == pytest.approx(18)
    assert s.fte_by_group_mean["fte_management"] == pytest.approx(0.75)


def test_national_summary_by_hand(result):
    s = result.national_summary
    assert (s.scope, s.cluster, s.n_centres) == ("national", None, 4)
    assert s.cases_per_fte == pytest.approx(1700 / 50)
    assert (s.cases_per_fte_median, s.cases_per_fte_min, s.cases_per_fte_max) == (45, 10, 60)
    assert s.effect_mean == pytest.approx(0.0)
    assert s.effect_weighted == pytest.approx(-0.1)
    # the weighted effect is aggregate predicted − aggregate observed
    assert s.observed_rate == pytest.approx(3.4) and s.predicted_rate == pytest.approx(3.3)
    assert s.cost_per_fte == pytest.approx(400_000)
    assert s.fte_total == 50
    assert result.national_summary.effect_mean == pytest.approx(result.thresholds.effect_mean)


def test_compare_and_missing_survey():
    res = analyse(_store(without_survey=("Viborg",)))
    cmp = compare(res, "Herning")
    assert cmp.cluster.cluster == 2 and cmp.national is res.national_summary
    assert (cmp.cluster.n_centres, cmp.cluster.n_productivity, cmp.cluster.n_effect) == (2, 1, 2)
    assert cmp.cluster.cases_per_fte == pytest.approx(40)
    assert cmp.cluster.observed_rate == pytest.approx(4.5)  # register figures keep Viborg
    assert res.national_summary.cases_per_fte == pytest.approx(1200 / 40)
    assert res.national_summary.cost_per_fte == pytest.approx(15_000_000 / 40)
    assert "Viborg" not in res.staff_fte and res.staff_fte["Skive"]["fte_caseworkers"] == 12


def test_residuals_by_hand():
    # y = 1.1 + 1.1 x: fitted 1.1, 2.2, 3.3, 4.4
    fit = fit_point([1.0, 3.0, 2.0, 5.0], [[0.0], [1.0], [2.0], [3.0]], ("x",), tuple("abcd"), "core")
    assert fit.coefficients == pytest.approx((1.1, 1.1))
    assert fit.fitted == pytest.approx((1.1, 2.2, 3.3, 4.4))
    assert fit.residuals == pytest.approx((-0.1, 0.8, -1.3, 0.6))
    assert math.fsum(fit.residuals) == pytest.approx(0.0, abs=1e-12)
    assert float(np.dot([0, 1, 2, 3], fit.residuals)) == pytest.approx(0.0, abs=1e-12)


def test_own_residuals_exist_with_published_predictions(result):
    # observed 2, 3, 4, 5 % on x = 0, 2, 1, 3: y = 2.3 + 0.8 x, fitted 2.3, 3.9, 3.1, 4.7
    assert result.prediction_source == "published"
    fit = result.point_fits["core"]
    got = dict(zip(fit.jobcentres, zip(fit.observed, fit.fitted, fit.residuals, strict=True),
                   strict=True))
    want = {"Skive": (2.0, 2.3, -0.3), "Morsø": (3.0, 3.9, -0.9), "Herning": (4.0, 3.1, 0.9),
            "Viborg": (5.0, 4.7, 0.3)}
    for name, values in want.items():
        assert got[name] == pytest.approx(values)
    # the effect stays the published one (Skive 3.0 − 2.0)
    assert result.centre("Skive").effect == pytest.approx(1.0)


def test_weighted_residuals_are_weighted_orthogonal():
    res = analyse(_store(), options=AnalysisOptions(prediction="own", weights="population"))
    fit = res.point_fits["core"]
    w = [ROWS[n][0] for n in fit.jobcentres]
    x = [ROWS[n][6] for n in fit.jobcentres]
    assert float(np.dot(w, fit.residuals)) == pytest.approx(0.0, abs=1e-8)
    assert float(np.dot(np.multiply(w, x), fit.residuals)) == pytest.approx(0.0, abs=1e-8)


def test_histogram_by_hand():
    assert histogram([21.0, 24.9, 25.0, 33.0], 5.0) == ([20.0, 25.0, 30.0, 35.0], [2, 1, 1])
    assert histogram([], 1.0) == ([], [])
