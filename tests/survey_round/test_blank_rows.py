"""A blank row in a consolidated sheet is a centre that did not answer, not zero FTE."""

from __future__ import annotations

from jobcenter_bench.core.importing import import_files, read_file
from jobcenter_bench.core.store import Store

from .round_fixtures import write_csv, write_xlsx

HEADER = ["Jobcenter", "År", "Region", "fte_caseworkers", "fte_management", "Central indkaldelsesfunktion"]


def test_blank_row_is_not_answered_and_x_column_not_no(tmp_path):
    rows = [
        HEADER,
        ["Aabenraa", 2013, "Syddanmark", 60, 5, "x"],
        ["Esbjerg", 2013, "Syddanmark", None, None, None],  # did not answer (Region is not an answer)
        ["Odense", 2013, None, "", "  ", None],  # blank strings are blank too
    ]
    parsed = read_file(write_xlsx(tmp_path / "samleark.xlsx", rows, sheet="Besvarelser"))
    assert parsed.errors == []
    # Only Aabenraa is an answer; without the rule Esbjerg and Odense would be stored with
    # central_summons = 0 ("no", from the x-mark column) and count as answered.
    assert [a["jobcenter"] for a in parsed.survey_answers] == ["Aabenraa"]
    (warning,) = [w for w in parsed.warnings if "uden svar" in w.message]
    assert "række 3 (Esbjerg), 4 (Odense)" in warning.message
    assert "ikke at tallene er 0" in warning.message


def test_blank_row_in_csv(tmp_path):
    lines = ["Jobcenter;År;fte_caseworkers;fte_management", "Aabenraa;2013;60;5", "Esbjerg;2013;;"]
    parsed = read_file(write_csv(tmp_path / "samleark.csv", lines))
    assert [a["jobcenter"] for a in parsed.survey_answers] == ["Aabenraa"]


def test_blank_row_keeps_an_earlier_answer(tmp_path):
    """Re-importing a sheet where a centre's row is now blank does not wipe its answer."""
    first = write_xlsx(tmp_path / "a.xlsx", [HEADER, ["Esbjerg", 2013, None, 80, 6, None]])
    second = write_xlsx(tmp_path / "b.xlsx", [HEADER, ["Aabenraa", 2013, None, 60, 5, None],
                                              ["Esbjerg", 2013, None, None, None, None]])
    with Store.open(tmp_path / "db.jcbench") as store:
        import_files(store, [first])
        import_files(store, [second])
        esbjerg = [a for a in store.survey_answers(2013) if a["jobcenter"] == "Esbjerg"]
        assert [(a["fte_caseworkers"], a["revision"]) for a in esbjerg] == [(80.0, 1)]


def test_only_blank_rows_is_an_error(tmp_path):
    parsed = read_file(write_xlsx(tmp_path / "tom.xlsx", [HEADER, ["Esbjerg", 2013, None, None, None, None]]))
    assert parsed.survey_answers == []
    assert any("ingen værdier" in e.message for e in parsed.errors)
