"""The sample data reproduces the report's reference figures (reference-figures.md).

Every expected number below is the report's (seed 004), typed in by hand.
"""

from __future__ import annotations

import numpy as np
import pytest
from sample_readers import YEARS

#: Figure 2: cluster, cases per FTE, placement "n of N", effect (pp), observed rate (pct.).
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
    assert half_up(y.predicted_all[y.index("Herning")], 1) == 18.0
    assert half_up(y.fte[y.index("Hørsholm")]) == 26
    assert half_up(y.fte[y.index("København")]) == 858
    visited_fte = {name: y.fte[y.index(name)] for name in FIGURE_2}
    assert min(visited_fte, key=visited_fte.get) == "Hørsholm"
    assert max(visited_fte, key=visited_fte.get) == "København"
    # "the 15 visited municipalities represent 22 % of all FTE" (Holstebro was a half-day visit)
    fifteen = sum(v for name, v in visited_fte.items() if name != "Holstebro")
    assert half_up(100 * fifteen / y.fte.sum()) == 22


@pytest.mark.parametrize("year", YEARS)
def test_clusters_are_predicted_all_benefit_rate_cut_into_report_sizes(sample, year):
    y = sample.years[year]
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
    assert np.max(np.abs(fitted - published)) < 0.05
    r2 = 1 - np.sum((observed - fitted) ** 2) / np.sum((observed - observed.mean()) ** 2)
    assert 0.7 <= r2 <= 0.92


def test_framework_variables_are_realistic(sample):
    assert 4 <= len(sample.framework_headers) <= 6
    x = sample.years[2013].x
    for k, header in enumerate(sample.framework_headers):
        col = x[:, k]
        if "pct" in header:
            assert col.min() >= 0 and col.max() <= 60, header
        assert np.std(col) > 0, header


def test_effects_span_report_range(sample):
    e = sample.years[2013].effect
    assert -1.1 <= e.min() <= -0.7
    assert 2.2 <= e.max() <= 2.6


def test_national_fte_and_staff_split(sample):
    answers = sample.years[2013].survey
    total = sum(sum(a[k] for k in
                    ("fte_caseworkers", "fte_company_consultants", "fte_case_admin",
                     "fte_management", "fte_staff_functions")) for a in answers)
    assert total == pytest.approx(9117, rel=0.02)
    report = {"fte_caseworkers": 5621, "fte_company_consultants": 1396, "fte_case_admin": 679,
              "fte_management": 464, "fte_staff_functions": 957}
    for key, value in report.items():
        assert sum(a[key] for a in answers) == pytest.approx(value, rel=0.02), key


@pytest.mark.parametrize("year", YEARS)
def test_benefit_areas_sum_to_total_and_main_areas_hold_90_pct(sample, year):
    y = sample.years[year]
    areas = ("fte_area_adp", "fte_area_kth", "fte_area_sdp", "fte_area_flex", "fte_area_other")
    by_area = np.array([[a[k] for k in areas] for a in y.survey])
    assert np.allclose(by_area.sum(axis=1), y.fte, atol=0.05)
    main = by_area[:, :4].sum() / by_area.sum()
    assert 0.86 <= main <= 0.92


def test_cost_base(sample):
    answers = sample.years[2013].survey
    fte = sample.years[2013].fte
    salaries = np.array([a["cost_salaries"] for a in answers])
    other = np.array([a["cost_other_services"] for a in answers])
    assert salaries.sum() == pytest.approx(4.05e9, rel=0.03)
    assert other.sum() == pytest.approx(0.5e9, rel=0.1)
    assert salaries.sum() + other.sum() == pytest.approx(4.5e9, rel=0.05)
    per_fte = salaries / fte
    assert salaries.sum() / fte.sum() == pytest.approx(444_000, rel=0.02)
    assert per_fte.min() < 420_000 and per_fte.max() > 470_000
    assert per_fte.max() - per_fte.min() <= 160_000


