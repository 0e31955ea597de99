"""One truth, four renderings (issue 10, point 3): the same centre's figures in the GUI table, the
CLI table, the PDF's key-figure table and the workbook carry the same label, unit and rounded
value for every measure they share.

Skive in the sample reproduces the report's figure 2 (seed 004, l. 320-331): cluster 2, placement
2 of 15, effect 2.3 pp, observed rate 7.5 %, about 26 cases per FTE (the report rounds to whole
cases; the sample's own figure is 25.8). The expected strings below are those figures in Danish
formatting, written by hand; every output must show exactly them.
"""

from __future__ import annotations

import re

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt

from jobcenter_bench.cli import main
from jobcenter_bench.core import measures as ms

pytestmark = pytest.mark.gui

CENTRE = "Skive"
#: measure -> the value every output must show for Skive (Danish formatting)
EXPECTED = {
    "cluster": "2",
    "placement": "2 af 15",
    "cases_per_fte": "25,8",
    "observed_rate": "7,5",
    "effect": "2,3",
}
#: the measures shown in the GUI/CLI centre table, in the PDF key figures and in the workbook
SHARED = [k for k in ms.table("centres") if k in ms.table("key_figures") or k == "cluster"]


def test_the_shared_measures_are_the_ones_checked():
    assert set(EXPECTED) <= set(SHARED) | {"cluster"}


def _gui_cells(window) -> dict[str, tuple[str, str]]:
    """measure -> (column header, displayed text) of Skive's row in the overview table."""
    window.show_view("overview")
    model = window.view("overview").table.model
    row = next(i for i, r in enumerate(model.records) if r.jobcenter == CENTRE)
    out = {}
    for col, c in enumerate(model.columns):
        key = getattr(c, "measure_key", None) or c.key
        if key in EXPECTED:
            header = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            out[key] = (header, model.data(model.index(row, col), Qt.ItemDataRole.DisplayRole))
    return out


def _cli_cells(db, capsys) -> dict[str, tuple[str, str]]:
    assert main(["analyse", "--db", str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    header_line = next(i for i, line in enumerate(lines) if line.startswith("Jobcenter"))
    header = lines[header_line]
    row = next(line for line in lines if line.startswith(CENTRE + " "))
    # columns are separated by two or more spaces; the header names them
    heads = re.split(r"\s{2,}", header.strip())
    cells = re.split(r"\s{2,}", row.strip())
    assert len(heads) == len(cells), (heads, cells)
    out = {}
    for key in EXPECTED:
        head = ms.label_with_unit(key, "da", short=True)
        out[key] = (head, cells[heads.index(head)])
    return out


def _pdf_lines(path) -> list[str]:
    return [line.strip() for page in PdfReader(str(path)).pages for line in page.extract_text().splitlines()]


def test_gui_cli_pdf_and_workbook_show_the_same_figures(make_window, db_copy, tmp_path, capsys):
    from jobcenter_bench.core.session import compute
    from jobcenter_bench.reports import api

    window = make_window()
    gui = _gui_cells(window)
    cli = _cli_cells(db_copy, capsys)
    results = compute(db_copy)
    for key, value in EXPECTED.items():
        assert gui[key][1] == value, ("GUI", key, gui[key])
        assert cli[key][1] == value, ("CLI", key, cli[key])
        # the same label and unit (the narrow-table heading of the catalogue) on screen and in the CLI
        assert gui[key][0] == cli[key][0] == ms.label_with_unit(key, "da", short=True), key

    # PDF: the key-figure table (the first one in the document) has the full label with unit in a
    # cell of its own, then the centre's value in the next cell
    pdf = api.write_centre_report(results, CENTRE, tmp_path / "skive.pdf")
    lines = _pdf_lines(pdf)
    for key in ("cases_per_fte", "observed_rate", "effect", "placement"):
        label = ms.label_with_unit(key, "da")
        assert label in lines, (key, label)
        assert lines[lines.index(label) + 1] == EXPECTED[key], (key, lines[lines.index(label):][:4])

    # workbook: the centres sheet has the full label with unit as header, the unrounded number with
    # the measure's number format; rounded to the measure's decimals it is the same value
    book = load_workbook(api.write_workbook(results, tmp_path / "skive.xlsx"))
    sheet = next(ws for ws in book.worksheets if any(
        c.value == CENTRE for row in ws.iter_rows(max_col=1) for c in row) and any(
        c.value == ms.label_with_unit("effect", "da") for row in ws.iter_rows(max_row=6) for c in row))
    header_row = next(row for row in sheet.iter_rows(max_row=6)
                      if any(c.value == ms.label_with_unit("effect", "da") for c in row))
    cols = {c.value: c.column for c in header_row}
    data_row = next(row for row in sheet.iter_rows() if row[0].value == CENTRE)
    for key in ("cases_per_fte", "observed_rate", "effect"):
        cell = data_row[cols[ms.label_with_unit(key, "da")] - 1]
        assert cell.number_format == ms.excel_format(key), key
        shown = f"{cell.value:.{ms.decimals(key)}f}".replace(".", ",")
        assert shown == EXPECTED[key], (key, cell.value)
