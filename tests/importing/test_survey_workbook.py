"""Errors and warnings in filled survey workbooks: each names the sheet and the cell."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from jobcenter_bench.core.importing import ImportRejected, import_files, read_file

from .importing_fixtures import GOOD_ANSWER, cell_of, counts, fill_workbook


def _only_error(parsed):
    assert len(parsed.errors) == 1, [p.text() for p in parsed.errors]
    return parsed.errors[0]


def test_good_workbook_reads_values(filled):
    parsed = read_file(filled())
    assert parsed.kind == "survey_workbook" and parsed.errors == []
    answer = parsed.survey_answers[0]
    assert answer["jobcenter"] == "Aabenraa" and answer["year"] == 2013
    assert answer["fte_caseworkers"] == 60.0
    assert answer["interviews_adp"] == 20000
    assert answer["sickness_days"] == 12.5
    assert (answer["central_summons"], answer["digital_checkin"]) == (1, 0)
    assert answer["time_meetings"] is None  # not answered


@pytest.mark.parametrize(
    ("key", "value", "fragment"),
    [
        ("fte_caseworkers", "ca. 12", "'ca. 12' er ikke et tal. Skriv et tal, fx 12 eller 12,5."),
        ("fte_caseworkers", "=10+2", "formel (=10+2)"),
        ("fte_management", -3, "-3 er negativ"),
        ("sickness_days", 130, "mellem 0 og 120"),
        ("interviews_adp", 12.5, "ikke et helt tal"),
        ("central_summons", "måske", "'måske' er ikke ja eller nej"),
    ],
)
def test_bad_value_is_an_error_naming_sheet_and_cell(filled, template, key, value, fragment):
    parsed = read_file(filled({**GOOD_ANSWER, key: value}))
    err = _only_error(parsed)
    sheet, ref = cell_of(template, key)
    assert (err.sheet, f"{err.column}{err.row}") == (sheet, ref)
    assert fragment in err.message
    assert f"ark '{sheet}', celle {ref}" in err.text()
    assert err.message_en
    assert parsed.survey_answers == []


def test_text_number_with_decimal_comma_is_accepted(filled):
    parsed = read_file(filled({**GOOD_ANSWER, "sickness_days": "12,5", "fte_caseworkers": "1.234,5"}))
    assert parsed.errors == []
    assert parsed.survey_answers[0]["sickness_days"] == 12.5
    assert parsed.survey_answers[0]["fte_caseworkers"] == 1234.5


def test_unknown_jobcentre_and_bad_year(filled):
    parsed = read_file(filled(jobcentre="Atlantis", year="sidste år"))
    msgs = {(p.sheet, f"{p.column}{p.row}"): p.message for p in parsed.errors}
    assert "'Atlantis' er ikke et kendt jobcenter" in msgs[("Stamdata", "B1")]
    assert "'sidste år' er ikke et årstal" in msgs[("Stamdata", "B2")]


def test_jobcentre_by_municipality_name_variant(filled):
    parsed = read_file(filled(jobcentre="Åbenrå Kommune"))
    assert parsed.survey_answers[0]["jobcenter"] == "Aabenraa"
    # Fanø is served by Esbjerg's job centre
    parsed = read_file(filled(jobcentre="Fanø", name="fano.xlsx"))
    assert parsed.survey_answers[0]["jobcenter"] == "Esbjerg"


def test_missing_sheet_is_an_error(tmp_path, filled):
    path = filled()
    wb = load_workbook(path)
    del wb["Omkostninger"]
    wb.save(path)
    err = _only_error(read_file(path))
    assert "Arket 'Omkostninger' mangler" in err.message


def test_empty_survey_is_an_error(template):
    err = _only_error(read_file(template))
    assert "ingen svar" in err.message


def test_warnings_plausibility(filled):
    answer = {
        **GOOD_ANSWER,
        "sickness_days": 45,  # warn_max 40
        "fte_area_other": 60,  # areas sum 155 vs staff 100: > 25 % off
        "cost_medical_certificates": 5_000_000,  # more than other services (4 mio.)
    }
    parsed = read_file(filled(answer))
    assert parsed.errors == []
    texts = [w.message for w in parsed.warnings]
    assert any("Sygefravær" in t and "45 er usædvanligt" in t for t in texts)
    assert any("Årsværk fordelt på ydelsesområder (155)" in t and "(100)" in t for t in texts)
    assert any("lægeerklæringer (5.000.000 kr.)" in t for t in texts)
    sick = next(w for w in parsed.warnings if "Sygefravær" in w.message)
    assert (sick.sheet, sick.column) == ("Tidsforbrug", "C")


def test_rejected_import_leaves_database_unchanged(filled, store):
    import_files(store, [filled()])
    before = counts(store)
    bad = filled({**GOOD_ANSWER, "fte_caseworkers": "mange"}, name="bad.xlsx", jobcentre="Esbjerg")
    good = filled(name="good.xlsx", jobcentre="Aarhus")
    with pytest.raises(ImportRejected) as info:
        import_files(store, [good, bad])
    assert counts(store) == before
    assert any(p.file == "bad.xlsx" and p.column == "C" for p in info.value.problems)
    assert "bad.xlsx" in str(info.value)


def test_unknown_field_id_is_a_warning(tmp_path, filled):
    path = filled()
    wb = load_workbook(path)
    ws = wb["Årsværk"]
    ws.cell(ws.max_row + 1, 1).value = "fte_interns"
    ws.cell(ws.max_row, 3).value = 4
    wb.save(path)
    parsed = read_file(path)
    assert parsed.errors == []
    assert any("Felt-id 'fte_interns' er ukendt" in w.message for w in parsed.warnings)


def test_fill_helper_is_not_fooled(template, tmp_path):
    """Guard: the fixture writes what it is given (else the tests above prove nothing)."""
    path = fill_workbook(template, {"fte_caseworkers": 3}, tmp_path / "g.xlsx")
    sheet, ref = cell_of(template, "fte_caseworkers")
    assert load_workbook(path)[sheet][ref].value == 3
