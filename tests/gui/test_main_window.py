"""The main window on the sample data: start, views, selection, import, errors."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from jobcenter_bench.gui import errors
from jobcenter_bench.gui.main_window import VIEWS

pytestmark = pytest.mark.gui


def test_first_start_builds_sample_in_app_data_folder(qapp, qtbot, gui_home):
    """No settings, no --db: the sample database is built in AppDataLocation, banner shown."""
    from jobcenter_bench.gui import settings as settings_mod
    from jobcenter_bench.gui.app import configure_application, create_window, default_database

    configure_application(qapp)
    settings_mod.qsettings().clear()
    target = default_database()
    target.unlink(missing_ok=True)
    assert "qttest" in str(target).lower() or str(gui_home) in str(target)  # test mode, not the real folder
    window = create_window(None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ws.path == str(target), timeout=30000)
    assert window.ws.is_sample
    assert window.banner.isVisible()
    assert "Eksempeldata" in window.banner.text()
    assert window.ws.years()  # the sample holds data
    window.close()
    assert settings_mod.load_settings().last_db == str(target)


def test_every_view_shows_content(make_window):
    window = make_window()
    for module, _ in VIEWS:
        window.show_view(module)
        view = window.view(module)
        assert window.stack.currentWidget() is view
        assert view.isVisible()
    for module in ("data", "overview", "profile", "model"):
        window.show_view(module)
        assert window.view(module)._stack.currentWidget() is window.view(module).page, module


def test_select_centre_from_searchable_selector(make_window, qtbot):
    window = make_window()
    window.show_view("profile")
    box = window.centre_box
    box.lineEdit().setText("dens")  # part of "Odense"
    box.completer().setCompletionPrefix("dens")
    matches = [box.completer().completionModel().index(i, 0).data()
               for i in range(box.completer().completionCount())]
    assert "Odense" in matches
    box.select_name("Odense")
    assert window.ws.centre == "Odense"
    assert "Odense" in window.view("profile").heading.text()
    fig7 = window.view("overview").fig7
    window.show_view("overview")
    assert fig7.data["selected"] == "Odense"


def test_click_on_a_point_selects_the_centre(make_window, qtbot):
    window = make_window()
    window.show_view("overview")
    fig7 = window.view("overview").fig7
    pos = {n: fig7.point_position(n) for n in fig7.data["names"]}

    def isolated(n):  # no other point within 16 px, so the click cannot hit a neighbour
        return all((pos[n] - pos[m]).manhattanLength() > 16 for m in pos if m != n)

    target = next(n for n in fig7.data["names"] if n != window.ws.centre and isolated(n))
    qtbot.mouseClick(fig7.viewport(), Qt.MouseButton.LeftButton, pos=pos[target])
    assert window.ws.centre == target
    assert window.centre_box.currentText() == target
    assert fig7.data["selected"] == target


def test_charts_show_the_core_results(make_window):
    window = make_window()
    window.show_view("overview")
    result = window.ws.analysis
    fig6 = window.view("overview").fig6
    by_name = {c.jobcenter: c for c in result.compared()}
    assert len(fig6.data["names"]) == len(by_name)
    for name, x, y in zip(fig6.data["names"], fig6.data["x"], fig6.data["y"], strict=True):
        assert x == pytest.approx(by_name[name].cases_per_fte)
        assert y == pytest.approx(by_name[name].predicted_rate)
    assert fig6.data["vline"] == pytest.approx(result.thresholds.productivity_median)
    me = window.ws.centre_record()
    assert fig6.data["group"] == {c.jobcenter for c in result.centres if c.cluster == me.cluster}


def test_ranking_table_copies_as_tsv(make_window):
    window = make_window()
    window.show_view("overview")
    table = window.view("overview").table
    tsv = table.tsv(all_rows=True)
    lines = tsv.rstrip("\n").split("\n")
    header = lines[0].split("\t")
    assert header[0] == "Jobcenter" and "Sager pr. årsværk" in header
    assert len(lines) == 1 + len(window.ws.analysis.centres)
    col = header.index("Sager pr. årsværk")
    cells = [ln.split("\t")[col] for ln in lines[1:] if ln.split("\t")[col]]
    assert cells and all("," in c and "." not in c for c in cells)  # Danish decimals, no thousands dots
    table.filter.setText("Odense")
    assert table.row_count() == 1


def test_bad_file_import_shows_error_and_changes_nothing(make_window, qtbot, tmp_path, row_counts):
    window = make_window()
    window.show_view("data")
    before = row_counts(window.ws.store)
    bad = tmp_path / "register_bad.csv"
    bad.write_text("kommunekode;aar;variabel;vaerdi\n999;2013;befolkning;abc\n", encoding="utf-8")
    view = window.view("data")
    view.import_files([str(bad)])
    qtbot.waitUntil(lambda: not window.ws.runner.busy and view.import_button.isEnabled(), timeout=20000)
    assert "register_bad.csv" in view.status.text()
    assert view.report.row_count() >= 1
    assert "register_bad.csv" in view.report.tsv(all_rows=True)
    assert row_counts(window.ws.store) == before


def test_unexpected_exception_is_logged_and_shown(make_window):
    window = make_window()
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert "boom in a slot" in errors.shown_messages[-1]
    log = Path(errors._log_file["path"])
    assert "RuntimeError: boom in a slot" in log.read_text(encoding="utf-8")
    assert window.isVisible()  # still running


def test_bench_error_shows_core_message(make_window):
    from jobcenter_bench.core.errors import BenchError

    window = make_window()
    errors.show_error(window, BenchError("Filen mangler arket 'Årsværk'.", "The file lacks sheet 'Årsværk'."))
    assert errors.shown_messages[-1] == "Filen mangler arket 'Årsværk'."
