"""Success criteria (succeskriterier) of a business case, as data.

The KL/KOMBIT note (seed 002, l. 893-930) asks that each goal be made SMART: "sagsbehandlingstiden
reduceres fra xx dage til yy dage" - a specific indicator, a measured baseline, a target, a deadline
and a responsible owner (gevinstansvarlig, l. 142-170). One :class:`Criterion` is that sentence for
one chosen lever:

* ``kind`` says what the indicator is: ``"driver"`` a lever driver (a survey field of
  ``resources/survey_fields.toml`` or a driver derived from them, :data:`DERIVED_DRIVERS`),
  ``"measure"`` a measure of ``resources/measures.toml`` (``core.measures``), or ``"free"`` an
  indicator the user names and measures by hand (its yearly values in ``actuals``);
* ``baseline`` is the indicator's value in the data year the business case was made on
  (udgangspunkt), ``target`` the value to reach (målværdi) by ``deadline`` (a calendar year);
* ``direction`` is which way is better (``"down"``: fewer sickness days; ``"up"``: more digital
  check-in). A target on the wrong side of the baseline is flagged by :func:`criterion_problems`.

Criteria are stored in the scenario with the business-case inputs (``BusinessCaseInputs.criteria``,
a list of :meth:`Criterion.to_dict` dicts); a scenario saved before criteria existed has none.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.i18n import pick
from jobcenter_bench.core.safe_text import FREE_TEXT_MAX, NAME_MAX, text_problem

KINDS = ("driver", "measure", "free")
DIRECTIONS = ("down", "up")

#: Lever drivers derived from survey fields (``levers.drivers``) that may be indicators:
#: key -> (Danish label, English label, Danish unit, English unit).
DERIVED_DRIVERS: dict[str, tuple[str, str, str, str]] = {
    "staff_function_share": ("Andel af årsværk i stabsfunktioner", "Share of FTE in staff functions",
                             "andel", "share"),
    "salary_per_fte": ("Løn pr. årsværk", "Salary per FTE", "kr.", "DKK"),
    "interview_adp_total_min": ("Minutter pr. samtale, a-dagpenge (forberedelse, samtale, opfølgning)",
                                "Minutes per interview, unemployment insurance (preparation, interview, "
                                "follow-up)", "minutter", "minutes"),
    "interview_kth_total_min": ("Minutter pr. samtale, kontanthjælp (forberedelse, samtale, opfølgning)",
                                "Minutes per interview, social assistance (preparation, interview, "
                                "follow-up)", "minutter", "minutes"),
    "interview_sdp_total_min": ("Minutter pr. samtale, sygedagpenge (forberedelse, samtale, opfølgning)",
                                "Minutes per interview, sickness benefit (preparation, interview, "
                                "follow-up)", "minutter", "minutes"),
}


class CriterionError(BenchError):
    """A stored or entered success criterion has the wrong shape (not a number, unknown kind ...)."""


@dataclass(frozen=True)
class Criterion:
    """One SMART success criterion of a chosen lever (see the module docstring for the fields)."""

    lever: str
    kind: str
    indicator: str
    baseline: float | None
    target: float
    deadline: int
    owner: str = ""
    direction: str = "down"
    unit: str = ""
    actuals: dict[int, float] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"lever": self.lever, "kind": self.kind, "indicator": self.indicator,
                "baseline": self.baseline, "target": self.target, "deadline": self.deadline,
                "owner": self.owner, "direction": self.direction, "unit": self.unit,
                "actuals": {str(y): v for y, v in sorted(self.actuals.items())}}

    @classmethod
    def from_dict(cls, raw, where: str = "criteria") -> Criterion:
        """A criterion from a stored dict; a wrongly shaped one is a :class:`CriterionError`
        naming ``where`` (``criteria[2]``) and the key."""
        if not isinstance(raw, dict):
            raise _shape(where, "et objekt", "an object", raw)
        for key in ("lever", "kind", "indicator"):
            if not isinstance(raw.get(key), str) or not raw.get(key):
                raise _shape(f"{where}.{key}", "en tekst", "a text", raw.get(key))
        if raw["kind"] not in KINDS:
            raise CriterionError(f"{where}.kind skal være driver, measure eller free, ikke '{raw['kind']}'",
                                 f"{where}.kind must be driver, measure or free, not '{raw['kind']}'")
        direction = raw.get("direction", "down")
        if direction not in DIRECTIONS:
            raise CriterionError(f"{where}.direction skal være down eller up, ikke '{direction}'",
                                 f"{where}.direction must be down or up, not '{direction}'")
        actuals = raw.get("actuals") or {}
        if not isinstance(actuals, dict):
            raise _shape(f"{where}.actuals", "et objekt med år som nøgle", "an object keyed by year", actuals)
        return cls(
            lever=raw["lever"], kind=raw["kind"], indicator=raw["indicator"],
            baseline=None if raw.get("baseline") is None else _number(raw["baseline"], f"{where}.baseline"),
            target=_number(raw.get("target"), f"{where}.target"),
            deadline=_year(raw.get("deadline"), f"{where}.deadline"),
            owner=_text(raw.get("owner", ""), f"{where}.owner"), direction=direction,
            unit=_text(raw.get("unit", ""), f"{where}.unit"),
            actuals={_year(_int_key(y), f"{where}.actuals"): _number(v, f"{where}.actuals.{y}")
                     for y, v in actuals.items()},
        )

    def with_values(self, **changes) -> Criterion:
        """A copy with some fields changed (``target=10.3``)."""
        return Criterion(**{**self.__dict__, **changes})

    # ---------------------------------------------------------------- words
    def label(self, lang: str = "da") -> str:
        """The indicator's name: the survey field's or measure's label, or the user's own text."""
        return indicator_label(self.kind, self.indicator, lang)

    def unit_label(self, lang: str = "da") -> str:
        """The indicator's unit (``dage``, ``minutter``, ``%``); the user's unit for a free one."""
        if self.kind == "free":
            return self.unit
        return indicator_unit(self.kind, self.indicator, lang)

    def decimals(self) -> int:
        """Decimals to show the indicator's values with (:func:`indicator_decimals`)."""
        return indicator_decimals(self)

    def share_of_way(self, actual: float | None) -> float | None:
        """How far ``actual`` has come from the baseline to the target: 0 at the baseline, 1 at the
        target (above 1: beyond it; below 0: the wrong way). ``None`` without an actual value or
        when the target equals the baseline (no way to go)."""
        if actual is None or self.baseline is None or self.target == self.baseline:
            return None
        return (actual - self.baseline) / (self.target - self.baseline)


