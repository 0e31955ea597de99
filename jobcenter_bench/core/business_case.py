"""Business case (business case) for one job centre: from potential to budget.

Follows the KL/KOMBIT note (seed 002, l. 48-200, 385-450): potential -> business case ->
budget, with investments, a phase-in speed (indfasningshastighed), a benefit owner
(gevinstansvarlig) and a measure of success per lever.

Inputs (:class:`BusinessCaseInputs`): the chosen levers (default: every quantified lever within
management remit), which estimate to use (low, mid or high; default low, the cautious end), a
phase-in profile per horizon (share of the full yearly potential realised in year 1..N,
editable per year), and per lever a one-off investment (in a chosen year), a yearly cost (IT
licences etc.), the benefit owner and the measure of success.

Per year *y* (DKK):

* gross_y      = sum over chosen levers of potential x phase-in(horizon, y)
* overlap_y    = sum over overlap pairs of two chosen levers of the pair's overlap x the smaller
                 of the two levers' phase-in shares in year y (an overlap exists only once both
                 levers are realised)
* investment_y = one-off investments placed in year y + yearly costs
* net_y        = gross_y - overlap_y - investment_y; cumulative_y = net_1 + ... + net_y
* payback year = the first year from which the cumulative net stays >= 0 (None if never).

Budget lines (budgetlinjer) are budget changes per year: a lever's phased gain as a negative
amount (the budget can be reduced), the overlap correction as a positive amount, investments
and yearly costs as positive amounts, each with the lever's benefit owner.

Default phase-in (our reading of figure 22's horizons, seed 004 l. 5520-5530, and seed 002 l. 446:
gains realised "over 1-2 years"): short [0.5, 1, 1, 1, 1], medium [0, 0, 0.5, 1, 1],
long [0, 0, 0, 0, 0.5].
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import numpy as np

from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.levers.aggregates import LeverResults
from jobcenter_bench.core.levers.overlap import cap_to_gross, overlap_amounts
from jobcenter_bench.core.safe_text import FREE_TEXT_MAX, FREE_TEXT_MAX_LINES, text_problem

YEARS = 5
DEFAULT_PHASE_IN: dict[str, list[float]] = {
    "short": [0.5, 1.0, 1.0, 1.0, 1.0],
    "medium": [0.0, 0.0, 0.5, 1.0, 1.0],
    "long": [0.0, 0.0, 0.0, 0.0, 0.5],
}
ESTIMATES = ("low", "mid", "high")


class BusinessCaseError(BenchError):
    """Business-case inputs that cannot be used (unknown lever, bad phase-in ...)."""


@dataclass
class LeverInputs:
    """What the user enters for one chosen lever. Amounts in DKK."""

    one_off: float = 0.0
    one_off_year: int = 1
    yearly: float = 0.0
    owner: str = ""
    success_measure: str = ""


@dataclass
class BusinessCaseInputs:
    """The choices behind one centre's business case (stored in the scenario as a dict)."""

    selected: list[str] | None = None
    estimate: str = "low"
    phase_in: dict[str, list[float]] = field(default_factory=lambda: {k: list(v) for k, v in DEFAULT_PHASE_IN.items()})
    levers: dict[str, LeverInputs] = field(default_factory=dict)
    start_year: int | None = None
    #: The data year the business case was made on (its baseline); None: the year shown.
    base_year: int | None = None
    #: Success criteria (``core.success_criteria.Criterion``), one or more per chosen lever.
    criteria: list = field(default_factory=list)
    #: The benefit tree (``core.benefit_tree``: goals and their links); None: none drawn yet.
    benefit_tree: dict | None = None

    def to_dict(self) -> dict:
        return {
            "selected": self.selected, "estimate": self.estimate, "phase_in": self.phase_in,
            "levers": {k: asdict(v) for k, v in self.levers.items()}, "start_year": self.start_year,
            "base_year": self.base_year, "criteria": [c.to_dict() for c in self.criteria],
            "benefit_tree": self.benefit_tree,
        }

    @classmethod
    def from_dict(cls, data: dict | None) -> BusinessCaseInputs:
        """Inputs from a stored or user-written dict; a wrongly shaped one is a :class:`BusinessCaseError`."""
        data = _expect(data or {}, dict, "", "et objekt", "an object")
        phase = {k: list(v) for k, v in DEFAULT_PHASE_IN.items()}
        for k, v in _expect(_given(data, "phase_in"), dict, "phase_in", _PHASE_DA, _PHASE_EN).items():
            shares = _expect(v, list, f"phase_in.{k}", "en liste af andele", "a list of shares")
            phase[k] = [_number(x, f"phase_in.{k}") for x in shares]
        levers = {}
        raw_levers = _expect(_given(data, "levers"), dict, "levers", _LEVERS_DA, _LEVERS_EN)
        for lid, raw in raw_levers.items():
            raw = _expect(raw, dict, f"levers.{lid}", _LEVER_DA, _LEVER_EN)
            known = {k: raw[k] for k in LeverInputs.__dataclass_fields__ if k in raw}
            for key in ("one_off", "yearly"):
                if key in known:
                    known[key] = _number(known[key], f"levers.{lid}.{key}")
            if "one_off_year" in known:
                known["one_off_year"] = _integer(known["one_off_year"], f"levers.{lid}.one_off_year")
            for key in ("owner", "success_measure"):
                if key in known:
                    known[key] = _expect(known[key] or "", str, f"levers.{lid}.{key}", "en tekst", "a text")
            levers[lid] = LeverInputs(**known)
        selected = data.get("selected")
        if selected is not None:
            selected = _expect(selected, list, "selected", "en liste af forslags-id'er (fx [\"E3\"])",
                               'a list of lever ids (e.g. ["E3"])')
            selected = [_expect(x, str, "selected", "en liste af forslags-id'er (tekst)", "a list of lever ids (text)")
                        for x in selected]
        start = data.get("start_year")
        base = data.get("base_year")
        from jobcenter_bench.core.benefit_tree import check_tree
        from jobcenter_bench.core.success_criteria import parse_criteria

        tree = data.get("benefit_tree")
        return cls(
            selected=selected, estimate=_expect(data.get("estimate", "low"), str, "estimate", "low, mid eller high",
                                                "low, mid or high"),
            phase_in=phase, levers=levers, start_year=None if start is None else _integer(start, "start_year"),
            base_year=None if base is None else _integer(base, "base_year"),
            criteria=parse_criteria(data.get("criteria")),
            benefit_tree=None if tree is None else check_tree(tree),
        )


