"""Per-centre lever drivers (drivere) for one year, as numpy arrays.

:class:`CentreDrivers` holds one float array per survey field (NaN where a centre did not
answer) plus the derived drivers the catalogue's terms name:

==========================  =====================================================================
fte_total                   sum of the staff-group FTE answered (årsværk i alt, ``dataset.total_fte``)
fte_case_related            caseworkers + company consultants + case-support admin (A9)
fte_adp_caseworkers         FTE on ADP x the centre's caseworker share of FTE (A5)
staff_function_share        staff-function FTE / total FTE (B4)
salary_per_fte              salaries incl. pension / total FTE, DKK (D4, hourly cost)
interview_X_total_min       preparation + interview + follow-up minutes, X = adp, kth, sdp (C3, A1)
interviews_total            interviews on ADP + KTH + SDP (E4)
not_central_summons         1 - central_summons (D2)
no_digital_checkin          1 - digital_checkin (E4)
not_large_city              0 for København, Aarhus, Odense and Aalborg, else 1 (B1)
cost_base                   salaries + other services, DKK (the share of the cost base)
==========================  =====================================================================

One model of a centre: the drivers of a year are built from the analysis' per-year centre table
(:meth:`CentreDrivers.from_dataset`, used by ``core.session``), so total FTE, cluster (the
analysis' cluster), the exclusion and its reason are the analysis' own. A database with survey
answers but no register data for the year (the levers need no register figure) falls back to the
survey rows with the same rules (``dataset.total_fte``, ``dataset.published_cluster``,
``dataset.survey_problem``); -1 when a cluster is unknown.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from jobcenter_bench.core import geography
from jobcenter_bench.core.dataset import published_cluster, survey_problem, total_fte
from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.fields import STAFF_GROUP_FIELDS, survey_fields

#: The four largest cities, where the report does not compute B1 (l. 3070-3071).
LARGE_CITIES = ("København", "Aarhus", "Odense", "Aalborg")


def centre_position(names: list[str] | tuple[str, ...], name: str, year: int) -> int:
    """Position of job centre ``name`` in ``names``; a clear error when it has no answer that year."""
    try:
        return names.index(name)
    except ValueError:
        raise BenchError(
            f"Jobcentret '{name}' har ingen besvarelse for {year}",
            f"Job centre '{name}' has no answer for {year}",
        ) from None


class NoDataError(BenchError):
    """The database has no survey answers for the year asked for."""


@dataclass
class CentreDrivers:
    """Drivers of all answering centres for one year.

    ``names`` are the centres in a fixed order; ``arrays[name]`` has one float per centre;
    ``cluster`` one int per centre (-1 unknown).
    """

    year: int
    names: tuple[str, ...]
    arrays: dict[str, np.ndarray]
    cluster: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=int))
    #: Centres whose potential cannot be computed -> reason (Danish, English), ``dataset.survey_problem``.
    excluded: dict[str, tuple[str, str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.cluster.size == 0:
            self.cluster = np.full(len(self.names), -1, dtype=int)
        _add_derived(self)

    def __getitem__(self, name: str) -> np.ndarray:
        try:
            return self.arrays[name]
        except KeyError:
            raise KeyError(f"unknown lever driver {name!r}") from None

    def has_clusters(self) -> bool:
        return bool(np.all(self.cluster >= 0))

    def index(self, name: str) -> int:
        return centre_position(self.names, name, self.year)

    @classmethod
    def from_rows(cls, year: int, rows: list[dict], clusters: dict[str, int] | None = None) -> CentreDrivers:
        """Build from survey rows (dicts with ``jobcenter`` and field keys)."""
        if not rows:
            raise NoDataError(f"Ingen besvarelser for {year}", f"No survey answers for {year}")
        names = tuple(r["jobcenter"] for r in rows)
        arrays = {}
        for f in survey_fields():
            arrays[f.key] = np.array(
                [np.nan if r.get(f.key) is None else float(r[f.key]) for r in rows], dtype=float
            )
        clusters = clusters or {}
        cluster = np.array([int(clusters.get(n, -1)) for n in names], dtype=int)
        excluded = {}
        for r in rows:
            reason = survey_problem(r, total_fte(r))
            if reason is not None:
                excluded[r["jobcenter"]] = _lever_reason(r["jobcenter"], reason)
        return cls(year=year, names=names, arrays=arrays, cluster=cluster, excluded=excluded)

    @classmethod
    def from_dataset(cls, ds, clusters: dict[str, int | None]) -> CentreDrivers:
        """The drivers of the centres of an analysis ``Dataset`` that answered the survey.

        ``clusters``: the analysis' cluster per centre (``CentreResult.cluster``), so the lever
        averages by cluster use the very clusters the analysis shows.
        """
        rows = [{**c.survey, "jobcenter": c.jobcenter} for c in ds.centres if c.survey is not None]
        known = {n: c for n, c in clusters.items() if c is not None}
        return cls.from_rows(ds.year, rows, known)

    @classmethod
    def from_store(cls, store, year: int | None = None) -> CentreDrivers:
        """The drivers of ``year`` (default: the newest year with data, ``dataset.choose_year``).

        With register data for the year they come from the analysis' centre table (the same
        model of a centre the analysis uses); without, from the survey rows alone.
        """
        from jobcenter_bench.core.dataset import choose_year

        year = choose_year(store, year)
        if store.register_wide(year):
            from jobcenter_bench.core.analysis import AnalysisOptions, analyse, cached_dataset

            try:
                result = analyse(store, year, AnalysisOptions(inference=False))
            except BenchError:
                result = None
            if result is not None:
                clusters = {c.jobcenter: c.cluster for c in result.centres}
                return cls.from_dataset(cached_dataset(store, year), clusters)
        rows = store.survey_answers(year)
        return cls.from_rows(year, rows, clusters_from_register(store.register_wide(year), year))


def _lever_reason(name: str, reason: tuple[str, str]) -> tuple[str, str]:
    """``survey_problem``'s reason as a lever note: 'Thisted er ikke regnet med: har 0 årsværk …'."""
    return (f"{name} er ikke regnet med i forbedringspotentialet: {reason[0]}",
            f"{name} is left out of the improvement potential: {reason[1]}")


