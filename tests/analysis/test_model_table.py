"""The regression table (effect_model.model_table) and the live fit on data small enough to work
by hand, and influence (Cook's distance) from the textbook formula, not from statsmodels.

Five centres, x = 0, 1, 2, 3, 4 and y = 1, 3, 2, 5, 4 (one framework variable):
  x̄ = 2, ȳ = 3, Sxx = 10, Sxy = 4 + 0 + 0 + 2 + 2 = 8  ->  slope 0.8, intercept 3 − 0.8 × 2 = 1.4
  fitted 1.4, 2.2, 3.0, 3.8, 4.6; residuals −0.4, 0.8, −1.0, 1.2, −0.6
  SSE = 3.6, SST = 10  ->  R² = 0.64, adjusted 1 − 0.36 × 4/3 = 0.52
  s² = SSE / 3 = 1.2; SE(slope) = √(1.2/10) = √0.12; SE(const) = √(1.2 × (1/5 + 4/10)) = √0.72
  t(slope) = 0.8 / √0.12 = 4/√3; with 3 degrees of freedom P(|T| > t) = 1 − (2/π)(θ + sin θ cos θ),
  θ = arctan(t/√3) = arctan(4/3), sin θ = 0.8, cos θ = 0.6; the F test of one variable is the same.
  95 % CI: estimate ± 3.182446 × SE (t table, 3 df, 0.975).
  leverage h = 1/5 + (x − 2)²/10 = 0.6, 0.3, 0.2, 0.3, 0.6; Cook's D = e² h / (2 s² (1 − h)²)
  = 0.25, 0.163265, 0.130208, 0.367347, 0.5625: none above 4/5.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from jobcenter_bench.core import effect_model
from jobcenter_bench.core.effect_model import design, fit_point, model_table
from jobcenter_bench.core.errors import BenchError

X = [[0.0], [1.0], [2.0], [3.0], [4.0]]
Y = [1.0, 3.0, 2.0, 5.0, 4.0]
NAMES = ("A", "B", "C", "D", "E")
T_975_3 = 3.182446  # t table, 3 degrees of freedom
P_SLOPE = 1 - (2 / math.pi) * (math.atan(4 / 3) + 0.8 * 0.6)


@pytest.fixture(autouse=True)
def fresh_table_cache():
    """Every test computes its tables (a table cached by an earlier test would hide a wrong one)."""
    effect_model._TABLE_CACHE.clear()
    yield
    effect_model._TABLE_CACHE.clear()


def test_model_table_by_hand():
    t = model_table(Y, X, ("x",), NAMES, "core")
    assert (t.rate, t.variables, t.weights, t.n, t.df_resid) == ("core", ("x",), None, 5, 3.0)
    assert t.r_squared == pytest.approx(0.64)
    assert t.r_squared_adj == pytest.approx(0.52)
    assert t.f_pvalue == pytest.approx(P_SLOPE)
    const, slope = t.coefficients
    assert const.name == "const" and slope.name == "x"
    assert const.estimate == pytest.approx(1.4)
    assert const.std_error == pytest.approx(math.sqrt(0.72))
    assert const.t == pytest.approx(1.4 / math.sqrt(0.72))
    assert slope.estimate == pytest.approx(0.8)
    assert slope.std_error == pytest.approx(math.sqrt(0.12))
    assert slope.t == pytest.approx(4 / math.sqrt(3))
    assert slope.p == pytest.approx(P_SLOPE)
    assert (slope.ci_low, slope.ci_high) == pytest.approx(
        (0.8 - T_975_3 * math.sqrt(0.12), 0.8 + T_975_3 * math.sqrt(0.12)), abs=1e-5)
    assert (const.ci_low, const.ci_high) == pytest.approx(
        (1.4 - T_975_3 * math.sqrt(0.72), 1.4 + T_975_3 * math.sqrt(0.72)), abs=1e-5)
    assert t.cooks_threshold == pytest.approx(0.8)
    assert t.influential == []


def test_model_table_is_cached_per_data():
    a = model_table(Y, X, ("x",), NAMES, "core")
    assert model_table(Y, X, ("x",), NAMES, "core") is a
    other = model_table(Y[:4] + [9.0], X, ("x",), NAMES, "core")
    assert other is not a and other.coefficients[1].estimate != pytest.approx(0.8)
    # same y, other x: a new table (the digest covers the regressors)
    shifted = model_table(Y, [[0.0], [1.0], [2.0], [3.0], [5.0]], ("x",), NAMES, "core")
    assert shifted is not a and shifted.coefficients[1].estimate != pytest.approx(0.8)


def _cooks(x, y):
    """Cook's distance by the textbook formula (one regressor plus intercept)."""
    x, y = np.asarray(x, float).ravel(), np.asarray(y, float)
    n = len(x)
    sxx = np.sum((x - x.mean()) ** 2)
    b = np.sum((x - x.mean()) * (y - y.mean())) / sxx
    e = y - (y.mean() + b * (x - x.mean()))
    s2 = np.sum(e**2) / (n - 2)
    h = 1 / n + (x - x.mean()) ** 2 / sxx
    return e**2 * h / (2 * s2 * (1 - h) ** 2)


