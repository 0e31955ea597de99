"""``template --all``: one pre-filled workbook per job centre, last year's answer as reference."""

from __future__ import annotations

import re

import pytest
from openpyxl import load_workbook

from jobcenter_bench.cli import main
from jobcenter_bench.core.importing import import_files, read_file
from jobcenter_bench.core.store import Store
from jobcenter_bench.core.template import round_file_name, write_round, write_template

from .round_fixtures import GOOD, fill


@pytest.fixture(scope="module")
def round_dir(tmp_path_factory):
    """``template --all --year 2014 --db`` on a database holding Aabenraa's 2013 answer
    (60 caseworkers, 12,5 sickness days, central summons "ja"), run once for this module."""
    tmp = tmp_path_factory.mktemp("round")
    db, out = tmp / "p.jcbench", tmp / "runde"
    last = write_template(tmp / "blank.xlsx", jobcentre="Aabenraa", year=2013)
    with Store.open(db) as store:
        import_files(store, [fill(last, GOOD, tmp / "aabenraa_2013.xlsx")])
    assert main(["template", "--all", "--year", "2014", "--db", str(db), "--out", str(out)]) == 0
    return out


def test_round_writes_one_prefilled_workbook_per_centre(round_dir):
    paths = sorted(round_dir.glob("*.xlsx"))
    # 98 municipalities in 94 job centres (README, sample data): one file each, ASCII names.
    assert len(paths) == 94
    assert all(re.fullmatch(r"spoergeskema_2014_[a-z0-9-]+\.xlsx", p.name) for p in paths)

    esbjerg = load_workbook(round_dir / round_file_name("Esbjerg", 2014))
    master = esbjerg["Stamdata"]
    assert (master["B1"].value, master["B2"].value) == ("Esbjerg", 2014)
    assert (master["A4"].value, master["B4"].value) == ("Kommuner", "Esbjerg, Fanø")
    assert esbjerg["Årsværk"]["F1"].value is None  # no 2013 answer for Esbjerg: no reference column

    aabenraa = load_workbook(round_dir / round_file_name("Aabenraa", 2014))
    refs = {ws.cell(r, 1).value: ws.cell(r, 6).value
            for ws in aabenraa.worksheets[2:] for r in range(2, ws.max_row + 1)}
    assert aabenraa["Årsværk"]["F1"].value == "Jeres svar 2013"
    assert refs["fte_caseworkers"] == 60 and refs["sickness_days"] == 12.5
    assert refs["central_summons"] == "ja"  # stored as 1, shown as the word the centre chose
    assert refs["digital_checkin"] is None  # not answered last year
    assert aabenraa["Årsværk"]["F2"].protection.locked is True
    assert "Jeres svar 2013" in " ".join(str(c.value) for c in aabenraa["Vejledning"]["A"])


def test_round_workbook_reads_back_without_the_reference(round_dir, tmp_path):
    """The importer reads 'Værdi' only: last year's numbers in column F are not this year's answer."""
    returned = fill(round_dir / round_file_name("Aabenraa", 2014), {"fte_caseworkers": 70},
                    tmp_path / "a14.xlsx")
    parsed = read_file(returned)
    assert parsed.errors == []
    (answer,) = parsed.survey_answers
    assert (answer["jobcenter"], answer["year"], answer["fte_caseworkers"]) == ("Aabenraa", 2014, 70)
    assert answer["fte_company_consultants"] is None  # 15 stands in column F, not in 'Værdi'


def test_round_without_database_has_no_reference(tmp_path, monkeypatch):
    from jobcenter_bench.core import geography

    two = geography.jobcentres()[:2]  # two centres are enough to see the loop
    monkeypatch.setattr(geography, "jobcentres", lambda year=None: two)
    paths = write_round(tmp_path / "r", 2014)
    assert [p.name for p in paths] == [round_file_name(j.name, 2014) for j in two]
    assert load_workbook(paths[0])["Årsværk"]["F1"].value is None


def test_cli_template_all_needs_year_and_a_folder(tmp_path, capsys):
    assert main(["template", "--all", "--out", str(tmp_path / "r")]) == 1
    assert "--all kræver --year" in capsys.readouterr().err
    assert main(["template", "--all", "--year", "2014", "--out", str(tmp_path / "r.xlsx")]) == 1
    assert "skal --out være en mappe" in capsys.readouterr().err
    assert main(["template", "--all", "--year", "2014", "--db", str(tmp_path / "none.jcbench"),
                 "--out", str(tmp_path / "r")]) == 1
    assert "Databasen findes ikke" in capsys.readouterr().err
