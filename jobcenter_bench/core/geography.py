"""Municipalities (kommuner), regions and the job centres that serve them, per year.

98 municipalities; a job centre covers one or more of them, and which municipalities share a
centre (the grouping) can change from year to year. ``resources/geography/municipalities.csv``
lists the municipalities (official codes); ``aliases.csv`` adds spellings people actually use
("Aabenrå", "Århus", "Nordfyn"); ``jobcentres.csv`` lists the municipalities that share a job
centre, one row per municipality with the years the row holds (``valid_from``/``valid_to``,
both inclusive, empty = open-ended) and its source. Every municipality not listed for a year has
a job centre of its own, named after it. A change of grouping is a new row in that file.

The grouping today is the VIVE 2018 benchmark's: four joint centres, Esbjerg-Fanø,
Frederikshavn-Læsø, Tårnby-Dragør and Vallensbæk-Ishøj, so 98 − 4 = 94 job centres (Ærø,
Samsø and Langeland have their own). No source we have gives another grouping for an earlier
year, so those rows are open-ended. A joint centre is named after the first municipality of
its VIVE name ("Esbjerg", "Tårnby", "Vallensbæk"); that municipality comes first in its
``municipality_codes``.

``year=None`` everywhere means the current grouping (the rows without ``valid_to``).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.resources import resource_path

GROUPING_FILE = "jobcentres.csv"


class GeographyError(BenchError):
    """A bundled geography file is inconsistent (names the file, row and what is wrong)."""


@dataclass(frozen=True)
class Municipality:
    code: int
    name: str
    region: str


@dataclass(frozen=True)
class JobCentre:
    """A job centre in one year's grouping, named after its (main) municipality, which comes
    first in ``municipality_codes``."""

    name: str
    region: str
    municipality_codes: tuple[int, ...]


@dataclass(frozen=True)
class SharedCentreRow:
    """One row of ``jobcentres.csv``: municipality ``code`` belongs to ``jobcenter`` in the
    years ``valid_from``..``valid_to`` (inclusive; ``None`` = open-ended)."""

    jobcenter: str
    code: int
    valid_from: int | None
    valid_to: int | None
    source: str

    def holds(self, year: int | None) -> bool:
        """True if the row applies in ``year`` (``None``: the current grouping)."""
        if year is None:
            return self.valid_to is None
        return (self.valid_from is None or self.valid_from <= year) and (
            self.valid_to is None or year <= self.valid_to)


@cache
def municipalities() -> tuple[Municipality, ...]:
    with resource_path("geography", "municipalities.csv").open(encoding="utf-8") as f:
        return tuple(Municipality(int(r["code"]), r["name"], r["region"]) for r in csv.DictReader(f))


@cache
def municipality_by_code() -> dict[int, Municipality]:
    return {m.code: m for m in municipalities()}


@cache
def shared_centre_rows() -> tuple[SharedCentreRow, ...]:
    """The rows of ``jobcentres.csv``, checked (known code, years in order, no double booking)."""
    rows: list[SharedCentreRow] = []
    with resource_path("geography", GROUPING_FILE).open(encoding="utf-8") as f:
        for line, r in enumerate(csv.DictReader(f), start=2):
            rows.append(_parse_row(r, line))
    for i, a in enumerate(rows):
        for b in rows[i + 1:]:
            if a.code == b.code and _overlap(a, b):
                raise _file_error(None, f"kommune {a.code} står i to jobcentre ({a.jobcenter}, "
                                        f"{b.jobcenter}) i samme år",
                                  f"municipality {a.code} is in two job centres ({a.jobcenter}, "
                                  f"{b.jobcenter}) in the same year")
    return tuple(rows)


def _parse_row(r: dict, line: int) -> SharedCentreRow:
    try:
        code = int(r["municipality_code"])
        years = [int(r[k]) if (r[k] or "").strip() else None for k in ("valid_from", "valid_to")]
    except (TypeError, ValueError):
        raise _file_error(line, "kommunekode og år skal være hele tal",
                          "municipality code and years must be whole numbers") from None
    if code not in municipality_by_code():
        raise _file_error(line, f"kommunekode {code} findes ikke i municipalities.csv",
                          f"municipality code {code} is not in municipalities.csv")
    if None not in years and years[0] > years[1]:
        raise _file_error(line, "valid_from er efter valid_to", "valid_from is after valid_to")
    if not (r["jobcenter"] or "").strip():
        raise _file_error(line, "jobcenter er tom", "jobcenter is empty")
    return SharedCentreRow(r["jobcenter"].strip(), code, years[0], years[1], r.get("source") or "")


def _overlap(a: SharedCentreRow, b: SharedCentreRow) -> bool:
    low = max(a.valid_from or -10**6, b.valid_from or -10**6)
    high = min(a.valid_to or 10**6, b.valid_to or 10**6)
    return low <= high


def _file_error(line: int | None, da: str, en: str) -> GeographyError:
    where = f"resources/geography/{GROUPING_FILE}" + (f", række {line}" if line else "")
    where_en = f"resources/geography/{GROUPING_FILE}" + (f", row {line}" if line else "")
    return GeographyError(f"{where}: {da}. Ret filen.", f"{where_en}: {en}. Correct the file.")


@cache
def jobcentres(year: int | None = None) -> tuple[JobCentre, ...]:
    """The job centres of ``year``'s grouping (``None``: the current one), in the order of
    their main municipality in the municipality list."""
    shared: dict[int, str] = {}
    members: dict[str, list[int]] = {}
    for row in shared_centre_rows():
        if row.holds(year):
            shared[row.code] = row.jobcenter
            members.setdefault(row.jobcenter, []).append(row.code)
    by_code = municipality_by_code()
    for name, codes in members.items():  # the centre's namesake municipality first
        codes.sort(key=lambda c: by_code[c].name != name)
    out: dict[str, JobCentre] = {}
    for m in municipalities():
        name = shared.get(m.code, m.name)
        codes = members.get(name, [m.code])
        if codes[0] != m.code:
            continue
        if name in out:
            raise _file_error(None, f"to jobcentre hedder {name} i {year or 'dag'}",
                              f"two job centres are called {name} in {year or 'the current grouping'}")
        out[name] = JobCentre(name, m.region, tuple(codes))
    return tuple(out.values())


@cache
def all_jobcentres() -> tuple[JobCentre, ...]:
    """Every job centre of any year's grouping (by name; the current one's first)."""
    years: set[int | None] = {None}
    for row in shared_centre_rows():
        years |= {row.valid_from, row.valid_to, None if row.valid_to is None else row.valid_to + 1}
    out: dict[str, JobCentre] = {}
    for year in sorted(years, key=lambda y: (y is not None, y or 0)):
        for j in jobcentres(year):
            out.setdefault(j.name, j)
    return tuple(out.values())


@cache
def jobcentre_by_name(year: int | None = None) -> dict[str, JobCentre]:
    return {j.name: j for j in jobcentres(year)}


@cache
def _centre_of_code(year: int | None) -> dict[int, JobCentre]:
    return {code: j for j in jobcentres(year) for code in j.municipality_codes}


def jobcentre_of(code: int, year: int | None = None) -> JobCentre:
    """The job centre that serves municipality ``code`` in ``year`` (``None``: current)."""
    return _centre_of_code(year)[code]


def normalise_name(text: str) -> str:
    """Fold a place name for matching: case, accents, Danish letters, "Kommune", punctuation.

    "Aabenraa Kommune", "ÅBENRÅ" and "aabenraa" all fold to ``"aabenraa"``;
    "Faaborg Midtfyn" and "Fåborg-Midtfyn" to ``"faaborgmidtfyn"``.
    """
    s = text.strip().lower()
    s = s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"\b(kommune|kommunes|municipality|jobcenter|jobcentret|jobcentre)\b", " ", s)
    s = re.sub(r"^\d{3}\s+", "", s)  # "101 København" as portals write it
    s = re.sub(r"[^a-z]", "", s)
    # "oe"/"o", "aa"/"a", "ae"/"a" variants typed without Danish letters
    return s


def _loose(s: str) -> str:
    return s.replace("aa", "a").replace("oe", "o").replace("ae", "a")


@cache
def _name_index() -> dict[str, int]:
    index: dict[str, int] = {}
    for m in municipalities():
        index[normalise_name(m.name)] = m.code
    with resource_path("geography", "aliases.csv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            index.setdefault(normalise_name(r["alias"]), int(r["code"]))
    loose: dict[str, int] = {}
    for key, code in index.items():
        loose.setdefault(_loose(key), code)
    return {**{"~" + k: v for k, v in loose.items()}, **index}


def match_municipality(value: object) -> Municipality | None:
    """The municipality a cell means, by official code (101, "0101") or by name; else None."""
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        if float(value).is_integer():
            return municipality_by_code().get(int(value))
        return None
    text = str(value).strip()
    if not text:
        return None
    if re.fullmatch(r"\d{1,4}(\.0)?", text):
        return municipality_by_code().get(int(float(text)))
    lead = re.match(r"^(\d{3})\s+\S", text)  # "101 København"
    if lead:
        by_code = municipality_by_code().get(int(lead.group(1)))
        if by_code:
            return by_code
    key = normalise_name(text)
    index = _name_index()
    code = index.get(key) or index.get("~" + _loose(key))
    return municipality_by_code().get(code) if code else None


def match_jobcentre(value: object, year: int | None = None) -> JobCentre | None:
    """The job centre a cell means in ``year``'s grouping (``None``: current): its name, or any
    municipality it covers (name or code), or a joint name such as "Esbjerg-Fanø"."""
    if value is None:
        return None
    key = normalise_name(str(value))
    for j in jobcentres(year):
        if normalise_name(j.name) == key:
            return j
    m = match_municipality(value)
    if m is None and "-" in str(value):  # "Esbjerg-Fanø"
        m = match_municipality(str(value).split("-")[0])
    return _centre_of_code(year).get(m.code) if m else None
