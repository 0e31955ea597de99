"""Robustness checks (robusthedstjek; the report's appendix idea).

The main productivity and effect definitions are swapped one at a time for an alternative:

- productivity per case-related FTE, incl. ledighedsydelse, or excluding management
  (``productivity.PRODUCTIVITY_DEFINITIONS``);
- the all-benefits effect (predicted − observed all-benefits rate, incl. permanent benefits);
- the effect from the other prediction source (own model vs published predictions).

For each variant: Spearman's rank correlation between the variant and the main measure over the
centres that have both (1 = the same ranking), and the centres whose quadrant
(``classification``) changes when the variant replaces the main measure.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jobcenter_bench.core.classification import classify
from jobcenter_bench.core.relationships import spearman


@dataclass(frozen=True)
class QuadrantChange:
    jobcenter: str
    main: str  # quadrant key under the main definitions
    variant: str  # quadrant key under the variant


@dataclass
class RobustnessVariant:
    """One alternative definition compared with the main one."""

    key: str
    measure: str  # "productivity" or "effect"
    label: str
    label_en: str
    n: int
    spearman_rho: float
    changes: list[QuadrantChange] = field(default_factory=list)


def compare_variant(
    key: str, measure: str, labels: tuple[str, str], main_prod: dict[str, float],
    main_effect: dict[str, float], variant: dict[str, float],
) -> RobustnessVariant:
    """Rank correlation and quadrant changes when ``variant`` replaces the main ``measure``."""
    main = main_prod if measure == "productivity" else main_effect
    common = [n for n in main if n in variant]
    rho = spearman([main[n] for n in common], [variant[n] for n in common]) if len(common) > 2 else float("nan")
    base = classify(main_prod, main_effect)
    alt = classify(variant, main_effect) if measure == "productivity" else classify(main_prod, variant)
    changes = [QuadrantChange(n, base[n], alt[n]) for n in base if n in alt and alt[n] != base[n]]
    return RobustnessVariant(key, measure, labels[0], labels[1], len(common), rho, changes)
