"""The sample database's business case with a realisation plan (eksempel på gevinstplan).

A business case for Helsingør made on the 2011 sample data, saved as the scenario
:data:`SAMPLE_SCENARIO`: seven levers (normal working time, sickness absence, internal meetings,
staff functions, interviews, digital check-in and summons letters), the default success criteria
proposed from each lever's driver (``core.realisation.propose_criteria``), benefit owners and a
benefit tree on the KL/KOMBIT note's starting goals. The follow-up on the 2012 and 2013 sample
data then shows real movement out of the box. Only the scenario is added; no sample figure
changes. E3's free indicator (letters rewritten, %) has hand-entered values for 2012 and 2013,
as a user would enter them - like every figure of the sample, made up.
"""

from __future__ import annotations

from jobcenter_bench.core.business_case import BusinessCaseInputs, LeverInputs

SAMPLE_SCENARIO = "Gevinstplan 2011 (eksempel)"
SAMPLE_CENTRE = "Helsingør"
SAMPLE_YEAR = 2011
_OWNERS = {
    "B1": "Jobcenterchef", "B2": "Jobcenterchef", "B3": "Afdelingsledere", "B4": "Direktør for beskæftigelse",
    "C3": "Teamledere", "E4": "IT-chef", "E3": "Teamleder, ydelse",
}
#: Non-economic gains per lever and the goals they serve (ids of the starting goals G1-G4).
_GAINS = {
    "B2": [("Færre aflyste samtaler", ["G2", "G3"])],
    "B3": [("Mere tid til borgerne", ["G2"])],
    "C3": [("Samtaler tidligere i forløbet", ["G3"])],
    "E4": [("Kortere ventetid i receptionen", ["G2"])],
    "E3": [("Breve borgerne forstår", ["G2"])],
    "B4": [("Flere fagligt stærke sagsbehandlere", ["G4"])],
}


def add_sample_plan(store) -> None:
    """Save the sample business case with its success criteria into ``store`` (sample data)."""
    from jobcenter_bench.core.scenarios import save_scenario, standard_scenario
    from jobcenter_bench.core.session import Session, SessionState

    if SAMPLE_YEAR not in store.years():
        return
    scenario = standard_scenario().renamed(SAMPLE_SCENARIO)
    results = Session(store).compute(SessionState(year=SAMPLE_YEAR, scenario=scenario, with_previous=False))
    inputs = BusinessCaseInputs(
        selected=list(_OWNERS), base_year=SAMPLE_YEAR,
        levers={lid: LeverInputs(owner=owner, success_measure="Se succeskriterierne")
                for lid, owner in _OWNERS.items()} | {"E4": LeverInputs(one_off=150_000, yearly=20_000,
                                                                         owner="IT-chef")},
    )
    criteria = results.propose_criteria(SAMPLE_CENTRE, inputs)
    inputs.criteria = [c.with_values(actuals={2012: 40.0, 2013: 100.0}) if c.kind == "free" else c
                       for c in criteria]
    from jobcenter_bench.core.benefit_tree import starting_goals

    inputs.benefit_tree = {
        "goals": starting_goals("da"),
        "levers": {lid: {"change": "", "economic_goals": ["G1"],
                         "gains": [{"text": text, "goals": goals} for text, goals in gains]}
                   for lid, gains in _GAINS.items()},
    }
    with store.transaction():
        save_scenario(store, scenario.with_business_case(SAMPLE_CENTRE, inputs.to_dict()))
