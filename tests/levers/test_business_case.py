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


@pytest.fixture
def staff_and_meetings():
    """Skive: 8 caseworkers + 2 staff-function FTE (10 FTE), 100 h meetings; Herning: 10 FTE, 60 h.

    Skive is the second of the two centres, so a case that read another centre's column would fail.
    """
    store = build_store({
        "Herning": answer(10, time_meetings=60),
        "Skive": answer(8, fte_staff_functions=2, time_meetings=100),
    })
    yield LeverEngine.from_store(store, 2013).evaluate(standard_scenario())
    store.close()


# By hand, Skive (hourly cost DKK 400, 1,255 effective hours per FTE):
# B3 (short): FTE-weighted average meetings (100x10 + 60x10) / 20 = 80 h; (100 - 80) h x 10 FTE
#     = 200 h = DKK 80,000, low and high (gap_closed 1.0).
# B4 (medium): staff-function share 2/10 = 0.2 against the FTE-weighted average (0.2x10 + 0x10)/20
#     = 0.1; 0.1 x 10 FTE x 1,255 h x 0.9 (low gap_closed) = 1,129.5 h = DKK 451,800; high 1.0:
#     1,255 h = DKK 502,000.
# B4-B3 overlap (fte_freed): low, B4 frees 1,129.5 / 1,255 = 0.9 of Skive's 10 FTE = 9 %, so
#     9 % x 80,000 = DKK 7,200; high 1 FTE = 10 % x 80,000 = DKK 8,000.
B3_LOW, B4_LOW, B4_HIGH, OVERLAP_LOW, OVERLAP_HIGH = 80_000, 451_800, 502_000, 7_200, 8_000


def test_overlap_of_levers_with_different_horizons_follows_the_later_one(staff_and_meetings):
    """The overlap exists only once both levers are realised: the smaller phase-in share each year.

    B3 is short [0.5, 1, 1, 1, 1], B4 medium [0, 0, 0.5, 1, 1]; the smaller share is B4's, so
    the overlap is 7,200 x [0, 0, 0.5, 1, 1]. (The larger share would give 3,600 in year 1.)
    """
    case = build_business_case(staff_and_meetings, "Skive", BusinessCaseInputs(selected=["B3", "B4"]))
    b3 = [0.5 * B3_LOW] + [B3_LOW] * 4
    b4 = [0, 0, 0.5 * B4_LOW, B4_LOW, B4_LOW]
    assert [r.gross for r in case.years] == pytest.approx([a + b for a, b in zip(b3, b4, strict=True)])
    assert [r.overlap for r in case.years] == pytest.approx([0, 0, 3_600, 7_200, 7_200])
    assert [r.net for r in case.years] == pytest.approx([40_000, 80_000, 302_300, 524_600, 524_600])
    lines = {(b.lever, b.kind): b.amounts for b in case.budget_lines}
    assert lines[("B4-B3", "overlap")] == pytest.approx((0, 0, 3_600, 7_200, 7_200))
    assert [b.owner for b in case.budget_lines if b.kind == "overlap"] == [""]  # no benefit owner
    assert lines[("B4", "gain")] == pytest.approx(tuple(-x for x in b4))


def test_overlap_of_different_horizons_mid_and_high_estimates(staff_and_meetings):
    high = build_business_case(staff_and_meetings, "Skive",
                               BusinessCaseInputs(selected=["B3", "B4"], estimate="high"))
    mid = build_business_case(staff_and_meetings, "Skive",
                              BusinessCaseInputs(selected=["B3", "B4"], estimate="mid"))
    assert [r.overlap for r in high.years] == pytest.approx([0, 0, 4_000, 8_000, 8_000])
    # mid: the average of the low and high overlap, (7,200 + 8,000) / 2 = 7,600
    assert [r.overlap for r in mid.years] == pytest.approx([0, 0, 3_800, 7_600, 7_600])
    assert high.years[4].gross == pytest.approx(B3_LOW + B4_HIGH)
    assert mid.years[4].gross == pytest.approx(B3_LOW + (B4_LOW + B4_HIGH) / 2)


def test_overlap_needs_both_levers_chosen(staff_and_meetings):
    case = build_business_case(staff_and_meetings, "Skive", BusinessCaseInputs(selected=["B4"]))
    assert [r.overlap for r in case.years] == [0.0] * 5
    assert not [b for b in case.budget_lines if b.kind == "overlap"]


