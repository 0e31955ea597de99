"""Trends, what changed and vintages on three hand-made years (tests/trends/_data.py).

Every expected value is worked out by hand from the table in _data.py:
cases per FTE = persons / FTE; effect = predicted − observed, observed = persons / 10 000 · 100.
"""

import math

import pytest

from jobcenter_bench.core import trends
from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.session import Session, SessionState

from ._data import build


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = build(tmp_path_factory.mktemp("trends") / "hand.jcbench")
    yield s
    s.close()


@pytest.fixture(scope="module")
def book(store):
    return trends.trend_book(store)


def test_log_mean_by_hand():
    # L(24, 25) = (24 − 25) / ln(24/25) = −1 / −0,0408220 = 24,4966
    assert trends.log_mean(24, 25) == pytest.approx(24.4966, abs=1e-4)
    assert trends.log_mean(7, 7) == 7
    with pytest.raises(ValueError):
        trends.log_mean(0, 3)


def test_split_by_hand_is_exact():
    # 100 persons on 4 FTE (25) → 120 on 5 FTE (24): L = 24,4966; caseload 24,4966·ln 1,2 =
    # 4,4662; staff −24,4966·ln 1,25 = −5,4662; together −1,0000 = 24 − 25.
    caseload, staff = trends.split_cases_per_fte(100, 4, 120, 5)
    assert caseload == pytest.approx(4.4662, abs=1e-4)
    assert staff == pytest.approx(-5.4662, abs=1e-4)
    assert caseload + staff == pytest.approx(-1.0, abs=1e-12)
    # only the caseload moves: all of the change is the caseload's
    assert trends.split_cases_per_fte(400, 10, 480, 10) == pytest.approx((8.0, 0.0))


def test_series_of_a_centre(book):
    t = book.centre("Herning")
    assert t.years == [2011, 2012, 2013]
    assert t.series("cases_per_fte") == pytest.approx([40, 40, 48])  # 400/10, 400/10, 480/10
    # cluster 2 median: (40 + 50) / 2 = 45, then (48 + 40) / 2 = 44; country median of 20,40,48,40 = 40
    assert t.series("cases_per_fte", "cluster") == pytest.approx([45, 45, 44])
    assert t.series("cases_per_fte", "country")[2] == pytest.approx(40)
    # 2013 ranks by cases per FTE: Herning 48 first; Morsø and Viborg 40 share 2; Skive 20 is 4th
    assert book.centre("Herning").series("productivity_rank")[2] == 1
    assert book.centre("Viborg").series("productivity_rank") == [1, 1, 2]
    assert book.centre("Skive").series("productivity_rank")[2] == 4
    # placement in cluster 2 by all-benefits rate: Viborg (500+200)/10 000 = 7 % before Herning 9,8 %
    assert t.series("cluster_rank") == [2, 2, 2]
    # ranks have no benchmark in the catalogue
    assert t.series("productivity_rank", "cluster") == [None, None, None]


def test_benchmarks_of_the_country(book):
    t = book.centre("Skive")
    # 2013 effects: Skive 3,2−2,4 = 0,8; Morsø 2,5−3,6 = −1,1; Herning 4,5−4,8 = −0,3; Viborg 4,0−5,0 = −1,0
    assert t.series("effect")[2] == pytest.approx(0.8)
    assert t.series("effect", "country")[2] == pytest.approx(-0.4)  # mean of the four
    # cost per FTE: 5 m DKK each; Skive 5 m / 12 = 416 667; country 20 m / 43,5 FTE = 459 770
    assert t.series("cost_per_fte")[2] == pytest.approx(5e6 / 12)
    assert t.series("cost_per_fte", "country")[2] == pytest.approx(20e6 / 43.5)
    # cluster 1 cost 2013: 10 m / (12 + 9) FTE
    assert t.series("cost_per_fte", "cluster")[2] == pytest.approx(10e6 / 21)


