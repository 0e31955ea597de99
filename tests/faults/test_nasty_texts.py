"""The nastiest texts through every text field into every output (issue 13, point 3).

One database gets the accepted hostile files (markup, a formula, emoji in headers; UTF-16) and
then ``hostile.poison_database`` writes ``NASTY_TEXTS`` straight into every stored text field
(framework labels, file names, warning texts, a scenario name, benefit owners and success
measures), as an older version or a hand-edited file might have stored them. Every output is
then made once: ``info`` (table, warnings, JSON), ``analyse`` (own model), ``levers``,
``business-case``, ``export`` and both PDF reports with that scenario. Each must exit 0
without a traceback (the regression table with the labels is in the workbook); the workbook
holds no XML-illegal character and no formula; the PDFs open and show the markup as text, and
a 5,500-character label is cut to ``CELL_MAX`` characters in a table cell. Input validation is
tested at the end.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import shutil
import sqlite3

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from jobcenter_bench.cli import main
from jobcenter_bench.core import safe_text
from jobcenter_bench.core.business_case import text_problems
from jobcenter_bench.core.sample_plan import SAMPLE_SCENARIO
from jobcenter_bench.core.scenarios import (
    ScenarioError,
    load_scenario,
    rename_scenario,
    save_scenario,
)
from jobcenter_bench.core.store import Store

from .hostile import NASTY_TEXTS, hostile_files, poison_database

ACCEPTED = ["utf16le", "utf16be", "far_formatted_cell", "markup_header", "formula_header", "emoji_header",
            "cr_only_lines"]
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _run(*args) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = main([str(a) for a in args])
    return rc, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def outputs(sample_db, tmp_path_factory):
    folder = tmp_path_factory.mktemp("nasty")
    db = folder / "nasty.jcbench"
    shutil.copy(sample_db, db)
    cases = {c.name: c for c in hostile_files(folder / "files")}
    assert _run("import", "--db", db, *(cases[n].path for n in ACCEPTED))[0] == 0
    written = poison_database(db)
    sc = written["scenario"]
    runs = {
        "info": _run("info", "--db", db, "--warnings"),
        "info_json": _run("info", "--db", db, "--format", "json"),
        "analyse": _run("analyse", "--db", db, "--prediction", "own", "--format", "csv"),
        "levers": _run("levers", "--db", db, "--scenario", sc, "--jobcenter", "Aabenraa"),
        "business_case": _run("business-case", "--db", db, "--scenario", sc, "--jobcenter", "Aabenraa",
                              "--format", "json"),
        "export": _run("export", "--db", db, "--scenario", sc, "--out", folder / "e.xlsx"),
        "national": _run("report", "--db", db, "--national", "--scenario", sc, "--out", folder / "n.pdf"),
        "centre": _run("report", "--db", db, "--jobcenter", "Aabenraa", "--scenario", sc, "--out", folder / "c.pdf"),
    }
    return folder, written, runs


def test_every_output_is_made_without_a_traceback(outputs):
    _, _, runs = outputs
    for name, (rc, out, err) in runs.items():
        assert rc == 0, (name, err)
        assert "Traceback" not in out + err, name


def test_the_json_outputs_parse_and_keep_the_texts(outputs):
    _, written, runs = outputs
    info = json.loads(runs["info_json"][1])
    assert {w["value"] for w in info["warnings_list"]} == {NASTY_TEXTS["bel"]}  # JSON escapes it, losslessly
    case = json.loads(runs["business_case"][1])
    assert case["scenario"] == written["scenario"]
    assert {lv["owner"] for lv in case["levers"]} <= set(NASTY_TEXTS.values())


def test_the_workbook_holds_no_illegal_character_and_no_formula(outputs):
    folder, written, _ = outputs
    wb = load_workbook(folder / "e.xlsx")
    texts = [c for ws in wb for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert not [c.value for c in texts if XML_ILLEGAL.search(c.value)]
    assert all(c.data_type == "s" for c in texts)  # '=HYPERLINK(...)' stays text
    joined = "\n".join(c.value for c in texts)
    assert NASTY_TEXTS["markup"] in joined  # markup is kept as text
    assert "Scenarie " + NASTY_TEXTS["markup"] in joined  # the scenario name, without its BEL
    assert max(len(c.value) for c in texts) <= safe_text.EXCEL_CELL_MAX


def test_the_pdfs_open_and_show_markup_as_text(outputs):
    folder, _, _ = outputs
    for name in ("n.pdf", "c.pdf"):
        reader = PdfReader(folder / name)
        text = "".join(p.extract_text() for p in reader.pages)
        assert NASTY_TEXTS["markup"].split(" <para>")[0] in text, name  # '<b>Andel & co</b>' as written
        assert "\x07" not in text and "\x1b" not in text
    # the 5,500-character label is cut in a table cell (199 x's and "…"; body text may wrap it)
    text = "".join(p.extract_text() for p in PdfReader(folder / "n.pdf").pages).replace("\n", "")
    assert "x" * (safe_text.CELL_MAX - 1) + "…" in text


def test_a_table_cell_is_cut_to_fit_a_page():
    """What the PDF writer does with a stored 5,500-character word and 300 line breaks."""
    cut = safe_text.cell_text(NASTY_TEXTS["long_word"])
    assert len(cut) == safe_text.CELL_MAX and cut.endswith("…")  # 199 x's and the ellipsis
    assert safe_text.cell_text(NASTY_TEXTS["newlines"]) == "Ejer slut"
    assert safe_text.xml_safe(NASTY_TEXTS["bel"]) == "Ledighed (%)"
    assert safe_text.markup("<b>&</b>") == "&lt;b&gt;&amp;&lt;/b&gt;"


# ---------------------------------------------------------------- validated at input
def test_scenario_names_and_business_case_texts_are_checked_before_saving(demo_db):
    with Store.open(demo_db, create=False) as store:
        base = load_scenario(store)
        for bad, why in (("Plan\x07", "U+0007"), ("Plan\u202e", "U+202E"), ("Linje\nto", "linjeskift"),
                         ("P" * 201, "201 tegn")):
            with pytest.raises(ScenarioError) as info:
                save_scenario(store, base.renamed(bad))
            assert why in str(info.value)
        save_scenario(store, base.renamed("Plan 2025 <b>&</b> 😀"))  # odd but printable: fine
        with pytest.raises(ScenarioError):
            rename_scenario(store, "Plan 2025 <b>&</b> 😀", "Ny\x1b[31m")
        case = {"levers": {"E3": {"owner": NASTY_TEXTS["newlines"], "success_measure": "ok"}}}
        with pytest.raises(ScenarioError) as info:
            save_scenario(store, base.renamed("Med ejer").with_business_case("Aabenraa", case))
        assert "301 linjer (højst 20)" in str(info.value)  # "Ejer", 300 line breaks, "slut": 301 lines
        count = store.conn.execute("SELECT COUNT(*) FROM scenario WHERE name != ?", (SAMPLE_SCENARIO,)).fetchone()[0]
    assert count == 1  # only the printable one was stored (besides the sample's business case)
    assert text_problems({"levers": {"E3": {"owner": "x" * 2001}}}, "Aabenraa")[0][0].endswith(
        "er 2001 tegn lang (højst 2000). Gør teksten kortere.")


def test_a_stored_bad_scenario_can_still_be_loaded_and_deleted(demo_db):
    poison_database(demo_db)
    with Store.open(demo_db, create=False) as store:
        name = store.conn.execute("SELECT name FROM scenario WHERE name != ?", (SAMPLE_SCENARIO,)).fetchone()[0]
        assert load_scenario(store, name).name == name
    conn = sqlite3.connect(demo_db)
    assert conn.execute("SELECT COUNT(*) FROM scenario WHERE name != ?", (SAMPLE_SCENARIO,)).fetchone()[0] == 1
    conn.close()
