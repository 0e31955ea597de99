"""Register files: long and wide layouts, Danish and plain CSV, XLSX, name matching."""

from __future__ import annotations

import pytest

from jobcenter_bench.core.importing import read_file

from .importing_fixtures import write_csv, write_xlsx


def _values(parsed) -> dict[tuple[int, int, str], float]:
    return {(c, y, v): x for c, y, v, x in parsed.register_values}


LONG_DANISH = [
    "Kommunekode;Kommune;År;Sygedagpenge;Fuldtidspersoner på a-dagpenge;Andel ikke-vestlige (%);Bemærkning",
    "580;Aabenraa;2013;1.234,5;2.001;5,25;ok",
    "101;København;2013;10.123,0;15.000;14,5;",
    "751;Århus;2013;4.321;6.000;9,75;ny",
]


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig"])
def test_long_danish_csv(tmp_path, encoding):
    parsed = read_file(write_csv(tmp_path / "register.csv", LONG_DANISH, encoding))
    assert parsed.kind == "register" and parsed.errors == [], [p.text() for p in parsed.errors]
    values = _values(parsed)
    assert values[(580, 2013, "persons_sdp")] == 1234.5
    assert values[(580, 2013, "persons_adp")] == 2001
    assert values[(101, 2013, "persons_sdp")] == 10123
    assert values[(751, 2013, "andel_ikke_vestlige")] == 9.75
    assert len(values) == 9
    assert parsed.new_variables == {"andel_ikke_vestlige": "Andel ikke-vestlige (%)"}
    warnings = " ".join(w.message for w in parsed.warnings)
    assert "rammevilkår" in warnings and "andel_ikke_vestlige" in warnings
    assert "'Bemærkning'" in warnings  # a text column, skipped


def test_long_plain_csv_comma_and_point(tmp_path):
    lines = [
        "Kommune,Year,persons_kth,population_16_64,Share social housing",
        "Aabenraa Kommune,2012,812.5,37000,0.125",
        "KØBENHAVN,2012,9000.25,400000,0.25",
    ]
    parsed = read_file(write_csv(tmp_path / "plain.csv", lines))
    assert parsed.errors == []
    values = _values(parsed)
    assert values[(580, 2012, "persons_kth")] == 812.5
    assert values[(101, 2012, "population_16_64")] == 400000
    assert values[(101, 2012, "share_social_housing")] == 0.25


def test_decimal_separator_decided_once_per_file(tmp_path):
    """'1.234' alone is ambiguous; the other cells (decimal comma) make it Danish: 1234."""
    lines = ["Kommunekode;År;Sygedagpenge", "580;2013;1.234", "101;2013;12,5"]
    values = _values(read_file(write_csv(tmp_path / "r.csv", lines)))
    assert values[(580, 2013, "persons_sdp")] == 1234
    assert values[(101, 2013, "persons_sdp")] == 12.5


WIDE = [
    "Fuldtidspersoner på sygedagpenge",
    "Kilde: Jobindsats.dk",
    "",
    "Område;2012;2013",
    "Åbenrå Kommune;1.100;1.200,5",
    "101 København;9.000;9.100",
    "aarhus;4.000;",
    "Hele landet;80.000;81.000",
    "Region Syddanmark;20.000;21.000",
]


def test_wide_portal_csv(tmp_path):
    parsed = read_file(write_csv(tmp_path / "download.csv", WIDE, "cp1252"))
    assert parsed.errors == [], [p.text() for p in parsed.errors]
    values = _values(parsed)
    assert values == {
        (580, 2012, "persons_sdp"): 1100,
        (580, 2013, "persons_sdp"): 1200.5,
        (101, 2012, "persons_sdp"): 9000,
        (101, 2013, "persons_sdp"): 9100,
        (751, 2012, "persons_sdp"): 4000,
    }
    (warning,) = parsed.warnings
    assert "2 rækker med totaler" in warning.message


def test_wide_xlsx_variable_from_file_name_and_text_years(tmp_path):
    rows = [["Kommune", "2012", "2013"], ["Aabenraa", 500, 510], [580.0, None, None]]
    path = write_xlsx(tmp_path / "kontanthjælp_2012-2013.xlsx", rows[:2])
    parsed = read_file(path)
    assert parsed.errors == []
    assert _values(parsed) == {(580, 2012, "persons_kth"): 500, (580, 2013, "persons_kth"): 510}


def test_wide_without_variable_name_is_an_error_saying_how_to_fix(tmp_path):
    rows = [["Område", 2012, 2013], ["Aabenraa", 500, 510]]
    parsed = read_file(write_xlsx(tmp_path / "download (3).xlsx", rows))
    (err,) = parsed.errors
    assert "omdøb filen" in err.message and "første linje" in err.message
    assert parsed.register_values == []


