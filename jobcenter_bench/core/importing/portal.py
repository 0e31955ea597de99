"""The portals' own downloads (udtræk) of the tables in ``docs/data-sources.md``.

A user who downloads a table by hand from jobindsats.dk or statistikbanken.dk gets title lines,
then a header row with the same column labels as the API answer, then one row per area and
period ("101 København", "2023K1", ".." for a suppressed cell). Recognised by the header row:

- Jobindsats "Antal personer og fuldtidspersoner" (Y01A02, Y36A02, Y07A02, Y09A02, ...):
  ``Periode``, ``Område``, ``Antal fuldtidspersoner`` (and Køn, Alder, Herkomst, whose total
  rows are used). The benefit is the table code (``Y01A02``) or the benefit's name in the title
  lines or in the file name;
- Jobindsats Y30R21: ``Area``/``Område``, ``Periode``, ``Ydelsesgrupper`` and the measures;
- Statistikbanken FOLK1A: ``OMRÅDE``, ``ALDER``, ``TID``, ``INDHOLD`` (and ``KØN``).

The rows are read by the same column readers as the API answers (``sources.jobindsats``,
``sources.statistikbanken``), so a download and a fetch of the same table store the same
yearly values.
"""

from __future__ import annotations

import re

from jobcenter_bench.core.importing.cells import is_blank, show
from jobcenter_bench.core.importing.grid import Grid
from jobcenter_bench.core.importing.parsed import ParsedFile
from jobcenter_bench.core.sources import jobindsats as jis
from jobcenter_bench.core.sources import statistikbanken as dst
from jobcenter_bench.core.sources.records import ShapeError, column_index, to_parsed

_TABLE_CODE = re.compile(r"\b(Y\d{2}A\d{2})\b", re.IGNORECASE)


def _labels(row) -> list[str]:
    return [str(v).strip() if not is_blank(v) else "" for v in row]


def portal_table(row) -> str | None:
    """"a02", "y30r21" or "folk1a" when ``row`` is the header row of such a download."""
    labels = _labels(row)
    if sum(1 for v in labels if v) < 3:
        return None
    if dst.is_folk1a(labels):
        return "folk1a"
    if column_index(labels, *jis.AREA_NAMES) is None or column_index(labels, *jis.PERIOD_NAMES) is None:
        return None
    if jis.is_y30r21(labels):
        return "y30r21"
    if column_index(labels, jis.PERSONS_LABEL) is not None:
        return "a02"
    return None


def read_portal(parsed: ParsedFile, grid: Grid, header: int) -> None:
    """Fill ``parsed`` from a portal download whose header is 0-based row ``header``."""
    parsed.kind = "register"
    kind = portal_table(grid.rows[header])
    labels = _labels(grid.rows[header])
    keys = _key_columns(kind, labels)
    data_rows = [r for r in range(header + 1, len(grid.rows))
                 if all(not is_blank(grid.cell(r, c)) for c in keys)]
    rows = [[grid.cell(r, c) for c in range(len(labels))] for r in data_rows]

    def place(i: int, c: int):
        return grid.place(data_rows[i], c)

    try:
        if kind == "a02":
            var = _a02_variable(parsed, grid, header)
            if var is None:
                return
            points = jis.person_points(var, labels, rows, place, grid.decimal, parsed.problems)
        elif kind == "y30r21":
            points = jis.y30r21_points(labels, rows, place, grid.decimal, parsed.problems)
        else:
            points = dst.population_points(labels, rows, place, grid.decimal, parsed.problems)
    except ShapeError as err:
        name = {"a02": "Jobindsats", "y30r21": "Jobindsats Y30R21", "folk1a": "Statistikbanken FOLK1A"}[kind]
        parsed.problems.append(grid.place(header).problem(
            f"Filen ligner et udtræk fra {name}, men {err.da}. Hent udtrækket igen med alle "
            "kolonner og rækker, eller giv udviklerne besked.",
            f"The file looks like a download from {name}, but {err.en}. Download it again with "
            "every column and row, or tell the developers.",
        ))
        return
    to_parsed(parsed.name, points, parsed=parsed)


def _key_columns(kind: str, labels: list[str]) -> list[int]:
    """Columns every data row has filled (area and period); other rows are notes."""
    if kind == "folk1a":
        return [column_index(labels, "omraade"), column_index(labels, "tid")]
    return [column_index(labels, *jis.AREA_NAMES), column_index(labels, *jis.PERIOD_NAMES)]


def _a02_variable(parsed: ParsedFile, grid: Grid, header: int) -> str | None:
    """The benefit of an A02 download: a known table code in the title lines or file name,
    else the benefit's name there (as for a wide register table)."""
    texts = [str(v) for r in range(header) for v in grid.rows[r] if isinstance(v, str)]
    for text in [*texts, parsed.path.stem]:
        m = _TABLE_CODE.search(text)
        if m and m.group(1).upper() in jis.PERSON_TABLES:
            return jis.PERSON_TABLES[m.group(1).upper()]
    from jobcenter_bench.core.importing.register import _wide_variable

    var = _wide_variable(parsed, grid, header)
    if var is not None and not var.startswith("persons_"):
        parsed.problems.append(grid.place(0, 0).problem(
            f"Titlen eller filnavnet nævner '{show(var)}', men udtrækket har fuldtidspersoner på "
            "én ydelse. Skriv ydelsen (fx 'sygedagpenge') eller tabelkoden (fx Y07A02) i filnavnet.",
            f"The title or file name names '{show(var)}', but the download holds full-time persons "
            "on one benefit. Write the benefit (e.g. 'sygedagpenge') or the table code (e.g. "
            "Y07A02) in the file name.",
        ))
        return None
    return var
