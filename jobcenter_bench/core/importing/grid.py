"""A table of cells read from one sheet or one CSV file (et ark), with cell naming.

Every layout reader works on ``Grid``s, so the same code reads a workbook sheet and a CSV file.
Rows are 1-based as Excel and text editors show them; columns are named by their Excel letter
in a workbook and by their header text in a CSV file.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jobcenter_bench.core.importing.cells import Place, column_letter, is_blank, looks_numeric, show
from jobcenter_bench.core.numbers import guess_decimal_separator


@dataclass
class Grid:
    """The cells of one sheet (``sheet`` is None for a CSV file).

    ``rows[i]`` is spreadsheet row ``i + 1``; rows may differ in length. ``excel`` tells how to
    name columns. ``decimal`` is the decimal separator used for numbers written as text, decided
    once for the whole file.
    """

    file: str
    sheet: str | None
    rows: list[tuple | list]
    excel: bool
    decimal: str = ","
    headers: dict[int, str] = field(default_factory=dict)

    def cell(self, row: int, col: int) -> object:
        """Value at 0-based ``row`` and ``col`` (None outside the table)."""
        if row >= len(self.rows):
            return None
        r = self.rows[row]
        return r[col] if col < len(r) else None

    def column_name(self, col: int) -> str:
        if self.excel:
            return column_letter(col)
        return self.headers.get(col) or f"nr. {col + 1}"

    def place(self, row: int | None = None, col: int | None = None) -> Place:
        """Where 0-based ``row``/``col`` is, for a ``Problem``."""
        return Place(
            self.file,
            self.sheet,
            None if row is None else row + 1,
            None if col is None else self.column_name(col),
        )

    def set_headers(self, row: int) -> None:
        """Remember the header texts of 0-based ``row`` (names CSV columns in messages)."""
        self.headers = {  # as shown in messages: control characters visible, long texts cut
            i: show(str(v).strip()) for i, v in enumerate(self.rows[row]) if not is_blank(v)
        }

    def is_empty_row(self, row: int) -> bool:
        return all(is_blank(v) for v in self.rows[row])

    def duplicate_column_problem(self, header: int, col: int, first_col: int, key: str, field_word: bool):
        """The error for a header column that means the same field/variable as an earlier one."""
        head = self.cell(header, col)
        what_da, what_en = ("det samme felt", "the same field") if field_word else (
            "den samme variabel", "the same variable")
        return self.place(header, col).problem(
            f"Kolonnen '{show(head)}' er {what_da} ({key}) som kolonne "
            f"{self.column_name(first_col)}. Slet den ene kolonne.",
            f"The column '{show(head)}' is {what_en} ({key}) as column "
            f"{self.column_name(first_col)}. Delete one of the columns.",
            value=head,
        )


def decide_decimal(grids: list[Grid]) -> str:
    """One decimal separator for all numeric-looking text cells of a file's grids."""
    samples = [  # cells without "," or "." say nothing about the separator
        v
        for g in grids
        for r in g.rows
        for v in r
        if type(v) is str and ("," in v or "." in v) and looks_numeric(v)
    ]
    sep = guess_decimal_separator(samples)
    for g in grids:
        g.decimal = sep
    return sep
