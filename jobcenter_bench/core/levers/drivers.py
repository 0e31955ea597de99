"""Per-centre lever drivers (drivere) for one year, as numpy arrays.

:class:`CentreDrivers` holds one float array per survey field (NaN where a centre did not
answer) plus the derived drivers the catalogue's terms name:

==========================  =====================================================================
fte_total                   sum of the five staff-group FTE (årsværk i alt)
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

The cluster (klynge) of a centre is the published ``cluster`` register variable of its main
municipality (the first municipality that has one); without published clusters they are
computed from the predicted all-benefits rate; -1 when unknown.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from jobcenter_bench.core import geography
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
        return cls(year=year, names=names, arrays=arrays, cluster=cluster)

    @classmethod
    def from_store(cls, store, year: int | None = None) -> CentreDrivers:
        """Read the current survey answers of ``year`` (default: the newest year) from a Store."""
        if year is None:
            years = sorted({r["year"] for r in store.survey_answers()})
            if not years:
                raise NoDataError("Databasen har ingen besvarelser", "The database has no survey answers")
            year = years[-1]
        rows = store.survey_answers(year)
        return cls.from_rows(year, rows, clusters_from_register(store.register_wide(year), year))


def clusters_from_register(wide: dict[int, dict[str, float]], year: int | None = None) -> dict[str, int]:
    """Cluster per job centre: the published ``cluster`` variable of its first municipality that
    has one; when any centre lacks it, all are computed from the population-weighted predicted
    all-benefits rate (``predicted_rate_all``) as in :mod:`jobcenter_bench.core.clusters`.
    ``year`` picks that year's grouping of municipalities into centres (None: current)."""
    published: dict[str, int] = {}
    predicted: dict[str, float] = {}
    for centre in geography.jobcentres(year):
        rows = [wide.get(code, {}) for code in centre.municipality_codes]
        for row in rows:
            value = row.get("cluster")
            if value is not None and not np.isnan(value):
                published[centre.name] = int(round(value))
                break
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
    fte = np.sum([a[k] for k in STAFF_GROUP_FIELDS], axis=0)
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
