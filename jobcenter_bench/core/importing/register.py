"""Register files (registerdata): persons on benefits, population, framework conditions.

Two layouts, from CSV or from the first sheet of a workbook:

- *long* (lang): a header row with "Kommunekode" and/or "Kommune" and "År" (or "Periode"/"Year"),
  then one column per variable. A header naming a known register variable (key, label or alias in
  ``register_variables.toml``) is that variable; any other numeric column is a framework-condition
  variable (rammevilkår) stored under a slug of its header, and the import says so in a warning.
  Other text columns are skipped with a warning.
- *wide* (bred), as portal downloads look: title lines, then a header row whose first cell is
  "Område"/"Kommune" or empty and whose other cells are years, then one row per municipality.
  The variable is named in the title lines or else in the file name. Totals ("Hele landet",
  "I alt", regions) are skipped with one warning.

Periods: besides plain years, the period column (long) or the header cells (wide) may hold the
services' period codes (``2023M03``, ``2023K1``/``2023Q1``, ``2023QMAT04``); the values are then
turned into years by the annual rule of ``sources.periods`` (annual average of the months or
quarters; a year with a missing or suppressed period gets no value and a warning).

The portals' own downloads of the tables ``docs/data-sources.md`` describes (Jobindsats'
A02 tables and Y30R21, Statistikbanken's FOLK1A) are recognised by their column headers after
any title lines and read by ``importing.portal`` (layout "portal").

Municipalities are matched by code or tolerant name (``geography.match_municipality``), also
in the portals' "101 København" form; the whole country ("000 Hele landet"), regions
("084 Region Hovedstaden"), landsdele and labour-market areas (RAR) are totals and skipped.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from jobcenter_bench.core.fields import RegisterVariable, register_variable_map, register_variables
from jobcenter_bench.core.geography import match_municipality as _match_municipality
from jobcenter_bench.core.geography import municipality_by_code
from jobcenter_bench.core.importing.cells import (
    CellError,
    fold,
    header_variants,
    is_blank,
    is_year,
    show,
    to_number,
    to_year,
)
from jobcenter_bench.core.importing.grid import Grid
from jobcenter_bench.core.importing.parsed import ParsedFile
from jobcenter_bench.core.numbers import format_number
from jobcenter_bench.core.plausibility import MAX_MAGNITUDE, upper_bound
from jobcenter_bench.core.safe_text import text_problem

CODE_HEADERS = {"kommunekode", "kommune kode", "kommunenr", "kommune nr", "komkode", "kode",
                "municipality code", "code"}
NAME_HEADERS = {"kommune", "kommunenavn", "kommune navn", "omraade", "municipality", "navn", "name", "area"}
PERIOD_HEADERS = {"aar", "year", "periode", "period", "tid", "aarstal"}
#: Columns with information not stored; skipped without a warning.
INFO_HEADERS = {"region", "landsdel", "jobcenter", "kilde", "note", "noter", "kommentar", "source"}
#: Cells portals write for a missing or suppressed value (Danmarks Statistik: ".."); read as "no
#: value", and counted in one warning per file (:func:`_warn_missing`).
MISSING_MARKS = {"..", ".", "-", "\u2013", "x", "n/a", "na"}
#: How many skipped cells the warning names before "...".
MISSING_SHOWN = 3
HEADER_SEARCH_ROWS = 30


@lru_cache(maxsize=8192)
def match_municipality(value: object):
    """``geography.match_municipality``, remembered: files repeat each name once per year."""
    return _match_municipality(value)


@cache
def variable_index() -> dict[str, str]:
    """Folded name -> register variable key, from key, labels and aliases."""
    index: dict[str, str] = {}
    for v in register_variables():
        for name in (v.key, v.label_da, v.label_en, *v.aliases):
            index.setdefault(fold(name), v.key)
    return index


def match_variable(header: object) -> str | None:
    """The known register variable a column header names, or None."""
    index = variable_index()
    return next((index[v] for v in header_variants(header) if v in index), None)


def find_variable_in_text(text: str) -> str | None:
    """The register variable whose label or alias occurs (as whole words) in a title or file
    name; the longest match wins ("forudsagt forsørgelsesgrad alle ydelser" over "forudsagt")."""
    hay = f" {fold(text.replace('_', ' '))} "
    best: tuple[int, str] | None = None
    for name, key in variable_index().items():
        if name and f" {name} " in hay and (best is None or len(name) > best[0]):
            best = (len(name), key)
    return best[1] if best else None


def framework_slug(header: str) -> str:
    """Key for a framework variable: "Andel ikke-vestlige (%)" -> "andel_ikke_vestlige"."""
    text = re.sub(r"\s*[(\[][^)\]]*[)\]]\s*$", "", str(header)) or str(header)
    slug = fold(text).replace("%", "pct").replace(" ", "_")
    if not slug or slug[0].isdigit():
        slug = "v_" + slug
    return slug


#: Danmarks Statistik's area codes for the whole country (000) and the five regions (081–085).
AGGREGATE_CODES = {"000", "081", "082", "083", "084", "085"}


def is_aggregate(value: object) -> bool:
    """A total or region row: "Hele landet", "I alt", "Region Hovedstaden", "Landsdel Fyn",
    "RAR Sjælland", and the portals' "000 Hele landet" / "084 Region Hovedstaden" (a code of
    the whole country or a region, alone as "084" or before a name)."""
    text = str(value).strip()
    m = re.match(r"^(\d{3})(?:\s+(.*))?$", text)
    if m and m.group(1) in AGGREGATE_CODES:
        return True
    if m and m.group(2):
        text = m.group(2)
    f = fold(text)
    return f in {"hele landet", "i alt", "ialt", "total", "danmark", "landet i alt", "hele landet i alt"} or \
        f.startswith(("region ", "landsdel ", "rar "))


def detect_layout(grid: Grid) -> tuple[str, int] | None:
    """("long" | "wide" | "portal", 0-based header row) of a register table, or None."""
    from jobcenter_bench.core.importing.portal import portal_table

    for r, row in enumerate(grid.rows[:HEADER_SEARCH_ROWS]):
        if portal_table(row) is not None:
            return "portal", r
        folded = [fold(v) if not is_blank(v) else "" for v in row]
        if any(f in CODE_HEADERS or f in NAME_HEADERS for f in folded) and any(
            f in PERIOD_HEADERS for f in folded
        ):
            return "long", r
        years = [c for c, v in enumerate(row) if not is_blank(v) and _is_period_head(v)]
        if years and years[0] > 0:
            before_ok = all(f == "" or f in CODE_HEADERS or f in NAME_HEADERS for f in folded[: years[0]])
            after_ok = all(is_blank(v) or _is_period_head(v) for v in row[years[0]:])
            if before_ok and after_ok:
                return "wide", r
    return None


def read_register(parsed: ParsedFile, grid: Grid) -> None:
    """Fill ``parsed`` from a register table in either layout."""
    parsed.kind = "register"
    layout = detect_layout(grid)
    if layout is None:
        parsed.problems.append(
            grid.place().problem(
                "Filens opbygning kendes ikke. Registerdata skal enten have kolonnerne 'Kommune' "
                "(eller 'Kommunekode') og 'År' med én kolonne pr. variabel, eller en overskriftsrække "
                "med 'Område' og årstal (som udtræk fra Jobindsats).",
                "The file's layout is not recognised. Register data needs either the columns "
                "'Kommune' (or 'Kommunekode') and 'År' with one column per variable, or a header "
                "row with 'Område' and years (as Jobindsats downloads).",
                expected="kolonnerne 'Kommune' og 'År', eller 'Område' og årstal",
            )
        )
        return
    kind, header = layout
    grid.set_headers(header)
    if kind == "portal":
        from jobcenter_bench.core.importing.portal import read_portal

        read_portal(parsed, grid, header)
        return
    if kind == "long":
        _read_long(parsed, grid, header)
    else:
        _read_wide(parsed, grid, header)
    _warn_missing(parsed)


def _is_period_head(value: object) -> bool:
    """A year or a period code (2023K1, 2023M03, 2023QMAT04) in a wide table's header row."""
    if is_year(value):
        return True
    from jobcenter_bench.core.sources.periods import parse_period

    return isinstance(value, str) and parse_period(value) is not None and len(value.split()) == 1


