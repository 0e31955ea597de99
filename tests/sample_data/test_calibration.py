"""The sample data reproduces the report's reference figures (reference-figures.md).

Every expected number below states its source in a comment: a line of the report (seed 004,
``/work/shared/seeds/004_*``, "l. N"), a derivation from such lines, or, where the report gives
nothing, the calibration choice documented in ``sample_data/README.md`` ("our choice").
"""

from __future__ import annotations

import numpy as np
import pytest
from sample_readers import YEARS

#: Figure 2 (seed 004 l. 320-331; typed in from reference-figures.md): cluster, cases per FTE,
#: placement "n of N", effect (pp), observed rate (pct.).
FIGURE_2 = {
    "Skive": (2, 26, (2, 15), 2.3, 7.5),
    "Faaborg-Midtfyn": (3, 32, (1, 27), 0.9, 8.6),
    "Hørsholm": (7, 29, (5, 6), 0.8, 5.4),
    "Ikast-Brande": (4, 33, (6, 22), -0.4, 9.1),
    "Hedensted": (5, 29, (12, 12), 0.8, 7.8),
    "Morsø": (1, 23, (2, 5), 2.3, 7.9),
    "København": (5, 52, (9, 12), -0.5, 10.7),
    "Aabenraa": (3, 35, (25, 27), 1.6, 8.6),
    "Hillerød": (6, 39, (3, 7), 0.5, 7.1),
    "Viborg": (4, 41, (19, 22), 1.1, 8.3),
    "Holstebro": (3, 42, (2, 27), 1.8, 7.6),
    "Jammerbugt": (3, 22, (12, 27), 0.5, 8.8),
    "Vordingborg": (2, 36, (7, 15), 0.9, 9.1),
    "Slagelse": (2, 33, (12, 15), 0.9, 10.2),
    "Rebild": (5, 22, (7, 12), 0.8, 7.4),
    "Herning": (4, 35, (15, 22), 1.1, 8.3),
}


def half_up(x: float, decimals: int = 0) -> float:
    """Round as the report does (half away from zero), not banker's rounding."""
    f = 10**decimals
    return float(np.sign(x) * np.floor(abs(x) * f + 0.5) / f)


@pytest.mark.parametrize("name", sorted(FIGURE_2))
def test_visited_centre_reproduces_figure_2(sample, name):
    y = sample.years[2013]
    cluster, cases, (rank, size), effect, rate = FIGURE_2[name]
    i = y.index(name)
    assert y.cluster[i] == cluster
    assert half_up(y.productivity[i]) == cases
    assert half_up(y.core_rate[i], 1) == rate
    assert half_up(y.effect[i], 1) == effect
    members = np.flatnonzero(y.cluster == cluster)
    assert len(members) == size
    placement = 1 + sum(y.all_rate[j] < y.all_rate[i] for j in members if j != i)
    assert placement == rank


def test_quoted_single_figures(sample):
    y = sample.years[2013]
    assert half_up(y.predicted_all[y.index("Herning")], 1) == 18.0  # l. 1054: "forudsagt ... 18,0"
    # l. 3967: the visited centres range "fra 26 medarbejdere i Hørsholm til 858" (København)
    assert half_up(y.fte[y.index("Hørsholm")]) == 26
    assert half_up(y.fte[y.index("København")]) == 858
    visited_fte = {name: y.fte[y.index(name)] for name in FIGURE_2}
    assert min(visited_fte, key=visited_fte.get) == "Hørsholm"
    assert max(visited_fte, key=visited_fte.get) == "København"
    # l. 304: "the 15 visited municipalities represent 22 % of all FTE" (l. 290: Holstebro was a
    # half-day visit, so it is not one of the 15)
    fifteen = sum(v for name, v in visited_fte.items() if name != "Holstebro")
    assert half_up(100 * fifteen / y.fte.sum()) == 22


