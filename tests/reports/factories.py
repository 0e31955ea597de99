"""A tiny ``Results`` built by hand (no database, no model fit) for the writer tests.

Four centres in two clusters; every figure is chosen so the expected report values can be worked
out on paper (see the comments). Three levers (B1 and E3 quantified, C1 not) with one overlap
pair B1–E3 of kind "smaller" (share 0.5 of the smaller lever).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from jobcenter_bench.core.analysis import AnalysisOptions, CentreResult, YearAnalysis
from jobcenter_bench.core.classification import Thresholds
from jobcenter_bench.core.comparison import GroupSummary
from jobcenter_bench.core.levers.aggregates import LeverResults
from jobcenter_bench.core.levers.catalogue import OverlapPair, catalogue
from jobcenter_bench.core.scenarios import standard_scenario
from jobcenter_bench.core.session import Provenance, Results, SessionState
from jobcenter_bench.core.time_use import TimeStat, TimeUse

YEAR = 2013
FORMULA = '=HYPERLINK("x")'
#: name, cluster, rank in cluster, FTE, full-time persons, observed, predicted, observed all,
#: predicted all, cost per FTE, quadrant. Cases per FTE = persons / FTE:
#: Ærø 1120/40 = 28.0, Skive 1800/50 = 36.0, FORMULA 1500/60 = 25.0, Viborg 3360/80 = 42.0.
#: Effect = predicted - observed: Ærø +0.5, Skive -0.2, FORMULA +0.1, Viborg -0.4 (mean 0.0).
CENTRES = (
    ("Ærø", 1, 1, 40.0, 1120.0, 7.5, 8.0, 15.0, 16.0, 450_000.0, "effective"),
    ("Skive", 1, 2, 50.0, 1800.0, 8.0, 7.8, 16.0, 15.5, 460_000.0, "productive"),
    (FORMULA, 2, 1, 60.0, 1500.0, 7.0, 7.1, 14.0, 14.2, 470_000.0, "effective"),
    ("Viborg", 2, 2, 80.0, 3360.0, 9.0, 8.6, 19.0, 18.0, 480_000.0, "productive"),
)


def centre(row) -> CentreResult:
    name, cl, rank, fte, persons, obs, pred, obs_all, pred_all, cost, quadrant = row
    return CentreResult(
        year=YEAR, jobcenter=name, municipality_codes=[492] if name == "Ærø" else [779],
        region="Syddanmark", cluster=cl, cluster_size=2, cluster_rank=rank, fte=fte,
        full_time_persons=persons, cases_per_fte=persons / fte, observed_rate=obs, predicted_rate=pred,
        effect=pred - obs, observed_rate_all=obs_all, predicted_rate_all=pred_all,
        effect_all=pred_all - obs_all, quadrant=quadrant, population=persons / obs * 100,
        cost_per_fte=cost, cost_total=cost * fte, framework={"ledighed": 4.25e-5 * rank},
    )


def group(scope: str, cluster, n: int, cpf_agg, median, lo, hi, effect_mean) -> GroupSummary:
    return GroupSummary(
        scope=scope, cluster=cluster, n_centres=n, n_productivity=n, n_effect=n, cases_per_fte=cpf_agg,
        cases_per_fte_median=median, cases_per_fte_min=lo, cases_per_fte_max=hi, effect_mean=effect_mean,
        effect_weighted=effect_mean, observed_rate=8.1, predicted_rate=8.0, observed_rate_all=16.3,
        predicted_rate_all=16.1, cost_per_fte=467_000.0, fte_mean=57.5, fte_total=230.0,
        full_time_persons_mean=1945.0,
    )


def analysis() -> YearAnalysis:
    centres = [centre(r) for r in CENTRES]
    time_use = TimeUse(
        categories=[TimeStat("direct_contact", "Direkte borgerkontakt", "Direct contact", 374.0, 251.0, 460.0, 4),
                    TimeStat("meetings_training", "Interne møder", "Internal meetings", 150.0, 90.0, 210.0, 4),
                    TimeStat("available", "Til rådighed", "Available", 1255.0, 1100.0, 1400.0, 4)],
        details=[],
        # Ærø: direct contact 300 (74 below the mean), meetings 160 (10 above): largest gap first
        centres={c.jobcenter: {"direct_contact": 300.0, "meetings_training": 160.0, "available": 1200.0}
                 for c in centres},
    )
    return YearAnalysis(
        year=YEAR, options=AnalysisOptions(), prediction_source="published", cluster_source="published",
        variables=("ledighed",), centres=centres, exclusions=[],
        thresholds=Thresholds(productivity_median=32.0, effect_mean=0.0, n=4),
        time_use=time_use,
        # national: median of 25, 28, 36, 42 = 32.0; aggregate 7780 / 230 = 33.83
        national_summary=group("national", None, 4, 7780 / 230, 32.0, 25.0, 42.0, 0.0),
        # cluster 1: median of 28 and 36 = 32.0 (aggregate 2920 / 90 = 32.44); cluster 2: 33.5
        cluster_summaries={1: group("cluster", 1, 2, 2920 / 90, 32.0, 28.0, 36.0, 0.15),
                           2: group("cluster", 2, 2, 4860 / 140, 33.5, 25.0, 42.0, -0.15)},
    )


LEVER_IDS = ("B1", "E3", "C1")
#: Per lever and centre (Ærø, Skive, FORMULA, Viborg), low DKK; high = 2 × low. Hours = DKK / 311.
LOW_DKK = np.array([[31_100.0, 62_200.0, 0.0, 93_300.0],   # B1
                    [15_550.0, 0.0, 0.0, 31_100.0],         # E3
                    [0.0, 0.0, 0.0, 0.0]])                   # C1 (not quantified)


def lever_results() -> LeverResults:
    cat = catalogue()
    levers = tuple(next(lv for lv in cat.levers if lv.id == i) for i in LEVER_IDS)
    dkk = np.stack([LOW_DKK, 2 * LOW_DKK])
    # overlap B1-E3 "smaller": 0.5 × min(B1, E3) per centre: Ærø 7,775 low / 15,550 high
    overlap = 0.5 * np.minimum(dkk[:, 0:1, :], dkk[:, 1:2, :])
    fte_total = np.array([c[3] for c in CENTRES])
    return LeverResults(
        year=YEAR, scenario="Standard", centres=tuple(c[0] for c in CENTRES), levers=levers,
        pairs=(OverlapPair("B1", "E3", "smaller", "", 0.5, 0.5),), hours=dkk / 311.0, dkk=dkk,
        fte=dkk / 311.0 / 1255.0, overlap=overlap, hourly_cost=np.full(4, 311.0),
        # cost base of Ærø 1,000,000 kr.: net low (31,100 + 15,550 − 7,775) = 38,875 = 3.8875 %
        cost_base=np.array([1_000_000.0, 2_000_000.0, 3_000_000.0, 4_000_000.0]), fte_total=fte_total,
        effective_hours=1255.0, overlap_shares={"B1-E3": (0.5, 0.5)},
    )


def results(is_sample: bool = True, saved: bool = True) -> Results:
    scenario = standard_scenario()
    provenance = Provenance(
        db_path="/tmp/x.jcbench", is_sample=is_sample,
        imports=({"file_name": "=cmd|' /C calc'!A0.csv", "kind": "register", "imported_at": "2026-11-25T19:01:00+00:00",
                  "rows": 98, "sha256": "ab" * 32},
                 {"file_name": "spørgeskema_2013.xlsx", "kind": "survey_workbook",
                  "imported_at": "2026-11-25T19:00:00+00:00", "rows": 86, "sha256": "cd" * 32}),
        variable_labels={"ledighed": ("Ledighed", "Unemployment")},
    )
    return Results(
        state=SessionState(year=YEAR, scenario=scenario, scenario_name=scenario.name, scenario_saved=saved),
        year=YEAR, analysis=analysis(), previous=None, levers=lever_results(), levers_error=None,
        scenario=scenario, scenario_saved=saved, provenance=provenance,
    )


def unsaved(res: Results) -> Results:
    return replace(res, scenario_saved=False)
