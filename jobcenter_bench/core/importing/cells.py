"""Reading one cell: numbers, yes/no answers, years, header texts and cell names.

Spreadsheet cells arrive as Python values (openpyxl) or as text (CSV). This module turns them
into the values the store keeps and, when a cell is wrong, into a ``Problem`` whose Danish
sentence says what is wrong and what to write instead. Text that looks numeric is parsed with
*one* decimal separator decided for the whole file (``guess_decimal_separator``), never per cell.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from jobcenter_bench.core.numbers import NumberFormatError, parse_number
from jobcenter_bench.core.safe_text import visible
from jobcenter_bench.core.validation import Problem, Severity

#: Text that means yes / no in a yes/no cell (after ``fold``); an empty cell is "not answered".
YES = frozenset({"ja", "j", "yes", "y", "1", "x", "sand", "true", "sandt"})
NO = frozenset({"nej", "n", "no", "0", "falsk", "false"})

_NUMERIC_TEXT = re.compile(r"^[+\-\u2212]?[\d.,\s\u00a0]*\d[\d.,\s\u00a0]*%?$")


def column_letter(index: int) -> str:
    """Excel column letter of a 0-based column index: 0 -> 'A', 26 -> 'AA'."""
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def fold(text: object) -> str:
    """Fold a header or answer for matching: case, accents, Danish letters, punctuation, spaces.

    "Årsværk på A-dagpenge" -> "aarsvaerk paa a dagpenge".
    """
    return _fold(text if type(text) is str else str(text))


@lru_cache(maxsize=16384)
def _fold(text: str) -> str:
    s = text.strip().lower()
    s = s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^a-z0-9%]+", " ", s)
    return s.strip()


def header_variants(text: object) -> list[str]:
    """Folded forms of a header to try in order: as written, without a unit in parentheses or
    brackets, without a unit after the last comma.

    "Sagsbehandlere (årsværk)" -> ["sagsbehandlere aarsvaerk", "sagsbehandlere", ...].
    """
    raw = str(text).strip()
    out = [fold(raw)]
    no_paren = re.sub(r"\s*[(\[][^)\]]*[)\]]\s*$", "", raw)
    if no_paren != raw:
        out.append(fold(no_paren))
    if "," in no_paren:
        out.append(fold(no_paren.rsplit(",", 1)[0]))
    return [v for v in dict.fromkeys(out) if v]


def is_formula(value: object) -> bool:
    """True for a formula as openpyxl returns it with ``data_only=False`` (never evaluated)."""
    if isinstance(value, str):
        return value.startswith("=") and len(value) > 1
    return type(value).__name__ in ("ArrayFormula", "DataTableFormula")


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def looks_numeric(text: str) -> bool:
    """Text made of digits, separators, a sign and maybe a percent sign (a number candidate)."""
    return bool(_NUMERIC_TEXT.match(text.strip()))


def show(value: object) -> str:
    """A cell value as the user typed it, for messages."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, float) and abs(value) >= 1e15:
        return f"{value:.6g}"  # 1e+308, not 309 digits
    text = visible(str(value))
    return text if len(text) <= 60 else text[:57] + "..."


class CellError(ValueError):
    """A cell cannot be read; ``da``/``en`` say why and what to write instead."""

    def __init__(self, da: str, en: str, expected: str):
        super().__init__(en)
        self.da, self.en, self.expected = da, en, expected


def to_number(value: object, decimal: str = ",") -> float:
    """The number a cell holds; text is parsed with the file's ``decimal`` separator.

    Raises ``CellError`` for a formula, a date, a boolean or text that is not a number.
    """
    if isinstance(value, bool):
        raise _not_a_number(value)
    if isinstance(value, int | float):
        if value != value or value in (float("inf"), float("-inf")):
            raise _not_a_number(value)
        return float(value)
    if is_formula(value):
        raise CellError(
            f"Cellen indeholder en formel ({show(value)}). Formler beregnes ikke ved import: "
            "skriv selve tallet i cellen (kopiér og indsæt som værdi).",
            f"The cell holds a formula ({show(value)}). Formulas are never evaluated on import: "
            "type the number itself (copy and paste as value).",
            "et tal, ikke en formel",
        )
    if isinstance(value, str):
        try:
            return parse_number(value, decimal)
        except NumberFormatError:
            pass
    raise _not_a_number(value)


