"""``survey-status``: every centre answered / with warnings / with errors / missing; feedback."""

from __future__ import annotations

import csv
import io
import json

import pytest
from openpyxl import load_workbook

from jobcenter_bench.cli import main
from jobcenter_bench.core.importing import import_files
from jobcenter_bench.core.store import Store
from jobcenter_bench.core.survey_round import (
    centre_from_file_name,
    danish_sort_key,
    round_status,
    write_feedback,
)
from jobcenter_bench.core.template import write_template

from .round_fixtures import GOOD, cell_of, fill, write_xlsx


@pytest.fixture(scope="module")
def round_db(tmp_path_factory):
    """A 2014 round: the database holds Aalborg (clean), Aabenraa (sickness 45 > warn_max 40,
    imported twice so its second import also carries the 'same file' note) and Aarhus from a
    consolidated sheet (sickness 50); the returns folder holds Aabenraa's file again, Herning
    (clean, new), Esbjerg (year 2013), Odense (management -2), Vejle's file with 'Atlantis' as
    job centre, and a CSV that is no survey."""
    tmp_path = tmp_path_factory.mktemp("round_db")
    db = tmp_path / "p.jcbench"
    ret = tmp_path / "retur"
    ret.mkdir()

    def blank(centre):
        return write_template(tmp_path / f"blank_{centre}.xlsx", jobcentre=centre, year=2014)

    aabenraa = fill(blank("Aabenraa"), {**GOOD, "sickness_days": 45}, ret / "spoergeskema_2014_aabenraa.xlsx")
    aalborg = fill(blank("Aalborg"), GOOD, tmp_path / "aalborg.xlsx")
    sheet = write_xlsx(tmp_path / "samleark.xlsx", [["Jobcenter", "År", "sickness_days"], ["Aarhus", 2014, 50]])
    with Store.open(db) as store:
        import_files(store, [aabenraa, aalborg, sheet])
        import_files(store, [aabenraa])
    fill(blank("Herning"), GOOD, ret / "spoergeskema_2014_herning.xlsx")
    fill(blank("Esbjerg"), GOOD, ret / "spoergeskema_2014_esbjerg.xlsx", master={"År": 2013})
    fill(blank("Odense"), {**GOOD, "fte_management": -2}, ret / "spoergeskema_2014_odense.xlsx")
    fill(blank("Vejle"), GOOD, ret / "spoergeskema_2014_vejle.xlsx", master={"Jobcenter": "Atlantis"})
    (ret / "noter.csv").write_text("hvem;hvornår\nVejle;3/2\n", encoding="utf-8")
    return db, ret


def test_status_of_every_centre(round_db):
    db, ret = round_db
    with Store.open(db) as store:
        status = round_status(store, 2014, [ret])
    by = {c.jobcenter: c for c in status.centres}
    assert len(status.centres) == 94
    # 7 centres touched (see the fixture): 2 answered, 2 with warnings, 3 with errors, 87 missing.
    assert status.counts() == {"answered": 2, "warnings": 2, "errors": 3, "missing": 87}
    assert (by["Aalborg"].status, by["Aalborg"].imported, by["Aalborg"].file) == ("answered", True, "aalborg.xlsx")
    assert (by["Herning"].status, by["Herning"].imported) == ("answered", False)
    # Aabenraa: the sickness warning with its cell, not the note that the file was imported twice;
    # its file in the returns folder is the one already imported, so the database decides.
    assert (by["Aabenraa"].status, by["Aabenraa"].warnings, by["Aabenraa"].imported) == ("warnings", 1, True)
    assert "Sygefravær" in by["Aabenraa"].problems[0].message
    assert by["Aabenraa"].problems[0].row is not None
    # Aarhus came from a consolidated sheet: checked again from the stored answer.
    assert (by["Aarhus"].status, by["Aarhus"].warnings) == ("warnings", 1)
    assert "50" in by["Aarhus"].problems[0].message
    assert (by["Esbjerg"].status, by["Esbjerg"].errors) == ("errors", 1)
    assert "gælder 2014" in by["Esbjerg"].problems[0].message
    assert (by["Odense"].status, by["Odense"].errors) == ("errors", 1)
    assert by["Vejle"].status == "errors" and "Atlantis" in by["Vejle"].problems[0].message
    assert by["Viborg"].status == "missing" and by["Viborg"].file is None
    assert [p.file for p in status.unassigned if p.is_error] == ["noter.csv"]
    assert status.summary().startswith("94 jobcentre (2014): 2 besvaret, 2 besvaret med advarsler")