def text_problems(inputs: dict | None, centre: str) -> list[tuple[str, str]]:
    """Why the benefit owners and success measures in stored business-case ``inputs`` (a
    :meth:`BusinessCaseInputs.to_dict` dict) of ``centre`` may not be saved: control
    characters, more than ``FREE_TEXT_MAX_LINES`` lines or ``FREE_TEXT_MAX`` characters; also
    the texts of its success criteria and benefit tree."""
    out = []
    levers = (inputs or {}).get("levers") or {}
    for lid, li in (levers.items() if isinstance(levers, dict) else ()):
        for key, da, en in (("owner", "Gevinstansvarlig", "The benefit owner"),
                            ("success_measure", "Succesmål", "The success measure")):
            text = li.get(key) if isinstance(li, dict) else None
            if isinstance(text, str):
                problem = text_problem(text, f"{da} for {lid} ({centre})", f"{en} of {lid} ({centre})",
                                       limit=FREE_TEXT_MAX, lines=FREE_TEXT_MAX_LINES)
                if problem:
                    out.append(problem)
    from jobcenter_bench.core.benefit_tree import text_problems as tree_problems
    from jobcenter_bench.core.success_criteria import text_problems as criteria_problems

    out += criteria_problems((inputs or {}).get("criteria"), centre)
    out += tree_problems((inputs or {}).get("benefit_tree"), centre)
    return out


_PHASE_DA = 'et objekt med en liste af andele pr. sigt (fx {"short": [0.5, 1, 1, 1, 1]})'
_PHASE_EN = 'an object with a list of shares per horizon (e.g. {"short": [0.5, 1, 1, 1, 1]})'
_LEVERS_DA = 'et objekt med forslags-id som nøgle (fx {"E3": {"one_off": 100000}})'
_LEVERS_EN = 'an object keyed by lever id (e.g. {"E3": {"one_off": 100000}})'
_LEVER_DA = "et objekt med one_off, one_off_year, yearly, owner og success_measure"
_LEVER_EN = "an object with one_off, one_off_year, yearly, owner and success_measure"
_TYPE_NAMES = {dict: ("et objekt", "an object"), list: ("en liste", "a list"), str: ("en tekst", "a text"),
               bool: ("sand/falsk", "true/false"), int: ("et heltal", "a whole number"),
               float: ("et tal", "a number"), type(None): ("null", "null")}


