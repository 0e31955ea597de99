"""Jobindsats (STAR), API v2: full-time persons per benefit and table Y30R21.

Layouts read (see ``docs/data-sources.md``; *our reading* marked there):

- metadata ``GET v2/tables/{table}/json/``: a JSON list whose first element has ``Period``,
  the list of period codes available;
- data ``POST v2/data/{table}/json`` with ``{"area": "*", "period": [...], <filters>}``: a JSON
  list whose first element has ``Variables`` (objects with a ``Label``) and ``Data`` (rows of
  values in the order of ``Variables``).

Tables: ``Y01A02`` (a-dagpenge), ``Y36A02`` (kontanthjælp), ``Y07A02`` (sygedagpenge),
``Y09A02`` (ledighedsydelse) give "Antal fuldtidspersoner" (full-time persons, fuldtidspersoner);
``Y30R21`` gives the expected and actual number and share of full-time persons on public
support per benefit group, stored as the published predicted and observed rates. The same
column readers read the portal's own downloads of these tables.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from jobcenter_bench.core.importing.cells import Place, fold
from jobcenter_bench.core.sources.records import (
    Point,
    ShapeError,
    cell_value,
    column_index,
    is_total,
    read_period,
)

SERVICE = "Jobindsats"
BASE_URL = "https://api.jobindsats.dk"

#: Table -> register variable of its "Antal fuldtidspersoner". Førtidspension has no table in
#: the documented list; import it from a file.
PERSON_TABLES = {
    "Y01A02": "persons_adp",
    "Y36A02": "persons_kth",
    "Y07A02": "persons_sdp",
    "Y09A02": "persons_flex",
}
Y30R21 = "Y30R21"
#: Y30R21's benefit groups (Ydelsesgrupper) -> our suffix. *Our reading*: "Ydelsesgrupper i
#: alt" is the three groups together.
GROUPS = {
    "Ydelsesgrupper i alt": "total",
    "A-dagpenge mv.": "adp",
    "Sygedagpenge mv.": "sdp",
    "Kontanthjælp mv.": "kth",
}
#: Y30R21's measures (the label after the last ": ") -> our prefix. "Forskel …" and the
#: ranking are derived from these and not stored.
MEASURES = {
    "Forventet antal": "expected_persons",
    "Faktisk antal": "actual_persons",
    "Forventet andel (pct.)": "expected_share",
    "Faktisk andel (pct.)": "actual_share",
}
#: The filter key of Y30R21's benefit group dimension.
GROUP_FILTER = "_ygrp_y30r21"
DIMENSIONS = ("koen", "alder", "herkomst")
AREA_NAMES = ("omraade", "area")
PERIOD_NAMES = ("periode", "period")
PERSONS_LABEL = "antal fuldtidspersoner"


def y30r21_variable(measure: str, group: str) -> str:
    """Our key of one Y30R21 number: ``y30r21_expected_share_total`` and so on."""
    return f"y30r21_{measure}_{group}"


def tables() -> list[str]:
    """Every table fetched, in fetch order."""
    return [*PERSON_TABLES, Y30R21]


def metadata_url(base: str, table: str) -> str:
    return f"{base.rstrip('/')}/v2/tables/{table.lower()}/json/"


def data_url(base: str, table: str) -> str:
    return f"{base.rstrip('/')}/v2/data/{table.lower()}/json"


def query(table: str, periods: list[str]) -> dict:
    """The POST body for all areas and ``periods`` (Y30R21: all four benefit groups)."""
    body: dict = {"area": "*", "period": list(periods)}
    if table == Y30R21:
        body[GROUP_FILTER] = list(GROUPS)
    return body


def _json(body: bytes, what_da: str, what_en: str):
    try:
        return json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ShapeError(f"{what_da} er ikke JSON", f"{what_en} is not JSON") from exc


def periods_from_metadata(body: bytes) -> list[str]:
    """The period codes a table's metadata lists (``[{"Period": [...]}, ...]``)."""
    data = _json(body, "tabellens beskrivelse", "the table's description")
    if not (isinstance(data, list) and data and isinstance(data[0], dict)
            and isinstance(data[0].get("Period"), list)):
        raise ShapeError("tabellens beskrivelse har ikke listen 'Period' i første element",
                         "the table's description has no list 'Period' in its first element")
    return [str(p) for p in data[0]["Period"]]


