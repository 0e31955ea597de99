"""One year's data per job centre (jobcenter), assembled from a ``Store``.

A job centre serves one or more municipalities (kommuner). Its register figures are the sums
over those municipalities: full-time persons (fuldtidspersoner) per benefit and the population
aged 16–64 (befolkning 16–64 år). Published predicted rates (forudsagt forsørgelsesgrad) and
framework-condition variables (rammevilkår) are population-weighted means over the
municipalities, so a centre of two municipalities gets the rate of their combined population.
The published cluster (klynge) of a multi-municipality centre is the cluster of its most populous
municipality.

Centres that cannot be analysed are never dropped silently: each gets an ``Exclusion`` with a
Danish and an English sentence the CLI and the GUI show.

- no register data (population or ADP/KTH/SDP persons missing for a municipality): the centre is
  left out of everything;
- no survey answer, or zero FTE: rates, effect and cluster placement are still computed (they
  come from the register), but productivity, cost, quadrant, relationships and benchmark
  potential are not.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jobcenter_bench.core import geography
from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.fields import ALL_BENEFITS, CORE_BENEFITS, STAFF_GROUP_FIELDS
from jobcenter_bench.core.store import Store

#: Register variables every municipality of a centre must have for the centre to be analysed.
REQUIRED_REGISTER = ("population_16_64", *CORE_BENEFITS)
#: Published model results (KORA/SFI-style), used when present.
PUBLISHED = ("predicted_rate", "predicted_rate_all")


@dataclass(frozen=True)
class Exclusion:
    """Why a centre is (partly) left out of the statistics.

    ``scope`` is ``"all"`` (no register data: left out of everything), ``"productivity"``
    (no survey answer or zero FTE: only register-based figures are shown) or ``"effect"`` (no
    own-model prediction: a framework variable is missing).
    """

    jobcenter: str
    scope: str
    reason: str
    reason_en: str

    def text(self, lang: str = "da") -> str:
        return f"{self.jobcenter}: {self.reason_en if lang == 'en' else self.reason}"


@dataclass
class CentreData:
    """A job centre's inputs for one year.

    Attributes
    ----------
    persons : dict
        Full-time persons (fuldtidspersoner) per register variable, summed over the centre's
        municipalities; persons per year.
    population : float
        Residents aged 16–64, summed; persons.
    published : dict
        Population-weighted published predicted rates in % (``predicted_rate``,
        ``predicted_rate_all``) where every municipality has them.
    published_cluster : int or None
        Published cluster number (klynge alle ydelser) of the most populous municipality.
    framework : dict
        Population-weighted framework-condition variables (rammevilkår), in their own units.
    survey : dict or None
        The current survey answer (spørgeskemabesvarelse); ``None`` if the centre did not answer.
    """

    jobcenter: str
    region: str
    municipality_codes: tuple[int, ...]
    persons: dict[str, float]
    population: float
    published: dict[str, float] = field(default_factory=dict)
    published_cluster: int | None = None
    framework: dict[str, float] = field(default_factory=dict)
    survey: dict | None = None
    #: Total staff FTE (årsværk i alt): the sum of the five staff groups; ``None`` if none reported.
    total_fte: float | None = None
    #: Full-time persons on ADP + KTH + SDP (the caseload), persons per year.
    core_persons: float = 0.0

    def __post_init__(self) -> None:
        self.core_persons = sum(self.persons[k] for k in CORE_BENEFITS)

    def survey_value(self, key: str) -> float | None:
        if self.survey is None:
            return None
        v = self.survey.get(key)
        return None if v is None else float(v)

    def set_survey(self, survey: dict | None) -> None:
        """Attach the survey answer and compute ``total_fte``."""
        self.survey = survey
        self.total_fte = total_fte(survey)


def total_fte(survey: dict | None) -> float | None:
    """Total staff FTE (årsværk i alt) of a survey answer: the sum of the staff groups answered.

    A group left blank counts as not there (the centre has no such staff); ``None`` when no group
    is answered at all. The analysis and the lever drivers both use this one definition.
    """
    if survey is None:
        return None
    vals = [float(v) for k in STAFF_GROUP_FIELDS if (v := survey.get(k)) is not None]
    return sum(vals) if vals else None


@dataclass
class Dataset:
    """The centres of one year that have register data, plus the ones left out and why."""

    year: int
    centres: list[CentreData]
    exclusions: list[Exclusion]
    framework_names: tuple[str, ...]
    #: Results that depend only on the data, not on the options (e.g. time use), computed once.
    derived: dict = field(default_factory=dict, repr=False)

    @property
    def has_published_prediction(self) -> bool:
        return bool(self.centres) and all("predicted_rate" in c.published for c in self.centres)

    @property
    def has_published_prediction_all(self) -> bool:
        return bool(self.centres) and all("predicted_rate_all" in c.published for c in self.centres)

    @property
    def has_published_clusters(self) -> bool:
        return bool(self.centres) and all(c.published_cluster is not None for c in self.centres)


def choose_year(store: Store, year: int | None) -> int:
    """The requested year, or the newest year with data; a clear error if there is none."""
    years = store.years()
    if not years:
        raise BenchError(
            f"Databasen {store.path} indeholder ingen data. Importér spørgeskema- og registerdata først.",
            f"The database {store.path} holds no data. Import survey and register data first.",
        )
    if year is None:
        return years[-1]
    if year not in years:
        shown = ", ".join(str(y) for y in years)
        raise BenchError(
            f"Der er ingen data for {year} i databasen (år med data: {shown}).",
            f"There is no data for {year} in the database (years with data: {shown}).",
        )
    return year


def load_dataset(store: Store, year: int | None = None) -> Dataset:
    """Assemble one year's centre-level data from ``store``.

    Raises ``BenchError`` when the year has no register data at all.
    """
    year = choose_year(store, year)
    register = store.register_wide(year)
    if not register:
        raise BenchError(
            f"Der er ingen registerdata for {year}: importér fuldtidspersoner og befolkning.",
            f"There is no register data for {year}: import full-time persons and population.",
        )
    survey = {row["jobcenter"]: row for row in store.survey_answers(year)}
    framework = tuple(store.framework_variables(year))
    return assemble(year, register, survey, framework)


def assemble(
    year: int,
    register: dict[int, dict[str, float]],
    survey: dict[str, dict],
    framework: tuple[str, ...],
) -> Dataset:
    """Build a ``Dataset`` from register values per municipality and survey answers per centre."""
    centres: list[CentreData] = []
    exclusions: list[Exclusion] = []
    for jc in geography.jobcentres(year):  # that year's grouping
        missing = _missing_register(jc, register)
        if missing:
            exclusions.append(_no_register(jc.name, missing))
            continue
        centre = _centre(jc, register, framework)
        centre.set_survey(survey.get(jc.name))
        centres.append(centre)
        reason = survey_problem(centre.survey, centre.total_fte)
        if reason:
            exclusions.append(Exclusion(jc.name, "productivity", *reason))
    return Dataset(year, centres, exclusions, framework)


def _missing_register(jc: geography.JobCentre, register) -> list[str]:
    out = []
    for code in jc.municipality_codes:
        values = register.get(code, {})
        name = geography.municipality_by_code()[code].name
        if not values:
            out.append(f"{name} ({code}): ingen værdier / no values")
            continue
        absent = [v for v in REQUIRED_REGISTER if v not in values]
        if "population_16_64" in values and values["population_16_64"] <= 0:
            absent.append("population_16_64 > 0")
        if absent:
            out.append(f"{name} ({code}): {', '.join(absent)}")
    return out


def _no_register(name: str, missing: list[str]) -> Exclusion:
    text = "; ".join(missing)
    return Exclusion(
        name,
        "all",
        f"mangler registerdata ({text}); jobcentret indgår ikke i analysen.",
        f"missing register data ({text}); the centre is left out of the analysis.",
    )


def _centre(jc: geography.JobCentre, register, framework: tuple[str, ...]) -> CentreData:
    rows = [register[code] for code in jc.municipality_codes]
    pops = [r["population_16_64"] for r in rows]
    total_pop = sum(pops)
    persons = {}
    for var in ALL_BENEFITS:
        if all(var in r for r in rows):
            persons[var] = sum(r[var] for r in rows)
    return CentreData(
        jobcenter=jc.name,
        region=jc.region,
        municipality_codes=jc.municipality_codes,
        persons=persons,
        population=total_pop,
        published=_weighted(rows, pops, PUBLISHED),
        published_cluster=published_cluster(rows, pops),
        framework=_weighted(rows, pops, framework),
    )


def _weighted(rows: list[dict], pops: list[float], names) -> dict[str, float]:
    """Population-weighted means of the variables every municipality has."""
    total = sum(pops)
    out = {}
    for name in names:
        if all(name in r for r in rows):
            if len(rows) == 1:
                out[name] = rows[0][name]
            elif total > 0:
                out[name] = sum(r[name] * p for r, p in zip(rows, pops, strict=True)) / total
    return out


def published_cluster(rows: list[dict], pops: list[float] | None = None) -> int | None:
    """The published cluster (klynge) of a centre from its municipalities' register rows.

    The cluster of the most populous municipality (``pops``: population 16–64 per row; without
    populations, the first municipality's); ``None`` unless every municipality has one. The
    analysis and the lever drivers both use this one rule.
    """
    known = [r.get("cluster") for r in rows]
    if not rows or any(v is None or v != v for v in known):
        return None
    weights = pops if pops is not None and len(pops) == len(rows) else [0.0] * len(rows)
    best = max(range(len(rows)), key=lambda i: (weights[i], -i))
    return int(round(known[best]))


def survey_problem(survey: dict | None, fte: float | None) -> tuple[str, str] | None:
    """Why a centre's productivity, cost and lever potential cannot be computed (Danish,
    English), or ``None``. One rule for the analysis and the levers: no answer, no staff group
    answered, or a total FTE of 0."""
    if survey is None:
        return (
            "har ikke besvaret spørgeskemaet; produktivitet, omkostning og potentiale beregnes ikke.",
            "did not answer the survey; productivity, cost and potential are not computed.",
        )
    if fte is None:
        return (
            "har ikke oplyst årsværk i nogen personalegruppe (årsværk i alt mangler); produktivitet, "
            "omkostning og potentiale beregnes ikke.",
            "reports no FTE in any staff group (total FTE is missing); productivity, cost and "
            "potential are not computed.",
        )
    if fte <= 0:
        return (
            "har 0 årsværk i besvarelsen (årsværk i alt er 0); produktivitet, omkostning og "
            "potentiale beregnes ikke.",
            "reports zero FTE (total FTE is 0); productivity, cost and potential are not computed.",
        )
    return None
