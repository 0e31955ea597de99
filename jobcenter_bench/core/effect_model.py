"""The effect model: predicted dependency rate from framework conditions (rammevilkår).

Employment effect (beskæftigelseseffekt) = predicted − observed dependency rate, in percentage
points; positive = the centre does better than its framework conditions predict (the report's
sign, the reverse of KORA/SFI's).

Two sources for the prediction (``prediction_source``):

``published``
    the imported published predictions (``predicted_rate`` / ``predicted_rate_all``,
    population-weighted over the centre's municipalities). The default when every centre has
    one, as the report used KORA/SFI's published figures.
``own``
    our own regression, one observation per job centre: observed rate (ADP+KTH+SDP, or all
    benefits) = b0 + Σ b_j × framework variable_j + e. Ordinary least squares, or weighted least
    squares with population 16–64 as weights (``weights="population"``). Default variables: every
    framework variable imported for the year. The prediction is the fitted value.

The live path (``fit_point``) uses ``numpy.linalg.lstsq``; the full inference table
(``model_table``: coefficients, standard errors, t, p, 95 % CI, R², adjusted R², N, Cook's
distance) uses statsmodels, imported inside the function and cached per data and options.
Cook's distance above 4 / N flags an influential centre (a common rule of thumb).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import numpy as np

from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.plausibility import MAX_MAGNITUDE

RATES = ("core", "all")
WEIGHTS = (None, "population")


@dataclass(frozen=True)
class Coefficient:
    """One row of the regression table; ``name`` is ``"const"`` for the intercept."""

    name: str
    estimate: float
    std_error: float
    t: float
    p: float
    ci_low: float
    ci_high: float


@dataclass(frozen=True)
class Influence:
    """A centre whose Cook's distance exceeds the threshold (4 / N)."""

    jobcenter: str
    cooks_distance: float


@dataclass
class ModelTable:
    """The full regression table for one rate definition (statsmodels).

    ``rate`` is ``"core"`` (ADP+KTH+SDP) or ``"all"`` (all benefits); ``weights`` ``None`` (OLS)
    or ``"population"`` (WLS).
    """

    rate: str
    variables: tuple[str, ...]
    weights: str | None
    n: int
    df_resid: float
    r_squared: float
    r_squared_adj: float
    f_pvalue: float
    coefficients: list[Coefficient]
    cooks_threshold: float
    influential: list[Influence] = field(default_factory=list)


@dataclass
class PointFit:
    """Point estimates of the own model (numpy): coefficients, fitted values and residuals.

    One entry per centre in ``jobcentres`` order. ``observed`` is the response (observed rate,
    %), ``fitted`` the own model's predicted rate (%), ``residuals`` = observed − fitted in
    percentage points (the regression residual; note the effect has the opposite sign,
    predicted − observed). With an intercept the residuals sum to zero (OLS) and are orthogonal
    to every regressor; with population weights (WLS) that holds for the weighted sums
    Σ w × e = 0 and Σ w × x × e = 0.
    """

    rate: str
    variables: tuple[str, ...]
    weights: str | None
    jobcentres: tuple[str, ...]
    coefficients: tuple[float, ...]  # const first, then ``variables`` in order
    fitted: tuple[float, ...]  # predicted rate, %, one per jobcentre
    r_squared: float
    observed: tuple[float, ...] = ()  # observed rate, %, one per jobcentre
    residuals: tuple[float, ...] = ()  # observed − fitted, percentage points


def check_design(n: int, variables: tuple[str, ...]) -> None:
    """Refuse a regression that cannot be estimated with standard errors.

    OLS with an intercept and k variables needs at least k + 2 centres (one residual degree of
    freedom); with fewer, the coefficients are not determined and no test is possible.
    """
    k = len(variables)
    if k == 0:
        raise BenchError(
            "Der er ingen rammevilkårsvariable at estimere modellen på. Importér rammevilkår "
            "eller brug de publicerede forudsigelser (--prediction published).",
            "There are no framework-condition variables to fit the model on. Import framework "
            "conditions or use the published predictions (--prediction published).",
        )
    if n < k + 2:
        raise BenchError(
            f"Modellen har {k} variable plus konstantled, men kun {n} jobcentre med data: der skal "
            f"mindst {k + 2} jobcentre til. Vælg færre variable.",
            f"The model has {k} variables plus an intercept but only {n} centres with data: it "
            f"needs at least {k + 2} centres. Choose fewer variables.",
        )


