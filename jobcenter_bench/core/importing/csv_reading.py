"""Reading CSV files as people really have them (CSV-filer).

Danish Excel saves "CSV (semikolonsepareret)" in cp1252 with ``;`` between fields, a decimal
comma and a dot for thousands; newer Excel writes UTF-8 with a byte-order mark; other tools write
plain UTF-8 with commas and decimal points. The encoding is tried strictly as UTF-8 (BOM allowed)
and then as cp1252; the delimiter is sniffed among ``;``, ``,`` and tab. Binary files (an
image, a workbook renamed ``.csv``) are refused with a message instead of importing junk.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from jobcenter_bench.core.importing.xlsx_safety import MAX_ROWS, UnsafeFile

DELIMITERS = ";,\t"


def decode(data: bytes) -> str:
    """Text of a CSV file: UTF-8 (with or without BOM) if it decodes strictly, else cp1252."""
    if b"\x00" in data[:65536]:
        raise _binary()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise _binary() from exc
    sample = text[:65536]
    control = sum(1 for c in sample if ord(c) < 32 and c not in "\r\n\t")
    if control > max(3, len(sample) // 200):
        raise _binary()
    return text


def _binary() -> UnsafeFile:
    return UnsafeFile(
        "Filen er ikke en tekstfil (CSV), men indeholder binære data. Gem data som CSV eller "
        "Excel-projektmappe (.xlsx) og prøv igen.",
        "The file is not a text (CSV) file but holds binary data. Save the data as CSV or as an "
        "Excel workbook (.xlsx) and try again.",
    )


def sniff_delimiter(text: str) -> str:
    """The field delimiter: csv.Sniffer on the first 20 lines, else the most frequent candidate."""
    head = "\n".join(text[:20000].splitlines()[:20])
    try:
        return csv.Sniffer().sniff(head, delimiters=DELIMITERS).delimiter
    except csv.Error:
        counts = {d: head.count(d) for d in DELIMITERS}
        best = max(counts, key=counts.get)
        return best if counts[best] else ";"


def read_csv_rows(path: Path, data: bytes | None = None) -> list[list[str]]:
    """All rows of a CSV file as lists of stripped strings; trailing empty rows dropped."""
    data = path.read_bytes() if data is None else data
    text = decode(data)
    delimiter = sniff_delimiter(text)
    rows: list[list[str]] = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            if len(rows) >= MAX_ROWS:
                raise UnsafeFile(
                    f"Filen har over {MAX_ROWS} rækker. Del den op i mindre filer.",
                    f"The file has more than {MAX_ROWS} rows. Split it into smaller files.",
                )
            rows.append([c.strip() for c in row])
    except csv.Error as exc:
        raise UnsafeFile(
            f"Filen kan ikke læses som CSV ({exc}). Gem den igen som CSV fra Excel.",
            f"The file cannot be read as CSV ({exc}). Save it again as CSV from Excel.",
        ) from exc
    while rows and not any(rows[-1]):
        rows.pop()
    return rows
