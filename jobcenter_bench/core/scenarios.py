"""Named scenarios (scenarier): every assumption of the lever calculation, editable and stored.

A :class:`Scenario` holds

* ``assumptions``: effective hours per FTE and overhead per FTE (the hourly cost, see
  :mod:`jobcenter_bench.core.hourly_cost`), working weeks and days per year, hours per working
  day, and which average "down to the average" levers use (``"national"`` or ``"cluster"``);
* ``parameters``: every lever parameter's low and high value;
* ``realisation``: a realisation share per lever (realiseringsgrad, 1 = the full potential);
* ``overlap``: the low/high share of each overlap pair of kind "smaller";
* ``business_cases``: saved business-case inputs per job centre (see
  :mod:`jobcenter_bench.core.business_case`).

The built-in scenario "Standard" reproduces the report: the catalogue's defaults. It always
exists and cannot be overwritten, renamed or deleted; user scenarios are stored as JSON in the
``scenario`` table of the project database. A scenario is immutable: ``with_parameter`` and
``with_assumption`` return a changed copy, and the engine recomputes everything from it.

Default assumptions and their sources (seed 004, figure 4, l. 825-846): working weeks 42 and
working days 208 are the 1,924 paid hours less holiday 222, public holidays 76, care days 10 and
sickness 78, over 37 hours a week (41.6) or 7.4 hours a day (207.8); 7.4 hours per day is 37/5.
"""

from __future__ import annotations

import copy
import datetime as _dt
import json
from dataclasses import dataclass, field

from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.hourly_cost import DEFAULT_EFFECTIVE_HOURS
from jobcenter_bench.core.levers.catalogue import Catalogue, catalogue
from jobcenter_bench.core.safe_text import text_problem

STANDARD = "Standard"

#: Default assumptions of the Standard scenario (see module docstring).
DEFAULT_ASSUMPTIONS: dict[str, float | str] = {
    "effective_hours": DEFAULT_EFFECTIVE_HOURS,
    "overhead_per_fte": 0.0,
    "working_weeks": 42.0,
    "working_days": 208.0,
    "hours_per_day": 7.4,
    "average": "national",
}
AVERAGE_CHOICES = ("national", "cluster")

#: Danish and English label and unit of each general assumption (for reports and exports).
ASSUMPTION_LABELS: dict[str, tuple[str, str, str]] = {
    "effective_hours": ("Effektive timer pr. årsværk", "Effective hours per FTE", "hours"),
    "overhead_per_fte": ("Overhead pr. årsværk", "Overhead per FTE", "dkk"),
    "working_weeks": ("Arbejdsuger pr. år", "Working weeks per year", "weeks"),
    "working_days": ("Arbejdsdage pr. år", "Working days per year", "days"),
    "hours_per_day": ("Timer pr. arbejdsdag", "Hours per working day", "hours"),
    "average": ("Gennemsnit for »ned til gennemsnittet«", "Average for \"down to the average\"", ""),
}
#: Danish and English names of the values of the ``average`` assumption.
AVERAGE_LABELS: dict[str, tuple[str, str]] = {
    "national": ("landsgennemsnit", "national average"),
    "cluster": ("klyngegennemsnit", "cluster average"),
}
#: Danish and English names of the units of assumptions and lever parameters (``levers.toml``).
UNIT_LABELS: dict[str, tuple[str, str]] = {
    "share": ("andel (0–1)", "share (0–1)"),
    "hours": ("timer", "hours"),
    "hours/week": ("timer pr. uge", "hours per week"),
    "minutes": ("minutter", "minutes"),
    "minutes/day": ("minutter pr. dag", "minutes per day"),
    "minutes/week": ("minutter pr. uge", "minutes per week"),
    "interviews": ("samtaler", "interviews"),
    "dkk": ("kr.", "DKK"),
    "weeks": ("uger", "weeks"),
    "days": ("dage", "days"),
}


def assumption_label(key: str, lang: str = "da") -> str:
    """The label of general assumption ``key`` in ``lang``; the key itself if it has none."""
    da, en, _ = ASSUMPTION_LABELS.get(key, (key, key, ""))
    return en if lang == "en" else da


def unit_label(unit: str, lang: str = "da") -> str:
    """The name of ``unit`` (``"share"``, ``"minutes/day"`` ...) in ``lang``; the code if unknown."""
    da, en = UNIT_LABELS.get(unit, (unit, unit))
    return en if lang == "en" else da


class ScenarioError(BenchError):
    """A scenario cannot be loaded, saved or used (unknown name, bad value ...)."""


