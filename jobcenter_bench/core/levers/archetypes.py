"""The four calculation archetypes of the report (beregningsmetoder), as numpy functions.

Every function works on arrays with one element per job centre (or on scalars) and is linear in
its time/share arguments, so the engine evaluates each term once with unit factors and scales
it by the scenario's parameters afterwards. A missing driver (NaN) gives 0 for that centre.
"""

from __future__ import annotations

import numpy as np


def _arr(x) -> np.ndarray:
    return np.asarray(x, dtype=float)


def weighted_average(value, weight) -> float:
    """The ``weight``-weighted average of ``value`` over centres with both known (NaN skipped).

    Returns NaN when no centre has data.
    """
    v, w = _arr(value), _arr(weight)
    ok = ~(np.isnan(v) | np.isnan(w)) & (w > 0)
    if not ok.any():
        return float("nan")
    return float(np.sum(v[ok] * w[ok]) / np.sum(w[ok]))


def group_averages(value, weight, groups) -> np.ndarray:
    """Per centre, the ``weight``-weighted average of ``value`` within the centre's group.

    ``groups`` holds an integer group (cluster) per centre; a negative group means unknown and
    gives NaN.
    """
    v, g = _arr(value), np.asarray(groups)
    out = np.full(v.shape, np.nan)
    for code in np.unique(g):
        if code < 0:
            continue
        members = g == code
        out[members] = weighted_average(v[members], _arr(weight)[members])
    return out


def down_to_average(value, volume, average) -> np.ndarray:
    """Down to the average (ned til gennemsnittet).

    Parameters
    ----------
    value : array
        The centre's driver, e.g. sickness days per employee or minutes per interview.
    volume : array
        What one unit of the gap is multiplied by, e.g. FTE or interviews per year.
    average : float or array
        The average the centre is brought to (national, or the centre's cluster average).

    Returns
    -------
    array
        ``max(0, value - average) x volume``: centres at or below the average give 0. The unit
        is the value's unit times the volume's (days x FTE, minutes x interviews ...).
    """
    gap = np.maximum(_arr(value) - _arr(average), 0.0)
    return np.nan_to_num(gap * _arr(volume), nan=0.0)


def volume_time(volume, time_per_unit, share=1.0) -> np.ndarray:
    """Volume x time saved (volumen x tidsbesparelse).

    ``volume`` units per year (reassessments, forms, letters ...) x ``time_per_unit`` saved per
    unit x ``share`` of the volume affected. The result has the time's unit per year.
    """
    return np.nan_to_num(_arr(volume) * _arr(time_per_unit) * _arr(share), nan=0.0)


def time_per_employee(fte, time_per_period, periods, applies=1.0) -> np.ndarray:
    """Time per employee (tid pr. medarbejder) where the practice applies.

    ``fte`` in the affected staff group x ``time_per_period`` saved per FTE (hours per week,
    minutes per day ...) x ``periods`` per year (working weeks or days) x ``applies`` (1 where the
    centre has the practice, 0 where not).
    """
    return np.nan_to_num(_arr(fte) * _arr(time_per_period) * _arr(periods) * _arr(applies), nan=0.0)


def share_of_cost(cost, share) -> np.ndarray:
    """Share of a cost (andel af en udgift): ``cost`` in DKK per year x ``share`` saved, in DKK."""
    return np.nan_to_num(_arr(cost) * _arr(share), nan=0.0)
