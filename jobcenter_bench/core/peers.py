"""Peers (sammenlignelige jobcentre) of one job centre.

Two views: the centre's own cluster (klynge), and its k nearest centres by framework conditions
(rammevilkår). For the nearest centres every framework variable is standardised across the
centres (z-score: minus the mean, divided by the standard deviation) and the distance is the
Euclidean distance between the standardised vectors, so no variable dominates by its unit.
Without framework variables the predicted rates (ADP+KTH+SDP and all benefits) are used instead.
Variables that are constant across centres carry no information and are skipped.

Most similar centres with the user's weights (``similar_centres``, like Kolada's "liknande
kommuner"): the user picks variables among the framework conditions, size (population 16–64,
full-time persons, FTE) and benefit mix (shares on ADP, KTH, SDP), a weight for each, and N.
Each variable is z-scored and the distance is the weighted root-mean-square difference in
standard deviations, sqrt(Σ w_k Δz_k² / Σ w_k): with equal weights it is the Euclidean distance
above divided by √(number of variables), so the order is the same. A chosen group can be saved
by name in the project database (``Store.save_peer_group``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from jobcenter_bench.core.errors import BenchError

DEFAULT_K = 5


@dataclass(frozen=True)
class Peer:
    jobcenter: str
    distance: float  # Euclidean distance in standard deviations
    cluster: int | None


@dataclass
class Peers:
    """A centre's cluster members and nearest centres; ``variables`` used for the distance."""

    jobcenter: str
    cluster: int | None
    cluster_members: list[str]
    nearest: list[Peer]
    variables: tuple[str, ...]


def nearest(
    target: str, values: dict[str, dict[str, float]], variables: tuple[str, ...], k: int = DEFAULT_K
) -> list[tuple[str, float]]:
    """The k centres closest to ``target`` in standardised ``variables`` (centre, distance)."""
    names = [n for n, v in values.items() if all(x in v for x in variables)]
    if target not in names:
        raise BenchError(
            f"{target} har ikke værdier for alle de valgte rammevilkår og kan ikke sammenlignes.",
            f"{target} lacks values for some chosen framework conditions and cannot be compared.",
        )
    X = np.array([[values[n][x] for x in variables] for n in names], dtype=float)
    sd = X.std(axis=0)
    keep = sd > 0
    Z = (X[:, keep] - X[:, keep].mean(axis=0)) / sd[keep]
    d = np.sqrt(((Z - Z[names.index(target)]) ** 2).sum(axis=1))
    order = sorted((float(d[i]), n) for i, n in enumerate(names) if n != target)
    return [(n, dist) for dist, n in order[:k]]


def find_peers(result, jobcenter: str, k: int = DEFAULT_K) -> Peers:
    """Cluster members and the k nearest centres of ``jobcenter`` in a ``YearAnalysis``."""
    me = result.centre(jobcenter)
    variables = tuple(result.variables)
    if variables:
        values = {c.jobcenter: c.framework for c in result.centres}
    else:
        variables = ("predicted_rate", "predicted_rate_all")
        values = {
            c.jobcenter: {v: getattr(c, v) for v in variables if getattr(c, v) is not None}
            for c in result.centres
        }
    cluster_of = {c.jobcenter: c.cluster for c in result.centres}
    members = sorted(
        n for n, cl in cluster_of.items() if me.cluster is not None and cl == me.cluster and n != jobcenter
    )
    near = [Peer(n, d, cluster_of[n]) for n, d in nearest(jobcenter, values, variables, k)]
    return Peers(jobcenter, me.cluster, members, near, variables)


# ---------------------------------------------------------------- most similar centres, user weights
#: Similarity variables besides the framework conditions: key -> (Danish, English, unit).
SIZE_AND_MIX: dict[str, tuple[str, str, str]] = {
    "population": ("Befolkning 16-64 år", "Population aged 16-64", "personer / persons"),
    "full_time_persons": ("Fuldtidspersoner (ADP+KTH+SDP)", "Full-time persons (ADP+KTH+SDP)",
                          "personer / persons"),
    "fte": ("Årsværk i alt", "Total FTE", "årsværk / FTE"),
    "share_adp": ("Andel på a-dagpenge", "Share on ADP", "% af ADP+KTH+SDP"),
    "share_kth": ("Andel på kontanthjælp", "Share on KTH", "% af ADP+KTH+SDP"),
    "share_sdp": ("Andel på sygedagpenge", "Share on SDP", "% af ADP+KTH+SDP"),
}


@dataclass(frozen=True)
class SimilarCentre:
    """One of the most similar centres with its distance and key figures (nøgletal).

    ``distance``: weighted root-mean-square difference in standard deviations (0 = identical on
    every chosen variable); key figures in the units of ``analysis.CentreResult``.
    """

    jobcenter: str
    distance: float
    cluster: int | None
    population: float
    fte: float | None
    cases_per_fte: float | None
    effect: float | None
    observed_rate: float
    predicted_rate: float | None
    cost_per_fte: float | None


@dataclass(frozen=True)
class SimilarCentres:
    """The ``n`` centres most similar to ``jobcenter`` under ``weights`` (variable, weight);
    ``skipped``: chosen variables left out because they are constant across the centres."""

    jobcenter: str
    weights: tuple[tuple[str, float], ...]
    centres: tuple[SimilarCentre, ...]
    skipped: tuple[str, ...] = ()

    def members(self) -> tuple[str, ...]:
        return tuple(c.jobcenter for c in self.centres)