def clusters_from_register(wide: dict[int, dict[str, float]], year: int | None = None) -> dict[str, int]:
    """Cluster per job centre for a year whose analysis cannot run: the published ``cluster``
    variable by ``dataset.published_cluster`` (the most populous municipality's); when any centre
    lacks it, all are computed from the population-weighted predicted all-benefits rate
    (``predicted_rate_all``) as in :mod:`jobcenter_bench.core.clusters`. ``year`` picks that
    year's grouping of municipalities into centres (None: current)."""
    published: dict[str, int] = {}
    predicted: dict[str, float] = {}
    for centre in geography.jobcentres(year):
        rows = [wide.get(code, {}) for code in centre.municipality_codes]
        pops = [r.get("population_16_64") or 0.0 for r in rows]
        cluster = published_cluster(rows, pops)
        if cluster is not None:
            published[centre.name] = cluster
        pairs = [(r.get("predicted_rate_all"), r.get("population_16_64") or 1.0) for r in rows]
        pairs = [(v, w) for v, w in pairs if v is not None and not np.isnan(v)]
        if pairs:
            predicted[centre.name] = sum(v * w for v, w in pairs) / sum(w for _, w in pairs)
    if len(published) == len(geography.jobcentres(year)) or not predicted:
        return published
    from jobcenter_bench.core.clusters import compute_clusters

    return compute_clusters(predicted)


def _div(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        out = a / b
    out[~np.isfinite(out)] = np.nan
    return out


def _add_derived(d: CentreDrivers) -> None:
    a = d.arrays
    groups = np.array([a[k] for k in STAFF_GROUP_FIELDS])
    # the staff groups answered, summed (``dataset.total_fte``); NaN when none is answered
    fte = np.where(np.isnan(groups).all(axis=0), np.nan, np.nansum(groups, axis=0))
    a["fte_total"] = fte
    a["fte_case_related"] = a["fte_caseworkers"] + a["fte_company_consultants"] + a["fte_case_admin"]
    a["fte_adp_caseworkers"] = a["fte_area_adp"] * _div(a["fte_caseworkers"], fte)
    a["staff_function_share"] = _div(a["fte_staff_functions"], fte)
    a["salary_per_fte"] = _div(a["cost_salaries"], fte)
    for area in ("adp", "kth", "sdp"):
        a[f"interview_{area}_total_min"] = (
            a[f"interview_{area}_prep_min"] + a[f"interview_{area}_conv_min"] + a[f"interview_{area}_followup_min"]
        )
    a["interviews_total"] = a["interviews_adp"] + a["interviews_kth"] + a["interviews_sdp"]
    a["not_central_summons"] = 1.0 - a["central_summons"]
    a["no_digital_checkin"] = 1.0 - a["digital_checkin"]
    a["not_large_city"] = np.array([0.0 if n in LARGE_CITIES else 1.0 for n in d.names])
    a["cost_base"] = np.nan_to_num(a["cost_salaries"]) + np.nan_to_num(a["cost_other_services"])
