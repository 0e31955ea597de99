"""Reading what the writers wrote: PDF lines (a table row's cells follow its label line) and
workbook sheets as rows keyed by their header."""

from __future__ import annotations

import openpyxl
from pypdf import PdfReader


def pdf_pages(path) -> list[list[str]]:
    """Each page's text lines, stripped, empty lines dropped."""
    return [[ln.strip() for ln in (p.extract_text() or "").splitlines() if ln.strip()]
            for p in PdfReader(str(path)).pages]


def cells_after(lines: list[str], label: str, n: int) -> list[str]:
    """The ``n`` lines after the first line that is exactly ``label`` (a table row's cells)."""
    i = lines.index(label)
    return lines[i + 1:i + 1 + n]


def line_starting(lines: list[str], start: str) -> str:
    """The first line that starts with ``start`` (a sentence of the summary)."""
    return next(ln for ln in lines if ln.startswith(start))


def sheet_rows(path, title: str) -> tuple[list[str], list[dict]]:
    """Header and rows of sheet ``title`` (the header is the row after the sample banner)."""
    ws = openpyxl.load_workbook(path)[title]
    values = list(ws.iter_rows(values_only=True))
    top = 1 if str(values[0][0] or "").startswith(("Eksempeldata", "Sample data")) else 0
    header = [str(h) for h in values[top] if h is not None]
    return header, [dict(zip(header, row, strict=False)) for row in values[top + 1:]]
