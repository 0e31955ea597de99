"""Opening untrusted files safely (sikker indlæsning af regneark).

Workbooks come from outside (job centres, portals, colleagues' e-mails), so before openpyxl
touches one we check, in this order:

1. the file size (``MAX_FILE_BYTES``) and that it is not empty;
2. what the bytes are: an xlsx is a zip archive (``PK``); an old ``.xls`` or a password-protected
   workbook is an OLE2 container; anything else named ``.xlsx`` is refused;
3. the zip's table of contents, without unpacking: number of entries (``MAX_ZIP_ENTRIES``), total
   uncompressed size (``MAX_UNCOMPRESSED_BYTES``) and each entry's compression ratio
   (``MAX_COMPRESSION_RATIO``, entries under ``RATIO_MIN_BYTES`` ignored), which stops zip bombs;
   and that it holds ``xl/workbook.xml`` (a renamed Word or PowerPoint file does not).

Then openpyxl opens it with ``read_only=True`` (streaming, so memory stays small),
``data_only=False`` (a formula is seen as a formula, never its cached result, and is never
evaluated) and ``keep_links=False`` (external links are dropped). openpyxl parses the XML with
``defusedxml`` when that package is installed, which stops entity-expansion ("billion laughs")
attacks; ``require_defusedxml`` refuses to open workbooks when it is not. While reading, a sheet
may have at most ``MAX_ROWS`` rows that hold data (empty rows, even a formatted empty cell at
row 1,048,576, do not count), ``MAX_COLUMNS`` columns and ``MAX_CELLS`` filled cells, which
bounds the memory a file can take. A number cell that is not finite (NaN, INF) is refused with
its sheet and cell.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from jobcenter_bench.core.errors import BenchError

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100.0
RATIO_MIN_BYTES = 1024 * 1024
MAX_ZIP_ENTRIES = 10_000
MAX_ROWS = 100_000
MAX_COLUMNS = 2_000
#: Most filled cells in one file (all sheets of a workbook count separately): ten times a
#: national register file of 98 municipalities x 10 years x 100 variables.
MAX_CELLS = 1_000_000
#: Most characters of text in all cells of one sheet or CSV file (keeps memory bounded; a
#: register or survey file holds numbers and short labels, well under a million characters).
MAX_TEXT_CHARS = 20_000_000
#: Most rows (empty or not) in a CSV file: Excel's own sheet limit.
MAX_LINES = 1_048_576

ZIP_MAGIC = b"PK\x03\x04"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class UnsafeFile(BenchError):
    """The file cannot or must not be opened; the message says why and what to do."""


def require_defusedxml() -> None:
    """Refuse to parse untrusted XML unless openpyxl uses defusedxml."""
    from openpyxl.xml import DEFUSEDXML

    if not DEFUSEDXML:
        raise UnsafeFile(
            "Pakken defusedxml er ikke installeret, så regneark kan ikke åbnes sikkert. "
            "Installér programmet igen (pip install defusedxml).",
            "The defusedxml package is not installed, so workbooks cannot be opened safely. "
            "Reinstall the program (pip install defusedxml).",
        )


def check_size(path: Path, size: int) -> None:
    """Refuse an empty file or one larger than ``MAX_FILE_BYTES``."""
    if size == 0:
        raise UnsafeFile(
            "Filen er tom (0 byte). Gem filen igen fra Excel eller hent den igen.",
            "The file is empty (0 bytes). Save it again from Excel or download it again.",
        )
    if size > MAX_FILE_BYTES:
        mb, cap = size / 1024 / 1024, MAX_FILE_BYTES / 1024 / 1024
        raise UnsafeFile(
            f"Filen er for stor ({mb:.0f} MB; højst {cap:.0f} MB). Del den op i mindre filer.",
            f"The file is too large ({mb:.0f} MB; at most {cap:.0f} MB). Split it into smaller files.",
        )


def check_zip(path: Path) -> None:
    """Check an xlsx's zip directory before any XML in it is parsed."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UnsafeFile(
            "Filen er beskadiget og kan ikke åbnes som Excel-fil (.xlsx). "
            "Åbn den i Excel og gem den igen som Excel-projektmappe (.xlsx).",
            f"The file is damaged and cannot be opened as an Excel file (.xlsx) ({exc}). "
            "Open it in Excel and save it again as an Excel workbook (.xlsx).",
        ) from exc
    if len(infos) > MAX_ZIP_ENTRIES:
        raise UnsafeFile(
            f"Filen indeholder {len(infos)} dele (højst {MAX_ZIP_ENTRIES}) og åbnes ikke af sikkerhedshensyn.",
            f"The file holds {len(infos)} parts (at most {MAX_ZIP_ENTRIES}) and is not opened for safety.",
        )
    total = sum(i.file_size for i in infos)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise UnsafeFile(
            f"Filen fylder {total / 1024 / 1024:.0f} MB udpakket (højst "
            f"{MAX_UNCOMPRESSED_BYTES / 1024 / 1024:.0f} MB) og åbnes ikke af sikkerhedshensyn "
            "(mulig zip-bombe).",
            f"The file unpacks to {total / 1024 / 1024:.0f} MB (at most "
            f"{MAX_UNCOMPRESSED_BYTES / 1024 / 1024:.0f} MB) and is not opened for safety (possible zip bomb).",
        )
    for info in infos:
        if info.file_size >= RATIO_MIN_BYTES and info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1):
            raise UnsafeFile(
                f"Delen '{info.filename}' i filen er pakket usædvanligt tæt (over "
                f"{MAX_COMPRESSION_RATIO:.0f}:1) og åbnes ikke af sikkerhedshensyn (mulig zip-bombe).",
                f"The part '{info.filename}' is compressed unusually tightly (over "
                f"{MAX_COMPRESSION_RATIO:.0f}:1) and is not opened for safety (possible zip bomb).",
            )
    names = {i.filename for i in infos}
    if "xl/workbook.xml" not in names:
        what_da, what_en = "ikke en Excel-projektmappe", "not an Excel workbook"
        if "word/document.xml" in names:
            what_da, what_en = "et Word-dokument", "a Word document"
        elif "ppt/presentation.xml" in names:
            what_da, what_en = "en PowerPoint-præsentation", "a PowerPoint presentation"
        elif "content.xml" in names:
            what_da, what_en = "et OpenDocument-dokument", "an OpenDocument file"
        raise UnsafeFile(
            f"Filen er {what_da}, ikke en Excel-fil (.xlsx). Vælg den rigtige fil, eller gem den "
            "som Excel-projektmappe (.xlsx).",
            f"The file is {what_en}, not an Excel file (.xlsx). Choose the right file or save it "
            "as an Excel workbook (.xlsx).",
        )