@pytest.mark.parametrize("year", YEARS)
def test_clusters_are_predicted_all_benefit_rate_cut_into_report_sizes(sample, year):
    y = sample.years[year]
    # cluster sizes: figure 2's "n of N" (l. 320-331) gives N for clusters 1-7; the order by
    # predicted rate is our reading of "higher number = better conditions" (sample_data/README.md)
    assert [int(np.sum(y.cluster == k)) for k in range(1, 8)] == [5, 15, 27, 22, 12, 7, 6]
    order = np.argsort(-y.predicted_all)
    expected = np.repeat(np.arange(1, 8), [5, 15, 27, 22, 12, 7, 6])
    assert list(y.cluster[order]) == list(expected)


@pytest.mark.parametrize("year", YEARS)
@pytest.mark.parametrize("which", ["core", "all"])
def test_ols_on_framework_reproduces_published_predictions(sample, year, which):
    y = sample.years[year]
    observed = y.core_rate if which == "core" else y.all_rate
    published = y.predicted if which == "core" else y.predicted_all
    a = np.column_stack([np.ones(len(observed)), y.x])
    beta, *_ = np.linalg.lstsq(a, observed, rcond=None)
    fitted = a @ beta
    # the published predictions are given to 0.1 pp: half of that is the largest honest deviation
    assert np.max(np.abs(fitted - published)) < 0.05
    r2 = 1 - np.sum((observed - fitted) ** 2) / np.sum((observed - observed.mean()) ** 2)
    # The report gives no R² (reference-figures.md, figure 6 note). Our choice (sample_data/README.md:
    # R² ≈ 0.74-0.78): framework conditions explain most but not all of the spread, so effects
    # (the residual) keep the report's range of about -1 to 2.5 pp (l. 1060). The band 0.7-0.92
    # only guards against a degenerate fit (R² near 1 leaves no effects, near 0 no model).
    assert 0.7 <= r2 <= 0.92


def test_framework_variables_are_realistic(sample):
    # our choice (sample_data/README.md): five framework variables, a percentage lies in 0-60
    assert 4 <= len(sample.framework_headers) <= 6
    x = sample.years[2013].x
    for k, header in enumerate(sample.framework_headers):
        col = x[:, k]
        if "pct" in header:
            assert col.min() >= 0 and col.max() <= 60, header
        assert np.std(col) > 0, header


def test_effects_span_report_range(sample):
    e = sample.years[2013].effect
    # l. 1060: "en spredning i beskæftigelseseffekten fra knap -1 til 2,5 procentpoint"; "knap -1"
    # (just under 1 in size) read as -1.1 ... -0.7, and 2.5 to the nearest 0.1 +- 0.3; figure 2's
    # largest visited effect is 2.3 (Skive, Morsø), so the top must be at least 2.2
    assert -1.1 <= e.min() <= -0.7
    assert 2.2 <= e.max() <= 2.6


def test_national_fte_and_staff_split(sample):
    answers = sample.years[2013].survey
    total = sum(sum(a[k] for k in
                    ("fte_caseworkers", "fte_company_consultants", "fte_case_admin",
                     "fte_management", "fte_staff_functions")) for a in answers)
    assert total == pytest.approx(9117, rel=0.02)  # l. 676: "i alt 9.117 årsværk"
    # l. 680-682: 5.621 caseworkers, 1.396 company consultants, 679 case-support admin;
    # l. 3184: 464 management; l. 3190: 957 staff functions (5,621 + ... + 957 = 9,117)
    report = {"fte_caseworkers": 5621, "fte_company_consultants": 1396, "fte_case_admin": 679,
              "fte_management": 464, "fte_staff_functions": 957}
    assert sum(report.values()) == 9117
    for key, value in report.items():
        assert sum(a[key] for a in answers) == pytest.approx(value, rel=0.02), key


@pytest.mark.parametrize("year", YEARS)
def test_benefit_areas_sum_to_total_and_main_areas_hold_90_pct(sample, year):
    y = sample.years[year]
    areas = ("fte_area_adp", "fte_area_kth", "fte_area_sdp", "fte_area_flex", "fte_area_other")
    by_area = np.array([[a[k] for k in areas] for a in y.survey])
    assert np.allclose(by_area.sum(axis=1), y.fte, atol=0.05)
    main = by_area[:, :4].sum() / by_area.sum()
    # l. 708: the four main areas hold "knap 90 pct. af årsværkene": "knap" = just under, read as
    # 0.86-0.92 around our split's 89 % (sample_data/README.md)
    assert 0.86 <= main <= 0.92


