"""A centre across the years (udvikling over årene), what changed since last year, and vintages.

**Trend.** For every year in the database the year is analysed once with the report's options
and no inference tables (``Session.compute(SessionState(year=Y, options=TREND_OPTIONS,
with_previous=False))``) under the working lever scenario, and one :class:`YearTable` is kept:
per centre the trend measures of the catalogue's ``trend`` table (cases per FTE, effect, rank
on productivity of all centres, placement in the cluster, net lever potential low/high, cost per
FTE) with the cluster's and the country's benchmark (``measures.benchmark_value``: cases per FTE
the median, effect the mean, cost per FTE the aggregate; ranks and the net potential have none).
Tables are cached per open ``Store``, year, database state and scenario, so the trend of one
centre over all years is a few dictionary look-ups once the years are computed.

**What changed** (:class:`Change`, from year ``a`` to year ``b``):

- Cases per FTE ``c = P / F`` (P full-time persons ADP+KTH+SDP, F FTE). Its change is split
  exactly into a caseload part and a staff part by the logarithmic-mean (LMDI) rule: with
  ``L = (c_b − c_a) / (ln c_b − ln c_a)`` (``L = c_a`` when equal), ``ln c = ln P − ln F`` gives

      c_b − c_a = L·ln(P_b/P_a)  −  L·ln(F_b/F_a)
                  caseload part    staff part

  The two parts add up to the change with no residual (more persons raise c, more FTE lower it).
- Effect ``e = predicted − observed`` (percentage points): ``Δe = Δpredicted − Δobserved``; the
  predicted part is what the framework conditions / model expected more or less, the observed
  part (``−Δobserved``) what happened to the centre's own dependency rate.
- The levers whose gross potential (DKK per year, mid of low and high) moved most.

**Vintages** (:class:`Vintage`): per year the prediction source (published predictions or the
own regression and its variable set), the cluster source, and the population and benefit-group
definitions: those stored with the year (``Store.year_definitions``, meta ``definitions:YEAR``)
else the analysis' own (population 16–64, ADP+KTH+SDP). Two years whose vintages differ are a
break in the series: every output marks it and says what changed.
"""

from __future__ import annotations

import math
import weakref
from dataclasses import dataclass, field

from jobcenter_bench.core import measures
from jobcenter_bench.core.analysis import AnalysisOptions
from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.i18n import pick
from jobcenter_bench.core.tasks import TaskState

#: The options every trend year is computed with (the report's; no statsmodels tables).
TREND_OPTIONS = AnalysisOptions(inference=False)
#: The definitions a year can store (``Store.set_year_definitions``).
DEFINITION_KEYS = ("population", "benefits", "prediction_model")
#: The analysis' own definitions, used for a year without stored ones.
DEFAULT_DEFINITIONS = {"population": "16-64", "benefits": "ADP+KTH+SDP"}
#: Vintage fields in the order they are explained, with their names.
VINTAGE_FIELDS = {
    "prediction_source": ("forudsigelse", "prediction source"),
    "prediction_model": ("publiceret model", "published model"),
    "variables": ("modellens rammevilkår", "the model's framework variables"),
    "cluster_source": ("klynger", "clusters"),
    "population": ("befolkning", "population"),
    "benefits": ("ydelsesgruppe", "benefit group"),
}
_SOURCE_WORDS = {"published": ("publicerede forudsigelser", "published predictions"),
                 "own": ("egen model", "own model")}
_CLUSTER_WORDS = {"published": ("publicerede", "published"), "computed": ("beregnede", "computed"),
                  "none": ("ingen", "none")}


# ---------------------------------------------------------------------------- decomposition
def log_mean(a: float, b: float) -> float:
    """The logarithmic mean ``(a − b) / (ln a − ln b)`` of two positive numbers (``a`` if equal)."""
    if a <= 0 or b <= 0:
        raise ValueError("the logarithmic mean needs two positive numbers")
    if math.isclose(a, b, rel_tol=1e-12):
        return a
    return (a - b) / (math.log(a) - math.log(b))


def split_cases_per_fte(persons_a: float, fte_a: float, persons_b: float, fte_b: float) -> tuple[float, float]:
    """``(caseload part, staff part)`` of the change in cases per FTE from a to b (persons per
    FTE); they add up exactly to ``persons_b/fte_b − persons_a/fte_a`` (LMDI, module docstring)."""
    c_a, c_b = persons_a / fte_a, persons_b / fte_b
    weight = log_mean(c_b, c_a)
    return weight * math.log(persons_b / persons_a), -weight * math.log(fte_b / fte_a)


