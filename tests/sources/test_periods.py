"""Period codes and the annual rule (årsgennemsnit)."""

import pytest

from jobcenter_bench.core.sources.periods import annual_values, parse_period, periods_of_year


@pytest.mark.parametrize(
    ("code", "year", "kind", "index"),
    [
        ("2023", 2023, "year", 0),
        (2023, 2023, "year", 0),
        ("2023M03", 2023, "month", 3),
        ("2023m12", 2023, "month", 12),
        ("2023Q1", 2023, "quarter", 1),
        ("2023K1", 2023, "quarter", 1),
        ("2023QMAT04", 2023, "qmat", 4),
        ("2023K2 2023K2", 2023, "quarter", 2),
    ],
)
def test_period_codes(code, year, kind, index):
    p = parse_period(code)
    assert (p.year, p.kind, p.index) == (year, kind, index)


@pytest.mark.parametrize("code", ["2023M13", "2023Q5", "2023K0", "I alt", "", None, "1850", "23K1", True])
def test_not_period_codes(code):
    assert parse_period(code) is None


def test_k_and_q_are_the_same_quarter():
    k, q = parse_period("2023K3"), parse_period("2023Q3")
    assert (k.year, k.kind, k.index) == (q.year, q.kind, q.index)


def _points(values: dict):
    return [(parse_period(c), v) for c, v in values.items()]


def test_twelve_months_average():
    # 1..12 -> (1 + 12) / 2 = 6.5
    out = annual_values(_points({f"2023M{m:02d}": float(m) for m in range(1, 13)}))
    assert out[2023].value == pytest.approx(6.5)
    assert len(out[2023].periods) == 12


def test_four_quarters_average_k_or_q():
    # (10 + 20 + 30 + 40) / 4 = 25
    out = annual_values(_points({"2023K1": 10, "2023Q2": 20, "2023K3": 30, "2023Q4": 40}))
    assert out[2023].value == 25


def test_a_missing_month_leaves_the_year_without_value_and_says_why():
    values = {f"2023M{m:02d}": 1.0 for m in range(1, 12)}  # December missing
    a = annual_values(_points(values))[2023]
    assert a.value is None
    assert "11 af 12" in a.reason_da and "2023M12" in a.reason_da
    assert "11 of 12 months" in a.reason_en


def test_a_suppressed_quarter_leaves_the_year_without_value():
    a = annual_values(_points({"2023K1": 5, "2023K2": None, "2023K3": 5, "2023K4": 5}))[2023]
    assert a.value is None and "2023Q2" in a.reason_en


def test_preference_year_then_qmat04_then_quarters_then_months():
    both = {"2023QMAT04": 7.0, "2023Q1": 1, "2023Q2": 1, "2023Q3": 1, "2023Q4": 1,
            **{f"2023M{m:02d}": 100.0 for m in range(1, 13)}}
    assert annual_values(_points(both))[2023].value == 7.0
    assert annual_values(_points({**both, "2023": 3.0}))[2023].value == 3.0
    no_qmat = {k: v for k, v in both.items() if "QMAT" not in k}
    assert annual_values(_points(no_qmat))[2023].value == 1.0  # quarters over months


def test_moving_totals_not_ending_in_q4_are_not_a_calendar_year():
    out = annual_values(_points({"2023QMAT03": 9.0, "2022QMAT04": 4.0}))
    assert list(out) == [2022] and out[2022].value == 4.0


def test_months_spanning_two_years_are_two_years():
    values = {f"{y}M{m:02d}": float(y - 2022) for y in (2022, 2023) for m in range(1, 13)}
    out = annual_values(_points(values))
    assert out[2022].value == 0.0 and out[2023].value == 1.0


def test_periods_of_year_picks_the_preferred_kind():
    offered = ["2022M12", *(f"2023M{m:02d}" for m in range(1, 13)), "2023Q1", "2023QMAT03"]
    assert periods_of_year(offered, 2023) == ["2023Q1"]
    assert periods_of_year(["2023QMAT04", "2023Q1"], 2023) == ["2023QMAT04"]
    assert periods_of_year(offered[:5], 2023) == ["2023M01", "2023M02", "2023M03", "2023M04"]
    assert periods_of_year(offered, 2025) == []