def _sub_year(value: object) -> bool:
    """A period code finer than a year (a month, quarter or moving annual total)."""
    if is_blank(value) or is_year(value):
        return False
    from jobcenter_bench.core.sources.periods import parse_period

    return parse_period(value) is not None


# ---------------------------------------------------------------- long layout
def _read_long(parsed: ParsedFile, grid: Grid, header: int) -> None:
    heads = [fold(v) if not is_blank(v) else "" for v in grid.rows[header]]
    code_col = next((c for c, f in enumerate(heads) if f in CODE_HEADERS), None)
    name_col = next((c for c, f in enumerate(heads) if f in NAME_HEADERS), None)
    year_col = next(c for c, f in enumerate(heads) if f in PERIOD_HEADERS)
    ids = {c for c in (code_col, name_col, year_col) if c is not None}
    columns = _long_columns(parsed, grid, header, ids)
    if any(_sub_year(grid.cell(r, year_col)) for r in range(header + 1, len(grid.rows))):
        _read_periods(parsed, grid, [
            (r, _area_label(grid, r, code_col, name_col), grid.cell(r, year_col),
             grid.place(r, year_col), c, var)
            for r in range(header + 1, len(grid.rows)) if not grid.is_empty_row(r)
            for c, var in columns.items()
        ])
        return
    seen: dict[tuple[int, int], int] = {}
    aggregates = 0
    vmap = register_variable_map()
    for r in range(header + 1, len(grid.rows)):
        if grid.is_empty_row(r):
            continue
        values = {c: grid.cell(r, c) for c in columns}
        raw_year = grid.cell(r, year_col)
        if is_blank(raw_year) and all(is_blank(v) for v in values.values()):
            continue  # a note below the table
        muni = _long_municipality(parsed, grid, r, code_col, name_col)
        if muni is None:  # reported; still check the row's numbers so every problem is listed
            check_only = _ChecksOnly(parsed)
            for c, var in columns.items():
                _add_value(check_only, grid, r, c, values[c], 0, 0, var, vmap.get(var))
            continue
        if muni == "aggregate":
            aggregates += 1
            continue
        try:
            year = to_year(raw_year)
        except CellError as err:
            parsed.problems.append(grid.place(r, year_col).cell_problem(err, raw_year))
            continue
        key_col = code_col if code_col is not None else name_col
        if (muni.code, year) in seen:
            parsed.problems.append(_duplicate(grid, r, key_col, muni, year, seen[(muni.code, year)]))
            continue
        seen[(muni.code, year)] = r
        for c, var in columns.items():
            _add_value(parsed, grid, r, c, values[c], muni.code, year, var, vmap.get(var))
    _warn_aggregates(parsed, grid, aggregates)


