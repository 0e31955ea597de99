"""Business-case inputs from a stored or hand-written dict: every shape error is one sentence in
Danish and English naming the key, what it must be and what it is (written out by hand here)."""

from __future__ import annotations

import pytest

from jobcenter_bench.core.business_case import (
    DEFAULT_PHASE_IN,
    BusinessCaseError,
    BusinessCaseInputs,
    LeverInputs,
)

SHAPE_ERRORS = [
    # data, Danish message, English message
    (["E3"], "Business case-input: business case-input skal være et objekt, men er en liste (['E3'])",
     "Business-case input: the business-case input must be an object, but is a list (['E3'])"),
    ({"phase_in": [1]},
     "Business case-input: 'phase_in' skal være et objekt med en liste af andele pr. sigt "
     '(fx {"short": [0.5, 1, 1, 1, 1]}), men er en liste ([1])',
     "Business-case input: 'phase_in' must be an object with a list of shares per horizon "
     '(e.g. {"short": [0.5, 1, 1, 1, 1]}), but is a list ([1])'),
    ({"phase_in": {"short": 1}},
     "Business case-input: 'phase_in.short' skal være en liste af andele, men er et heltal (1)",
     "Business-case input: 'phase_in.short' must be a list of shares, but is a whole number (1)"),
    ({"phase_in": {"short": ["x"]}},
     "Business case-input: 'phase_in.short' skal være et tal, men er en tekst ('x')",
     "Business-case input: 'phase_in.short' must be a number, but is a text ('x')"),
    ({"levers": ["E3"]},
     "Business case-input: 'levers' skal være et objekt med forslags-id som nøgle "
     '(fx {"E3": {"one_off": 100000}}), men er en liste ([\'E3\'])',
     "Business-case input: 'levers' must be an object keyed by lever id "
     '(e.g. {"E3": {"one_off": 100000}}), but is a list ([\'E3\'])'),
    ({"levers": {"E3": 5}},
     "Business case-input: 'levers.E3' skal være et objekt med one_off, one_off_year, yearly, "
     "owner og success_measure, men er et heltal (5)",
     "Business-case input: 'levers.E3' must be an object with one_off, one_off_year, yearly, "
     "owner and success_measure, but is a whole number (5)"),
    ({"levers": {"E3": {"one_off": "100"}}},
     "Business case-input: 'levers.E3.one_off' skal være et tal, men er en tekst ('100')",
     "Business-case input: 'levers.E3.one_off' must be a number, but is a text ('100')"),
    ({"levers": {"E3": {"yearly": True}}},
     "Business case-input: 'levers.E3.yearly' skal være et tal, men er sand/falsk (True)",
     "Business-case input: 'levers.E3.yearly' must be a number, but is true/false (True)"),
    ({"levers": {"E3": {"yearly": float("nan")}}},
     "Business case-input: 'levers.E3.yearly' skal være et tal, men er et tal (nan)",
     "Business-case input: 'levers.E3.yearly' must be a number, but is a number (nan)"),
    ({"levers": {"E3": {"one_off_year": 2.5}}},
     "Business case-input: 'levers.E3.one_off_year' skal være et heltal, men er et tal (2.5)",
     "Business-case input: 'levers.E3.one_off_year' must be a whole number, but is a number (2.5)"),
    ({"levers": {"E3": {"one_off_year": "2"}}},
     "Business case-input: 'levers.E3.one_off_year' skal være et heltal, men er en tekst ('2')",
     "Business-case input: 'levers.E3.one_off_year' must be a whole number, but is a text ('2')"),
    ({"levers": {"E3": {"owner": 7}}},
     "Business case-input: 'levers.E3.owner' skal være en tekst, men er et heltal (7)",
     "Business-case input: 'levers.E3.owner' must be a text, but is a whole number (7)"),
    ({"levers": {"E3": {"success_measure": ["x"]}}},
     "Business case-input: 'levers.E3.success_measure' skal være en tekst, men er en liste (['x'])",
     "Business-case input: 'levers.E3.success_measure' must be a text, but is a list (['x'])"),
    ({"selected": "E3"},
     "Business case-input: 'selected' skal være en liste af forslags-id'er (fx [\"E3\"]), "
     "men er en tekst ('E3')",
     "Business-case input: 'selected' must be a list of lever ids (e.g. [\"E3\"]), but is a text ('E3')"),
    ({"selected": [3]},
     "Business case-input: 'selected' skal være en liste af forslags-id'er (tekst), men er et heltal (3)",
     "Business-case input: 'selected' must be a list of lever ids (text), but is a whole number (3)"),
    ({"estimate": None},
     "Business case-input: 'estimate' skal være low, mid eller high, men er null (None)",
     "Business-case input: 'estimate' must be low, mid or high, but is null (None)"),
    ({"start_year": 2014.5},
     "Business case-input: 'start_year' skal være et heltal, men er et tal (2014.5)",
     "Business-case input: 'start_year' must be a whole number, but is a number (2014.5)"),
    ({"start_year": False},
     "Business case-input: 'start_year' skal være et heltal, men er sand/falsk (False)",
     "Business-case input: 'start_year' must be a whole number, but is true/false (False)"),
    ({"levers": {"E3": {"one_off": (1,)}}},
     "Business case-input: 'levers.E3.one_off' skal være et tal, men er tuple ((1,))",
     "Business-case input: 'levers.E3.one_off' must be a number, but is tuple ((1,))"),
]