def test_payback_exactly_at_zero_counts(results):
    """E3 alone (DKK 80,000, short): gains 40,000 then 80,000; a one-off of 120,000 in year 1.

    Cumulative net: 40,000 - 120,000 = -80,000, then -80,000 + 80,000 = 0 exactly: the case has
    paid back in year 2 (cumulative at or above zero from then on).
    """
    inputs = BusinessCaseInputs(selected=["E3"], levers={"E3": LeverInputs(one_off=120_000)})
    case = build_business_case(results, "Herning", inputs)
    assert [r.cumulative for r in case.years] == [-80_000.0, 0.0, 80_000.0, 160_000.0, 240_000.0]
    assert case.payback_year == 2015


def test_one_off_investment_in_a_later_year(results):
    """E3 (gains 40,000, 80,000, ...) with a one-off of 250,000 in year 3 and DKK 5,000 a year.

    Net: 35,000, 75,000, 80,000 - 250,000 - 5,000 = -175,000, 75,000, 75,000; cumulative 35,000,
    110,000, -65,000, 10,000, 85,000: positive at first, negative in year 3, so the payback year is
    year 4 (2023 with the start year 2020), the first year from which it stays at or above zero.
    """
    inputs = BusinessCaseInputs(selected=["E3"], start_year=2020,
                                levers={"E3": LeverInputs(one_off=250_000, one_off_year=3, yearly=5_000)})
    case = build_business_case(results, "Herning", inputs)
    assert [r.investments for r in case.years] == pytest.approx([5_000, 5_000, 255_000, 5_000, 5_000])
    assert [r.cumulative for r in case.years] == pytest.approx([35_000, 110_000, -65_000, 10_000, 85_000])
    assert [r.year for r in case.years] == [2020, 2021, 2022, 2023, 2024]
    assert case.payback_year == 2023
    lines = {(b.lever, b.kind): b.amounts for b in case.budget_lines}
    assert lines[("E3", "one_off")] == pytest.approx((0, 0, 250_000, 0, 0))
    assert lines[("E3", "yearly")] == pytest.approx((5_000,) * 5)
    assert case.levers[0]["one_off_year"] == 3
    assert (case.levers[0]["one_off"], case.levers[0]["yearly"]) == (250_000.0, 5_000.0)
    owners = {(b.lever, b.kind): b.owner for b in case.budget_lines}
    assert owners[("E3", "one_off")] == owners[("E3", "yearly")] == ""


def test_one_off_in_the_last_year_that_never_pays_back(results):
    """A one-off of 1,000,000 in year 5 after cumulative gains of 40,000 + 4 x 80,000 = 360,000."""
    inputs = BusinessCaseInputs(selected=["E3"], levers={"E3": LeverInputs(one_off=1_000_000, one_off_year=5)})
    case = build_business_case(results, "Herning", inputs)
    assert case.years[3].cumulative == pytest.approx(280_000)
    assert case.years[4].cumulative == pytest.approx(360_000 - 1_000_000)
    assert case.payback_year is None


def test_centre_index_and_header_fields(staff_and_meetings):
    case = build_business_case(staff_and_meetings, "Skive", BusinessCaseInputs(selected=["B3"]))
    assert (case.jobcenter, case.data_year, case.scenario, case.estimate) == ("Skive", 2013, "Standard", "low")
    assert case.phase_in == {"short": [0.5, 1, 1, 1, 1], "medium": [0, 0, 0.5, 1, 1], "long": [0, 0, 0, 0, 0.5]}
    assert case.levers[0]["potential_dkk"] == pytest.approx(B3_LOW)
    assert (case.levers[0]["horizon"], case.levers[0]["binding"]) == ("short", "management")
    d = case.to_dict()
    assert set(d) == {"jobcenter", "data_year", "scenario", "estimate", "levers", "phase_in", "years",
                      "payback_year", "budget_lines"}
    assert d["years"][0] == {"year": 2014, "gross": 40_000.0, "overlap": 0.0, "investments": 0.0,
                             "net": 40_000.0, "cumulative": 40_000.0}
    assert d["budget_lines"] == [{"lever": "B3", "kind": "gain", "owner": "",
                                  "amounts": [-40_000.0] + [-80_000.0] * 4}]
    other = build_business_case(staff_and_meetings, "Herning", BusinessCaseInputs(selected=["B3"]))
    assert [r.gross for r in other.years] == [0.0] * 5  # Herning's 60 h are below the average


