"""How many decimals each kind of number gets in the reports and the workbook (one place).

The PDFs format with ``core.numbers.format_number`` (Danish ``1.234,5`` / English ``1,234.5``);
the workbook writes real numbers with the matching Excel format code (``#,##0`` / ``#,##0.0``)
so Excel shows the user's own separators.
"""

from __future__ import annotations

from jobcenter_bench.core.numbers import format_number

#: kind of number -> decimals shown (the report's own convention where it has one)
DECIMALS: dict[str, int] = {
    "cases_per_fte": 1,  # full-time persons per FTE
    "rate": 1,  # dependency rate, %
    "effect": 1,  # percentage points
    "fte": 1,  # årsværk
    "persons": 0,  # full-time persons
    "dkk": 0,  # kroner
    "mdkk": 1,  # million kroner
    "hours": 0,  # hours per year
    "coef": 3,  # regression coefficients
    "p": 3,
    "r": 2,  # correlations, R²
    "share": 1,  # percent
}


def num(value: float | int | None, kind: str, lang: str = "da") -> str:
    """``value`` formatted as a number of ``kind`` (see ``DECIMALS``); ``–`` when missing."""
    return format_number(value, DECIMALS[kind], lang)


def mdkk(value: float | None, lang: str = "da") -> str:
    """Kroner shown in millions with one decimal: 56_340_000 -> ``56,3``."""
    return format_number(None if value is None else value / 1e6, DECIMALS["mdkk"], lang)


def excel_format(kind: str) -> str:
    """The Excel number format code for ``kind`` (``#,##0`` or ``#,##0.0`` …)."""
    d = DECIMALS[kind]
    return "#,##0" if d == 0 else "#,##0." + "0" * d
