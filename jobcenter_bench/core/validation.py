"""Problems found in input files, as data.

A ``Problem`` names the file, sheet, row and column, the bad value, what was expected and how
serious it is. Errors reject a file; warnings import with the file and are stored in the
database (table ``import_warning``) so they can be listed later.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum

from jobcenter_bench.core.errors import BenchError


class Severity(StrEnum):
    ERROR = "error"  # the file is rejected
    WARNING = "warning"  # imported, stored and listed; ``import --strict`` rejects it
    NOTICE = "notice"  # information (framework columns stored, total rows skipped); never rejects


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one place in one file.

    ``row`` is the 1-based row number as a spreadsheet or text editor shows it; ``column`` the
    column letter (Excel) or header text (CSV). ``message`` is a whole sentence in Danish that
    says what is wrong and how to fix it; ``message_en`` the same in English.
    """

    file: str
    message: str
    severity: Severity = Severity.ERROR
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    value: str | None = None
    expected: str | None = None
    message_en: str | None = None

    @property
    def is_error(self) -> bool:
        return self.severity == Severity.ERROR

    def location(self, lang: str = "da") -> str:
        """'fil.xlsx, ark 'Årsværk', celle C7' — as precise as the problem allows."""
        sheet_word, cell_word, row_word, col_word = (
            ("sheet", "cell", "row", "column") if lang == "en" else ("ark", "celle", "række", "kolonne")
        )
        parts = [self.file]
        if self.sheet:
            parts.append(f"{sheet_word} '{self.sheet}'")
        col = self.column
        if self.row is not None and col and col.isalpha() and col.isupper() and len(col) <= 3:
            parts.append(f"{cell_word} {col}{self.row}")
        else:
            if self.row is not None:
                parts.append(f"{row_word} {self.row}")
            if col:
                parts.append(f"{col_word} '{col}'")
        return ", ".join(parts)

    def text(self, lang: str = "da") -> str:
        """The full human-readable line: location, then the message."""
        msg = self.message_en if lang == "en" and self.message_en else self.message
        kind = {"da": {"error": "Fejl", "warning": "Advarsel", "notice": "Bemærk"},
                "en": {"error": "Error", "warning": "Warning", "notice": "Note"}}
        return f"{kind.get(lang, kind['da'])[self.severity.value]}: {self.location(lang)}: {msg}"

    def as_dict(self) -> dict:
        d = asdict(self)
        d["severity"] = self.severity.value
        return d



class ImportRejected(BenchError):
    """Raised when one or more files have errors; nothing was written."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        errors = [p for p in problems if p.is_error]
        first = errors[0].text() if errors else "ukendt fejl"
        more = f" (og {len(errors) - 1} fejl mere)" if len(errors) > 1 else ""
        first_en = errors[0].text("en") if errors else "unknown error"
        more_en = f" (and {len(errors) - 1} more errors)" if len(errors) > 1 else ""
        super().__init__(first + more, first_en + more_en)
