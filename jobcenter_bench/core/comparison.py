"""Cluster and national summaries of the key figures (klynge- og landstal).

A centre is compared with its cluster (klyngen) and with the country (landet). Both are summaries
of the same centres the analysis computed, built here once so that the GUI, the CLI and the
reports show the same comparison figures. Every summary is over the centres of the group that
have the figure (the count of those centres is kept next to it):

``cases_per_fte`` (sager pr. årsværk, aggregate)
    total caseload / total FTE of the group, under the analysis' productivity definition:
    Σ full-time persons / Σ FTE over the centres with a productivity. This is the group's
    productivity as if it were one organisation; a big centre weighs more than a small one.
``cases_per_fte_median``, ``cases_per_fte_min``, ``cases_per_fte_max``
    median and range of the centres' own cases per FTE (each centre counts once).
``effect_mean`` (effekt, pp)
    unweighted mean of the centres' effects: each centre is one observation, as in the
    report's quadrant threshold (the national ``effect_mean`` equals the classification's
    threshold when every centre with an effect also has a productivity).
``effect_weighted`` (pp)
    population-weighted mean of the effects, Σ population × effect / Σ population: the effect of
    the group taken as one labour market (equals aggregate predicted − aggregate observed rate
    over the same centres). It is shown for reference; the unweighted mean is the comparison
    figure because the effect is a property of a job centre, not of a resident.
``observed_rate``, ``observed_rate_all`` (%)
    Σ full-time persons / Σ population 16–64 × 100 (like a centre of several municipalities).
``predicted_rate``, ``predicted_rate_all`` (%)
    Σ population × predicted rate / Σ population, i.e. predicted persons summed and divided by
    the population summed, over the centres with a prediction.
``cost_per_fte`` (DKK per FTE per year)
    Σ cost / Σ FTE over the centres with a cost (the cost definition of the analysis).
``fte_mean``, ``fte_total`` (FTE)
    mean total FTE per centre and the total, over the centres with FTE.
``fte_by_group_mean``, ``fte_by_group_total`` (FTE)
    per staff group (``fields.STAFF_GROUP_FIELDS``): mean per centre and total, over the
    centres that reported the group.
``full_time_persons_mean`` (persons per year)
    mean ADP+KTH+SDP full-time persons per centre.
``n_centres``
    centres in the group; ``n_productivity`` / ``n_effect`` those with the figure.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, field

from jobcenter_bench.core.fields import STAFF_GROUP_FIELDS


@dataclass(frozen=True)
class CentreInputs:
    """What a summary needs of one centre (filled by ``analysis`` from the result and dataset).

    ``caseload`` / ``fte_denominator``: numerator and denominator of the centre's cases per FTE
    under the analysis' productivity definition (``None`` without productivity). ``staff``: FTE
    per staff group from the survey (missing groups are left out).
    """

    jobcenter: str
    cluster: int | None
    population: float
    full_time_persons: float
    persons_all: float | None  # all-benefit full-time persons, None if a benefit is missing
    caseload: float | None
    fte_denominator: float | None
    cases_per_fte: float | None
    effect: float | None
    predicted_rate: float | None
    predicted_rate_all: float | None
    fte: float | None
    cost_total: float | None
    staff: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class GroupSummary:
    """Summary of a cluster (``scope="cluster"``), the country (``scope="national"``) or a saved
    peer group (``scope="group"``, ``name`` the group's name; ``core.peer_groups``).

    See the module docstring for each definition; ``None`` when no centre of the group has the
    figure. Units: cases per FTE in persons per FTE, rates in %, effects in percentage points,
    cost in DKK per FTE per year, FTE in årsværk.
    """

    scope: str
    cluster: int | None
    n_centres: int
    n_productivity: int
    n_effect: int
    cases_per_fte: float | None
    cases_per_fte_median: float | None
    cases_per_fte_min: float | None
    cases_per_fte_max: float | None
    effect_mean: float | None
    effect_weighted: float | None
    observed_rate: float | None
    predicted_rate: float | None
    observed_rate_all: float | None
    predicted_rate_all: float | None
    cost_per_fte: float | None
    fte_mean: float | None
    fte_total: float | None
    full_time_persons_mean: float | None
    fte_by_group_mean: dict[str, float] = field(default_factory=dict)
    fte_by_group_total: dict[str, float] = field(default_factory=dict)
    name: str = ""


@dataclass(frozen=True)
class Comparison:
    """One centre's cluster summary (``None`` without a cluster) and the national summary."""

    jobcenter: str
    cluster: GroupSummary | None
    national: GroupSummary


def _ratio(num: float, den: float, scale: float = 1.0) -> float | None:
    return num / den * scale if den > 0 else None


def _weighted(pairs: list[tuple[float, float]]) -> float | None:
    """Σ w × v / Σ w over (value, weight) pairs."""
    den = sum(w for _, w in pairs)
    return sum(v * w for v, w in pairs) / den if den > 0 else None


def summarise(rows: list[CentreInputs], scope: str = "national", cluster: int | None = None) -> GroupSummary:
    """The summary of ``rows`` (one group of centres); see the module docstring."""
    prod = [r for r in rows if r.cases_per_fte is not None and r.caseload is not None
            and r.fte_denominator]
    own = [r.cases_per_fte for r in prod]
    eff = [r for r in rows if r.effect is not None]
    pop = sum(r.population for r in rows)
    all_rows = [r for r in rows if r.persons_all is not None]
    pred = [(r.predicted_rate, r.population) for r in rows if r.predicted_rate is not None]
    pred_all = [(r.predicted_rate_all, r.population) for r in rows if r.predicted_rate_all is not None]
    cost = [r for r in rows if r.cost_total is not None and r.fte]
    fte = [r.fte for r in rows if r.fte is not None]
    by_group: dict[str, list[float]] = {g: [r.staff[g] for r in rows if g in r.staff]
                                        for g in STAFF_GROUP_FIELDS}
    return GroupSummary(
        scope=scope, cluster=cluster, n_centres=len(rows), n_productivity=len(prod), n_effect=len(eff),
        cases_per_fte=_ratio(sum(r.caseload for r in prod), sum(r.fte_denominator for r in prod)),
        cases_per_fte_median=statistics.median(own) if own else None,
        cases_per_fte_min=min(own) if own else None,
        cases_per_fte_max=max(own) if own else None,
        effect_mean=math.fsum(r.effect for r in eff) / len(eff) if eff else None,
        effect_weighted=_weighted([(r.effect, r.population) for r in eff]),
        observed_rate=_ratio(sum(r.full_time_persons for r in rows), pop, 100.0),
        predicted_rate=_weighted(pred),
        observed_rate_all=_ratio(sum(r.persons_all for r in all_rows),
                                 sum(r.population for r in all_rows), 100.0),
        predicted_rate_all=_weighted(pred_all),
        cost_per_fte=_ratio(sum(r.cost_total for r in cost), sum(r.fte for r in cost)),
        fte_mean=sum(fte) / len(fte) if fte else None,
        fte_total=sum(fte) if fte else None,
        full_time_persons_mean=sum(r.full_time_persons for r in rows) / len(rows) if rows else None,
        fte_by_group_mean={g: sum(v) / len(v) for g, v in by_group.items() if v},
        fte_by_group_total={g: sum(v) for g, v in by_group.items() if v},
    )


def summarise_clusters(rows: list[CentreInputs]) -> dict[int, GroupSummary]:
    """One summary per cluster number (centres without a cluster are left out), sorted by number."""
    groups: dict[int, list[CentreInputs]] = {}
    for r in rows:
        if r.cluster is not None:
            groups.setdefault(r.cluster, []).append(r)
    return {k: summarise(groups[k], "cluster", k) for k in sorted(groups)}


def compare(result, jobcenter: str) -> Comparison:
    """The cluster and national summaries to set ``jobcenter`` against (a ``YearAnalysis``)."""
    me = result.centre(jobcenter)
    cluster = result.cluster_summaries.get(me.cluster) if me.cluster is not None else None
    return Comparison(me.jobcenter, cluster, result.national_summary)


def histogram(values: list[float], width: float) -> tuple[list[float], list[int]]:
    """Bins of ``width`` covering ``values``: edges (one more than counts) and counts per bin.

    The first edge is ``width`` × floor(min / width); a value on an edge belongs to the bin that
    starts there; the maximum is in the last bin. Empty input gives empty lists.
    """
    if not values:
        return [], []
    lo = math.floor(min(values) / width) * width
    n = max(1, math.ceil((max(values) - lo) / width + 1e-9))
    counts = [0] * n
    for v in values:
        counts[min(int((v - lo) // width), n - 1)] += 1
    return [lo + i * width for i in range(n + 1)], counts


def ranks(values: dict[str, float | None], reverse: bool = True) -> dict[str, int]:
    """Rank 1 = highest value (``reverse=False``: lowest); no value, no rank; ties share the
    better rank (1 + the number of strictly better values)."""
    present = [v for v in values.values() if v is not None]
    out: dict[str, int] = {}
    for k, v in values.items():
        if v is not None:
            out[k] = 1 + sum(1 for w in present if (w > v if reverse else w < v))
    return out
