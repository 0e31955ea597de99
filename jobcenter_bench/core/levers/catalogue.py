"""The lever catalogue (forbedringsforslagskatalog), read from ``resources/levers.toml``.

One entry per lever id of the report (A1a, A1b, A2 ... F1, with D1a/D1b): names, area, binding
type (bindingstype), horizon (tidshorisont), calculation archetype, the drivers it reads, its
parameters with low/high defaults and the report sentence behind each default, and the terms the
engine evaluates. The file is validated on load: an unknown driver, factor or code is a
:class:`CatalogueError` naming the lever.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.resources import resource_path

#: Area codes (områder) and their names.
AREAS = {
    "A": ("Regler og procesbindinger", "Rules and process bindings"),
    "B": ("Anvendt arbejdstid", "Working time used"),
    "C": ("Arbejdstilrettelæggelse", "Work organisation"),
    "D": ("Organisering og medarbejderkompetencer", "Organisation and staff skills"),
    "E": ("IT og digitalisering", "IT and digitalisation"),
    "F": ("Øvrige tjenesteydelser", "Other services"),
}
#: Binding types (bindingstyper): who can decide the lever.
BINDINGS = {
    "management": ("Kutyme/ledelsesret", "Management remit"),
    "law": ("Love og bekendtgørelser", "Law and regulation"),
    "it": ("IT-investering", "IT investment"),
}
#: Horizons (tidshorisonter) of figure 22.
HORIZONS = {
    "short": ("Kort sigt (0-2 år)", "Short term (0-2 years)"),
    "medium": ("Mellemlangt sigt (3-4 år)", "Medium term (3-4 years)"),
    "long": ("Langt sigt (5+ år)", "Long term (5+ years)"),
}
ARCHETYPES = ("down_to_average", "volume_time", "time_per_employee", "share_of_cost")
#: Scenario-wide assumptions a term may use as a factor (see :mod:`jobcenter_bench.core.scenarios`).
ASSUMPTION_FACTORS = ("working_weeks", "working_days", "hours_per_day", "effective_hours")
OVERLAP_KINDS = ("fte_freed", "smaller")


class CatalogueError(BenchError):
    """``resources/levers.toml`` is inconsistent (a bug in the bundled catalogue)."""


@dataclass(frozen=True)
class Parameter:
    """An editable lever parameter with its low and high default and where it comes from."""

    key: str
    label_da: str
    label_en: str
    unit: str
    low: float
    high: float
    source: str
    ours: bool = False

    def label(self, lang: str = "da") -> str:
        return self.label_en if lang == "en" else self.label_da


@dataclass(frozen=True)
class Term:
    """One additive part of a lever's potential: ``archetype(drivers) x product(factors)``.

    ``volume`` names drivers multiplied together (a yearly volume, FTE, a time per unit or a
    cost); ``value`` is the driver compared with the average (down to the average only);
    ``applies`` a 1/0 driver; ``divisor`` 60 turns minutes into hours; ``output`` says whether
    the result is hours (valued at the hourly cost) or DKK.
    """

    archetype: str
    volume: tuple[str, ...]
    factors: tuple[str, ...]
    output: str = "hours"
    value: str | None = None
    applies: str | None = None
    divisor: float = 1.0
    sign: float = 1.0


@dataclass(frozen=True)
class Lever:
    """One improvement lever (forbedringsforslag)."""

    id: str
    group: str
    area: str
    binding: str
    horizon: str
    archetype: str
    quantified: bool
    name_da: str
    name_en: str
    description_da: str
    description_en: str
    drivers: tuple[str, ...]
    parameters: tuple[Parameter, ...] = ()
    terms: tuple[Term, ...] = ()
    report_low: float | None = None
    report_high: float | None = None
    report_source: str = ""
    unquantified_reason: str = ""

    def name(self, lang: str = "da") -> str:
        return self.name_en if lang == "en" else self.name_da

    def description(self, lang: str = "da") -> str:
        return self.description_en if lang == "en" else self.description_da

    def parameter(self, key: str) -> Parameter:
        for p in self.parameters:
            if p.key == key:
                return p
        raise KeyError(f"{self.id} has no parameter {key!r}")


@dataclass(frozen=True)
class OverlapPair:
    """Two levers that share the same hours (eliminering); see :mod:`.overlap`."""

    a: str
    b: str
    kind: str
    reason: str
    low: float = 1.0
    high: float = 1.0

    @property
    def key(self) -> str:
        return f"{self.a}-{self.b}"


@dataclass(frozen=True)
class Catalogue:
    levers: tuple[Lever, ...]
    overlaps: tuple[OverlapPair, ...]

    def lever(self, lever_id: str) -> Lever:
        for lever in self.levers:
            if lever.id == lever_id:
                return lever
        raise KeyError(lever_id)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(lv.id for lv in self.levers)

    @property
    def quantified(self) -> tuple[Lever, ...]:
        return tuple(lv for lv in self.levers if lv.quantified)

    def groups(self) -> dict[str, tuple[Lever, ...]]:
        """Levers by the report line their national range belongs to (A1 = A1a + A1b)."""
        out: dict[str, list[Lever]] = {}
        for lever in self.levers:
            out.setdefault(lever.group, []).append(lever)
        return {k: tuple(v) for k, v in out.items()}


def _term(lever_id: str, raw: dict) -> Term:
    arch = raw.get("archetype")
    if arch not in ARCHETYPES:
        raise CatalogueError(f"levers.toml: {lever_id} has a term with unknown archetype {arch!r}")
    if arch == "down_to_average" and not raw.get("value"):
        raise CatalogueError(f"levers.toml: {lever_id}: a down_to_average term needs 'value'")
    output = raw.get("output", "hours")
    if output not in ("hours", "dkk"):
        raise CatalogueError(f"levers.toml: {lever_id}: output must be hours or dkk, not {output!r}")
    return Term(
        archetype=arch,
        volume=tuple(raw.get("volume", ())),
        factors=tuple(raw.get("factors", ())),
        output=output,
        value=raw.get("value"),
        applies=raw.get("applies"),
        divisor=float(raw.get("divisor", 1.0)),
        sign=float(raw.get("sign", 1.0)),
    )


def _lever(raw: dict) -> Lever:
    lid = raw.get("id", "?")
    for key, allowed in (("area", AREAS), ("binding", BINDINGS), ("horizon", HORIZONS)):
        if raw.get(key) not in allowed:
            raise CatalogueError(f"levers.toml: {lid} has {key} {raw.get(key)!r}; expected one of {list(allowed)}")
    params = tuple(
        Parameter(
            key=p["key"], label_da=p["label_da"], label_en=p["label_en"], unit=p["unit"],
            low=float(p["low"]), high=float(p["high"]), source=p["source"], ours=bool(p.get("ours", False)),
        )
        for p in raw.get("parameters", ())
    )
    terms = tuple(_term(lid, t) for t in raw.get("terms", ()))
    quantified = bool(raw["quantified"])
    if quantified and not terms:
        raise CatalogueError(f"levers.toml: {lid} is quantified but has no terms")
    if not quantified and not raw.get("unquantified_reason"):
        raise CatalogueError(f"levers.toml: {lid} is not quantified but gives no reason")
    known = {p.key for p in params} | set(ASSUMPTION_FACTORS)
    for t in terms:
        for f in t.factors:
            if f not in known:
                raise CatalogueError(f"levers.toml: {lid} uses factor {f!r}, which is neither a parameter nor an assumption")
    return Lever(
        id=lid, group=raw.get("group", lid), area=raw["area"], binding=raw["binding"], horizon=raw["horizon"],
        archetype=raw["archetype"], quantified=quantified, name_da=raw["name_da"], name_en=raw["name_en"],
        description_da=raw["description_da"], description_en=raw["description_en"],
        drivers=tuple(raw.get("drivers", ())), parameters=params, terms=terms,
        report_low=raw.get("report_low"), report_high=raw.get("report_high"),
        report_source=raw.get("report_source", ""), unquantified_reason=raw.get("unquantified_reason", ""),
    )


def parse_catalogue(data: dict) -> Catalogue:
    """Build and check a catalogue from the parsed TOML document."""
    levers = tuple(_lever(raw) for raw in data.get("levers", ()))
    ids = [lv.id for lv in levers]
    if len(set(ids)) != len(ids):
        raise CatalogueError("levers.toml: duplicate lever ids")
    overlaps = []
    for raw in data.get("overlaps", ()):
        pair = OverlapPair(
            a=raw["a"], b=raw["b"], kind=raw["kind"], reason=raw["reason"],
            low=float(raw.get("low", 1.0)), high=float(raw.get("high", 1.0)),
        )
        if pair.a not in ids or pair.b not in ids or pair.kind not in OVERLAP_KINDS:
            raise CatalogueError(f"levers.toml: overlap {pair.key} names an unknown lever or kind {pair.kind!r}")
        overlaps.append(pair)
    return Catalogue(levers=levers, overlaps=tuple(overlaps))


@cache
def catalogue() -> Catalogue:
    """The bundled catalogue (read once)."""
    with resource_path("levers.toml").open("rb") as f:
        return parse_catalogue(tomllib.load(f))
