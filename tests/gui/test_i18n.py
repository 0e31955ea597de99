"""One translation mechanism (Qt tr() + .ts/.qm), complete and fresh; English mode shows no Danish."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableView,
)

from jobcenter_bench.core.resources import project_root
from jobcenter_bench.gui.main_window import VIEWS
from jobcenter_bench.gui.widgets.charts import Chart

pytestmark = pytest.mark.gui

I18N = project_root() / "resources" / "i18n"
sys.path.insert(0, str(I18N))
import update_translations  # noqa: E402


def _untranslated(ts: Path) -> list[str]:
    out = []
    for m in ElementTree.parse(ts).iter("message"):
        t = m.find("translation")
        if t is None or not (t.text or "").strip() or t.get("type") in ("unfinished", "vanished", "obsolete"):
            out.append(m.findtext("source"))
    return out


def _translations() -> dict[str, str]:
    return {m.findtext("source"): m.findtext("translation")
            for m in ElementTree.parse(I18N / "jobcenter_bench_en.ts").iter("message")}


def test_every_tr_string_has_a_translation(tmp_path):
    """lupdate over the current code adds no string the committed catalogue lacks."""
    ts = tmp_path / "fresh.ts"
    shutil.copy(I18N / "jobcenter_bench_en.ts", ts)
    update_translations.lupdate(ts)
    assert _untranslated(ts) == []


def test_compiled_catalogue_matches_the_source(tmp_path):
    qm = tmp_path / "fresh.qm"
    update_translations.lrelease(I18N / "jobcenter_bench_en.ts", qm)
    assert qm.read_bytes() == (I18N / "jobcenter_bench_en.qm").read_bytes(), \
        "run python resources/i18n/update_translations.py"


def test_check_detects_an_untranslated_string(tmp_path):
    """The freshness test can fail: a new tr() string shows up as unfinished."""
    src = tmp_path / "probe.py"
    src.write_text("from PySide6.QtCore import QObject\n\n\nclass Probe(QObject):\n"
                   "    def f(self):\n        return self.tr('Helt ny tekst uden oversættelse')\n", encoding="utf-8")
    ts = tmp_path / "probe.ts"
    shutil.copy(I18N / "jobcenter_bench_en.ts", ts)
    subprocess.run([update_translations.tool("pyside6-lupdate"), str(src), "-ts", str(ts)], check=True,
                   capture_output=True)
    assert "Helt ny tekst uden oversættelse" in _untranslated(ts)


def _visible_texts(window) -> list[str]:
    texts = [a.text() for a in window.menuBar().actions()]
    for menu in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu())):
        texts += [a.text() for a in menu.actions()]
    for w in window.findChildren(QLabel):
        texts.append(w.text())
    for w in window.findChildren(QAbstractButton):
        texts.append(w.text())
    for w in window.findChildren(QGroupBox):
        texts.append(w.title())
    for w in window.findChildren(QLineEdit):
        texts.append(w.placeholderText())
    for w in window.findChildren(QComboBox):
        if not w.isEditable():
            texts += [w.itemText(i) for i in range(w.count())]
    for w in window.findChildren(QListWidget):
        texts += [w.item(i).text() for i in range(w.count())]
    for w in window.findChildren(QTableView):
        model = w.model()
        if model is not None:
            texts += [str(model.headerData(c, _horizontal()) or "") for c in range(model.columnCount())]
    for chart in window.findChildren(Chart):
        item = chart.getPlotItem()
        texts.append(item.titleLabel.text)
        texts += [item.getAxis(a).labelText for a in ("left", "bottom")]
    return [t for t in texts if t]


def _row(module: str) -> int:
    return [m for m, _ in VIEWS].index(module)


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_english_mode_leaves_no_danish_text(make_window):
    window = make_window(lang="en")
    assert window.sidebar.item(_row("overview")).text() == "Overview"
    assert window.sidebar.item(_row("home")).text() == "My job centre"
    danish = {src for src, tr in _translations().items() if src != tr}
    for module, _ in VIEWS:
        window.show_view(module)
    window.view("levers").panel.show_lever("B1")
    shown = _visible_texts(window)
    assert "Cases per FTE (full-time persons per FTE)" in shown
    left = sorted({t for t in shown if t in danish})
    assert left == []


def test_switching_language_at_runtime(make_window, qtbot):
    window = make_window(lang="da")
    assert window.sidebar.item(_row("overview")).text() == "Overblik"
    window.set_language("en")
    assert window.sidebar.item(_row("overview")).text() == "Overview"
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.settings.language == "en"
    window.show_view("overview")
    assert "Cases per FTE" in window.view("overview").fig6.getPlotItem().getAxis("bottom").labelText
    window.set_language("da")
    assert window.sidebar.item(_row("overview")).text() == "Overblik"
