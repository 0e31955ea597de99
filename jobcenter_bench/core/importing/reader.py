"""``read_file``: detect a file's layout and read it, collecting every problem.

Never raises for bad content: an unreadable, unsafe or unrecognised file comes back with an
error in ``problems`` and no rows.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from jobcenter_bench.core.errors import BenchError, os_reason_da, os_reason_en
from jobcenter_bench.core.importing import csv_reading, xlsx_safety
from jobcenter_bench.core.importing.cells import Place, fold
from jobcenter_bench.core.importing.grid import Grid, decide_decimal
from jobcenter_bench.core.importing.parsed import ParsedFile
from jobcenter_bench.core.importing.register import detect_layout, read_register
from jobcenter_bench.core.importing.survey_consolidated import (
    SHEET_NAME,
    find_header_row,
    match_field,
    read_survey_consolidated,
)
from jobcenter_bench.core.importing.survey_workbook import (
    INSTRUCTION_SHEETS,
    is_survey_workbook,
    read_survey_workbook,
)

_log = logging.getLogger(__name__)

EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xltx", ".xltm"}


def read_file(path: str | Path) -> ParsedFile:
    """Read and check one file of any supported layout; problems are collected, not raised."""
    path = Path(path)
    parsed = ParsedFile(path=path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        parsed.problems.append(
            Place(path.name, None).problem(
                f"Filen kan ikke læses ({os_reason_da(exc)}). Tjek navnet og at filen ikke er åben "
                "i et andet program.",
                f"The file cannot be read ({os_reason_en(exc)}). Check the name and that no other "
                "program has it open.",
            )
        )
        return parsed
    parsed.size_bytes = len(data)
    parsed.sha256 = hashlib.sha256(data).hexdigest()
    try:
        xlsx_safety.check_size(path, len(data))
        if data.startswith(xlsx_safety.ZIP_MAGIC):
            _read_workbook(parsed)
        elif data.startswith(xlsx_safety.OLE2_MAGIC):
            xlsx_safety.refuse_ole2(path)
        elif path.suffix.lower() in EXCEL_SUFFIXES:
            raise xlsx_safety.UnsafeFile(
                "Filen hedder .xlsx, men er ikke en Excel-fil. Åbn den i det program, der lavede "
                "den, og gem den som Excel-projektmappe (.xlsx) eller CSV.",
                "The file is named .xlsx but is not an Excel file. Open it in the program that made "
                "it and save it as an Excel workbook (.xlsx) or CSV.",
            )
        else:
            _read_csv(parsed, data)
    except BenchError as exc:
        parsed.problems.append(Place(path.name, None).problem(str(exc), exc.message_en))
    except Exception as exc:  # a bug in a reader must not crash a batch: report and log it
        _log.exception("reading %s failed", path)
        parsed.problems.append(
            Place(path.name, None).problem(
                f"Filen kunne ikke læses på grund af en fejl i programmet ({type(exc).__name__}: "
                f"{exc}). Send filen til udviklerne.",
                f"The file could not be read because of a bug in the program ({type(exc).__name__}: "
                f"{exc}). Send the file to the developers.",
            )
        )
    if parsed.kind is not None and parsed.rows == 0 and not parsed.errors:
        parsed.problems.append(
            Place(path.name, None).problem(
                "Filen indeholder ingen værdier at importere (kun overskrifter eller tomme rækker).",
                "The file holds no values to import (only headers or empty rows).",
                expected="mindst én række med tal",
            )
        )
    return parsed


def _read_workbook(parsed: ParsedFile) -> None:
    wb = xlsx_safety.open_workbook(parsed.path)
    try:
        names = list(wb.sheetnames)
        if is_survey_workbook(names):
            grids = {
                n: Grid(parsed.name, n, xlsx_safety.sheet_rows(wb[n], n), True)
                for n in names
                if fold(n) not in INSTRUCTION_SHEETS
            }
            decide_decimal(list(grids.values()))
            read_survey_workbook(parsed, grids)
            return
        preferred = [n for n in names if n.strip().lower() == SHEET_NAME.lower()]
        grid = None
        for name in preferred + [n for n in names if n not in preferred]:
            candidate = Grid(parsed.name, name, xlsx_safety.sheet_rows(wb[name], name), True)
            if grid is None:
                grid = candidate  # the first sheet is reported if none is recognised
            if find_header_row(candidate) is not None or detect_layout(candidate) is not None:
                grid = candidate
                break
    finally:
        wb.close()
    decide_decimal([grid])
    _read_table(parsed, grid)


def _read_csv(parsed: ParsedFile, data: bytes) -> None:
    grid = Grid(parsed.name, None, csv_reading.read_csv_rows(parsed.path, data), False)
    decide_decimal([grid])
    _read_table(parsed, grid)


def _read_table(parsed: ParsedFile, grid: Grid) -> None:
    """A single table: a consolidated survey sheet or register data."""
    if not grid.rows:
        parsed.problems.append(
            grid.place().problem(
                "Arket er tomt. Vælg den fil, der indeholder data.",
                "The sheet is empty. Choose the file that holds the data.",
            )
        )
        return
    survey_header = find_header_row(grid)
    register = detect_layout(grid)
    survey_like = survey_header is not None and any(
        match_field(v) for v in grid.rows[survey_header] if v is not None
    )
    if survey_like or (survey_header is not None and register is None):
        read_survey_consolidated(parsed, grid)
    else:
        read_register(parsed, grid)
