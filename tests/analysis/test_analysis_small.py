"""The whole analysis on four hand-made centres; every expected value is worked out by hand.

Centre     persons FTE prod  pop    obs%  pred%  effect  obs_all%  cluster
Skive        200   10   20   10000   2.0   3.0    1.0     10.0      1
Morsø        300   10   30   10000   3.0   2.5   -0.5      8.0      1
Herning      400   10   40   10000   4.0   4.5    0.5      9.0      2
Viborg       500   10   50   10000   5.0   4.0   -1.0      7.0      2
Median productivity 35, mean effect 0.0. Cost per FTE 500,000 DKK everywhere.
"""

import json
import math

import pytest

from jobcenter_bench.core.analysis import AnalysisOptions, analyse
from jobcenter_bench.core.benchmark_potential import PotentialInput, benchmark_potential
from jobcenter_bench.core.errors import BenchError

from ._data import build_store, register_row, survey

ROWS = {
    # name: (ADP+KTH+SDP persons split, extra persons to reach obs_all, pred, cluster)
    "Skive": (200, 800, 3.0, 1),
    "Morsø": (300, 500, 2.5, 1),
    "Herning": (400, 500, 4.5, 2),
    "Viborg": (500, 200, 4.0, 2),
}


def _store(**answers_override):
    register = {
        n: register_row(10000, p / 2, p / 4, p / 4, disability=extra, predicted_rate=pred,
                        predicted_rate_all=pred + 6, cluster=cluster)
        for n, (p, extra, pred, cluster) in ROWS.items()
    }
    answers = {n: survey() for n in ROWS}  # 10 FTE, 5 m DKK each
    answers.update(answers_override)
    return build_store(register, answers)


@pytest.fixture(scope="module")
def result():
    return analyse(_store())


def test_productivity_effect_and_placement(result):
    c = {r.jobcenter: r for r in result.centres}
    assert result.prediction_source == "published" and result.cluster_source == "published"
    assert c["Skive"].cases_per_fte == pytest.approx(20)
    assert c["Viborg"].fte == pytest.approx(10)
    assert c["Morsø"].effect == pytest.approx(-0.5)
    assert c["Skive"].observed_rate_all == pytest.approx(10.0)
    # cluster 1: Morsø (8 %) before Skive (10 %); cluster 2: Viborg (7 %) before Herning (9 %)
    assert c["Morsø"].placement() == "1 af 2" and c["Skive"].placement("en") == "2 of 2"
    assert (c["Viborg"].cluster_rank, c["Herning"].cluster_rank) == (1, 2)


def test_quadrants(result):
    q = {r.jobcenter: r.quadrant for r in result.centres}
    assert q == {"Skive": "effective", "Morsø": "neither", "Herning": "resource_efficient",
                 "Viborg": "productive"}
    assert result.thresholds.productivity_median == 35
    assert result.thresholds.effect_mean == pytest.approx(0.0)


def test_benchmark_potential(result):
    pot = {p.key: p for p in result.potential}
    rows = [PotentialInput(r.jobcenter, r.full_time_persons, r.fte, r.cost_per_fte, r.cluster)
            for r in result.centres]
    med = benchmark_potential(rows, "national_median")  # target 35: Skive 10 - 200/35, Morsø 10 - 300/35
    assert med.total_freed_fte == pytest.approx((10 - 200 / 35) + (10 - 300 / 35))
    assert med.total_dkk == pytest.approx(med.total_freed_fte * 500_000)
    uq = pot["national_upper_quartile"]  # 75th percentile of 20, 30, 40, 50 = 42.5
    assert {c.jobcenter for c in uq.centres} == {"Skive", "Morsø", "Herning"}
    assert uq.total_freed_fte == pytest.approx(30 - 900 / 42.5)
    cq = pot["cluster_upper_quartile"]  # cluster 1: 27.5, cluster 2: 47.5
    assert {c.jobcenter: round(c.target, 6) for c in cq.centres} == {"Skive": 27.5, "Herning": 47.5}
    assert cq.total_freed_fte == pytest.approx((10 - 200 / 27.5) + (10 - 400 / 47.5))
    assert med.uplift == 1.0
    tq = pot["national_top_quintile"]  # 80th percentile of 20, 30, 40, 50 = 40 + 0.4 * 10 = 44
    assert {c.jobcenter for c in tq.centres} == {"Skive", "Morsø", "Herning"}
    assert tq.total_freed_fte == pytest.approx(30 - 900 / 44)


def test_relationship_productivity_effect(result):
    rel = next(r for r in result.relationships if r.x == "cases_per_fte" and r.y == "effect")
    # x - mean = -15, -5, 5, 15; y = 1, -0.5, 0.5, -1 (mean 0)
    # Sxy = -15 + 2.5 + 2.5 - 15 = -25, Sxx = 500, slope = -0.05
    assert rel.slope == pytest.approx(-0.05)
    assert rel.n == 4 and not rel.significant


def test_json_records_hold_the_contract(result):
    keys = {"year", "jobcenter", "municipality_codes", "region", "cluster", "cluster_size",
            "cluster_rank", "fte", "full_time_persons", "cases_per_fte", "observed_rate",
            "predicted_rate", "effect", "observed_rate_all", "predicted_rate_all", "quadrant"}
    records = result.to_json_records()
    assert len(records) == 4 and keys <= set(records[0])
    text = json.dumps(records, allow_nan=False)  # no NaN anywhere
    assert '"Herning"' in text