def _shape_error(key: str, value, expected_da: str, expected_en: str) -> BusinessCaseError:
    got_da, got_en = _TYPE_NAMES.get(type(value), (type(value).__name__, type(value).__name__))
    where_da = f"'{key}'" if key else "business case-input"
    where_en = f"'{key}'" if key else "the business-case input"
    return BusinessCaseError(
        f"Business case-input: {where_da} skal være {expected_da}, men er {got_da} ({value!r})",
        f"Business-case input: {where_en} must be {expected_en}, but is {got_en} ({value!r})",
    )


def _given(data: dict, key: str):
    """``data[key]``, or an empty dict when the key is missing or null."""
    value = data.get(key)
    return {} if value is None else value


def _expect(value, kind: type, key: str, expected_da: str, expected_en: str):
    """``value`` if it is a ``kind`` (dict, list, str), else a :class:`BusinessCaseError` naming ``key``."""
    if not isinstance(value, kind):
        raise _shape_error(key, value, expected_da, expected_en)
    return value


def _number(value, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        raise _shape_error(key, value, "et tal", "a number")
    return float(value)


def _integer(value, key: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float) or (
            isinstance(value, float) and not value.is_integer()):
        raise _shape_error(key, value, "et heltal", "a whole number")
    return int(value)


@dataclass(frozen=True)
class YearRow:
    year: int
    gross: float
    overlap: float
    investments: float
    net: float
    cumulative: float


@dataclass(frozen=True)
class BudgetLine:
    lever: str
    kind: str  # "gain" | "overlap" | "one_off" | "yearly"
    owner: str
    amounts: tuple[float, ...]  # budget change per year, DKK (negative = budget reduction)


@dataclass(frozen=True)
class BusinessCase:
    jobcenter: str
    data_year: int
    scenario: str
    estimate: str
    levers: tuple[dict, ...]
    phase_in: dict
    years: tuple[YearRow, ...]
    payback_year: int | None
    budget_lines: tuple[BudgetLine, ...]

    def to_dict(self) -> dict:
        return {
            "jobcenter": self.jobcenter, "data_year": self.data_year, "scenario": self.scenario,
            "estimate": self.estimate, "levers": list(self.levers), "phase_in": self.phase_in,
            "years": [asdict(r) for r in self.years], "payback_year": self.payback_year,
            "budget_lines": [asdict(b) | {"amounts": list(b.amounts)} for b in self.budget_lines],
        }


def default_selection(results: LeverResults, centre: str | None = None) -> list[str]:
    """Every quantified lever within management remit (kutyme/ledelsesret); for ``centre``, only
    those with a positive potential there (high estimate > 0 DKK): a lever worth 0–0 kr. for
    the centre is not pre-ticked."""
    ids = [lv.id for lv in results.levers if lv.quantified and lv.binding == "management"]
    if centre is None:
        return ids
    high = results.dkk[1, :, results.centre_index(centre)]
    return [lv.id for i, lv in enumerate(results.levers) if lv.id in ids and high[i] > 0]


def _check(inputs: BusinessCaseInputs, results: LeverResults, selected: list[str]) -> None:
    known = {lv.id: lv for lv in results.levers}
    for lid in selected:
        if lid not in known:
            raise BusinessCaseError(f"Ukendt forslag i business casen: {lid}", f"Unknown lever in the business case: {lid}")
        if not known[lid].quantified:
            raise BusinessCaseError(
                f"Forslag {lid} er ikke kvantificeret og kan ikke indgå med en gevinst",
                f"Lever {lid} is not quantified and cannot carry a gain",
            )
    if inputs.estimate not in ESTIMATES:
        raise BusinessCaseError(
            f"Skøn skal være low, mid eller high, ikke '{inputs.estimate}'",
            f"Estimate must be low, mid or high, not '{inputs.estimate}'",
        )
    for horizon, shares in inputs.phase_in.items():
        if len(shares) != YEARS or any(not 0 <= s <= 1 for s in shares):
            raise BusinessCaseError(
                f"Indfasning for '{horizon}' skal være {YEARS} andele mellem 0 og 1, ikke {shares}",
                f"Phase-in for '{horizon}' must be {YEARS} shares between 0 and 1, not {shares}",
            )
    for lid, li in inputs.levers.items():
        if not 1 <= int(li.one_off_year) <= YEARS:
            raise BusinessCaseError(
                f"{lid}: investeringsår skal være 1-{YEARS}, ikke {li.one_off_year}",
                f"{lid}: investment year must be 1-{YEARS}, not {li.one_off_year}",
            )


def build_business_case(results: LeverResults, centre: str, inputs: BusinessCaseInputs | None = None) -> BusinessCase:
    """The five-year business case of ``centre`` from its lever results."""
    inputs = inputs or BusinessCaseInputs()
    selected = list(inputs.selected) if inputs.selected is not None else default_selection(results, centre)
    _check(inputs, results, selected)
    ci = results.centre_index(centre)
    idx = {lv.id: i for i, lv in enumerate(results.levers)}
    sel_mask = np.array([lv.id in selected for lv in results.levers])
    dkk = results.dkk[:, :, ci:ci + 1]
    potential = {"low": dkk[0, :, 0], "high": dkk[1, :, 0]}
    potential["mid"] = (potential["low"] + potential["high"]) / 2
    pot = potential[inputs.estimate]
    # overlap among the chosen levers only, per pair, for this centre
    ov = overlap_amounts(results.pairs, idx, dkk, results.hours[:, :, ci:ci + 1],
                         results.fte_total[ci:ci + 1], results.effective_hours, results.overlap_shares,
                         selected=sel_mask)
    gross_sel = np.where(sel_mask[None, :], dkk[:, :, 0], 0.0).sum(axis=1)[:, None]
    ov = cap_to_gross(ov, gross_sel)[:, :, 0]
    ov_est = {"low": ov[0], "high": ov[1], "mid": (ov[0] + ov[1]) / 2}[inputs.estimate]
    phase = {h: np.array(v, dtype=float) for h, v in inputs.phase_in.items()}
    start = inputs.start_year or results.year + 1
    lever_rows, lines = [], []
    gross = np.zeros(YEARS)
    invest = np.zeros(YEARS)
    for lid in selected:
        lv = results.levers[idx[lid]]
        li = inputs.levers.get(lid, LeverInputs())
        gain = pot[idx[lid]] * phase[lv.horizon]
        gross += gain
        one_off = np.zeros(YEARS)
        one_off[int(li.one_off_year) - 1] = float(li.one_off)
        yearly = np.full(YEARS, float(li.yearly))
        invest += one_off + yearly
        lever_rows.append({
            "id": lid, "name_da": lv.name_da, "name_en": lv.name_en, "horizon": lv.horizon,
            "binding": lv.binding, "potential_dkk": float(pot[idx[lid]]), "one_off": float(li.one_off),
            "one_off_year": int(li.one_off_year), "yearly": float(li.yearly), "owner": li.owner,
            "success_measure": li.success_measure,
        })
        lines.append(BudgetLine(lid, "gain", li.owner, tuple(float(-x) for x in gain)))
        if li.one_off:
            lines.append(BudgetLine(lid, "one_off", li.owner, tuple(float(x) for x in one_off)))
        if li.yearly:
            lines.append(BudgetLine(lid, "yearly", li.owner, tuple(float(x) for x in yearly)))
    overlap = np.zeros(YEARS)
    for k, pair in enumerate(results.pairs):
        if ov_est[k] == 0:
            continue
        ha, hb = results.levers[idx[pair.a]].horizon, results.levers[idx[pair.b]].horizon
        phased = ov_est[k] * np.minimum(phase[ha], phase[hb])
        overlap += phased
        lines.append(BudgetLine(f"{pair.a}-{pair.b}", "overlap", "", tuple(float(x) for x in phased)))
    net = gross - overlap - invest
    cum = np.cumsum(net)
    years = tuple(
        YearRow(start + y, float(gross[y]), float(overlap[y]), float(invest[y]), float(net[y]), float(cum[y]))
        for y in range(YEARS)
    )
    return BusinessCase(
        jobcenter=centre, data_year=results.year, scenario=results.scenario, estimate=inputs.estimate,
        levers=tuple(lever_rows), phase_in={k: list(v) for k, v in inputs.phase_in.items()}, years=years,
        payback_year=payback_year(years), budget_lines=tuple(lines),
    )


def payback_year(years: tuple[YearRow, ...]) -> int | None:
    """The first year from which the cumulative net stays at or above zero (None if never)."""
    result = None
    for row in years:
        if row.cumulative >= 0:
            if result is None:
                result = row.year
        else:
            result = None
    return result
