"""Business-case arithmetic by hand (hourly cost DKK 400 everywhere)."""

from __future__ import annotations

import pytest

from jobcenter_bench.core.business_case import (
    BusinessCaseError,
    BusinessCaseInputs,
    LeverInputs,
    YearRow,
    build_business_case,
    default_selection,
    payback_year,
)
from jobcenter_bench.core.levers.engine import LeverEngine
from jobcenter_bench.core.scenarios import standard_scenario

from ._data import answer, build_store


@pytest.fixture
def results():
    store = build_store({
        # E3: 6,000 letters x 2 min = 200 h = DKK 80,000 (low); D2 (no central summons):
        # 6,000 x 1.7 min = 170 h = DKK 68,000 (low); B3: (100 - 80) h x 10 FTE = DKK 80,000
        "Herning": answer(10, summons_letters=6000, central_summons=0, time_meetings=100),
        "Skive": answer(10, time_meetings=60),
    })
    yield LeverEngine.from_store(store, 2013).evaluate(standard_scenario())
    store.close()


def test_five_year_table_by_hand(results):
    inputs = BusinessCaseInputs(
        selected=["E3", "B3"],
        levers={"E3": LeverInputs(one_off=100_000, one_off_year=1, yearly=10_000, owner="Jobcenterchef",
                                  success_measure="Tid pr. indkaldelse")},
    )
    case = build_business_case(results, "Herning", inputs)
    # short horizon phase-in 50 %, then 100 %: gross 80,000 then 160,000
    assert [r.gross for r in case.years] == pytest.approx([80_000, 160_000, 160_000, 160_000, 160_000])
    assert [r.investments for r in case.years] == pytest.approx([110_000, 10_000, 10_000, 10_000, 10_000])
    assert [r.net for r in case.years] == pytest.approx([-30_000, 150_000, 150_000, 150_000, 150_000])
    assert [r.cumulative for r in case.years] == pytest.approx([-30_000, 120_000, 270_000, 420_000, 570_000])
    assert [r.year for r in case.years] == [2014, 2015, 2016, 2017, 2018]
    assert case.payback_year == 2015
    lines = {(b.lever, b.kind): b for b in case.budget_lines}
    assert lines[("E3", "gain")].amounts == pytest.approx((-40_000, -80_000, -80_000, -80_000, -80_000))
    assert lines[("E3", "one_off")].amounts == pytest.approx((100_000, 0, 0, 0, 0))
    assert lines[("E3", "yearly")].owner == "Jobcenterchef"
    assert case.levers[0]["success_measure"] == "Tid pr. indkaldelse"


def test_overlap_of_two_chosen_levers_is_deducted(results):
    case = build_business_case(results, "Herning", BusinessCaseInputs(selected=["D2", "E3"]))
    # D2-E3 overlap: 44 % (low share) of the smaller, D2's 68,000 = 29,920, phased like both (short)
    assert [r.gross for r in case.years] == pytest.approx([74_000, 148_000, 148_000, 148_000, 148_000])
    assert [r.overlap for r in case.years] == pytest.approx([14_960, 29_920, 29_920, 29_920, 29_920])
    assert case.years[1].net == pytest.approx(148_000 - 29_920)
    assert case.payback_year == 2014


def test_mid_and_high_estimates(results):
    high = build_business_case(results, "Herning", BusinessCaseInputs(selected=["E3"], estimate="high"))
    mid = build_business_case(results, "Herning", BusinessCaseInputs(selected=["E3"], estimate="mid"))
    # E3 high: 6,000 x 3 min = 300 h x 400 = 120,000; mid = (80,000 + 120,000) / 2
    assert high.years[1].gross == pytest.approx(120_000)
    assert mid.years[1].gross == pytest.approx(100_000)


def test_phase_in_is_editable_per_year(results):
    inputs = BusinessCaseInputs(selected=["E3"], phase_in={"short": [0.0, 0.2, 0.4, 0.6, 0.8],
                                                          "medium": [0] * 5, "long": [0] * 5})
    case = build_business_case(results, "Herning", inputs)
    assert [r.gross for r in case.years] == pytest.approx([0, 16_000, 32_000, 48_000, 64_000])


def test_default_selection_is_management_remit():
    from jobcenter_bench.core.levers.catalogue import catalogue

    class Fake:
        levers = catalogue().levers

    assert default_selection(Fake) == ["B1", "B2", "B3", "B4", "C3", "C4", "C5", "C6", "D1b", "D2", "D4", "F1"]


def test_default_selection_for_a_centre_leaves_out_levers_worth_nothing_there():
    """For a centre, a management lever with 0–0 kr. there is not pre-ticked: with high
    estimates of 0 kr. for B2 and 5 kr. for B1 (the others 1 kr.), B2 alone drops out."""
    import numpy as np

    from jobcenter_bench.core.levers.catalogue import catalogue

    levers = catalogue().levers
    high = np.array([0.0 if lv.id == "B2" else 5.0 if lv.id == "B1" else 1.0 for lv in levers])

    class Fake:
        dkk = np.stack([np.zeros((len(levers), 1)), high[:, None]])

        @staticmethod
        def centre_index(name):
            assert name == "Herning"
            return 0

    Fake.levers = levers
    assert default_selection(Fake, "Herning") == ["B1", "B3", "B4", "C3", "C4", "C5", "C6", "D1b", "D2", "D4", "F1"]


def test_payback_never_and_regained():
    rows = tuple(YearRow(2014 + i, 0, 0, 0, 0, c) for i, c in enumerate([-5, -3, -1, -1, -1]))
    assert payback_year(rows) is None
    rows = tuple(YearRow(2014 + i, 0, 0, 0, 0, c) for i, c in enumerate([1, -1, 2, 3, 4]))
    assert payback_year(rows) == 2016


@pytest.mark.parametrize("inputs", [
    BusinessCaseInputs(selected=["Z9"]),
    BusinessCaseInputs(selected=["C1"]),
    BusinessCaseInputs(estimate="best"),
    BusinessCaseInputs(phase_in={"short": [1, 1]}),
    BusinessCaseInputs(selected=["E3"], levers={"E3": LeverInputs(one_off_year=9)}),
])
def test_bad_inputs_are_clear_errors(results, inputs):
    with pytest.raises(BusinessCaseError):
        build_business_case(results, "Herning", inputs)


def test_inputs_round_trip_through_dict():
    inputs = BusinessCaseInputs(selected=["E3"], estimate="mid",
                                levers={"E3": LeverInputs(one_off=5, owner="X")})
    assert BusinessCaseInputs.from_dict(inputs.to_dict()) == inputs
