"""Generate the national sample dataset (SYNTETISKE EKSEMPELDATA) of Jobcenter Bench.

Run ``python sample_data/generate.py [--out DIR]``. The output is synthetic: no real job centre's
numbers are in it. It is calibrated to the 2014 Quartz+Co/BDO report (seed 004, digested in
``shared/spec/reference-figures.md``): the 16 visited centres of figure 2, the cluster sizes, the
national FTE split and cost base, the productivity spread, the time use of figure 4. The run is
deterministic (fixed seed, fixed workbook properties and zip timestamps): the same files byte for
byte every time.

How the numbers hang together (per year, at job-centre level, 94 rows):

1. Published predictions (forudsagt forsørgelsesgrad) ``p`` (ADP+KTH+SDP) and ``q`` (all
   benefits). ``q`` is drawn inside non-overlapping bands per cluster, so ordering the centres by
   ``q`` and cutting into 5/15/27/22/12/7/6 gives the published cluster back.
2. Framework conditions (rammevilkår) ``X``: three drawn freely, two (share without vocational
   education, job accessibility) solved so that ``p`` and ``q`` lie exactly in the span of
   ``[1, X]``.
3. Observed rates = prediction − effect, with the effects made orthogonal to ``[1, X]``
   (least-norm change of the non-visited centres only), so an OLS of the observed rates on ``X``
   reproduces ``p`` and ``q``. The visited centres keep figure 2's effect, rate and placement.
   The core and all-benefits effects share their residual (Spearman about 0.6), as in real data.
4. Persons per benefit and municipality from the rates and the population 16–64; FTE from a
   productivity drawn independently of ``p`` and the effect; staff groups, benefit areas, costs
   and time use raked to the national totals; lever drivers from ``lever_drivers.py``.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import importlib.util
import io
import math
import re
import sys
import zipfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from jobcenter_bench.core import geography  # noqa: E402
from jobcenter_bench.core.fields import (  # noqa: E402
    BENEFIT_AREA_FIELDS,
    STAFF_GROUP_FIELDS,
    register_variable_map,
    survey_fields,
)
from jobcenter_bench.core.numbers import format_number  # noqa: E402

SEED = 20140521
#: Predicted ADP+KTH+SDP rate = LEVEL + 0.3 × all-benefits rate − SIZE_EFFECT × log(pop / 40,000)
#: + noise: tuned so that the national caseload gives 29–31 cases per FTE (see README).
LEVEL, SIZE_EFFECT = 1.8, 1.0
REFERENCE_YEAR = 2013
#: The sample's years: the reference year (built first, around the report) and the four before
#: it (each built from the year after it, see ``earlier_predictions``).
YEARS = tuple(range(2009, REFERENCE_YEAR + 1))
#: The business cycle: national full-time persons per benefit, index 2013 = 100. Our story, in
#: the direction of the real one (not Jobindsats figures): unemployment benefit (ADP) rises
#: with the 2009 crisis, peaks in 2010 and falls back in 2013 (the shortened benefit period);
#: social assistance (KTH) climbs all along as people run out of ADP; sickness benefit (SDP)
#: falls from its 2009 level; flex jobs grow; disability pension holds still.
CYCLE = {
    2009: {"persons_adp": 95, "persons_kth": 80, "persons_sdp": 125, "persons_flex": 84,
           "persons_disability": 101, "persons_other": 92},
    2010: {"persons_adp": 125, "persons_kth": 87, "persons_sdp": 114, "persons_flex": 89,
           "persons_disability": 101, "persons_other": 95},
    2011: {"persons_adp": 116, "persons_kth": 92, "persons_sdp": 107, "persons_flex": 93,
           "persons_disability": 101, "persons_other": 97},
    2012: {"persons_adp": 112, "persons_kth": 96, "persons_sdp": 103, "persons_flex": 97,
           "persons_disability": 100.5, "persons_other": 99},
    2013: {"persons_adp": 100, "persons_kth": 100, "persons_sdp": 100, "persons_flex": 100,
           "persons_disability": 100, "persons_other": 100},
}
#: National staff FTE (index 2013 = 100): the job centres hire after the crisis (and the 2009
#: move to one municipal job centre), a little too much, and trim in 2013.
STAFF_INDEX = {2009: 93, 2010: 99, 2011: 102, 2012: 101, 2013: 100}
#: Salary per FTE (index 2013 = 100): about 1.5-2 % wage growth a year.
WAGE_INDEX = {2009: 93.5, 2010: 95.5, 2011: 97, 2012: 98.5, 2013: 100}
#: Named centres with a path of their own (documented in README.md). Effect (pp) gained each
#: year up to 2013: Skive improves (2013: 2.3 pp, about 1.1 in 2009), Ikast-Brande falls back
#: (2013: -0.4 pp, about 0.8 in 2009).
EFFECT_TREND = {"Skive": 0.3, "Ikast-Brande": -0.3}
#: Staff changes (FTE change from the year before, in the year it happened): Holstebro
#: reorganises in 2011-2012 and cuts its staff while the caseload holds (cases per FTE up from
#: about 34 to 42); Jammerbugt hires in 2010-2011 and keeps the staff when the caseload
#: eases (cases per FTE down from about 29 to 22).
STAFF_CHANGE = {"Holstebro": {2011: -0.12, 2012: -0.08}, "Jammerbugt": {2010: 0.20, 2011: 0.12}}
TITLE = "SYNTETISKE EKSEMPELDATA – Jobcenter Bench"
FIXED_TIME = dt.datetime(2014, 6, 1, 12, 0, 0)

#: Approximate total population 2013 per municipality (real order of magnitude, rounded).
TOTAL_POPULATION = {
    101: 559_000, 147: 102_000, 151: 48_000, 153: 34_500, 155: 14_000, 157: 74_000,
    159: 66_000, 161: 22_000, 163: 27_500, 165: 28_000, 167: 51_500, 169: 48_500,
    173: 54_000, 175: 37_000, 183: 21_000, 185: 42_500, 187: 15_000, 190: 39_000,
    201: 24_000, 210: 39_500, 217: 62_000, 219: 49_000, 223: 24_500, 230: 55_000,
    240: 42_500, 250: 44_500, 260: 30_500, 270: 40_500, 400: 40_500, 253: 48_000,
    259: 58_000, 265: 84_500, 269: 21_500, 306: 32_500, 316: 69_500, 320: 35_500,
    326: 48_500, 329: 33_000, 330: 77_500, 336: 22_000, 340: 29_000, 350: 27_000,
    360: 44_000, 370: 82_000, 376: 62_000, 390: 45_000, 410: 37_500, 420: 41_000,
    430: 51_000, 440: 23_500, 450: 31_000, 461: 193_000, 479: 58_500, 480: 29_000,
    482: 12_900, 492: 6_300, 510: 56_000, 530: 26_000, 540: 75_000, 550: 38_500,
    561: 115_000, 563: 3_300, 573: 50_000, 575: 42_500, 580: 59_000, 607: 50_500,
    621: 90_000, 630: 109_500, 615: 85_000, 657: 86_500, 661: 57_000, 665: 20_000,
    671: 21_500, 706: 41_500, 707: 37_800, 710: 47_000, 727: 22_000, 730: 96_000,
    740: 89_500, 741: 3_800, 746: 58_000, 751: 320_000, 756: 40_500, 760: 57_000,
    766: 46_000, 779: 46_800, 791: 95_500, 773: 21_000, 787: 44_000, 810: 35_800,
    813: 61_000, 820: 37_300, 825: 1_850, 840: 29_200, 846: 42_000, 849: 38_500,
    851: 203_000, 860: 66_000,
}
#: Share aged 16–64 where it differs from the default 0.625 (cities young, islands old).
WORKING_AGE_SHARE = {
    101: 0.745, 147: 0.72, 751: 0.70, 461: 0.68, 851: 0.68, 223: 0.57, 492: 0.55, 563: 0.56,
    741: 0.55, 825: 0.52, 482: 0.56, 155: 0.59, 157: 0.60, 230: 0.59, 400: 0.59, 360: 0.59,
}
DEFAULT_WORKING_AGE_SHARE = 0.60

#: Published cluster (klynge, alle ydelser) of every job centre: 1 = hardest conditions. The
#: visited centres' clusters are figure 2's; the others are our choice. The joint centres of
#: the VIVE 2018 grouping are named after their first municipality: "Tårnby" (with Dragør),
#: "Vallensbæk" (with Ishøj), "Esbjerg" (with Fanø), "Frederikshavn" (with Læsø).
CLUSTERS = {
    1: ["Morsø", "Lolland", "Langeland", "Guldborgsund", "Struer"],
    2: ["Skive", "Vordingborg", "Slagelse", "Bornholm", "Odsherred", "Ærø", "Albertslund",
        "Brøndby", "Kalundborg", "Tønder", "Norddjurs", "Frederikshavn", "Thisted",
        "Vesthimmerlands", "Næstved"],
    3: ["Faaborg-Midtfyn", "Aabenraa", "Holstebro", "Jammerbugt", "Assens", "Kerteminde",
        "Nyborg", "Svendborg", "Haderslev", "Sønderborg", "Esbjerg", "Randers", "Hjørring",
        "Brønderslev", "Mariagerfjord", "Holbæk", "Ringsted", "Sorø", "Faxe", "Stevns",
        "Halsnæs", "Helsingør", "Hvidovre", "Høje-Taastrup", "Glostrup", "Fredericia", "Vejen"],
    4: ["Ikast-Brande", "Viborg", "Herning", "Middelfart", "Nordfyns", "Varde", "Kolding",
        "Vejle", "Horsens", "Syddjurs", "Silkeborg", "Lemvig", "Odense", "Aalborg", "Køge",
        "Rødovre", "Herlev", "Ballerup", "Tårnby", "Frederikssund", "Gribskov", "Greve"],
    5: ["København", "Hedensted", "Rebild", "Aarhus", "Frederiksberg", "Roskilde", "Billund",
        "Ringkøbing-Skjern", "Fredensborg", "Gladsaxe", "Odder", "Lejre"],
    6: ["Hillerød", "Egedal", "Solrød", "Samsø", "Skanderborg", "Favrskov", "Vallensbæk"],
    7: ["Hørsholm", "Rudersdal", "Gentofte", "Lyngby-Taarbæk", "Allerød", "Furesø"],
}
#: Draw order (see ``draw_order``): municipalities without an own centre in the first grouping
#: (Fanø, Læsø, Ærø, Samsø), and the places new own centres take.
FIRST_GROUPING_SHARED = (563, 825, 492, 741)
DRAW_PLACE = {"Ærø": "Dragør", "Samsø": "Ishøj"}
#: Band of the published all-benefits prediction per cluster (pct.), with gaps between bands.
CLUSTER_BANDS = {
    1: (23.0, 25.8), 2: (20.8, 22.8), 3: (19.1, 20.6), 4: (17.4, 18.9),
    5: (16.0, 17.2), 6: (14.6, 15.8), 7: (11.6, 14.4),
}

#: Figure 2: cluster, cases per FTE, placement in cluster, effect (pp), observed rate (pct.).
VISITED = {
    "Skive": (2, 26, 2, 2.3, 7.5),
    "Faaborg-Midtfyn": (3, 32, 1, 0.9, 8.6),
    "Hørsholm": (7, 29, 5, 0.8, 5.4),
    "Ikast-Brande": (4, 33, 6, -0.4, 9.1),
    "Hedensted": (5, 29, 12, 0.8, 7.8),
    "Morsø": (1, 23, 2, 2.3, 7.9),
    "København": (5, 52, 9, -0.5, 10.7),
    "Aabenraa": (3, 35, 25, 1.6, 8.6),
    "Hillerød": (6, 39, 3, 0.5, 7.1),
    "Viborg": (4, 41, 19, 1.1, 8.3),
    "Holstebro": (3, 42, 2, 1.8, 7.6),
    "Jammerbugt": (3, 22, 12, 0.5, 8.8),
    "Vordingborg": (2, 36, 7, 0.9, 9.1),
    "Slagelse": (2, 33, 12, 0.9, 10.2),
    "Rebild": (5, 22, 7, 0.8, 7.4),
    "Herning": (4, 35, 15, 1.1, 8.3),
}
#: Fixed staff sizes quoted in the text (FTE) and Herning's predicted all-benefits rate.
FIXED_FTE = {"København": 858.0, "Hørsholm": 26.0}
HERNING_PREDICTED_ALL = 18.0
#: Shared residual of the two effect measures (see ``core_effects``): core draw = -0.2 +
#: CORE_LOADING x standardised all-benefits effect + N(0, CORE_NOISE) (pp); ALIGN_ROUNDS rounds
#: pull the all-benefits effects towards the core ones by ALL_ALIGN. Spearman about 0.6.
CORE_LOADING, CORE_NOISE = 0.55, 0.05
ALL_ALIGN, ALIGN_ROUNDS = 1.5, 3
LARGE_CITIES = ("København", "Aarhus", "Odense", "Aalborg")
#: Predicted ADP+KTH+SDP rate (pct.) set by hand for the big non-visited cities (plausible levels).
#: Locally agreed breaks (hours per FTE per year) of the four largest cities, set by hand:
#: B1 is not computed for them (report l. 3070), so their values must not drive it.
LARGE_CITY_BREAKS = {"København": 46.0, "Aarhus": 0.0, "Odense": 36.0, "Aalborg": 0.0}
CITY_PREDICTED = {"Aarhus": 6.6, "Odense": 7.4, "Aalborg": 6.9, "Frederiksberg": 5.6}

#: National FTE by staff group (report ch. 3.1 and 4.3 B4), total 9,117.
NATIONAL_STAFF = dict(zip(STAFF_GROUP_FIELDS, (5621.0, 1396.0, 679.0, 464.0, 957.0), strict=True))
NATIONAL_FTE = 9117.0
#: Our split of FTE by benefit area: the four main areas hold 89 % ("knap 90 pct.").
NATIONAL_AREA_SHARE = dict(zip(BENEFIT_AREA_FIELDS, (0.225, 0.33, 0.215, 0.12, 0.11), strict=True))
NATIONAL_SALARIES = 4.05e9
NATIONAL_OTHER_SERVICES = 0.5e9

#: Time use per FTE (figure 4): FTE-weighted national mean and centre range, hours per year.
#: The report gives group means only; the split inside a group is ours (meetings/breaks so that
#: levers B1 and B3 come out near the report's 83–113 and 43 DKK m).
TIME_TARGETS = {
    "time_direct_contact": (374.0, 251.0, 460.0),
    "time_prep_followup": (360.0, 280.0, 445.0),
    "time_other_indirect": (99.0, 17.0, 256.0),
    "time_it_transport": (68.0, 25.0, 83.0),
    "time_other_admin": (83.0, 5.0, 98.0),
    "time_general_admin": (271.0, 133.0, 392.0),
    "time_meetings": (90.5, 49.0, 164.0),
    "time_training": (44.0, 1.0, 78.0),
    "time_local_breaks": (39.5, 15.0, 103.0),
}
#: Working year after holidays, public holidays, care days and lunch (figure 4: 1,507 h), and
#: hours per sickness day (78 h for 10.6 days).
NET_WORKING_YEAR = 1507.0
HOURS_PER_SICK_DAY = 78.0 / 10.6
NATIONAL_SICKNESS_DAYS = 10.6
#: Spreads between centres that drive the down-to-the-average levers B2 and D4: sickness days
#: (sd before clipping to 5-17 and fitting the mean) and salary per FTE (DKK, sd).
SICKNESS_SD = 2.26
SALARY_SD = 21_210.0
#: Log-sd of the staff-function share between centres (drives B4, staff functions to the average).
STAFF_FUNCTION_SD = 0.4705
#: Spread of meeting hours around their mean, relative to the right-skewed beta draw (B3).
MEETING_SPREAD = 0.781

#: Framework-condition columns (rammevilkår) as written in the register workbook.
FRAMEWORK_HEADERS = {
    "immigrants": "Andel ikke-vestlige indvandrere og efterkommere (pct.)",
    "no_vocational": "Andel 25-64-årige uden erhvervsuddannelse (pct.)",
    "job_access": "Jobtilgængelighed (indeks, landsgennemsnit = 100)",
    "social_housing": "Andel i almene boliger (pct.)",
    "density": "Befolkningstæthed (indb. pr. km2)",
}
FRAMEWORK_DECIMALS = {"immigrants": 3, "no_vocational": 3, "job_access": 3, "social_housing": 3,
                      "density": 1}
PERSON_KEYS = ("persons_adp", "persons_kth", "persons_sdp", "persons_flex",
               "persons_disability", "persons_other")


# ---------------------------------------------------------------- geography and population
def draw_order(centres) -> list:
    """The centres in their draw order (the random draws are taken per position).

    Each centre sits at its namesake municipality's place in the municipality list, leaving out
    the four that had no centre of their own in the grouping the sample was first calibrated
    with (``FIRST_GROUPING_SHARED``); Ærø and Samsø, own centres in the VIVE grouping, take the
    places of Dragør and Ishøj, which joined Tårnby and Vallensbæk (``DRAW_PLACE``). So a change
    of grouping changes only the draws of the centres it touches.
    """
    places = [m.name for m in geography.municipalities() if m.code not in FIRST_GROUPING_SHARED]
    return sorted(centres, key=lambda j: places.index(DRAW_PLACE.get(j.name, j.name)))


def centre_table() -> list[dict]:
    """The 94 job centres with their municipalities, population 16–64 and published cluster."""
    cluster_of = {name: k for k, names in CLUSTERS.items() for name in names}
    centres = []
    for j in draw_order(geography.jobcentres(REFERENCE_YEAR)):
        pops = {c: round(TOTAL_POPULATION[c] * WORKING_AGE_SHARE.get(c, DEFAULT_WORKING_AGE_SHARE))
                for c in j.municipality_codes}
        centres.append({
            "name": j.name, "region": j.region, "codes": j.municipality_codes,
            "muni_pop": pops, "cluster": cluster_of[j.name], "visited": j.name in VISITED,
            "is_large_city": j.name in LARGE_CITIES,
        })
    names = [c["name"] for c in centres]
    if sorted(cluster_of) != sorted(names) or len(names) != 94:
        raise ValueError("CLUSTERS must list each of the 94 job centres exactly once")
    return centres


def fix_visited_population(centres: list[dict], core_rate: np.ndarray) -> None:
    """Set København's and Hørsholm's population so their FTE is the report's 858 and 26."""
    for i, c in enumerate(centres):
        if c["name"] in FIXED_FTE:
            prod = VISITED[c["name"]][1]
            (code,) = c["codes"]
            c["muni_pop"][code] = round(FIXED_FTE[c["name"]] * prod / (core_rate[i] / 100))