def _long_municipality(parsed, grid, r, code_col, name_col):
    """The municipality of a long-layout row, "aggregate" for a total row, None after an error."""
    raw_code = grid.cell(r, code_col) if code_col is not None else None
    raw_name = grid.cell(r, name_col) if name_col is not None else None
    if not is_blank(raw_name) and is_aggregate(raw_name) and is_blank(raw_code):
        return "aggregate"
    by_code = match_municipality(raw_code) if not is_blank(raw_code) else None
    by_name = match_municipality(raw_name) if not is_blank(raw_name) else None
    if not is_blank(raw_code) and by_code is None:
        if is_aggregate(raw_code) or (not is_blank(raw_name) and is_aggregate(raw_name)):
            return "aggregate"
        parsed.problems.append(_unknown_municipality(grid, r, code_col, raw_code))
        return None
    if by_code is None and not is_blank(raw_name) and by_name is None:
        if is_aggregate(raw_name):
            return "aggregate"
        parsed.problems.append(_unknown_municipality(grid, r, name_col, raw_name))
        return None
    if by_code and by_name and by_code.code != by_name.code:
        parsed.problems.append(
            grid.place(r, name_col).problem(
                f"Kommunekode {by_code.code} ({by_code.name}) passer ikke med kommunenavnet "
                f"'{show(raw_name)}'. Ret koden eller navnet.",
                f"Municipality code {by_code.code} ({by_code.name}) does not match the name "
                f"'{show(raw_name)}'. Correct the code or the name.",
                value=raw_name,
                expected=by_code.name,
            )
        )
        return None
    muni = by_code or by_name
    if muni is None:
        col = code_col if code_col is not None else name_col
        parsed.problems.append(
            grid.place(r, col).problem(
                "Kommune mangler i en række med tal. Skriv kommunens navn eller kode, eller slet rækken.",
                "The municipality is missing in a row with numbers. Write the municipality's name "
                "or code, or delete the row.",
                expected="en kommunes navn eller kode",
            )
        )
    return muni


