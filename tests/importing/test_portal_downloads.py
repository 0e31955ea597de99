"""Portal downloads (udtræk) of Jobindsats and Statistikbanken import without editing.

Each file follows a layout of ``docs/data-sources.md`` (named in its builder) plus what a hand
download adds: title lines before the header, Danish number format, period codes with K for
quarters, "101 København" labels, ".." for a suppressed cell, totals and a source line.
"""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from jobcenter_bench.core.importing import import_files, read_file

MONTHS = [f"2023M{m:02d}" for m in range(1, 13)]


def _csv(path, lines, encoding="utf-8-sig"):
    path.write_text("\n".join(lines) + "\n", encoding=encoding)
    return path


def a02_download(tmp_path, name="udtraek.csv", title="Y07A02: Antal personer og fuldtidspersoner (sygedagpenge)"):
    """Layout "Jobindsats Y07A02 — Periode, Område, Køn, Alder, Herkomst, Antal personer, Antal
    fuldtidspersoner, ...", as the portal's CSV: two title lines, cp1252 and Danish numbers.
    København has 1.000,5 + m full-time persons in month m (mean 1.000,5 + 6,5 = 1.007);
    Aarhus has December suppressed; whole-country rows and a source line."""
    lines = [title, "Periode: 2023M01-2023M12", "",
             "Periode;Område;Køn;Alder;Herkomst;Antal personer;Antal fuldtidspersoner"]
    for m, code in enumerate(MONTHS, start=1):
        persons = f"{1000.5 + m:.1f}".replace(".", ",")  # Danish decimal comma
        lines.append(f"{code};101 København;Køn i alt;Alder i alt;Herkomst i alt;2.000;{persons}")
        lines.append(f"{code};101 København;Mænd;Alder i alt;Herkomst i alt;1.000;1,0")
        lines.append(f"{code};751 Aarhus;Køn i alt;Alder i alt;Herkomst i alt;900;"
                     + (".." if m == 12 else "400"))
        lines.append(f"{code};Hele landet;Køn i alt;Alder i alt;Herkomst i alt;90.000;50.000")
    lines.append("Kilde: Jobindsats.dk")
    return _csv(tmp_path / name, lines, encoding="cp1252")


def test_jobindsats_a02_csv_download(tmp_path):
    parsed = read_file(a02_download(tmp_path))
    assert parsed.ok, [p.text() for p in parsed.errors]
    values = {(c, y, v): x for c, y, v, x in parsed.register_values}
    # mean over m = 1..12 of 1000.5 + m = 1000.5 + 6.5
    assert values[(101, 2023, "persons_sdp")] == pytest.approx(1007.0)
    assert (751, 2023, "persons_sdp") not in values  # December suppressed: no annual value
    warnings = " ".join(w.message for w in parsed.warnings)
    assert "Aarhus 2023" in warnings and "kun 11 af 12 måneder" in warnings
    assert "'Hele landet'" in warnings


def test_a02_benefit_from_the_file_name(tmp_path):
    parsed = read_file(a02_download(tmp_path, name="fuldtidspersoner_sygedagpenge.csv",
                                    title="Antal personer og fuldtidspersoner"))
    assert parsed.ok and {v for _, _, v, _ in parsed.register_values} == {"persons_sdp"}


def test_a02_without_a_benefit_says_how_to_name_it(tmp_path):
    parsed = read_file(a02_download(tmp_path, name="udtraek.csv", title="Antal personer og fuldtidspersoner"))
    assert not parsed.ok
    assert "filnavnet" in parsed.errors[0].message


