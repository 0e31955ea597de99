"""Untrusted files: wrong formats, corrupt and oversized files never reach openpyxl unchecked."""

from __future__ import annotations

import zipfile

import pytest

from jobcenter_bench.core.importing import ImportRejected, import_files, read_file, xlsx_safety

from .importing_fixtures import counts, write_csv, write_xlsx


def _single_error(path):
    parsed = read_file(path)
    assert parsed.survey_answers == [] and parsed.register_values == []
    (err,) = parsed.errors
    assert err.file == path.name and err.message_en
    return err


def test_openpyxl_parses_with_defusedxml():
    from openpyxl.xml import DEFUSEDXML

    assert DEFUSEDXML is True
    xlsx_safety.require_defusedxml()  # does not raise


def test_empty_file(tmp_path):
    (tmp_path / "tom.xlsx").write_bytes(b"")
    assert "tom (0 byte)" in _single_error(tmp_path / "tom.xlsx").message


def test_old_xls(tmp_path):
    path = tmp_path / "gammel.xls"
    path.write_bytes(xlsx_safety.OLE2_MAGIC + b"\x00" * 600)
    assert "gamle Excel-format (.xls)" in _single_error(path).message


def test_word_document_renamed(tmp_path):
    path = tmp_path / "rapport.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
    assert "et Word-dokument" in _single_error(path).message


def test_text_named_xlsx(tmp_path):
    path = tmp_path / "data.xlsx"
    path.write_text("Kommune;År\nAabenraa;2013\n")
    assert "ikke en Excel-fil" in _single_error(path).message


def test_truncated_workbook(tmp_path):
    good = write_xlsx(tmp_path / "good.xlsx", [["Kommune", "År", "Sygedagpenge"], ["Aabenraa", 2013, 4]])
    data = good.read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(data[: len(data) // 2])
    assert "beskadiget" in _single_error(tmp_path / "cut.xlsx").message


def test_zip_bomb_by_ratio(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"0" * (8 * 1024 * 1024))  # ~1000:1
    assert "zip-bombe" in _single_error(path).message


def test_zip_entry_and_size_caps(tmp_path, monkeypatch):
    path = write_xlsx(tmp_path / "ok.xlsx", [["Kommune", "År", "Sygedagpenge"], ["Aabenraa", 2013, 4]])
    monkeypatch.setattr(xlsx_safety, "MAX_ZIP_ENTRIES", 3)
    assert "dele (højst 3)" in _single_error(path).message
    monkeypatch.setattr(xlsx_safety, "MAX_ZIP_ENTRIES", 10_000)
    monkeypatch.setattr(xlsx_safety, "MAX_UNCOMPRESSED_BYTES", 1000)
    assert "udpakket" in _single_error(path).message
    monkeypatch.setattr(xlsx_safety, "MAX_UNCOMPRESSED_BYTES", 10**9)
    monkeypatch.setattr(xlsx_safety, "MAX_FILE_BYTES", 100)
    assert "for stor" in _single_error(path).message


def test_row_cap(tmp_path, monkeypatch):
    rows = [["Kommune", "År", "Sygedagpenge"]] + [["Aabenraa", 2000 + i, 1] for i in range(20)]
    xlsx = write_xlsx(tmp_path / "many.xlsx", rows)
    csv = write_csv(tmp_path / "many.csv", [";".join(map(str, r)) for r in rows])
    monkeypatch.setattr(xlsx_safety, "MAX_ROWS", 10)
    import jobcenter_bench.core.importing.csv_reading as csv_reading

    monkeypatch.setattr(csv_reading, "MAX_ROWS", 10)
    assert "over 10" in _single_error(xlsx).message
    assert "over 10" in _single_error(csv).message


def test_csv_with_binary_junk(tmp_path):
    path = tmp_path / "junk.csv"
    path.write_bytes(bytes(range(256)) * 40)
    assert "binære data" in _single_error(path).message


def test_entity_expansion_is_refused(tmp_path):
    """A 'billion laughs' sheet is stopped by defusedxml, reported as an unreadable file."""
    good = write_xlsx(tmp_path / "good.xlsx", [["Kommune", "År", "Sygedagpenge"], ["Aabenraa", 2013, 4]])
    path = tmp_path / "laughs.xlsx"
    evil = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>'
    )
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            dst.writestr(item, evil if item.filename == "xl/worksheets/sheet1.xml" else data)
    err = _single_error(path)
    assert "kan ikke læses" in err.message
    with pytest.raises(xlsx_safety.UnsafeFile) as info:
        xlsx_safety.open_workbook(path)
    chain, exc = [], info.value
    while exc is not None:
        chain.append(type(exc).__name__)
        exc = exc.__cause__ or exc.__context__
    assert "EntitiesForbidden" in chain  # defusedxml stopped it, not a lucky parse error


def test_rejected_unsafe_file_writes_nothing(tmp_path, store):
    (tmp_path / "tom.csv").write_bytes(b"")
    good = write_csv(tmp_path / "ok.csv", ["Kommune;År;Sygedagpenge", "Aabenraa;2013;4"])
    before = counts(store)
    with pytest.raises(ImportRejected):
        import_files(store, [good, tmp_path / "tom.csv"])
    assert counts(store) == before


def test_missing_file(tmp_path):
    parsed = read_file(tmp_path / "findes-ikke.xlsx")
    (err,) = parsed.errors
    assert "kan ikke læses" in err.message
