"""Edge cases of the small computing modules, each worked by hand: productivity definitions and
cost per FTE, cluster sizes and placements, quadrant boundaries, the lever archetypes."""

from __future__ import annotations

import math

import numpy as np
import pytest

from jobcenter_bench.core import classification as cl
from jobcenter_bench.core import clusters
from jobcenter_bench.core import productivity as pr
from jobcenter_bench.core.dataset import CentreData
from jobcenter_bench.core.effect_model import design
from jobcenter_bench.core.levers import archetypes as ar

PERSONS = {"persons_adp": 100.0, "persons_kth": 200.0, "persons_sdp": 100.0, "persons_flex": 50.0,
           "persons_disability": 30.0, "persons_other": 20.0}


def centre(survey: dict | None, persons: dict | None = None, population: float = 10_000.0,
           name: str = "Skive", framework: dict | None = None) -> CentreData:
    c = CentreData(name, "Midtjylland", (779,), dict(PERSONS if persons is None else persons), population,
                   framework=framework or {})
    c.set_survey(survey)
    return c


# 10 FTE: 5 caseworkers, 2 consultants, 1 case admin, 1 management, 1 staff function
STAFF = {"fte_caseworkers": 5.0, "fte_company_consultants": 2.0, "fte_case_admin": 1.0,
         "fte_management": 1.0, "fte_staff_functions": 1.0}


@pytest.mark.parametrize(("definition", "expected"), [
    ("total", 400 / 10),  # ADP + KTH + SDP = 400 persons over 10 FTE
    ("case_related", 400 / 8),  # 5 + 2 + 1 case-related FTE
    ("incl_flex", 450 / 10),  # + 50 ledighedsydelse
    ("excl_management", 400 / 9),  # 10 - 1 management
])
def test_productivity_definitions(definition, expected):
    assert pr.cases_per_fte(centre(STAFF), definition) == pytest.approx(expected)


def test_productivity_default_is_total_and_unknown_is_an_error():
    c = centre(STAFF)
    assert pr.cases_per_fte(c) == pytest.approx(40.0)
    assert pr.fte_denominator(c) == 10.0
    assert pr.caseload(c) == 400.0
    with pytest.raises(ValueError, match="unknown productivity definition 'best'"):
        pr.fte_denominator(c, "best")


def test_excl_management_without_a_management_answer_keeps_all_fte():
    staff = {k: v for k, v in STAFF.items() if k != "fte_management"}  # 9 FTE, management unknown
    assert pr.fte_denominator(centre(staff), "excl_management") == 9.0


def test_incl_flex_without_flex_persons_counts_none():
    persons = {k: v for k, v in PERSONS.items() if k != "persons_flex"}
    assert pr.caseload(centre(STAFF, persons), "incl_flex") == 400.0
    assert pr.observed_rate_all(centre(STAFF, persons)) is None  # a benefit is missing


@pytest.mark.parametrize("fte", [0.0, 0.5])
def test_small_and_zero_fte(fte):
    """No FTE is no productivity; half an FTE is a (large) productivity, not None."""
    c = centre({"fte_caseworkers": fte, "cost_salaries": 100_000.0})
    if fte == 0:
        assert pr.cases_per_fte(c) is None
        assert pr.cost_per_fte(c) is None
    else:
        assert pr.cases_per_fte(c) == pytest.approx(800.0)
        assert pr.cost_per_fte(c) == pytest.approx(200_000.0)


def test_rates():
    c = centre(STAFF)
    assert pr.observed_rate(c) == pytest.approx(4.0)  # 400 / 10,000 x 100
    assert pr.observed_rate_all(c) == pytest.approx(5.0)  # 500 / 10,000 x 100


def test_cost_per_fte_definitions():
    c = centre(STAFF | {"cost_salaries": 4_440_000.0, "cost_other_services": 560_000.0})
    assert pr.cost_per_fte(c) == pytest.approx(500_000.0)  # (4.44 m + 0.56 m) / 10
    assert pr.cost_per_fte(c, "salary") == pytest.approx(444_000.0)
    with pytest.raises(ValueError, match="unknown cost definition 'gross'"):
        pr.cost_per_fte(c, "gross")
    no_other = centre(STAFF | {"cost_salaries": 4_440_000.0})
    assert pr.cost_per_fte(no_other) == pytest.approx(444_000.0)  # other services unknown = 0
    assert pr.cost_per_fte(centre(STAFF)) is None  # no salaries
    assert pr.cost_per_fte(centre(None)) is None  # no answer


def test_design_uses_the_chosen_rate_and_weights():
    a = centre(STAFF, name="A", framework={"x": 1.0})
    b = centre(STAFF, name="B", population=20_000.0, framework={"x": 2.0})
    c = centre(STAFF, name="C")  # no framework value: left out
    y, X, w, names, left = design([a, b, c], ("x",), "all", "population")
    assert y.tolist() == pytest.approx([5.0, 2.5])  # all-benefits rate, 500 persons
    assert X.tolist() == [[1.0], [2.0]]
    assert w.tolist() == [10_000.0, 20_000.0]
    assert names == ("A", "B") and left == ["C"]
    y, _, w, _, _ = design([a, b], ("x",), "core", None)
    assert y.tolist() == pytest.approx([4.0, 2.0]) and w is None