def y30r21_download(tmp_path):
    """Layout "Jobindsats Y30R21 — Area, Periode, Ydelsesgrupper, Forventet og faktisk …",
    as the portal's Excel download: a title row, quarters written 2023K1..K4, numbers as
    numbers. København "i alt": expected share 10 + q (mean 12.5), actual 9 + q (11.5)."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Y30R21: Forventet og faktisk antal/andel fuldtidspersoner på offentlig forsørgelse"])
    ws.append([])
    ws.append(["Area", "Periode", "Ydelsesgrupper",
               "Forventet og faktisk antal fuldtidspersoner på offentlig forsørgelse: Forventet antal",
               "Forventet og faktisk antal fuldtidspersoner på offentlig forsørgelse: Faktisk antal",
               "Forventet og faktisk andel fuldtidspersoner på offentlig forsørgelse: Forventet andel (pct.)",
               "Forventet og faktisk andel fuldtidspersoner på offentlig forsørgelse: Faktisk andel (pct.)",
               "Placering på benchmarkranglisten"])
    for q in range(1, 5):
        for area in ("København", "Hele landet"):
            ws.append([area, f"2023K{q}", "Ydelsesgrupper i alt", 1000 + q, 900 + q, 10 + q, 9 + q, 3])
            ws.append([area, f"2023K{q}", "A-dagpenge mv.", 300, 280, 3.0, 2.8, 3])
    path = tmp_path / "Y30R21.xlsx"
    wb.save(path)
    return path


def test_jobindsats_y30r21_xlsx_download(tmp_path):
    parsed = read_file(y30r21_download(tmp_path))
    assert parsed.ok, [p.text() for p in parsed.errors]
    values = {(c, v): x for c, _, v, x in parsed.register_values}
    assert values[(101, "y30r21_expected_share_total")] == pytest.approx(12.5)
    assert values[(101, "y30r21_actual_share_total")] == pytest.approx(11.5)
    assert values[(101, "y30r21_expected_persons_total")] == pytest.approx(1002.5)  # 1000 + 2.5
    assert values[(101, "y30r21_actual_share_adp")] == pytest.approx(2.8)
    assert {c for c, _ in values} == {101}


def folk1a_download(tmp_path, ages=range(16, 67), suppress=None):
    """Layout "Statistikbanken — CSV, semicolon-separated, UTF-8 with a BOM, first line the
    variable names (OMRÅDE;KØN;ALDER;TID;INDHOLD)" of FOLK1A with code-and-text labels, preceded
    by a title line as the portal writes it. 10 persons per age and quarter in København,
    Aabenraa 20 per age with 2023K1 of age 30 suppressed."""
    lines = ["Befolkningen den 1. i kvartalet efter område, køn, alder og tid", "",
             "OMRÅDE;KØN;ALDER;TID;INDHOLD"]
    for code, name, n in ((0, "Hele landet", 9999), (101, "København", 10), (580, "Aabenraa", 20)):
        for age in ages:
            for q in range(1, 5):
                value = ".." if (code == 580 and age == 30 and q == 1) else n
                lines.append(f"{code:03d} {name};TOT I alt;{age} år;2023K{q};{value}")
    return _csv(tmp_path / "FOLK1A.csv", lines)


def test_statistikbanken_folk1a_download(tmp_path):
    parsed = read_file(folk1a_download(tmp_path))
    assert parsed.ok, [p.text() for p in parsed.errors]
    values = {(c, v): x for c, _, v, x in parsed.register_values}
    assert values[(101, "population_16_64")] == 49 * 10  # ages 16..64, the same each quarter
    assert values[(101, "population_16_66")] == 51 * 10
    assert (580, "population_16_64") not in values  # 2023K1 has a suppressed age
    assert "2023Q1" in " ".join(w.message for w in parsed.warnings)


def test_folk1a_download_without_an_age_is_refused_with_the_age(tmp_path):
    parsed = read_file(folk1a_download(tmp_path, ages=[a for a in range(16, 67) if a != 40]))
    assert not parsed.ok
    assert "alderen 40 år mangler" in parsed.errors[0].message
    assert parsed.errors[0].row == 3  # the header row under the title lines


def test_wide_download_with_quarter_columns(tmp_path):
    """Generic wide layout with period codes in the header (a Statistikbanken table saved
    with the periods across): "101 København", "000 Hele landet", ".."."""
    path = _csv(tmp_path / "befolkning.csv", [
        "Befolkning 16-64 år efter område og tid",
        ";2023K1;2023K2;2023K3;2023K4",
        "000 Hele landet;3.700.000;3.700.100;3.700.200;3.700.300",
        "084 Region Hovedstaden;1.200.000;1.200.000;1.200.000;1.200.000",
        "101 København;450.000;450.100;450.200;450.300",
        "147 Frederiksberg;70.000;..;70.000;70.000",
    ])
    parsed = read_file(path)
    assert parsed.ok, [p.text() for p in parsed.errors]
    values = {c: x for c, _, _, x in parsed.register_values}
    assert values == {101: pytest.approx(450_150.0)}  # (450000+450100+450200+450300)/4


def test_long_layout_with_monthly_periods(tmp_path, store):
    lines = ["Kommune;Periode;Fuldtidspersoner på a-dagpenge"]
    lines += [f"Aabenraa;{code};{100 + 2 * m}" for m, code in enumerate(MONTHS, start=1)]
    path = _csv(tmp_path / "adp.csv", lines)
    result = import_files(store, [path])
    assert result.rows == 1
    # 100 + 2 * mean(1..12) = 100 + 13
    assert store.register_wide(2023)[580]["persons_adp"] == pytest.approx(113.0)


def test_long_layout_bad_period_names_the_row(tmp_path):
    lines = ["Kommune;Periode;Fuldtidspersoner på a-dagpenge", "Aabenraa;2023K1;5",
             "Aabenraa;2023K5;5"]
    parsed = read_file(_csv(tmp_path / "adp.csv", lines))
    assert not parsed.ok
    err = parsed.errors[0]
    assert err.row == 3 and "'2023K5' er ikke en periodekode" in err.message


def test_unknown_area_in_a_download_names_the_row(tmp_path):
    path = folk1a_download(tmp_path)
    text = path.read_text(encoding="utf-8-sig").replace("580 Aabenraa", "999 Nyby")
    path.write_text(text, encoding="utf-8-sig")
    parsed = read_file(path)
    assert not parsed.ok
    assert "'999 Nyby' er ikke en kommune" in parsed.errors[0].message
    assert parsed.errors[0].row is not None and parsed.errors[0].row > 3


def test_plain_year_files_still_import_as_before(tmp_path):
    lines = ["Kommune;År;Fuldtidspersoner på a-dagpenge", "Aabenraa;2013;120,5", "Hele landet;2013;9"]
    parsed = read_file(_csv(tmp_path / "adp.csv", lines))
    assert parsed.ok and parsed.register_values == [(580, 2013, "persons_adp", 120.5)]


def test_the_same_period_twice_is_an_error_naming_both_rows(tmp_path):
    lines = ["Kommune;Periode;Fuldtidspersoner på a-dagpenge", "Aabenraa;2023K1;5",
             "Aabenraa;2023Q1;6"]  # K1 and Q1 are the same quarter
    parsed = read_file(_csv(tmp_path / "adp.csv", lines))
    assert not parsed.ok
    err = parsed.errors[0]
    assert err.row == 3 and "to tal for 2023Q1" in err.message and "række 2" in err.message


@pytest.mark.parametrize(("label", "total"), [
    ("000 Hele landet", True), ("084 Region Hovedstaden", True), ("084", True),
    ("RAR Sjælland", True), ("Landsdel Fyn", True), ("Hele landet", True),
    ("101 København", False), ("København", False), ("84", False),
])
def test_totals_with_and_without_codes(label, total):
    from jobcenter_bench.core.importing.register import is_aggregate

    assert is_aggregate(label) is total


def test_a_row_with_numbers_but_no_municipality_is_an_error(tmp_path):
    lines = ["Kommune;Periode;Fuldtidspersoner på a-dagpenge", "Aabenraa;2023K1;5", ";2023K2;6"]
    parsed = read_file(_csv(tmp_path / "adp.csv", lines))
    assert [(e.row, "Kommune mangler" in e.message) for e in parsed.errors] == [(3, True)]