def refuse_ole2(path: Path) -> None:
    """An OLE2 file: an old binary ``.xls`` or a password-protected workbook."""
    raise UnsafeFile(
        "Filen er i det gamle Excel-format (.xls) eller er beskyttet med adgangskode. "
        "Åbn den i Excel, fjern en eventuel adgangskode og gem som Excel-projektmappe (.xlsx).",
        "The file is in the old Excel format (.xls) or is password-protected. Open it in Excel, "
        "remove any password and save it as an Excel workbook (.xlsx).",
    )


def open_workbook(path: Path):
    """Open a checked workbook: read-only, formulas as text, no external links."""
    require_defusedxml()
    check_zip(path)
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except Exception as exc:  # openpyxl raises many types for broken files
        raise UnsafeFile(
            "Filen kan ikke læses som Excel-fil; den er måske beskadiget. Åbn den i Excel og "
            "gem den igen som Excel-projektmappe (.xlsx).",
            f"The file cannot be read as an Excel file ({type(exc).__name__}: {exc}); it may be "
            "damaged. Open it in Excel and save it again as an Excel workbook (.xlsx).",
        ) from exc


def too_many(sheet: str | None, what: str, limit: int) -> UnsafeFile:
    """The error for a sheet (``None``: a CSV file) with more ``what`` ("rows", "columns",
    "cells") than ``limit``."""
    n_da = f"{limit:,}".replace(",", ".")
    where_da = f"Arket '{sheet}'" if sheet else "Filen"
    where_en = f"Sheet '{sheet}'" if sheet else "The file"
    da, en = {
        "rows": (f"har over {n_da} rækker med data. Del filen op i mindre filer.",
                 f"has more than {limit:,} rows with data. Split the file into smaller files."),
        "lines": (f"har over {n_da} linjer. Slet de tomme linjer, eller del filen op.",
                  f"has more than {limit:,} lines. Delete the empty lines or split the file."),
        "columns": (f"har over {n_da} kolonner. Slet de overflødige kolonner.",
                    f"has more than {limit:,} columns. Delete the extra columns."),
        "cells": (f"har over {n_da} udfyldte celler. Del filen op i mindre filer.",
                  f"has more than {limit:,} filled cells. Split the file into smaller files."),
        "text": (f"har over {n_da} tegn tekst i cellerne. Del filen op, eller slet de lange tekster.",
                 f"has more than {limit:,} characters of text in its cells. Split the file or delete "
                 "the long texts."),
    }[what]
    return UnsafeFile(f"{where_da} {da}", f"{where_en} {en}")