def _long_columns(parsed: ParsedFile, grid: Grid, header: int, ids: set[int]) -> dict[int, str]:
    """Column -> variable key for a long table; registers framework variables on ``parsed``."""
    columns: dict[int, str] = {}
    first: dict[str, int] = {}
    skipped: list[str] = []
    framework: list[str] = []
    data = range(header + 1, len(grid.rows))
    for c, head in enumerate(grid.rows[header]):
        if c in ids or is_blank(head) or fold(head) in INFO_HEADERS:
            continue
        var = match_variable(head)
        if var is None:
            cells = [grid.cell(r, c) for r in data]
            filled = [v for v in cells if not is_blank(v) and str(v).strip() not in MISSING_MARKS]
            numeric = sum(1 for v in filled if _is_number(v, grid.decimal))
            if not filled:
                continue
            if numeric * 2 < len(filled):
                skipped.append(f"'{show(head)}'")
                continue
            bad = text_problem(str(head).strip(), f"Kolonneoverskriften '{show(head)}'",
                               f"The column header '{show(head)}'")
            if bad:
                parsed.problems.append(grid.place(header, c).problem(*bad, value=head, expected="en kort overskrift"))
                continue
            var = framework_slug(head)
            if var not in parsed.new_variables:
                parsed.new_variables[var] = str(head).strip()
                framework.append(f"'{show(head)}' ({var})")
        if var in first:
            parsed.problems.append(grid.duplicate_column_problem(header, c, first[var], var, field_word=False))
            continue
        first[var] = c
        columns[c] = var
    if framework:
        parsed.problems.append(
            grid.place(header).problem(
                f"Disse kolonner gemmes som rammevilkår (forklarende variable): {', '.join(framework)}.",
                f"These columns are stored as framework-condition variables: {', '.join(framework)}.",
                notice=True,
            )
        )
    if skipped:
        parsed.problems.append(
            grid.place(header).problem(
                f"Kolonner uden tal springes over: {', '.join(skipped)}.",
                f"Columns without numbers are skipped: {', '.join(skipped)}.",
                warning=True,
            )
        )
    return columns


def _is_number(value: object, decimal: str) -> bool:
    try:
        to_number(value, decimal)
    except CellError:
        return False
    return True


