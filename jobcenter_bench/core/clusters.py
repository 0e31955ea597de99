"""Clusters (klynger) of job centres with similar framework conditions, and placement in cluster.

Cluster numbers are ordered: 1 = the hardest framework conditions, higher = better (the
report's "Klynge alle yd.").

Source (``cluster_source``):

``published``
    the imported cluster numbers (register variable ``cluster``), used when every centre has one.
``computed``
    centres are sorted by their predicted all-benefits dependency rate (forudsagt
    forsørgelsesgrad, alle ydelser), highest first, and cut into k ordered groups (default
    k = 7). With k = 7 the groups keep the report's proportions 5/15/27/22/12/7/6 of 94: for
    94 centres exactly those sizes, for another number N (a centre left out because of a
    suppressed register cell, say) the sizes 5/15/27/22/12/7/6 × N/94 rounded by the largest
    remainder method, so one missing centre costs one group one member instead of
    reshuffling everyone into equal groups; ``size_notice`` states the change. With another
    k there are no report proportions: the sizes differ by at most one and the larger groups
    come first. Ties in the predicted rate are broken by name, so the result is deterministic.

Placement in cluster (placering i klyngen) ranks a centre within its cluster by its observed
all-benefits dependency rate, lowest = 1, shown as "n af N" (N = centres in the cluster). The
report's figure 2 cannot be reproduced with the ADP+KTH+SDP rate (see
``reference-figures.md``); ``placement_rate="core"`` is offered as an alternative. Equal
rates share the better rank (1, 2, 2, 4).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

#: The report's cluster sizes (klyngestørrelser), cluster 1 first, for its 94 centres.
REPORT_SIZES = (5, 15, 27, 22, 12, 7, 6)
DEFAULT_K = 7


@dataclass(frozen=True)
class SizeNotice:
    """Says that computed clusters are not the report's 94-centre sizes (Danish and English)."""

    text: str
    text_en: str


def group_sizes(n: int, k: int) -> list[int]:
    """Sizes of the k ordered groups for n centres.

    k = 7: the report's sizes scaled to n (:func:`report_proportion_sizes`) when that leaves no
    cluster empty; otherwise (other k, or too few centres): equal groups, the larger first.
    """
    if k < 1:
        raise ValueError("k must be at least 1")
    if _uses_report_proportions(n, k):
        return report_proportion_sizes(n)
    k = min(k, n) if n else k
    q, r = divmod(n, k)
    return [q + 1 if i < r else q for i in range(k)]


def report_proportion_sizes(n: int) -> list[int]:
    """The report's sizes 5/15/27/22/12/7/6 scaled to n centres, largest remainder rounding.

    Each cluster's quota is size × n / 94; every cluster gets the whole part of its quota and
    the centres left over go one each to the clusters with the largest fractional parts (equal
    fractions: the lower cluster number first). n = 94 gives the report's sizes exactly.
    """
    total = sum(REPORT_SIZES)
    quotas = [size * n / total for size in REPORT_SIZES]
    sizes = [int(q) for q in quotas]
    by_fraction = sorted(range(len(quotas)), key=lambda i: (-(quotas[i] - sizes[i]), i))
    for i in by_fraction[: n - sum(sizes)]:
        sizes[i] += 1
    return sizes


def _uses_report_proportions(n: int, k: int) -> bool:
    return k == len(REPORT_SIZES) and min(report_proportion_sizes(n)) > 0


def size_notice(n: int, k: int = DEFAULT_K) -> SizeNotice | None:
    """The notice to show when computed clusters cannot have the report's sizes; None if they do."""
    if k != len(REPORT_SIZES) or n == sum(REPORT_SIZES):
        return None
    sizes = "/".join(str(s) for s in group_sizes(n, k))
    report = "/".join(str(s) for s in REPORT_SIZES)
    total = sum(REPORT_SIZES)
    if not _uses_report_proportions(n, k):
        return SizeNotice(
            f"Klyngerne er beregnet for {n} jobcentre (ikke {total}): for få til rapportens "
            f"størrelser {report}, så klyngerne er lige store: {sizes} jobcentre.",
            f"Clusters are computed for {n} job centres (not {total}): too few for the report's "
            f"sizes {report}, so the clusters are of equal size: {sizes} centres.",
        )
    return SizeNotice(
        f"Klyngerne er beregnet for {n} jobcentre (ikke {total}): rapportens størrelser {report} "
        f"er skaleret til {n} (afrundet efter største rest), så klyngerne har {sizes} jobcentre.",
        f"Clusters are computed for {n} job centres (not {total}): the report's sizes {report} "
        f"are scaled to {n} by largest remainder, so the clusters have {sizes} centres.",
    )


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
