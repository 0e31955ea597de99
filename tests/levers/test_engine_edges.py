"""The lever engine's less travelled paths, by hand (hourly cost DKK 400 everywhere, see _data)."""

from __future__ import annotations

import numpy as np
import pytest

from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.levers.catalogue import catalogue
from jobcenter_bench.core.levers.engine import LeverEngine, compute_levers
from jobcenter_bench.core.levers.overlap import cap_to_gross, overlap_amounts
from jobcenter_bench.core.scenarios import standard_scenario

from ._data import answer, build_store


@pytest.fixture
def store():
    s = build_store({
        "Herning": answer(10, summons_letters=6000, time_meetings=100, cost_medical_certificates=1_000_000,
                          medical_certificates=500),
        "Skive": answer(10, time_meetings=60),
    })
    yield s
    s.close()


def _dkk(res, lever, centre):
    return tuple(res.dkk[:, res.lever_index(lever), res.centre_index(centre)])


def test_realisation_scales_hours_and_money_terms(store):
    """F1 = DKK 50,000 (share of cost) + 2,500 (hours) low, 120,000 + 12,000 high (test_engine);
    a realisation of 50 % halves both parts: 26,250 and 66,000."""
    res = LeverEngine.from_store(store, 2013).evaluate(standard_scenario().with_realisation("F1", 0.5))
    assert _dkk(res, "F1", "Herning") == pytest.approx((26_250.0, 66_000.0))
    assert res.scenario == "Standard"


def test_low_above_high_is_swapped_in_kroner_and_hours(store):
    """E3 with 3 minutes low and 1 minute high: 6,000 letters x 1 min = 100 h = DKK 40,000 becomes
    the low end, 6,000 x 3 min = 300 h = DKK 120,000 the high end."""
    sc = standard_scenario().with_parameter("E3", "minutes_per_letter", low=3, high=1)
    res = LeverEngine.from_store(store, 2013).evaluate(sc)
    i, c = res.lever_index("E3"), res.centre_index("Herning")
    assert _dkk(res, "E3", "Herning") == pytest.approx((40_000.0, 120_000.0))
    assert (res.hours[0, i, c], res.hours[1, i, c]) == pytest.approx((100.0, 300.0))
    # equal ends stay as they are (B3 closes the full gap low and high: 200 h = DKK 80,000)
    assert _dkk(res, "B3", "Herning") == pytest.approx((80_000.0, 80_000.0))
    # and levers already in order keep theirs: F1 52,500 / 132,000 (test_engine), its hours part
    # 500 certificates x 10 % x 50 % x 15 min = 6.25 h low, x 15 % x 80 % x 30 min = 30 h high
    f = res.lever_index("F1")
    assert _dkk(res, "F1", "Herning") == pytest.approx((52_500.0, 132_000.0))
    assert (res.hours[0, f, c], res.hours[1, f, c]) == pytest.approx((6.25, 30.0))


def test_terms_of_one_lever_add_up():
    """C3 has one term per interview type. Herning: ADP 60 min total per interview on 600
    interviews, SDP 90 min on 300; Skive: ADP 40, SDP 50 on the same volumes. FTE-weighted
    averages (10 FTE each): ADP 50, SDP 70 min. High (full gap): (60 - 50) x 600 / 60 = 100 h plus
    (90 - 70) x 300 / 60 = 100 h = 200 h = DKK 80,000; low closes 75 %: DKK 60,000."""
    s = build_store({
        "Herning": answer(10, interviews_adp=600, interview_adp_prep_min=20, interview_adp_conv_min=30,
                          interview_adp_followup_min=10, interviews_sdp=300, interview_sdp_prep_min=30,
                          interview_sdp_conv_min=40, interview_sdp_followup_min=20),
        "Skive": answer(10, interviews_adp=600, interview_adp_prep_min=10, interview_adp_conv_min=20,
                        interview_adp_followup_min=10, interviews_sdp=300, interview_sdp_prep_min=10,
                        interview_sdp_conv_min=30, interview_sdp_followup_min=10),
    })
    res = compute_levers(s, 2013)
    assert _dkk(res, "C3", "Herning") == pytest.approx((60_000.0, 80_000.0))
    assert _dkk(res, "C3", "Skive") == (0.0, 0.0)
    assert res.averages["C3:0"] == pytest.approx(50.0) and res.averages["C3:2"] == pytest.approx(70.0)
    s.close()


