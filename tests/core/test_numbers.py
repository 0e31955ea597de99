"""core/numbers.py: a table of cases for Danish and plain number formatting and parsing.

Every expected text is written by hand from the rule in the module docstring: Danish style puts a
dot between thousands and a comma before decimals (1.234,5), English the other way (1,234.5);
no number is ever shown as "-0"; a file's decimal separator is decided from all its cells at
once, and a file whose numbers are all ambiguous ("1.234") is read the Danish way.
"""

from __future__ import annotations

import math

import pytest

from jobcenter_bench.core.numbers import (
    NumberFormatError,
    format_dkk_millions,
    format_number,
    format_percent,
    guess_decimal_separator,
    parse_number,
)

FORMAT_CASES = [
    # value, decimals, lang, expected
    (1234.5, 1, "da", "1.234,5"),
    (1234.5, 1, "en", "1,234.5"),
    (1234, 0, "da", "1.234"),
    (-1234, 0, "da", "-1.234"),
    (-1234.56, 2, "da", "-1.234,56"),
    (-1234.56, 2, "en", "-1,234.56"),
    (999, 0, "da", "999"),
    (1000, 0, "da", "1.000"),
    (0, 0, "da", "0"),
    (0.5, 0, "da", "0"),  # round half to even: 0.5 -> 0
    (1.5, 0, "da", "2"),
    (2.25, 1, "da", "2,2"),  # 2.25 is 2.2499999... in binary
    (56_300_000, 0, "da", "56.300.000"),
    (1e12, 0, "da", "1.000.000.000.000"),
    (1e12, 0, "en", "1,000,000,000,000"),
    (1234567.891, 2, "en", "1,234,567.89"),
    (1234567.891, 2, "da", "1.234.567,89"),
    (0.0004, 3, "da", "0,000"),
    (0.0015, 3, "da", "0,002"),  # 0.0015 is 0.00150000000000000003 in binary
    (1e-9, 2, "da", "0,00"),
    (12.3456, 4, "da", "12,3456"),
    # no "-0": a negative number that rounds to zero is shown without its sign
    (-0.04, 1, "da", "0,0"),
    (-0.04, 1, "en", "0.0"),
    (-0.4, 0, "da", "0"),
    (-1e-9, 2, "da", "0,00"),
    (-0.0, 0, "da", "0"),
    (-0.06, 1, "da", "-0,1"),  # rounds away from zero: the sign stays
    (-1000.04, 1, "da", "-1.000,0"),  # not zero: the sign stays although the decimals are 0
]


@pytest.mark.parametrize(("value", "decimals", "lang", "expected"), FORMAT_CASES)
def test_format_number_table(value, decimals, lang, expected):
    assert format_number(value, decimals, lang=lang) == expected


def test_format_number_default_is_danish_without_decimals():
    assert format_number(1234.6) == "1.235"


@pytest.mark.parametrize("value", [None, math.nan, math.inf, -math.inf])
def test_missing_values_show_the_missing_mark(value):
    assert format_number(value, 1) == "–"
    assert format_number(value, 1, missing="n/a") == "n/a"


@pytest.mark.parametrize(("value", "decimals", "lang", "expected"), [
    (56_300_000, 0, "da", "56"),  # 56.3 m -> 56
    (56_300_000, 1, "da", "56,3"),
    (56_300_000, 1, "en", "56.3"),
    (1_234_567_890, 0, "da", "1.235"),  # 1,234.56789 m -> 1.235
    (-40_000, 0, "da", "0"),  # -0.04 m: no "-0"
    (-2_500_000, 1, "da", "-2,5"),
    (None, 0, "da", "–"),
])
def test_format_dkk_millions(value, decimals, lang, expected):
    assert format_dkk_millions(value, decimals, lang=lang) == expected


def test_format_dkk_millions_default_decimals_and_language():
    assert format_dkk_millions(7_600_000) == "8"
    assert format_dkk_millions(1_234_500_000) == "1.234"  # Danish thousands dot by default
    assert format_dkk_millions(1_000_000, 6) == "1,000000"  # exactly one million, not 0,999999


@pytest.mark.parametrize(("value", "decimals", "lang", "expected"), [
    (12.34, 1, "da", "12,3 %"),
    (12.34, 1, "en", "12.3 %"),
    (12.34, 2, "da", "12,34 %"),
    (-3.25, 0, "da", "-3 %"),
    (-0.04, 1, "da", "0,0 %"),
    (1234.5, 1, "da", "1.234,5 %"),
    (None, 1, "da", "–"),
])
def test_format_percent(value, decimals, lang, expected):
    assert format_percent(value, decimals, lang=lang) == expected


def test_format_percent_default_is_one_decimal_danish():
    assert format_percent(7.25) == "7,2 %"  # 7.25 -> 7.2 (half to even)