def test_status_from_database_alone_has_no_errors(round_db):
    db, _ = round_db
    with Store.open(db) as store:
        assert round_status(store, 2014).counts() == {"answered": 1, "warnings": 2, "errors": 0, "missing": 91}


def test_feedback_workbooks(round_db, tmp_path, blank):
    db, ret = round_db
    with Store.open(db) as store:
        status = round_status(store, 2014, [ret])
    paths = write_feedback(tmp_path / "fb", status)
    # one per centre with a problem: Aabenraa, Aarhus (warnings), Esbjerg, Odense, Vejle (errors)
    assert sorted(p.name for p in paths) == [
        "tilbagemelding_2014_aabenraa.xlsx", "tilbagemelding_2014_aarhus.xlsx",
        "tilbagemelding_2014_esbjerg.xlsx", "tilbagemelding_2014_odense.xlsx",
        "tilbagemelding_2014_vejle.xlsx"]
    ws = load_workbook(tmp_path / "fb" / "tilbagemelding_2014_odense.xlsx").active
    assert ws["A1"].value == "Tilbagemelding på spørgeskemaet for 2014"
    assert ws["A3"].value == "Jeres fil: spoergeskema_2014_odense.xlsx"
    assert ws["A4"].value.startswith("Besvarelsen har 1 fejl")
    sheet, cell = cell_of(blank("Odense"), "fte_management")
    row = [c.value for c in ws[8]]
    assert row[:3] == ["Fejl", sheet, cell]
    assert "negativ" in row[3] and row[4] == "-2"
    warn = load_workbook(tmp_path / "fb" / "tilbagemelding_2014_aabenraa.xlsx").active
    assert warn["A4"].value.startswith("Besvarelsen kan indlæses, men 1 tal")
    assert warn["A8"].value == "Advarsel"


def test_feedback_in_english(round_db, tmp_path):
    db, ret = round_db
    with Store.open(db) as store:
        write_feedback(tmp_path / "fb", round_status(store, 2014, [ret]), "en")
    ws = load_workbook(tmp_path / "fb" / "tilbagemelding_2014_odense.xlsx").active
    assert ws.title == "Feedback" and ws["A8"].value == "Error"
    assert "negative" in ws["D8"].value


def test_cli_survey_status_formats(round_db, tmp_path, capsys):
    db, ret = round_db
    assert main(["survey-status", "--db", str(db), "--year", "2014", "--returns", str(ret)]) == 0
    out = capsys.readouterr().out
    assert "Odense" in out and "med fejl" in out and "(ikke importeret)" in out
    assert "noter.csv" in out  # the file no centre can be tied to is listed
    assert main(["survey-status", "--db", str(db), "--year", "2014", "--returns", str(ret),
                 "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["counts"] == {"answered": 2, "warnings": 2, "errors": 3, "missing": 87}
    assert main(["survey-status", "--db", str(db), "--year", "2014", "--format", "csv",
                 "--feedback", str(tmp_path / "fb")]) == 0
    captured = capsys.readouterr()
    rows = {r["jobcenter"]: r for r in csv.DictReader(io.StringIO(captured.out))}
    assert (rows["Esbjerg"]["municipalities"], rows["Esbjerg"]["status"]) == ("Esbjerg;Fanø", "missing")
    assert rows["Aabenraa"]["warnings"] == "1"
    assert "Skrev 2 tilbagemeldinger" in captured.err  # database alone: Aabenraa and Aarhus


def test_cli_feedback_not_into_the_returns_folder(round_db, capsys):
    db, ret = round_db
    assert main(["survey-status", "--db", str(db), "--year", "2014", "--returns", str(ret),
                 "--feedback", str(ret)]) == 1
    assert "anden mappe" in capsys.readouterr().err


def test_file_name_and_sort_order():
    assert centre_from_file_name("spoergeskema_2014_esbjerg (2).xlsx") == "Esbjerg"
    assert centre_from_file_name("spoergeskema_2014_hoeje-taastrup.xlsx") == "Høje-Taastrup"
    assert centre_from_file_name("besvarelse.xlsx") is None
    names = ["Ærø", "Aalborg", "Zealand", "Ølstykke", "Århus"]
    assert sorted(names, key=danish_sort_key) == ["Aalborg", "Zealand", "Ærø", "Ølstykke", "Århus"]
