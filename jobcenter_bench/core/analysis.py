"""One entry point for the benchmarking analysis: ``analyse(store, year, options)``.

The CLI, the GUI and the reports call this and only read its result (plain dataclasses, no Qt,
no pandas). ``docs/analysis.md`` documents every definition; each module documents its own:
``dataset`` (aggregation to job centres), ``productivity``, ``effect_model``, ``clusters``,
``classification``, ``relationships``, ``robustness``, ``benchmark_potential``, ``time_use``,
``comparison`` (cluster and national summaries: ``result.cluster_summaries``,
``result.national_summary``, ``comparison.compare(result, name)``);
``peers.find_peers(result, name)`` works on the result.

The live path uses numpy only; the statsmodels regression tables are computed when
``options.inference`` is true and cached per data and options, so a warm re-run is fast.
"""

from __future__ import annotations

import math
import weakref
from dataclasses import asdict, dataclass, field, replace

from jobcenter_bench.core import clusters as cl
from jobcenter_bench.core import comparison as cmp
from jobcenter_bench.core import effect_model as em
from jobcenter_bench.core import productivity as pr
from jobcenter_bench.core.benchmark_potential import (
    BenchmarkPotential,
    PotentialInput,
    all_benchmarks,
)
from jobcenter_bench.core.classification import Thresholds, classify, thresholds
from jobcenter_bench.core.dataset import CentreData, Dataset, Exclusion, load_dataset
from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.fields import ALL_BENEFITS, STAFF_GROUP_FIELDS
from jobcenter_bench.core.relationships import Relationship, fit_relationship
from jobcenter_bench.core.robustness import RobustnessVariant, compare_variant
from jobcenter_bench.core.store import Store
from jobcenter_bench.core.time_use import TimeUse, time_use

PREDICTIONS = ("auto", "published", "own")
CLUSTER_SOURCES = ("auto", "published", "computed")


@dataclass(frozen=True)
class AnalysisOptions:
    """Choices the user can make; the defaults are the report's.

    ``prediction``: ``auto`` (published predictions when every centre has one, else own model),
    ``published`` or ``own``. ``variables``: framework variables of the own model (``None`` = all
    imported for the year). ``weights``: ``None`` (OLS) or ``"population"`` (WLS).
    ``productivity``: a key of ``productivity.PRODUCTIVITY_DEFINITIONS``. ``cost``: ``full`` or
    ``salary``. ``cluster_source``: ``auto``, ``published`` or ``computed`` with ``cluster_k``
    groups. ``placement_rate``: ``all`` (default, see ``clusters``) or ``core``. ``inference``:
    also compute the statsmodels regression tables (slow the first time, then cached).
    """

    prediction: str = "auto"
    variables: tuple[str, ...] | None = None
    weights: str | None = None
    productivity: str = "total"
    cost: str = "full"
    cluster_source: str = "auto"
    cluster_k: int = cl.DEFAULT_K
    placement_rate: str = "all"
    inference: bool = True
    alpha: float = 0.05


@dataclass
class CentreResult:
    """Every figure of one job centre for one year. ``None`` = not computable (see ``note``).

    Units: ``fte`` FTE (årsværk); ``full_time_persons`` ADP+KTH+SDP persons per year;
    ``cases_per_fte`` persons per FTE; rates in % of the population 16–64; ``effect`` and
    ``effect_all`` in percentage points (positive = better than predicted); ``cost_per_fte`` DKK
    per FTE per year; ``cost_total`` DKK per year.
    """

    year: int
    jobcenter: str
    municipality_codes: list[int]
    region: str
    cluster: int | None
    cluster_size: int | None
    cluster_rank: int | None
    fte: float | None
    full_time_persons: float
    cases_per_fte: float | None
    observed_rate: float
    predicted_rate: float | None
    effect: float | None
    observed_rate_all: float | None
    predicted_rate_all: float | None
    effect_all: float | None
    quadrant: str | None
    population: float
    cost_per_fte: float | None
    cost_total: float | None
    productivity_variants: dict[str, float | None] = field(default_factory=dict)
    framework: dict[str, float] = field(default_factory=dict)
    note: str | None = None
    note_en: str | None = None

    def placement(self, lang: str = "da") -> str:
        """'n af N' (Danish) or 'n of N'; '–' without a rank."""
        if self.cluster_rank is None or self.cluster_size is None:
            return "–"
        return f"{self.cluster_rank} {'of' if lang == 'en' else 'af'} {self.cluster_size}"