def test_register_errors_name_row_and_column(tmp_path):
    lines = [
        "Kommunekode;Kommune;År;Sygedagpenge",
        "580;Aabenraa;2013;mange",  # not a number
        "999;Atlantis;2013;5",  # unknown code
        "101;Aarhus;2013;5",  # code and name disagree
        "751;Aarhus;2013;-5",  # negative persons
        "751;Aarhus;2013;7",  # duplicate (the negative row still counts as given)
        "147;Frederiksberg;13;7",  # not a year
    ]
    parsed = read_file(write_csv(tmp_path / "r.csv", lines))
    where = {(p.row, p.column): p.message for p in parsed.errors}
    assert "'mange' er ikke et tal" in where[(2, "Sygedagpenge")]
    assert "'999' er ikke en kendt kommune" in where[(3, "Kommunekode")]
    assert "passer ikke med kommunenavnet 'Aarhus'" in where[(4, "Kommune")]
    assert "negativ" in where[(5, "Sygedagpenge")]
    assert "står to gange for 2013 (også i række 5)" in where[(6, "Kommunekode")]
    assert "'13' er ikke et årstal" in where[(7, "År")]
    assert "kolonne 'Sygedagpenge'" in parsed.errors[0].text()


def test_register_xlsx_errors_use_letters(tmp_path):
    rows = [["Kommune", "År", "Sygedagpenge"], ["Aabenraa", 2013, "=B2*2"], ["Narnia", 2013, 4]]
    parsed = read_file(write_xlsx(tmp_path / "r.xlsx", rows))
    cells = {f"{p.column}{p.row}" for p in parsed.errors}
    assert cells == {"C2", "A3"}
    assert "formel" in next(p.message for p in parsed.errors if p.column == "C")


def test_unrecognised_layout(tmp_path):
    parsed = read_file(write_csv(tmp_path / "x.csv", ["a;b;c", "1;2;3"]))
    (err,) = parsed.errors
    assert "opbygning kendes ikke" in err.message


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Aabenraa", 580), ("ÅBENRÅ", 580), ("Aabenrå Kommune", 580), ("580", 580), ("0580", 580),
        ("101 København", 101), ("Kobenhavn", 101), ("Høje-Taastrup Kommune", 169),
        ("Hoeje Taastrup", 169), ("Bornholms Regionskommune", 400), ("Lyngby-Taarbæk", 173),
    ],
)
def test_municipality_name_variants(tmp_path, name, code):
    lines = ["Kommune;År;Sygedagpenge", f"{name};2013;5"]
    parsed = read_file(write_csv(tmp_path / "r.csv", lines))
    assert parsed.errors == [], [p.text() for p in parsed.errors]
    assert parsed.register_values == [(code, 2013, "persons_sdp", 5.0)]


def test_table_on_a_later_sheet_is_found(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "Forside"
    wb.active["A1"] = "Udtræk fra Jobindsats"
    ws = wb.create_sheet("Data")
    for row in (["Kommune", "År", "Kontanthjælp"], ["Aabenraa", 2013, 800]):
        ws.append(row)
    wb.save(tmp_path / "r.xlsx")
    parsed = read_file(tmp_path / "r.xlsx")
    assert parsed.errors == [] and parsed.register_values == [(580, 2013, "persons_kth", 800.0)]


def test_header_only_file_is_an_error(tmp_path):
    parsed = read_file(write_csv(tmp_path / "r.csv", ["Kommune;År;Sygedagpenge", ";;"]))
    (err,) = parsed.errors
    assert "ingen værdier" in err.message


def test_duplicate_municipality_in_wide_file(tmp_path):
    lines = ["Sygedagpenge", "Område;2013", "Aabenraa;5", "Åbenrå Kommune;6"]
    parsed = read_file(write_csv(tmp_path / "w.csv", lines))
    (err,) = parsed.errors
    assert err.row == 4 and "Aabenraa (580) står to gange (også i række 3)" in err.message


def test_tab_separated(tmp_path):
    lines = ["Kommune\tÅr\tSygedagpenge", "Aabenraa\t2013\t5,5"]
    parsed = read_file(write_csv(tmp_path / "t.txt", lines))
    assert parsed.register_values == [(580, 2013, "persons_sdp", 5.5)]


def test_percentage_over_100_is_an_error(tmp_path):
    lines = ["Kommune;År;Forudsagt forsørgelsesgrad", "Aabenraa;2013;9,5", "Esbjerg;2013;109,5"]
    parsed = read_file(write_csv(tmp_path / "r.csv", lines))
    (err,) = parsed.errors
    assert err.row == 3 and "over 100 %" in err.message
    assert parsed.register_values == [(580, 2013, "predicted_rate", 9.5)]


def test_row_with_unknown_municipality_still_reports_its_bad_numbers(tmp_path):
    """Every problem of a row is listed, not only the first: the user fixes the file in one go."""
    lines = ["Kommunekode;Kommune;År;A-dagpenge", "999;Narnia;2013;ca. 12"]
    parsed = read_file(write_csv(tmp_path / "r.csv", lines))
    where = {(p.row, p.column): p.message for p in parsed.errors}
    assert "'999' er ikke en kendt kommune" in where[(2, "Kommunekode")]
    assert "'ca. 12' er ikke et tal" in where[(2, "A-dagpenge")]
    assert parsed.register_values == []
