"""User-facing edges of import and info: no database left by a rejected first import, Danish
kind names and noun forms, '..' cells counted in a warning, variable labels in duplicate errors,
Danish reasons for OS errors."""

from __future__ import annotations

from jobcenter_bench.cli import main
from jobcenter_bench.core.importing.reader import read_file

from .importing_fixtures import write_csv, write_xlsx


def test_rejected_import_creates_no_database(tmp_path, capsys):
    db = tmp_path / "typo.jcbench"
    assert main(["import", "--db", str(db), str(tmp_path / "missing.xlsx")]) == 1
    err = capsys.readouterr().err
    assert not db.exists() and not list(tmp_path.glob("typo.jcbench*"))
    assert "ingen database er oprettet" in err
    assert "filen findes ikke" in err and "No such file" not in err


def test_new_database_in_missing_folder_is_a_danish_error(tmp_path, capsys):
    reg = write_csv(tmp_path / "r.csv", ["Kommune;År;Sygedagpenge", "Aabenraa;2013;4"])
    assert main(["import", "--db", str(tmp_path / "nope" / "p.jcbench"), str(reg)]) == 1
    assert "mappen" in capsys.readouterr().err and not (tmp_path / "nope").exists()


def test_info_names_kinds_in_danish_with_singular_forms(tmp_path, capsys):
    db = tmp_path / "p.jcbench"
    reg = write_csv(tmp_path / "r.csv", ["Kommune;År;Sygedagpenge", "Aabenraa;2013;4"])
    assert main(["import", "--db", str(db), str(reg)]) == 0
    capsys.readouterr()
    assert main(["info", "--db", str(db)]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if "r.csv" in x)
    assert "registerdata" in line and "(1 række," in line and "0 advarsler" in line
    assert " register " not in line and "1 rækker" not in line


def test_not_available_marks_are_skipped_with_one_warning(tmp_path):
    lines = ["Kommune;År;Sygedagpenge;ADP", "Aabenraa;2013;..;5", "Herning;2013;4;..",
             "Skive;2013;-;x", "Thisted;2013;..;3"]
    parsed = read_file(write_csv(tmp_path / "r.csv", lines))
    assert len(parsed.register_values) == 3  # 5, 4, 3
    assert not parsed.errors
    [warning] = [w for w in parsed.warnings if "ikke oplyst" in w.message]
    assert warning.message.startswith("5 celler med '..'")
    assert "Aabenraa 2013, Fuldtidspersoner på sygedagpenge (række 2: '..')" in warning.message
    assert "Herning 2013, Fuldtidspersoner på a-dagpenge (række 3: '..')" in warning.message
    assert "og 2 mere" in warning.message and "and 2 more" in warning.message_en


def test_not_available_in_a_workbook_names_the_cell(tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [["Kommune", "År", "ADP"], ["Aabenraa", 2013, ".."]])
    [warning] = [w for w in read_file(path).warnings if "ikke oplyst" in w.message]
    assert warning.message.startswith("1 celle med '..'") and "(celle C2: '..')" in warning.message


def test_duplicate_value_error_uses_the_variable_label(tmp_path, capsys):
    a = write_csv(tmp_path / "a.csv", ["Kommune;År;ADP", "København;2013;5000"])
    b = write_csv(tmp_path / "b.csv", ["Kommune;År;ADP", "København;2013;5100"])
    assert main(["import", "--db", str(tmp_path / "p.jcbench"), str(a), str(b)]) == 1
    err = capsys.readouterr().err
    assert "Fuldtidspersoner på a-dagpenge for København (101) i 2013 findes også" in err
    assert "persons_adp" not in err


def test_template_write_error_is_danish(tmp_path, capsys):
    out = str(tmp_path / "nope" / "t.xlsx")
    assert main(["template", "--out", out]) == 1
    err = capsys.readouterr().err
    assert f"Kan ikke skrive {out}: mappen findes ikke" in err and "No such file" not in err
    assert main(["template", "--out", out, "--lang", "en"]) == 1
    assert "No such file or directory" in capsys.readouterr().err
