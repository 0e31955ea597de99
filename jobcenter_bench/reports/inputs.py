"""What a report shows, as plain data (rapportens indhold).

``collect.py`` fills these records from the analysis core and the lever engine, copying their
numbers field by field; the PDF writers and the workbook only format them. Keeping the records
here lets the document code be tested on hand-made numbers and keeps the core's result objects
out of the layout code. Field names follow the core's JSON contracts (issue 3 item 11, issue 4
item 8). Units: rates and effects in % / percentage points, DKK per year, hours per year.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class CentreFigures:
    """One job centre's key figures for one year, as the analysis core computed them."""

    jobcenter: str
    region: str = ""
    municipality_codes: tuple[int, ...] = ()
    municipalities: tuple[str, ...] = ()  # names, same order as the codes
    cluster: int | None = None
    cluster_size: int | None = None
    cluster_rank: int | None = None
    fte: float | None = None  # total staff FTE (årsværk)
    full_time_persons: float | None = None  # ADP + KTH + SDP full-time persons per year
    cases_per_fte: float | None = None  # case productivity (sager pr. årsværk)
    observed_rate: float | None = None  # %, ADP + KTH + SDP
    predicted_rate: float | None = None  # %
    effect: float | None = None  # percentage points, predicted − observed
    observed_rate_all: float | None = None  # %, all benefits
    predicted_rate_all: float | None = None  # %
    quadrant: str | None = None  # key, e.g. "resource_efficient"
    quadrant_label: str = ""
    cost_per_fte: float | None = None  # DKK per FTE per year
    note: str = ""  # why a figure is missing (e.g. no survey answer)


@dataclass
class GroupFigures:
    """A cluster's or the country's summary, as ``core.comparison`` computed it.

    Cases per FTE and cost per FTE are aggregates (Σ persons / Σ FTE, Σ cost / Σ FTE), rates
    Σ persons / Σ population × 100 (predicted: population-weighted), ``effect_mean`` the
    unweighted mean over centres (``effect_weighted``: population-weighted), ``fte_mean`` and
    ``full_time_persons_mean`` means per centre.
    """

    cluster: int | None = None
    n_centres: int = 0
    n_productivity: int = 0
    n_effect: int = 0
    cases_per_fte: float | None = None  # persons per FTE, aggregate
    cases_per_fte_median: float | None = None
    cases_per_fte_min: float | None = None
    cases_per_fte_max: float | None = None
    effect_mean: float | None = None  # percentage points
    effect_weighted: float | None = None
    observed_rate: float | None = None  # %
    predicted_rate: float | None = None
    observed_rate_all: float | None = None
    predicted_rate_all: float | None = None
    cost_per_fte: float | None = None  # DKK per FTE per year
    fte_mean: float | None = None
    full_time_persons_mean: float | None = None


@dataclass
class Coefficient:
    """One row of the regression table (``name`` ``"const"`` is the intercept)."""

    name: str
    label: str
    estimate: float
    std_error: float
    t: float
    p: float
    ci_low: float
    ci_high: float


@dataclass
class Regression:
    """The effect model's inference table."""

    rate: str
    variables: tuple[str, ...]
    coefficients: list[Coefficient]
    r_squared: float
    r_squared_adj: float
    n: int
    weights: str | None = None
    influential: list[str] = field(default_factory=list)


@dataclass
class Relationship:
    """A relationship test of the report's figure 6 (slope, CI, p, Pearson, Spearman)."""

    label: str
    n: int
    slope: float
    slope_ci_low: float
    slope_ci_high: float
    slope_p: float
    pearson_r: float
    spearman_rho: float


@dataclass
class TimeCategory:
    """Hours per FTE per year in one figure-4 category: national mean and min–max."""

    key: str
    label: str
    national: float | None
    minimum: float | None
    maximum: float | None


@dataclass
class BenchmarkTotal:
    """One benchmark of the benchmark-based potential, national totals."""

    key: str
    label: str
    freed_fte: float
    dkk: float
    centres_below: int
    dkk_uplifted: float | None = None  # scaled to all centres incl. non-respondents


