"""Municipalities (kommuner), regions and the job centres that serve them.

98 municipalities and 94 job centres in the reference year: a job centre covers one or more
municipalities. The list is ``resources/geography/municipalities.csv`` (official municipality
codes); ``aliases.csv`` adds spellings people actually use ("Aabenrå", "Århus", "Nordfyn").
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from jobcenter_bench.core.resources import resource_path


@dataclass(frozen=True)
class Municipality:
    code: int
    name: str
    region: str
    jobcenter: str


@dataclass(frozen=True)
class JobCentre:
    """A job centre, named after its (main) municipality."""

    name: str
    region: str
    municipality_codes: tuple[int, ...]


@cache
def municipalities() -> tuple[Municipality, ...]:
    with resource_path("geography", "municipalities.csv").open(encoding="utf-8") as f:
        return tuple(
            Municipality(int(r["code"]), r["name"], r["region"], r["jobcenter"])
            for r in csv.DictReader(f)
        )


@cache
def municipality_by_code() -> dict[int, Municipality]:
    return {m.code: m for m in municipalities()}


@cache
def jobcentres() -> tuple[JobCentre, ...]:
    """All job centres, in the order of the municipality list."""
    order: dict[str, list[Municipality]] = {}
    for m in municipalities():
        order.setdefault(m.jobcenter, []).append(m)
    return tuple(
        JobCentre(name, ms[0].region, tuple(m.code for m in ms)) for name, ms in order.items()
    )


@cache
def jobcentre_by_name() -> dict[str, JobCentre]:
    return {j.name: j for j in jobcentres()}


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


def match_jobcentre(value: object) -> JobCentre | None:
    """The job centre a cell means: its name, or any municipality it covers (name or code)."""
    if value is None:
        return None
    key = normalise_name(str(value))
    for j in jobcentres():
        if normalise_name(j.name) == key:
            return j
    m = match_municipality(value)
    if m is None and "-" in str(value):  # "Esbjerg-Fanø"
        m = match_municipality(str(value).split("-")[0])
    return jobcentre_by_name().get(m.jobcenter) if m else None


def jobcentre_of(code: int) -> JobCentre:
    return jobcentre_by_name()[municipality_by_code()[code].jobcenter]