# ---------------------------------------------------------------- wide layout
def _read_wide(parsed: ParsedFile, grid: Grid, header: int) -> None:
    heads = grid.rows[header]
    year_cols: dict[int, int] = {}
    first_year = next(c for c, v in enumerate(heads) if not is_blank(v) and _is_period_head(v))
    if any(_sub_year(v) for v in heads[first_year:]):
        var = _wide_variable(parsed, grid, header)
        if var is None:
            return
        items = []
        for r in range(header + 1, len(grid.rows)):
            ids = [grid.cell(r, c) for c in range(first_year) if not is_blank(grid.cell(r, c))]
            if not ids or grid.is_empty_row(r):
                continue
            area = next((v for v in ids if match_municipality(v)), ids[0])
            items += [(r, area, heads[c], grid.place(header, c), c, var)
                      for c in range(first_year, len(heads))
                      if not is_blank(heads[c])]
        _read_periods(parsed, grid, items)
        return
    for c in range(first_year, len(heads)):
        if is_blank(heads[c]):
            continue
        year = to_year(heads[c])
        if year in year_cols.values():
            parsed.problems.append(
                grid.place(header, c).problem(
                    f"Året {year} står to gange i overskriftsrækken. Slet den ene kolonne.",
                    f"The year {year} appears twice in the header row. Delete one of the columns.",
                    value=heads[c],
                )
            )
            return
        year_cols[c] = year
    var = _wide_variable(parsed, grid, header)
    if var is None:
        return
    vmap = register_variable_map()
    seen: dict[int, int] = {}
    aggregates = 0
    for r in range(header + 1, len(grid.rows)):
        if grid.is_empty_row(r):
            continue
        ids = [(c, grid.cell(r, c)) for c in range(first_year) if not is_blank(grid.cell(r, c))]
        has_values = any(not is_blank(grid.cell(r, c)) for c in year_cols)
        if not has_values:
            continue  # a note or source line below the table
        if not ids:
            parsed.problems.append(
                grid.place(r, 0).problem(
                    "Kommune mangler i en række med tal. Skriv kommunens navn, eller slet rækken.",
                    "The municipality is missing in a row with numbers. Write its name or delete the row.",
                    expected="en kommunes navn eller kode",
                )
            )
            continue
        muni = next((m for _, v in ids if (m := match_municipality(v))), None)
        if muni is None:
            if any(is_aggregate(v) for _, v in ids):
                aggregates += 1
            else:
                parsed.problems.append(_unknown_municipality(grid, r, ids[0][0], ids[0][1]))
            continue
        if muni.code in seen:
            parsed.problems.append(_duplicate(grid, r, ids[0][0], muni, None, seen[muni.code]))
            continue
        seen[muni.code] = r
        for c, year in year_cols.items():
            _add_value(parsed, grid, r, c, grid.cell(r, c), muni.code, year, var, vmap.get(var))
    _warn_aggregates(parsed, grid, aggregates)


def _wide_variable(parsed: ParsedFile, grid: Grid, header: int) -> str | None:
    """The variable of a wide table: from the title lines, else from the file name."""
    for r in range(header):
        for v in grid.rows[r]:
            if isinstance(v, str) and v.strip():
                var = find_variable_in_text(v)
                if var:
                    return var
    var = find_variable_in_text(parsed.path.stem)
    if var is None:
        names = ", ".join(f"'{v.label_da}'" for v in register_variables())
        parsed.problems.append(
            grid.place(0, 0).problem(
                "Det fremgår hverken af titellinjerne eller af filnavnet, hvilken variabel tallene "
                "er. Skriv variablens navn i første linje (fx 'Fuldtidspersoner på sygedagpenge') "
                f"eller omdøb filen (fx 'sygedagpenge.csv'). Kendte variable: {names}.",
                "Neither the title lines nor the file name say which variable the numbers are. "
                "Write the variable's name on the first line (e.g. 'Fuldtidspersoner på "
                "sygedagpenge') or rename the file (e.g. 'sygedagpenge.csv').",
                expected="en registervariabels navn i titlen eller filnavnet",
            )
        )
    return var


# ---------------------------------------------------------------- period codes
def _area_label(grid: Grid, r: int, code_col: int | None, name_col: int | None) -> object:
    """The municipality cell of a long row: the code if written, else the name."""
    code = grid.cell(r, code_col) if code_col is not None else None
    return code if not is_blank(code) else (grid.cell(r, name_col) if name_col is not None else None)