# ---------------------------------------------------------------------------- records
@dataclass(frozen=True)
class Vintage:
    """How a year's figures are defined: the model and the definitions (see module docstring).

    ``variables`` is the own model's variable set (empty with published predictions: their model
    is the publisher's, named by ``prediction_model`` when stored); ``stored`` is true when the
    population and benefit definitions were stored with the year.
    """

    year: int
    prediction_source: str
    prediction_model: str
    variables: tuple[str, ...]
    cluster_source: str
    population: str
    benefits: str
    stored: bool

    def differences(self, other: Vintage) -> list[str]:
        """The vintage fields (``VINTAGE_FIELDS`` keys) in which ``other`` differs from this one."""
        return [k for k in VINTAGE_FIELDS if getattr(self, k) != getattr(other, k)]

    def value_text(self, key: str, lang: str = "da", labels: dict | None = None) -> str:
        """One field in words; ``labels``: variable name -> label (the variables' names else)."""
        value = getattr(self, key)
        if key == "variables":
            if self.prediction_source != "own":
                return "–"
            return ", ".join((labels or {}).get(v, v) for v in value) or "–"
        if key in ("prediction_source", "cluster_source"):
            words = _SOURCE_WORDS if key == "prediction_source" else _CLUSTER_WORDS
            return pick(words.get(value, (value, value)), lang)
        if key == "population":
            return f"{value} {pick(('år', 'years'), lang)}" if value else "–"
        return value or "–"

    def text(self, lang: str = "da") -> str:
        """``2012: publicerede forudsigelser; befolkning 16-64 år; ADP+KTH+SDP; klynger: publicerede``."""
        parts = [self.value_text("prediction_source", lang)]
        if self.prediction_model:
            parts[0] += f" ({self.prediction_model})"
        if self.prediction_source == "own":
            parts.append(pick(("{n} rammevilkår", "{n} framework variables"), lang).format(n=len(self.variables)))
        parts += [f"{pick(VINTAGE_FIELDS['population'], lang)} {self.value_text('population', lang)}",
                  self.benefits,
                  f"{pick(VINTAGE_FIELDS['cluster_source'], lang)}: {self.value_text('cluster_source', lang)}"]
        if not self.stored:
            parts.append(pick(("analysens definitioner", "the analysis' definitions"), lang))
        return f"{self.year}: " + "; ".join(parts)


