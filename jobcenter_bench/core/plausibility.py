"""Values no real job centre or municipality can have (urimelige værdier), refused at import.

The bounds are ten times the largest real figure, so an unusual but real value always passes
and only a typing or export error (a value in øre, a missing decimal comma, 1e308) is refused:

* the largest job centre, København, has 858 FTE (årsværk) of staff (seed 004, l. 56 in
  ``reference-figures.md``) and the most productive centres have 52 full-time persons per FTE
  (l. 70): the largest centre serves at most ``858 × 52`` full-time persons on one benefit;
* Denmark had 5.6 million residents in 2013 (Danmarks Statistik, FOLK1A): no municipality has
  more residents aged 16–64 than the whole country;
* no number a job centre reports (a count, a share, an amount in DKK) comes near 10¹²
  (the Danish state's yearly budget is of that order), so any larger value is refused.
"""

from __future__ import annotations

#: Staff of the largest job centre (København, 2013), FTE (årsværk).
LARGEST_CENTRE_FTE = 858.0
#: The highest case productivity in the report, full-time persons per FTE (sager pr. årsværk).
HIGHEST_CASES_PER_FTE = 52.0
#: How many times the largest real figure a value may be before it is refused.
MARGIN = 10.0
#: Most full-time persons (fuldtidspersoner) on one benefit in one municipality and year.
MAX_PERSONS = MARGIN * LARGEST_CENTRE_FTE * HIGHEST_CASES_PER_FTE
#: Denmark's population in 2013 (FOLK1A), persons: the most residents 16–64 a municipality can have.
DENMARK_POPULATION = 5_600_000.0
#: Largest magnitude accepted for any number in any file (counts, shares, DKK).
MAX_MAGNITUDE = 1e12


def upper_bound(kind: str, unit_en: str) -> float:
    """The largest value a register variable of ``kind`` ("persons", "population", ...) with
    unit ``unit_en`` can have: 100 for a percentage, the bounds above for persons and population."""
    if unit_en == "%":
        return 100.0
    if kind == "persons":
        return MAX_PERSONS
    if kind == "population":
        return DENMARK_POPULATION
    return MAX_MAGNITUDE