@dataclass
class LeverFigures:
    """One lever in one scope (a centre or the country); hours and DKK per year."""

    id: str
    name: str
    area: str
    binding: str
    horizon: str
    quantified: bool
    low_hours: float | None = None
    high_hours: float | None = None
    low_dkk: float | None = None
    high_dkk: float | None = None
    note: str = ""  # why it is not quantified


@dataclass
class LeverSummary:
    """All levers for one scope with the totals the engine computed (gross before overlap)."""

    scope: str
    levers: list[LeverFigures]
    gross_low_dkk: float
    gross_high_dkk: float
    overlap_low_dkk: float
    overlap_high_dkk: float
    total_low_dkk: float
    total_high_dkk: float
    by_area: dict[str, tuple[float, float]] = field(default_factory=dict)
    by_binding: dict[str, tuple[float, float]] = field(default_factory=dict)
    by_horizon: dict[str, tuple[float, float]] = field(default_factory=dict)
    cost_base_dkk: float | None = None


@dataclass
class BusinessCaseYear:
    """One year of a business case (DKK)."""

    year: int
    gross: float
    investment: float
    net: float  # gross - overlap - investment
    cumulative: float
    overlap: float = 0.0  # deduction for levers that share the same hours


@dataclass
class BusinessCase:
    """A saved business case for a centre."""

    jobcenter: str
    name: str
    years: list[BusinessCaseYear]
    payback_year: int | None
    levers: list[str]
    owners: dict[str, str] = field(default_factory=dict)  # lever id -> gevinstansvarlig
    saved: bool = True  # False: the default case (management-remit levers), not saved


@dataclass
class Source:
    """One imported file from the import log."""

    file_name: str
    kind: str
    imported_at: str
    rows: int
    sha256: str = ""
    kind_label: str = ""  # the kind's name in the report language (``kind`` is the code)


@dataclass
class Assumption:
    """One scenario assumption (name, value, unit, lever id or empty)."""

    name: str
    value: float | str | None
    unit: str = ""
    lever: str = ""
    low: float | None = None
    high: float | None = None


@dataclass
class ExcludedCentre:
    """A job centre the analysis left out entirely, with the core's reason (Danish, English)."""

    jobcenter: str
    reason: str
    reason_en: str

    def text(self, lang: str = "da") -> str:
        return self.reason_en if lang == "en" else self.reason


@dataclass
class ReportInput:
    """Everything the reports of one year and scenario need, from the core."""

    year: int
    centres: list[CentreFigures]
    sources: list[Source] = field(default_factory=list)
    is_sample: bool = False
    db_path: str = ""
    scenario: str = ""
    prediction_source: str = ""
    productivity_median: float | None = None
    effect_mean: float | None = None
    national_summary: GroupFigures | None = None
    cluster_summaries: dict[int, GroupFigures] = field(default_factory=dict)
    regression: Regression | None = None
    framework_variables: list[str] = field(default_factory=list)
    relationships: list[Relationship] = field(default_factory=list)
    time_categories: list[TimeCategory] = field(default_factory=list)
    centre_hours: dict[str, dict[str, float | None]] = field(default_factory=dict)
    benchmarks: list[BenchmarkTotal] = field(default_factory=list)
    levers_national: LeverSummary | None = None
    levers_by_centre: dict[str, LeverSummary] = field(default_factory=dict)
    business_cases: dict[str, BusinessCase] = field(default_factory=dict)  # saved ones
    default_business_cases: dict[str, BusinessCase] = field(default_factory=dict)  # the others
    excluded: list[ExcludedCentre] = field(default_factory=list)
    assumptions: list[Assumption] = field(default_factory=list)
    area_labels: dict[str, str] = field(default_factory=dict)

    def centre(self, name: str) -> CentreFigures:
        """The record of job centre ``name`` (exact name as in the database)."""
        for c in self.centres:
            if c.jobcenter == name:
                return c
        raise KeyError(name)

    def exclusion(self, name: str) -> ExcludedCentre | None:
        """Why centre ``name`` is not in ``centres`` (``None`` if it is not excluded)."""
        return next((e for e in self.excluded if e.jobcenter == name), None)