def check_fit(beta, r2: float, variables: tuple[str, ...]) -> None:
    """Refuse a degenerate fit instead of printing it: coefficients or R² not finite, or R²
    below 0 (impossible for least squares with an intercept, so the arithmetic broke down,
    typically on a variable with absurd values such as 1e308)."""
    if np.all(np.isfinite(beta)) and np.isfinite(r2) and r2 >= -1e-9:
        return
    raise BenchError(
        "Modellen kan ikke estimeres meningsfuldt (koefficienterne eller R² er ikke endelige tal, "
        f"eller R² er negativ): tallene i rammevilkårsvariablene {', '.join(variables)} er for "
        "store eller for ens. Tjek de importerede værdier, eller fjern variablen fra modellen.",
        "The model cannot be estimated meaningfully (the coefficients or R² are not finite, or "
        f"R² is negative): the values of the framework variables {', '.join(variables)} are too "
        "large or too similar. Check the imported values or remove the variable from the model.",
    )


def _check_inputs(Xc, y, Xw, yw, variables: tuple[str, ...]) -> None:
    """Refuse non-finite data, or a variable with values beyond ``plausibility.MAX_MAGNITUDE``
    (10¹²), before any fit: it would give NaN, a singular matrix or nonsense coefficients."""
    if not all(np.all(np.isfinite(a)) for a in (Xc, y, Xw, yw)):
        check_fit(np.array([np.nan]), float("nan"), variables)
    huge = [v for j, v in enumerate(variables) if np.max(np.abs(Xc[:, j + 1]), initial=0) > MAX_MAGNITUDE]
    if huge:
        raise BenchError(
            f"Modellen kan ikke estimeres meningsfuldt: rammevilkårsvariablen {', '.join(huge)} har "
            f"værdier over {MAX_MAGNITUDE:.0e}, langt uden for hvad en kommune kan have. Ret tallene "
            "og importér filen igen, eller fjern variablen fra modellen.",
            f"The model cannot be estimated meaningfully: the framework variable {', '.join(huge)} has "
            f"values above {MAX_MAGNITUDE:.0e}, far beyond any municipality. Correct the numbers and "
            "import the file again, or remove the variable from the model.",
        )


def _dependent(variables: tuple[str, ...]) -> BenchError:
    return BenchError(
        "Rammevilkårsvariablene er lineært afhængige (eller en af dem er konstant): "
        f"{', '.join(variables)}. Fjern en af dem.",
        "The framework variables are linearly dependent (or one is constant): "
        f"{', '.join(variables)}. Remove one of them.",
    )


def _matrices(y, X, w):
    y = np.asarray(y, dtype=float)
    X = np.column_stack([np.ones(len(y)), np.asarray(X, dtype=float).reshape(len(y), -1)])
    if w is not None:
        sw = np.sqrt(np.asarray(w, dtype=float))
        return y, X, sw[:, None] * X, sw * y
    return y, X, X, y


def fit_point(
    y, X, variables: tuple[str, ...], jobcentres: tuple[str, ...], rate: str, w=None,
    weights: str | None = None,
) -> PointFit:
    """Least-squares point estimates with numpy (the live path; no statsmodels).

    Returns coefficients, fitted values, residuals (observed − fitted) and R² per centre.
    """
    check_design(len(y), variables)
    y, Xc, Xw, yw = _matrices(y, X, w)
    _check_inputs(Xc, y, Xw, yw, variables)
    beta, _, rank, _ = np.linalg.lstsq(Xw, yw, rcond=None)
    if rank < Xc.shape[1]:
        raise _dependent(variables)
    fitted = Xc @ beta
    resid_w = yw - Xw @ beta
    wts = np.ones(len(y)) if w is None else np.asarray(w, dtype=float)
    ybar = np.average(y, weights=wts)
    tss = float(np.sum(wts * (y - ybar) ** 2))
    r2 = 1.0 - float(resid_w @ resid_w) / float(tss) if tss > 0 else float("nan")
    check_fit(beta, r2, variables)
    return PointFit(rate, variables, weights, jobcentres, tuple(beta.tolist()),
                    tuple(fitted.tolist()), r2, tuple(y.tolist()), tuple((y - fitted).tolist()))


