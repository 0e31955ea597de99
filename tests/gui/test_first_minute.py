"""The first minute (issue 12): the first-start question, the landing view, the centre search,
the business case's defaults, the regression table on demand, Qt's dialogs in Danish and the
Linux platform-library message."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox

from jobcenter_bench.core.numbers import format_number
from jobcenter_bench.gui.platform_check import missing_message, uses_xcb

pytestmark = pytest.mark.gui


def test_first_start_asks_for_the_centre_remembers_it_and_lands_on_it(make_window, qtbot):
    from jobcenter_bench.gui.settings import load_settings

    window = make_window(first_start=True)
    qtbot.waitUntil(lambda: getattr(window, "_home_dialog", None) is not None, timeout=5000)
    dialog = window._home_dialog
    assert dialog.windowTitle() == "Velkommen til Jobcenter Bench"
    qtbot.keyClicks(dialog.search, "hern")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert window.ws.centre == "Herning"
    assert window.stack.currentWidget() is window.view("home")
    saved = load_settings()
    assert saved.home_centre == "Herning" and saved.home_asked and saved.last_view == "home"


def test_the_consultant_answer_is_remembered_too(make_window, qtbot):
    window = make_window(first_start=True)
    qtbot.waitUntil(lambda: getattr(window, "_home_dialog", None) is not None, timeout=5000)
    before = window.ws.centre
    dialog = window._home_dialog
    dialog.list.setCurrentRow(0)  # "Jeg er konsulent – alle jobcentre"
    dialog.accept()
    assert window.settings.home_asked and window.settings.home_centre == ""
    assert window.ws.centre == before


def test_landing_view_shows_where_the_centre_stands(make_window):
    window = make_window()
    window.ws.set_centre("Herning")
    window.show_view("home")
    view = window.view("home")
    results = window.ws.results
    me = results.centre("Herning")
    # rank by cases per FTE among all centres with a productivity, 1 = most: counted here
    higher = sum(1 for c in results.centres if c.cases_per_fte is not None and c.cases_per_fte > me.cases_per_fte)
    n = sum(1 for c in results.centres if c.cases_per_fte is not None)
    _, value, sub = view.cards["cases_per_fte"]
    assert value.text() == format_number(me.cases_per_fte, 1)
    assert sub.text().startswith(f"nr. {higher + 1} af {n} (1 = flest)")
    assert view.cards["quadrant"][1].text() == results.quadrant_name(me.quadrant, "da")
    scope = results.lever_scope("Herning")
    low, high = format_number(scope.total_low_dkk / 1e6, 1), format_number(scope.total_high_dkk / 1e6, 1)
    assert view.cards["net_potential"][1].text() == f"{low}–{high} mio. kr."
    # figure 7: my centre named on its point, the quadrant names in the corners
    assert view.fig7.data["name_label"].toPlainText() == "Herning"
    assert view.fig7.data["corners"]["tr"] == "Ressourceeffektiv"
    assert view.fig7.data["corners"]["bl"] == "Lav produktivitet, lav effekt"
    # my row highlighted and in view
    table = view.table
    row = next(i for i, c in enumerate(table.model.records) if c.jobcenter == "Herning")
    assert table.model.highlight == row
    index = table.proxy.mapFromSource(table.model.index(row, 0))
    assert table.view.viewport().rect().intersects(table.view.visualRect(index))
    assert table.model.data(table.model.index(row, 0), Qt.ItemDataRole.FontRole).bold()


def test_centre_search_selects_on_enter_with_one_match(make_window, qtbot):
    window = make_window()
    box = window.centre_box
    box.lineEdit().clear()
    qtbot.keyClicks(box.lineEdit(), "Hern")
    assert box.completer().popup().isVisible()  # type-ahead offers the matches
    assert box.completer().currentCompletion() == "Herning"
    box.completer().popup().hide()
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert window.ws.centre == "Herning"
    assert box.matches("a") != ["Aabenraa"] and len(box.matches("a")) > 1  # several: Enter waits


def test_business_case_ticks_only_levers_worth_something_and_says_dash_without_investment(make_window):
    window = make_window()
    window.ws.set_centre("Herning")
    window.show_view("business_case")
    view = window.view("business_case")
    potential = {r.id: r for r in window.ws.results.lever_scope("Herning").levers}
    for i in range(view.levers.rowCount()):
        item = view.levers.item(i, 0)
        if item.checkState() == Qt.CheckState.Checked:
            assert potential[item.data(Qt.ItemDataRole.UserRole)].high_dkk > 0
    assert "tilbagebetalt: – (ingen investering angivet" in view.payback.text()
    assert view.levers.horizontalHeaderItem(2).text() == "Potentiale, kr."


def test_first_results_come_without_statsmodels_tables_and_exports_get_them(make_window, qtbot):
    from jobcenter_bench.gui import export

    window = make_window()
    results = window.ws.results
    assert not window.ws.has_inference and results.analysis.models == {}
    full = export.with_inference(lambda r: r, window.ws.path, results)
    assert set(full.analysis.models) == {"core", "all"}
    assert full.scenario is results.scenario and full.state.centre == results.state.centre
    window.show_view("model")  # the Model view asks for the table
    qtbot.waitUntil(lambda: window.ws.has_inference, timeout=20000)
    assert len(window.view("model").table.model.records) > 0


def test_qt_own_dialogs_speak_danish(qapp):
    from jobcenter_bench.gui.i18n import install_language

    install_language("da")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Kig i:"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuller"
    install_language("en")
    try:
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"
    finally:
        install_language("da")


def test_missing_xcb_libraries_name_the_debian_packages():
    env = {"DISPLAY": ":0"}
    message = missing_message(env, loads=lambda soname: soname not in ("libxcb-icccm.so.4", "libxcb-keysyms.so.1"))
    if not uses_xcb(env):  # not Linux
        assert message == ""
        return
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in message
    assert missing_message(env, loads=lambda soname: True) == ""
    assert missing_message({"QT_QPA_PLATFORM": "offscreen"}, loads=lambda soname: False) == ""