@dataclass(frozen=True)
class TrendPoint:
    """One centre in one year: the trend measures (``values``, raw units as ``CentreResult``:
    persons per FTE, pp, rank, DKK per year, DKK per FTE), the cluster's and the country's
    benchmark of each (``None`` where the catalogue has none), and what the decomposition needs.

    ``levers``: lever id -> (low, high) gross potential in DKK per year.
    """

    year: int
    jobcenter: str
    cluster: int | None
    cluster_size: int | None
    n_ranked: int
    values: dict[str, float | None]
    cluster_values: dict[str, float | None]
    country_values: dict[str, float | None]
    full_time_persons: float
    fte: float | None
    predicted_rate: float | None
    observed_rate: float
    levers: dict[str, tuple[float, float]] = field(default_factory=dict)
    lever_names: dict[str, tuple[str, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class YearTable:
    """One year of the book: its vintage and one :class:`TrendPoint` per centre."""

    year: int
    vintage: Vintage
    points: dict[str, TrendPoint]


@dataclass(frozen=True)
class Break:
    """A change of vintage between two consecutive years of a series."""

    year_before: int
    year: int
    fields: tuple[str, ...]
    before: Vintage
    after: Vintage

    def text(self, lang: str = "da", labels: dict | None = None) -> str:
        """``2011→2012: befolkning 16-64 år → 16-66 år.`` (what changed, old → new)."""
        parts = [f"{pick(VINTAGE_FIELDS[k], lang)} {self.before.value_text(k, lang, labels)} → "
                 f"{self.after.value_text(k, lang, labels)}" for k in self.fields]
        return f"{self.year_before}→{self.year}: " + "; ".join(parts) + "."


def breaks(vintages: list[Vintage]) -> list[Break]:
    """The vintage changes between consecutive years (``vintages`` in year order)."""
    out = []
    for a, b in zip(vintages, vintages[1:], strict=False):
        fields = a.differences(b)
        if fields:
            out.append(Break(a.year, b.year, tuple(fields), a, b))
    return out


@dataclass(frozen=True)
class CentreTrend:
    """One centre over every year the database has it (``points`` and ``vintages`` in year order)."""

    jobcenter: str
    points: tuple[TrendPoint, ...]
    vintages: tuple[Vintage, ...]
    skipped: tuple[tuple[int, str, str], ...] = ()  # (year, Danish, English) not analysable

    @property
    def years(self) -> list[int]:
        return [p.year for p in self.points]

    def series(self, key: str, scope: str = "centre") -> list[float | None]:
        """Measure ``key`` per year: the centre's (``scope="centre"``), its cluster's or the country's."""
        attr = {"centre": "values", "cluster": "cluster_values", "country": "country_values"}[scope]
        return [getattr(p, attr).get(key) for p in self.points]

    def breaks(self) -> list[Break]:
        return breaks(list(self.vintages))

    def rows(self) -> list[dict]:
        """The long table: one row per year and measure (centre, year, measure, value, cluster
        value, country value), raw units."""
        return [{"jobcenter": self.jobcenter, "year": p.year, "measure": key, "value": p.values.get(key),
                 "cluster_value": p.cluster_values.get(key), "country_value": p.country_values.get(key)}
                for p in self.points for key in measures.table("trend")]


@dataclass(frozen=True)
class LeverMove:
    """A lever's gross potential in two years (DKK per year, low and high estimate)."""

    lever: str
    name_da: str
    name_en: str
    low_a: float
    high_a: float
    low_b: float
    high_b: float

    @property
    def change_mid(self) -> float:
        """Change of the mid estimate ((low + high) / 2), DKK per year."""
        return (self.low_b + self.high_b - self.low_a - self.high_a) / 2

    def name(self, lang: str = "da") -> str:
        return f"{self.lever} {pick((self.name_da, self.name_en), lang)}"


@dataclass(frozen=True)
class Change:
    """What changed for a centre from ``year_a`` to ``year_b`` (module docstring).

    Cases per FTE in persons per FTE (``caseload_part + staff_part == cases_b − cases_a``);
    effect, predicted and observed rates in percentage points (``predicted_part + observed_part ==
    effect_b − effect_a``); ``None`` where a year lacks the figure. ``levers``: the levers whose
    potential moved most, largest absolute change first. ``breaks``: vintage changes between the
    two years (the comparison mixes definitions when not empty).
    """

    jobcenter: str
    year_a: int
    year_b: int
    point_a: TrendPoint
    point_b: TrendPoint
    caseload_part: float | None
    staff_part: float | None
    predicted_part: float | None
    observed_part: float | None
    levers: tuple[LeverMove, ...]
    breaks: tuple[Break, ...]

    def cases(self) -> tuple[float | None, float | None]:
        return self.point_a.values.get("cases_per_fte"), self.point_b.values.get("cases_per_fte")

    def effect(self) -> tuple[float | None, float | None]:
        return self.point_a.values.get("effect"), self.point_b.values.get("effect")

    def rows(self, lang: str = "da") -> list[dict]:
        """The change as rows ``{"item", "key", "a", "b", "change"}`` (raw units; ``key`` names the
        measure whose unit and decimals apply): every trend measure, cases per FTE followed by its
        caseload and staff parts, effect by its predicted and observed parts (the observed part is
        −Δobserved: a rate that fell adds to the effect), then full-time persons and FTE."""
        pa, pb = self.point_a, self.point_b

        def row(label, key, a, b, change=None):
            if change is None and a is not None and b is not None:
                change = b - a
            return {"item": label, "key": key, "a": a, "b": b, "change": change}

        out = []
        for key in measures.table("trend"):
            out.append(row(measures.label(key, lang), key, pa.values.get(key), pb.values.get(key)))
            if key == "cases_per_fte":
                out.append(row(pick(PART_LABELS["caseload"], lang), key, None, None, self.caseload_part))
                out.append(row(pick(PART_LABELS["staff"], lang), key, None, None, self.staff_part))
            elif key == "effect":
                out.append(row(pick(PART_LABELS["predicted"], lang), "predicted_rate", pa.predicted_rate,
                               pb.predicted_rate, self.predicted_part))
                out.append(row(pick(PART_LABELS["observed"], lang), "observed_rate", pa.observed_rate,
                               pb.observed_rate, self.observed_part))
        out.append(row(measures.label("full_time_persons", lang), "full_time_persons",
                       pa.full_time_persons, pb.full_time_persons))
        out.append(row(measures.label("fte", lang), "fte", pa.fte, pb.fte))
        return out


#: The parts of a change, as the tables name them (Danish, English).
PART_LABELS = {
    "caseload": ("– heraf fra sagsmængden (fuldtidspersoner)", "– of which from the caseload (full-time persons)"),
    "staff": ("– heraf fra personalet (årsværk)", "– of which from the staff (FTE)"),
    "predicted": ("– heraf fra forventet forsørgelsesgrad", "– of which from the predicted rate"),
    "observed": ("– heraf fra observeret forsørgelsesgrad (−Δ)", "– of which from the observed rate (−Δ)"),
}


# ---------------------------------------------------------------------------- the book
@dataclass(frozen=True)
class TrendBook:
    """Every analysable year of one database under one scenario (``tables`` by year)."""

    tables: dict[int, YearTable]
    skipped: tuple[tuple[int, str, str], ...] = ()

    @property
    def years(self) -> list[int]:
        return sorted(self.tables)

    def centre(self, name: str) -> CentreTrend:
        """The trend of centre ``name`` (BenchError when no year has it)."""
        years = [y for y in self.years if name in self.tables[y].points]
        if not years:
            raise BenchError(f"{name} findes ikke i nogen af databasens år.",
                             f"{name} is not in any year of the database.")
        return CentreTrend(name, tuple(self.tables[y].points[name] for y in years),
                           tuple(self.tables[y].vintage for y in years), self.skipped)

    def vintages(self) -> list[Vintage]:
        return [self.tables[y].vintage for y in self.years]

    def change(self, name: str, year_a: int, year_b: int, n_levers: int = 5) -> Change:
        """What changed for ``name`` from ``year_a`` to ``year_b`` (BenchError for a year or a
        centre that is not there)."""
        for y in (year_a, year_b):
            if y not in self.tables:
                have = ", ".join(map(str, self.years)) or "–"
                raise BenchError(f"Året {y} kan ikke analyseres i databasen (år: {have}).",
                                 f"The year {y} cannot be analysed in the database (years: {have}).")
            if name not in self.tables[y].points:
                raise BenchError(f"{name} er ikke med i analysen for {y}.", f"{name} is not in the analysis for {y}.")
        pa, pb = self.tables[year_a].points[name], self.tables[year_b].points[name]
        caseload = staff = None
        if pa.fte and pb.fte and pa.full_time_persons > 0 and pb.full_time_persons > 0:
            caseload, staff = split_cases_per_fte(pa.full_time_persons, pa.fte, pb.full_time_persons, pb.fte)
        predicted = observed = None
        if pa.predicted_rate is not None and pb.predicted_rate is not None:
            predicted = pb.predicted_rate - pa.predicted_rate
            observed = -(pb.observed_rate - pa.observed_rate)
        lo, hi = sorted((year_a, year_b))
        span = [self.tables[y].vintage for y in self.years if lo <= y <= hi]
        return Change(name, year_a, year_b, pa, pb, caseload, staff, predicted, observed,
                      tuple(lever_moves(pa, pb)[:n_levers]), tuple(breaks(span)))

    def long_rows(self) -> list[dict]:
        """Every centre's long table (``CentreTrend.rows``), centres by name, years ascending."""
        names = sorted({n for t in self.tables.values() for n in t.points})
        return [row for n in names for row in self.centre(n).rows()]


def lever_moves(pa: TrendPoint, pb: TrendPoint) -> list[LeverMove]:
    """Every lever in both years by the size of the change of its mid estimate (largest first;
    levers that did not move are left out)."""
    moves = []
    for lever, (low_b, high_b) in pb.levers.items():
        low_a, high_a = pa.levers.get(lever, (0.0, 0.0))
        da, en = pb.lever_names.get(lever, (lever, lever))
        move = LeverMove(lever, da, en, low_a, high_a, low_b, high_b)
        if abs(move.change_mid) > 0.5:  # less than a krone is no move
            moves.append(move)
    return sorted(moves, key=lambda m: (-abs(m.change_mid), m.lever))


# ---------------------------------------------------------------------------- building
_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def vintage(store, analysis) -> Vintage:
    """The vintage of an analysed year: the analysis' sources and the stored definitions."""
    stored = store.year_definitions(analysis.year)
    defs = DEFAULT_DEFINITIONS | stored
    own = analysis.prediction_source == "own"
    return Vintage(analysis.year, analysis.prediction_source, defs.get("prediction_model", "") if not own else "",
                   tuple(analysis.variables) if own else (), analysis.cluster_source,
                   defs["population"], defs["benefits"], "population" in stored or "benefits" in stored)


def year_table(results, vintage_: Vintage) -> YearTable:
    """The :class:`YearTable` of one year's ``Results``."""
    a = results.analysis
    ranks = results.productivity_ranks()
    levers = results.levers
    lever_index = {name: i for i, name in enumerate(levers.centres)} if levers is not None else {}
    names = {lv.id: (lv.name_da, lv.name_en) for lv in levers.levers} if levers is not None else {}
    points = {}
    for c in a.centres:
        values = {"productivity_rank": ranks.get(c.jobcenter), "cluster_rank": c.cluster_rank}
        for key in ("cases_per_fte", "effect", "cost_per_fte"):
            values[key] = getattr(c, key)
        for key in ("net_potential_low", "net_potential_high"):
            values[key] = results.centre_value(c, key)
        cluster = a.cluster_summaries.get(c.cluster) if c.cluster is not None else None
        per_lever = {}
        if c.jobcenter in lever_index and c.jobcenter not in levers.excluded:
            j = lever_index[c.jobcenter]
            per_lever = {lv.id: (float(levers.dkk[0, i, j]), float(levers.dkk[1, i, j]))
                         for i, lv in enumerate(levers.levers) if lv.quantified}
        points[c.jobcenter] = TrendPoint(
            a.year, c.jobcenter, c.cluster, c.cluster_size, len(ranks), values,
            {k: measures.benchmark_value(k, cluster) for k in values},
            {k: measures.benchmark_value(k, a.national_summary) for k in values},
            c.full_time_persons, c.fte, c.predicted_rate, c.observed_rate, per_lever, names)
    return YearTable(a.year, vintage_, points)


def _scenario_key(scenario) -> str:
    return "" if scenario is None else f"{scenario.name}\n{scenario.to_json()}"


def trend_book(store, scenario=None, task: TaskState | None = None) -> TrendBook:
    """Every year of ``store`` analysed (:data:`TREND_OPTIONS`) under ``scenario`` (``None``:
    Standard), one year table each, cached per store, database state and scenario.

    A year that cannot be analysed is left out and listed in ``skipped`` with the reason.
    Reports ``task`` progress per year and honours cancel between years.
    """
    from jobcenter_bench.core.session import Session, SessionState

    task = task or TaskState()
    years = store.years()
    version = (store.conn.total_changes, store.conn.execute("PRAGMA data_version").fetchone()[0])
    per_store = _CACHE.setdefault(store, {})
    session = Session(store)
    tables, skipped = {}, []
    for i, year in enumerate(years):
        task.progress(i, len(years), str(year))
        key = (year, version, _scenario_key(scenario))
        if key not in per_store:
            try:
                results = session.compute(SessionState(year=year, options=TREND_OPTIONS, with_previous=False,
                                                       scenario=scenario))
                per_store[key] = year_table(results, vintage(store, results.analysis))
            except BenchError as exc:
                per_store[key] = (exc.text("da"), exc.text("en"))
        task.check_cancelled()
        entry = per_store[key]
        if isinstance(entry, YearTable):
            tables[year] = entry
        else:
            skipped.append((year, *entry))
    task.progress(len(years), len(years), "")
    if len(per_store) > 64:  # old database states and scenarios
        for stale in [k for k in per_store if k[1] != version]:
            del per_store[stale]
    return TrendBook(tables, tuple(skipped))


def centre_trend(store, name: str, scenario=None, task: TaskState | None = None) -> CentreTrend:
    """The trend of centre ``name`` over every year of ``store`` (see :func:`trend_book`)."""
    return trend_book(store, scenario, task).centre(name)