@dataclass
class YearAnalysis:
    """The whole analysis of one year."""

    year: int
    options: AnalysisOptions
    prediction_source: str  # "published" or "own"
    cluster_source: str  # "published", "computed" or "none" (see ``cluster_note``)
    variables: tuple[str, ...]  # framework variables of the own model
    centres: list[CentreResult]
    exclusions: list[Exclusion]
    models: dict[str, em.ModelTable] = field(default_factory=dict)  # by rate "core"/"all"
    model_note: str | None = None
    cluster_note: str | None = None
    cluster_notice: cl.SizeNotice | None = None  # computed sizes not the report's (da + en)
    # own-model point fits by rate, with fitted values and residuals per centre; computed
    # whenever the own model can be fitted, also when the published predictions are used
    point_fits: dict[str, em.PointFit] = field(default_factory=dict)
    thresholds: Thresholds | None = None
    relationships: list[Relationship] = field(default_factory=list)
    robustness: list[RobustnessVariant] = field(default_factory=list)
    potential: list[BenchmarkPotential] = field(default_factory=list)
    time_use: TimeUse | None = None
    cluster_summaries: dict[int, cmp.GroupSummary] = field(default_factory=dict)  # by cluster
    national_summary: cmp.GroupSummary | None = None
    staff_fte: dict[str, dict[str, float]] = field(default_factory=dict)  # centre -> group -> FTE
    # what a group summary needs of each centre (cluster, country, a saved peer group), by name
    centre_inputs: dict[str, cmp.CentreInputs] = field(default_factory=dict, repr=False)
    # the data the analysis was computed from (DEA and similarity read it; no second read)
    dataset: Dataset | None = field(default=None, repr=False, compare=False)

    def centre(self, name: str) -> CentreResult:
        for c in self.centres:
            if c.jobcenter == name:
                return c
        raise BenchError(f"{name} er ikke med i analysen for {self.year}.",
                         f"{name} is not in the analysis for {self.year}.")

    def compared(self) -> list[CentreResult]:
        """Centres with both productivity and effect (the ones in charts and statistics)."""
        return [c for c in self.centres if c.cases_per_fte is not None and c.effect is not None]

    def to_json_records(self) -> list[dict]:
        """One dict per centre, numbers unrounded, ``None`` for what cannot be computed."""
        return [asdict(c) for c in self.centres]


def analyse(store: Store, year: int | None = None, options: AnalysisOptions | None = None) -> YearAnalysis:
    """Run the whole analysis for ``year`` (default: the newest year with data)."""
    return analyse_dataset(cached_dataset(store, year), options or AnalysisOptions())


_DATASETS: weakref.WeakKeyDictionary[Store, dict[tuple, Dataset]] = weakref.WeakKeyDictionary()


def cached_dataset(store: Store, year: int | None) -> Dataset:
    """``load_dataset`` remembered per open store until the database changes.

    The key holds SQLite's ``data_version`` (changes when another connection commits) and this
    connection's ``total_changes`` (changes with its own writes), so an import always
    invalidates it; the cache dies with the ``Store`` object.
    """
    data_version = store.data_version()
    key = (year, store.conn.total_changes, data_version)
    per_store = _DATASETS.setdefault(store, {})
    ds = per_store.get(key)
    if ds is None:
        ds = load_dataset(store, year)
        if len(per_store) > 8:
            per_store.clear()
        per_store[key] = ds
    return ds


def analyse_dataset(ds: Dataset, options: AnalysisOptions) -> YearAnalysis:
    """The analysis of an assembled ``Dataset`` (see ``analyse``)."""
    _check_options(ds, options)
    if not ds.centres:
        raise BenchError(f"Ingen jobcentre har registerdata for {ds.year}.",
                         f"No job centre has register data for {ds.year}.")
    variables = options.variables if options.variables is not None else ds.framework_names
    source = options.prediction
    if source == "auto":
        source = "published" if ds.has_published_prediction else "own"
    result = YearAnalysis(ds.year, options, source, "", tuple(variables), [], list(ds.exclusions))
    result.dataset = ds
    predicted, predicted_all = _predictions(ds, result)
    _models(ds, result)
    cluster_of = _clusters(ds, result, predicted_all)
    notes: dict[str, Exclusion] = {}
    for e in result.exclusions:
        prev = notes.get(e.jobcenter)
        notes[e.jobcenter] = e if prev is None else Exclusion(
            e.jobcenter, prev.scope, f"{prev.reason} {e.reason}", f"{prev.reason_en} {e.reason_en}")
    result.centres = [
        _centre_result(ds.year, c, predicted, predicted_all, cluster_of, options, notes.get(c.jobcenter))
        for c in ds.centres
    ]
    _placements(result)
    _summaries(result, ds)
    _quadrants(result)
    _relationships(result)
    _diagnostic_fits(ds, result)
    _robustness(result, ds)
    _potential(result, ds)
    if "time_use" not in ds.derived:
        rows = [(c.jobcenter, c.total_fte, c.survey) for c in ds.centres
                if c.survey and (c.total_fte or 0) > 0]
        ds.derived["time_use"] = time_use(rows)
    result.time_use = ds.derived["time_use"]
    return result


