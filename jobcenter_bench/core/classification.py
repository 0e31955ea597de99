"""Quadrants: productivity against effect (the report's figure 6–7 reading).

A centre's productivity is *high* when it is at or above the national median of case
productivity; its effect is *above average* when it is at or above the national mean effect.
Both statistics are taken over the centres compared, i.e. those with both a productivity and an
effect (centres without a survey answer are not in the comparison). The report calls the
high-productivity, above-average-effect centres resource-efficient (ressourceeffektive).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

QUADRANTS: dict[str, tuple[str, str]] = {
    "resource_efficient": (
        "Ressourceeffektiv: høj produktivitet, effekt over gennemsnit",
        "Resource-efficient: high productivity, above-average effect",
    ),
    "productive": (
        "Høj produktivitet, effekt under gennemsnit",
        "High productivity, below-average effect",
    ),
    "effective": (
        "Lav produktivitet, effekt over gennemsnit",
        "Low productivity, above-average effect",
    ),
    "neither": (
        "Lav produktivitet, effekt under gennemsnit",
        "Low productivity, below-average effect",
    ),
}

#: Short labels for tables and legends.
QUADRANT_SHORT: dict[str, tuple[str, str]] = {
    # the quadrant's name in tables, charts and the summary (one wording everywhere)
    "resource_efficient": ("Ressourceeffektiv", "Resource-efficient"),
    "productive": ("Høj produktivitet, lav effekt", "High productivity, low effect"),
    "effective": ("Lav produktivitet, høj effekt", "Low productivity, high effect"),
    "neither": ("Lav produktivitet, lav effekt", "Low productivity, low effect"),
}


@dataclass(frozen=True)
class Thresholds:
    """The lines that split the quadrants: median productivity (persons per FTE), mean effect (pp)."""

    productivity_median: float
    effect_mean: float
    n: int


def thresholds(productivity: dict[str, float], effect: dict[str, float]) -> Thresholds | None:
    """Median productivity and mean effect over the centres that have both; ``None`` if none."""
    names = [n for n in productivity if n in effect]
    if not names:
        return None
    return Thresholds(
        statistics.median(productivity[n] for n in names),
        statistics.fmean(effect[n] for n in names),
        len(names),
    )


def quadrant(productivity: float, effect: float, t: Thresholds) -> str:
    """The quadrant key of one centre (see ``QUADRANTS``)."""
    high = productivity >= t.productivity_median
    good = effect >= t.effect_mean
    if high:
        return "resource_efficient" if good else "productive"
    return "effective" if good else "neither"


def classify(productivity: dict[str, float], effect: dict[str, float]) -> dict[str, str]:
    """Quadrant per centre that has both a productivity and an effect."""
    t = thresholds(productivity, effect)
    if t is None:
        return {}
    return {n: quadrant(productivity[n], effect[n], t) for n in productivity if n in effect}
