"""The sample's five years 2009-2013 follow believable paths (issue 16, point 1).

Bounds are typed in from the story told in ``sample_data/README.md`` (the business cycle after
the 2009 crisis, the named centres), each with its reason; the values are recomputed from the
written files by ``sample_readers``, not taken from the generator.
"""

from __future__ import annotations

import numpy as np
import pytest
from sample_readers import CORE, YEARS

STAFF = ("fte_caseworkers", "fte_company_consultants", "fte_case_admin", "fte_management",
         "fte_staff_functions")


def national(sample, key: str) -> dict[int, float]:
    return {y: float(sample.years[y].persons[key].sum()) for y in YEARS}


def test_five_consecutive_years(sample):
    assert sorted(sample.years) == [2009, 2010, 2011, 2012, 2013]


def test_unemployment_benefit_rises_with_the_crisis_and_falls_in_2013(sample):
    """ADP: the 2009 crisis lifts unemployment, 2010 is the peak (at least 15 % above 2013),
    and 2013 is the lowest year after the peak (the shortened benefit period)."""
    adp = national(sample, "persons_adp")
    assert max(adp, key=adp.get) == 2010
    assert adp[2010] >= 1.15 * adp[2013]
    assert adp[2009] < adp[2010] and adp[2013] == min(adp[y] for y in (2010, 2011, 2012, 2013))


def test_social_assistance_climbs_and_sickness_benefit_falls(sample):
    """KTH climbs every year as people run out of ADP (2009 at 70-90 % of 2013); SDP falls
    every year from its 2009 level (110-140 % of 2013)."""
    kth, sdp = national(sample, "persons_kth"), national(sample, "persons_sdp")
    assert all(kth[y] < kth[y + 1] for y in YEARS[:-1])
    assert all(sdp[y] > sdp[y + 1] for y in YEARS[:-1])
    assert 0.7 <= kth[2009] / kth[2013] <= 0.9
    assert 1.1 <= sdp[2009] / sdp[2013] <= 1.4


def test_national_caseload_staff_and_productivity_stay_in_plausible_ranges(sample):
    """The core caseload moves with the cycle but within ±10 % of 2013; national staff 8,000 to
    9,500 FTE (the report's 9,117 in 2013), lowest in 2009 before the centres hired; national
    cases per FTE 28-34 (30.6 in 2013, and the report's range of centres 20-52)."""
    core = {y: sum(national(sample, k)[y] for k in CORE) for y in YEARS}
    fte = {y: float(sample.years[y].fte.sum()) for y in YEARS}
    for y in YEARS:
        assert 0.9 <= core[y] / core[2013] <= 1.1, y
        assert 8000 <= fte[y] <= 9500, y
        assert 28 <= core[y] / fte[y] <= 34, y
    assert min(fte, key=fte.get) == 2009


def test_salary_per_fte_grows_every_year(sample):
    """Wage growth of about 1-3 % a year: national salaries per FTE rise every year."""
    per_fte = {y: sum(a["cost_salaries"] for a in sample.years[y].survey) / sample.years[y].fte.sum()
               for y in YEARS}
    for y in YEARS[:-1]:
        assert 1.005 <= per_fte[y + 1] / per_fte[y] <= 1.03, y


@pytest.mark.parametrize("year", YEARS[1:])
def test_each_centre_changes_by_a_bounded_amount_per_year(sample, year):
    """A centre's caseload follows the national swing (at most +11 % in a year) with local
    noise: within ±25 %; staff is sticky: FTE within ±25 % (the largest named change is
    +20 %); effect within 0.5 pp of last year; cases per FTE within the importer's plausible
    10-80 in every year."""
    y0, y1 = sample.years[year - 1], sample.years[year]
    core0, core1 = (sum(y.persons[k] for k in CORE) for y in (y0, y1))
    assert np.all(np.abs(core1 / core0 - 1) <= 0.25)
    assert np.all(np.abs(y1.fte / y0.fte - 1) <= 0.25)
    assert np.all(np.abs(y1.effect - y0.effect) <= 0.5)
    assert np.all((10 <= y1.productivity) & (y1.productivity <= 80))
    assert np.all((-1.5 <= y1.effect) & (y1.effect <= 2.6))


def _path(sample, name: str, what: str) -> list[float]:
    return [float(getattr(sample.years[y], what)[sample.years[y].index(name)]) for y in YEARS]


def test_skive_improves_and_ikast_brande_falls_back(sample):
    """README: Skive's effect rises every year to figure 2's 2.3 pp (at least 0.8 pp gained
    since 2009); Ikast-Brande's falls every year to figure 2's -0.4 pp (at least 0.8 pp lost)."""
    skive, ikast = _path(sample, "Skive", "effect"), _path(sample, "Ikast-Brande", "effect")
    assert all(a < b for a, b in zip(skive, skive[1:], strict=False))
    assert all(a > b for a, b in zip(ikast, ikast[1:], strict=False))
    assert skive[-1] - skive[0] >= 0.8 and ikast[0] - ikast[-1] >= 0.8


def test_holstebro_cuts_staff_and_jammerbugt_hires(sample):
    """README: Holstebro reorganises in 2011-2012 (FTE at least 10 % below 2010 by 2013) and
    its cases per FTE rise by at least 5 to figure 2's 42; Jammerbugt hires in 2010-2011 (FTE
    at least 20 % above 2009) and its cases per FTE fall by at least 5 to figure 2's 22."""
    h_fte, h_prod = _path(sample, "Holstebro", "fte"), _path(sample, "Holstebro", "productivity")
    j_fte, j_prod = _path(sample, "Jammerbugt", "fte"), _path(sample, "Jammerbugt", "productivity")
    assert h_fte[-1] <= 0.9 * h_fte[1] and h_prod[-1] - h_prod[0] >= 5
    assert j_fte[-1] >= 1.2 * j_fte[0] and j_prod[0] - j_prod[-1] >= 5
