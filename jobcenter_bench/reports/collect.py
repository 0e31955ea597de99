"""Fill a ``ReportInput`` from the database: the analysis core, the lever engine, the import log.

This is the only module of ``reports`` that calls the cores. It copies their results field by
field into the plain records of ``inputs`` (with labels in the report's language) and computes
nothing of its own.
"""

from __future__ import annotations

from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.store import Store
from jobcenter_bench.reports import inputs as ri

_PREDICTION_SOURCE = {
    "published": ("publicerede forudsigelser (importeret)", "published predictions (imported)"),
    "own": ("egen regressionsmodel på rammevilkår", "own regression on framework conditions"),
}
_ESTIMATES = {
    "low": ("lavt skøn", "low estimate"),
    "mid": ("middelskøn", "mid estimate"),
    "high": ("højt skøn", "high estimate"),
}
_RELATIONSHIP_VARS = {
    "cases_per_fte": ("sager pr. årsværk", "cases per FTE"),
    "effect": ("effekt", "effect"),
    "predicted_rate": ("forventet forsørgelsesgrad ADP+KTH+SDP",
                       "predicted rate ADP+KTH+SDP"),
    "predicted_rate_all": ("forventet forsørgelsesgrad alle ydelser",
                           "predicted rate all benefits"),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def collect(store: Store, year: int | None = None, scenario: str | None = None,
            lang: str = "da", analysis=None) -> ri.ReportInput:
    """Everything the reports of ``year`` need, in ``lang``.

    ``analysis`` may be a ``YearAnalysis`` the caller already has (the GUI does); otherwise
    ``core.analysis.analyse(store, year)`` runs with the default options.
    """
    from jobcenter_bench.core.analysis import analyse

    result = analysis if analysis is not None else analyse(store, year)
    data = ri.ReportInput(
        year=result.year,
        centres=[centre_figures(c, lang) for c in result.centres],
        sources=sources(store, lang),
        excluded=excluded_centres(result),
        is_sample=store.meta("is_sample") == "1",
        db_path=str(store.path),
        prediction_source=_pick(_PREDICTION_SOURCE.get(result.prediction_source, (
            result.prediction_source, result.prediction_source)), lang),
    )
    if result.thresholds is not None:
        data.productivity_median = result.thresholds.productivity_median
        data.effect_mean = result.thresholds.effect_mean
    if result.national_summary is not None:
        data.national_summary = group_figures(result.national_summary)
    data.cluster_summaries = {k: group_figures(s) for k, s in result.cluster_summaries.items()}
    labels = variable_labels(store, lang)
    data.framework_variables = [labels.get(v, v) for v in result.variables]
    model = result.models.get("core")
    if model is not None:
        data.regression = regression(model, labels, lang)
    data.relationships = [relationship(r, lang) for r in result.relationships]
    if result.time_use is not None:
        data.time_categories = [
            ri.TimeCategory(s.key, s.label_en if lang == "en" else s.label, s.national,
                            s.minimum, s.maximum)
            for s in result.time_use.categories
        ]
        data.centre_hours = dict(result.time_use.centres)
    _levers(store, result.year, scenario, lang, data)
    data.benchmarks = [
        ri.BenchmarkTotal(b.key, b.label_en if lang == "en" else b.label, b.total_freed_fte,
                          b.total_dkk, len(b.centres), b.total_dkk_uplifted)
        for b in result.potential
    ]
    return data


def excluded_centres(result) -> list[ri.ExcludedCentre]:
    """Centres the analysis left out entirely (scope ``all``), with the core's reason."""
    present = {c.jobcenter for c in result.centres}
    out: dict[str, ri.ExcludedCentre] = {}
    for e in result.exclusions:
        if e.scope != "all" or e.jobcenter in present:
            continue
        prev = out.get(e.jobcenter)
        out[e.jobcenter] = e if prev is None else ri.ExcludedCentre(
            e.jobcenter, f"{prev.reason} {e.reason}", f"{prev.reason_en} {e.reason_en}")
    return [ri.ExcludedCentre(e.jobcenter, e.reason, e.reason_en) for e in out.values()]


def centre_figures(c, lang: str) -> ri.CentreFigures:
    """A ``CentreResult`` of the analysis as a report record (same numbers)."""
    from jobcenter_bench.core.classification import QUADRANTS
    from jobcenter_bench.core.geography import municipality_by_code

    label = _pick(QUADRANTS[c.quadrant], lang) if c.quadrant in QUADRANTS else ""
    return ri.CentreFigures(
        jobcenter=c.jobcenter, region=c.region, municipality_codes=tuple(c.municipality_codes),
        municipalities=tuple(municipality_by_code()[m].name if m in municipality_by_code() else str(m)
                             for m in c.municipality_codes),
        cluster=c.cluster, cluster_size=c.cluster_size, cluster_rank=c.cluster_rank, fte=c.fte,
        full_time_persons=c.full_time_persons, cases_per_fte=c.cases_per_fte,
        observed_rate=c.observed_rate, predicted_rate=c.predicted_rate, effect=c.effect,
        observed_rate_all=c.observed_rate_all, predicted_rate_all=c.predicted_rate_all,
        quadrant=c.quadrant, quadrant_label=label, cost_per_fte=c.cost_per_fte,
        note=(c.note_en if lang == "en" else c.note) or "",
    )


def group_figures(summary) -> ri.GroupFigures:
    """A ``comparison.GroupSummary`` of the analysis as a report record (same numbers)."""
    from dataclasses import fields

    return ri.GroupFigures(**{f.name: getattr(summary, f.name) for f in fields(ri.GroupFigures)})


def sources(store: Store, lang: str = "da") -> list[ri.Source]:
    """The import log, oldest first, with each file kind's name in ``lang``."""
    from jobcenter_bench.core.importing.parsed import KIND_NAMES

    def label(kind: str) -> str:
        return _pick(KIND_NAMES.get(kind, (kind, kind)), lang)

    return [ri.Source(r["file_name"], r["kind"], r["imported_at"], r["rows"], r["sha256"],
                      label(r["kind"]))
            for r in reversed(store.imports())]


def variable_labels(store: Store, lang: str) -> dict[str, str]:
    """Register variable name -> label in ``lang`` (falls back to the name)."""
    key = "label_en" if lang == "en" else "label_da"
    return {v["name"]: v[key] or v["name"] for v in store.variables()}


def regression(model, labels: dict[str, str], lang: str) -> ri.Regression:
    """The core's ``ModelTable`` as a report record."""
    const = "Konstant" if lang == "da" else "Intercept"
    return ri.Regression(
        rate=model.rate, variables=tuple(model.variables),
        coefficients=[ri.Coefficient(c.name, const if c.name == "const" else labels.get(c.name, c.name),
                                     c.estimate, c.std_error, c.t, c.p, c.ci_low, c.ci_high)
                      for c in model.coefficients],
        r_squared=model.r_squared, r_squared_adj=model.r_squared_adj, n=model.n,
        weights=model.weights, influential=[i.jobcenter for i in model.influential],
    )


def relationship(rel, lang: str) -> ri.Relationship:
    """A relationship test of the analysis as a report record, labelled "y mod x"."""
    x = _pick(_RELATIONSHIP_VARS.get(rel.x, (rel.x, rel.x)), lang)
    y = _pick(_RELATIONSHIP_VARS.get(rel.y, (rel.y, rel.y)), lang)
    label = f"{y} {'against' if lang == 'en' else 'mod'} {x}"
    return ri.Relationship(label[0].upper() + label[1:], rel.n, rel.slope, rel.slope_ci_low,
                           rel.slope_ci_high, rel.slope_p, rel.pearson_r, rel.spearman_rho)


def _levers(store: Store, year: int, scenario: str | None, lang: str, data: ri.ReportInput) -> None:
    """Lever summaries (national and per centre), scenario name and assumptions."""
    from jobcenter_bench.core.levers.catalogue import AREAS, catalogue
    from jobcenter_bench.core.levers.engine import LeverEngine
    from jobcenter_bench.core.scenarios import load_scenario

    cat = catalogue()
    sc = load_scenario(store, scenario, cat)
    results = LeverEngine.from_store(store, year).evaluate(sc)
    data.scenario = sc.name
    data.area_labels = {a: f"{a} {_pick(names, lang)}" for a, names in AREAS.items()}
    reasons = {lv.id: lv.unquantified_reason for lv in cat.levers}
    data.levers_national = lever_summary(results.national(), lang, reasons)
    data.levers_by_centre = {s.scope: lever_summary(s, lang, reasons) for s in results.per_centre()}
    data.assumptions = assumptions(sc, cat, lang)
    data.business_cases = saved_business_cases(sc, results, lang)
    data.default_business_cases = default_business_cases(results, set(data.business_cases), lang)


def _case_name(case, lang: str) -> str:
    """``Herning, Standard (lavt skøn)``: centre, scenario and the estimate used."""
    estimate = _pick(_ESTIMATES.get(case.estimate, (case.estimate, case.estimate)), lang)
    return f"{case.jobcenter}, {case.scenario} ({estimate})"


def saved_business_cases(sc, results, lang: str = "da") -> dict:
    """The business cases saved in the scenario, built by the core (``{centre: BusinessCase}``)."""
    from jobcenter_bench.core.business_case import BusinessCaseInputs, build_business_case

    out = {}
    for centre, raw in sorted(sc.business_cases.items()):
        try:
            inputs = BusinessCaseInputs.from_dict(raw)
        except (TypeError, ValueError) as exc:
            raise BenchError(
                f"Den gemte business case for {centre} i scenariet '{sc.name}' er ugyldig: {exc}",
                f"The saved business case for {centre} in scenario '{sc.name}' is invalid: {exc}",
            ) from exc
        case = build_business_case(results, centre, inputs)
        out[centre] = business_case(case, _case_name(case, lang))
    return out


def default_business_cases(results, saved: set[str], lang: str) -> dict:
    """The core's default business case (every quantified lever within management remit, low
    estimate, default phase-in) for each centre without a saved one, marked not saved."""
    from jobcenter_bench.core.business_case import build_business_case

    mark = "default (not saved)" if lang == "en" else "standard (ikke gemt)"
    out = {}
    for centre in results.centres:
        if centre in saved:
            continue
        case = build_business_case(results, centre)
        out[centre] = business_case(case, f"{_case_name(case, lang)}, {mark}", saved=False)
    return out


def business_case(case, name: str, saved: bool = True) -> ri.BusinessCase:
    """A ``core.business_case.BusinessCase`` as a report record (same numbers)."""
    return ri.BusinessCase(
        jobcenter=case.jobcenter,
        name=name,
        years=[ri.BusinessCaseYear(y.year, y.gross, y.investments, y.net, y.cumulative, y.overlap)
               for y in case.years],
        payback_year=case.payback_year,
        levers=[lv["id"] for lv in case.levers],
        owners={lv["id"]: lv["owner"] for lv in case.levers if lv.get("owner")},
        saved=saved,
    )


def lever_summary(s, lang: str, reasons: dict[str, str]) -> ri.LeverSummary:
    """A ``ScopeSummary`` of the lever engine as a report record (same numbers)."""

    def pairs(groups: dict[str, dict[str, float]]) -> dict[str, tuple[float, float]]:
        return {k: (v["low_dkk"], v["high_dkk"]) for k, v in groups.items()}

    return ri.LeverSummary(
        scope=s.scope,
        levers=[ri.LeverFigures(r.id, r.name_en if lang == "en" else r.name_da, r.area, r.binding,
                                r.horizon, r.quantified, r.low_hours, r.high_hours, r.low_dkk,
                                r.high_dkk, "" if r.quantified else reasons.get(r.id, ""))
                for r in s.levers],
        gross_low_dkk=s.gross_low_dkk, gross_high_dkk=s.gross_high_dkk,
        overlap_low_dkk=s.overlap_low_dkk, overlap_high_dkk=s.overlap_high_dkk,
        total_low_dkk=s.total_low_dkk, total_high_dkk=s.total_high_dkk,
        by_area=pairs(s.by_area), by_binding=pairs(s.by_binding), by_horizon=pairs(s.by_horizon),
        cost_base_dkk=s.cost_base_dkk,
    )


def assumptions(sc, cat, lang: str) -> list[ri.Assumption]:
    """The scenario's assumptions, lever parameters (low/high) and realisation shares, with
    the labels and units of ``core.scenarios`` and the lever catalogue in ``lang``."""
    from jobcenter_bench.core.scenarios import (
        ASSUMPTION_LABELS,
        AVERAGE_LABELS,
        assumption_label,
        unit_label,
    )

    out = []
    for key, value in sc.assumptions.items():
        unit = ASSUMPTION_LABELS.get(key, ("", "", ""))[2]
        if key == "average" and value in AVERAGE_LABELS:
            value = _pick(AVERAGE_LABELS[value], lang)
        out.append(ri.Assumption(assumption_label(key, lang), value, unit_label(unit, lang)))
    for lever in cat.levers:
        for p in lever.parameters:
            low, high = sc.parameters.get(lever.id, {}).get(p.key, (p.low, p.high))
            out.append(ri.Assumption(p.label(lang), None, unit_label(p.unit, lang), lever.id, low, high))
        share = sc.realisation.get(lever.id)
        if share is not None:
            label = "Realiseringsgrad" if lang == "da" else "Realisation share"
            out.append(ri.Assumption(label, share, unit_label("share", lang), lever.id))
    return out
