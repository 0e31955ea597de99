"""Format edge cases read directly (issue 13, point 5): UTF-16, NUL anywhere, rows that hold
data, bounded CSV parsing. The hostile-file suite covers the same through the CLI."""

from __future__ import annotations

import codecs

import pytest

from jobcenter_bench.core.importing import csv_reading, xlsx_safety
from jobcenter_bench.core.importing.reader import read_file
from jobcenter_bench.core.safe_text import bad_character, text_problem, visible

ROWS = "Kommune;År;Befolkning 16-64 år\r\nAabenraa;2013;35.000\r\nAalborg;2013;130.000\r\n"


@pytest.mark.parametrize("bom, codec", [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_utf16_with_bom_is_read(tmp_path, bom, codec):
    path = tmp_path / "unicode.txt"
    path.write_bytes(bom + ROWS.encode(codec))
    parsed = read_file(path)
    assert not parsed.errors, parsed.errors
    assert sorted(v[3] for v in parsed.register_values) == [35000.0, 130000.0]


def test_a_nul_byte_anywhere_is_refused(tmp_path):
    path = tmp_path / "late_nul.csv"
    path.write_bytes(ROWS.encode() + b"x" * 200_000 + b"\x00\r\n")
    assert "binære data" in read_file(path).errors[0].message
    path.write_bytes(codecs.BOM_UTF16_LE + (ROWS + "x" * 100_000 + "\x00\r\n").encode("utf-16-le"))
    assert "binære data" in read_file(path).errors[0].message


def test_row_limits_count_rows_with_data(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_reading, "MAX_ROWS", 3)
    path = tmp_path / "gaps.csv"
    path.write_bytes(ROWS.encode() + b";;\r\n" * 5000)  # 3 rows with data, 5,000 empty ones
    assert not read_file(path).errors
    path.write_bytes(ROWS.encode() + b"Aarhus;2013;200.000\r\n")  # 4 rows with data
    assert "over 3 rækker med data" in read_file(path).errors[0].message


def test_a_line_longer_than_the_cap_is_refused_before_parsing(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_reading, "MAX_LINE_BYTES", 1000)
    path = tmp_path / "wide.csv"
    path.write_bytes(ROWS.encode() + b"a;" * 600 + b"\r\n")  # 1,200 bytes
    assert "linje på over" in read_file(path).errors[0].message


def test_cells_and_text_are_capped(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_reading, "MAX_CELLS", 8)
    path = tmp_path / "cells.csv"
    path.write_bytes(ROWS.encode())  # 9 filled cells
    assert "over 8 udfyldte celler" in read_file(path).errors[0].message
    monkeypatch.setattr(csv_reading, "MAX_CELLS", 100)
    monkeypatch.setattr(csv_reading, "MAX_TEXT_CHARS", 50)
    assert "tegn tekst" in read_file(path).errors[0].message  # 28 + 18 + 18 = 64 characters in the cells
    assert xlsx_safety.too_many("Ark1", "rows", 100_000).message_en.startswith("Sheet 'Ark1' has more than 100,000")


def test_input_text_checks_name_the_character():
    assert bad_character("ok æøå 😀") is None
    assert bad_character("a\u0085b") == "U+0085"  # C1 control (NEL)
    assert visible("x\x07y") == "x<U+0007>y"
    assert text_problem("a\r\nb", "Navnet", "The name")[0] == "Navnet må ikke indeholde linjeskift. Skriv den på én linje."
    assert text_problem("a\tb", "Navnet", "The name") is None  # a tab is a space
