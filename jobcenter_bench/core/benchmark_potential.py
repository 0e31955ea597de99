"""Benchmark-based reallocation potential (benchmark-baseret omprioriteringspotentiale).

The report (ch. 4.1) sets three benchmarks "built on productivity differences" that give DKK
500–800 m a year nationally; their definitions are in an appendix that is not in the seed. Ours
(the three defaults, ``DEFAULT_BENCHMARKS``):

``cluster_upper_quartile``
    centres below the upper quartile (75th percentile) of their own cluster are raised to it, so
    a centre is only compared with centres of similar framework conditions (centres without a
    cluster form one group).
``national_upper_quartile``
    centres below the national upper quartile are raised to it.
``national_top_quintile``
    centres below the national 80th percentile (the best fifth) are raised to it.

A fourth, ``national_median`` (centres below the national median raised to it), is available
on request but is not a default: with the report's own productivity spread (under 20 to 52; top
five 45, bottom five 22) it frees only about half of the report's DKK 500 m, so the report's
benchmarks must all have been more ambitious than a median.

For a centre with productivity p (full-time persons per FTE, main definition) below the target
productivity p*, handling the same caseload at p* needs persons / p* FTE, so

    freed FTE = FTE − persons / p* = FTE × (1 − p / p*)          (årsværk)
    DKK       = freed FTE × the centre's own cost per FTE         (kr. pr. år)

Centres at or above the target free nothing (nobody is lowered). Quantiles are linear
interpolation between order statistics (numpy's default). Medians and quartiles are over the
centres with a productivity (the survey respondents). The totals cover those centres; the report's
national figures include an uplift for the ~10 % of centres that did not answer, so
``uplift`` (total ADP+KTH+SDP persons of all centres / those of the respondents) and the
uplifted totals are given as well.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

BENCHMARKS: dict[str, tuple[str, str]] = {
    "cluster_upper_quartile": (
        "Løft til øvre kvartil i egen klynge",
        "Raise to the upper quartile of the centre's cluster",
    ),
    "national_upper_quartile": (
        "Løft til landets øvre kvartil",
        "Raise to the national upper quartile",
    ),
    "national_top_quintile": (
        "Løft til landets bedste femtedel (80 %-fraktil)",
        "Raise to the national top fifth (80th percentile)",
    ),
    "national_median": (
        "Løft til landsmedianen for sagsproduktivitet",
        "Raise to the national median case productivity",
    ),
}

#: The three benchmarks reported by default (the report's "three benchmarks").
DEFAULT_BENCHMARKS: tuple[str, ...] = (
    "cluster_upper_quartile",
    "national_upper_quartile",
    "national_top_quintile",
)


@dataclass(frozen=True)
class PotentialInput:
    """What the potential needs per centre: persons per year, FTE, DKK per FTE, cluster."""

    jobcenter: str
    persons: float
    fte: float
    cost_per_fte: float | None
    cluster: int | None


@dataclass(frozen=True)
class CentrePotential:
    """One centre under one benchmark. ``dkk`` is ``None`` when the centre reported no cost."""

    jobcenter: str
    productivity: float  # full-time persons per FTE
    target: float  # benchmark productivity, full-time persons per FTE
    freed_fte: float  # FTE per year
    dkk: float | None  # DKK per year


@dataclass
class BenchmarkPotential:
    """One benchmark's result: per-centre rows (only centres below the target) and totals."""

    key: str
    label: str
    label_en: str
    centres: list[CentrePotential] = field(default_factory=list)
    total_freed_fte: float = 0.0
    total_dkk: float = 0.0
    uplift: float = 1.0
    missing_cost: list[str] = field(default_factory=list)

    @property
    def total_dkk_uplifted(self) -> float:
        """Total DKK scaled to all centres (respondents' total × ``uplift``)."""
        return self.total_dkk * self.uplift

    @property
    def total_freed_fte_uplifted(self) -> float:
        return self.total_freed_fte * self.uplift


def targets(rows: list[PotentialInput], key: str) -> dict[str, float]:
    """Target productivity per centre under benchmark ``key``."""
    prod = {r.jobcenter: r.persons / r.fte for r in rows}
    if key == "national_median":
        t = float(np.median(list(prod.values())))
        return dict.fromkeys(prod, t)
    if key in ("national_upper_quartile", "national_top_quintile"):
        q = 75 if key == "national_upper_quartile" else 80
        t = float(np.percentile(list(prod.values()), q))
        return dict.fromkeys(prod, t)
    if key == "cluster_upper_quartile":
        by_cluster: dict[int | None, list[float]] = {}
        for r in rows:
            by_cluster.setdefault(r.cluster, []).append(prod[r.jobcenter])
        q = {c: float(np.percentile(v, 75)) for c, v in by_cluster.items()}
        return {r.jobcenter: q[r.cluster] for r in rows}
    raise ValueError(f"unknown benchmark {key!r}")


def benchmark_potential(rows: list[PotentialInput], key: str, uplift: float = 1.0) -> BenchmarkPotential:
    """Freed FTE and DKK per centre and in total under benchmark ``key``."""
    label, label_en = BENCHMARKS[key]
    out = BenchmarkPotential(key, label, label_en, uplift=uplift)
    if not rows:
        return out
    target = targets(rows, key)
    for r in rows:
        p, t = r.persons / r.fte, target[r.jobcenter]
        if p >= t:
            continue
        freed = r.fte - r.persons / t
        dkk = None if r.cost_per_fte is None else freed * r.cost_per_fte
        out.centres.append(CentrePotential(r.jobcenter, p, t, freed, dkk))
        out.total_freed_fte += freed
        if dkk is None:
            out.missing_cost.append(r.jobcenter)
        else:
            out.total_dkk += dkk
    return out


def all_benchmarks(
    rows: list[PotentialInput], uplift: float = 1.0, keys: tuple[str, ...] = DEFAULT_BENCHMARKS
) -> list[BenchmarkPotential]:
    """The chosen benchmarks (default: the three of ``DEFAULT_BENCHMARKS``), in that order."""
    return [benchmark_potential(rows, key, uplift) for key in keys]