def test_cooks_distance_formula_on_the_example():
    assert _cooks(X, Y) == pytest.approx([0.25, 0.163265, 0.130208, 0.367347, 0.5625], abs=1e-6)


def test_influential_centres_above_four_over_n_sorted_largest_first():
    # two far-out centres (x = 12 and 15) with small residuals among eight
    x = [[0.0], [1.0], [2.0], [3.0], [4.0], [5.0], [12.0], [15.0]]
    y = [1.0, 2.5, 2.0, 4.5, 4.0, 7.0, 9.0, 20.0]
    names = tuple("ABCDEFGH")
    d = _cooks(x, y)
    expected = sorted([(names[i], d[i]) for i in range(8) if d[i] > 4 / 8], key=lambda p: -p[1])
    assert len(expected) >= 1  # the example must contain an influential centre
    t = model_table(y, x, ("x",), names, "all")
    assert t.cooks_threshold == pytest.approx(0.5)
    assert [(i.jobcenter, i.cooks_distance) for i in t.influential] == [
        (n, pytest.approx(v)) for n, v in expected]
    assert t.rate == "all"


def test_weighted_table_equals_replicated_rows():
    """WLS with weight 2 on centre B gives the OLS estimates of the data with B twice."""
    w = [1.0, 2.0, 1.0, 1.0, 1.0]
    t = model_table(Y, X, ("x",), NAMES, "core", w=w, weights="population")
    replicated = model_table(Y[:2] + Y[1:], X[:2] + X[1:], ("x",), ("A", "B", "B2", "C", "D", "E"), "core")
    assert t.weights == "population" and t.n == 5
    assert [c.estimate for c in t.coefficients] == pytest.approx([c.estimate for c in replicated.coefficients])
    assert t.r_squared == pytest.approx(replicated.r_squared)
    unweighted = model_table(Y, X, ("x",), NAMES, "core")
    assert t.coefficients[1].estimate != pytest.approx(unweighted.coefficients[1].estimate)


def test_fit_point_by_hand():
    f = fit_point(Y, X, ("x",), NAMES, "core")
    assert (f.rate, f.variables, f.weights, f.jobcentres) == ("core", ("x",), None, NAMES)
    assert f.coefficients == pytest.approx((1.4, 0.8))
    assert f.fitted == pytest.approx((1.4, 2.2, 3.0, 3.8, 4.6))
    assert f.observed == pytest.approx(tuple(Y))
    assert f.residuals == pytest.approx((-0.4, 0.8, -1.0, 1.2, -0.6))
    assert f.r_squared == pytest.approx(0.64)


def test_fit_point_weighted_equals_replicated_rows():
    w = [1.0, 2.0, 1.0, 1.0, 1.0]
    f = fit_point(Y, X, ("x",), NAMES, "core", w=w, weights="population")
    rep = fit_point(Y[:2] + Y[1:], X[:2] + X[1:], ("x",), tuple("ABBCDE"), "core")
    assert f.weights == "population"
    assert f.coefficients == pytest.approx(rep.coefficients)
    assert f.r_squared == pytest.approx(rep.r_squared)
    # residuals are per centre in the original order, unweighted: observed - fitted
    assert f.residuals == pytest.approx(tuple(np.array(Y) - np.array(f.fitted)))


def test_fit_point_constant_response_is_refused():
    # every centre has the same rate: R² = 1 − 0/0 is not a number, so the model is degenerate
    # and refused with an explanation (issue 13, point 4), never printed
    with pytest.raises(BenchError) as info:
        fit_point([2.0] * 4, [[0.0], [1.0], [2.0], [4.0]], ("x",), tuple("ABCD"), "core")
    assert "kan ikke estimeres meningsfuldt" in info.value.text("da")


