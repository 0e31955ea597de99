"""Peers (sammenlignelige jobcentre) of one job centre.

Two views: the centre's own cluster (klynge), and its k nearest centres by framework conditions
(rammevilkår). For the nearest centres every framework variable is standardised across the
centres (z-score: minus the mean, divided by the standard deviation) and the distance is the
Euclidean distance between the standardised vectors, so no variable dominates by its unit.
Without framework variables the predicted rates (ADP+KTH+SDP and all benefits) are used instead.
Variables that are constant across centres carry no information and are skipped.
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
