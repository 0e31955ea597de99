"""From published rows (area, period, variable, value) to a checked register ``ParsedFile``.

The API answers and the portal downloads of both services end here: areas are matched to our
geography (whole country, regions and labour-market areas are dropped), periods are turned into
calendar years by the annual rule of :mod:`periods`, and the yearly values are put in the long
register layout and read by the same reader as any register file
(``importing.register.read_register``), so fetched data meet the same checks as files.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from jobcenter_bench.core.fields import register_variable_map
from jobcenter_bench.core.importing.cells import Place, fold, show
from jobcenter_bench.core.importing.grid import Grid
from jobcenter_bench.core.importing.parsed import ParsedFile
from jobcenter_bench.core.importing.register import is_aggregate, match_municipality, read_register
from jobcenter_bench.core.sources.periods import Period, annual_values, parse_period

#: How many dropped or incomplete items a warning names before "...".
SHOWN = 3


@dataclass(frozen=True)
class Point:
    """One published number: the ``area`` label as published ("101 København", "København",
    "Hele landet"), its ``period``, our register ``variable`` key and the ``value`` (None for a
    suppressed cell, ".."). ``place`` says where it came from, for messages."""

    area: str
    period: Period
    variable: str
    value: float | None
    place: Place


def area_kind(label: str) -> str:
    """"aggregate" for the whole country, a region, a landsdel or a labour-market area (RAR),
    written with or without Danmarks Statistik's code ("000 Hele landet", "084 Region
    Hovedstaden"), else "area" (a municipality or an unknown name)."""
    return "aggregate" if is_aggregate(label) else "area"


def to_parsed(
    name: str,
    points: Iterable[Point],
    *,
    year: int | None = None,
    parsed: ParsedFile | None = None,
) -> ParsedFile:
    """A register ``ParsedFile`` of the yearly values of ``points`` (only ``year`` if given).

    A municipality not in our geography is an error naming the area; dropped totals and years
    that cannot be computed (a missing month, a suppressed cell) are one warning each.
    """
    parsed = parsed or ParsedFile(path=Path(name))
    series: dict[tuple[int, str], list[tuple[Period, float | None]]] = {}
    dropped: dict[str, None] = {}
    unknown: dict[str, Place] = {}
    seen: dict[tuple, Place] = {}
    for p in points:
        if area_kind(p.area) == "aggregate":
            dropped.setdefault(p.area)
            continue
        muni = match_municipality(p.area)
        if muni is None:
            unknown.setdefault(p.area, p.place)
            continue
        key = (muni.code, p.variable, p.period.kind, p.period.year, p.period.index)
        if key in seen:
            parsed.problems.append(_twice(p, muni, seen[key]))
            continue
        seen[key] = p.place
        series.setdefault((muni.code, p.variable), []).append((p.period, p.value))
    for label, place in unknown.items():
        parsed.problems.append(place.problem(
            f"Området '{show(label)}' er ikke en kommune i programmets geografi "
            "(resources/geography). Er det en ny eller omdøbt kommune, skal geografien opdateres; "
            "ellers giv udviklerne besked.",
            f"The area '{show(label)}' is not a municipality in the program's geography "
            "(resources/geography). If it is a new or renamed municipality the geography must "
            "be updated; otherwise tell the developers.",
            value=label, expected="en kommune",
        ))
    yearly, incomplete = _yearly(series, year)
    _warn_dropped(parsed, name, list(dropped))
    _warn_incomplete(parsed, name, incomplete)
    if yearly:
        grid = _long_grid(parsed.name, yearly)
        errors_before = list(parsed.problems)
        parsed.problems = []
        read_register(parsed, grid)
        parsed.problems = errors_before + parsed.problems
    else:
        parsed.kind = "register"
    return parsed


def _twice(p: Point, muni, first: Place):
    label = register_variable_map().get(p.variable)
    name_da = label.label_da if label else p.variable
    name_en = label.label_en if label else p.variable
    return p.place.problem(
        f"{muni.name} ({muni.code}) har to tal for {p.period.code} ({name_da}); det første står i "
        f"række {first.row}. Slet den ene række.",
        f"{muni.name} ({muni.code}) has two numbers for {p.period.code} ({name_en}); the first is "
        f"in row {first.row}. Delete one of the rows.",
        value=p.area, expected="ét tal pr. kommune og periode",
    )


def _yearly(series, year):
    """(code, year) -> {variable: value or None}, and the (code, variable, Annual) not computable."""
    yearly: dict[tuple[int, int], dict[str, float | None]] = {}
    incomplete = []
    for (code, var), pts in sorted(series.items()):
        for y, annual in annual_values(pts).items():
            if year is not None and y != year:
                continue
            yearly.setdefault((code, y), {})[var] = annual.value
            if annual.value is None:
                incomplete.append((code, var, annual))
    return yearly, incomplete


