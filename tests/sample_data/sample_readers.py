"""Readers for the sample files, independent of the generator.

They parse the written files with openpyxl/csv (never the generator's internal variables) and
aggregate municipalities to job centres, so the tests recompute the report's figures from the
files alone.
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from jobcenter_bench.core import geography
from jobcenter_bench.core.fields import register_variable_map

ROOT = Path(__file__).resolve().parents[2]
GENERATOR = ROOT / "sample_data" / "generate.py"
#: The sample's years (typed in: the generator is not imported) and its four files.
YEARS = (2009, 2010, 2011, 2012, 2013)
SURVEY, REGISTER, SICKNESS, FRAMEWORK = (
    "survey_2009_2013.xlsx",
    "register_2009_2013.csv",
    "sygedagpenge_2009_2013.csv",
    "rammevilkaar_2009_2013.xlsx",
)
SAMPLE_FILES = (SURVEY, REGISTER, SICKNESS, FRAMEWORK)
PERSONS = ("persons_adp", "persons_kth", "persons_sdp", "persons_flex", "persons_disability",
           "persons_other")
CORE = PERSONS[:3]
STAFF = ("fte_caseworkers", "fte_company_consultants", "fte_case_admin", "fte_management",
         "fte_staff_functions")


def run_generator(out: Path, generator: Path = GENERATOR) -> None:
    """Run ``generate.py --out out`` in a fresh interpreter (as users run it)."""
    subprocess.run([sys.executable, str(generator), "--out", str(out)], check=True,
                   capture_output=True, text=True)


def danish_number(text: str) -> float:
    return float(text.replace(".", "").replace(",", "."))


def read_survey(path: Path) -> dict[tuple[str, int], dict]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    rows = list(wb["Besvarelser"].iter_rows(values_only=True))
    header = rows[2]
    out = {}
    for r in rows[3:]:
        rec = dict(zip(header, r, strict=True))
        out[(rec["Jobcenter"], int(rec["År"]))] = rec
    return out


def read_register(path: Path) -> dict[tuple[int, int], dict]:
    by_label = {v.label_da: k for k, v in register_variable_map().items()}
    text = path.read_bytes().decode("cp1252")
    out = {}
    for r in csv.DictReader(io.StringIO(text, newline=""), delimiter=";"):
        rec = {by_label[h]: danish_number(v) for h, v in r.items() if h in by_label}
        out[(int(r["Kommunekode"]), int(r["År"]))] = rec
    return out


def read_sickness(path: Path) -> tuple[dict[tuple[int, int], float], dict[int, float]]:
    lines = path.read_bytes().decode("utf-8-sig").splitlines()
    header = lines[3].split(";")
    years = [int(y) for y in header[1:]]
    values, total = {}, {}
    for line in lines[4:]:
        name, *cells = line.split(";")
        nums = [danish_number(c) for c in cells]
        if name == "Hele landet":
            total = dict(zip(years, nums, strict=True))
            continue
        m = geography.match_municipality(name)
        assert m is not None, name
        for y, v in zip(years, nums, strict=True):
            values[(m.code, y)] = v
    return values, total


def read_framework(path: Path) -> tuple[list[str], dict[tuple[int, int], dict]]:
    from openpyxl import load_workbook

    labels = {v.label_da: k for k, v in register_variable_map().items()}
    wb = load_workbook(path, read_only=True, data_only=True)
    rows = list(wb["Rammevilkår"].iter_rows(values_only=True))
    header = rows[0]
    fw_headers = [h for h in header[3:] if h not in labels]
    out = {}
    for r in rows[1:]:
        rec = dict(zip(header, r, strict=True))
        out[(int(rec["Kommunekode"]), int(rec["År"]))] = {
            **{labels[h]: rec[h] for h in header[3:] if h in labels},
            "framework": [float(rec[h]) for h in fw_headers],
        }
    return fw_headers, out


@dataclass
class Year:
    """Centre-level figures of one year, recomputed from the files (94 rows, geography order)."""

    names: list[str]
    pop: np.ndarray
    persons: dict[str, np.ndarray]
    fte: np.ndarray
    survey: list[dict]
    predicted: np.ndarray
    predicted_all: np.ndarray
    cluster: np.ndarray
    x: np.ndarray
    core_rate: np.ndarray = field(init=False)
    all_rate: np.ndarray = field(init=False)
    effect: np.ndarray = field(init=False)
    productivity: np.ndarray = field(init=False)

    def __post_init__(self):
        core = sum(self.persons[k] for k in CORE)
        self.core_rate = core / self.pop * 100
        self.all_rate = sum(self.persons[k] for k in PERSONS) / self.pop * 100
        self.effect = self.predicted - self.core_rate
        self.productivity = core / self.fte

    def index(self, name: str) -> int:
        return self.names.index(name)


@dataclass
class Sample:
    folder: Path
    survey: dict
    register: dict
    sickness: dict
    sickness_total: dict
    framework_headers: list[str]
    framework: dict
    years: dict[int, Year]


def centre_year(year, survey, register, sickness, framework) -> Year:
    names, pop, fte, answers = [], [], [], []
    persons = {k: [] for k in PERSONS}
    pred, pred_all, cluster, xs = [], [], [], []
    for j in geography.jobcentres(year):
        names.append(j.name)
        regs = [register[(c, year)] for c in j.municipality_codes]
        p = sum(r["population_16_64"] for r in regs)
        pop.append(p)
        for k in PERSONS:
            if k == "persons_sdp":
                persons[k].append(sum(sickness[(c, year)] for c in j.municipality_codes))
            else:
                persons[k].append(sum(r[k] for r in regs))
        fws = [framework[(c, year)] for c in j.municipality_codes]
        w = [r["population_16_64"] / p for r in regs]
        pred.append(sum(wi * f["predicted_rate"] for wi, f in zip(w, fws, strict=True)))
        pred_all.append(sum(wi * f["predicted_rate_all"] for wi, f in zip(w, fws, strict=True)))
        cluster.append(fws[0]["cluster"])
        xs.append(np.sum([wi * np.array(f["framework"]) for wi, f in zip(w, fws, strict=True)],
                         axis=0))
        ans = survey[(j.name, year)]
        answers.append(ans)
        fte.append(sum(ans[k] for k in STAFF))
    return Year(names, np.array(pop, float), {k: np.array(v, float) for k, v in persons.items()},
                np.array(fte, float), answers, np.array(pred), np.array(pred_all),
                np.array(cluster), np.array(xs))


def load_sample(folder: Path) -> Sample:
    survey = read_survey(folder / SURVEY)
    register = read_register(folder / REGISTER)
    sickness, total = read_sickness(folder / SICKNESS)
    headers, fw = read_framework(folder / FRAMEWORK)
    years = {y: centre_year(y, survey, register, sickness, fw) for y in YEARS}
    return Sample(folder, survey, register, sickness, total, headers, fw, years)
