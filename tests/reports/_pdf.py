"""Read a value next to its label in a PDF's extracted text (one table cell per line)."""

from __future__ import annotations


def values_after(text: str, label: str, n: int = 1, start: str | None = None) -> list[str]:
    """The ``n`` lines after the first line (or run of wrapped lines) that reads exactly ``label``.

    ``start``: look only after the first line that reads exactly this (e.g. a section heading).
    Raises ``AssertionError`` naming the label when it is not there.
    """
    lines = [ln.strip() for ln in text.splitlines()]
    first = lines.index(start) + 1 if start is not None else 0
    for i in range(first, len(lines)):
        joined = lines[i]
        j = i
        while len(joined) < len(label) and j + 1 < len(lines):
            j += 1
            joined = f"{joined} {lines[j]}"
        if joined == label:
            return lines[j + 1:j + 1 + n]
    raise AssertionError(f"label {label!r} not found in the PDF text")
