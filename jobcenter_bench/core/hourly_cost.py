"""Hourly cost (timepris) per job centre, from the centre's own cost data.

The report turns freed hours into DKK but does not state its hourly cost (the appendix is
missing). We follow the arithmetic of the KL/KOMBIT business-case note (seed 002, l. 385-415):

    hourly cost = (yearly salary incl. pension per FTE + overhead per FTE) / effective hours per FTE

with the centre's own salary per FTE = its salaries incl. pension (survey field
``cost_salaries``) / its total FTE. Seed 002's example: DKK 30,000 a month gives DKK 421,200
incl. 17 % pension, plus DKK 120,000 overhead = DKK 541,200 a year; over 1,154 effective hours
(60 % of 1,924 paid hours) that is DKK 469 per hour.

Our default ("Standard", reproducing the report): no overhead and 1,255 effective hours, the
hours per FTE the report finds available for job-centre tasks (figure 4, seed 004 l. 840: 1,924
paid - 417 absence - 78 sickness - 174 meetings, training, breaks = 1,255). The report's totals
give a salary per FTE of about DKK 444,000 (4.05 bn / 9,117), i.e. about DKK 354 per hour.
Why no overhead: the report's potentials are salary savings of freed FTE; the overhead (IT,
HR, premises) only falls if it is actually harvested, which seed 002 warns must be decided
locally (l. 398-402). A user scenario can set the KL/KOMBIT values (120,000 and 1,154).

A centre without salary or FTE data gets the national FTE-weighted salary per FTE.
"""

from __future__ import annotations

import numpy as np

from jobcenter_bench.core.errors import BenchError

#: Hours per FTE per year available for job-centre tasks (figure 4 of seed 004).
DEFAULT_EFFECTIVE_HOURS = 1255.0
#: Paid hours per year, 52 weeks x 37 hours (seed 002 l. 411).
PAID_HOURS = 1924.0


def hourly_cost_from_salary(
    salary_per_fte: float, effective_hours: float = DEFAULT_EFFECTIVE_HOURS, overhead_per_fte: float = 0.0
) -> float:
    """DKK per effective hour for one FTE costing ``salary_per_fte`` DKK a year (incl. pension)."""
    if effective_hours <= 0:
        raise BenchError(
            f"Effektive timer pr. årsværk skal være positive, ikke {effective_hours}",
            f"Effective hours per FTE must be positive, not {effective_hours}",
        )
    return (salary_per_fte + overhead_per_fte) / effective_hours


def hourly_costs(
    cost_salaries: np.ndarray,
    fte_total: np.ndarray,
    effective_hours: float = DEFAULT_EFFECTIVE_HOURS,
    overhead_per_fte: float = 0.0,
) -> np.ndarray:
    """Hourly cost per centre, DKK per effective hour.

    Parameters
    ----------
    cost_salaries : array
        Each centre's salaries incl. pension, DKK per year (NaN when unknown).
    fte_total : array
        Each centre's total FTE.
    effective_hours : float
        Effective hours per FTE per year.
    overhead_per_fte : float
        Overhead DKK per FTE per year that can be harvested (0 in the Standard scenario).
    """
    sal = np.asarray(cost_salaries, dtype=float)
    fte = np.asarray(fte_total, dtype=float)
    ok = ~(np.isnan(sal) | np.isnan(fte)) & (fte > 0) & (sal > 0)
    per_fte = np.full(sal.shape, np.nan)
    per_fte[ok] = sal[ok] / fte[ok]
    if ok.any():
        per_fte[~ok] = sal[ok].sum() / fte[ok].sum()
    else:
        per_fte[:] = np.nan
    return hourly_cost_from_salary(per_fte, effective_hours, overhead_per_fte)
