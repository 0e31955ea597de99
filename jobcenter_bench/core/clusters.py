"""Clusters (klynger) of job centres with similar framework conditions, and placement in cluster.

Cluster numbers are ordered: 1 = the hardest framework conditions, higher = better (the
report's "Klynge alle yd.").

Source (``cluster_source``):

``published``
    the imported cluster numbers (register variable ``cluster``), used when every centre has one.
``computed``
    centres are sorted by their predicted all-benefits dependency rate (forudsagt
    forsørgelsesgrad, alle ydelser), highest first, and cut into k ordered groups (default
    k = 7). With k = 7 and 94 centres the groups get the report's sizes 5, 15, 27, 22, 12, 7, 6;
    otherwise the sizes differ by at most one and the larger groups come first. Ties in the
    predicted rate are broken by name, so the result is deterministic.

Placement in cluster (placering i klyngen) ranks a centre within its cluster by its observed
all-benefits dependency rate, lowest = 1, shown as "n af N" (N = centres in the cluster). The
report's figure 2 cannot be reproduced with the ADP+KTH+SDP rate (see
``reference-figures.md``); ``placement_rate="core"`` is offered as an alternative. Equal
rates share the better rank (1, 2, 2, 4).
"""

from __future__ import annotations

from bisect import bisect_left

REPORT_SIZES = (5, 15, 27, 22, 12, 7, 6)
DEFAULT_K = 7


def group_sizes(n: int, k: int) -> list[int]:
    """Sizes of the k ordered groups for n centres (the report's sizes for 94 and 7)."""
    if k < 1:
        raise ValueError("k must be at least 1")
    if k == len(REPORT_SIZES) and n == sum(REPORT_SIZES):
        return list(REPORT_SIZES)
    k = min(k, n) if n else k
    q, r = divmod(n, k)
    return [q + 1 if i < r else q for i in range(k)]


def compute_clusters(predicted_all: dict[str, float], k: int = DEFAULT_K) -> dict[str, int]:
    """Cluster number per centre from the predicted all-benefits rate (%), 1 = highest rate."""
    order = sorted(predicted_all, key=lambda name: (-predicted_all[name], name))
    out: dict[str, int] = {}
    start = 0
    for number, size in enumerate(group_sizes(len(order), k), start=1):
        for name in order[start:start + size]:
            out[name] = number
        start += size
    return out


def placements(
    cluster_of: dict[str, int], rate: dict[str, float | None]
) -> dict[str, tuple[int | None, int]]:
    """``{centre: (rank, cluster size)}``: rank by ``rate`` within the cluster, lowest = 1.

    A centre without a rate gets rank ``None`` but still counts in its cluster's size.
    """
    members: dict[int, list[str]] = {}
    for name, number in cluster_of.items():
        members.setdefault(number, []).append(name)
    out: dict[str, tuple[int | None, int]] = {}
    for names in members.values():
        size = len(names)
        ranked = sorted(rate[n] for n in names if rate.get(n) is not None)
        for n in names:
            value = rate.get(n)
            out[n] = (None if value is None else 1 + _count_below(ranked, value), size)
    return out


def _count_below(sorted_values: list[float], value: float) -> int:
    return bisect_left(sorted_values, value)


def cluster_sizes(cluster_of: dict[str, int]) -> dict[int, int]:
    """Number of centres per cluster number."""
    sizes: dict[int, int] = {}
    for number in cluster_of.values():
        sizes[number] = sizes.get(number, 0) + 1
    return dict(sorted(sizes.items()))