def test_cost_base(sample):
    answers = sample.years[2013].survey
    fte = sample.years[2013].fte
    salaries = np.array([a["cost_salaries"] for a in answers])
    other = np.array([a["cost_other_services"] for a in answers])
    # l. 674-676: cost base DKK 4,5 bn, salaries "knap 90 procent" -> 0.9 x 4.5 bn = 4.05 bn
    assert salaries.sum() == pytest.approx(4.05e9, rel=0.03)
    assert other.sum() == pytest.approx(0.5e9, rel=0.1)  # l. 5137: "øvrige tjenesteydelser DKK ~0,5 mia."
    assert salaries.sum() + other.sum() == pytest.approx(4.5e9, rel=0.05)  # l. 674
    per_fte = salaries / fte
    # derived: 4.05 bn salaries / 9,117 FTE (l. 676) = DKK 444,225 per FTE
    assert salaries.sum() / fte.sum() == pytest.approx(4.05e9 / 9117, rel=0.02)
    # The report gives no spread of salary per FTE. Our choice (sample_data/README.md: 386,000-
    # 501,000): centres differ by about +-6 % around 444,225 (at least below 420,000 and above
    # 470,000 somewhere), but not by more than 160,000 (a third of the mean) between the extremes.
    assert per_fte.min() < 420_000 and per_fte.max() > 470_000
    assert per_fte.max() - per_fte.min() <= 160_000


def test_productivity_spread(sample):
    y = sample.years[2013]
    prod = np.sort(y.productivity)
    assert prod[0] < 20  # l. 1058: "fra under 20 fuldtidspersoner pr. årsværk til 52"
    assert half_up(prod[-1]) == 52
    assert y.names[int(np.argmax(y.productivity))] == "København"  # figure 2: København 52
    # l. 102-104: the five most productive average 45, the five least 22 (whole numbers: +-1)
    assert prod[-5:].mean() == pytest.approx(45, abs=1)
    assert prod[:5].mean() == pytest.approx(22, abs=1)


def test_population_and_national_caseload(sample):
    y = sample.years[2013]
    pop = dict(zip(y.names, y.pop, strict=True))
    # Derived from figure 2 and l. 3967 (population 16-64 = FTE x cases per FTE / observed rate):
    # København 858 x 52 / 10.7 % = 416,972; Hørsholm 26 x 29 / 5.4 % = 13,963 (both +- the
    # rounding of the figures: 5 % and 10 %). Læsø (825) is our choice, the report has no figure:
    # 1,850 inhabitants x 0.52 aged 16-64 = 962 (sample_data/generate.py), checked as 700-1,300.
    assert pop["København"] == pytest.approx(420_000, rel=0.05)
    assert pop["Hørsholm"] == pytest.approx(14_000, rel=0.1)
    laeso = sample.register[(825, 2013)]["population_16_64"]
    assert 700 <= laeso <= 1300
    # Denmark had about 3.5 m people aged 16-64 in 2013 (our knowledge, not the report's); +-0.2 m
    assert 3.3e6 <= y.pop.sum() <= 3.7e6
    cases = sum(y.persons[k].sum() for k in ("persons_adp", "persons_kth", "persons_sdp"))
    # Derived: the report's national figures give no national ratio, but figure 2's visited
    # centres lie between 22 and 52 with most near 30-35; our calibration (sample_data/README.md:
    # about 279,000 full-time persons / 9,117 FTE = 30.6) keeps the national ratio at 29-31.
    assert 29 <= cases / y.fte.sum() <= 31


TIME_KEYS = ("time_direct_contact", "time_prep_followup", "time_other_indirect",
             "time_it_transport", "time_other_admin", "time_general_admin", "time_meetings",
             "time_training", "time_local_breaks")


def _time(sample, year=2013):
    y = sample.years[year]
    return {k: np.array([a[k] for a in y.survey], float) for k in TIME_KEYS}, y.fte