def table_from_json(body: bytes) -> tuple[list[str], list[list]]:
    """(column labels, rows) of a data answer (``[{"Variables": [...], "Data": [...]}]``)."""
    data = _json(body, "svaret", "the answer")
    if not (isinstance(data, list) and data and isinstance(data[0], dict)):
        raise ShapeError("svaret er ikke en liste med et objekt", "the answer is not a list with an object")
    first = data[0]
    variables, rows = first.get("Variables"), first.get("Data")
    if not isinstance(variables, list) or not isinstance(rows, list):
        raise ShapeError("svaret mangler 'Variables' eller 'Data'", "the answer lacks 'Variables' or 'Data'")
    try:
        labels = [str(v["Label"]) for v in variables]
    except (TypeError, KeyError) as exc:
        raise ShapeError("en variabel i 'Variables' har ingen 'Label'",
                         "a variable in 'Variables' has no 'Label'") from exc
    for i, row in enumerate(rows):
        if not isinstance(row, list) or len(row) != len(labels):
            raise ShapeError(f"række {i + 1} i 'Data' har ikke {len(labels)} værdier",
                             f"row {i + 1} of 'Data' does not have {len(labels)} values")
    return labels, rows


def _required(labels: list[str], names: tuple[str, ...], shown: str) -> int:
    col = column_index(labels, *names)
    if col is None:
        raise ShapeError(f"kolonnen '{shown}' mangler (kolonner: {', '.join(labels)})",
                         f"the column '{shown}' is missing (columns: {', '.join(labels)})")
    return col


def _total_rows(labels: list[str], rows: list[list]) -> list[int]:
    """Indices of rows that are the total of every dimension present (Køn, Alder, Herkomst)."""
    dims = [c for c, v in enumerate(labels) if fold(v) in DIMENSIONS]
    keep = [i for i, row in enumerate(rows) if all(is_total(row[c]) for c in dims)]
    if rows and not keep:
        names = ", ".join(labels[c] for c in dims)
        raise ShapeError(f"ingen række er totalen ('i alt') for {names}",
                         f"no row is the total ('i alt') of {names}")
    return keep


def person_points(
    variable: str,
    labels: list[str],
    rows: list[list],
    place: Callable[[int, int], Place],
    decimal: str,
    problems: list,
) -> list[Point]:
    """The "Antal fuldtidspersoner" of an A02 table (one benefit) as points of ``variable``.

    ``place(row, col)`` names a cell for messages (``row`` indexes ``rows``).
    """
    area = _required(labels, AREA_NAMES, "Område")
    period = _required(labels, PERIOD_NAMES, "Periode")
    value = _required(labels, (PERSONS_LABEL,), "Antal fuldtidspersoner")
    out = []
    for i in _total_rows(labels, rows):
        row = rows[i]
        p = read_period(row[period], place(i, period), problems)
        if p is not None:
            out.append(Point(str(row[area]), p, variable,
                             cell_value(row[value], decimal, place(i, value), problems), place(i, area)))
    return out


def y30r21_columns(labels: list[str]) -> dict[int, str]:
    """Column -> measure prefix of Y30R21's four stored measures; ShapeError if one is missing."""
    found: dict[int, str] = {}
    for c, label in enumerate(labels):
        tail = label.rsplit(":", 1)[-1].strip() if ":" in label else ""
        for name, key in MEASURES.items():
            if fold(tail) == fold(name) and key not in found.values():
                found[c] = key
    missing = [n for n, k in MEASURES.items() if k not in found.values()]
    if missing:
        raise ShapeError(f"kolonnerne for {', '.join(missing)} mangler i Y30R21",
                         f"the columns for {', '.join(missing)} are missing in Y30R21")
    return found


def is_y30r21(labels: list[str]) -> bool:
    """True for a header row with Y30R21's benefit group column and its measures."""
    try:
        y30r21_columns(labels)
    except ShapeError:
        return False
    return column_index(labels, "ydelsesgrupper") is not None


def y30r21_points(
    labels: list[str],
    rows: list[list],
    place: Callable[[int, int], Place],
    decimal: str,
    problems: list,
) -> list[Point]:
    """Y30R21's expected and actual numbers and shares per benefit group as points."""
    area = _required(labels, AREA_NAMES, "Area")
    period = _required(labels, PERIOD_NAMES, "Periode")
    group = _required(labels, ("ydelsesgrupper",), "Ydelsesgrupper")
    measures = y30r21_columns(labels)
    groups = {fold(k): v for k, v in GROUPS.items()}
    out = []
    for i, row in enumerate(rows):
        g = groups.get(fold(row[group]))
        if g is None:
            continue  # a benefit group we do not store
        p = read_period(row[period], place(i, period), problems)
        if p is None:
            continue
        for c, key in measures.items():
            out.append(Point(str(row[area]), p, y30r21_variable(key, g),
                             cell_value(row[c], decimal, place(i, c), problems), place(i, area)))
    return out

