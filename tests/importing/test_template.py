"""The survey template: layout, protection, data validation and the round trip."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.fields import survey_fields, survey_sheets
from jobcenter_bench.core.importing import import_files, read_file
from jobcenter_bench.core.template import write_template

from .importing_fixtures import fill_workbook


def test_template_sheets_columns_and_protection(template):
    wb = load_workbook(template)
    expected = ["Vejledning", "Stamdata", *(s.name_da for s in survey_sheets())]
    assert wb.sheetnames == expected
    assert wb["Stamdata"]["B1"].value == "Aabenraa"
    assert wb["Stamdata"]["B2"].value == 2013
    ws = wb["Årsværk"]
    assert [c.value for c in ws[1]] == ["Felt-id", "Spørgsmål", "Værdi", "Enhed", "Vejledning"]
    assert ws["A2"].value == "fte_caseworkers"
    assert ws["B2"].value == "Sagsbehandlere"
    assert ws["D2"].value == "årsværk"
    assert ws.protection.sheet is True
    assert ws["C2"].protection.locked is False
    assert ws["B2"].protection.locked is True
    instructions = " ".join(str(c.value) for c in wb["Vejledning"]["A"])
    assert "decimalkomma er fint" in instructions and "ja eller nej" in instructions


def test_template_data_validation_matches_catalogue(template):
    wb = load_workbook(template)
    ws = wb["Årsværk"]
    by_cell = {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}
    # fte_caseworkers: number between 0 and 3000 (survey_fields.toml)
    assert by_cell["C2"].type == "decimal"
    assert (by_cell["C2"].formula1, by_cell["C2"].formula2) == ("0", "3000")
    practice = wb["Praksis"]
    lists = [dv for dv in practice.data_validations.dataValidation if dv.type == "list"]
    assert lists and all(dv.formula1 == '"ja,nej"' for dv in lists)
    volumes = wb["Volumener"]
    assert any(dv.type == "whole" for dv in volumes.data_validations.dataValidation)


def test_every_field_has_a_row(template):
    wb = load_workbook(template)
    keys = {ws.cell(r, 1).value for ws in wb.worksheets[2:] for r in range(2, ws.max_row + 1)}
    assert {f.key for f in survey_fields()} <= keys


def test_english_template_reads_too(tmp_path):
    path = write_template(tmp_path / "en.xlsx", lang="en", jobcentre="esbjerg", year=2012)
    wb = load_workbook(path)
    assert wb.sheetnames[:2] == ["Instructions", "Basic data"]
    assert wb["FTE"]["C1"].value == "Value"
    fill_workbook(path, {"fte_caseworkers": 7.5, "central_summons": "yes"})
    parsed = read_file(path)
    assert parsed.errors == []
    answer = parsed.survey_answers[0]
    assert (answer["jobcenter"], answer["year"]) == ("Esbjerg", 2012)
    assert answer["fte_caseworkers"] == 7.5 and answer["central_summons"] == 1


def test_unknown_jobcentre_for_template_is_a_clear_error(tmp_path):
    with pytest.raises(BenchError, match="Atlantis"):
        write_template(tmp_path / "x.xlsx", jobcentre="Atlantis", year=2013)


def test_round_trip_every_field(tmp_path, template, store):
    """Template -> fill every answer cell with a known value -> import -> read back equal."""
    values, expected = {}, {}
    for i, f in enumerate(survey_fields()):
        if f.type == "yesno":
            values[f.key] = "ja" if i % 2 else "Nej"
            expected[f.key] = 1 if i % 2 else 0
        elif f.type == "integer":
            values[f.key] = expected[f.key] = int(f.min or 0) + i + 1
        else:  # inside min..max for every field: the smallest max in the catalogue is 20
            values[f.key] = expected[f.key] = (f.min or 0) + i % 7 + 0.25
    path = fill_workbook(template, values, tmp_path / "filled.xlsx")
    result = import_files(store, [path])
    assert result.rows == 1
    (row,) = store.survey_answers(2013)
    assert row["jobcenter"] == "Aabenraa" and row["year"] == 2013
    assert {k: row[k] for k in expected} == expected


def test_reordered_rows_are_read_by_key(tmp_path, template):
    wb = load_workbook(template)
    ws = wb["Årsværk"]
    # swap the rows of the first two fields (keys, labels and values move together)
    for c in range(1, 6):
        a, b = ws.cell(2, c), ws.cell(3, c)
        a.value, b.value = b.value, a.value
    ws["C2"] = 11  # now the row of fte_company_consultants
    ws["C3"] = 22  # now the row of fte_caseworkers
    wb.save(tmp_path / "swapped.xlsx")
    answer = read_file(tmp_path / "swapped.xlsx").survey_answers[0]
    assert answer["fte_company_consultants"] == 11
    assert answer["fte_caseworkers"] == 22


def test_cli_template(tmp_path):
    from jobcenter_bench.cli import main

    out = tmp_path / "t.xlsx"
    assert main(["template", "--out", str(out), "--jobcenter", "Aarhus", "--year", "2013"]) == 0
    assert load_workbook(out)["Stamdata"]["B1"].value == "Aarhus"
    assert main(["template", "--out", str(tmp_path / "t.csv")]) == 1
