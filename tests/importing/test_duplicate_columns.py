"""Two header columns that mean the same field or variable: an error naming both columns."""

from jobcenter_bench.core.importing import read_file

from .importing_fixtures import write_csv, write_xlsx


def test_register_column_twice_under_two_names(tmp_path):
    lines = ["Kommunekode;A-dagpenge;År;Fuldtidspersoner på a-dagpenge", "580;10;2013;11"]
    parsed = read_file(write_csv(tmp_path / "r.csv", lines))
    [err] = [p for p in parsed.errors if "samme variabel" in p.message]
    assert err.row == 1 and err.column == "Fuldtidspersoner på a-dagpenge"
    assert "(persons_adp) som kolonne A-dagpenge" in err.message
    assert "Delete one of the columns" in err.message_en


def test_consolidated_field_twice_as_key_and_label(tmp_path):
    rows = [["Jobcenter", "År", "fte_caseworkers", "Sagsbehandlere"], ["Skive", 2013, 40, 41]]
    parsed = read_file(write_xlsx(tmp_path / "besvarelser.xlsx", rows, sheet="Besvarelser"))
    [err] = [p for p in parsed.errors if "samme felt" in p.message]
    assert err.sheet == "Besvarelser" and err.row == 1 and err.column == "D"
    assert "(fte_caseworkers) som kolonne C" in err.message
