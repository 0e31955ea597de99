"""Reading one cell (importing/cells.py): a table of cell values and what they become, and the
exact sentence (Danish and English) a wrong cell gives."""

from __future__ import annotations

import pytest

from jobcenter_bench.core.importing import cells as c
from jobcenter_bench.core.validation import Severity


@pytest.mark.parametrize(("index", "letter"), [(0, "A"), (1, "B"), (25, "Z"), (26, "AA"), (27, "AB"),
                                               (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA")])
def test_column_letter(index, letter):
    assert c.column_letter(index) == letter


@pytest.mark.parametrize(("text", "folded"), [
    ("Årsværk på A-dagpenge", "aarsvaerk paa a dagpenge"),
    ("  ØKONOMI ", "oekonomi"),
    ("Café", "cafe"),
    ("Andel (%)", "andel %"),
    ("a__b--c", "a b c"),
    (2013, "2013"),
])
def test_fold(text, folded):
    assert c.fold(text) == folded


@pytest.mark.parametrize(("text", "variants"), [
    ("Sagsbehandlere (årsværk)", ["sagsbehandlere aarsvaerk", "sagsbehandlere"]),
    ("Lønudgifter [kr.]", ["loenudgifter kr", "loenudgifter"]),
    ("Lønudgifter, kr.", ["loenudgifter kr", "loenudgifter"]),
    ("Tid, min (i alt)", ["tid min i alt", "tid min", "tid"]),
    ("Tid", ["tid"]),
    ("Tid, min, i alt", ["tid min i alt", "tid min"]),  # only the last comma's unit is cut
    ("(kr.)", ["kr"]),  # nothing left without the unit: only the whole text
])
def test_header_variants(text, variants):
    assert c.header_variants(text) == variants


@pytest.mark.parametrize(("value", "expected"), [
    ("=A1+B1", True), ("=1", True), ("=", False), ("12", False), (12, False), (None, False),
])
def test_is_formula(value, expected):
    assert c.is_formula(value) is expected


def test_is_formula_knows_openpyxl_formula_objects():
    from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

    assert c.is_formula(ArrayFormula("A1:A2", "=SUM(B1:B2)")) is True
    assert c.is_formula(DataTableFormula(ref="A1:B2")) is True


@pytest.mark.parametrize(("value", "expected"), [(None, True), ("", True), ("  ", True), (0, False), ("0", False)])
def test_is_blank(value, expected):
    assert c.is_blank(value) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("12", True), (" 1.234,5 ", True), ("-3", True), ("\u22123", True), ("12 %", True), ("+1 234", True),
    ("12a", False), ("", False), ("%", False), ("1,2,3 kr", False), ("--1", False),
])
def test_looks_numeric(text, expected):
    assert c.looks_numeric(text) is expected


@pytest.mark.parametrize(("value", "shown"), [
    (12.0, "12"), (12.5, "12.5"), ("x" * 60, "x" * 60), ("x" * 61, "x" * 57 + "..."), (None, "None"),
])
def test_show(value, shown):
    assert c.show(value) == shown


@pytest.mark.parametrize(("value", "decimal", "expected"), [
    (12, ",", 12.0), (12.5, ",", 12.5), ("12,5", ",", 12.5), ("12.5", ".", 12.5),
    ("1.234", ",", 1234.0), ("1.234", ".", 1.234), (" 7 ", ",", 7.0),
])
def test_to_number(value, decimal, expected):
    got = c.to_number(value, decimal)
    assert got == expected and type(got) is float


def test_to_number_default_is_danish():
    assert c.to_number("1.234,5") == 1234.5


NOT_A_NUMBER = [True, float("nan"), float("inf"), float("-inf"), "abc", None, "12,5 kr."]


@pytest.mark.parametrize("value", NOT_A_NUMBER)
def test_to_number_refuses(value):
    with pytest.raises(c.CellError) as info:
        c.to_number(value)
    e = info.value
    assert e.da == f"'{c.show(value)}' er ikke et tal. Skriv et tal, fx 12 eller 12,5."
    assert e.en == f"'{c.show(value)}' is not a number. Write a number, e.g. 12 or 12.5."
    assert e.expected == "et tal"
    assert str(e) == e.en


def test_to_number_formula():
    with pytest.raises(c.CellError) as info:
        c.to_number("=SUM(A1:A3)")
    assert info.value.da == ("Cellen indeholder en formel (=SUM(A1:A3)). Formler beregnes ikke ved import: "
                             "skriv selve tallet i cellen (kopiér og indsæt som værdi).")
    assert info.value.en == ("The cell holds a formula (=SUM(A1:A3)). Formulas are never evaluated on import: "
                             "type the number itself (copy and paste as value).")
    assert info.value.expected == "et tal, ikke en formel"


@pytest.mark.parametrize(("value", "expected"), [
    (True, 1), (False, 0), (1, 1), (0, 0), (1.0, 1), ("Ja", 1), (" JA ", 1), ("j", 1), ("yes", 1), ("y", 1),
    ("1", 1), ("x", 1), ("X", 1), ("sand", 1), ("true", 1), ("sandt", 1),
    ("Nej", 0), ("n", 0), ("no", 0), ("0", 0), ("falsk", 0), ("false", 0),
])
def test_to_yesno(value, expected):
    got = c.to_yesno(value)
    assert got == expected and type(got) is int


@pytest.mark.parametrize("value", [2, 0.5, "måske", None, ""])
def test_to_yesno_refuses(value):
    with pytest.raises(c.CellError) as info:
        c.to_yesno(value)
    assert info.value.da == f"'{c.show(value)}' er ikke ja eller nej. Skriv ja eller nej."
    assert info.value.en == f"'{c.show(value)}' is not yes or no. Write yes or no (ja/nej)."
    assert info.value.expected == "ja eller nej"


def test_to_yesno_formula():
    with pytest.raises(c.CellError) as info:
        c.to_yesno("=B2")
    assert (info.value.da, info.value.en, info.value.expected) == (
        "Cellen indeholder en formel (=B2). Skriv ja eller nej.",
        "The cell holds a formula (=B2). Write yes or no.", "ja eller nej")


@pytest.mark.parametrize(("value", "year"), [
    (2013, 2013), (2013.0, 2013), ("2013", 2013), (" 2013.0 ", 2013), (1990, 1990), (2100, 2100), ("1990", 1990),
    ("2100", 2100),
])
def test_to_year_and_is_year(value, year):
    got = c.to_year(value)
    assert got == year and type(got) is int
    assert c.is_year(value) is True


@pytest.mark.parametrize("value", [1989, 2101, 2013.5, "13", "2013,0", "år 2013", True, None, "1989", "2101"])
def test_to_year_and_is_year_refuse(value):
    assert c.is_year(value) is False
    with pytest.raises(c.CellError) as info:
        c.to_year(value)
    assert info.value.da == f"'{c.show(value)}' er ikke et årstal. Skriv året med fire cifre, fx 2013."
    assert info.value.en == f"'{c.show(value)}' is not a year. Write the year with four digits, e.g. 2013."
    assert info.value.expected == "et årstal, fx 2013"


def test_to_year_formula():
    with pytest.raises(c.CellError) as info:
        c.to_year("=YEAR(A1)")
    assert (info.value.da, info.value.en, info.value.expected) == (
        "Cellen indeholder en formel (=YEAR(A1)). Skriv selve årstallet, fx 2013.",
        "The cell holds a formula (=YEAR(A1)). Write the year itself, e.g. 2013.", "et årstal, ikke en formel")
    assert c.is_year("=YEAR(A1)") is False


def test_place_problem_fields():
    place = c.Place("a.xlsx", "Ark1", 7, "C")
    p = place.problem("fejl", "error", value=12.0, expected="et tal")
    assert (p.file, p.sheet, p.row, p.column, p.message, p.message_en, p.value, p.expected, p.severity) == (
        "a.xlsx", "Ark1", 7, "C", "fejl", "error", "12", "et tal", Severity.ERROR)
    w = c.Place("b.csv", None).problem("advarsel", "warning", warning=True)
    assert (w.sheet, w.row, w.column, w.value, w.expected, w.severity) == (None, None, None, None, None,
                                                                          Severity.WARNING)


def test_place_cell_problem_prefixes_both_languages():
    err = c.CellError("dansk", "english", "et tal")
    p = c.Place("a.xlsx", "Ark1", 3, "B").cell_problem(err, "x", "Række 3: ", "Row 3: ")
    assert (p.message, p.message_en, p.value, p.expected) == ("Række 3: dansk", "Row 3: english", "x", "et tal")
    q = c.Place("a.xlsx", "Ark1").cell_problem(err, "x")
    assert (q.message, q.message_en) == ("dansk", "english")
