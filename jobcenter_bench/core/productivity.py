"""Case productivity (sagsproduktivitet), dependency rates (forsørgelsesgrad) and cost per FTE.

Definitions (the report's ch. 3.2; alternatives for the robustness check):

``total`` (default, the report's definition)
    full-time persons on ADP + KTH + SDP in the centre's municipalities / total FTE (the five
    staff groups: caseworkers, company consultants, case-support admin, management, staff
    functions). Unit: full-time persons per FTE (fuldtidspersoner pr. årsværk).
``case_related``
    the same persons / case-related FTE only (caseworkers + company consultants + case-support
    administrative staff).
``incl_flex``
    ADP + KTH + SDP + ledighedsydelse persons / total FTE.
``excl_management``
    ADP + KTH + SDP persons / (total FTE − management FTE).

Observed dependency rate (observeret forsørgelsesgrad), in %: full-time persons / population
16–64 × 100, for ADP + KTH + SDP (``observed_rate``) and for all benefits incl. permanent ones
(``observed_rate_all``). Several municipalities are aggregated by summing persons and population.

Cost per FTE (omkostning pr. årsværk), DKK per FTE per year: (salaries + other services) / total
FTE (``full``, the default, since the report's cost base includes other services), or salaries /
total FTE (``salary``).
"""

from __future__ import annotations

from jobcenter_bench.core.dataset import CentreData
from jobcenter_bench.core.fields import ALL_BENEFITS

PRODUCTIVITY_DEFINITIONS: dict[str, tuple[str, str]] = {
    "total": ("ADP+KTH+SDP pr. årsværk i alt", "ADP+KTH+SDP per total FTE"),
    "case_related": ("ADP+KTH+SDP pr. sagsrelateret årsværk", "ADP+KTH+SDP per case-related FTE"),
    "incl_flex": ("Inkl. ledighedsydelse pr. årsværk i alt", "Incl. ledighedsydelse per total FTE"),
    "excl_management": ("ADP+KTH+SDP pr. årsværk ekskl. ledelse", "ADP+KTH+SDP per FTE excl. management"),
}
COST_DEFINITIONS = ("full", "salary")
CASE_RELATED_FTE = ("fte_caseworkers", "fte_company_consultants", "fte_case_admin")


def core_persons(centre: CentreData) -> float:
    """Full-time persons on ADP + KTH + SDP (the caseload); persons per year."""
    return centre.core_persons


def observed_rate(centre: CentreData) -> float:
    """Observed ADP+KTH+SDP dependency rate in % of the population aged 16–64."""
    return core_persons(centre) / centre.population * 100.0


def observed_rate_all(centre: CentreData) -> float | None:
    """Observed all-benefits dependency rate in %; ``None`` if a benefit is missing."""
    if not all(k in centre.persons for k in ALL_BENEFITS):
        return None
    return sum(centre.persons[k] for k in ALL_BENEFITS) / centre.population * 100.0


def fte_denominator(centre: CentreData, definition: str = "total") -> float | None:
    """The FTE the caseload is divided by under ``definition``; ``None`` if not positive."""
    total = centre.total_fte
    if total is None:
        return None
    if definition in ("total", "incl_flex"):
        fte = total
    elif definition == "case_related":
        parts = [centre.survey_value(k) for k in CASE_RELATED_FTE]
        fte = sum(p for p in parts if p is not None)
    elif definition == "excl_management":
        fte = total - (centre.survey_value("fte_management") or 0.0)
    else:
        raise ValueError(f"unknown productivity definition {definition!r}")
    return fte if fte > 0 else None


def caseload(centre: CentreData, definition: str = "total") -> float:
    """Full-time persons counted under ``definition`` (adds ledighedsydelse for ``incl_flex``)."""
    persons = core_persons(centre)
    if definition == "incl_flex":
        persons += centre.persons.get("persons_flex", 0.0)
    return persons


def cases_per_fte(centre: CentreData, definition: str = "total") -> float | None:
    """Case productivity: full-time persons per FTE under ``definition``; ``None`` without FTE."""
    fte = fte_denominator(centre, definition)
    if fte is None:
        return None
    return caseload(centre, definition) / fte


def cost_per_fte(centre: CentreData, definition: str = "full") -> float | None:
    """DKK per FTE per year: (salaries + other services) / total FTE, or salaries only."""
    fte = centre.total_fte
    salaries = centre.survey_value("cost_salaries")
    if not fte or fte <= 0 or salaries is None:
        return None
    if definition == "salary":
        return salaries / fte
    if definition != "full":
        raise ValueError(f"unknown cost definition {definition!r}")
    return (salaries + (centre.survey_value("cost_other_services") or 0.0)) / fte