def _read_periods(parsed: ParsedFile, grid: Grid, items: list[tuple]) -> None:
    """Read cells dated by period codes and store their yearly values (the annual rule).

    ``items``: (row, area cell, period cell, where the period is written, value column,
    variable). Cells without a value (notes, empty cells) are skipped.
    """
    from jobcenter_bench.core.sources.records import Point, cell_value, read_period, to_parsed

    points = []
    no_area: set[int] = set()
    for r, area, raw_period, where, c, var in items:
        raw = grid.cell(r, c)
        if is_blank(raw):
            continue
        if is_blank(area):
            if r not in no_area:
                no_area.add(r)
                parsed.problems.append(grid.place(r, 0).problem(
                    "Kommune mangler i en række med tal. Skriv kommunens navn eller kode, eller slet rækken.",
                    "The municipality is missing in a row with numbers. Write the municipality's name "
                    "or code, or delete the row.",
                    expected="en kommunes navn eller kode",
                ))
            continue
        period = read_period(raw_period, where, parsed.problems)
        if period is None:
            continue
        value = cell_value(raw, grid.decimal, grid.place(r, c), parsed.problems)
        points.append(Point(str(area), period, var, value, grid.place(r, c)))
    to_parsed(parsed.name, points, parsed=parsed)


# ---------------------------------------------------------------- shared
def _add_value(
    parsed: ParsedFile,
    grid: Grid,
    r: int,
    c: int,
    raw: object,
    code: int,
    year: int,
    var: str,
    known: RegisterVariable | None,
) -> None:
    if raw is None or (isinstance(raw, str) and (not raw.strip() or raw.strip() in MISSING_MARKS)):
        if raw is not None and raw.strip():
            parsed.missing_marks.append((grid, r, c, code, year, var))
        return
    if type(raw) in (int, float) and (-MAX_MAGNITUDE <= raw <= _upper(known) if known is None
                                      else 0 <= raw <= _upper(known)):
        parsed.register_values.append((code, year, var, float(raw)))  # the common case
        parsed.register_cells.append((grid, r, c))
        return
    try:
        value = to_number(raw, grid.decimal)
    except CellError as err:
        label_da, label_en = _labels(parsed, var, known)
        parsed.problems.append(grid.place(r, c).cell_problem(err, raw, f"{label_da}: ", f"{label_en}: "))
        return
    if (-MAX_MAGNITUDE <= value <= MAX_MAGNITUDE) if known is None else 0 <= value <= _upper(known):
        parsed.register_values.append((code, year, var, value))
        parsed.register_cells.append((grid, r, c))
        return
    # out of range: persons and population are never negative, percentages <= 100, and nothing
    # is beyond ten times the largest real municipality
    place = grid.place(r, c)
    label_da, label_en = _labels(parsed, var, known)
    if known is None or (known.unit_en != "%" and value > 0):
        limit = _n(_upper(known))
        parsed.problems.append(
            place.problem(
                f"{label_da}: {show(raw)} er langt uden for, hvad en kommune kan have (højst {limit}). "
                "Tjek tallet (et manglende decimalkomma, en forkert enhed).",
                f"{label_en}: {show(raw)} is far beyond what any municipality can have (at most "
                f"{limit}). Check the number (a missing decimal comma, a wrong unit).",
                value=raw,
                expected=f"højst {limit}",
            )
        )
    elif value < 0:
        parsed.problems.append(
            place.problem(
                f"{label_da}: {show(raw)} er negativ. Skriv et tal på mindst 0.",
                f"{label_en}: {show(raw)} is negative. Write a number of at least 0.",
                value=raw,
                expected="et tal på mindst 0",
            )
        )
    else:
        parsed.problems.append(
            place.problem(
                f"{label_da}: {show(raw)} er over 100 %. Skriv procenten som et tal mellem 0 og 100.",
                f"{label_en}: {show(raw)} is over 100 %. Write the percentage as a number between 0 and 100.",
                value=raw,
                expected="et tal mellem 0 og 100",
            )
        )


class _ChecksOnly:
    """Stands in for a ParsedFile when a row is already rejected: collects problems, drops values."""

    def __init__(self, parsed: ParsedFile):
        self.problems = parsed.problems
        self.new_variables = parsed.new_variables
        self.register_values: list = []
        self.register_cells: list = []
        self.missing_marks: list = []


