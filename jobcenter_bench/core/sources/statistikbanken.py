"""Statistikbanken (Danmarks Statistik), API v1: population 16–64 and 16–66 from FOLK1A.

Request: ``GET v1/data/FOLK1A/CSV?OMRÅDE=*&KØN=TOT&ALDER=16,…,66&Tid=2023K1,…,2023K4
&valuePresentation=CodeAndValue`` (no key). Answer (see ``docs/data-sources.md``): CSV,
semicolon-separated, UTF-8 with a BOM, first line the variable names ``OMRÅDE;KØN;ALDER;TID;
INDHOLD``; areas as "101 København", ages as "16 år" (code and text; a bare code is read too).

Population 16–64 (befolkning 16–64 år) is the sum over the single ages 16 to 64 in one area and
quarter, 16–66 the sum over 16 to 66; the year's value is then the annual rule's average of the
four quarterly counts (FOLK1A counts the first day of each quarter).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from urllib.parse import quote

from jobcenter_bench.core.importing.cells import Place
from jobcenter_bench.core.sources.periods import Period
from jobcenter_bench.core.sources.records import (
    Point,
    ShapeError,
    cell_value,
    column_index,
    is_total,
    read_period,
)

SERVICE = "Statistikbanken"
BASE_URL = "https://api.statbank.dk"
TABLE = "FOLK1A"
#: Variable -> (first age, last age), both included.
AGE_BANDS = {"population_16_64": (16, 64), "population_16_66": (16, 66)}
AGES = range(16, 67)


def data_url(base: str, year: int) -> str:
    """The GET URL of FOLK1A for every area, both sexes together, ages 16–66, four quarters."""
    params = [
        ("OMRÅDE", "*"),
        ("KØN", "TOT"),
        ("ALDER", ",".join(str(a) for a in AGES)),
        ("Tid", ",".join(f"{year}K{q}" for q in range(1, 5))),
        ("valuePresentation", "CodeAndValue"),
    ]
    query = "&".join(f"{quote(k)}={quote(v, safe='*,')}" for k, v in params)
    return f"{base.rstrip('/')}/v1/data/{TABLE}/CSV?{query}"


def table_from_csv(body: bytes) -> tuple[list[str], list[list[str]]]:
    """(variable names, rows) of a CSV answer."""
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ShapeError("svaret er ikke UTF-8-tekst", "the answer is not UTF-8 text") from exc
    rows = [r for r in csv.reader(io.StringIO(text, newline=""), delimiter=";") if any(c.strip() for c in r)]
    if not rows:
        raise ShapeError("svaret er tomt", "the answer is empty")
    return [c.strip() for c in rows[0]], [[c.strip() for c in r] for r in rows[1:]]


def is_folk1a(labels: list[str]) -> bool:
    """True for a header with FOLK1A's columns (OMRÅDE, ALDER, TID, INDHOLD)."""
    return all(column_index(labels, n) is not None for n in ("omraade", "alder", "tid", "indhold"))


def _age(raw: object) -> int | None:
    """The age of an ALDER cell: "16 år", "16", "16 years"; None for "IALT"/"Alder i alt"."""
    m = re.match(r"^\s*(\d{1,3})\b", str(raw))
    return int(m.group(1)) if m else None


def population_points(
    labels: list[str],
    rows: list[list],
    place: Callable[[int, int], Place],
    decimal: str,
    problems: list,
) -> list[Point]:
    """Population 16–64 and 16–66 per area and quarter, summed over single ages."""
    cols = {}
    for name in ("omraade", "alder", "tid", "indhold"):
        c = column_index(labels, name)
        if c is None:
            raise ShapeError(f"kolonnen '{name.upper()}' mangler (kolonner: {', '.join(labels)})",
                             f"the column '{name.upper()}' is missing (columns: {', '.join(labels)})")
        cols[name] = c
    sex = column_index(labels, "koen")
    extra = [labels[c] for c in range(len(labels)) if c not in cols.values() and c != sex]
    if extra:
        raise ShapeError(f"uventede kolonner {', '.join(extra)} (FOLK1A skal hentes uden dem)",
                         f"unexpected columns {', '.join(extra)} (FOLK1A must be fetched without them)")
    cells: dict[tuple[str, Period], dict[int, float | None]] = {}
    where: dict[str, Place] = {}
    for i, row in enumerate(rows):
        if len(row) < len(labels):
            raise ShapeError(f"række {i + 2} har for få felter", f"row {i + 2} has too few fields")
        if sex is not None and not is_total(row[sex]):
            continue
        age = _age(row[cols["alder"]])
        if age is None or age not in AGES:
            continue
        p = read_period(row[cols["tid"]], place(i, cols["tid"]), problems)
        if p is None:
            continue
        area = row[cols["omraade"]]
        where.setdefault(area, place(i, cols["omraade"]))
        cells.setdefault((area, p), {})[age] = cell_value(
            row[cols["indhold"]], decimal, place(i, cols["indhold"]), problems)
    out = []
    for (area, p), by_age in cells.items():
        for var, (lo, hi) in AGE_BANDS.items():
            ages = range(lo, hi + 1)
            missing = [a for a in ages if a not in by_age]
            if missing and var == "population_16_64":
                raise ShapeError(
                    f"{area} {p.code}: alderen {missing[0]} år mangler; befolkningen 16-64 år er "
                    "summen over hver alder 16-64",
                    f"{area} {p.code}: age {missing[0]} is missing; the population 16-64 is the "
                    "sum over each age 16-64")
            if missing:
                continue  # a download with ages 16-64 only has no 16-66
            values = [by_age[a] for a in ages]
            total = None if any(v is None for v in values) else sum(values)
            out.append(Point(area, p, var, total, where[area]))
    return out

