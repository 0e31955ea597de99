"""Realisation (gevinstrealisering): from a business case to the gains actually brought home.

A business case made on the data of year *B* (its baseline, ``BusinessCaseInputs.base_year``)
plans each chosen lever's yearly gain from year *S* (``start_year``, default *B* + 1) along the
phase-in profile of the lever's horizon (indfasning). When the data of a later year *Y* are
imported, :func:`follow_up` tells for centre *c*:

Per success criterion (``core.success_criteria.Criterion``)

* ``actual``: the indicator's value in *Y* (a driver from *Y*'s survey, a measure from *Y*'s
  analysis, or the hand-entered value of a free indicator);
* ``share`` = (actual - baseline) / (target - baseline): the share of the way from the baseline to
  the target (0 = nothing moved, 1 = target reached, negative = the wrong way);
* ``expected`` = phase(Y) / phase(deadline): the share the phase-in plan expects by *Y*, where
  phase(y) is the lever's phase-in share in year y (0 before *S*); linear from *B* to the deadline
  when the plan has no phase-in by the deadline;
* status: ``reached`` (share >= 1), ``on_track`` (share >= expected), ``behind``, ``not_started``
  (*Y* before *S*), ``no_data`` or ``no_change`` (target = baseline).

Per lever (kroner a year, before the overlap correction)

* ``planned`` = potential x phase(Y): the business case's gain line for *Y*; ``planned_full`` =
  potential x the largest phase-in share (the gain at the deadline);
* ``realised`` by the lever's own formula (``method = "formula"``) when a criterion measures one of
  the drivers the lever's terms move (:func:`measured_terms`): the *baseline year's* lever terms of
  centre *c* - its volumes, the average it is compared with and its hourly cost - evaluated once
  with the baseline value and once with the actual value of the driver substituted; realised =
  the difference, with the scenario's parameters of the business case's estimate, except the
  parameter that states how far the lever moves its driver (``gap_closed``, ``share_of_gap``,
  ``share_removed``: :data:`MOVE_FACTORS`), which the actual movement replaces, and without the
  scenario's realisation share (realiseringsgrad) - a measured gain needs no discount. Example
  (B2, sickness absence, hours valued at the hourly cost *h*): realised = max(v0 - avg, 0) -
  max(v1 - avg, 0) days x total FTE x 7.4 hours x *h*. Moving below the average gains nothing
  more, as in the lever itself; a driver that got worse gives a negative gain.
* otherwise ``realised`` = planned_full x the mean share of the way of the lever's criteria
  (``method = "proportional"``, e.g. a free indicator), or ``None`` without an actual value.

Default criteria (:func:`propose_criteria`): per lever, one per driver its terms move, with the
target at the value where the formula above gives the planned gain at the deadline (so reaching
the target realises exactly the planned gain): for B2 the sickness days per FTE from the
baseline towards the average the scenario's lever uses (national, or the cluster's with the
``average`` assumption ``cluster``) by ``gap_closed``; for D2, E4, E6 the practice (yes/no)
introduced. A lever whose gain no survey field measures (the law and IT levers, whose driver is a
time saved per case) gets a free indicator "Gennemført: …" from 0 to 100 %.
The deadline is the first year the lever's phase-in reaches its largest share.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.levers import archetypes
from jobcenter_bench.core.levers.catalogue import ASSUMPTION_FACTORS, Lever, Term
from jobcenter_bench.core.levers.drivers import CentreDrivers
from jobcenter_bench.core.success_criteria import Criterion, criterion_problems

#: Lever parameters that state how far the lever moves its driver; a measured movement replaces them.
MOVE_FACTORS = ("gap_closed", "share_of_gap", "share_removed")
#: Drivers that are "1 - a yes/no practice": the practice a criterion measures, and the sign.
PRACTICE_OF = {"not_central_summons": "central_summons", "no_digital_checkin": "digital_checkin",
               "manual_management_info": "manual_management_info"}
STATUSES = {
    "reached": ("nået", "reached"), "on_track": ("på sporet", "on track"), "behind": ("bagud", "behind"),
    "not_started": ("ikke startet", "not started"), "no_data": ("ingen data", "no data"),
    "no_change": ("intet mål", "no target"),
}
METHODS = {"formula": ("forslagets formel", "the lever's formula"),
           "proportional": ("andel af vejen", "share of the way"), "none": ("–", "–")}


# ------------------------------------------------------------------ the lever formula
@dataclass(frozen=True)
class MeasuredTerm:
    """A term of a lever whose gain a driver measures: ``indicator`` the driver a criterion
    names (survey field or derived driver), ``move_factor`` the parameter it replaces (or None)."""

    index: int
    term: Term
    indicator: str
    move_factor: str | None


def measured_terms(lever: Lever) -> list[MeasuredTerm]:
    """The terms of ``lever`` a measured driver moves: down-to-average terms (their value),
    terms applying only where a practice is missing (the practice), and terms that remove a share
    of a time driver (``share_removed``: the time per FTE, e.g. B1's local breaks)."""
    out = []
    for k, term in enumerate(lever.terms):
        move = next((f for f in term.factors if f in MOVE_FACTORS), None)
        if term.archetype == "down_to_average":
            out.append(MeasuredTerm(k, term, term.value, move))
        elif term.applies in PRACTICE_OF:
            out.append(MeasuredTerm(k, term, PRACTICE_OF[term.applies], None))
        elif move is not None:
            time = [v for v in term.volume if not v.startswith("fte_")]
            if time:
                out.append(MeasuredTerm(k, term, time[0], move))
    return out


def driver_values(drivers: CentreDrivers, i: int, substitute: dict[str, float] | None = None) -> dict[str, float]:
    """Every driver of centre ``i`` (position in ``drivers.names``) as scalars, with the survey
    fields or derived drivers in ``substitute`` replaced and the derived drivers recomputed."""
    substitute = substitute or {}
    arrays = {k: np.array([substitute.get(k, v[i])], dtype=float) for k, v in drivers.arrays.items()}
    one = CentreDrivers(drivers.year, (drivers.names[i],), arrays)
    out = {k: float(v[0]) for k, v in one.arrays.items()}
    out.update({k: float(v) for k, v in substitute.items()})  # a derived driver measured directly
    return out


def _average(term: Term, drivers: CentreDrivers, i: int, cluster: bool) -> float:
    """The average centre ``i`` is compared with in a down-to-average term (baseline year)."""
    value, weight = drivers[term.value], drivers["fte_total"]
    if cluster:
        return float(archetypes.group_averages(value, weight, drivers.cluster)[i])
    return archetypes.weighted_average(value, weight)


def _term_base(term: Term, vals: dict[str, float], average: float) -> float:
    """The term with every factor 1 for one centre (``engine.term_base`` on scalars)."""
    volume = float(np.prod([vals[v] for v in term.volume])) / term.divisor if term.volume else 1.0 / term.divisor
    applies = vals[term.applies] if term.applies else 1.0
    if term.archetype == "down_to_average":
        return float(archetypes.down_to_average(vals[term.value], volume * applies, average))
    return float(np.nan_to_num(volume * applies, nan=0.0))


def _factor(scenario, lever_id: str, term: Term, end: int, drop: str | None) -> float:
    """The product of the term's factors at the low (``end`` 0) or high (1) end, ``drop`` left out."""
    out = term.sign
    for name in term.factors:
        if name == drop:
            continue
        if name in ASSUMPTION_FACTORS:
            out *= float(scenario.assumptions[name])
        else:
            out *= scenario.parameters[lever_id][name][end]
    return out


@dataclass(frozen=True)
class Baseline:
    """The baseline year's drivers, centre position and hourly cost (DKK per hour), under a scenario."""

    drivers: CentreDrivers
    index: int
    hourly_cost: float
    scenario: object

    @classmethod
    def of(cls, levers, drivers: CentreDrivers, centre: str, scenario) -> Baseline:
        i = drivers.index(centre)
        return cls(drivers, i, float(levers.hourly_cost[levers.centres.index(centre)]), scenario)

    def value(self, key: str) -> float | None:
        v = driver_values(self.drivers, self.index).get(key)
        return None if v is None or v != v else v


def _ends(estimate: str) -> tuple[int, ...]:
    return {"low": (0,), "high": (1,), "mid": (0, 1)}[estimate]


def realised_gain(lever: Lever, base: Baseline, actual: dict[str, float], estimate: str = "low") -> float:
    """The yearly gain (DKK) of ``lever`` when its measured drivers moved from the baseline to
    ``actual`` (indicator -> value; the others stay at the baseline): see the module docstring."""
    cluster = base.scenario.assumptions["average"] == "cluster"
    v0 = driver_values(base.drivers, base.index)
    v1 = driver_values(base.drivers, base.index, {k: v for k, v in actual.items() if v is not None})
    total = 0.0
    for m in measured_terms(lever):
        avg = _average(m.term, base.drivers, base.index, cluster) if m.term.archetype == "down_to_average" else 0.0
        diff = _term_base(m.term, v0, avg) - _term_base(m.term, v1, avg)
        money = base.hourly_cost if m.term.output == "hours" else 1.0
        f = np.mean([_factor(base.scenario, lever.id, m.term, e, m.move_factor) for e in _ends(estimate)])
        total += f * diff * money
    return float(total)


def planned_by_indicator(lever: Lever, base: Baseline, estimate: str = "low") -> dict[str, float]:
    """The lever's yearly potential (DKK) split by measured driver, as the engine computes it
    (every factor, the realisation share): what moving each driver all the way is worth."""
    cluster = base.scenario.assumptions["average"] == "cluster"
    v0 = driver_values(base.drivers, base.index)
    share = float(base.scenario.realisation.get(lever.id, 1.0))
    out: dict[str, float] = {}
    for m in measured_terms(lever):
        avg = _average(m.term, base.drivers, base.index, cluster) if m.term.archetype == "down_to_average" else 0.0
        money = base.hourly_cost if m.term.output == "hours" else 1.0
        f = np.mean([_factor(base.scenario, lever.id, m.term, e, None) for e in _ends(estimate)])
        out[m.indicator] = out.get(m.indicator, 0.0) + share * f * _term_base(m.term, v0, avg) * money
    return out


# ------------------------------------------------------------------ the plan
def phase_share(phase: list[float], start: int, year: int) -> float:
    """The phase-in share of calendar year ``year`` (0 before ``start``; the last after the plan)."""
    if year < start:
        return 0.0
    return float(phase[min(year - start, len(phase) - 1)])


def deadline_year(phase: list[float], start: int) -> int:
    """The first year the phase-in reaches its largest share."""
    top = max(phase)
    return start + next(k for k, s in enumerate(phase) if s == top)


def propose_criteria(case, levers, base: Baseline, inputs) -> list[Criterion]:
    """Default criteria for every chosen lever of business case ``case`` (see the module docstring).

    ``levers``: the baseline year's ``LeverResults``; ``inputs``: the ``BusinessCaseInputs``.
    """
    start = case.years[0].year
    by_id = {lv.id: lv for lv in levers.levers}
    out = []
    for row in case.levers:
        lever = by_id[row["id"]]
        phase = inputs.phase_in[lever.horizon]
        deadline, top = deadline_year(phase, start), max(phase)
        owner = row.get("owner", "")
        measured = planned_by_indicator(lever, base, case.estimate)
        planned = {k: g for k, g in measured.items() if g > 0} or dict(list(measured.items())[:1])
        if not planned:
            out.append(Criterion(lever.id, "free", f"Gennemført: {lever.name_da}", 0.0, 100.0 * top, deadline,
                                 owner, "up", "%"))
            continue
        for key, gain in planned.items():
            v0 = base.value(key)
            if v0 is None:
                continue
            step = max(abs(v0), 1.0) * 1e-3
            down = realised_gain(lever, base, {key: v0 - step}, case.estimate) / step
            up = realised_gain(lever, base, {key: v0 + step}, case.estimate) / step
            direction, slope = ("down", down) if down >= up else ("up", up)
            move = gain * top / slope if slope > 0 else 0.0
            target = v0 - move if direction == "down" else v0 + move
            out.append(Criterion(lever.id, "driver", key, round(float(v0), 6), round(float(target), 6), deadline,
                                 owner, direction))
    return out


# ------------------------------------------------------------------ follow-up
@dataclass(frozen=True)
class CriterionStatus:
    """One criterion followed up in ``year``: actual value, share of the way, expected share, status."""

    criterion: Criterion
    year: int
    actual: float | None
    share: float | None
    expected: float
    status: str

    def status_text(self, lang: str = "da") -> str:
        return STATUSES[self.status][1 if lang == "en" else 0]

    def to_dict(self) -> dict:
        return {**self.criterion.to_dict(), "year": self.year, "actual": self.actual, "share": self.share,
                "expected": self.expected, "status": self.status}


@dataclass(frozen=True)
class LeverRealisation:
    """Planned against realised yearly gain of one lever in ``year``, DKK (before overlap)."""

    lever: str
    name_da: str
    name_en: str
    planned: float
    planned_full: float
    realised: float | None
    method: str

    def name(self, lang: str = "da") -> str:
        return self.name_en if lang == "en" else self.name_da

    @property
    def share(self) -> float | None:
        """Realised as a share of the gain planned for the year (None when none was planned)."""
        if self.realised is None or not self.planned:
            return None
        return self.realised / self.planned

    def method_text(self, lang: str = "da") -> str:
        return METHODS[self.method][1 if lang == "en" else 0]


@dataclass(frozen=True)
class Realisation:
    """The follow-up of one centre's business case (made on ``base_year``) in ``year``."""

    jobcenter: str
    scenario: str
    estimate: str
    base_year: int
    start_year: int
    year: int
    criteria: tuple[CriterionStatus, ...]
    levers: tuple[LeverRealisation, ...]
    problems: tuple[tuple[str, str], ...]

    @property
    def planned_total(self) -> float:
        return sum(lv.planned for lv in self.levers)

    @property
    def realised_total(self) -> float:
        return sum(lv.realised for lv in self.levers if lv.realised is not None)

    def counts(self) -> dict[str, int]:
        """How many criteria have each status."""
        out: dict[str, int] = {}
        for c in self.criteria:
            out[c.status] = out.get(c.status, 0) + 1
        return out

    def to_dict(self) -> dict:
        return {"jobcenter": self.jobcenter, "scenario": self.scenario, "estimate": self.estimate,
                "base_year": self.base_year, "start_year": self.start_year, "year": self.year,
                "criteria": [c.to_dict() for c in self.criteria],
                "levers": [{"lever": lv.lever, "name_da": lv.name_da, "name_en": lv.name_en, "planned": lv.planned,
                            "planned_full": lv.planned_full, "realised": lv.realised, "method": lv.method}
                           for lv in self.levers],
                "planned_total": self.planned_total, "realised_total": self.realised_total,
                "problems": [list(p) for p in self.problems]}


def expected_share(c: Criterion, phase: list[float], start: int, base_year: int, year: int) -> float:
    """The share of the way the plan expects by ``year`` (see the module docstring)."""
    if year >= c.deadline:
        return 1.0
    at_deadline = phase_share(phase, start, c.deadline)
    if at_deadline > 0:
        return min(1.0, phase_share(phase, start, year) / at_deadline)
    return max(0.0, (year - base_year) / (c.deadline - base_year))


def _status(c: Criterion, year: int, start: int, share: float | None, expected: float, actual) -> str:
    if c.baseline is not None and c.target == c.baseline:
        return "no_change"
    if actual is None or share is None:
        return "no_data"
    if share >= 1.0 - 1e-9:
        return "reached"
    if year < start:
        return "not_started"
    return "on_track" if share >= expected - 1e-9 else "behind"


def follow_up(case, inputs, base_levers, base: Baseline, year: int, actual_value) -> Realisation:
    """The realisation of business case ``case`` (built on the baseline year's ``base_levers``
    with ``inputs``) in ``year``. ``actual_value(criterion)`` gives a criterion's value in ``year``
    (None when unknown); free indicators use their hand-entered ``actuals``."""
    base_year = base_levers.year
    if year < base_year:
        raise BenchError(f"{year} ligger før business casens år {base_year}; der er intet at følge op på",
                         f"{year} is before the business case's year {base_year}; there is nothing to follow up")
    start = case.years[0].year
    by_id = {lv.id: lv for lv in base_levers.levers}
    chosen = [row["id"] for row in case.levers]
    statuses, problems = [], []
    for c in inputs.criteria:
        problems += criterion_problems(c, chosen, base_year)
        if c.kind == "free":
            actual = c.actuals.get(year, c.baseline if year == base_year else None)
        else:
            actual = actual_value(c)
        phase = inputs.phase_in[by_id[c.lever].horizon] if c.lever in by_id else [1.0]
        expected = expected_share(c, phase, start, base_year, year)
        share = c.share_of_way(actual)
        statuses.append(CriterionStatus(c, year, actual, share, expected,
                                        _status(c, year, start, share, expected, actual)))
    levers = []
    for row in case.levers:
        lever = by_id[row["id"]]
        phase = inputs.phase_in[lever.horizon]
        potential = float(row["potential_dkk"])
        own = [s for s in statuses if s.criterion.lever == lever.id]
        drivers = {m.indicator for m in measured_terms(lever)}
        measured = {s.criterion.indicator: s.actual for s in own
                    if s.criterion.kind == "driver" and s.criterion.indicator in drivers}
        shares = [s.share for s in own if s.share is not None]
        if measured and all(v is not None for v in measured.values()):
            realised, method = realised_gain(lever, base, measured, case.estimate), "formula"
        elif shares and not measured:
            realised, method = potential * max(phase) * float(np.mean(shares)), "proportional"
        else:
            realised, method = None, "none"
        levers.append(LeverRealisation(lever.id, lever.name_da, lever.name_en,
                                       potential * phase_share(phase, start, year), potential * max(phase),
                                       realised, method))
    return Realisation(case.jobcenter, case.scenario, case.estimate, base_year, start, year, tuple(statuses),
                       tuple(levers), tuple(dict.fromkeys(problems)))


def change_texts(inputs, lang: str = "da") -> dict[str, list[str]]:
    """Each lever's criteria in words, the changes of the benefit tree:
    ``Sygefravær pr. årsværk: 12,1 → 10,3 dage (2013)``."""
    from jobcenter_bench.core.numbers import format_number
    from jobcenter_bench.core.success_criteria import indicator_decimals

    out: dict[str, list[str]] = {}
    for c in inputs.criteria:
        d = indicator_decimals(c)
        unit = c.unit_label(lang)
        text = (f"{c.label(lang)}: {format_number(c.baseline, d, lang)} → {format_number(c.target, d, lang)}"
                f"{' ' + unit if unit else ''} ({c.deadline})")
        out.setdefault(c.lever, []).append(text)
    return out