_TABLE_CACHE: dict[tuple, ModelTable] = {}


def model_table(
    y, X, variables: tuple[str, ...], jobcentres: tuple[str, ...], rate: str, w=None,
    weights: str | None = None,
) -> ModelTable:
    """The full inference table with statsmodels (imported here), cached per data and options."""
    check_design(len(y), variables)
    y, Xc, Xw, yw = _matrices(y, X, w)
    key = (rate, variables, weights, jobcentres, _digest(y, Xc, w))
    cached = _TABLE_CACHE.get(key)
    if cached is not None:
        return cached
    # heavy: only when the table is asked for; the linear_model module alone imports in ~1.4 s
    # against ~2-2.8 s for statsmodels.api (which also pulls tsa and the formula machinery)
    from statsmodels.regression.linear_model import OLS, WLS

    _check_inputs(Xc, y, Xw, yw, variables)
    if np.linalg.matrix_rank(Xw) < Xw.shape[1]:  # singular: statsmodels would print a pseudo-inverse fit
        raise _dependent(variables)
    names = ("const", *variables)
    res = (WLS(y, Xc, weights=w) if w is not None else OLS(y, Xc)).fit()
    check_fit(np.asarray(res.params, dtype=float), float(res.rsquared), variables)
    ci = res.conf_int(0.05)
    coefs = [
        Coefficient(n, float(res.params[i]), float(res.bse[i]), float(res.tvalues[i]),
                    float(res.pvalues[i]), float(ci[i][0]), float(ci[i][1]))
        for i, n in enumerate(names)
    ]
    # Cook's distance on the whitened model (equals OLS's when unweighted).
    cooks = OLS(yw, Xw).fit().get_influence().cooks_distance[0]
    threshold = 4.0 / len(y)
    influential = [
        Influence(jc, float(d)) for jc, d in zip(jobcentres, cooks, strict=True) if d > threshold
    ]
    influential.sort(key=lambda i: -i.cooks_distance)
    table = ModelTable(rate, variables, weights, int(res.nobs), float(res.df_resid),
                       float(res.rsquared), float(res.rsquared_adj), float(res.f_pvalue), coefs,
                       threshold, influential)
    if len(_TABLE_CACHE) > 64:
        _TABLE_CACHE.clear()
    _TABLE_CACHE[key] = table
    return table


def design(centres, variables: tuple[str, ...], rate: str, weights: str | None):
    """Response, regressors and weights from ``CentreData`` for the own model.

    Returns ``(y, X, w, jobcentres, left_out)``; ``left_out`` names centres without a value for
    the response or a chosen variable (they get no own prediction).
    """
    from jobcenter_bench.core.productivity import observed_rate, observed_rate_all

    if rate not in RATES:
        raise ValueError(f"unknown rate {rate!r}")
    if weights not in WEIGHTS:
        raise BenchError(f"Ukendt vægtning: {weights}", f"Unknown weights: {weights}")
    ys, xs, ws, names, left_out = [], [], [], [], []
    for c in centres:
        yv = observed_rate(c) if rate == "core" else observed_rate_all(c)
        if yv is None or any(v not in c.framework for v in variables):
            left_out.append(c.jobcenter)
            continue
        ys.append(yv)
        xs.append([c.framework[v] for v in variables])
        ws.append(c.population)
        names.append(c.jobcenter)
    X = np.asarray(xs, dtype=float).reshape(len(ys), len(variables))
    w = np.asarray(ws, dtype=float) if weights == "population" else None
    return np.asarray(ys, dtype=float), X, w, tuple(names), left_out


def _digest(*arrays) -> bytes:
    h = hashlib.blake2b(digest_size=16)
    for a in arrays:
        if a is not None:
            h.update(np.ascontiguousarray(a, dtype=float).tobytes())
    return h.digest()