def _check_options(ds: Dataset, o: AnalysisOptions) -> None:
    if o.prediction not in PREDICTIONS:
        raise BenchError(f"Ukendt forudsigelseskilde: {o.prediction}", f"Unknown prediction source: {o.prediction}")
    if o.prediction == "published" and not ds.has_published_prediction:
        raise BenchError(
            f"Der er ikke importeret publicerede forudsagte forsørgelsesgrader for alle jobcentre i {ds.year}. "
            "Brug --prediction own (egen regressionsmodel på rammevilkår).",
            f"Published predicted dependency rates are not imported for every centre in {ds.year}. "
            "Use --prediction own (own regression on framework conditions).",
        )
    if o.productivity not in pr.PRODUCTIVITY_DEFINITIONS:
        raise BenchError(f"Ukendt produktivitetsdefinition: {o.productivity}",
                         f"Unknown productivity definition: {o.productivity}")
    if o.cost not in pr.COST_DEFINITIONS or o.placement_rate not in ("all", "core"):
        raise BenchError("Ugyldig omkostnings- eller placeringsdefinition.", "Invalid cost or placement definition.")
    if o.weights not in em.WEIGHTS:
        raise BenchError(f"Ukendt vægtning: {o.weights}", f"Unknown weights: {o.weights}")
    if o.cluster_source not in CLUSTER_SOURCES or o.cluster_k < 1:
        raise BenchError("Ugyldigt klyngevalg.", "Invalid cluster choice.")
    unknown = [v for v in (o.variables or ()) if v not in ds.framework_names]
    if unknown:
        have = ", ".join(ds.framework_names) or "(ingen)"
        raise BenchError(
            f"Ukendte rammevilkår for {ds.year}: {', '.join(unknown)}. Tilgængelige: {have}.",
            f"Unknown framework variables for {ds.year}: {', '.join(unknown)}. Available: {have}.",
        )


def _own_fit(ds: Dataset, result: YearAnalysis, rate: str) -> dict[str, float]:
    y, X, w, names, left_out = em.design(ds.centres, result.variables, rate, result.options.weights)
    fit = em.fit_point(y, X, result.variables, names, rate, w, result.options.weights)
    result.point_fits[rate] = fit
    if rate == "core":
        for name in left_out:
            result.exclusions.append(Exclusion(
                name, "effect",
                "mangler værdier for et eller flere af modellens rammevilkår; ingen forudsagt "
                "forsørgelsesgrad og effekt.",
                "lacks values for one or more of the model's framework variables; no predicted "
                "rate and effect.",
            ))
    return dict(zip(names, fit.fitted, strict=True))


def _predictions(ds: Dataset, result: YearAnalysis) -> tuple[dict[str, float], dict[str, float]]:
    if result.prediction_source == "published":
        core = {c.jobcenter: c.published["predicted_rate"] for c in ds.centres}
        if ds.has_published_prediction_all:
            return core, {c.jobcenter: c.published["predicted_rate_all"] for c in ds.centres}
        try:
            return core, _own_fit(ds, result, "all")
        except BenchError:
            return core, {}
    return _own_fit(ds, result, "core"), _own_fit(ds, result, "all")


def _models(ds: Dataset, result: YearAnalysis) -> None:
    if not result.options.inference:
        return
    try:
        for rate in em.RATES:
            y, X, w, names, _ = em.design(ds.centres, result.variables, rate, result.options.weights)
            result.models[rate] = em.model_table(y, X, result.variables, names, rate, w, result.options.weights)
    except BenchError as exc:
        if result.prediction_source == "own":
            raise
        result.model_note = str(exc)