def sheet_rows(ws, sheet_name: str) -> list[tuple]:
    """All rows of a read-only sheet as value tuples, trailing empty rows dropped.

    Raises ``UnsafeFile`` past ``MAX_ROWS`` rows with data, ``MAX_COLUMNS`` columns or
    ``MAX_CELLS`` filled cells, and for a number cell that is not finite (NaN, INF), naming the
    cell. The claimed sheet dimension is ignored (``reset_dimensions``) so a sheet that claims a
    million rows costs nothing.
    """
    if not hasattr(ws, "iter_rows"):  # a chart sheet
        return []
    ws.reset_dimensions()
    rows: list[tuple] = []
    filled_rows = cells = chars = 0
    try:
        for row in ws.iter_rows(values_only=True):
            if len(row) > MAX_COLUMNS:
                raise too_many(sheet_name, "columns", MAX_COLUMNS)
            filled = sum(1 for v in row if not _blank(v))
            if filled:
                filled_rows += 1
                cells += filled
                chars += sum(len(v) for v in row if type(v) is str)
                if filled_rows > MAX_ROWS:
                    raise too_many(sheet_name, "rows", MAX_ROWS)
                if cells > MAX_CELLS:
                    raise too_many(sheet_name, "cells", MAX_CELLS)
                if chars > MAX_TEXT_CHARS:
                    raise too_many(sheet_name, "text", MAX_TEXT_CHARS)
                _check_finite(row, len(rows), sheet_name)
            rows.append(row)
    except UnsafeFile:
        raise
    except Exception as exc:
        cell = _unreadable_number(ws, len(rows) + 1) if isinstance(exc, ValueError) else None
        if cell:
            raise _not_finite(sheet_name, cell, "NaN/INF") from exc
        raise UnsafeFile(
            f"Arket '{sheet_name}' kan ikke læses; filen er måske beskadiget. Gem den igen fra Excel.",
            f"Sheet '{sheet_name}' cannot be read ({type(exc).__name__}: {exc}); the file may be "
            "damaged. Save it again from Excel.",
        ) from exc
    while rows and all(_blank(v) for v in rows[-1]):
        rows.pop()
    return rows


def _blank(v: object) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def _check_finite(row: tuple, index: int, sheet_name: str) -> None:
    """Refuse a NaN or infinite number cell (Excel never writes one; a broken export does)."""
    for col, v in enumerate(row):
        if type(v) is float and (v != v or v in (float("inf"), float("-inf"))):
            from jobcenter_bench.core.importing.cells import column_letter

            raise _not_finite(sheet_name, f"{column_letter(col)}{index + 1}", v)


def _not_finite(sheet_name: str, cell: str, value: object) -> UnsafeFile:
    return UnsafeFile(
        f"Arket '{sheet_name}', celle {cell}: tallet er ikke et endeligt tal ({value}). Skriv et "
        "tal i cellen, eller lad den være tom, og gem filen igen.",
        f"Sheet '{sheet_name}', cell {cell}: the number is not finite ({value}). Write a number "
        "in the cell or leave it empty, and save the file again.",
    )


def _unreadable_number(ws, row: int) -> str | None:
    """The reference ("C2") of the first number cell in sheet row ``row`` or later whose value
    openpyxl cannot read (``NaN``, ``INF``), found by reading the sheet's XML again (defused)."""
    from defusedxml.ElementTree import iterparse

    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    try:
        with ws.parent._archive.open(ws._worksheet_path) as fh:
            for _, el in iterparse(fh):
                if el.tag != main + "c" or el.get("t", "n") != "n":
                    continue
                v = el.find(main + "v")
                ref = el.get("r") or ""
                if v is not None and v.text and not _number_text(v.text):
                    digits = "".join(ch for ch in ref if ch.isdigit())
                    if not digits or int(digits) >= row:
                        return ref or None
                el.clear()
    except Exception:  # the file is broken in another way: the general message is given
        return None
    return None


def _number_text(text: str) -> bool:
    try:
        x = float(text)
    except ValueError:
        return False
    return x == x and abs(x) != float("inf")