def population(centres: list[dict]) -> np.ndarray:
    """Population 16–64 per job centre (sum over its municipalities)."""
    return np.array([sum(c["muni_pop"].values()) for c in centres], dtype=float)


# ---------------------------------------------------------------- linear algebra helpers
def design(x: np.ndarray) -> np.ndarray:
    """The OLS design matrix [1, X]."""
    return np.column_stack([np.ones(len(x)), x])


def orthogonalise(resid: np.ndarray, a: np.ndarray, fixed: np.ndarray) -> np.ndarray:
    """Least-norm change of the free rows of ``resid`` so that ``a.T @ resid == 0``.

    ``fixed`` is a boolean mask of rows that must not change (the visited centres).
    """
    free = ~fixed
    af = a[free]
    target = a.T @ resid
    shift = af @ np.linalg.solve(af.T @ af, target)
    out = resid.copy()
    out[free] -= shift
    return out


def ols_fit(y: np.ndarray, a: np.ndarray) -> np.ndarray:
    """OLS coefficients of ``y`` on the design ``a``."""
    return np.linalg.lstsq(a, y, rcond=None)[0]


# ---------------------------------------------------------------- step 1–2: predictions and X
def draw_predicted_all(rng, centres) -> np.ndarray:
    """All-benefits prediction ``q`` inside the centre's cluster band (pct.)."""
    q = np.empty(len(centres))
    for i, c in enumerate(centres):
        lo, hi = CLUSTER_BANDS[c["cluster"]]
        q[i] = rng.uniform(lo + 0.03, hi - 0.03)
        if c["name"] == "Herning":
            q[i] = HERNING_PREDICTED_ALL
    return q


