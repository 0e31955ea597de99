"""DEA, similar centres and saved peer groups through ``Results`` (issue 15, points 2 and 3).

Four hand-made centres with the same caseload (ADP 100 + KTH 50 + SDP 50 = 200 full-time persons,
population 10,000) and different FTE: 8, 10, 16 and 20. With equal outputs, input-oriented VRS
gives θ = (smallest FTE) / (own FTE), the peer is the 8-FTE centre with λ = 1 and the target
input is 8 FTE. Framework variable x = 0, 1, 5, 6.
"""

from __future__ import annotations

import pytest

from jobcenter_bench.core import geography
from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.frontier_analysis import PeerInfluence
from jobcenter_bench.core.frontier_centre import centre_hinges, frontier_line
from jobcenter_bench.core.frontier_models import PRESETS, CentreEfficiency, DeaResult, customise
from jobcenter_bench.core.session import AnalysisOptions, Session, SessionState
from tests.analysis._data import build_store, register_row, survey

NAMES = [j.name for j in geography.jobcentres() if len(j.municipality_codes) == 1][:4]
FTE = {NAMES[0]: 8, NAMES[1]: 10, NAMES[2]: 16, NAMES[3]: 20}
XS = {NAMES[0]: 0, NAMES[1]: 1, NAMES[2]: 5, NAMES[3]: 6}


def small_store(path=":memory:"):
    register, answers = {}, {}
    for name in NAMES:
        register[name] = register_row(10000, 100 * (1 + XS[name] / 100), 50, 50, predicted_rate=3.0,
                                      predicted_rate_all=5.0, x=XS[name])
        answers[name] = survey(staff=(FTE[name] - 4, 2, 1, 0.5, 0.5))
    return build_store(register, answers, framework=("x",), path=path)


@pytest.fixture(scope="module")
def results():
    store = small_store()
    res = Session(store).compute(SessionState(with_previous=False, options=AnalysisOptions(inference=False)))
    store.close()  # everything below must work without the database: no second read
    return res


EQUAL = customise(PRESETS["sagsproduktivitet"], outputs=("persons_kth", "persons_sdp"))  # 50 and 50 each


def test_dea_from_the_results_without_the_database(results):
    dea = results.dea(EQUAL)
    for name in NAMES:  # θ = 8 / FTE, every peer weight on the 8-FTE centre
        c = dea.centre(name)
        assert c.efficiency == pytest.approx(8 / FTE[name])
        assert c.target_input == pytest.approx(8)
        assert dict(c.peers) == {NAMES[0]: pytest.approx(1.0)}
    assert results.dea(EQUAL) is dea  # computed once, kept
    assert not results.dea_ready(EQUAL)  # the leave-one-out run is not there yet
    results.dea_sensitivity(EQUAL)
    assert results.dea_ready(EQUAL)


def test_leave_one_out_hinge(results):
    # without the 8-FTE centre the next smallest is 10 FTE: θ of the 16-FTE centre 10/16 = 0.625
    hinges = results.dea_hinges(NAMES[2], EQUAL)
    assert [h.peer for h in hinges] == [NAMES[0]]
    h = hinges[0]
    assert (h.before, h.after) == (pytest.approx(0.5), pytest.approx(0.625))
    assert h.size_ratio == pytest.approx(8 / 16)


def test_hinge_threshold_and_order():
    result = DeaResult(EQUAL, 2013, "own", (CentreEfficiency("A", 10.0, ()), CentreEfficiency("B", 40.0, ()),
                                             CentreEfficiency("C", 5.0, ())))
    loo = (PeerInfluence("B", (("A", 0.60, 0.64),)),   # +0.04: below 0.05, not a hinge
           PeerInfluence("C", (("A", 0.60, 0.70),)))   # +0.10
    assert [h.peer for h in centre_hinges(result, loo, "A")] == ["C"]
    assert [h.peer for h in centre_hinges(result, loo, "A", threshold=0.03)] == ["C", "B"]
    assert centre_hinges(result, loo, "A", threshold=0.03)[1].size_ratio == pytest.approx(4.0)  # 40 / 10


def _one_output(points, rts):
    model = customise(PRESETS["sagsproduktivitet"], outputs=("persons_adp",), rts=rts)
    centres = tuple(CentreEfficiency(f"c{i}", x, (("persons_adp", y),), efficiency=1.0)
                    for i, (x, y) in enumerate(points))
    return DeaResult(model, 2013, "own", centres)


def test_frontier_line_vrs_and_crs():
    pts = [(1, 1), (2, 3), (4, 4), (3, 1), (5, 2)]
    # VRS: up from (1, 0) to the smallest input, the upper hull (2, 3), (4, 4) (the largest
    # output), then flat to the largest input 5; (3, 1) and (5, 2) lie below
    assert frontier_line(_one_output(pts, "vrs")) == [(1, 0.0), (1, 1), (2, 3), (4, 4), (5, 4)]
    # CRS: the ray through the best ratio 3 / 2 = 1.5, to x = 5
    assert frontier_line(_one_output(pts, "crs")) == [(0.0, 0.0), (5, 7.5)]
    # (2, 2) is on the segment (1, 1)–(3, 3): collinear, dropped
    assert frontier_line(_one_output([(1, 1), (2, 2), (3, 3)], "vrs")) == [(1, 0.0), (1, 1), (3, 3)]


