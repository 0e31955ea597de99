"""The own effect model: parity with statsmodels on data from a known linear model."""

import numpy as np
import pytest
import statsmodels.api as sm

from jobcenter_bench.core import effect_model as em
from jobcenter_bench.core import geography
from jobcenter_bench.core.analysis import AnalysisOptions, analyse
from jobcenter_bench.core.errors import BenchError

from ._data import build_store, register_row, survey

TRUE = (2.0, 0.5, -0.3)  # rate % = 2 + 0.5 * x1 - 0.3 * x2 + noise


@pytest.fixture(scope="module")
def generated():
    rng = np.random.default_rng(7)
    names = [j.name for j in geography.jobcentres() if len(j.municipality_codes) == 1][:40]
    register, answers, truth = {}, {}, {}
    for n in names:
        x1, x2 = rng.uniform(4, 12), rng.uniform(0, 10)
        pop = float(rng.integers(8000, 60000))
        rate = TRUE[0] + TRUE[1] * x1 + TRUE[2] * x2 + rng.normal(0, 0.2)
        persons = rate / 100 * pop
        register[n] = register_row(pop, persons / 3, persons / 3, persons / 3,
                                   disability=0.05 * pop, x1=x1, x2=x2)
        answers[n] = survey()
        truth[n] = (rate, x1, x2, pop)
    return build_store(register, answers, framework=("x1", "x2")), truth


def _arrays(truth):
    names = sorted(truth)
    y = np.array([truth[n][0] for n in names])
    X = sm.add_constant(np.array([[truth[n][1], truth[n][2]] for n in names]))
    w = np.array([truth[n][3] for n in names])
    return y, X, w


def test_own_prediction_matches_statsmodels_ols(generated):
    store, truth = generated
    res = analyse(store, options=AnalysisOptions(prediction="own"))
    assert res.prediction_source == "own"
    y, X, _ = _arrays(truth)
    ref = sm.OLS(y, X).fit()
    fit = res.point_fits["core"]
    np.testing.assert_allclose(fit.coefficients, ref.params, rtol=1e-9)
    # close to the known model: within three standard errors
    assert all(abs(b - t) < 3 * se for b, t, se in zip(fit.coefficients, TRUE, ref.bse, strict=True))
    assert fit.r_squared == pytest.approx(ref.rsquared, rel=1e-9)
    table = res.models["core"]
    assert table.n == 40 and table.r_squared_adj == pytest.approx(ref.rsquared_adj)
    for i, coef in enumerate(table.coefficients):
        assert coef.std_error == pytest.approx(ref.bse[i])
        assert coef.p == pytest.approx(ref.pvalues[i])
        assert (coef.ci_low, coef.ci_high) == pytest.approx(tuple(ref.conf_int()[i]))
    # effect = fitted - observed, for every centre
    by_name = dict(zip(sorted(truth), ref.fittedvalues, strict=True))
    for c in res.centres:
        assert c.effect == pytest.approx(by_name[c.jobcenter] - truth[c.jobcenter][0], abs=1e-9)


def test_population_weights_match_statsmodels_wls(generated):
    store, truth = generated
    res = analyse(store, options=AnalysisOptions(prediction="own", weights="population"))
    y, X, w = _arrays(truth)
    ref = sm.WLS(y, X, weights=w).fit()
    np.testing.assert_allclose(res.point_fits["core"].coefficients, ref.params, rtol=1e-9)
    assert res.point_fits["core"].r_squared == pytest.approx(ref.rsquared, rel=1e-9)
    assert res.models["core"].r_squared == pytest.approx(ref.rsquared)


def test_cooks_distance_flags_an_outlier():
    rng = np.random.default_rng(3)
    x = rng.uniform(0, 10, 30)
    y = 1 + 0.4 * x + rng.normal(0, 0.1, 30)
    y[5] += 5  # one centre far off the line
    names = tuple(f"c{i}" for i in range(30))
    table = em.model_table(y, x[:, None], ("x",), names, "core")
    ref = sm.OLS(y, sm.add_constant(x)).fit().get_influence().cooks_distance[0]
    assert table.influential[0].jobcenter == "c5"
    assert table.influential[0].cooks_distance == pytest.approx(ref[5])
    assert table.cooks_threshold == pytest.approx(4 / 30)


def test_fewer_centres_than_variables_is_refused():
    store = build_store(
        {n: register_row(10000, 100, 100, 100, x1=i, x2=i * i, x3=1.0 / (i + 1))
         for i, n in enumerate(["Skive", "Morsø", "Herning"])},
        {}, framework=("x1", "x2", "x3"),
    )
    with pytest.raises(BenchError, match="mindst 5 jobcentre") as err:
        analyse(store, options=AnalysisOptions(prediction="own"))
    assert "Choose fewer variables" in err.value.text("en")


def test_collinear_variables_are_refused():
    y = np.array([1.0, 2, 3, 4, 5])
    X = np.array([[1.0, 2], [2, 4], [3, 6], [4, 8], [5, 10]])
    with pytest.raises(BenchError, match="lineært afhængige"):
        em.fit_point(y, X, ("a", "b"), tuple("vwxyz"), "core")


def test_table_is_cached():
    y = np.array([1.0, 2.5, 2.9, 4.2, 5.1, 5.8])
    x = np.array([[1.0], [2], [3], [4], [5], [6]])
    a = em.model_table(y, x, ("x",), tuple("abcdef"), "core")
    assert em.model_table(y, x, ("x",), tuple("abcdef"), "core") is a
    y2 = y.copy()
    y2[0] = 1.1
    assert em.model_table(y2, x, ("x",), tuple("abcdef"), "core") is not a
