"""Reading CSV files as people really have them (CSV-filer).

Danish Excel saves "CSV (semikolonsepareret)" in cp1252 with ``;`` between fields, a decimal
comma and a dot for thousands; newer Excel writes UTF-8 with a byte-order mark, and "Unicode
text" is UTF-16 with a byte-order mark; other tools write plain UTF-8 with commas and decimal
points. A UTF-16 byte-order mark decides UTF-16; otherwise the encoding is tried strictly as
UTF-8 (BOM allowed) and then as cp1252; the delimiter is sniffed among ``;``, ``,`` and tab.
Binary files (an image, a workbook renamed ``.csv``, a NUL byte anywhere) are refused with a
message instead of importing junk.

Memory stays bounded (about 300 MB at the 50 MB file cap): the text is decoded while it is
parsed, never held whole; a physical line over ``MAX_LINE_BYTES`` is refused before parsing;
and the rows may hold at most ``MAX_CELLS`` filled cells and ``MAX_COLUMNS`` fields each.
``MAX_ROWS`` counts rows that hold data, not empty lines.
"""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from jobcenter_bench.core.importing.xlsx_safety import (
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_LINES,
    MAX_ROWS,
    MAX_TEXT_CHARS,
    UnsafeFile,
    too_many,
)

DELIMITERS = ";,\t"
#: Longest physical line accepted, in bytes (a 2,000-column row of long texts is ~100 KB).
MAX_LINE_BYTES = 1024 * 1024
#: How much text the encoding, control-character and delimiter checks look at, in characters.
SAMPLE_CHARS = 65536
_CHUNK = 1024 * 1024
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_EMPTY: tuple = ()  # one shared (immutable) row for every empty row (a file of blank lines costs nothing)


def encoding_of(data: bytes) -> str:
    """The codec that reads ``data``: ``utf-16`` (BOM), ``utf-8-sig`` or ``cp1252``.

    Raises ``UnsafeFile`` for binary data: a NUL byte anywhere (outside UTF-16) or bytes that
    are neither UTF-8 nor cp1252. UTF-8 is checked chunk by chunk, never decoded whole.
    """
    if data.startswith(_UTF16_BOMS):
        return "utf-16"
    if b"\x00" in data:
        raise _binary()
    if _decodes(data, "utf-8-sig"):
        return "utf-8-sig"
    if _decodes(data, "cp1252"):
        return "cp1252"
    raise _binary()


def _decodes(data: bytes, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    view = memoryview(data)
    try:
        for start in range(0, len(data), _CHUNK):
            decoder.decode(view[start:start + _CHUNK])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def decode(data: bytes) -> str:
    """Text of a (small) CSV file: the whole of it, decoded as :func:`encoding_of` says."""
    text = data.decode(encoding_of(data))
    _check_text(text[:SAMPLE_CHARS])
    if "\x00" in text:
        raise _binary()
    return text


def _check_text(sample: str) -> None:
    """Refuse text with many control characters (binary data that happens to decode)."""
    control = sum(1 for c in sample if ord(c) < 32 and c not in "\r\n\t")
    if "\x00" in sample or control > max(3, len(sample) // 200):
        raise _binary()


def _binary() -> UnsafeFile:
    return UnsafeFile(
        "Filen er ikke en tekstfil (CSV), men indeholder binære data. Gem data som CSV eller "
        "Excel-projektmappe (.xlsx) og prøv igen.",
        "The file is not a text (CSV) file but holds binary data. Save the data as CSV or as an "
        "Excel workbook (.xlsx) and try again.",
    )


def check_line_lengths(data: bytes, width: int = 1) -> None:
    """Refuse a physical line longer than ``MAX_LINE_BYTES`` (``width`` bytes per character
    unit: 2 for UTF-16), or more than ``MAX_LINES`` lines, before the CSV parser builds them."""
    limit = MAX_LINE_BYTES * width
    if data.count(b"\n") > MAX_LINES:  # counted in C before any line is looked at
        raise too_many(None, "lines", MAX_LINES)
    start = 0
    while True:
        end = data.find(b"\n", start)
        stop = len(data) if end < 0 else end
        if stop - start > limit:
            raise UnsafeFile(
                f"Filen har en linje på over {MAX_LINE_BYTES // 1024 // 1024} MB. Det er ikke en "
                "tabel; gem data igen som CSV fra Excel, eller del filen op.",
                f"The file has a line of more than {MAX_LINE_BYTES // 1024 // 1024} MB. That is not a "
                "table; save the data again as CSV from Excel, or split the file.",
            )
        if end < 0:
            return
        start = end + 1


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
    encoding = encoding_of(data)
    check_line_lengths(data, 2 if encoding == "utf-16" else 1)
    stream = io.TextIOWrapper(io.BytesIO(data), encoding=encoding, newline="")
    sample = stream.read(SAMPLE_CHARS)
    _check_text(sample)
    delimiter = sniff_delimiter(sample)
    stream.seek(0)
    rows: list[list[str]] = []
    filled_rows = cells = chars = 0
    try:
        for row in csv.reader(_checked_lines(stream), delimiter=delimiter):
            if len(row) > MAX_COLUMNS:
                raise too_many(None, "columns", MAX_COLUMNS)
            if len(rows) >= MAX_LINES:
                raise too_many(None, "lines", MAX_LINES)
            row = [c.strip() for c in row]
            filled = sum(1 for c in row if c)
            if filled:
                filled_rows += 1
                cells += filled
                chars += sum(map(len, row))
                if filled_rows > MAX_ROWS:
                    raise too_many(None, "rows", MAX_ROWS)
                if cells > MAX_CELLS:
                    raise too_many(None, "cells", MAX_CELLS)
                if chars > MAX_TEXT_CHARS:
                    raise too_many(None, "text", MAX_TEXT_CHARS)
            rows.append(row if filled else _EMPTY)
    except csv.Error as exc:
        raise UnsafeFile(
            f"Filen kan ikke læses som CSV ({exc}). Gem den igen som CSV fra Excel.",
            f"The file cannot be read as CSV ({exc}). Save it again as CSV from Excel.",
        ) from exc
    while rows and not any(rows[-1]):
        rows.pop()
    return rows


def _checked_lines(stream):
    """The stream's lines; a NUL character anywhere (UTF-16 files) refuses the file."""
    for line in stream:
        if "\x00" in line:
            raise _binary()
        yield line