def _clusters(ds: Dataset, result: YearAnalysis, predicted_all: dict[str, float]) -> dict[str, int]:
    source = result.options.cluster_source
    if source == "auto":
        source = "published" if ds.has_published_clusters else "computed"
    result.cluster_source = source
    if source == "published":
        if not ds.has_published_clusters:
            raise BenchError("Der er ikke importeret klyngenumre for alle jobcentre; vælg beregnede klynger.",
                             "Cluster numbers are not imported for every centre; choose computed clusters.")
        return {c.jobcenter: c.published_cluster for c in ds.centres}
    if len(predicted_all) < len(ds.centres):
        result.cluster_source = "none"
        result.cluster_note = (
            "Klynger kan ikke beregnes: der mangler en forudsagt forsørgelsesgrad for alle ydelser "
            "(importér klyngenumre, forudsigelser eller rammevilkår)."
        )
        return {}
    result.cluster_notice = cl.size_notice(len(predicted_all), result.options.cluster_k)
    if result.cluster_notice:
        result.cluster_note = result.cluster_notice.text
    return cl.compute_clusters(predicted_all, result.options.cluster_k)


def _centre_result(year, c: CentreData, predicted, predicted_all, cluster_of, o: AnalysisOptions,
                   excl: Exclusion | None) -> CentreResult:
    obs, obs_all = pr.observed_rate(c), pr.observed_rate_all(c)
    pred, pred_all = predicted.get(c.jobcenter), predicted_all.get(c.jobcenter)
    fte = c.total_fte if c.total_fte and c.total_fte > 0 else None
    cost_fte = pr.cost_per_fte(c, o.cost) if fte else None
    variants = {d: pr.cases_per_fte(c, d) for d in pr.PRODUCTIVITY_DEFINITIONS} if fte else {}
    return CentreResult(
        year=year, jobcenter=c.jobcenter, municipality_codes=list(c.municipality_codes),
        region=c.region, cluster=cluster_of.get(c.jobcenter), cluster_size=None, cluster_rank=None,
        fte=fte, full_time_persons=pr.core_persons(c), cases_per_fte=variants.get(o.productivity),
        observed_rate=obs, predicted_rate=pred, effect=None if pred is None else pred - obs,
        observed_rate_all=obs_all, predicted_rate_all=pred_all,
        effect_all=None if pred_all is None or obs_all is None else pred_all - obs_all,
        quadrant=None, population=c.population, cost_per_fte=cost_fte,
        cost_total=None if cost_fte is None else cost_fte * fte, productivity_variants=variants,
        framework=dict(c.framework),
        note=excl.reason if excl else None, note_en=excl.reason_en if excl else None,
    )


def _placements(result: YearAnalysis) -> None:
    key = "observed_rate_all" if result.options.placement_rate == "all" else "observed_rate"
    cluster_of = {c.jobcenter: c.cluster for c in result.centres if c.cluster is not None}
    ranks = cl.placements(cluster_of, {c.jobcenter: getattr(c, key) for c in result.centres})
    for c in result.centres:
        if c.jobcenter in ranks:
            c.cluster_rank, c.cluster_size = ranks[c.jobcenter]


def _summaries(result: YearAnalysis, ds: Dataset) -> None:
    """Cluster and national summaries of the key figures (``comparison``), from the per-centre
    inputs kept in ``result.centre_inputs`` (a saved peer group is summarised from the same)."""
    rows = centre_inputs(result, ds)
    result.centre_inputs = {r.jobcenter: r for r in rows}
    for r in rows:
        if r.staff:
            result.staff_fte[r.jobcenter] = r.staff
    result.cluster_summaries = cmp.summarise_clusters(rows)
    result.national_summary = cmp.summarise(rows)


def centre_inputs(result: YearAnalysis, ds: Dataset) -> list[cmp.CentreInputs]:
    """What a group summary needs of each centre of ``result`` (``comparison.CentreInputs``):
    caseload and FTE under the analysis' productivity definition, all-benefit persons, cost,
    FTE per staff group from the survey."""
    by_name = {c.jobcenter: c for c in ds.centres}
    rows = []
    for r in result.centres:
        c = by_name[r.jobcenter]
        staff = {g: float(v) for g in STAFF_GROUP_FIELDS if (v := c.survey_value(g)) is not None} \
            if c.survey else {}
        has_all = all(k in c.persons for k in ALL_BENEFITS)
        has_prod = r.cases_per_fte is not None
        rows.append(cmp.CentreInputs(
            r.jobcenter, r.cluster, r.population, r.full_time_persons,
            sum(c.persons[k] for k in ALL_BENEFITS) if has_all else None,
            pr.caseload(c, result.options.productivity) if has_prod else None,
            pr.fte_denominator(c, result.options.productivity) if has_prod else None,
            r.cases_per_fte, r.effect, r.predicted_rate, r.predicted_rate_all, r.fte, r.cost_total, staff))
    return rows


