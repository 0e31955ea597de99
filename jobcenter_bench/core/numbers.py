"""Danish number formatting and parsing: one place for the UI, the reports and the importers.

Danish style writes ``1.234.567,8`` (dot for thousands, comma for decimals); English style
``1,234,567.8``. ``format_number`` is used by every view and export so the two never drift.
"""

from __future__ import annotations

import math
import re

_MINUS = "\u2212"


def format_number(
    value: float | int | None, decimals: int = 0, lang: str = "da", missing: str = "–"
) -> str:
    """Format a number with thousands separators in Danish (default) or English style.

    >>> format_number(1234.5, 1)
    '1.234,5'
    >>> format_number(1234.5, 1, lang="en")
    '1,234.5'
    """
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return missing
    text = f"{value:,.{decimals}f}"
    if text.startswith("-") and float(text.replace(",", "")) == 0:
        text = text[1:]  # no "-0,0"
    if lang == "da":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def format_dkk_millions(value: float | None, decimals: int = 0, lang: str = "da") -> str:
    """Kroner shown as millions: 56_300_000 -> '56' (mio. kr.)."""
    return format_number(None if value is None else value / 1e6, decimals, lang)


def format_percent(value: float | None, decimals: int = 1, lang: str = "da") -> str:
    """A percentage value (already ×100) with its sign: 12.34 -> '12,3 %'."""
    if value is None:
        return "–"
    return f"{format_number(value, decimals, lang)} %"


class NumberFormatError(ValueError):
    """The text is not a number in the given style."""


_DA_NUMBER = re.compile(r"^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$")
_EN_NUMBER = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")


def parse_number(text: str, decimal: str = ",") -> float:
    """Parse a number written with ``decimal`` as decimal separator (``","`` Danish, ``"."``).

    Thousands separators of the style are accepted, spaces (also non-breaking) are ignored,
    and a leading unicode minus is accepted. Anything else raises ``NumberFormatError``.

    >>> parse_number("1.234,5")
    1234.5
    >>> parse_number("1,234.5", decimal=".")
    1234.5
    """
    s = str(text).strip().replace("\u00a0", "").replace(" ", "").replace(_MINUS, "-")
    if s.endswith("%"):
        s = s[:-1]
    pattern = _DA_NUMBER if decimal == "," else _EN_NUMBER
    if not pattern.match(s):
        raise NumberFormatError(f"{text!r} is not a number")
    if decimal == ",":
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", "")
    return float(s)


def guess_decimal_separator(samples: list[str]) -> str:
    """Decide a file's decimal separator from many numeric cells at once (never per cell).

    Returns ``","`` (Danish) or ``"."``. A value like ``1.234`` is ambiguous alone; the
    decision uses the cells that are not: ``12,5`` or ``1.234,5`` means Danish, ``12.5`` (one
    dot not followed by exactly three digits) or ``1,234.5`` means point style. With no
    unambiguous cell the Danish style wins (the users are Danish).
    """
    da = en = 0
    for raw in samples:
        s = str(raw).strip().replace("\u00a0", "").replace(" ", "")
        if not s:
            continue
        if re.fullmatch(r"[+-]?\d+,\d+", s) and not re.fullmatch(r"[+-]?\d{1,3},\d{3}", s):
            da += 1
        elif re.fullmatch(r"[+-]?\d{1,3}(\.\d{3})+,\d+", s):
            da += 1
        elif re.fullmatch(r"[+-]?\d+\.\d+", s) and not re.fullmatch(r"[+-]?\d{1,3}\.\d{3}", s):
            en += 1
        elif re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+\.\d+", s):
            en += 1
        elif re.fullmatch(r"[+-]?\d{1,3}(,\d{3}){2,}", s):
            en += 1
        elif re.fullmatch(r"[+-]?\d{1,3}(\.\d{3}){2,}", s):
            da += 1
    return "." if en > da else ","
