"""Result types of the lever engine and their aggregates (by area, binding type, horizon).

:class:`LeverResults` holds every number of one evaluation (one year, one scenario) as arrays;
:meth:`LeverResults.scope` turns it into a :class:`ScopeSummary` for the nation or one centre:
a :class:`LeverRow` per lever, gross, overlap and net totals, the gross by area, binding and
horizon, and the share of the cost base. ``ScopeSummary.to_dict()`` is the JSON contract of
``jobcenter-bench levers --format json``. All amounts are DKK per year, hours per year, FTE.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from jobcenter_bench.core.levers.catalogue import AREAS, BINDINGS, HORIZONS, Lever, OverlapPair
from jobcenter_bench.core.levers.drivers import centre_position

NATIONAL = "national"


@dataclass(frozen=True)
class LeverRow:
    """One lever's potential in one scope; low ≤ high."""

    id: str
    group: str
    area: str
    binding: str
    horizon: str
    quantified: bool
    name_da: str
    name_en: str
    low_dkk: float
    high_dkk: float
    low_hours: float
    high_hours: float
    low_fte: float
    high_fte: float

    def to_dict(self) -> dict:
        return {
            "id": self.id, "group": self.group, "area": self.area, "binding": self.binding,
            "horizon": self.horizon, "quantified": self.quantified, "name_da": self.name_da,
            "name_en": self.name_en, "low_dkk": self.low_dkk, "high_dkk": self.high_dkk,
            "low_hours": self.low_hours, "high_hours": self.high_hours,
            "low_fte": self.low_fte, "high_fte": self.high_fte,
        }


@dataclass(frozen=True)
class OverlapRow:
    a: str
    b: str
    kind: str
    low_dkk: float
    high_dkk: float


@dataclass(frozen=True)
class ScopeSummary:
    """The levers of one scope (``"national"`` or a centre name) in one year and scenario."""

    year: int
    scope: str
    scenario: str
    levers: tuple[LeverRow, ...]
    overlaps: tuple[OverlapRow, ...]
    overlap_low_dkk: float
    overlap_high_dkk: float
    cost_base_dkk: float
    hourly_cost: float
    excluded: tuple[tuple[str, str, str], ...] = ()
    #: Effective hours per FTE per year of the scenario (for the FTE equivalent of the net).
    effective_hours: float = float("nan")

    def notes(self, lang: str = "da") -> list[str]:
        """Why centres in this scope have no potential (0 or unknown FTE), one sentence each."""
        return [en if lang == "en" else da for _, da, en in self.excluded]

    @property
    def gross_low_dkk(self) -> float:
        return float(sum(r.low_dkk for r in self.levers))

    @property
    def gross_high_dkk(self) -> float:
        return float(sum(r.high_dkk for r in self.levers))

    @property
    def total_low_dkk(self) -> float:
        """Net potential: gross minus overlap."""
        return self.gross_low_dkk - self.overlap_low_dkk

    @property
    def total_high_dkk(self) -> float:
        return self.gross_high_dkk - self.overlap_high_dkk

    def _by(self, attr: str, codes) -> dict[str, dict[str, float]]:
        out = {code: {"low_dkk": 0.0, "high_dkk": 0.0} for code in codes}
        for r in self.levers:
            out[getattr(r, attr)]["low_dkk"] += r.low_dkk
            out[getattr(r, attr)]["high_dkk"] += r.high_dkk
        return out

    @property
    def by_area(self) -> dict[str, dict[str, float]]:
        """Gross (before overlap) per area "A"…"F"."""
        return self._by("area", AREAS)

    @property
    def by_binding(self) -> dict[str, dict[str, float]]:
        """Gross per binding type "management", "law", "it"."""
        return self._by("binding", BINDINGS)

    @property
    def by_horizon(self) -> dict[str, dict[str, float]]:
        """Gross per horizon "short", "medium", "long"."""
        return self._by("horizon", HORIZONS)

    @property
    def share_of_cost_base(self) -> tuple[float, float]:
        """Net total low and high as a share of the cost base (salaries + other services)."""
        if self.cost_base_dkk <= 0:
            return (float("nan"), float("nan"))
        return (self.total_low_dkk / self.cost_base_dkk, self.total_high_dkk / self.cost_base_dkk)

    @property
    def net_fte(self) -> tuple[float, float]:
        """Net potential low and high as FTE (frigjorte årsværk): net DKK / (hourly cost x
        effective hours), i.e. in FTE at the scope's own cost of an hour; NaN without one."""
        per_fte = self.hourly_cost * self.effective_hours
        if not per_fte > 0:
            return (float("nan"), float("nan"))
        return (self.total_low_dkk / per_fte, self.total_high_dkk / per_fte)

    def lever(self, lever_id: str) -> LeverRow:
        for r in self.levers:
            if r.id == lever_id:
                return r
        raise KeyError(lever_id)

    def to_dict(self) -> dict:
        """The JSON object of ``jobcenter-bench levers`` (issue 4, item 8)."""
        share = self.share_of_cost_base
        return {
            "year": self.year,
            "scope": self.scope,
            "scenario": self.scenario,
            "levers": [r.to_dict() for r in self.levers],
            "gross_low_dkk": self.gross_low_dkk,
            "gross_high_dkk": self.gross_high_dkk,
            "overlap_low_dkk": self.overlap_low_dkk,
            "overlap_high_dkk": self.overlap_high_dkk,
            "total_low_dkk": self.total_low_dkk,
            "total_high_dkk": self.total_high_dkk,
            "by_area": self.by_area,
            "by_binding": self.by_binding,
            "by_horizon": self.by_horizon,
            "overlaps": [
                {"a": o.a, "b": o.b, "kind": o.kind, "low_dkk": o.low_dkk, "high_dkk": o.high_dkk}
                for o in self.overlaps
            ],
            "cost_base_dkk": self.cost_base_dkk,
            "share_of_cost_base_low": share[0],
            "share_of_cost_base_high": share[1],
            "hourly_cost": self.hourly_cost,
            "excluded": [{"jobcenter": c, "reason_da": da, "reason_en": en} for c, da, en in self.excluded],
        }


