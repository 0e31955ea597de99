"""Period codes of Jobindsats and Statistikbanken, and the rule that turns them into years.

Codes read (case-insensitive, spaces around ignored):

- ``2023`` — a calendar year (år);
- ``2023M03`` — a month (måned);
- ``2023Q1`` or ``2023K1`` — a quarter (kvartal; Statistikbanken and the portal downloads write K);
- ``2023QMAT04`` — a moving annual total (løbende år) ending with quarter 4. *Our reading* of the
  Jobindsats code: the four quarters ending with the named one, so ``QMAT04`` is the calendar
  year and ``QMAT01``–``QMAT03`` span two calendar years (they are not used).

**The annual rule** (årsgennemsnit): a year's value is taken, in this order of preference, from

1. the plain year code, else
2. the moving annual total ending in Q4 (``QMAT04``), else
3. the average of the year's four quarters, else
4. the average of the year's twelve months.

An average needs *every* period of the year with a value: a year with a missing month or a
suppressed cell ("..") gets no value, and the reason says which periods are missing. For
full-time persons (fuldtidspersoner) the average of the months or quarters is the annual
average the report uses; for the population (FOLK1A counts on the first day of each quarter)
it is the average of the four quarterly counts; for shares in per cent it is the plain mean.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

#: Kinds of period, in the order the annual rule prefers them.
KINDS = ("year", "qmat", "quarter", "month")
#: How many periods of a kind make one calendar year.
PER_YEAR = {"year": 1, "qmat": 1, "quarter": 4, "month": 12}

_PATTERNS = (
    ("year", re.compile(r"(\d{4})")),
    ("month", re.compile(r"(\d{4})M(\d{1,2})")),
    ("qmat", re.compile(r"(\d{4})QMAT0?([1-4])")),
    ("quarter", re.compile(r"(\d{4})[QK]([1-4])")),
)


@dataclass(frozen=True, order=True)
class Period:
    """One period: calendar ``year``, ``kind`` (year, qmat, quarter, month), ``index`` (month
    1–12, quarter 1–4, the quarter a moving annual total ends with, 0 for a year) and the
    ``code`` as the service wrote it."""

    year: int
    kind: str
    index: int
    code: str

    @property
    def is_calendar_year(self) -> bool:
        """True for a period that covers exactly one calendar year (``2023``, ``2023QMAT04``)."""
        return self.kind == "year" or (self.kind == "qmat" and self.index == 4)


def parse_period(value: object) -> Period | None:
    """The period a code means, or None when it is not a period code.

    ``"2023K1"`` and ``"2023Q1"`` are the same quarter; ``2023`` (a number) is a year.
    A label such as ``"2023K1 2023K1"`` (code and text) is read by its first word.
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        if not float(value).is_integer():
            return None
        value = str(int(value))
    text = str(value).strip().upper()
    if not text:
        return None
    text = text.split()[0]
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    for kind, pattern in _PATTERNS:
        m = pattern.fullmatch(text)
        if not m:
            continue
        year = int(m.group(1))
        index = int(m.group(2)) if m.lastindex and m.lastindex > 1 else 0
        if not 1990 <= year <= 2100 or (kind == "month" and not 1 <= index <= 12):
            return None
        return Period(year, kind, index, str(value).strip().split()[0])
    return None


def is_period(value: object) -> bool:
    """True for a cell that holds a period code (a year counts)."""
    return parse_period(value) is not None


@dataclass(frozen=True)
class Annual:
    """The value of one calendar year under the annual rule.

    ``value`` is None when the year cannot be computed; ``reason_da``/``reason_en`` then say
    why. ``periods`` are the codes the value was computed from.
    """

    year: int
    value: float | None
    periods: tuple[str, ...]
    reason_da: str = ""
    reason_en: str = ""


def annual_values(points: Iterable[tuple[Period, float | None]]) -> dict[int, Annual]:
    """Apply the annual rule to one series (one municipality and variable): year -> Annual.

    ``points`` are (period, value) pairs; a value of None is a suppressed or missing cell.
    Years that only have moving totals ending in Q1–Q3 are left out (they are not a calendar
    year's value).
    """
    by_year: dict[int, dict[str, dict[int, float | None]]] = {}
    for period, value in points:
        if period.kind == "qmat" and period.index != 4:
            continue
        by_year.setdefault(period.year, {}).setdefault(period.kind, {})[period.index] = value
    return {year: _annual(year, kinds) for year, kinds in sorted(by_year.items())}


def _annual(year: int, kinds: dict[str, dict[int, float | None]]) -> Annual:
    kind = next(k for k in KINDS if k in kinds)
    found = kinds[kind]
    codes = tuple(_code(year, kind, i) for i in sorted(found))
    need = range(1, PER_YEAR[kind] + 1) if PER_YEAR[kind] > 1 else [next(iter(found))]
    missing = [i for i in need if found.get(i) is None]
    if missing:
        shown = ", ".join(_code(year, kind, i) for i in missing)
        if PER_YEAR[kind] == 1:
            return Annual(year, None, codes, f"{shown} er ikke oplyst", f"{shown} is not available")
        unit_da, unit_en = ("måneder", "months") if kind == "month" else ("kvartaler", "quarters")
        have = PER_YEAR[kind] - len(missing)
        return Annual(
            year, None, codes,
            f"kun {have} af {PER_YEAR[kind]} {unit_da} har tal (mangler: {shown})",
            f"only {have} of {PER_YEAR[kind]} {unit_en} have numbers (missing: {shown})",
        )
    values = [found[i] for i in need]
    return Annual(year, sum(values) / len(values), codes)


def _code(year: int, kind: str, index: int) -> str:
    """The canonical code of a period (quarters written with Q)."""
    return {
        "year": f"{year}",
        "qmat": f"{year}QMAT{index:02d}",
        "quarter": f"{year}Q{index}",
        "month": f"{year}M{index:02d}",
    }[kind]


def periods_of_year(codes: Iterable[str], year: int) -> list[str]:
    """Of the period codes a service offers, those the annual rule uses for ``year``
    (the preferred kind only): the plain year, else QMAT04, else the quarters, else the months."""
    parsed = [p for c in codes if (p := parse_period(c)) and p.year == year]
    parsed = [p for p in parsed if p.kind != "qmat" or p.index == 4]
    for kind in KINDS:
        chosen = sorted((p for p in parsed if p.kind == kind), key=lambda p: p.index)
        if chosen:
            return [p.code for p in chosen]
    return []