@pytest.mark.parametrize(("inputs", "da", "en"), [
    (BusinessCaseInputs(selected=["Z9"]), "Ukendt forslag i business casen: Z9",
     "Unknown lever in the business case: Z9"),
    (BusinessCaseInputs(selected=["C1"]), "Forslag C1 er ikke kvantificeret og kan ikke indgå med en gevinst",
     "Lever C1 is not quantified and cannot carry a gain"),
    (BusinessCaseInputs(estimate="best"), "Skøn skal være low, mid eller high, ikke 'best'",
     "Estimate must be low, mid or high, not 'best'"),
    (BusinessCaseInputs(phase_in={"short": [1, 1]}),
     "Indfasning for 'short' skal være 5 andele mellem 0 og 1, ikke [1, 1]",
     "Phase-in for 'short' must be 5 shares between 0 and 1, not [1, 1]"),
    (BusinessCaseInputs(phase_in={"long": [0, 0, 0, 0, 1.5]}),
     "Indfasning for 'long' skal være 5 andele mellem 0 og 1, ikke [0, 0, 0, 0, 1.5]",
     "Phase-in for 'long' must be 5 shares between 0 and 1, not [0, 0, 0, 0, 1.5]"),
    (BusinessCaseInputs(phase_in={"long": [0, -0.1, 0, 0, 1]}),
     "Indfasning for 'long' skal være 5 andele mellem 0 og 1, ikke [0, -0.1, 0, 0, 1]",
     "Phase-in for 'long' must be 5 shares between 0 and 1, not [0, -0.1, 0, 0, 1]"),
    (BusinessCaseInputs(selected=["E3"], levers={"E3": LeverInputs(one_off_year=6)}),
     "E3: investeringsår skal være 1-5, ikke 6", "E3: investment year must be 1-5, not 6"),
    (BusinessCaseInputs(selected=["E3"], levers={"E3": LeverInputs(one_off_year=0)}),
     "E3: investeringsår skal være 1-5, ikke 0", "E3: investment year must be 1-5, not 0"),
])
def test_bad_inputs_messages(results, inputs, da, en):
    with pytest.raises(BusinessCaseError) as info:
        build_business_case(results, "Herning", inputs)
    assert (info.value.text("da"), info.value.text("en")) == (da, en)


def test_phase_in_bounds_are_inclusive(results):
    """Shares of exactly 0 and 1 are allowed: [1, 1, 1, 1, 1] realises E3's 80,000 from year 1."""
    inputs = BusinessCaseInputs(selected=["E3"], phase_in={"short": [1.0] * 5, "medium": [0.0] * 5,
                                                          "long": [0.0] * 5})
    case = build_business_case(results, "Herning", inputs)
    assert [r.gross for r in case.years] == pytest.approx([80_000] * 5)


def test_overlap_share_of_the_scenario_is_used(store_results_with_overlap):
    """D2-E3 at 10 % (low) of the smaller, D2's 68,000 = 6,800 a year once both are realised."""
    case = build_business_case(store_results_with_overlap, "Herning", BusinessCaseInputs(selected=["D2", "E3"]))
    assert [r.overlap for r in case.years] == pytest.approx([3_400, 6_800, 6_800, 6_800, 6_800])


@pytest.fixture
def store_results_with_overlap():
    store = build_store({
        "Herning": answer(10, summons_letters=6000, central_summons=0, time_meetings=100),
        "Skive": answer(10, time_meetings=60),
    })
    yield LeverEngine.from_store(store, 2013).evaluate(standard_scenario().with_overlap("D2-E3", 0.1, 0.2))
    store.close()


def test_two_overlap_pairs_add_up():
    """Skive also has 12 sickness days against Herning's 8 (FTE-weighted average 10): B2 (medium)
    = 2 days x 10 FTE x 7.4 h x 0.67 (low share) = 99.16 h = DKK 39,664. B4 frees 9 % (see above),
    so B4-B2 overlaps 9 % x 39,664 = 3,569.76 and B4-B3 7,200: 10,769.76 a year once all are in."""
    store = build_store({
        "Herning": answer(10, time_meetings=60, sickness_days=8),
        "Skive": answer(8, fte_staff_functions=2, time_meetings=100, sickness_days=12),
    })
    res = LeverEngine.from_store(store, 2013).evaluate(standard_scenario())
    case = build_business_case(res, "Skive", BusinessCaseInputs(selected=["B2", "B3", "B4"]))
    assert [r.overlap for r in case.years] == pytest.approx([0, 0, 5_384.88, 10_769.76, 10_769.76])
    store.close()
