"""The consultants' consolidated sheet: one row per job centre and year."""

from __future__ import annotations

from jobcenter_bench.core.importing import read_file

from .importing_fixtures import write_csv, write_xlsx

HEADER = [
    "Jobcenter",
    "År",
    "fte_caseworkers",  # by key
    "Virksomhedskonsulenter (årsværk)",  # Danish label with unit in parentheses
    "MANAGEMENT",  # English label, other case
    "Sygefravær, dage pr. medarbejder pr. år",  # label, unit after a comma
    "Forberedelse pr. samtale, a-dagpenge",  # a label that itself has a comma
    "Central indkaldelsesfunktion",
    "Digital check-in",
    "Lægeerklæringer i alt",
    "Region",
    "Farvekode",
]


def test_consolidated_xlsx_with_title_rows(tmp_path):
    rows = [
        ["Besvarelser 2013 (konsulentens samleark)"],
        [],
        HEADER,
        ["Aabenraa", 2013, 60, 15, 5, "12,5", 20, "x", None, 900, "Syddanmark", "rød"],
        ["Århus", "2013", 210.5, 40, 14, 9, 25, "Ja", "nej", None, "Midtjylland", None],
        ["Esbjerg-Fanø", 2012, None, None, None, None, None, "sand", "falsk", None, None, None],
        ["I alt", 2013, 270.5, 55, 19, None, None, None, None, None, None, None],
    ]
    parsed = read_file(write_xlsx(tmp_path / "samleark.xlsx", rows, sheet="Besvarelser"))
    assert parsed.kind == "survey_consolidated"
    assert parsed.errors == [], [p.text() for p in parsed.errors]
    a, b, c = parsed.survey_answers
    assert (a["jobcenter"], a["year"]) == ("Aabenraa", 2013)
    assert a["fte_caseworkers"] == 60 and a["fte_company_consultants"] == 15
    assert a["fte_management"] == 5 and a["sickness_days"] == 12.5
    assert a["interview_adp_prep_min"] == 20 and a["medical_certificates"] == 900
    assert (a["central_summons"], a["digital_checkin"]) == (1, None)
    assert (b["jobcenter"], b["year"], b["fte_caseworkers"]) == ("Aarhus", 2013, 210.5)
    assert (b["central_summons"], b["digital_checkin"]) == (1, 0)
    assert (c["jobcenter"], c["year"], c["central_summons"], c["digital_checkin"]) == ("Esbjerg", 2012, 1, 0)
    warnings = " ".join(w.message for w in parsed.warnings)
    assert "'Farvekode' (L)" in warnings  # unknown column named with its letter
    assert "Region" not in warnings
    assert "række 7" in warnings  # the total row was skipped


def test_first_sheet_used_and_errors_name_cells(tmp_path):
    rows = [
        ["Jobcenter", "Aar", "Sagsbehandlere", "Samtaler med a-dagpengemodtagere"],
        ["Aabenraa", 2013, "ca. 60", 100],
        ["Atlantis", 2013, 10, 100],
        ["Aabenraa", 2013, 61, 100],
        ["Esbjerg", 2013, -1, 10.5],
        [None, 2013, 5, None],
    ]
    parsed = read_file(write_xlsx(tmp_path / "s.xlsx", rows))
    where = {f"{p.column}{p.row}": p.message for p in parsed.errors}
    assert "'ca. 60' er ikke et tal" in where["C2"]
    assert "'Atlantis' er ikke et kendt jobcenter" in where["A3"]
    assert "står to gange for 2013 (også i række 2)" in where["A4"]
    assert "negativ" in where["C5"]
    assert "ikke et helt tal" in where["D5"]
    assert "Jobcenter mangler" in where["A6"]
    assert all(p.sheet == "Ark1" for p in parsed.errors)


def test_missing_year_column_is_an_error(tmp_path):
    parsed = read_file(write_xlsx(tmp_path / "s.xlsx", [["Jobcenter", "Sagsbehandlere"], ["Aabenraa", 3]]))
    (err,) = parsed.errors
    assert "Kolonnen 'År' mangler" in err.message and err.row == 1


def test_consolidated_csv_danish(tmp_path):
    lines = ["Jobcenter;År;Sagsbehandlere;Lønudgifter inkl. pension", "Aabenraa;2013;60,5;52.000.000"]
    parsed = read_file(write_csv(tmp_path / "s.csv", lines, "cp1252"))
    assert parsed.errors == []
    a = parsed.survey_answers[0]
    assert (a["fte_caseworkers"], a["cost_salaries"]) == (60.5, 52_000_000)


def test_x_marks_column_blank_means_no(tmp_path):
    rows = [
        ["Jobcenter", "År", "Digital check-in", "Central indkaldelsesfunktion", "Sagsbehandlere"],
        ["Aabenraa", 2013, "x", "ja", 10],
        ["Esbjerg", 2013, None, None, 12],
    ]
    a, b = read_file(write_xlsx(tmp_path / "s.xlsx", rows)).survey_answers
    assert (a["digital_checkin"], b["digital_checkin"]) == (1, 0)  # x column: blank = no
    assert (a["central_summons"], b["central_summons"]) == (1, None)  # ja/nej column: blank = unanswered