def _labels(parsed: ParsedFile, var: str, known: RegisterVariable | None) -> tuple[str, str]:
    if known is not None:
        return known.label_da, known.label_en
    label = parsed.new_variables.get(var, var)
    return label, label


def _upper(known: RegisterVariable | None) -> float:
    """Largest valid value of a variable: 100 for a percentage, ten times the largest real
    municipality for persons and population (``plausibility``), 10¹² for anything else."""
    if known is None:
        return MAX_MAGNITUDE
    return upper_bound(known.kind, known.unit_en)


def _n(value: float) -> str:
    return format_number(value, 0)


def _unknown_municipality(grid: Grid, r: int, c: int, raw: object):
    return grid.place(r, c).problem(
        f"'{show(raw)}' er ikke en kendt kommune. Skriv kommunens navn (fx Aabenraa) eller "
        "kommunekode (fx 580).",
        f"'{show(raw)}' is not a known municipality. Write the municipality's name (e.g. "
        "Aabenraa) or code (e.g. 580).",
        value=raw,
        expected="en kommunes navn eller kode",
    )


def _duplicate(grid: Grid, r: int, c: int, muni, year: int | None, first: int):
    when_da = f" for {year}" if year is not None else ""
    when_en = f" for {year}" if year is not None else ""
    return grid.place(r, c).problem(
        f"Kommune {muni.name} ({muni.code}) står to gange{when_da} (også i række {first + 1}). "
        "Slet den ene række.",
        f"Municipality {muni.name} ({muni.code}) appears twice{when_en} (also in row {first + 1}). "
        "Delete one of the rows.",
        value=grid.cell(r, c),
        expected="én række pr. kommune" + (" og år" if year is not None else ""),
    )


def _warn_aggregates(parsed: ParsedFile, grid: Grid, count: int) -> None:
    if count:
        parsed.problems.append(
            grid.place().problem(
                f"{count} {'række' if count == 1 else 'rækker'} med totaler (hele landet, regioner, "
                "i alt) er sprunget over; de beregnes af kommunernes tal.",
                f"{count} {'row' if count == 1 else 'rows'} with totals (whole country, regions, "
                "total) skipped; they are computed from the municipalities.",
                notice=True,
            )
        )


def _warn_missing(parsed: ParsedFile) -> None:
    """One warning for the cells skipped as "not available" (".." and the like), with the first few."""
    n = len(parsed.missing_marks)
    if not n:
        return
    vmap = register_variable_map()
    places_da, places_en = [], []
    for grid, r, c, code, year, var in parsed.missing_marks[:MISSING_SHOWN]:
        place = grid.place(r, c)
        name = municipality_by_code()[code].name
        label_da, label_en = _labels(parsed, var, vmap.get(var))
        cell_da = f"celle {place.column}{place.row}" if place.sheet else f"række {place.row}"
        cell_en = f"cell {place.column}{place.row}" if place.sheet else f"row {place.row}"
        mark = show(grid.cell(r, c))
        places_da.append(f"{name} {year}, {label_da} ({cell_da}: '{mark}')")
        places_en.append(f"{name} {year}, {label_en} ({cell_en}: '{mark}')")
    more_da = f" og {n - MISSING_SHOWN} mere" if n > MISSING_SHOWN else ""
    more_en = f" and {n - MISSING_SHOWN} more" if n > MISSING_SHOWN else ""
    parsed.problems.append(
        parsed.missing_marks[0][0].place().problem(
            f"{n} {'celle' if n == 1 else 'celler'} med '..' eller et andet tegn for 'ikke oplyst' er "
            f"sprunget over (ingen værdi gemt): {'; '.join(places_da)}{more_da}. Tjek at tallene "
            "ikke mangler ved en fejl i udtrækket.",
            f"{n} {'cell' if n == 1 else 'cells'} with '..' or another 'not available' mark skipped "
            f"(no value stored): {'; '.join(places_en)}{more_en}. Check that the numbers are not "
            "missing by mistake in the download.",
            warning=True,
        )
    )