def _int_key(y):
    try:
        return int(y)
    except (TypeError, ValueError):
        return y


def _shape(where: str, da: str, en: str, value) -> CriterionError:
    return CriterionError(f"Succeskriterium: '{where}' skal være {da}, ikke {value!r}",
                          f"Success criterion: '{where}' must be {en}, not {value!r}")


def _number(value, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        raise _shape(where, "et tal", "a number", value)
    return float(value)


def _year(value, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1900 <= value <= 2200:
        raise _shape(where, "et årstal (fx 2013)", "a calendar year (e.g. 2013)", value)
    return value


def _text(value, where: str) -> str:
    if not isinstance(value, str):
        raise _shape(where, "en tekst", "a text", value)
    return value


def parse_criteria(raw) -> list[Criterion]:
    """The criteria of stored business-case inputs (``None`` or missing: none)."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise _shape("criteria", "en liste af succeskriterier", "a list of success criteria", raw)
    return [Criterion.from_dict(c, f"criteria[{i}]") for i, c in enumerate(raw)]


# -------------------------------------------------------------------- indicators
@cache
def _survey_fields() -> dict:
    from jobcenter_bench.core.fields import survey_fields

    return {f.key: f for f in survey_fields()}


def driver_keys() -> tuple[str, ...]:
    """Every driver that may be an indicator: the survey fields, then the derived drivers."""
    return tuple(_survey_fields()) + tuple(DERIVED_DRIVERS)


def indicator_label(kind: str, key: str, lang: str = "da") -> str:
    if kind == "driver":
        f = _survey_fields().get(key)
        if f is not None:
            return f.label(lang)
        if key in DERIVED_DRIVERS:
            return pick(DERIVED_DRIVERS[key][:2], lang)
    if kind == "measure":
        from jobcenter_bench.core import measures

        try:
            return measures.label(key, lang)
        except KeyError:
            return key
    return key


def indicator_unit(kind: str, key: str, lang: str = "da") -> str:
    if kind == "driver":
        f = _survey_fields().get(key)
        if f is not None:
            return f.unit(lang)
        if key in DERIVED_DRIVERS:
            return pick(DERIVED_DRIVERS[key][2:], lang)
    if kind == "measure":
        from jobcenter_bench.core import measures

        try:
            return measures.unit(key, lang)
        except KeyError:
            return ""
    return ""


def indicator_decimals(c: Criterion) -> int:
    """Decimals to show the criterion's values with: the measure's, 2 for shares and yes/no, else 1."""
    if c.kind == "measure":
        from jobcenter_bench.core import measures

        try:
            return measures.decimals(c.indicator)
        except KeyError:
            return 1
    if c.kind == "driver":
        f = _survey_fields().get(c.indicator)
        if (f is not None and f.type == "yesno") or c.indicator == "staff_function_share":
            return 2
        if c.indicator == "salary_per_fte":
            return 0
    return 1


# -------------------------------------------------------------------- validation
def criterion_problems(c: Criterion, levers: list[str] | tuple[str, ...], base_year: int | None = None
                       ) -> list[tuple[str, str]]:
    """What is wrong with criterion ``c`` as (Danish, English) sentences ([] when nothing):
    a lever not in the business case, an unknown indicator, a target on the wrong side of the
    baseline or equal to it, a deadline not after the business case's year ``base_year``."""
    who = f"{c.lever}: {c.label('da')}"
    who_en = f"{c.lever}: {c.label('en')}"
    out = []
    if c.lever not in levers:
        out.append((f"{who}: forslaget er ikke valgt i business casen",
                    f"{who_en}: the lever is not chosen in the business case"))
    if c.kind == "driver" and c.indicator not in driver_keys():
        out.append((f"{who}: ukendt driver '{c.indicator}'", f"{who_en}: unknown driver '{c.indicator}'"))
    if c.kind == "measure":
        from jobcenter_bench.core import measures

        if c.indicator not in measures.catalogue().measures:
            out.append((f"{who}: ukendt nøgletal '{c.indicator}'", f"{who_en}: unknown measure '{c.indicator}'"))
    if c.baseline is not None:
        if c.target == c.baseline:
            out.append((f"{who}: målet er lig udgangspunktet ({c.baseline:g}); der er intet at realisere",
                        f"{who_en}: the target equals the baseline ({c.baseline:g}); nothing to realise"))
        elif (c.target > c.baseline) != (c.direction == "up"):
            side_da, side_en = ("under", "below") if c.direction == "up" else ("over", "above")
            out.append((f"{who}: målet {c.target:g} ligger {side_da} udgangspunktet {c.baseline:g}, men "
                        f"{'højere' if c.direction == 'up' else 'lavere'} er bedre. Ret målet eller retningen.",
                        f"{who_en}: the target {c.target:g} is {side_en} the baseline {c.baseline:g}, but "
                        f"{'higher' if c.direction == 'up' else 'lower'} is better. Correct the target or "
                        "the direction."))
    if base_year is not None and c.deadline <= base_year:
        out.append((f"{who}: fristen {c.deadline} skal ligge efter business casens år {base_year}",
                    f"{who_en}: the deadline {c.deadline} must be after the business case's year {base_year}"))
    return out


def text_problems(criteria: list[dict] | None, centre: str) -> list[tuple[str, str]]:
    """Why the owner, free indicator name or unit of stored criteria (dicts) may not be saved
    (control characters, line breaks, length; ``safe_text.text_problem``)."""
    out = []
    for i, raw in enumerate(criteria if isinstance(criteria, list) else ()):
        if not isinstance(raw, dict):
            continue
        lever = raw.get("lever", "?")
        for key, da, en, limit in (("owner", "Gevinstansvarlig", "The benefit owner", FREE_TEXT_MAX),
                                   ("indicator", "Indikatoren", "The indicator", NAME_MAX),
                                   ("unit", "Enheden", "The unit", NAME_MAX)):
            text = raw.get(key)
            if isinstance(text, str):
                problem = text_problem(text, f"{da} i succeskriterium {i + 1} for {lever} ({centre})",
                                       f"{en} of success criterion {i + 1} of {lever} ({centre})", limit=limit)
                if problem:
                    out.append(problem)
    return out
