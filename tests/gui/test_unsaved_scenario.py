"""Quitting or opening another database with an unsaved working scenario asks Gem / Kassér /
Annullér (issue 10, point 4). The message box is answered by a stand-in, as a user would."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from jobcenter_bench.core.scenarios import list_scenarios, load_scenario

pytestmark = pytest.mark.gui


@pytest.fixture
def answer(monkeypatch):
    """``answer(button)``: the next Gem/Kassér/Annullér box returns ``button``; records the asks."""
    asked = []

    def use(button):
        def exec_(box):
            asked.append(box.text())
            return button
        monkeypatch.setattr(QMessageBox, "exec", exec_)
        return asked
    return use


def _change_assumption(window, value=1000):
    window.show_view("levers")
    window.view("levers").panel.general["effective_hours"].setValue(value)
    assert window.ws.scenario_dirty


def test_no_question_without_changes(make_window, answer):
    window = make_window(ask_unsaved=True)
    asked = answer(QMessageBox.StandardButton.Cancel)
    assert window.confirm_unsaved() is True
    assert asked == []


def test_cancel_keeps_the_window_and_the_changes(make_window, answer, qtbot):
    window = make_window(ask_unsaved=True)
    _change_assumption(window)
    asked = answer(QMessageBox.StandardButton.Cancel)
    window.close()
    assert len(asked) == 1 and "ikke er gemt" in asked[0]
    assert window.isVisible()  # the close was refused
    assert window.ws.scenario_dirty
    assert window.ws.scenario_obj.assumptions["effective_hours"] == 1000


def test_discard_closes_without_saving(make_window, answer):
    window = make_window(ask_unsaved=True)
    _change_assumption(window)
    answer(QMessageBox.StandardButton.Discard)
    names_before = list_scenarios(window.ws.store)
    assert window.confirm_unsaved() is True
    assert list_scenarios(window.ws.store) == names_before


def test_save_stores_the_working_scenario_under_a_new_name(make_window, answer, monkeypatch):
    window = make_window(ask_unsaved=True)
    _change_assumption(window, 1100)
    answer(QMessageBox.StandardButton.Save)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Kladde", True))
    assert window.confirm_unsaved() is True
    assert "Kladde" in list_scenarios(window.ws.store)
    assert load_scenario(window.ws.store, "Kladde").assumptions["effective_hours"] == 1100
    assert not window.ws.scenario_dirty


def test_opening_another_database_asks_first(make_window, answer, db_copy, tmp_path):
    import shutil

    window = make_window(ask_unsaved=True)
    _change_assumption(window)
    other = tmp_path / "other.jcbench"
    shutil.copy(db_copy, other)
    asked = answer(QMessageBox.StandardButton.Cancel)
    assert window.open_database(str(other)) is False
    assert len(asked) == 1
    assert window.ws.path == str(db_copy)  # still the first database, changes kept
    assert window.ws.scenario_dirty
