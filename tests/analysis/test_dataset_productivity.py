"""Aggregation to job centres, rates, productivity and cost: hand-computed figures."""

import pytest

from jobcenter_bench.core import productivity as pr
from jobcenter_bench.core.dataset import load_dataset
from jobcenter_bench.core.errors import BenchError

from ._data import build_store, register_row, survey

# Esbjerg job centre = Esbjerg (561) + Fanø (563) (the VIVE 2018 grouping).
ESBJERG = {
    561: register_row(30000, 600, 900, 300, flex=100, disability=1200, other=300,
                      predicted_rate=6.5, predicted_rate_all=14.0, cluster=3, x1=10.0),
    563: register_row(3000, 60, 120, 30, flex=20, disability=200, other=40,
                      predicted_rate=8.0, predicted_rate_all=16.0, cluster=2, x1=20.0),
}
ESBJERG_SURVEY = survey(staff=(40, 10, 5, 3, 2), salaries=27_000_000, other=3_000_000)


@pytest.fixture
def centre():
    store = build_store({"Esbjerg": ESBJERG}, {"Esbjerg": ESBJERG_SURVEY}, framework=("x1",))
    ds = load_dataset(store)
    return next(c for c in ds.centres if c.jobcenter == "Esbjerg")


def test_two_municipalities_are_summed_and_weighted(centre):
    assert centre.population == 33000
    assert pr.core_persons(centre) == 600 + 900 + 300 + 60 + 120 + 30  # 2010
    # 2010 / 33000 * 100
    assert pr.observed_rate(centre) == pytest.approx(6.090909, abs=1e-6)
    # (3400 + 470) / 33000 * 100
    assert pr.observed_rate_all(centre) == pytest.approx(11.727273, abs=1e-6)
    # population-weighted: (6.5 * 30000 + 8.0 * 3000) / 33000
    assert centre.published["predicted_rate"] == pytest.approx(6.636364, abs=1e-6)
    assert centre.published["predicted_rate_all"] == pytest.approx(14.181818, abs=1e-6)
    assert centre.framework["x1"] == pytest.approx((10 * 30000 + 20 * 3000) / 33000)
    assert centre.published_cluster == 3  # the most populous municipality's


def test_productivity_definitions(centre):
    assert centre.total_fte == 60
    assert pr.cases_per_fte(centre) == pytest.approx(2010 / 60)  # 33.5
    assert pr.cases_per_fte(centre, "case_related") == pytest.approx(2010 / 55)
    assert pr.cases_per_fte(centre, "incl_flex") == pytest.approx((2010 + 120) / 60)
    assert pr.cases_per_fte(centre, "excl_management") == pytest.approx(2010 / 57)


def test_cost_per_fte(centre):
    assert pr.cost_per_fte(centre) == pytest.approx(500_000)  # 30 m / 60
    assert pr.cost_per_fte(centre, "salary") == pytest.approx(450_000)


def test_zero_fte_and_no_survey_are_explained():
    store = build_store(
        {"Skive": register_row(10000, 100, 100, 100), "Morsø": register_row(5000, 50, 50, 50)},
        {"Skive": survey(staff=(0, 0, 0, 0, 0))},
    )
    ds = load_dataset(store)
    reasons = {e.jobcenter: e for e in ds.exclusions}
    assert reasons["Skive"].scope == "productivity" and "0 årsværk" in reasons["Skive"].reason
    assert reasons["Morsø"].scope == "productivity" and "spørgeskemaet" in reasons["Morsø"].reason
    assert "survey" in reasons["Morsø"].text("en")


def test_missing_register_data_names_municipality_and_variable():
    row = register_row(10000, 100, 100, 100)
    del row["persons_kth"]
    store = build_store({"Skive": row, "Morsø": register_row(5000, 50, 50, 50)}, {})
    ds = load_dataset(store)
    assert [c.jobcenter for c in ds.centres] == ["Morsø"]
    skive = next(e for e in ds.exclusions if e.jobcenter == "Skive")
    assert skive.scope == "all"
    assert "Skive (779)" in skive.reason and "persons_kth" in skive.reason


def test_empty_database_and_unknown_year_are_clear_errors():
    store = build_store({"Skive": register_row(10000, 100, 100, 100)}, {})
    with pytest.raises(BenchError, match="ingen data for 1999"):
        load_dataset(store, 1999)
    from jobcenter_bench.core.store import Store

    with pytest.raises(BenchError, match="ingen data"):
        load_dataset(Store.open(":memory:"))