def visited_targets(rng, centres) -> tuple[np.ndarray, np.ndarray]:
    """Observed core rate and effect of the visited centres (NaN elsewhere), near figure 2."""
    rate = np.full(len(centres), np.nan)
    effect = np.full(len(centres), np.nan)
    for i, c in enumerate(centres):
        if c["visited"]:
            _, _, _, eff, obs = VISITED[c["name"]]
            rate[i] = obs + rng.uniform(-0.015, 0.015)
            effect[i] = eff + rng.uniform(-0.015, 0.015)
    return rate, effect


def draw_predicted_core(rng, names, q, pop, v_rate, v_effect, level, size_effect) -> np.ndarray:
    """ADP+KTH+SDP prediction ``p`` (pct.): loosely tied to ``q``; visited = rate + effect.

    Larger areas get a somewhat lower prediction, so that the national rate (population
    weighted) stays near 7.8 % while the typical centre sits near the visited ones.
    """
    p = level + 0.3 * q - size_effect * np.log(pop / 40_000) + rng.normal(0.0, 0.7, len(q))
    p = np.clip(p, 5.2, 12.5)
    for name, rate in CITY_PREDICTED.items():
        p[names.index(name)] = rate + rng.normal(0.0, 0.1)
    visited = ~np.isnan(v_rate)
    p[visited] = v_rate[visited] + v_effect[visited]
    return p


def urbanity(rng, centres) -> np.ndarray:
    """Population density (indb. pr. km2) of each centre's area."""
    fixed = {"København": 6800.0, "Frederiksberg": 11700.0, "Aarhus": 690.0, "Odense": 640.0,
             "Aalborg": 180.0}
    dens = np.empty(len(centres))
    for i, c in enumerate(centres):
        suburb = c["region"] == "Hovedstaden" and c["name"] not in (
            "Bornholm", "Halsnæs", "Gribskov", "Frederikssund", "Helsingør", "Hillerød")
        if c["name"] in fixed:
            dens[i] = fixed[c["name"]]
        elif suburb:
            dens[i] = np.exp(rng.normal(np.log(1100), 0.5))
        else:
            dens[i] = np.exp(rng.normal(np.log(95), 0.4))
    return dens


