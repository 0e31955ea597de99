"""The About box lists the bundled components' licences (issue 17, item 4)."""

from __future__ import annotations

import pytest

from jobcenter_bench.core import resources
from jobcenter_bench.gui import errors

pytestmark = pytest.mark.gui


def test_about_box_lists_the_bundled_licences(make_window, monkeypatch, tmp_path):
    (tmp_path / "licenses").mkdir()
    (tmp_path / "licenses" / "index.tsv").write_text(
        "component\tversion\tlicence\tfile\n"
        "Qt and Qt for Python (PySide6)\t6.11.3\tLGPL-3.0-only\tQt.txt\n"
        "DejaVu fonts\t\tBitstream Vera\tDejaVu_fonts.txt\n", encoding="utf-8")
    window = make_window()
    monkeypatch.setattr(resources, "project_root", lambda: tmp_path)
    window.about()
    text = errors.shown_messages[-1]
    assert "• Qt and Qt for Python (PySide6) 6.11.3 – LGPL-3.0-only" in text
    assert "• DejaVu fonts  – Bitstream Vera" in text
    assert str(tmp_path / "licenses") in text


def test_about_box_without_a_licences_folder_shows_the_version_only(make_window, monkeypatch, tmp_path):
    window = make_window()
    monkeypatch.setattr(resources, "project_root", lambda: tmp_path)
    window.about()
    assert "•" not in errors.shown_messages[-1]
    assert errors.shown_messages[-1].startswith("Jobcenter Bench ")