def _diagnostic_fits(ds: Dataset, result: YearAnalysis) -> None:
    """Fit the own model for the rates not fitted yet, for its residual diagnostics.

    With published predictions the own model is not the source of the effect, but its fitted
    values and residuals are still the model view's residual plot. A model that cannot be fitted
    (no framework variables, too few centres) simply has no diagnostics.
    """
    for rate in em.RATES:
        if rate in result.point_fits:
            continue
        try:
            y, X, w, names, _ = em.design(ds.centres, result.variables, rate, result.options.weights)
            result.point_fits[rate] = em.fit_point(y, X, result.variables, names, rate, w,
                                                   result.options.weights)
        except BenchError:
            continue


def _measures(result: YearAnalysis) -> tuple[dict[str, float], dict[str, float]]:
    comp = result.compared()
    return {c.jobcenter: c.cases_per_fte for c in comp}, {c.jobcenter: c.effect for c in comp}


def _quadrants(result: YearAnalysis) -> None:
    prod, eff = _measures(result)
    result.thresholds = thresholds(prod, eff)
    quads = classify(prod, eff)
    for c in result.centres:
        c.quadrant = quads.get(c.jobcenter)


def _relationships(result: YearAnalysis) -> None:
    comp = result.compared()
    pairs = [
        ("predicted_rate_all", "cases_per_fte"),
        ("predicted_rate", "cases_per_fte"),
        ("cases_per_fte", "effect"),
    ]
    for x, y in pairs:
        rows = [c for c in comp if getattr(c, x) is not None]
        rel = fit_relationship(x, y, [getattr(c, x) for c in rows], [getattr(c, y) for c in rows],
                               result.options.alpha)
        if rel is not None:
            result.relationships.append(rel)


def _robustness(result: YearAnalysis, ds: Dataset) -> None:
    prod, eff = _measures(result)
    for key, labels in pr.PRODUCTIVITY_DEFINITIONS.items():
        if key == result.options.productivity:
            continue
        variant = {c.jobcenter: c.productivity_variants.get(key) for c in result.compared()}
        variant = {n: v for n, v in variant.items() if v is not None}
        result.robustness.append(compare_variant(key, "productivity", labels, prod, eff, variant))
    eff_all = {c.jobcenter: c.effect_all for c in result.compared() if c.effect_all is not None}
    if eff_all:
        labels = ("Effekt inkl. permanente ydelser", "Effect incl. permanent benefits")
        result.robustness.append(compare_variant("effect_all", "effect", labels, prod, eff, eff_all))
    other = _other_source_effect(result, ds)
    if other:
        labels = (("Effekt med egen model", "Effect from the own model") if result.prediction_source
                  == "published" else ("Effekt med publicerede forudsigelser", "Effect from published predictions"))
        result.robustness.append(compare_variant("effect_other_source", "effect", labels, prod, eff, other))


def _other_source_effect(result: YearAnalysis, ds: Dataset) -> dict[str, float]:
    """The effect with the prediction source not chosen, where it can be computed."""
    observed = {c.jobcenter: c.observed_rate for c in result.compared()}
    if result.prediction_source == "own":
        if not ds.has_published_prediction:
            return {}
        pred = {c.jobcenter: c.published["predicted_rate"] for c in ds.centres}
    else:
        fit = result.point_fits.get("core")  # see _diagnostic_fits
        if fit is None:
            return {}
        pred = dict(zip(fit.jobcentres, fit.fitted, strict=True))
    return {n: pred[n] - obs for n, obs in observed.items() if n in pred}


def _potential(result: YearAnalysis, ds: Dataset) -> None:
    by_name = {c.jobcenter: c for c in ds.centres}
    rows = []
    for r in result.centres:
        if r.cases_per_fte is None:
            continue
        c = by_name[r.jobcenter]
        rows.append(PotentialInput(r.jobcenter, pr.caseload(c, result.options.productivity),
                                   pr.fte_denominator(c, result.options.productivity),
                                   r.cost_per_fte, r.cluster))
    persons_all = sum(r.full_time_persons for r in result.centres)
    persons_rows = sum(r.full_time_persons for r in result.centres if r.cases_per_fte is not None)
    uplift = persons_all / persons_rows if persons_rows > 0 else 1.0
    result.potential = all_benchmarks(rows, uplift)


def with_options(options: AnalysisOptions, **changes) -> AnalysisOptions:
    """A copy of ``options`` with some fields changed (for the GUI's controls)."""
    return replace(options, **changes)


def finite(value: float | None) -> bool:
    """True for a real number (not ``None``, NaN or infinite): what a chart may plot."""
    return value is not None and math.isfinite(value)
