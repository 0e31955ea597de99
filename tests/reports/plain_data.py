"""A small hand-made ``ReportInput`` (no core involved) for the document machinery tests."""

from __future__ import annotations

from jobcenter_bench.reports.inputs import (
    BenchmarkTotal,
    BusinessCase,
    BusinessCaseYear,
    CentreFigures,
    Coefficient,
    GroupFigures,
    LeverFigures,
    LeverSummary,
    Regression,
    Relationship,
    ReportInput,
    Source,
    TimeCategory,
)

NAMES = ["Ærø", "Faaborg-Midtfyn", "Hørsholm", "=HYPERLINK(\"x\")", "Skive", "+Morsø", "Viborg",
         "@Slagelse"]


def lever_summary(scope: str, scale: float) -> LeverSummary:
    levers = [
        LeverFigures("B1", "Normalisering af arbejdstid", "B", "management", "short", True,
                     100 * scale, 200 * scale, 31_100 * scale, 62_200 * scale),
        LeverFigures("E3", "Tilpasning af indkaldelsesbreve", "E", "it", "short", True,
                     50 * scale, 75 * scale, 15_550 * scale, 23_325 * scale),
        LeverFigures("C1", "Anvendelse af performanceledelse", "C", "management", "short", False,
                     note="ikke kvantificeret i rapporten"),
    ]
    gross_low, gross_high = 46_650 * scale, 85_525 * scale
    return LeverSummary(
        scope=scope, levers=levers, gross_low_dkk=gross_low, gross_high_dkk=gross_high,
        overlap_low_dkk=1_000 * scale, overlap_high_dkk=2_000 * scale,
        total_low_dkk=gross_low - 1_000 * scale, total_high_dkk=gross_high - 2_000 * scale,
        by_area={"B": (31_100 * scale, 62_200 * scale), "E": (15_550 * scale, 23_325 * scale)},
        by_binding={"management": (31_100 * scale, 62_200 * scale),
                    "it": (15_550 * scale, 23_325 * scale)},
        by_horizon={"short": (gross_low, gross_high)},
        cost_base_dkk=4_000_000 * scale,
    )


def make_input(is_sample: bool = True) -> ReportInput:
    centres = []
    for i, name in enumerate(NAMES):
        centres.append(CentreFigures(
            jobcenter=name, region="Syddanmark", municipality_codes=(400 + i,),
            cluster=1 + i % 3, cluster_size=3 if i % 3 < 2 else 2, cluster_rank=1 + i // 3,
            fte=40.5 + i * 10, full_time_persons=1_234 + 100 * i, cases_per_fte=30.25 + i,
            observed_rate=7.5 + i / 10, predicted_rate=8.0 + i / 20, effect=0.5 - i / 20,
            observed_rate_all=15.0 + i / 5, predicted_rate_all=16.0 + i / 4,
            quadrant="resource_efficient", quadrant_label="Ressourceeffektiv",
            cost_per_fte=444_000 + 1000 * i,
        ))
    data = ReportInput(
        year=2013, centres=centres, is_sample=is_sample, db_path="/tmp/x.jcbench",
        scenario="Standard", prediction_source="publiceret (KORA/SFI)",
        sources=[Source("spørgeskema_2013.xlsx", "survey", "2026-11-25T19:00:00+00:00", 86),
                 Source("=cmd|' /C calc'!A0.csv", "register", "2026-11-25T19:01:00+00:00", 98)],
        productivity_median=33.75, effect_mean=0.325,
        regression=Regression("core", ("ledighed",), [
            Coefficient("const", "Konstant", 1.2345, 0.5, 2.469, 0.0151, 0.2345, 2.2345),
            Coefficient("ledighed", "Ledighed", 0.8765, 0.1, 8.765, 0.0001, 0.6765, 1.0765),
        ], r_squared=0.6789, r_squared_adj=0.6543, n=8),
        framework_variables=["ledighed"],
        relationships=[Relationship("Produktivitet mod effekt", 8, 0.012, -0.05, 0.07, 0.65, 0.1,
                                    0.08)],
        time_categories=[
            TimeCategory("direct_contact", "Direkte borgerkontakt", 374.4, 251.0, 460.0),
            TimeCategory("indirect_casework", "Indirekte sagsbehandling", 459.0, 297.0, 701.0),
            TimeCategory("available", "Til rådighed for jobcenteropgaver", 1255.0, 1100.0, 1400.0),
        ],
        centre_hours={n: {"direct_contact": 300.0 + i, "indirect_casework": 400.0,
                          "available": 1200.0} for i, n in enumerate(NAMES)},
        benchmarks=[BenchmarkTotal("national_median", "Løft til landsmedianen", 812.5, 360_700_000, 43)],
        levers_national=lever_summary("national", 100),
        levers_by_centre={n: lever_summary(n, 1 + i) for i, n in enumerate(NAMES)},
        business_cases={"Ærø": BusinessCase("Ærø", "Plan 2026", [
            BusinessCaseYear(2026, 20_000, 50_000, -30_000, -30_000),
            BusinessCaseYear(2027, 40_000, 10_000, 30_000, 0),
            BusinessCaseYear(2028, 46_650, 10_000, 36_650, 36_650),
        ], payback_year=2027, levers=["B1", "E3"], owners={"B1": "Jobcenterchefen"})},
        # the core's summaries, hand-made: distinctive numbers the documents must show
        national_summary=GroupFigures(None, 8, 8, 8, cases_per_fte=29.44, cases_per_fte_median=33.75,
                                      cases_per_fte_min=30.25, cases_per_fte_max=37.25,
                                      effect_mean=0.325, cost_per_fte=447_654, fte_mean=75.5),
        cluster_summaries={k: GroupFigures(k, 3 if k < 3 else 2, 3, 3, cases_per_fte=27.77 + k,
                                           effect_mean=0.1 * k, cost_per_fte=412_345 + k)
                           for k in (1, 2, 3)},
    )
    return data