def framework(rng, p, q, dens, base=None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Framework variables X (94×5) and OLS coefficients with ``p, q`` exactly in span([1, X]).

    Columns: immigrants, no_vocational, job_access, social_housing, density. The first, fourth and
    fifth are drawn (or carried over from ``base``, the other year's X); no_vocational and
    job_access are solved per centre so that both predictions are exact linear functions of X.
    """
    hard = (q - q.mean()) / q.std()
    urban = np.clip(np.log(dens / 60.0), 0, None)
    core = (p - p.mean()) / p.std()
    n = len(q)
    if base is None:
        immig = np.clip(2.3 + 2.0 * urban + 0.8 * core + rng.normal(0, 0.8, n), 1.0, 24)
        social = np.clip(9.0 + 3.5 * urban + 2.0 * hard + rng.normal(0, 3.0, n), 3, 45)
    else:
        immig = base[:, 0] + rng.normal(-0.15, 0.05, n)
        social = base[:, 3] + rng.normal(0.0, 0.15, n)
    # first guesses that already carry p and q; the solve below only removes their noise
    if base is None:
        edu0 = 27.0 + 3.2 * hard - 0.8 * urban + rng.normal(0, 0.8, n)
        job0 = 100.0 - 11.0 * core + 3.0 * urban + rng.normal(0, 3.0, n)
    else:
        edu0, job0 = base[:, 1] + 0.3, base[:, 2] - 1.0
    x0 = np.column_stack([immig, edu0, job0, social, dens])
    a0 = design(x0)
    beta, gamma = ols_fit(p, a0), ols_fit(q, a0)
    m = np.array([[beta[2], beta[3]], [gamma[2], gamma[3]]])
    rest = np.column_stack([p - a0 @ beta, q - a0 @ gamma])
    delta = np.linalg.solve(m, rest.T).T
    x = x0.copy()
    x[:, 1] += delta[:, 0]
    x[:, 2] += delta[:, 1]
    return round_framework(x), beta, gamma


def round_framework(x: np.ndarray) -> np.ndarray:
    """X rounded to the decimals written to file (predictions are computed from this)."""
    out = x.copy()
    for k, key in enumerate(FRAMEWORK_HEADERS):
        out[:, k] = np.round(out[:, k], FRAMEWORK_DECIMALS[key])
    return out


# ---------------------------------------------------------------- step 3: effects
def core_effects(rng, a, q, centres, v_effect, effect_all, base=None):
    """Effects (pp, predicted − observed) orthogonal to [1, X]; visited keep figure 2's.

    Returns the core (ADP+KTH+SDP) effects and the all-benefits effects, which share their
    residual as in real data: a centre doing better than expected on all benefits tends to do
    so on the core benefits (Spearman about 0.6 between the two). The non-visited core
    effects are the least-squares change of ``-0.2 + CORE_LOADING x z(effect_all) + noise`` that
    makes the whole vector orthogonal, kept inside the report's range (about −1 to 2.5 pp).
    The visited centres' fixed effects force a correction on the others that weakens the tie,
    so the two are aligned in ALIGN_ROUNDS rounds (:func:`align_all_effects`, which keeps
    figure 2's placements), the core effects following the all-benefits effects each time.
    An earlier year follows the year after it (0.9 x that year plus noise), which keeps the
    tie; the centres of ``EFFECT_TREND`` move by their own step instead.
    """
    n = len(a)
    if base is not None:
        e, named = trended(0.9 * base + rng.normal(0.0, 0.12, n), base, centres)
        return orthogonalise(e, a, named), effect_all
    fixed = ~np.isnan(v_effect)
    noise = rng.normal(0.0, CORE_NOISE, n)
    floor = -0.85 - 0.15 * rng.random(n)  # "knap -1": a soft floor, not a pile at one value

    def following(e_all):
        shared = (e_all - e_all.mean()) / e_all.std()
        e0 = np.clip(-0.2 + CORE_LOADING * shared + noise, -0.9, 1.5)
        e0[fixed] = v_effect[fixed]
        lower = np.where(fixed, e0, floor)
        upper = np.where(fixed, e0, 2.4)
        return orthogonalise(_least_change(e0, a, lower, upper), a, fixed)

    e = following(effect_all)
    for _ in range(ALIGN_ROUNDS):
        effect_all = align_all_effects(effect_all, e, a, q, centres)
        e = following(effect_all)
    return e, effect_all


def trended(e: np.ndarray, later: np.ndarray, centres) -> tuple[np.ndarray, np.ndarray]:
    """An earlier year's effects with the ``EFFECT_TREND`` centres set to the later year's
    effect minus their yearly gain; returns the effects and the mask of those centres."""
    named = np.array([c["name"] in EFFECT_TREND for c in centres])
    out = e.copy()
    for i, c in enumerate(centres):
        if named[i]:
            out[i] = later[i] - EFFECT_TREND[c["name"]]
    return out, named


def align_all_effects(effect_all, core, a, q, centres) -> np.ndarray:
    """Pull the all-benefits effects towards the core effects, keeping every constraint.

    Adds ALL_ALIGN x the part of the core effect that is zero on the visited centres and
    orthogonal to [1, X], then projects back onto the placements of figure 2 and the
    orthogonality (Dykstra); ``effect_all`` itself lies in that set, so it is not empty.
    """
    visited = np.array([c["visited"] for c in centres])
    shared = orthogonalise(np.where(visited, 0.0, core - core[~visited].mean()), a, visited)
    lower, upper = _placement_bounds(effect_all, q, centres, gap=0.02)
    e = orthogonalise(_project_box_span(effect_all + ALL_ALIGN * shared, a, lower, upper), a,
                      np.zeros(len(q), dtype=bool))
    if not placement_ok(q - e, centres, gap=0.01):
        raise RuntimeError("the visited centres did not keep their placement in the cluster")
    return e


def _project_box_span(e0, a, lower, upper, iterations=50_000, tol=1e-11) -> np.ndarray:
    """The point nearest ``e0`` with ``a.T @ e == 0`` and lower <= e <= upper (Dykstra).

    Dykstra's alternating projections between the orthogonal complement of span(a) and the
    box converge to the least-squares projection onto their intersection (which must not be
    empty). The result is in the box and orthogonal to ``a`` up to a tiny rest that the
    caller's final orthogonalisation removes (far below the 0.01 pp placement margin).
    """
    basis = np.linalg.qr(a)[0]
    x, p, r = e0.copy(), np.zeros_like(e0), np.zeros_like(e0)
    for _ in range(iterations):
        y = x + p - basis @ (basis.T @ (x + p))
        p = x + p - y
        x_new = np.clip(y + r, lower, upper)
        r = y + r - x_new
        if np.max(np.abs(x_new - x)) < tol:
            return x_new
        x = x_new
    raise RuntimeError("effect construction did not converge")


def _least_change(e0, a, lower, upper, tol=1e-9) -> np.ndarray:
    """A vector close to ``e0`` (least squares) with ``a.T @ e == 0`` and lower <= e <= upper.

    Active-set iteration that only adds constraints: solve the equality-constrained least
    squares problem, pin every value that left its bounds to that bound, repeat. Entries with
    lower == upper are fixed from the start. The result meets all constraints; it may move
    ``e0`` slightly more than the exact optimum would.
    """
    n = len(e0)
    a = a / np.linalg.norm(a, axis=0)  # same span, better conditioned
    eye = np.eye(n)
    at_lower, at_upper = lower >= upper, np.zeros(n, dtype=bool)
    for _ in range(n + 1):
        c = np.vstack([a.T, eye[at_lower], eye[at_upper]])
        d = np.concatenate([np.zeros(a.shape[1]), lower[at_lower], upper[at_upper]])
        e = e0 - c.T @ np.linalg.solve(c @ c.T, c @ e0 - d)
        low, high = e < lower - tol, e > upper + tol
        if not (low.any() or high.any()):
            return e
        at_lower |= low
        at_upper |= high
    raise RuntimeError("effect construction did not converge")


def placement_ok(all_rate, centres, gap=0.01) -> bool:
    """Every visited centre has figure 2's rank in its cluster, with a margin of ``gap`` pp."""
    for i, c in enumerate(centres):
        if not c["visited"]:
            continue
        rank = VISITED[c["name"]][2]
        members = [j for j, d in enumerate(centres) if d["cluster"] == c["cluster"] and j != i]
        below = sum(all_rate[j] < all_rate[i] - gap for j in members)
        above = sum(all_rate[j] > all_rate[i] + gap for j in members)
        if below != rank - 1 or above != len(members) - (rank - 1):
            return False
    return True


def enforce_placements(all_rate, centres) -> np.ndarray:
    """Permute rates within each cluster so visited centres sit at figure 2's rank."""
    out = all_rate.copy()
    for k in CLUSTERS:
        idx = [i for i, c in enumerate(centres) if c["cluster"] == k]
        values = sorted(out[i] for i in idx)
        pinned = {VISITED[centres[i]["name"]][2] - 1: i for i in idx if centres[i]["visited"]}
        others = sorted((i for i in idx if not centres[i]["visited"]), key=lambda i: out[i])
        order, it = [], iter(others)
        for pos in range(len(idx)):
            order.append(pinned[pos] if pos in pinned else next(it))
        for pos, i in enumerate(order):
            out[i] = values[pos]
    return out


def all_effects(rng, a, q, centres, base=None) -> np.ndarray:
    """All-benefits effects (pp) orthogonal to [1, X], keeping figure 2's placements (2013).

    A first draw is permuted within each cluster so the visited centres sit at their rank;
    the visited centres' rates are then kept, which turns every placement into a bound on a
    non-visited centre's rate (below or above each visited neighbour, 0.02 pp apart), and the
    non-visited effects are the least-squares change that makes the vector orthogonal.
    """
    n = len(q)
    if base is not None:
        e, named = trended(0.9 * base + rng.normal(0.0, 0.15, n), base, centres)
        return orthogonalise(e, a, named)
    e0 = q - enforce_placements(q - np.clip(rng.normal(0.0, 1.05, n), -2.4, 2.4), centres)
    lower, upper = _placement_bounds(e0, q, centres, gap=0.02)
    e = orthogonalise(_least_change(e0, a, lower, upper), a, np.zeros(n, dtype=bool))
    if not placement_ok(q - e, centres, gap=0.01):
        raise RuntimeError("the visited centres did not keep their placement in the cluster")
    return e


def _placement_bounds(e0, q, centres, gap) -> tuple[np.ndarray, np.ndarray]:
    """Bounds on the effects: visited fixed, others on their side of each visited neighbour."""
    rate0 = q - e0
    lower, upper = np.full(len(q), -3.0), np.full(len(q), 3.0)
    for i, c in enumerate(centres):
        if not c["visited"]:
            continue
        lower[i] = upper[i] = e0[i]
        for j, d in enumerate(centres):
            if d["visited"] or d["cluster"] != c["cluster"]:
                continue
            if rate0[j] < rate0[i]:  # rate_j <= rate_i - gap  <=>  e_j >= q_j - rate_i + gap
                lower[j] = max(lower[j], q[j] - rate0[i] + gap)
            else:  # rate_j >= rate_i + gap  <=>  e_j <= q_j - rate_i - gap
                upper[j] = min(upper[j], q[j] - rate0[i] - gap)
    if np.any(lower > upper):
        raise RuntimeError("visited centres are too close to keep their placements")
    return lower, upper


# ---------------------------------------------------------------- step 4: persons
def person_split(rng, centres, core_rate, all_rate, pop, year, base=None) -> dict[str, np.ndarray]:
    """Full-time persons per benefit per centre from the two rates (pct.) and population."""
    n = len(centres)
    core = core_rate / 100 * pop
    perm = (all_rate - core_rate) / 100 * pop
    if base is None:
        mix = np.column_stack([
            0.33 * np.exp(rng.normal(0, 0.12, n)), 0.46 * np.exp(rng.normal(0, 0.12, n)),
            0.21 * np.exp(rng.normal(0, 0.12, n))])
        pmix = np.column_stack([
            0.045 * np.exp(rng.normal(0, 0.2, n)), 0.80 * np.exp(rng.normal(0, 0.05, n)),
            0.155 * np.exp(rng.normal(0, 0.2, n))])
    else:  # an earlier year: the later year's mix moved by the business cycle (CYCLE)
        step = {k: CYCLE[year][k] / CYCLE[year + 1][k] for k in PERSON_KEYS}
        mix = base["mix"] * np.array([step[k] for k in PERSON_KEYS[:3]]) * np.exp(
            rng.normal(0, 0.02, (n, 3)))
        pmix = base["pmix"] * np.array([step[k] for k in PERSON_KEYS[3:]]) * np.exp(
            rng.normal(0, 0.02, (n, 3)))
    mix /= mix.sum(axis=1, keepdims=True)
    pmix /= pmix.sum(axis=1, keepdims=True)
    out = {}
    for k, key in enumerate(PERSON_KEYS[:3]):
        out[key] = core * mix[:, k]
    for k, key in enumerate(PERSON_KEYS[3:]):
        out[key] = perm * pmix[:, k]
    out["mix"], out["pmix"] = mix, pmix
    return out


def municipality_rows(centres, persons, pop, year) -> list[dict]:
    """Register rows per municipality: population and persons split by the municipalities'
    population shares (persons to 1 decimal, population whole)."""
    rows = []
    for i, c in enumerate(centres):
        base_total = sum(c["muni_pop"].values())
        codes = list(c["muni_pop"])
        pops = [round(pop[i] * c["muni_pop"][code] / base_total) for code in codes[1:]]
        pops.insert(0, int(pop[i]) - sum(pops))
        for code, pop_m in zip(codes, pops, strict=True):
            row = {"code": code, "name": geography.municipality_by_code()[code].name,
                   "year": year, "population_16_64": int(pop_m)}
            for key in PERSON_KEYS:
                row[key] = round(float(persons[key][i]) * pop_m / pop[i], 1)
            rows.append(row)
    return rows


# ---------------------------------------------------------------- step 5: productivity and FTE
def _pvalue_slope(x, y) -> float:
    """Two-sided p-value of the OLS slope of ``y`` on ``x`` (normal approximation of the
    t-test: slightly below the exact p with 92 degrees of freedom, so checks are conservative)."""
    r = float(np.corrcoef(x, y)[0, 1])
    t = abs(r) * math.sqrt((len(x) - 2) / (1 - r * r))
    return math.erfc(t / math.sqrt(2))


def productivity(rng, centres, core_persons, p, effect, attempts=1000) -> np.ndarray:
    """Cases per FTE (sagsproduktivitet): figure 2 for visited centres, a designed spread else.

    Non-visited centres get a fixed ladder of values (min under 20, top values so the five most
    productive average 45, bottom so the five least average 22), shuffled at random so that
    productivity is unrelated to the predicted rate and to the effect; the middle is scaled so
    national FTE is 9,117.
    """
    n = len(centres)
    visited = np.array([c["visited"] for c in centres])
    prod = np.empty(n)
    for i, c in enumerate(centres):
        if visited[i]:
            prod[i] = VISITED[c["name"]][1] + rng.uniform(-0.2, 0.2)
            if c["name"] in FIXED_FTE:
                prod[i] = core_persons[i] / FIXED_FTE[c["name"]]
    free = np.flatnonzero(~visited)
    ends = np.array([19.7, 22.1, 22.7, 42.6, 43.2, 43.8, 44.6])
    for _ in range(attempts):
        middle = np.sort(np.clip(rng.normal(30.5, 5.0, len(free) - len(ends)), 23.0, 40.5))
        ladder = np.concatenate([ends[:3], middle, ends[3:]])
        order = rng.permutation(len(free))
        big = [k for k, i in enumerate(free) if centres[i]["is_large_city"]]
        if any(ladder[order[k]] < 25 or ladder[order[k]] > 40 for k in big):
            continue
        scale = _middle_scale(core_persons, prod, free, ladder, order)
        if scale is None:
            continue
        prod[free] = _scaled(ladder, scale)[order]
        if _independent(prod, p, effect) and _extremes_ok(prod):
            return prod
    raise RuntimeError("no productivity assignment met the calibration")


def _scaled(ladder, scale):
    """The ladder with its middle (not the three lowest and four highest values) scaled."""
    out = ladder.copy()
    out[3:-4] = np.clip(ladder[3:-4] * scale, 22.8, 42.5)
    return out


def _middle_scale(core_persons, prod, free, ladder, order):
    """Scale of the ladder's middle that makes national FTE 9,117 (bisection), or None."""
    lo, hi = 0.8, 1.25
    fixed_fte = sum(core_persons[i] / prod[i] for i in range(len(prod)) if i not in set(free))

    def total(s):
        return fixed_fte + float(np.sum(core_persons[free] / _scaled(ladder, s)[order]))

    if not total(hi) <= NATIONAL_FTE <= total(lo):
        return None
    for _ in range(60):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if total(mid) > NATIONAL_FTE else (lo, mid)
    return (lo + hi) / 2


def _independent(prod, p, effect) -> bool:
    """Figure 6: no significant slope of productivity on the prediction nor on the effect."""
    return _pvalue_slope(p, prod) > 0.15 and _pvalue_slope(effect, prod) > 0.15


def _extremes_ok(prod) -> bool:
    """Top five average 45, bottom five 22 (±0.6), minimum under 20 cases per FTE."""
    s = np.sort(prod)
    return abs(s[-5:].mean() - 45) < 0.6 and abs(s[:5].mean() - 22) < 0.6 and s[0] < 20


# ---------------------------------------------------------------- staff groups, areas, costs
def rake(shares: np.ndarray, fte: np.ndarray, targets: np.ndarray, rounds=50) -> np.ndarray:
    """Adjust per-centre shares so group totals meet ``targets`` (scaled to the FTE total)."""
    goal = targets / targets.sum() * fte.sum()
    s = shares.copy()
    for _ in range(rounds):
        s *= goal / (s * fte[:, None]).sum(axis=0)
        s /= s.sum(axis=1, keepdims=True)
    return s


def split_fte(fte: np.ndarray, shares: np.ndarray) -> np.ndarray:
    """FTE per group rounded to 0.1 with the first group absorbing the rounding (sum = total)."""
    parts = np.round(shares * fte[:, None], 1)
    parts[:, 0] = np.round(fte - parts[:, 1:].sum(axis=1), 1)
    return parts


def staff_groups(rng, fte, base=None) -> np.ndarray:
    """Per-centre shares of the five staff groups, raked to the national split (ch. 3.1)."""
    targets = np.array(list(NATIONAL_STAFF.values()))
    n = len(fte)
    if base is None:
        small = np.clip(40.0 / fte, 0, 1.5)  # small centres carry relatively more management
        noise = np.exp(rng.normal(0, [0.06, 0.2, 0.25, 0.15, STAFF_FUNCTION_SD], (n, 5)))
        shares = targets / targets.sum() * noise
        shares[:, 3] *= 1 + 0.5 * small
    else:
        shares = base * np.exp(rng.normal(0, 0.03, base.shape))
    shares /= shares.sum(axis=1, keepdims=True)
    return rake(shares, fte, targets)


def benefit_areas(rng, fte, persons, base=None) -> np.ndarray:
    """Per-centre shares of FTE by benefit area, leaning on the centre's caseload mix."""
    targets = np.array(list(NATIONAL_AREA_SHARE.values()))
    n = len(fte)
    if base is None:
        load = np.column_stack([persons["persons_adp"], persons["persons_kth"],
                                persons["persons_sdp"], persons["persons_flex"],
                                persons["persons_other"]])
        rel = load / load.sum(axis=1, keepdims=True)
        rel /= rel.mean(axis=0)
        shares = targets * np.sqrt(rel) * np.exp(rng.normal(0, 0.1, (n, 5)))
    else:
        shares = base * np.exp(rng.normal(0, 0.03, base.shape))
    shares /= shares.sum(axis=1, keepdims=True)
    return rake(shares, fte, targets)


def costs(rng, centres, fte, year, base=None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Salaries and other services (DKK per year); also returns salary per FTE."""
    n = len(fte)
    if base is None:
        per_fte = np.clip(rng.normal(444_000, SALARY_SD, n), 385_000, 530_000)
        for i, c in enumerate(centres):
            if c["name"] == "København":
                per_fte[i] = 486_000
        other = np.exp(rng.normal(0, 0.25, n))
        per_fte *= NATIONAL_SALARIES / np.sum(per_fte * fte)
        other_services = NATIONAL_OTHER_SERVICES
    else:  # an earlier year: the later year's salary per FTE less the wage growth (WAGE_INDEX)
        per_fte = base[0] * WAGE_INDEX[year] / WAGE_INDEX[year + 1] * np.exp(rng.normal(0, 0.01, n))
        other = base[1] * np.exp(rng.normal(0, 0.05, n))
        other_services = (NATIONAL_OTHER_SERVICES * STAFF_INDEX[year] / 100
                          * WAGE_INDEX[year] / 100)
    other_cost = other * fte
    other_cost *= other_services / other_cost.sum()
    return np.round(per_fte * fte, -3), np.round(other_cost, -3), (per_fte, other)


# ---------------------------------------------------------------- time use
def sickness_days(rng, fte, base=None) -> np.ndarray:
    """Sickness days per employee: 3–20, FTE-weighted average 10.6 (report ch. 4.2 B2)."""
    n = len(fte)
    days = (np.clip(rng.normal(10.6, SICKNESS_SD, n), 5.0, 17.0) if base is None
            else np.clip(base + rng.normal(0.2, 0.8, n), 3.2, 19.8))
    if base is None:
        order = np.argsort(rng.random(n))
        days[order[0]], days[order[1]] = 3.4, 19.6
    for _ in range(20):
        days = np.clip(days + NATIONAL_SICKNESS_DAYS - np.average(days, weights=fte), 3.1, 19.9)
    return np.round(days, 1)


def time_use(rng, fte, sick, set_breaks, base=None) -> dict[str, np.ndarray]:
    """Hours per FTE per year in the nine categories of figure 4, summing to the working time.

    Five categories are drawn to their FTE-weighted national mean and the report's spread; the
    rest of the centre's working time (1,507 h minus sickness) is split over direct contact,
    preparation/follow-up, other indirect work and general administration. ``set_breaks`` holds
    the fixed locally agreed breaks of the four largest cities (NaN elsewhere; B1 leaves them out).
    """
    n = len(fte)
    work = NET_WORKING_YEAR - HOURS_PER_SICK_DAY * sick
    fixed_keys = ["time_it_transport", "time_other_admin", "time_meetings", "time_training",
                  "time_local_breaks"]
    flex_keys = ["time_direct_contact", "time_prep_followup", "time_other_indirect"]
    out: dict[str, np.ndarray] = {}
    for key in fixed_keys:
        mean, lo, hi = TIME_TARGETS[key]
        v = _draw_time(rng, key, n) if base is None else _persist_time(rng, key, base[key])
        if key == "time_local_breaks":
            large = ~np.isnan(set_breaks)
            v[large] = set_breaks[large]
            out[key] = _fit_mean(v, fte, mean, lo, hi, zero_ok=True, free=~large)
        else:
            out[key] = _fit_mean(v, fte, mean, lo, hi)
    rest = work - sum(out[k] for k in fixed_keys)
    total_mean = sum(TIME_TARGETS[k][0] for k in flex_keys + ["time_general_admin"])
    for key in flex_keys:
        mean, lo, hi = TIME_TARGETS[key]
        share = mean / total_mean * rest
        if base is not None:
            v = share + (base[key] - base["_share_" + key]) + rng.normal(0, 4, n)
        else:
            v = share + rng.normal(0, (hi - lo) / 7, n)
        out["_share_" + key] = share
        out[key] = _fit_mean(v, fte, mean, lo + 5, hi - 5)
    out["time_general_admin"] = rest - sum(out[k] for k in flex_keys)
    return out


def _draw_time(rng, key: str, n: int) -> np.ndarray:
    """First draw of a time category (hours per FTE per year) before fitting its mean."""
    mean, lo, hi = TIME_TARGETS[key]
    if key == "time_local_breaks":  # about a third of centres have no locally agreed breaks
        return np.where(rng.random(n) < 0.68, rng.uniform(lo, hi, n), 0.0)
    if key == "time_meetings":  # right-skewed: a few centres meet far more than most
        a = 0.5
        v = lo + (hi - lo) * rng.beta(a, a * (hi - mean) / (mean - lo), n)
        return mean + MEETING_SPREAD * (v - mean)
    if key in ("time_it_transport", "time_other_admin"):  # means near the top of the spread
        return hi - (hi - lo) * rng.beta(1.0, 3.0 if key == "time_it_transport" else 5.5, n)
    return rng.normal(mean, (hi - lo) / 5, n)


def _persist_time(rng, key: str, previous: np.ndarray) -> np.ndarray:
    """The other year's value plus a small change (no breaks stays no breaks)."""
    _, lo, hi = TIME_TARGETS[key]
    v = previous + rng.normal(0, 0.05 * (hi - lo), len(previous))
    return np.where(previous > 0, v, 0.0) if key == "time_local_breaks" else v


def _fit_mean(v, w, mean, lo, hi, zero_ok=False, free=None) -> np.ndarray:
    """Shift (or, where zeros are allowed, scale) values to an FTE-weighted mean within range.

    Only the ``free`` centres move (default: all); the others keep their value.
    """
    v = v.copy()
    free = np.ones(len(v), dtype=bool) if free is None else free
    for _ in range(50):
        if zero_ok:
            pos = free & (v > 0)
            fixed_part = np.sum(v[~pos] * w[~pos])
            factor = (mean * w.sum() - fixed_part) / np.sum(v[pos] * w[pos])
            v[pos] = np.clip(v[pos] * factor, lo, hi)
        else:
            v[free] = np.clip(v[free] + mean - np.average(v, weights=w), lo, hi)
    return v


def fix_general_admin(t: dict[str, np.ndarray]) -> None:
    """Keep general administration inside its range by moving the excess to other indirect work."""
    _, lo, hi = TIME_TARGETS["time_general_admin"]
    ga = t["time_general_admin"]
    excess = ga - np.clip(ga, lo + 3, hi - 3)
    t["time_general_admin"] = ga - excess
    t["time_other_indirect"] = t["time_other_indirect"] + excess


# ---------------------------------------------------------------- one year
def reference_predictions(rng, centres) -> dict:
    """2013: predictions, population and framework X built around figure 2."""
    q = draw_predicted_all(rng, centres)
    v_rate, v_effect = visited_targets(rng, centres)
    fix_visited_population(centres, v_rate)
    pop = population(centres)
    p = draw_predicted_core(rng, [c["name"] for c in centres], q, pop, v_rate, v_effect,
                            level=LEVEL, size_effect=SIZE_EFFECT)
    x, beta, gamma = framework(rng, p, q, urbanity(rng, centres))
    return {"q": q, "p": p, "pop": pop, "x": x, "beta": beta, "gamma": gamma,
            "v_effect": v_effect}


def earlier_predictions(rng, later: dict, ref: dict, year: int) -> dict:
    """An earlier year's predictions from the reference year's, moved by the business cycle.

    The core prediction ``p`` is the reference year's times the national change in core
    persons per inhabitant (``CYCLE``), plus noise (sd 0.1 pp). The all-benefits prediction
    ``q`` moves by one national shift (the mean move of ``p`` plus that of the permanent
    benefits) ± 0.06 pp, less than a third of the 0.2 pp gaps between the cluster bands, so the
    clusters are the same in every year. Population and conditions follow the year after.
    """
    n = len(later["pop"])
    pop = np.round(later["pop"] * np.exp(rng.normal(-0.002, 0.004, n)))
    growth = ref["pop"].sum() / pop.sum()
    core_w = {k: float(np.sum(ref["persons"][k])) for k in PERSON_KEYS}
    core_idx = sum(core_w[k] * CYCLE[year][k] for k in PERSON_KEYS[:3]) / 100 / sum(
        core_w[k] for k in PERSON_KEYS[:3])
    perm_idx = sum(core_w[k] * CYCLE[year][k] for k in PERSON_KEYS[3:]) / 100 / sum(
        core_w[k] for k in PERSON_KEYS[3:])
    p = ref["p_target"] * core_idx * growth + rng.normal(0, 0.1, n)
    perm_rate = np.sum((ref["q_target"] - ref["p_target"]) * ref["pop"]) / ref["pop"].sum()
    shift = np.mean(p - ref["p_target"]) + perm_rate * (perm_idx * growth - 1)
    q = ref["q_target"] + shift + rng.uniform(-0.06, 0.06, n)
    dens = later["x"][:, 4] * pop / later["pop"]
    x, beta, gamma = framework(rng, p, q, dens, base=later["x"])
    return {"q": q, "p": p, "pop": pop, "x": x, "beta": beta, "gamma": gamma,
            "v_effect": np.full(n, np.nan)}


def staffing(rng, centres, core_persons, p_pub, effect, prev: dict | None):
    """Productivity (cases per FTE) and total FTE per centre."""
    if prev is None:
        # its own stream: the number of tries must not shift the draws of everything after it
        prod = productivity(np.random.default_rng([SEED, REFERENCE_YEAR]), centres,
                            core_persons, p_pub, effect)
        fte = np.round(core_persons / prod, 1)
        for i, c in enumerate(centres):
            if c["name"] in FIXED_FTE:
                fte[i] = FIXED_FTE[c["name"]]
        return prod, fte
    fte = earlier_staff(rng, centres, prev["fte"], prev["year"])
    return core_persons / fte, fte


def earlier_staff(rng, centres, later_fte: np.ndarray, later_year: int) -> np.ndarray:
    """FTE of the year before ``later_year``: staff is sticky, so each centre's FTE is the later
    year's moved by the national change (``STAFF_INDEX``) and a little noise (3 %), except
    the ``STAFF_CHANGE`` centres, whose later year's change is undone; the others are scaled
    so the national FTE is the index exactly."""
    year = later_year - 1
    fte = later_fte * STAFF_INDEX[year] / STAFF_INDEX[later_year] * np.exp(
        rng.normal(0, 0.03, len(centres)))
    named = np.zeros(len(centres), dtype=bool)
    for i, c in enumerate(centres):
        change = STAFF_CHANGE.get(c["name"], {})
        if later_year in change:
            fte[i], named[i] = later_fte[i] / (1 + change[later_year]), True
    target = NATIONAL_FTE * STAFF_INDEX[year] / 100
    fte[~named] *= (target - fte[named].sum()) / fte[~named].sum()
    return np.round(fte, 1)


def build_year(rng, centres, year: int, prev: dict | None = None, ref: dict | None = None) -> dict:
    """Everything for one year: register rows, published predictions, X and survey answers.

    ``prev`` is the result of the year after ``year`` (already built; None for the reference
    year) and ``ref`` the reference year's: an earlier year is built from them with the
    business cycle (``CYCLE``, ``STAFF_INDEX``, ``WAGE_INDEX``) and the named centres' paths,
    under the same construction rules.
    """
    base = prev or {}
    pred = (reference_predictions(rng, centres) if prev is None
            else earlier_predictions(rng, prev, ref or prev, year))
    pop, x = pred["pop"], pred["x"]
    a = design(x)
    p_pub, q_pub = np.round(a @ pred["beta"], 3), np.round(a @ pred["gamma"], 3)
    clusters = published_clusters(q_pub)
    if any(k != c["cluster"] for k, c in zip(clusters, centres, strict=True)):
        raise RuntimeError(f"{year}: the predictions do not give the published clusters")
    effect_all = all_effects(rng, a, q_pub, centres, base=base.get("effect_all"))
    effect, effect_all = core_effects(rng, a, q_pub, centres, pred["v_effect"], effect_all,
                                      base=base.get("effect"))
    persons = person_split(rng, centres, p_pub - effect, q_pub - effect_all, pop, year,
                           base=base.get("persons"))
    core_persons = persons["persons_adp"] + persons["persons_kth"] + persons["persons_sdp"]
    prod, fte = staffing(rng, centres, core_persons, p_pub, effect, prev)
    groups = staff_groups(rng, fte, base=base.get("group_shares"))
    areas = benefit_areas(rng, fte, persons, base=base.get("area_shares"))
    salaries, other, cost_base = costs(rng, centres, fte, year, base=base.get("cost_base"))
    sick = sickness_days(rng, fte, base=base.get("sick"))
    times = time_use(rng, fte, sick, np.array([LARGE_CITY_BREAKS.get(c["name"], np.nan)
                                               for c in centres]),
                     base=base.get("times"))
    fix_general_admin(times)
    answers = survey_answers(centres, year, fte, split_fte(fte, groups), split_fte(fte, areas),
                             salaries, other, sick, times, persons, pop)
    return {
        "year": year, "pop": pop, "q_target": pred["q"], "p_target": pred["p"], "x": x,
        "p": p_pub, "q": q_pub, "clusters": clusters, "effect": effect, "effect_all": effect_all,
        "persons": persons, "prod": prod, "fte": fte, "group_shares": groups,
        "area_shares": areas, "cost_base": cost_base, "sick": sick, "times": times,
        "answers": answers, "register": municipality_rows(centres, persons, pop, year),
    }


def published_clusters(q: np.ndarray) -> np.ndarray:
    """Cluster 1..7 by predicted all-benefits rate, highest first, sizes 5/15/27/22/12/7/6."""
    sizes = [len(CLUSTERS[k]) for k in sorted(CLUSTERS)]
    order = np.argsort(-q, kind="stable")
    cluster = np.empty(len(q), dtype=int)
    start = 0
    for k, size in enumerate(sizes, start=1):
        cluster[order[start:start + size]] = k
        start += size
    return cluster


def survey_answers(centres, year, fte, groups, areas, salaries, other, sick, times, persons,
                   pop) -> list[dict]:
    """One answer dict per centre (field key -> value), lever drivers included when available."""
    drivers = load_lever_drivers()
    out = []
    for i, c in enumerate(centres):
        ans: dict[str, float | int | None] = {}
        for k, key in enumerate(STAFF_GROUP_FIELDS):
            ans[key] = float(groups[i, k])
        for k, key in enumerate(BENEFIT_AREA_FIELDS):
            ans[key] = float(areas[i, k])
        ans["cost_salaries"] = float(salaries[i])
        ans["cost_other_services"] = float(other[i])
        ans["sickness_days"] = float(sick[i])
        for key in TIME_TARGETS:
            ans[key] = round(float(times[key][i]), 1)
        if drivers is not None:
            centre = {
                "name": c["name"], "year": year, "municipality_codes": c["codes"],
                "is_large_city": c["is_large_city"], "population_16_64": float(pop[i]),
                "fte_total": float(fte[i]),
                **{key: float(persons[key][i]) for key in PERSON_KEYS}, **ans,
            }
            child = np.random.default_rng([SEED, i, year])
            for key, value in drivers(child, centre).items():
                if key in ans:
                    raise ValueError(f"lever_drivers.py overwrote {key}")
                ans[key] = value
        out.append(ans)
    return out


def load_lever_drivers():
    """``lever_driver_fields`` from ``sample_data/lever_drivers.py``, or None if absent."""
    path = Path(__file__).with_name("lever_drivers.py")
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("_sample_lever_drivers", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.lever_driver_fields


# ---------------------------------------------------------------- writers
def write_survey(path: Path, centres, years: dict[int, dict]) -> None:
    """Consolidated survey workbook: sheet "Besvarelser", title, blank row, header, 188 rows."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Besvarelser"
    keys = [f.key for f in survey_fields()]
    types = {f.key: f.type for f in survey_fields()}
    ws.append([TITLE])
    ws.append([])
    ws.append(["Jobcenter", "År", *keys])
    for year in sorted(years):
        for c, ans in zip(centres, years[year]["answers"], strict=True):
            row = [c["name"], year]
            for key in keys:
                value = ans.get(key)
                if value is not None and types[key] == "yesno":
                    value = "ja" if value else "nej"
                elif value is not None and types[key] == "integer":
                    value = int(value)
                row.append(value)
            ws.append(row)
    save_workbook(wb, path)


def write_register_csv(path: Path, years: dict[int, dict]) -> None:
    """Danish Excel CSV (cp1252, ";", decimal comma, thousands dot, CRLF), long layout."""
    labels = register_variable_map()
    keys = ["persons_adp", "persons_kth", "persons_flex", "persons_disability",
            "persons_other", "population_16_64"]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["Kommunekode", "Kommune", "År", *(labels[k].label_da for k in keys)])
    for year in sorted(years):
        for r in years[year]["register"]:
            w.writerow([r["code"], r["name"], year,
                        *(format_number(r[k], 0 if k == "population_16_64" else 1) for k in keys)])
    path.write_bytes(buf.getvalue().encode("cp1252"))


def write_sickness_csv(path: Path, years: dict[int, dict]) -> None:
    """Portal-style wide file of full-time persons on sickness benefit (UTF-8 with BOM)."""
    ys = sorted(years)
    by_year = {y: {r["code"]: r["persons_sdp"] for r in years[y]["register"]} for y in ys}
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["Fuldtidspersoner på sygedagpenge"])
    w.writerow(["Kilde: syntetiske eksempeldata (Jobcenter Bench)"])
    w.writerow([])
    w.writerow(["Område", *map(str, ys)])
    for k, m in enumerate(geography.municipalities()):
        name = m.name if k % 3 else f"{m.name} Kommune"
        w.writerow([name, *(f"{by_year[y][m.code]:.1f}".replace(".", ",") for y in ys)])
    w.writerow(["Hele landet",
                *(f"{sum(by_year[y].values()):.1f}".replace(".", ",") for y in ys)])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def write_framework(path: Path, centres, years: dict[int, dict]) -> None:
    """Published predictions, cluster and framework conditions per municipality and year."""
    from openpyxl import Workbook

    labels = register_variable_map()
    wb = Workbook()
    ws = wb.active
    ws.title = "Rammevilkår"
    ws.append(["Kommunekode", "Kommune", "År", labels["predicted_rate"].label_da,
               labels["predicted_rate_all"].label_da, labels["cluster"].label_da,
               *FRAMEWORK_HEADERS.values()])
    for year in sorted(years):
        y = years[year]
        for i, c in enumerate(centres):
            for code in c["codes"]:
                ws.append([code, geography.municipality_by_code()[code].name, year,
                           float(y["p"][i]), float(y["q"][i]), int(y["clusters"][i]),
                           *(float(v) for v in y["x"][i])])
    save_workbook(wb, path)


def save_workbook(wb, path: Path) -> None:
    """Save with fixed document properties and zip timestamps, so reruns are byte-identical."""
    wb.properties.creator = "Jobcenter Bench (syntetiske eksempeldata)"
    wb.properties.created = FIXED_TIME
    raw = io.BytesIO()
    wb.save(raw)
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), data)
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, data)
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------- main
def file_names(years=YEARS) -> dict[str, str]:
    """The four sample files, named by their first and last year."""
    span = f"{min(years)}_{max(years)}"
    return {"survey": f"survey_{span}.xlsx", "register": f"register_{span}.csv",
            "sickness": f"sygedagpenge_{span}.csv", "framework": f"rammevilkaar_{span}.xlsx"}


def generate(out_dir: Path) -> dict[int, dict]:
    """Build every year of ``YEARS`` and write the four sample files to ``out_dir``.

    The reference year comes first (its draws do not depend on how many years follow), then
    each earlier year from the year after it. Returns the years.
    """
    rng = np.random.default_rng(SEED)
    centres = centre_table()
    ref = build_year(rng, centres, REFERENCE_YEAR)
    years = {REFERENCE_YEAR: ref}
    for year in sorted(YEARS, reverse=True)[1:]:
        years[year] = build_year(rng, centres, year, prev=years[year + 1], ref=ref)
    out_dir.mkdir(parents=True, exist_ok=True)
    names = file_names()
    write_survey(out_dir / names["survey"], centres, years)
    write_register_csv(out_dir / names["register"], years)
    write_sickness_csv(out_dir / names["sickness"], years)
    write_framework(out_dir / names["framework"], centres, years)
    return years


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent,
                        help="output folder (default: sample_data/)")
    args = parser.parse_args(argv)
    generate(args.out)
    print(f"Syntetiske eksempeldata skrevet til {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