def test_centre_with_half_an_fte_is_not_excluded():
    """0.5 FTE is a (small) centre: E3 = 6,000 letters x 2 min = 200 h at its own DKK 400."""
    s = build_store({"Herning": answer(0.5, summons_letters=6000), "Skive": answer(10)})
    res = compute_levers(s, 2013)
    assert "Herning" not in res.excluded
    assert _dkk(res, "E3", "Herning")[0] == pytest.approx(80_000.0)
    s.close()


def test_year_is_the_one_asked_for():
    s = build_store({"Herning": answer(10, summons_letters=3000)}, year=2012)
    with s.transaction():
        imp = s.log_import(file_name="b.xlsx", sha256="2" * 64, size_bytes=1, kind="survey", rows=1)
        s.write_survey(imp, [{"jobcenter": "Herning", "year": 2013, **answer(10, summons_letters=6000)}])
    # 2012: 3,000 x 2 min = 100 h = DKK 40,000; 2013: 6,000 letters = DKK 80,000
    assert _dkk(compute_levers(s, 2012), "E3", "Herning")[0] == pytest.approx(40_000.0)
    assert _dkk(LeverEngine.from_store(s, 2012).evaluate(standard_scenario()), "E3", "Herning")[0] == \
        pytest.approx(40_000.0)
    assert compute_levers(s, 2013).year == 2013
    s.close()


def test_no_salary_anywhere_is_a_clear_error():
    s = build_store({"Herning": answer(10, cost_salaries=None), "Skive": answer(10, cost_salaries=None)})
    with pytest.raises(BenchError) as info:
        compute_levers(s, 2013)
    assert info.value.text("da") == "Ingen jobcentre har lønudgifter og årsværk; timeprisen kan ikke beregnes"
    assert info.value.text("en") == "No job centre has salary costs and FTE; the hourly cost cannot be computed"
    s.close()


def test_cluster_average_without_clusters_names_the_year(store):
    sc = standard_scenario().with_assumption("average", "cluster")
    with pytest.raises(BenchError) as info:
        LeverEngine.from_store(store, 2013).evaluate(sc)
    assert info.value.text("en") == ("Cluster averages need a cluster for every job centre in 2013; "
                                     "import the register variable 'cluster'")
    assert info.value.text("da") == ("Klyngegennemsnit kræver en klynge for hvert jobcenter i 2013; "
                                     "importér registervariablen 'cluster'")


# ------------------------------------------------------------------ overlap, directly

PAIRS = tuple(p for p in catalogue().overlaps if p.key in ("B4-B3", "D2-E3"))
INDEX = {"B4": 0, "B3": 1, "D2": 2, "E3": 3}


def _arrays(b4_hours, b3_dkk, d2_dkk=0.0, e3_dkk=0.0, centres=1):
    dkk = np.zeros((2, 4, centres))
    hours = np.zeros((2, 4, centres))
    hours[:, 0, :] = b4_hours
    dkk[:, 1, :] = b3_dkk
    dkk[:, 2, :] = d2_dkk
    dkk[:, 3, :] = e3_dkk
    return dkk, hours


def test_fte_freed_share_is_capped_at_all_fte():
    """B4 freeing 3,000 h of a 2-FTE centre (2,510 h) frees at most all of it: overlap = all of B3."""
    dkk, hours = _arrays(3000.0, 80_000.0)
    out = overlap_amounts(PAIRS, INDEX, dkk, hours, np.array([2.0]), 1255.0, {})
    k = [p.key for p in PAIRS].index("B4-B3")
    assert out[:, k, 0].tolist() == [80_000.0, 80_000.0]


@pytest.mark.parametrize(("fte", "expected"), [(0.0, 0.0), (np.nan, 0.0), (0.5, 80_000.0 * 0.4)])
def test_fte_freed_without_fte_is_no_overlap(fte, expected):
    """No FTE: no share can be computed, no overlap. 0.5 FTE: 251 h / 1,255 / 0.5 = 40 %."""
    dkk, hours = _arrays(251.0, 80_000.0)
    out = overlap_amounts(PAIRS, INDEX, dkk, hours, np.array([fte]), 1255.0, {})
    k = [p.key for p in PAIRS].index("B4-B3")
    assert out[:, k, 0] == pytest.approx([expected, expected])


