"""Named scenarios: defaults, copies, JSON round trip and storage in the Store."""

from __future__ import annotations

import pytest

from jobcenter_bench.core.scenarios import (
    STANDARD,
    ScenarioError,
    delete_scenario,
    list_scenarios,
    load_scenario,
    rename_scenario,
    save_scenario,
    standard_scenario,
)
from jobcenter_bench.core.store import Store


@pytest.fixture
def store():
    s = Store.open(":memory:")
    yield s
    s.close()


def test_standard_holds_catalogue_defaults():
    sc = standard_scenario()
    assert sc.name == STANDARD
    assert sc.parameter("E3", "minutes_per_letter") == (2.0, 3.0)  # l. 4964
    assert sc.assumption("effective_hours") == 1255.0
    assert sc.assumption("working_weeks") == 42.0
    assert sc.realisation["B1"] == 1.0


def test_with_parameter_returns_a_changed_copy():
    sc = standard_scenario()
    changed = sc.with_parameter("E3", "minutes_per_letter", high=4)
    assert changed.parameter("E3", "minutes_per_letter") == (2.0, 4.0)
    assert sc.parameter("E3", "minutes_per_letter") == (2.0, 3.0)


@pytest.mark.parametrize("call", [
    lambda sc: sc.with_parameter("E3", "nope", low=1),
    lambda sc: sc.with_parameter("E3", "minutes_per_letter", low="abc"),
    lambda sc: sc.with_parameter("E3", "minutes_per_letter", low=-1),
    lambda sc: sc.with_assumption("average", "regional"),
    lambda sc: sc.with_assumption("working_weeks", 0),
    lambda sc: sc.with_realisation("B1", 1.5),
    lambda sc: sc.with_assumption("nope", 1),
])
def test_bad_values_are_clear_errors(call):
    with pytest.raises(ScenarioError):
        call(standard_scenario())


def test_save_load_round_trip(store):
    sc = (standard_scenario().renamed("Forsigtig")
          .with_parameter("B1", "share_removed", low=0.5)
          .with_assumption("average", "cluster")
          .with_realisation("D4", 0.5)
          .with_overlap("A1a-C3", 0.5, 0.6)
          .with_business_case("Herning", {"estimate": "mid"}))
    with store.transaction():
        save_scenario(store, sc)
    loaded = load_scenario(store, "Forsigtig")
    assert loaded == sc
    assert list_scenarios(store) == [STANDARD, "Forsigtig"]


def test_standard_is_protected(store):
    with pytest.raises(ScenarioError):
        save_scenario(store, standard_scenario())
    with pytest.raises(ScenarioError):
        delete_scenario(store, STANDARD)
    with pytest.raises(ScenarioError):
        rename_scenario(store, STANDARD, "X")
    assert load_scenario(store, None) == standard_scenario()


def test_rename_and_delete(store):
    save_scenario(store, standard_scenario().renamed("A"))
    rename_scenario(store, "A", "B")
    assert list_scenarios(store) == [STANDARD, "B"]
    with pytest.raises(ScenarioError):
        load_scenario(store, "A")
    save_scenario(store, standard_scenario().renamed("C"))
    with pytest.raises(ScenarioError, match="findes allerede"):
        rename_scenario(store, "B", "C")
    delete_scenario(store, "B")
    assert list_scenarios(store) == [STANDARD, "C"]
    with pytest.raises(ScenarioError):
        delete_scenario(store, "B")


def test_saved_scenario_missing_new_keys_takes_defaults(store):
    store.conn.execute(
        "INSERT INTO scenario(name, params, created, modified) VALUES (?, ?, '', '')",
        ("Old", '{"parameters": {"E3": {"minutes_per_letter": {"low": 1, "high": 2}}}, "unknown": 1}'),
    )
    sc = load_scenario(store, "Old")
    assert sc.parameter("E3", "minutes_per_letter") == (1.0, 2.0)
    assert sc.parameter("B1", "share_removed") == (0.75, 1.0)


def test_corrupt_scenario_is_a_clear_error(store):
    store.conn.execute("INSERT INTO scenario(name, params, created, modified) VALUES ('Bad', '{x', '', '')")
    with pytest.raises(ScenarioError, match="Bad"):
        load_scenario(store, "Bad")