def _not_a_number(value: object) -> CellError:
    return CellError(
        f"'{show(value)}' er ikke et tal. Skriv et tal, fx 12 eller 12,5.",
        f"'{show(value)}' is not a number. Write a number, e.g. 12 or 12.5.",
        "et tal",
    )


def to_yesno(value: object) -> int:
    """1 for yes, 0 for no (ja/nej, yes/no, 1/0, x, sand/falsk, true/false); else ``CellError``."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float) and value in (0, 1):
        return int(value)
    if is_formula(value):
        raise CellError(
            f"Cellen indeholder en formel ({show(value)}). Skriv ja eller nej.",
            f"The cell holds a formula ({show(value)}). Write yes or no.",
            "ja eller nej",
        )
    key = fold(value) if isinstance(value, str) else None
    if key in YES:
        return 1
    if key in NO:
        return 0
    raise CellError(
        f"'{show(value)}' er ikke ja eller nej. Skriv ja eller nej.",
        f"'{show(value)}' is not yes or no. Write yes or no (ja/nej).",
        "ja eller nej",
    )


def to_year(value: object) -> int:
    """A calendar year (1990–2100) from 2013, 2013.0 or "2013"; else ``CellError``."""
    if is_formula(value):
        raise CellError(
            f"Cellen indeholder en formel ({show(value)}). Skriv selve årstallet, fx 2013.",
            f"The cell holds a formula ({show(value)}). Write the year itself, e.g. 2013.",
            "et årstal, ikke en formel",
        )
    year: float | None = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        year = float(value)
    elif isinstance(value, str) and re.fullmatch(r"\s*\d{4}(\.0)?\s*", value):
        year = float(value)
    if year is None or not year.is_integer() or not 1990 <= year <= 2100:
        raise CellError(
            f"'{show(value)}' er ikke et årstal. Skriv året med fire cifre, fx 2013.",
            f"'{show(value)}' is not a year. Write the year with four digits, e.g. 2013.",
            "et årstal, fx 2013",
        )
    return int(year)


def is_year(value: object) -> bool:
    """True for a cell ``to_year`` accepts, decided without raising (header search calls it often)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return 1990 <= value <= 2100 and float(value).is_integer()
    if isinstance(value, str):
        m = _YEAR_TEXT.fullmatch(value)
        return bool(m) and 1990 <= int(m.group(1)) <= 2100
    return False


_YEAR_TEXT = re.compile(r"\s*(\d{4})(?:\.0)?\s*")


@dataclass(frozen=True)
class Place:
    """Where a cell is: file name, sheet (None for CSV), 1-based row, column name.

    ``column`` is the Excel letter for workbooks and the header text for CSV files.
    """

    file: str
    sheet: str | None
    row: int | None = None
    column: str | None = None

    def problem(
        self,
        da: str,
        en: str,
        *,
        value: object = None,
        expected: str | None = None,
        warning: bool = False,
        notice: bool = False,
    ) -> Problem:
        """A problem at this place: an error, or with ``warning`` a warning, with ``notice`` a
        notice (information that never rejects a file, not even with ``import --strict``)."""
        return Problem(
            file=self.file,
            message=da,
            message_en=en,
            severity=Severity.NOTICE if notice else Severity.WARNING if warning else Severity.ERROR,
            sheet=self.sheet,
            row=self.row,
            column=self.column,
            value=None if value is None else show(value),
            expected=expected,
        )

    def cell_problem(self, err: CellError, value: object, prefix_da: str = "", prefix_en: str = "") -> Problem:
        return self.problem(prefix_da + err.da, prefix_en + err.en, value=value, expected=err.expected)