def test_productivity_spread(sample):
    y = sample.years[2013]
    prod = np.sort(y.productivity)
    assert prod[0] < 20
    assert half_up(prod[-1]) == 52
    assert y.names[int(np.argmax(y.productivity))] == "København"
    assert prod[-5:].mean() == pytest.approx(45, abs=1)
    assert prod[:5].mean() == pytest.approx(22, abs=1)


def test_population_and_national_caseload(sample):
    y = sample.years[2013]
    pop = dict(zip(y.names, y.pop, strict=True))
    assert pop["København"] == pytest.approx(420_000, rel=0.05)
    assert pop["Hørsholm"] == pytest.approx(14_000, rel=0.1)
    laeso = sample.register[(825, 2013)]["population_16_64"]
    assert 700 <= laeso <= 1300
    assert 3.3e6 <= y.pop.sum() <= 3.7e6
    cases = sum(y.persons[k].sum() for k in ("persons_adp", "persons_kth", "persons_sdp"))
    assert 29 <= cases / y.fte.sum() <= 31


TIME_KEYS = ("time_direct_contact", "time_prep_followup", "time_other_indirect",
             "time_it_transport", "time_other_admin", "time_general_admin", "time_meetings",
             "time_training", "time_local_breaks")


def _time(sample, year=2013):
    y = sample.years[year]
    return {k: np.array([a[k] for a in y.survey], float) for k in TIME_KEYS}, y.fte


def test_time_use_weighted_means_follow_figure_4(sample):
    t, w = _time(sample)
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
    ranges = {
        "time_direct_contact": (251, 460), "time_prep_followup": (280, 445),
        "time_other_indirect": (17, 256), "time_it_transport": (25, 83),
        "time_other_admin": (5, 98), "time_general_admin": (133, 392),
        "time_meetings": (49, 164), "time_training": (1, 78),
    }
    for key, (lo, hi) in ranges.items():
        assert lo <= t[key].min() and t[key].max() <= hi, key
        assert t[key].max() - t[key].min() >= 0.4 * (hi - lo), key
    breaks = t["time_local_breaks"]
    assert np.sum(breaks == 0) >= 15
    assert 15 <= breaks[breaks > 0].min() and breaks.max() <= 103


def test_time_use_sums_to_working_time_and_sickness(sample):
    """Figure 4: 1,507 h after holidays and lunch, minus sickness (10.6 days = 78 h) = 1,428."""
    t, w = _time(sample)
    total = sum(t.values())
    sick = np.array([a["sickness_days"] for a in sample.years[2013].survey])
    assert np.all(np.abs(total - (1507 - sick * 78 / 10.6)) <= 1.0)
    assert np.average(total, weights=w) == pytest.approx(1428, abs=3)
    assert 3 <= sick.min() < 4 and 19 < sick.max() <= 20
    assert np.average(sick, weights=w) == pytest.approx(10.6, abs=0.1)


@pytest.mark.parametrize("regressor", ["predicted", "predicted_all", "effect"])
def test_productivity_unrelated_to_conditions_and_effect(sample, regressor):
    """Figure 6: OLS of cases per FTE on the regressor, slope not significant at 5 %."""
    import statsmodels.api as sm

    y = sample.years[2013]
    fit = sm.OLS(y.productivity, sm.add_constant(getattr(y, regressor))).fit()
    assert fit.pvalues[1] > 0.05


@pytest.mark.parametrize("year", YEARS[1:])
def test_year_on_year_changes_are_plausible(sample, year):
    """Each year is built from the one after it by the same rules with modest changes: same
    clusters, population within 3 %, rates within 1.5 pp, time use within 60 h."""
    y0, y1 = sample.years[year - 1], sample.years[year]
    assert list(y0.cluster) == list(y1.cluster)
    assert np.all(np.abs(y1.core_rate - y0.core_rate) < 1.5)
    assert np.all(np.abs(y1.all_rate - y0.all_rate) < 1.5)
    assert np.all(np.abs(y1.pop / y0.pop - 1) < 0.03)
    for key in TIME_KEYS:
        a = np.array([r[key] for r in y0.survey])
        b = np.array([r[key] for r in y1.survey])
        assert np.all(np.abs(a - b) < 60), key
