"""The sample data against the report (reference-figures.md): figure 2, figure 6, ch. 4.1.

Expected values are typed in from ``shared/spec/reference-figures.md`` (the report's figure 2
and text), not taken from the program's output. The sample database is built once with
``jobcenter_bench.core.sample.build_sample_database`` (a missing builder fails every test, it
is never a skip). ``JCBENCH_SAMPLE_DB`` may point to an already built database.
"""

import os
import statistics

import pytest

from jobcenter_bench.core.analysis import AnalysisOptions, analyse
from jobcenter_bench.core.store import Store

# job centre, region, cluster, cases per FTE, placement, effect (pp), observed rate ADP+KTH+SDP (%)
FIGURE_2 = [
    ("Skive", "Midtjylland", 2, 26, "2 af 15", 2.3, 7.5),
    ("Faaborg-Midtfyn", "Syddanmark", 3, 32, "1 af 27", 0.9, 8.6),
    ("Hørsholm", "Hovedstaden", 7, 29, "5 af 6", 0.8, 5.4),
    ("Ikast-Brande", "Midtjylland", 4, 33, "6 af 22", -0.4, 9.1),
    ("Hedensted", "Midtjylland", 5, 29, "12 af 12", 0.8, 7.8),
    ("Morsø", "Nordjylland", 1, 23, "2 af 5", 2.3, 7.9),
    ("København", "Hovedstaden", 5, 52, "9 af 12", -0.5, 10.7),
    ("Aabenraa", "Syddanmark", 3, 35, "25 af 27", 1.6, 8.6),
    ("Hillerød", "Hovedstaden", 6, 39, "3 af 7", 0.5, 7.1),
    ("Viborg", "Midtjylland", 4, 41, "19 af 22", 1.1, 8.3),
    ("Holstebro", "Midtjylland", 3, 42, "2 af 27", 1.8, 7.6),
    ("Jammerbugt", "Nordjylland", 3, 22, "12 af 27", 0.5, 8.8),
    ("Vordingborg", "Sjælland", 2, 36, "7 af 15", 0.9, 9.1),
    ("Slagelse", "Sjælland", 2, 33, "12 af 15", 0.9, 10.2),
    ("Rebild", "Nordjylland", 5, 22, "7 af 12", 0.8, 7.4),
    ("Herning", "Midtjylland", 4, 35, "15 af 22", 1.1, 8.3),
]
CLUSTER_SIZES = {1: 5, 2: 15, 3: 27, 4: 22, 5: 12, 6: 7, 7: 6}
HALF = 0.5 + 1e-9  # "to the integer": |value - figure| < half a unit
HALF_TENTH = 0.05 + 1e-9


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory):
    path = os.environ.get("JCBENCH_SAMPLE_DB")
    if not path:
        from jobcenter_bench.core.sample import build_sample_database

        path = tmp_path_factory.mktemp("sample") / "sample.jcbench"
        build_sample_database(path, force=True).close()
    store = Store.open(path, create=False)
    yield store
    store.close()


@pytest.fixture(scope="module", params=["published", "own"])
def result(request, sample_store):
    res = analyse(sample_store, 2013, AnalysisOptions(prediction=request.param))
    assert res.prediction_source == request.param
    return res


@pytest.mark.parametrize("row", FIGURE_2, ids=[r[0] for r in FIGURE_2])
def test_figure_2(result, row):
    name, region, cluster, cases, placement, effect, rate = row
    c = result.centre(name)
    assert (c.region, c.cluster, c.placement()) == (region, cluster, placement)
    assert abs(c.cases_per_fte - cases) < HALF
    assert abs(c.effect - effect) < HALF_TENTH
    assert abs(c.observed_rate - rate) < HALF_TENTH


def test_cluster_sizes_and_herning(result):
    sizes = {}
    for c in result.centres:
        sizes[c.cluster] = sizes.get(c.cluster, 0) + 1
    assert sizes == CLUSTER_SIZES
    assert abs(result.centre("Herning").predicted_rate_all - 18.0) < HALF_TENTH


def test_computed_clusters_reproduce_the_published(sample_store):
    res = analyse(sample_store, 2013, AnalysisOptions(cluster_source="computed", inference=False))
    for name, _, cluster, _, placement, _, _ in FIGURE_2:
        c = res.centre(name)
        assert (c.cluster, c.placement()) == (cluster, placement)


def test_no_significant_relationship(result):
    """Figure 6: productivity is related neither to the framework conditions nor to the effect."""
    tested = {(r.x, r.y) for r in result.relationships}
    assert {("predicted_rate_all", "cases_per_fte"), ("cases_per_fte", "effect")} <= tested
    for rel in result.relationships:
        assert rel.n >= 80
        assert not rel.significant, f"{rel.y} ~ {rel.x}: p = {rel.slope_p:.3f}"
        assert rel.slope_ci_low < 0 < rel.slope_ci_high
        assert rel.spearman_p > 0.05


def test_productivity_and_effect_spread(result):
    """Ch. 3.2: productivity from under 20 to 52; top five average 45, bottom five 22; effect -1 to 2.5."""
    prods = sorted(c.cases_per_fte for c in result.compared())
    assert prods[0] < 20 and abs(prods[-1] - 52) < HALF
    assert abs(statistics.mean(prods[-5:]) - 45) < HALF
    assert abs(statistics.mean(prods[:5]) - 22) < HALF
    effects = [c.effect for c in result.compared()]
    assert -1.5 < min(effects) < -0.5 and 2.0 < max(effects) <= 2.5


def test_time_use_matches_figure_4(result):
    expected = {"direct_contact": 374, "indirect_casework": 459, "other_admin": 151,
                "general_admin": 271, "meetings_training": 174, "available": 1255,
                "working_time": 1428}
    for key, hours in expected.items():
        assert abs(result.time_use.stat(key).national - hours) < 1.5, key


REPORT_RANGE = (500e6, 800e6)  # ch. 4.1: "DKK 500-800 m" from three benchmarks


@pytest.mark.parametrize("key", [
    "cluster_upper_quartile",
    "national_upper_quartile",
    "national_top_quintile",
])
def test_benchmark_potential_in_report_range(result, key):
    pot = next(p for p in result.potential if p.key == key)
    assert REPORT_RANGE[0] <= pot.total_dkk_uplifted <= REPORT_RANGE[1]


def test_national_median_is_offered_but_below_the_report_range(result):
    """Why the median is not a default: with the report's spread it frees well under 500 m."""
    from jobcenter_bench.core.benchmark_potential import DEFAULT_BENCHMARKS

    assert "national_median" not in DEFAULT_BENCHMARKS
    assert [p.key for p in result.potential] == list(DEFAULT_BENCHMARKS)


def test_robustness_other_prediction_source_agrees(result):
    """The sample's published predictions are the OLS fit of its framework variables."""
    v = next(v for v in result.robustness if v.key == "effect_other_source")
    assert v.n == 94 and v.spearman_rho > 0.99 and v.changes == []