PARSE_CASES = [
    # text, decimal separator, expected
    ("1.234,5", ",", 1234.5),
    ("1234,5", ",", 1234.5),
    ("1.234", ",", 1234.0),  # Danish: the dot is the thousands separator
    ("1.234", ".", 1.234),  # point style: the same text is a decimal number
    ("1.234.567,89", ",", 1234567.89),
    ("1,234,567.89", ".", 1234567.89),
    ("1,234", ".", 1234.0),
    ("1,234", ",", 1.234),
    ("12", ",", 12.0),
    ("0,001", ",", 0.001),
    ("-12,5", ",", -12.5),
    ("\u221212,5", ",", -12.5),  # unicode minus
    ("\u22121,234.5", ".", -1234.5),
    ("+3", ",", 3.0),
    ("12,5 %", ",", 12.5),
    ("12,5%", ",", 12.5),
    ("12.5%", ".", 12.5),
    ("1\u00a0234,5", ",", 1234.5),  # non-breaking space as thousands separator
    (" 1 234 ", ",", 1234.0),
    ("1 234.5", ".", 1234.5),
    ("123456789012", ",", 123456789012.0),
    ("0,0000001", ",", 1e-7),
]


@pytest.mark.parametrize(("text", "decimal", "expected"), PARSE_CASES)
def test_parse_number_table(text, decimal, expected):
    assert parse_number(text, decimal=decimal) == pytest.approx(expected, rel=1e-15, abs=0)


def test_parse_number_default_is_danish_and_accepts_non_text():
    assert parse_number("2,5") == 2.5
    assert parse_number(12) == 12.0
    assert parse_number("-0") == 0.0


@pytest.mark.parametrize(("text", "decimal"), [
    ("1.23,4", ","),  # a thousands group must have three digits
    ("12.34,5", ","),
    ("1,2,3", ","),
    ("1,234.5", ","),  # point style read as Danish
    ("1.234,5", "."),  # Danish read as point style
    ("12,5", "."),
    ("1.2.3", "."),
    ("abc", ","),
    ("", ","),
    ("%", ","),
    ("12,5 kr.", ","),
    ("--1", ","),
    ("1e5", ","),
])
def test_parse_number_rejects_other_text(text, decimal):
    with pytest.raises(NumberFormatError, match="is not a number"):
        parse_number(text, decimal=decimal)


GUESS_CASES = [
    # cells of one file, decided separator, why
    (["1.234", "2.345", "12"], ",", "all ambiguous: Danish wins (not 1.234 for 1234)"),
    (["1,234", "5,678"], ",", "all ambiguous the other way round: Danish wins"),
    ([], ",", "no cells"),
    (["", "  ", "\u00a0"], ",", "blank cells only"),
    (["12", "7"], ",", "integers say nothing"),
    (["12,5"], ",", "decimal comma"),
    (["+1,5"], ",", "signed decimal comma"),
    (["1234,567"], ",", "four digits before the comma: not a thousands group"),
    (["1.234,5"], ",", "dot thousands and a decimal comma"),
    (["1.234.567"], ",", "two dot groups: thousands"),
    (["1\u00a0234,5"], ",", "non-breaking space thousands"),
    (["12.5"], ".", "decimal point"),
    (["-12.5"], ".", "signed decimal point"),
    (["1234.567"], ".", "four digits before the point: not a thousands group"),
    (["1,234.5"], ".", "comma thousands and a decimal point"),
    (["1,234,567"], ".", "two comma groups: thousands"),
    (["1 234.5"], ".", "space thousands and a decimal point"),
    (["", "12.5"], ".", "blank cells are skipped"),
    (["1.234", "2.345", "12.5"], ".", "one unambiguous point decides the ambiguous ones"),
    (["1.234", "2.345", "12,5"], ",", "one unambiguous comma decides the ambiguous ones"),
    (["12.5", "13.5", "1,5"], ".", "majority: two point cells against one comma cell"),
    (["12.5", "1,5", "2,5"], ",", "majority: two comma cells against one point cell"),
    (["12.5", "1,5"], ",", "a tie is Danish"),
    (["1\u00a0234.5"], ".", "non-breaking space thousands and a decimal point"),
    (["1,234", "12.5"], ".", "'1,234' is ambiguous and does not vote"),
    (["1.234,5", "12.5"], ",", "dot-thousands-comma cell votes Danish: a tie"),
    (["1.234.567", "12.5"], ",", "two dot groups vote Danish: a tie"),
]

#: Each kind of unambiguous cell counts exactly one vote: two of a kind beat one of the other
#: style, one of a kind against one of the other is a tie (Danish).
DA_CELLS = ["12,5", "1.234,5", "1.234.567"]
EN_CELLS = ["12.5", "1,234.5", "1,234,567"]


@pytest.mark.parametrize("cell", DA_CELLS)
def test_each_danish_cell_is_one_vote(cell):
    assert guess_decimal_separator([cell, "12.5", "13.5"]) == "."  # 1 against 2
    assert guess_decimal_separator([cell, cell, "12.5", "13.5"]) == ","  # 2 against 2: a tie


@pytest.mark.parametrize("cell", EN_CELLS)
def test_each_point_cell_is_one_vote(cell):
    assert guess_decimal_separator([cell, "1,5"]) == ","  # 1 against 1: a tie
    assert guess_decimal_separator([cell, cell, "1,5"]) == "."  # 2 against 1


@pytest.mark.parametrize(("samples", "expected", "why"), GUESS_CASES, ids=[c[2] for c in GUESS_CASES])
def test_guess_decimal_separator_table(samples, expected, why):
    assert guess_decimal_separator(samples) == expected


def test_ambiguous_file_parses_thousands_not_decimals():
    """The issue's silent factor of 1000: all cells '1.234' must import as 1234."""
    cells = ["1.234", "12.000", "999"]
    sep = guess_decimal_separator(cells)
    assert [parse_number(c, decimal=sep) for c in cells] == [1234.0, 12000.0, 999.0]