def test_smaller_pair_uses_scenario_shares_low_and_high():
    """D2-E3: 10 % (low) / 20 % (high) of the smaller potential (D2 30,000 vs E3 50,000)."""
    dkk, hours = _arrays(0.0, 0.0, d2_dkk=30_000.0, e3_dkk=50_000.0)
    dkk[1, 2, 0] = 60_000.0  # high: D2 60,000, E3 50,000 -> E3 is the smaller
    out = overlap_amounts(PAIRS, INDEX, dkk, hours, np.array([10.0]), 1255.0, {"D2-E3": (0.1, 0.2)})
    k = [p.key for p in PAIRS].index("D2-E3")
    assert out[:, k, 0] == pytest.approx([3_000.0, 10_000.0])
    sel = np.array([True, True, True, False])  # E3 not chosen: no D2-E3 overlap
    out = overlap_amounts(PAIRS, INDEX, dkk, hours, np.array([10.0]), 1255.0, {"D2-E3": (0.1, 0.2)}, sel)
    assert out[:, k, 0].tolist() == [0.0, 0.0]


def test_cap_to_gross():
    overlap = np.array([[[30.0, 10.0], [10.0, 5.0]], [[60.0, 1.0], [40.0, 1.0]]])  # (2, pairs, centres)
    gross = np.array([[20.0, 100.0], [50.0, 100.0]])
    out = cap_to_gross(overlap, gross)
    # centre 0 low: 40 > 20, scaled by 1/2; high: 100 > 50, by 1/2; centre 1 stays
    assert out[0, :, 0].tolist() == [15.0, 5.0]
    assert out[1, :, 0].tolist() == [30.0, 20.0]
    assert out[:, :, 1].tolist() == [[10.0, 5.0], [1.0, 1.0]]
    # zero gross and zero overlap stays zero (no 0/0)
    assert cap_to_gross(np.zeros((2, 1, 1)), np.zeros((2, 1))).tolist() == [[[0.0]], [[0.0]]]


def test_excluded_centres_reasons_and_zero_hours():
    from jobcenter_bench.core.levers.drivers import CentreDrivers

    groups = ("fte_caseworkers", "fte_company_consultants", "fte_case_admin", "fte_management",
              "fte_staff_functions")
    rows = [{"jobcenter": "Herning", **dict.fromkeys(groups)},      # no staff group answered
            {"jobcenter": "Skive", **dict.fromkeys(groups, 0.0)},    # every group 0
            {"jobcenter": "Viborg", **dict.fromkeys(groups, 3.0)}]
    out = CentreDrivers.from_rows(2013, rows).excluded
    # the analysis' own reasons (dataset.survey_problem), prefixed as a lever note
    assert out == {
        "Herning": ("Herning er ikke regnet med i forbedringspotentialet: har ikke oplyst årsværk i nogen "
                    "personalegruppe (årsværk i alt mangler); produktivitet, omkostning og potentiale "
                    "beregnes ikke.",
                    "Herning is left out of the improvement potential: reports no FTE in any staff group "
                    "(total FTE is missing); productivity, cost and potential are not computed."),
        "Skive": ("Skive er ikke regnet med i forbedringspotentialet: har 0 årsværk i besvarelsen (årsværk "
                  "i alt er 0); produktivitet, omkostning og potentiale beregnes ikke.",
                  "Skive is left out of the improvement potential: reports zero FTE (total FTE is 0); "
                  "productivity, cost and potential are not computed."),
    }
    # a centre of 0 FTE with letters to send: no hours, no kroner, no FTE
    s = build_store({"Herning": answer(0, summons_letters=6000, cost_salaries=0.0), "Skive": answer(10)})
    res = compute_levers(s, 2013)
    c = res.centre_index("Herning")
    assert res.hours[:, :, c].sum() == 0.0 and res.dkk[:, :, c].sum() == 0.0 and res.fte[:, :, c].sum() == 0.0
    s.close()
