"""Levers and business case views: assumptions recompute at once and show the core's numbers."""

from __future__ import annotations

import re

import pytest

from jobcenter_bench.core.business_case import BusinessCaseInputs, build_business_case
from jobcenter_bench.core.levers.engine import LeverEngine
from jobcenter_bench.core.numbers import format_number
from jobcenter_bench.core.sample_plan import SAMPLE_SCENARIO
from jobcenter_bench.core.scenarios import list_scenarios, standard_scenario

pytestmark = pytest.mark.gui


def _net(text: str) -> tuple[str, str]:
    """The net low and high (DKK m) as shown right after the label "Netto potentiale for ...:"."""
    m = re.search(r"Netto potentiale for [^:]+: (\S+)–(\S+) mio\. kr\. pr\. år", text)
    assert m, text
    return m.group(1), m.group(2)


def _core_results(window, scenario):
    """The core's own evaluation, computed independently of the GUI's workspace."""
    return LeverEngine.from_store(window.ws.store, window.ws.year).evaluate(scenario)


def test_changing_an_assumption_shows_the_core_total(make_window):
    window = make_window()
    window.show_view("levers")
    view = window.view("levers")
    before = view.total.text()
    box = view.panel.general["effective_hours"]
    box.setValue(1000)  # what a user's committed edit does
    expected = _core_results(window, standard_scenario().with_assumption("effective_hours", 1000))
    summary = expected.scope(window.ws.centre)
    low = format_number(summary.total_low_dkk / 1e6, 1)
    high = format_number(summary.total_high_dkk / 1e6, 1)
    assert _net(view.total.text()) == (low, high)
    assert view.total.text() != before
    # the charts were redrawn with the new numbers (figure 22: by horizon, high estimate)
    high_series = dict(view.horizon.data["series"])["Høj"]
    assert high_series == pytest.approx([summary.by_horizon[k]["high_dkk"] / 1e6 for k in ("short", "medium", "long")])
    assert window.ws.scenario_dirty


def test_national_scope_and_lever_parameter(make_window):
    window = make_window()
    window.show_view("levers")
    view = window.view("levers")
    view.scope_country.setChecked(True)
    view.panel.show_lever("B1")
    low, high = view.panel.param_boxes["share_removed"]
    high.setValue(0.5)
    low.setValue(0.25)
    scenario = standard_scenario().with_parameter("B1", "share_removed", 0.25, 0.5)
    expected = _core_results(window, scenario).national()
    row = next(r for r in view.table.model.records if r.id == "B1")
    assert row.high_dkk == pytest.approx(expected.lever("B1").high_dkk)
    assert _net(view.total.text())[1] == format_number(expected.total_high_dkk / 1e6, 1)


def test_scenario_save_rename_choose(make_window):
    window = make_window()
    window.show_view("levers")
    panel = window.view("levers").panel
    panel.general["overhead_per_fte"].setValue(120000)
    panel.save_as("KL-timepris")
    assert "KL-timepris" in list_scenarios(window.ws.store)
    assert panel.scenario.currentText() == "KL-timepris"
    panel.rename("KL/KOMBIT")
    # (the sample database also holds its business case with success criteria, core.sample_plan)
    assert [n for n in list_scenarios(window.ws.store) if n != SAMPLE_SCENARIO] == ["Standard", "KL/KOMBIT"]
    panel._choose("Standard")
    assert panel.general["overhead_per_fte"].value() == 0
    panel._choose("KL/KOMBIT")
    assert panel.general["overhead_per_fte"].value() == 120000


def test_business_case_shows_the_core_case(make_window):
    window = make_window()
    window.show_view("business_case")
    view = window.view("business_case")
    expected = build_business_case(_core_results(window, standard_scenario()), window.ws.centre,
                                   BusinessCaseInputs())
    shown = view.years.model.records
    assert [r.cumulative for r in shown] == pytest.approx([r.cumulative for r in expected.years])
    # choose one more lever: the case is recomputed and stored in the scenario
    row = next(i for i in range(view.levers.rowCount())
               if view.levers.item(i, 0).checkState().name == "Unchecked")
    lever_id = view.levers.item(row, 0).data(0x0100)
    view.levers.item(row, 0).setCheckState(view.levers.item(0, 0).checkState().Checked)
    stored = window.ws.scenario_obj.business_cases[window.ws.centre]
    assert lever_id in stored["selected"]
    again = build_business_case(_core_results(window, standard_scenario()), window.ws.centre,
                                BusinessCaseInputs.from_dict(stored))
    assert view.case.years[-1].cumulative == pytest.approx(again.years[-1].cumulative)
    assert again.years[-1].cumulative != pytest.approx(expected.years[-1].cumulative)


def test_business_case_investment_entry(make_window):
    window = make_window()
    window.show_view("business_case")
    view = window.view("business_case")
    row = next(i for i in range(view.levers.rowCount()) if view.levers.item(i, 0).checkState().name == "Checked")
    lever_id = view.levers.item(row, 0).data(0x0100)
    view.levers.item(row, 3).setText("1.500.000")  # one-off investment, Danish format, year 1
    stored = window.ws.scenario_obj.business_cases[window.ws.centre]
    assert stored["levers"][lever_id]["one_off"] == 1_500_000
    assert view.case.years[0].investments == pytest.approx(1_500_000)
    view.levers.item(row, 3).setText("abc")  # a bad number: message, nothing stored
    from jobcenter_bench.gui import errors

    assert "abc" in errors.shown_messages[-1]
    assert window.ws.scenario_obj.business_cases[window.ws.centre]["levers"][lever_id]["one_off"] == 1_500_000


def test_realisation_share_for_all_levers(make_window):
    window = make_window()
    window.show_view("levers")
    view = window.view("levers")
    view.scope_country.setChecked(True)
    view.panel.all_realisation.setValue(50)
    scenario = standard_scenario()
    for lever_id in scenario.realisation:
        scenario = scenario.with_realisation(lever_id, 0.5)
    expected = _core_results(window, scenario).national()
    assert _net(view.total.text())[1] == format_number(expected.total_high_dkk / 1e6, 1)
    view.panel.show_lever("B1")
    view.panel.realisation.setValue(80)  # one lever differs now
    assert view.panel.all_realisation.specialValueText() == view.panel.all_realisation.text()


def test_business_case_owner_and_success_measure_in_the_detail_panel(make_window):
    window = make_window()
    window.show_view("business_case")
    view = window.view("business_case")
    assert not view.detail["owner"].isEnabled()  # nothing selected: nothing to edit
    row = next(i for i in range(view.levers.rowCount()) if view.levers.item(i, 0).checkState().name == "Checked")
    lever_id = view.levers.item(row, 0).data(0x0100)
    view.levers.setCurrentCell(row, 3)
    assert view.detail_name.text() == view.levers.item(row, 0).text()  # the whole name, not cut
    view.detail["owner"].setText("Jobcenterchef")
    view.detail["owner"].editingFinished.emit()
    view.detail["success_measure"].setText("Færre samtaler pr. sag")
    view.detail["success_measure"].editingFinished.emit()
    stored = window.ws.scenario_obj.business_cases[window.ws.centre]["levers"][lever_id]
    assert (stored["owner"], stored["success_measure"]) == ("Jobcenterchef", "Færre samtaler pr. sag")
    assert view.levers.currentRow() == row and view.detail["owner"].text() == "Jobcenterchef"  # kept after redraw