def test_design_errors_name_the_problem():
    with pytest.raises(BenchError) as info:
        fit_point(Y, np.empty((5, 0)), (), NAMES, "core")
    assert info.value.text("da") == (
        "Der er ingen rammevilkårsvariable at estimere modellen på. Importér rammevilkår eller "
        "brug de publicerede forudsigelser (--prediction published).")
    assert info.value.text("en") == (
        "There are no framework-condition variables to fit the model on. Import framework "
        "conditions or use the published predictions (--prediction published).")
    with pytest.raises(BenchError) as info:
        model_table(Y[:3], [[0.0, 1.0], [1.0, 0.0], [2.0, 2.0]], ("x", "z"), NAMES[:3], "core")
    assert info.value.text("da") == ("Modellen har 2 variable plus konstantled, men kun 3 jobcentre "
                                     "med data: der skal mindst 4 jobcentre til. Vælg færre variable.")
    assert info.value.text("en") == ("The model has 2 variables plus an intercept but only 3 centres "
                                     "with data: it needs at least 4 centres. Choose fewer variables.")
    # 4 centres for 2 variables is enough (k + 2)
    assert len(fit_point(Y[:4], [[0.0, 1.0], [1.0, 0.0], [2.0, 2.0], [3.0, 1.0]], ("x", "z"),
                         NAMES[:4], "core").coefficients) == 3
    with pytest.raises(BenchError) as info:
        fit_point(Y, [[0.0, 0.0], [1.0, 2.0], [2.0, 4.0], [3.0, 6.0], [4.0, 8.0]], ("x", "z"), NAMES, "core")
    assert info.value.text("da") == ("Rammevilkårsvariablene er lineært afhængige (eller en af dem er "
                                     "konstant): x, z. Fjern en af dem.")
    assert info.value.text("en") == ("The framework variables are linearly dependent (or one is "
                                     "constant): x, z. Remove one of them.")


def test_design_rejects_unknown_options():
    with pytest.raises(ValueError, match="unknown rate 'best'"):
        design([], ("x",), "best", None)
    with pytest.raises(BenchError) as info:
        design([], ("x",), "core", "area")
    assert (info.value.text("da"), info.value.text("en")) == ("Ukendt vægtning: area", "Unknown weights: area")


def test_small_spread_still_has_an_r_squared():
    """y = 1.0, 1.1, 1.3, 1.2 on x = 0..3: SST = 0.05 (below 1), slope 0.08, intercept 1.03,
    fitted 1.03, 1.11, 1.19, 1.27, SSE = 0.0009 + 0.0001 + 0.0121 + 0.0049 = 0.018, R² = 0.64."""
    f = fit_point([1.0, 1.1, 1.3, 1.2], [[0.0], [1.0], [2.0], [3.0]], ("x",), tuple("ABCD"), "core")
    assert f.coefficients == pytest.approx((1.03, 0.08))
    assert f.r_squared == pytest.approx(0.64)


def test_other_weights_give_another_table():
    a = model_table(Y, X, ("x",), NAMES, "core", w=[1.0, 2.0, 1.0, 1.0, 1.0], weights="population")
    b = model_table(Y, X, ("x",), NAMES, "core", w=[1.0, 1.0, 1.0, 1.0, 3.0], weights="population")
    assert a is not b
    assert a.coefficients[1].estimate != pytest.approx(b.coefficients[1].estimate)


def test_weighted_cooks_distance_is_on_the_whitened_model():
    """With weight 4 on E, whitening multiplies E's row by 2; Cook's D of the whitened regression
    (intercept column 1, 1, 1, 1, 2) is computed here with the hat matrix, D = e² h / (p s² (1-h)²)."""
    w = np.array([1.0, 1.0, 1.0, 1.0, 4.0])
    sw = np.sqrt(w)
    xw = np.column_stack([sw, sw * np.ravel(X)])
    yw = sw * np.array(Y)
    beta = np.linalg.solve(xw.T @ xw, xw.T @ yw)
    e = yw - xw @ beta
    h = np.diag(xw @ np.linalg.inv(xw.T @ xw) @ xw.T)
    s2 = e @ e / (5 - 2)
    d = e**2 * h / (2 * s2 * (1 - h) ** 2)
    t = model_table(Y, X, ("x",), NAMES, "core", w=w, weights="population")
    expected = sorted([(NAMES[i], d[i]) for i in range(5) if d[i] > 4 / 5], key=lambda p: -p[1])
    assert [(i.jobcenter, i.cooks_distance) for i in t.influential] == [(n, pytest.approx(v)) for n, v in expected]
    unweighted_d = _cooks(X, Y)
    assert not np.allclose(d, unweighted_d)  # the weights matter for this example