def test_similar_through_results(results):
    found = results.similar(NAMES[2], {"x": 1.0}, 3)
    # one variable: distance |Δx| / sd(x); x = 0, 1, 5, 6 has mean 3 and sd sqrt(26/4) = 2.5495
    assert found.members() == (NAMES[3], NAMES[1], NAMES[0])
    assert [c.distance for c in found.centres] == pytest.approx([1 / 2.5495, 4 / 2.5495, 5 / 2.5495], rel=1e-4)
    assert results.similar(NAMES[2], {"x": 1.0}, 3) is found


def test_group_summary_hand_computed(results):
    g = results.group_summary([NAMES[0], NAMES[2]], "to").summary
    # persons = ADP 100 × (1 + x/100) + 100: x = 0 → 200, x = 5 → 205; per FTE 200/8 = 25, 205/16 = 12.8125
    assert g.scope == "group" and g.name == "to" and g.n_centres == 2
    assert g.cases_per_fte == pytest.approx((200 + 205) / (8 + 16))  # aggregate 16.875
    assert g.cases_per_fte_median == pytest.approx((25 + 12.8125) / 2)
    assert g.observed_rate == pytest.approx((200 + 205) / 20000 * 100)
    assert g.fte_mean == pytest.approx(12)
    missing = results.group_summary([NAMES[0], "Aarhus"], "x")
    assert missing.missing == ("Aarhus",) and missing.summary.n_centres == 1
    with pytest.raises(BenchError):
        results.group_summary(["Aarhus"])


def test_group_summaries_of_clusters_equal_the_cluster_summaries(sample_results):
    """The refactored per-centre inputs give the cluster summaries unchanged."""
    a = sample_results.analysis
    for k, summary in a.cluster_summaries.items():
        members = [c.jobcenter for c in a.centres if c.cluster == k]
        g = sample_results.group_summary(members).summary
        for field in ("cases_per_fte", "cases_per_fte_median", "effect_mean", "observed_rate", "predicted_rate",
                      "cost_per_fte", "fte_mean", "full_time_persons_mean", "fte_by_group_mean"):
            assert getattr(g, field) == getattr(summary, field), (k, field)


@pytest.fixture(scope="module")
def sample_results(tmp_path_factory):
    from jobcenter_bench.core.sample import build_sample_database

    path = tmp_path_factory.mktemp("s") / "s.jcbench"
    store = build_sample_database(path)
    with store.transaction():
        store.save_peer_group("Storbyer", ["København", "Aarhus", "Odense", "Aalborg"], "Aarhus")
    res = Session(store).compute(SessionState(with_previous=False, options=AnalysisOptions(inference=False)))
    store.close()
    return res


def test_comparison_with_a_saved_group(sample_results):
    base = sample_results
    assert base.comparison("Aarhus").cluster.scope == "cluster"
    chosen = base.with_peer_group("storbyer")  # case-insensitive, stored under its own name
    assert chosen.state.peer_group == "Storbyer"
    comp = chosen.comparison("Aarhus")
    cities = [base.centre(n) for n in ("København", "Aarhus", "Odense", "Aalborg")]
    assert comp.cluster.scope == "group" and comp.cluster.n_centres == 4
    # aggregate cases per FTE over the four = Σ caseload / Σ FTE (total productivity definition)
    assert comp.cluster.cases_per_fte == pytest.approx(
        sum(c.full_time_persons for c in cities) / sum(c.fte for c in cities))
    assert comp.national is base.analysis.national_summary
    assert chosen.comparison_label("Aarhus") == "Gruppe: Storbyer"
    assert base.comparison_label("Aarhus", "en").startswith("Cluster ")
    with pytest.raises(BenchError, match="Storbyer"):
        base.with_peer_group("Nope")
    assert chosen.with_peer_group(None).comparison("Aarhus").cluster.scope == "cluster"


def test_session_state_peer_group(tmp_path):
    path = tmp_path / "g.jcbench"
    store = small_store(str(path))
    with store.transaction():
        store.save_peer_group("G", NAMES[:2], NAMES[3])
    session = Session(store)
    res = session.compute(SessionState(peer_group="g", with_previous=False, options=AnalysisOptions(inference=False)))
    assert res.peer_group.name == "G" and res.peer_group.members == tuple(NAMES[:2])
    assert res.comparison(NAMES[3]).cluster.n_centres == 2
    with pytest.raises(BenchError):
        session.compute(SessionState(peer_group="missing", with_previous=False))
    store.close()
