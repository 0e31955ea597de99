"""One model of a centre (issue 10, point 2) and the Results every output renders (point 1).

Hand-made stores with published predictions, so the analysis runs without a regression: the
expected values are worked by hand in each test.
"""

from __future__ import annotations

import pytest
from analysis._data import build_store, register_row, survey

from jobcenter_bench.core.analysis import analyse
from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.levers.engine import LeverEngine
from jobcenter_bench.core.scenarios import save_scenario, standard_scenario
from jobcenter_bench.core.session import Session, SessionState

# Esbjerg's municipalities: Esbjerg (561, the most populous) and Fanø (563)
ESBJERG, FANOE = 561, 563


def _register():
    """Three centres with published predictions; Esbjerg's two municipalities carry different
    published clusters (Esbjerg 3, Fanø 5)."""
    return {
        "Herning": register_row(50_000, 1000, 800, 700, predicted_rate=5.5, predicted_rate_all=20.0, cluster=4),
        "Skive": register_row(30_000, 500, 400, 300, predicted_rate=4.2, predicted_rate_all=18.0, cluster=2),
        "Esbjerg": {
            ESBJERG: register_row(70_000, 1500, 1100, 900, predicted_rate=5.0, predicted_rate_all=21.0, cluster=3),
            FANOE: register_row(2_000, 30, 20, 20, predicted_rate=3.0, predicted_rate_all=15.0, cluster=5),
        },
    }


@pytest.fixture
def store():
    # Herning left the management group blank: its total FTE is 6 + 2 + 1 + 0.5 = 9.5 (the
    # groups it answered); Skive answered no staff group at all; Esbjerg has 40 FTE.
    herning = survey(staff=(6, 2, 1, None, 0.5))
    skive = survey(staff=(None, None, None, None, None))
    esbjerg = survey(staff=(30, 5, 3, 1, 1), salaries=18_000_000.0)
    st = build_store(_register(), {"Herning": herning, "Skive": skive, "Esbjerg": esbjerg})
    yield st
    st.close()


def test_a_blank_staff_group_is_treated_alike_by_analysis_and_levers(store):
    results = Session(store).compute(SessionState(options=_no_inference()))
    herning = results.centre("Herning")
    assert herning.fte == pytest.approx(9.5)
    # cases per FTE = (1000 + 800 + 700) / 9.5 = 263.157…
    assert herning.cases_per_fte == pytest.approx(2500 / 9.5)
    levers = results.levers
    i = levers.centre_index("Herning")
    assert levers.fte_total[i] == pytest.approx(9.5)
    assert "Herning" not in levers.excluded
    assert results.lever_scope("Herning").gross_high_dkk > 0


def test_a_centre_with_no_fte_is_excluded_by_both_with_the_same_reason(store):
    results = Session(store).compute(SessionState(options=_no_inference()))
    skive = results.centre("Skive")
    assert skive.cases_per_fte is None
    analysis_reason = next(e.reason for e in results.analysis.exclusions if e.jobcenter == "Skive")
    lever_reason = results.levers.excluded["Skive"][0]
    assert "årsværk i alt mangler" in analysis_reason
    assert analysis_reason in lever_reason  # the levers' note is the analysis' reason, prefixed


def test_a_two_municipality_centre_gets_one_cluster_in_both(store):
    results = Session(store).compute(SessionState(options=_no_inference()))
    # the most populous municipality (Esbjerg, 70,000) decides: cluster 3, not Fanø's 5
    assert results.centre("Esbjerg").cluster == 3
    levers = results.levers
    assert levers.centres.index("Esbjerg") >= 0
    # the lever engine built straight from the store agrees
    engine = LeverEngine.from_store(store, 2013)
    assert engine.drivers.cluster[engine.drivers.names.index("Esbjerg")] == 3


def test_the_default_year_is_the_same_for_both(tmp_path):
    # 2012 has survey answers only, 2013 register and survey: both default to the newest year
    st = build_store(_register(), {"Herning": survey()}, year=2013)
    with st.transaction():
        imp = st.log_import(file_name="old.xlsx", sha256="2" * 64, size_bytes=1, kind="survey", rows=1)
        st.write_survey(imp, [{"jobcenter": "Herning", "year": 2012, **survey()}])
    assert analyse(st, None).year == 2013
    assert LeverEngine.from_store(st, None).drivers.year == 2013
    assert Session(st).compute(SessionState(options=_no_inference())).year == 2013
    st.close()


def test_unsaved_scenario_is_the_one_results_show(store):
    session = Session(store)
    base = session.compute(SessionState(options=_no_inference()))
    changed = standard_scenario().with_assumption("effective_hours", 1000)
    results = base.with_scenario(changed, saved=False)
    assert results.scenario_text("da") == "Standard (ændret, ikke gemt)"
    assert results.scenario_text("en") == "Standard (changed, not saved)"
    # hours are valued at salary / effective hours: fewer hours per FTE make each hour dearer,
    # so Herning's gross potential rises by 1255 / 1000 on the hour-based levers
    assert results.lever_scope("Herning").gross_high_dkk > base.lever_scope("Herning").gross_high_dkk
    assert base.scenario_text("da") == "Standard"


def test_business_case_saved_else_default(store):
    session = Session(store)
    sc = standard_scenario().renamed("Plan").with_business_case("Herning", {"levers": {}, "estimate": "high"})
    save_scenario(store, sc)
    results = session.compute(SessionState(scenario_name="Plan", options=_no_inference()))
    herning, esbjerg = results.business_case("Herning"), results.business_case("Esbjerg")
    assert herning.saved and herning.case.estimate == "high"
    assert not esbjerg.saved and esbjerg.case.estimate == "low"
    assert esbjerg.title("da") == "Esbjerg, Plan (lavt skøn), standard (ikke gemt)"
    assert results.business_case("Ikast-Brande") is None  # no survey answer


def test_an_unknown_scenario_is_a_clear_error(store):
    with pytest.raises(BenchError) as err:
        Session(store).compute(SessionState(scenario_name="Findes ikke", options=_no_inference()))
    assert "findes ikke" in err.value.text("da")


def _no_inference():
    from jobcenter_bench.core.analysis import AnalysisOptions

    return AnalysisOptions(inference=False)