@pytest.mark.parametrize(("data", "da", "en"), SHAPE_ERRORS)
def test_wrongly_shaped_input_names_key_expectation_and_value(data, da, en):
    with pytest.raises(BusinessCaseError) as info:
        BusinessCaseInputs.from_dict(data)
    assert info.value.text("da") == da
    assert info.value.text("en") == en


def test_full_dict_is_read_field_by_field():
    data = {
        "selected": ["E3", "B3"], "estimate": "high", "start_year": 2016.0,
        "phase_in": {"short": [0, 1, 1, 1, 1]},
        "levers": {"E3": {"one_off": 100, "one_off_year": 2.0, "yearly": 5, "owner": "Chef",
                          "success_measure": "Tid", "unknown_key": 1},
                   "B3": {"owner": None}},
    }
    inputs = BusinessCaseInputs.from_dict(data)
    assert inputs.selected == ["E3", "B3"]
    assert inputs.estimate == "high"
    assert inputs.start_year == 2016 and isinstance(inputs.start_year, int)
    # a horizon given replaces the default, the others keep theirs
    assert inputs.phase_in == {"short": [0.0, 1.0, 1.0, 1.0, 1.0], "medium": DEFAULT_PHASE_IN["medium"],
                               "long": DEFAULT_PHASE_IN["long"]}
    assert inputs.levers["E3"] == LeverInputs(one_off=100.0, one_off_year=2, yearly=5.0, owner="Chef",
                                              success_measure="Tid")
    assert isinstance(inputs.levers["E3"].one_off_year, int)
    assert isinstance(inputs.levers["E3"].yearly, float)
    assert inputs.levers["B3"] == LeverInputs(owner="")  # null text is an empty text


def test_empty_and_missing_input_is_the_default():
    assert BusinessCaseInputs.from_dict(None) == BusinessCaseInputs()
    assert BusinessCaseInputs.from_dict({"phase_in": None, "levers": None}) == BusinessCaseInputs()
    assert BusinessCaseInputs().phase_in == {"short": [0.5, 1, 1, 1, 1], "medium": [0, 0, 0.5, 1, 1],
                                             "long": [0, 0, 0, 0, 0.5]}


def test_to_dict_keys():
    inputs = BusinessCaseInputs(selected=["E3"], estimate="mid", start_year=2015,
                                levers={"E3": LeverInputs(one_off=5, owner="X")})
    assert inputs.to_dict() == {
        "selected": ["E3"], "estimate": "mid", "phase_in": DEFAULT_PHASE_IN, "start_year": 2015,
        "levers": {"E3": {"one_off": 5, "one_off_year": 1, "yearly": 0.0, "owner": "X",
                          "success_measure": ""}},
        "base_year": None, "criteria": [], "benefit_tree": None,
    }