@dataclass
class LeverResults:
    """Every number of one evaluation: arrays indexed [low/high, lever, centre].

    ``hours``/``dkk``/``fte`` have shape (2, levers, centres), index 0 the low and 1 the high
    estimate; unquantified levers are rows of zeros. ``overlap`` has shape (2, pairs, centres).
    ``hourly_cost``, ``cost_base`` and ``fte_total`` are per centre (DKK per hour, DKK per year,
    FTE). ``effective_hours`` and ``overlap_shares`` are the scenario's values the numbers were
    computed with. ``averages`` maps "lever:term" to the national average a down-to-the-average term
    compares with (in the driver's unit), for display. ``excluded`` maps a centre left out of the
    potential (total FTE 0 or unknown; all its numbers are 0) to the reason, Danish and English.
    """

    year: int
    scenario: str
    centres: tuple[str, ...]
    levers: tuple[Lever, ...]
    pairs: tuple[OverlapPair, ...]
    hours: np.ndarray
    dkk: np.ndarray
    fte: np.ndarray
    overlap: np.ndarray
    hourly_cost: np.ndarray
    cost_base: np.ndarray
    fte_total: np.ndarray
    effective_hours: float
    overlap_shares: dict = field(default_factory=dict)
    averages: dict = field(default_factory=dict)
    excluded: dict = field(default_factory=dict)

    # ------------------------------------------------------------ lookups
    def lever_index(self, lever_id: str) -> int:
        for i, lv in enumerate(self.levers):
            if lv.id == lever_id:
                return i
        raise KeyError(lever_id)

    def centre_index(self, name: str) -> int:
        return centre_position(self.centres, name, self.year)

    def national_lever(self, lever_id: str) -> tuple[float, float]:
        """National (sum over centres) low and high DKK of one lever."""
        i = self.lever_index(lever_id)
        return float(self.dkk[0, i].sum()), float(self.dkk[1, i].sum())

    def gross(self) -> np.ndarray:
        """Gross potential per centre, shape (2, centres)."""
        return self.dkk.sum(axis=1)

    def net(self) -> np.ndarray:
        """Net potential (gross - overlap) per centre, shape (2, centres)."""
        return self.gross() - self.overlap.sum(axis=1)

    # ------------------------------------------------------------ scopes
    def scope(self, centre: str | None = None) -> ScopeSummary:
        """The national summary (``centre=None``) or one centre's."""
        if centre is None:
            sel: slice | int = slice(None)
            name = NATIONAL
        else:
            sel = self.centre_index(centre)
            name = centre

        def total(a: np.ndarray) -> np.ndarray:
            return a[..., sel].sum(axis=-1) if isinstance(sel, slice) else a[..., sel]

        hours, dkk, fte, ov = total(self.hours), total(self.dkk), total(self.fte), total(self.overlap)
        rows = tuple(
            LeverRow(
                id=lv.id, group=lv.group, area=lv.area, binding=lv.binding, horizon=lv.horizon,
                quantified=lv.quantified, name_da=lv.name_da, name_en=lv.name_en,
                low_dkk=float(dkk[0, i]), high_dkk=float(dkk[1, i]),
                low_hours=float(hours[0, i]), high_hours=float(hours[1, i]),
                low_fte=float(fte[0, i]), high_fte=float(fte[1, i]),
            )
            for i, lv in enumerate(self.levers)
        )
        overlaps = tuple(
            OverlapRow(p.a, p.b, p.kind, float(ov[0, k]), float(ov[1, k])) for k, p in enumerate(self.pairs)
        )
        names = self.centres if isinstance(sel, slice) else (name,)
        excluded = tuple((c, *self.excluded[c]) for c in names if c in self.excluded)
        if isinstance(sel, slice):
            w = np.nan_to_num(self.fte_total, nan=0.0)
            h_cost = float(np.sum(self.hourly_cost * w) / w.sum()) if w.sum() > 0 else float("nan")
        else:
            h_cost = float(self.hourly_cost[sel])
        return ScopeSummary(
            year=self.year, scope=name, scenario=self.scenario, levers=rows, overlaps=overlaps,
            overlap_low_dkk=float(ov[0].sum()), overlap_high_dkk=float(ov[1].sum()),
            cost_base_dkk=float(total(self.cost_base)), hourly_cost=h_cost, excluded=excluded,
            effective_hours=self.effective_hours,
        )

    def national(self) -> ScopeSummary:
        return self.scope(None)

    def per_centre(self) -> list[ScopeSummary]:
        return [self.scope(name) for name in self.centres]