def _long_grid(file_name: str, yearly: dict[tuple[int, int], dict[str, float | None]]) -> Grid:
    """The yearly values as a long register table: Kommunekode, År, one column per variable
    (headed by its Danish label); a value that cannot be computed is left empty (the warning
    of :func:`_warn_incomplete` names it)."""
    vmap = register_variable_map()
    variables = sorted({v for values in yearly.values() for v in values})
    header = ["Kommunekode", "År", *(vmap[v].label_da if v in vmap else v for v in variables)]
    rows: list[list] = [header]
    for (code, y), values in sorted(yearly.items()):
        rows.append([code, y, *(values.get(v) for v in variables)])
    return Grid(file_name, None, rows, excel=False, decimal=".")


def _warn_dropped(parsed: ParsedFile, name: str, labels: list[str]) -> None:
    if not labels:
        return
    shown = ", ".join(f"'{show(v)}'" for v in labels[:SHOWN]) + (" ..." if len(labels) > SHOWN else "")
    parsed.problems.append(Place(name, None).problem(
        f"{len(labels)} områder, der ikke er kommuner (hele landet, regioner m.m.), er sprunget "
        f"over: {shown}.",
        f"{len(labels)} areas that are not municipalities (whole country, regions etc.) were "
        f"skipped: {shown}.",
        warning=True,
    ))


def _warn_incomplete(parsed: ParsedFile, name: str, items: list) -> None:
    if not items:
        return
    from jobcenter_bench.core.geography import municipality_by_code

    vmap = register_variable_map()

    def label(var, lang):
        v = vmap.get(var)
        return (v.label_en if lang == "en" else v.label_da) if v else var

    da = "; ".join(f"{municipality_by_code()[c].name} {a.year}, {label(v, 'da')}: {a.reason_da}"
                   for c, v, a in items[:SHOWN])
    en = "; ".join(f"{municipality_by_code()[c].name} {a.year}, {label(v, 'en')}: {a.reason_en}"
                   for c, v, a in items[:SHOWN])
    more_da = f" og {len(items) - SHOWN} mere" if len(items) > SHOWN else ""
    more_en = f" and {len(items) - SHOWN} more" if len(items) > SHOWN else ""
    parsed.problems.append(Place(name, None).problem(
        f"{len(items)} årsværdier kan ikke beregnes (årsgennemsnittet kræver alle årets måneder "
        f"eller kvartaler med tal) og gemmes ikke: {da}{more_da}.",
        f"{len(items)} yearly values cannot be computed (the annual average needs every month or "
        f"quarter of the year with a number) and are not stored: {en}{more_en}.",
        warning=True,
    ))


class ShapeError(ValueError):
    """A table's columns or rows are not as documented; ``da``/``en`` say what is wrong."""

    def __init__(self, da: str, en: str):
        super().__init__(en)
        self.da, self.en = da, en


#: Cells the services write for a suppressed or missing value (diskretioneret / ikke oplyst).
MISSING = {"", "..", ".", "-", "\u2013", "x"}


def cell_value(raw: object, decimal: str, place: Place, problems: list) -> float | None:
    """The number in a published cell; None for a suppressed cell (".."); an error is added
    to ``problems`` (and None returned) for anything else that is not a number."""
    from jobcenter_bench.core.importing.cells import CellError, to_number

    if raw is None or (isinstance(raw, str) and raw.strip().lower() in MISSING):
        return None
    try:
        return to_number(raw, decimal)
    except CellError as err:
        problems.append(place.cell_problem(err, raw))
        return None


def column_index(labels: list[str], *names: str) -> int | None:
    """The position of the first label that folds to one of ``names`` (folded), else None."""
    folded = [fold(v) for v in labels]
    return next((folded.index(n) for n in names if n in folded), None)


def is_total(label: object) -> bool:
    """A dimension's total row: "I alt", "Køn i alt", "Alder i alt", "Total", "TOT", "Alle"."""
    f = fold(label)
    return f in {"i alt", "ialt", "total", "tot", "alle"} or f.endswith((" i alt", " ialt")) or \
        f.startswith(("tot ", "i alt "))


def read_period(raw: object, place: Place, problems: list) -> Period | None:
    """The period of a cell; an error is added to ``problems`` (None returned) if it is none."""
    p = parse_period(raw)
    if p is None:
        problems.append(place.problem(
            f"'{show(raw)}' er ikke en periodekode. Periodekoder ser ud som 2023, 2023M03, 2023K1, "
            "2023Q1 eller 2023QMAT04.",
            f"'{show(raw)}' is not a period code. Period codes look like 2023, 2023M03, 2023K1, "
            "2023Q1 or 2023QMAT04.",
            value=raw, expected="en periodekode, fx 2023K1",
        ))
    return p