def test_time_use_weighted_means_follow_figure_4(sample):
    t, w = _time(sample)
    # l. 718-726: 374 h direct contact, 459 indirect case work, 151 other admin, 271 general
    # admin and management, 174 meetings/training/breaks per FTE (figure 4, whole hours: +-4
    # allows for the rounding of each of the nine fields in the survey file)
    groups = {
        374: ["time_direct_contact"],
        459: ["time_prep_followup", "time_other_indirect"],
        151: ["time_it_transport", "time_other_admin"],
        271: ["time_general_admin"],
        174: ["time_meetings", "time_training", "time_local_breaks"],
    }
    for expected, keys in groups.items():
        assert np.average(sum(t[k] for k in keys), weights=w) == pytest.approx(expected, abs=4)


@pytest.mark.parametrize("year", YEARS)
def test_time_use_spreads_follow_figure_4(sample, year):
    t, _ = _time(sample, year)
    # figure 4's spreads of centre values (l. 776-835, e.g. "251 460", "49 164", "15 103")
    ranges = {
        "time_direct_contact": (251, 460), "time_prep_followup": (280, 445),
        "time_other_indirect": (17, 256), "time_it_transport": (25, 83),
        "time_other_admin": (5, 98), "time_general_admin": (133, 392),
        "time_meetings": (49, 164), "time_training": (1, 78),
    }
    for key, (lo, hi) in ranges.items():
        assert lo <= t[key].min() and t[key].max() <= hi, key
        # our choice: the sample uses at least 40 % of each published spread (not all centres
        # crowd at the mean)
        assert t[key].max() - t[key].min() >= 0.4 * (hi - lo), key
    breaks = t["time_local_breaks"]
    # our choice (sample_data/README.md): 29 centres have no locally agreed breaks; figure 4's
    # spread 15-103 (l. 784) is for the centres that have them
    assert np.sum(breaks == 0) >= 15
    assert 15 <= breaks[breaks > 0].min() and breaks.max() <= 103


def test_time_use_sums_to_working_time_and_sickness(sample):
    """Figure 4: 1,507 h after holidays and lunch (l. 844), minus sickness (10.6 days = 78 h) = 1,428
    (l. 714, 842); sickness 3 to 20 days per employee, average 10.6 (l. 3081-3083)."""
    t, w = _time(sample)
    total = sum(t.values())
    sick = np.array([a["sickness_days"] for a in sample.years[2013].survey])
    assert np.all(np.abs(total - (1507 - sick * 78 / 10.6)) <= 1.0)
    assert np.average(total, weights=w) == pytest.approx(1428, abs=3)
    assert 3 <= sick.min() < 4 and 19 < sick.max() <= 20
    assert np.average(sick, weights=w) == pytest.approx(10.6, abs=0.1)


@pytest.mark.parametrize("regressor", ["predicted", "predicted_all", "effect"])
def test_productivity_unrelated_to_conditions_and_effect(sample, regressor):
    """Figure 6 (reference-figures.md: no relationship shown): OLS of cases per FTE on the
    regressor, slope not significant at the usual 5 % level."""
    import statsmodels.api as sm

    y = sample.years[2013]
    fit = sm.OLS(y.productivity, sm.add_constant(getattr(y, regressor))).fit()
    assert fit.pvalues[1] > 0.05


@pytest.mark.parametrize("year", YEARS[1:])
def test_year_on_year_changes_are_plausible(sample, year):
    """Each year is built from the one after it by the same rules with modest changes: same
    clusters, population within 3 %, rates within 1.5 pp, time use within 60 h.

    The report covers 2013 only; every bound here is our choice for the synthetic earlier years
    (sample_data/README.md): changes a real centre could show from one year to the next.
    """
    y0, y1 = sample.years[year - 1], sample.years[year]
    assert list(y0.cluster) == list(y1.cluster)
    assert np.all(np.abs(y1.core_rate - y0.core_rate) < 1.5)
    assert np.all(np.abs(y1.all_rate - y0.all_rate) < 1.5)
    assert np.all(np.abs(y1.pop / y0.pop - 1) < 0.03)
    for key in TIME_KEYS:
        a = np.array([r[key] for r in y0.survey])
        b = np.array([r[key] for r in y1.survey])
        assert np.all(np.abs(a - b) < 60), key