# ------------------------------------------------------------------ clusters


@pytest.mark.parametrize(("n", "k", "expected"), [
    (94, 7, [5, 15, 27, 22, 12, 7, 6]),  # the report's sizes
    (10, 3, [4, 3, 3]),  # 10 = 3 x 3 + 1: the first group is one larger
    (9, 3, [3, 3, 3]),
    (2, 5, [1, 1]),  # never more groups than centres
    (0, 3, [0, 0, 0]),
    (5, 1, [5]),
])
def test_group_sizes(n, k, expected):
    assert clusters.group_sizes(n, k) == expected


def test_group_sizes_needs_one_group():
    with pytest.raises(ValueError, match="^k must be at least 1$"):
        clusters.group_sizes(5, 0)


def test_compute_clusters_highest_rate_first_ties_by_name():
    rates = {"D": 10.0, "A": 12.0, "C": 10.0, "B": 9.0}
    # order: A (12), C and D (10, by name), B (9); sizes 2, 2
    assert clusters.compute_clusters(rates, k=2) == {"A": 1, "C": 1, "D": 2, "B": 2}


def test_placements_share_ties_and_count_centres_without_rate():
    cluster_of = {"A": 1, "B": 1, "C": 1, "D": 1, "E": 2}
    rate = {"A": 5.0, "B": 3.0, "C": 5.0, "D": None, "E": 7.0}
    assert clusters.placements(cluster_of, rate) == {
        "B": (1, 4), "A": (2, 4), "C": (2, 4), "D": (None, 4), "E": (1, 1)}


def test_cluster_sizes_sorted_by_number():
    assert list(clusters.cluster_sizes({"A": 3, "B": 1, "C": 3, "D": 2}).items()) == [(1, 1), (2, 1), (3, 2)]


# ------------------------------------------------------------------ quadrants


def test_quadrant_boundaries_belong_to_the_upper_side():
    """At exactly the median productivity and the mean effect a centre is high / above average."""
    prod = {"A": 10.0, "B": 20.0, "C": 30.0}  # median 20
    eff = {"A": -1.0, "B": 0.5, "C": 2.0}  # mean 0.5
    t = cl.thresholds(prod, eff)
    assert (t.productivity_median, t.effect_mean, t.n) == (20.0, 0.5, 3)
    assert cl.classify(prod, eff) == {"A": "neither", "B": "resource_efficient", "C": "resource_efficient"}
    assert cl.quadrant(20.0, 0.4, t) == "productive"
    assert cl.quadrant(19.9, 0.5, t) == "effective"


def test_thresholds_only_over_centres_with_both():
    t = cl.thresholds({"A": 10.0, "B": 20.0, "C": 90.0}, {"A": 1.0, "B": 3.0})
    assert (t.productivity_median, t.effect_mean, t.n) == (15.0, 2.0, 2)
    assert cl.thresholds({"A": 1.0}, {}) is None
    assert cl.classify({"A": 1.0}, {}) == {}


# ------------------------------------------------------------------ archetypes


def test_weighted_average_ignores_zero_and_missing_weights():
    # (2 x 1 + 4 x 3) / (1 + 3) = 3.5; the value with weight 0 and the NaN are not counted
    assert ar.weighted_average([2.0, 4.0, 100.0, 7.0], [1.0, 3.0, 0.0, np.nan]) == pytest.approx(3.5)
    assert math.isnan(ar.weighted_average([1.0], [0.0]))
    assert ar.weighted_average([1, 3], [1, 1]) == 2.0  # integers are fine


def test_group_averages_group_zero_is_a_group_negative_is_unknown():
    out = ar.group_averages([1.0, 3.0, 10.0, 5.0], [1.0, 1.0, 1.0, 1.0], [0, 0, 1, -1])
    assert out[:3].tolist() == [2.0, 2.0, 10.0]
    assert math.isnan(out[3])


def test_archetypes_missing_driver_gives_zero_and_defaults_are_one():
    assert ar.down_to_average([5.0, np.nan, 2.0], [10.0, 10.0, 10.0], 3.0).tolist() == [20.0, 0.0, 0.0]
    assert ar.volume_time([100.0, np.nan], [2.0, 2.0]).tolist() == [200.0, 0.0]  # share 1 by default
    assert ar.volume_time(100.0, 2.0, 0.25) == 50.0
    assert ar.time_per_employee([2.0, np.nan], 1.5, 40).tolist() == [120.0, 0.0]  # applies 1 by default
    assert ar.time_per_employee(2.0, 1.5, 40, 0.0) == 0.0
    assert ar.share_of_cost([1_000.0, np.nan], 0.1).tolist() == [100.0, 0.0]
