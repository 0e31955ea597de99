"""Hostile files (``hostile.py``) through ``jobcenter-bench import`` and then every output.

A refused file: exit code 1, the message names what is wrong (cell, character, limit), and
the database is unchanged (integrity and every table's row count). An accepted file: exit 0,
its variable is listed by ``info`` (``test_nasty_texts`` then pushes it through every output)
(issue 13, points 3, 5, 6 and 7).
"""

from __future__ import annotations

import pytest

from .conftest import snapshot
from .hostile import hostile_files


@pytest.fixture(scope="module")
def cases(tmp_path_factory):
    return {c.name: c for c in hostile_files(tmp_path_factory.mktemp("hostile"))}


REFUSED = ["bel_header", "ansi_header", "bidi_header", "header_5500", "header_newlines", "persons_1e308",
           "framework_1e308", "persons_above_population", "nul_late", "nan_cell", "inf_text_cell",
           "overflow_cell", "huge_line", "too_many_columns", "blank_lines", "undefined_cp1252", "only_bom"]
ACCEPTED = ["utf16le", "utf16be", "far_formatted_cell", "markup_header", "formula_header", "emoji_header",
            "cr_only_lines"]


def test_the_lists_cover_every_generated_case(cases):
    assert sorted(REFUSED + ACCEPTED) == sorted(cases)
    assert all(cases[n].refused for n in REFUSED) and not any(cases[n].refused for n in ACCEPTED)


@pytest.mark.parametrize("name", REFUSED)
def test_a_hostile_file_is_refused_with_a_message_and_changes_nothing(cases, name, demo_db, cli):
    case = cases[name]
    before = snapshot(demo_db)
    rc, out, err = cli("import", "--db", demo_db, case.path)
    assert rc == 1
    assert case.expect in err, err
    assert case.path.name in err  # the file is named
    assert "intet er importeret; databasen er uændret" in err
    assert snapshot(demo_db) == before


def test_accepted_odd_files_import_with_strict_and_are_listed(cases, demo_db, cli):
    """UTF-16 (both byte orders), CR-only lines, a formatted cell in row 1,048,576, markup,
    a formula and emoji in headers: imported (notices only, so --strict passes) and listed.
    ``test_nasty_texts`` pushes them through every output."""
    files = [cases[n].path for n in ACCEPTED]
    rc, out, err = cli("import", "--db", demo_db, "--strict", *files)
    assert rc == 0, err
    assert out.count("Bemærk:") == len(ACCEPTED) and "Advarsel:" not in out
    assert "far_formatted_cell.xlsx: registerdata, 98 rækker" in out  # 98 municipalities, not 1 million rows
    rc, out, _ = cli("info", "--db", demo_db)
    assert rc == 0
    for n in ACCEPTED:
        assert cases[n].expect in out, n


def test_strict_still_refuses_real_warnings(demo_db, cli, tmp_path):
    """A '..' (not available) cell is a warning, which --strict refuses; the framework-column
    notice alone would not be."""
    path = tmp_path / "gaps.csv"
    path.write_text("Kommune;År;Andel med huller\nAabenraa;2013;..\nAalborg;2013;12,5\nAarhus;2013;13,5\n",
                    encoding="utf-8")
    rc, _, err = cli("import", "--db", demo_db, "--strict", path)
    assert rc == 1 and "ikke oplyst" in err
    assert "Bemærk:" in err  # the notice is listed, as a notice
    assert cli("import", "--db", demo_db, path)[0] == 0