def test_change_cases_per_fte_split(book):
    # Morsø 300/10 = 30 → 360/9 = 40: L = 10 / ln(4/3) = 34,7606; caseload 34,7606·ln 1,2 =
    # 6,3376; staff −34,7606·ln 0,9 = +3,6624
    ch = book.change("Morsø", 2012, 2013)
    assert ch.cases() == pytest.approx((30, 40))
    assert ch.caseload_part == pytest.approx(6.3376, abs=1e-4)
    assert ch.staff_part == pytest.approx(3.6624, abs=1e-4)
    assert ch.caseload_part + ch.staff_part == pytest.approx(10, abs=1e-12)
    # Skive 200/10 → 240/12: unchanged 20, caseload +20·ln 1,2 = +3,6464 and staff −3,6464
    sk = book.change("Skive", 2012, 2013)
    assert sk.caseload_part == pytest.approx(20 * math.log(1.2)) and sk.staff_part == pytest.approx(-20 * math.log(1.2))
    # Viborg 500/10 → 500/12,5: all of −10 from the staff
    vb = book.change("Viborg", 2012, 2013)
    assert (vb.caseload_part, vb.staff_part) == pytest.approx((0.0, -10.0))


def test_change_effect_split(book):
    # Skive: effect 1,0 → 0,8; predicted 3,0 → 3,2 (+0,2); observed 2,0 → 2,4 (part −0,4)
    ch = book.change("Skive", 2012, 2013)
    assert ch.effect() == pytest.approx((1.0, 0.8))
    assert ch.predicted_part == pytest.approx(0.2)
    assert ch.observed_part == pytest.approx(-0.4)
    rows = {r["item"]: r for r in ch.rows("en")}
    assert rows["Effect"]["change"] == pytest.approx(-0.2)
    assert rows["– of which from the observed rate (−Δ)"]["a"] == pytest.approx(2.0)
    assert rows["Total FTE"]["change"] == pytest.approx(2)


def test_vintages_and_breaks(book):
    v2011, v2012, v2013 = book.vintages()
    assert (v2011.prediction_source, v2011.variables, v2011.population, v2011.stored) == ("own", ("ledighed",), "16-66", True)
    assert (v2012.prediction_source, v2012.variables, v2012.population, v2012.stored) == ("published", (), "16-64", False)
    assert v2012.differences(v2013) == []
    (brk,) = book.centre("Viborg").breaks()
    assert (brk.year_before, brk.year, brk.fields) == (2011, 2012, ("prediction_source", "variables", "population"))
    assert brk.text("en") == ("2011→2012: prediction source own model → published predictions; the model's framework "
                              "variables ledighed → –; population 16-66 years → 16-64 years.")
    # a change over the break says so; one within a vintage does not
    assert len(book.change("Viborg", 2011, 2013).breaks) == 1
    assert book.change("Viborg", 2012, 2013).breaks == ()


def test_lever_moves_sorted_by_mid_change():
    def point(levers):
        return trends.TrendPoint(2012, "X", 1, 2, 4, {}, {}, {}, 100.0, 5.0, 3.0, 2.0, levers,
                                 {k: (k, k) for k in levers})
    a = point({"A1": (100.0, 300.0), "B2": (1000.0, 1000.0), "C3": (50.0, 50.0)})
    b = point({"A1": (500.0, 900.0), "B2": (0.0, 0.0), "C3": (50.0, 50.0)})
    moves = trends.lever_moves(a, b)
    # A1: mid 200 → 700 (+500); B2: 1000 → 0 (−1000); C3 did not move
    assert [(m.lever, m.change_mid) for m in moves] == [("B2", -1000.0), ("A1", 500.0)]


def test_long_rows_and_errors(book):
    rows = book.centre("Herning").rows()
    assert len(rows) == 3 * 7  # three years, seven trend measures
    first = rows[0]
    assert (first["jobcenter"], first["year"], first["measure"], first["value"], first["cluster_value"]) == \
        ("Herning", 2011, "cases_per_fte", 40.0, 45.0)
    with pytest.raises(BenchError):
        book.change("Herning", 2010, 2013)
    with pytest.raises(BenchError):
        book.centre("Aarhus")


def test_cache_and_results_hook(store):
    first = trends.trend_book(store)
    assert trends.trend_book(store).tables[2013] is first.tables[2013]  # cached per year
    store.set_year_definitions(2013, prediction_model="KORA 2014")  # a write: the years are recomputed
    again = trends.trend_book(store)
    assert again.tables[2013] is not first.tables[2013]
    assert again.tables[2013].vintage.prediction_model == "KORA 2014"
    assert [b.fields for b in again.centre("Skive").breaks()][-1] == ("prediction_model",)
    store.set_year_definitions(2013, prediction_model="")  # removed again
    results = Session(store).compute(SessionState(year=2013))
    change = results.change("Herning")  # default: from the year before
    assert (change.year_a, change.year_b) == (2012, 2013)
    assert results.trend("Herning").series("cases_per_fte")[-1] == pytest.approx(48)