@dataclass(frozen=True)
class Scenario:
    """Every assumption of one lever calculation. Build with :func:`standard_scenario`."""

    name: str
    assumptions: dict = field(default_factory=dict)
    parameters: dict = field(default_factory=dict)  # {lever: {key: (low, high)}}
    realisation: dict = field(default_factory=dict)  # {lever: share}
    overlap: dict = field(default_factory=dict)  # {"A-B": (low, high)}
    business_cases: dict = field(default_factory=dict)  # {centre: inputs}

    # ------------------------------------------------------------ access
    def assumption(self, key: str) -> float | str:
        return self.assumptions[key]

    def parameter(self, lever_id: str, key: str) -> tuple[float, float]:
        return self.parameters[lever_id][key]

    # ------------------------------------------------------------ changed copies
    def renamed(self, name: str) -> Scenario:
        return _replace(self, name=name)

    def with_assumption(self, key: str, value: float | str) -> Scenario:
        """A copy with one assumption changed (checked)."""
        if key not in DEFAULT_ASSUMPTIONS:
            raise ScenarioError(f"Ukendt antagelse: {key}", f"Unknown assumption: {key}")
        assumptions = dict(self.assumptions)
        assumptions[key] = _check_assumption(key, value)
        return _replace(self, assumptions=assumptions)

    def with_parameter(
        self, lever_id: str, key: str, low: float | None = None, high: float | None = None
    ) -> Scenario:
        """A copy with one lever parameter's low and/or high value changed."""
        if lever_id not in self.parameters or key not in self.parameters[lever_id]:
            raise ScenarioError(
                f"Forslag {lever_id} har ingen parameter '{key}'", f"Lever {lever_id} has no parameter '{key}'"
            )
        params = copy.deepcopy(self.parameters)
        old_low, old_high = params[lever_id][key]
        params[lever_id][key] = (
            _number(low if low is not None else old_low, f"{lever_id}.{key}"),
            _number(high if high is not None else old_high, f"{lever_id}.{key}"),
        )
        return _replace(self, parameters=params)

    def with_realisation(self, lever_id: str, share: float) -> Scenario:
        if lever_id not in self.realisation:
            raise ScenarioError(f"Ukendt forslag: {lever_id}", f"Unknown lever: {lever_id}")
        real = dict(self.realisation)
        real[lever_id] = _share(share, f"realisering {lever_id}")
        return _replace(self, realisation=real)

    def with_overlap(self, key: str, low: float, high: float) -> Scenario:
        if key not in self.overlap:
            raise ScenarioError(f"Ukendt overlap: {key}", f"Unknown overlap pair: {key}")
        ov = dict(self.overlap)
        ov[key] = (_share(low, key), _share(high, key))
        return _replace(self, overlap=ov)

    def with_business_case(self, centre: str, inputs: dict) -> Scenario:
        bc = copy.deepcopy(self.business_cases)
        bc[centre] = copy.deepcopy(inputs)
        return _replace(self, business_cases=bc)

    # ------------------------------------------------------------ JSON
    def to_dict(self) -> dict:
        return {
            "assumptions": dict(self.assumptions),
            "parameters": {
                lid: {k: {"low": lo, "high": hi} for k, (lo, hi) in ps.items()} for lid, ps in self.parameters.items()
            },
            "realisation": dict(self.realisation),
            "overlap": {k: {"low": lo, "high": hi} for k, (lo, hi) in self.overlap.items()},
            "business_cases": copy.deepcopy(self.business_cases),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_dict(cls, name: str, data: dict, cat: Catalogue | None = None) -> Scenario:
        """Rebuild from :meth:`to_dict` output; values missing there take the catalogue default,
        so a scenario saved before a catalogue change still loads. Unknown keys are ignored."""
        base = standard_scenario(cat)
        sc = base.renamed(name)
        for key, value in (data.get("assumptions") or {}).items():
            if key in DEFAULT_ASSUMPTIONS:
                sc = sc.with_assumption(key, value)
        for lid, ps in (data.get("parameters") or {}).items():
            for key, lh in (ps or {}).items():
                if lid in sc.parameters and key in sc.parameters[lid]:
                    sc = sc.with_parameter(lid, key, lh.get("low"), lh.get("high"))
        for lid, share in (data.get("realisation") or {}).items():
            if lid in sc.realisation:
                sc = sc.with_realisation(lid, share)
        for key, lh in (data.get("overlap") or {}).items():
            if key in sc.overlap:
                sc = sc.with_overlap(key, lh.get("low"), lh.get("high"))
        for centre, inputs in (data.get("business_cases") or {}).items():
            sc = sc.with_business_case(centre, inputs)
        return sc

    @classmethod
    def from_json(cls, name: str, text: str, cat: Catalogue | None = None) -> Scenario:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ScenarioError(
                f"Scenariet '{name}' kan ikke læses ({exc})", f"Scenario '{name}' cannot be read ({exc})"
            ) from exc
        return cls.from_dict(name, data, cat)


def _replace(sc: Scenario, **changes) -> Scenario:
    values = {
        "name": sc.name, "assumptions": sc.assumptions, "parameters": sc.parameters,
        "realisation": sc.realisation, "overlap": sc.overlap, "business_cases": sc.business_cases,
    }
    values.update(changes)
    return Scenario(**values)


def _number(value, what: str) -> float:
    try:
        x = float(value)
    except (TypeError, ValueError):
        raise ScenarioError(f"{what}: '{value}' er ikke et tal", f"{what}: '{value}' is not a number") from None
    if x != x or x < 0:
        raise ScenarioError(f"{what}: {value} skal være et tal ≥ 0", f"{what}: {value} must be a number ≥ 0")
    return x


def _share(value, what: str) -> float:
    x = _number(value, what)
    if x > 1:
        raise ScenarioError(f"{what}: {value} skal ligge mellem 0 og 1", f"{what}: {value} must be between 0 and 1")
    return x


def _check_assumption(key: str, value) -> float | str:
    if key == "average":
        if value not in AVERAGE_CHOICES:
            raise ScenarioError(
                f"Gennemsnit skal være 'national' eller 'cluster', ikke '{value}'",
                f"Average must be 'national' or 'cluster', not '{value}'",
            )
        return value
    x = _number(value, key)
    if key in ("effective_hours", "working_weeks", "working_days", "hours_per_day") and x == 0:
        raise ScenarioError(f"{key} skal være større end 0", f"{key} must be greater than 0")
    return x


def standard_scenario(cat: Catalogue | None = None) -> Scenario:
    """The built-in scenario reproducing the report: every default of the catalogue."""
    cat = cat or catalogue()
    return Scenario(
        name=STANDARD,
        assumptions=dict(DEFAULT_ASSUMPTIONS),
        parameters={lv.id: {p.key: (p.low, p.high) for p in lv.parameters} for lv in cat.levers},
        realisation={lv.id: 1.0 for lv in cat.levers},
        overlap={pair.key: (pair.low, pair.high) for pair in cat.overlaps if pair.kind == "smaller"},
        business_cases={},
    )


# ---------------------------------------------------------------- storage
def _now() -> str:
    return _dt.datetime.now().astimezone().isoformat(timespec="seconds")


def list_scenarios(store) -> list[str]:
    """Scenario names: "Standard" first, then the stored user scenarios alphabetically."""
    names = store.scenario_names()
    return [STANDARD] + [n for n in names if n != STANDARD]


def load_scenario(store, name: str | None = None, cat: Catalogue | None = None) -> Scenario:
    """Load a scenario by name (``None`` or "Standard": the built-in one)."""
    if name is None or name == STANDARD:
        return standard_scenario(cat)
    params = store.scenario_params(name)
    if params is None:
        raise ScenarioError(
            f"Scenariet '{name}' findes ikke. Kendte scenarier: {', '.join(list_scenarios(store))}",
            f"Scenario '{name}' does not exist. Known scenarios: {', '.join(list_scenarios(store))}",
        )
    return Scenario.from_json(name, params, cat)


def _check_name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise ScenarioError("Et scenarie skal have et navn", "A scenario needs a name")
    if name == STANDARD:
        raise ScenarioError(
            "Standardscenariet kan ikke ændres; gem under et andet navn",
            "The Standard scenario cannot be changed; save under another name",
        )
    return name


def _check_new_name(name: str) -> str:
    """A name a scenario may be saved or renamed to: no control characters or line breaks,
    at most ``safe_text.NAME_MAX`` characters."""
    name = _check_name(name)
    problem = text_problem(name, "Scenariets navn", "The scenario name")
    if problem:
        raise ScenarioError(*problem)
    return name


def _check_texts(scenario: Scenario) -> None:
    """The benefit owner and success measure of every business case may be stored (see
    ``business_case.text_problems``)."""
    from jobcenter_bench.core.business_case import text_problems

    for centre, inputs in scenario.business_cases.items():
        for da, en in text_problems(inputs, centre):
            raise ScenarioError(da, en)


def save_scenario(store, scenario: Scenario) -> None:
    """Store (insert or replace) a user scenario under its name."""
    name = _check_new_name(scenario.name)
    _check_texts(scenario)
    store.put_scenario(name, scenario.to_json(), _now())


def rename_scenario(store, old: str, new: str) -> None:
    _check_name(old)
    new = _check_new_name(new)
    if store.scenario_params(new) is not None:
        raise ScenarioError(f"Scenariet '{new}' findes allerede", f"Scenario '{new}' already exists")
    if not store.rename_scenario_row(old, new, _now()):
        raise ScenarioError(f"Scenariet '{old}' findes ikke", f"Scenario '{old}' does not exist")


def delete_scenario(store, name: str) -> None:
    _check_name(name)
    if not store.delete_scenario_row(name):
        raise ScenarioError(f"Scenariet '{name}' findes ikke", f"Scenario '{name}' does not exist")
