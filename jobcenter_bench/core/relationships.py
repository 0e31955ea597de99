"""Relationship tests behind the report's figure 6 (sammenhænge).

The report concludes, without statistics, that productivity is related neither to the framework
conditions (predicted dependency rate) nor to the employment effect. Here both are tested on the
data: a simple least-squares line y = a + b·x with the slope's 95 % confidence interval and
two-sided p-value (Student t, n − 2 degrees of freedom), Pearson's r and Spearman's rank
correlation ρ with their p-values (t approximation, as scipy's ``spearmanr``). A relationship is
called significant when the slope's p-value is below ``alpha`` (default 0.05).

The Student t distribution is computed here (regularised incomplete beta function) so the live
path needs neither scipy nor statsmodels.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

ALPHA = 0.05


@dataclass(frozen=True)
class Relationship:
    """A tested relationship between two per-centre measures (x explains y)."""

    x: str
    y: str
    n: int
    slope: float  # units of y per unit of x
    intercept: float
    slope_ci_low: float
    slope_ci_high: float
    slope_p: float
    pearson_r: float
    pearson_p: float
    spearman_rho: float
    spearman_p: float
    alpha: float = ALPHA

    @property
    def significant(self) -> bool:
        return self.slope_p < self.alpha


def fit_relationship(x_name: str, y_name: str, x, y, alpha: float = ALPHA) -> Relationship | None:
    """Fit and test y on x; ``None`` with fewer than 3 centres or no variation in x."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    n = len(x)
    if n < 3 or np.ptp(x) == 0:
        return None
    df = n - 2
    xm, ym = x - x.mean(), y - y.mean()
    sxx = float(xm @ xm)
    slope = float(xm @ ym) / sxx
    intercept = float(y.mean() - slope * x.mean())
    resid = ym - slope * xm
    se = math.sqrt(float(resid @ resid) / df / sxx)
    q = t_quantile(1 - alpha / 2, df)
    r = pearson(x, y)
    rho = pearson(rankdata(x), rankdata(y))
    return Relationship(
        x_name, y_name, n, slope, intercept, slope - q * se, slope + q * se,
        t_two_sided_p(slope / se if se > 0 else math.inf, df),
        r, correlation_p(r, n), rho, correlation_p(rho, n), alpha,
    )


def pearson(x, y) -> float:
    """Pearson's correlation coefficient (NaN if either series is constant)."""
    xm, ym = x - np.mean(x), y - np.mean(y)
    den = math.sqrt(float(xm @ xm) * float(ym @ ym))
    return float(xm @ ym) / den if den > 0 else math.nan


def spearman(x, y) -> float:
    """Spearman's rank correlation (average ranks for ties)."""
    return pearson(rankdata(np.asarray(x, dtype=float)), rankdata(np.asarray(y, dtype=float)))


def rankdata(a) -> np.ndarray:
    """Ranks 1..n, ties get their average rank (scipy's ``rankdata(method='average')``)."""
    a = np.asarray(a, dtype=float)
    sorter = np.argsort(a, kind="mergesort")
    inv = np.empty(a.size, dtype=np.intp)
    inv[sorter] = np.arange(a.size)
    s = a[sorter]
    obs = np.concatenate(([True], s[1:] != s[:-1]))
    dense = obs.cumsum()[inv]
    count = np.concatenate((np.nonzero(obs)[0], [len(obs)]))
    return 0.5 * (count[dense] + count[dense - 1] + 1)


def correlation_p(r: float, n: int) -> float:
    """Two-sided p-value of a correlation r over n pairs (t = r·√((n−2)/(1−r²)))."""
    if not math.isfinite(r) or n < 3:
        return math.nan
    if abs(r) >= 1:
        return 0.0
    return t_two_sided_p(r * math.sqrt((n - 2) / (1 - r * r)), n - 2)


def t_two_sided_p(t: float, df: float) -> float:
    """P(|T| ≥ |t|) for Student's t with ``df`` degrees of freedom."""
    if math.isinf(t):
        return 0.0
    return _betainc(df / 2.0, 0.5, df / (df + t * t))


@lru_cache(maxsize=256)
def t_quantile(p: float, df: float) -> float:
    """The p-quantile (p > 0.5) of Student's t, by bisection on ``t_two_sided_p``."""
    target = 2 * (1 - p)
    lo, hi = 0.0, 1.0
    while t_two_sided_p(hi, df) > target:
        hi *= 2
    for _ in range(100):
        mid = (lo + hi) / 2
        if t_two_sided_p(mid, df) > target:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-12:
            break
    return (lo + hi) / 2


def _betainc(a: float, b: float, x: float) -> float:
    """Regularised incomplete beta I_x(a, b) (continued fraction, Numerical Recipes §6.4)."""
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    ln_front = math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    if x < (a + 1) / (a + b + 2):
        return math.exp(ln_front) * _betacf(a, b, x) / a
    return 1.0 - math.exp(ln_front) * _betacf(b, a, 1.0 - x) / b


def _betacf(a: float, b: float, x: float) -> float:
    tiny, eps = 1e-300, 1e-15
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 500):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < eps:
            break
    return h