def similarity_values(analysis, dataset) -> dict[str, dict[str, float]]:
    """Every similarity variable per centre: the framework conditions and ``SIZE_AND_MIX``.

    Shares are the benefit's full-time persons in % of ADP+KTH+SDP; ``fte`` is missing for a
    centre without FTE (it then cannot be compared on size in FTE).
    """
    persons = {c.jobcenter: c.persons for c in dataset.centres}
    out = {}
    for r in analysis.centres:
        v = dict(r.framework)
        v["population"] = r.population
        v["full_time_persons"] = r.full_time_persons
        if r.fte is not None:
            v["fte"] = r.fte
        if r.full_time_persons > 0:
            for b in ("adp", "kth", "sdp"):
                v[f"share_{b}"] = persons[r.jobcenter].get(f"persons_{b}", 0.0) / r.full_time_persons * 100
        out[r.jobcenter] = v
    return out


def available_variables(analysis) -> tuple[str, ...]:
    """The variables the user can weight: the year's framework conditions, then ``SIZE_AND_MIX``."""
    framework = sorted({k for c in analysis.centres for k in c.framework})
    return (*framework, *SIZE_AND_MIX)


def default_weights(analysis) -> dict[str, float]:
    """Weight 1 on each framework condition of the analysis (as ``find_peers``), else on size."""
    names = analysis.variables or ("population",)
    return {v: 1.0 for v in names}


def parse_weights(text: str, variables: tuple[str, ...]) -> dict[str, float]:
    """``"var=w,var2=w2"`` to a dict; a name may be a unique prefix of a variable; w ≥ 0."""
    out = {}
    for part in (p.strip() for p in text.split(",") if p.strip()):
        name, sep, value = part.partition("=")
        name = name.strip()
        try:
            weight = float(value.replace(",", ".")) if sep else float("nan")
        except ValueError:
            weight = float("nan")
        if not weight >= 0:
            raise BenchError(f"Vægten '{part}' skal skrives navn=tal med et tal ≥ 0.",
                             f"The weight '{part}' must be written name=number with a number ≥ 0.")
        out[_variable(name, variables)] = weight
    return out


def _variable(name: str, variables: tuple[str, ...]) -> str:
    if name in variables:
        return name
    hits = [v for v in variables if v.startswith(name)]
    if len(hits) == 1:
        return hits[0]
    known = ", ".join(variables)
    what = "er flertydig" if hits else "findes ikke"
    raise BenchError(f"Variablen '{name}' {what}. Mulige: {known}.",
                     f"The variable '{name}' is {'ambiguous' if hits else 'unknown'}. Possible: {known}.")


def similar_centres(analysis, dataset, jobcenter: str, weights: dict[str, float] | None = None,
                    n: int = DEFAULT_K) -> SimilarCentres:
    """The ``n`` centres most like ``jobcenter`` on the weighted, standardised variables.

    Each variable is z-scored over the centres that have every chosen variable; the distance is
    sqrt(Σ w_k (z_k − z_k,target)² / Σ w_k). Weights 0 drop a variable; at least one must be > 0.
    """
    me = analysis.centre(jobcenter)
    weights = {k: float(w) for k, w in (weights or default_weights(analysis)).items() if w > 0}
    if not weights or n < 1:
        raise BenchError("Vælg mindst én variabel med vægt > 0 og N ≥ 1.",
                         "Choose at least one variable with weight > 0 and N ≥ 1.")
    values = similarity_values(analysis, dataset)
    names = [c for c, v in values.items() if all(k in v for k in weights)]
    if me.jobcenter not in names:
        raise BenchError(f"{jobcenter} har ikke værdier for alle de valgte variable.",
                         f"{jobcenter} lacks values for some of the chosen variables.")
    keys = list(weights)
    X = np.array([[values[c][k] for k in keys] for c in names], dtype=float)
    sd = X.std(axis=0)
    keep = sd > 0
    if not keep.any():
        raise BenchError("De valgte variable er ens for alle jobcentre.", "The chosen variables are equal for every centre.")
    w = np.array([weights[k] for k in keys])[keep]
    Z = (X[:, keep] - X[:, keep].mean(axis=0)) / sd[keep]
    d = np.sqrt(((Z - Z[names.index(me.jobcenter)]) ** 2 * w).sum(axis=1) / w.sum())
    order = sorted((float(d[i]), c) for i, c in enumerate(names) if c != me.jobcenter)[:n]
    by_name = {c.jobcenter: c for c in analysis.centres}
    centres = tuple(_similar(by_name[c], dist) for dist, c in order)
    skipped = tuple(k for k, kept in zip(keys, keep, strict=True) if not kept)
    return SimilarCentres(me.jobcenter, tuple(weights.items()), centres, skipped)


def _similar(r, distance: float) -> SimilarCentre:
    return SimilarCentre(r.jobcenter, distance, r.cluster, r.population, r.fte, r.cases_per_fte, r.effect,
                         r.observed_rate, r.predicted_rate, r.cost_per_fte)