def test_zero_fte_centre_is_shown_without_productivity():
    res = analyse(_store(Viborg=survey(staff=(0, 0, 0, 0, 0))))
    viborg = res.centre("Viborg")
    assert viborg.cases_per_fte is None and viborg.quadrant is None and viborg.effect is not None
    assert "årsværk" in viborg.note
    assert len(res.compared()) == 3
    # the potential is scaled to all centres by caseload: (200+300+400+500) / (200+300+400)
    assert res.potential[0].uplift == pytest.approx(1400 / 900)
    for r in res.to_json_records():
        assert all(not (isinstance(v, float) and math.isnan(v)) for v in r.values())


def test_published_prediction_required_when_asked():
    store = build_store({"Skive": register_row(10000, 100, 100, 100)}, {})
    with pytest.raises(BenchError, match="--prediction own"):
        analyse(store, options=AnalysisOptions(prediction="published"))


def test_unknown_variable_is_refused(result):
    with pytest.raises(BenchError, match="Ukendte rammevilkår"):
        analyse(_store(), options=AnalysisOptions(variables=("nope",)))


def test_robustness_lists_variants(result):
    keys = {v.key for v in result.robustness}
    # no framework variables: no own model, so no "other prediction source" variant
    assert keys == {"case_related", "incl_flex", "excl_management", "effect_all"}
    # every centre has the same staff mix, so case-related FTE only rescales productivity
    case = next(v for v in result.robustness if v.key == "case_related")
    assert case.spearman_rho == pytest.approx(1.0) and case.changes == []


def test_robustness_finds_quadrant_changes():
    # Morsø: 6.5 of its 10 FTE are management. Excluding management: Skive 200/9.5 = 21.1,
    # Morsø 300/3.5 = 85.7, Herning 400/9.5 = 42.1, Viborg 500/9.5 = 52.6; median 47.4.
    res = analyse(_store(Morsø=survey(staff=(1, 1, 1, 6.5, 0.5))))
    v = next(v for v in res.robustness if v.key == "excl_management")
    changes = {(c.jobcenter, c.main, c.variant) for c in v.changes}
    assert changes == {("Morsø", "neither", "productive"), ("Herning", "resource_efficient", "effective")}
    # ranks 1,2,3,4 (main) against 1,4,2,3 (variant): rho = 1 - 6*(0+4+1+1)/(4*15) = 0.4
    assert v.spearman_rho == pytest.approx(0.4)


def test_clusters_computed_when_not_imported():
    register = {
        n: register_row(10000, p / 2, p / 4, p / 4, disability=extra, predicted_rate=pred,
                        predicted_rate_all=pred + 6)
        for n, (p, extra, pred, _) in ROWS.items()
    }
    res = analyse(build_store(register, {n: survey() for n in ROWS}),
                  options=AnalysisOptions(cluster_k=2))
    assert res.cluster_source == "computed"
    # predicted all = 9.0, 8.5, 10.5, 10.0: Herning and Viborg hardest (cluster 1)
    assert {c.jobcenter: c.cluster for c in res.centres} == {
        "Herning": 1, "Viborg": 1, "Skive": 2, "Morsø": 2}


def test_peers(result):
    from jobcenter_bench.core.peers import find_peers

    p = find_peers(result, "Skive", k=2)
    assert p.cluster_members == ["Morsø"]
    # no framework variables: distance on the two predicted rates (identical up to +6),
    # Skive 3.0 is nearest to Morsø 2.5, then Viborg 4.0
    assert [x.jobcenter for x in p.nearest] == ["Morsø", "Viborg"]
    assert p.variables == ("predicted_rate", "predicted_rate_all")


def test_centre_without_framework_value_gets_a_note_under_own_model():
    register = {
        n: register_row(10000, p / 2, p / 4, p / 4, predicted_rate=pred, cluster=cluster,
                        x=float(i) + (0.3 if i % 2 else 0.0))
        for i, (n, (p, _, pred, cluster)) in enumerate(ROWS.items())
    }
    del register["Viborg"]["x"]
    res = analyse(build_store(register, {n: survey() for n in ROWS}, framework=("x",)),
                  options=AnalysisOptions(prediction="own", cluster_source="published"))
    viborg = res.centre("Viborg")
    assert viborg.effect is None and "rammevilkår" in viborg.note
    assert set(res.point_fits["core"].jobcentres) == {"Skive", "Morsø", "Herning"}


def test_no_clusters_without_predicted_all_rate_is_a_note():
    register = {n: register_row(10000, p / 2, p / 4, p / 4, predicted_rate=pred)
                for n, (p, _, pred, _) in ROWS.items()}
    res = analyse(build_store(register, {n: survey() for n in ROWS}))
    assert res.cluster_source == "none" and "Klynger kan ikke beregnes" in res.cluster_note
    assert all(c.cluster is None and c.placement() == "–" for c in res.centres)
    assert "ingen rammevilkårsvariable" in res.model_note  # published prediction still works
    assert res.centre("Skive").effect == pytest.approx(1.0)


def test_new_import_invalidates_the_cached_dataset():
    store = _store()
    assert analyse(store).centre("Skive").cases_per_fte == pytest.approx(20)
    with store.transaction():
        imp = store.log_import(file_name="again.xlsx", sha256="2" * 64, size_bytes=1,
                               kind="survey", rows=1)
        store.write_survey(imp, [{"jobcenter": "Skive", "year": 2013, **survey(staff=(3, 1, 0.5, 0.25, 0.25))}])
    assert analyse(store).centre("Skive").cases_per_fte == pytest.approx(40)  # 200 / 5 FTE
