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
        # figure 6's y axis is the all-benefits rate the clusters are formed from (as in the PDF)
        assert y == pytest.approx(by_name[name].predicted_rate_all)
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


def test_export_writes_the_centre_report_and_workbook_in_the_worker(make_window, qtbot, tmp_path):
    from jobcenter_bench.gui import export

    window = make_window()
    assert all(a.isEnabled() for a in window.export_actions.values())
    pdf = tmp_path / "centre.pdf"
    window.export("centre_pdf", str(pdf))
    qtbot.waitUntil(lambda: not window.ws.runner.busy, timeout=60000)
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert str(pdf) in errors.shown_messages[-1]
    xlsx = tmp_path / "tables.xlsx"
    window.export("xlsx", str(xlsx))
    qtbot.waitUntil(lambda: not window.ws.runner.busy, timeout=60000)
    assert xlsx.read_bytes()[:2] == b"PK"
    assert export.last_export["result"] == xlsx
    window.export("xlsx", str(tmp_path / "no_such_folder" / "x.xlsx"))  # the core's message, no crash
    qtbot.waitUntil(lambda: not window.ws.runner.busy, timeout=60000)
    assert "no_such_folder" in errors.shown_messages[-1]


def test_drop_several_files_imports_them_as_new_revisions(make_window, qtbot):
    """Dropping files on the window imports them all in the worker; history shows the revision."""
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from jobcenter_bench.core.importing import sample_files

    window = make_window()
    files = [p for p in sample_files() if p.suffix == ".csv"]
    assert len(files) >= 2
    before = len(window.ws.store.imports())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in files])
    event = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    view = window.view("data")
    qtbot.waitUntil(lambda: not window.ws.runner.busy and view.import_button.isEnabled(), timeout=30000)
    assert window.stack.currentWidget() is view
    history = window.ws.store.imports()
    assert len(history) == before + len(files)
    assert {h["file_name"] for h in history[: len(files)]} == {p.name for p in files}
    assert all(h["revision"] == 2 for h in history[: len(files)])  # re-imported: second revision
    assert view.history.row_count() == len(history)
    qtbot.waitUntil(lambda: window.ws.analysis is not None, timeout=20000)  # recomputed after import


def test_year_switch_recomputes_every_result(make_window, qtbot):
    window = make_window()
    years = window.ws.years()
    assert len(years) >= 2
    window.show_view("overview")
    window.year_box.activated.emit(window.year_box.findText(str(years[0])))
    assert window.ws.computing  # the result arrives through the event loop, not yet
    assert window.view("overview").empty.text() == "Beregner analysen …"
    window.show_view("levers")
    qtbot.waitUntil(lambda: window.ws.analysis is not None and window.ws.analysis.year == years[0], timeout=20000)
    assert window.ws.levers is not None and window.ws.levers.year == years[0]
    window.show_view("overview")
    assert window.view("overview").caption.text().startswith(f"{years[0]}:")


def test_model_variable_choice_refits_in_the_worker(make_window, qtbot):
    window = make_window()
    window.show_view("model")
    view = window.view("model")
    # the first results come without the regression table; showing the view computes it
    assert view.summary.text() == "Beregner regressionstabellen …" or window.ws.has_inference
    qtbot.waitUntil(lambda: len(view.table.model.records) > 0, timeout=20000)
    n_before = len(view.table.model.records)
    assert n_before == 1 + view.variables.count()  # intercept + every framework variable
    view.variables.item(0).setCheckState(Qt.CheckState.Unchecked)
    dropped = view.variables.item(0).data(Qt.ItemDataRole.UserRole)
    view.source.setCurrentIndex(view.source.findData("own"))
    view.apply.click()
    qtbot.waitUntil(lambda: window.ws.analysis.options.variables is not None, timeout=20000)
    assert dropped not in window.ws.analysis.variables
    assert window.ws.analysis.prediction_source == "own"
    assert len(view.table.model.records) == n_before - 1
    assert [c.name for c in view.table.model.records] == ["const", *window.ws.analysis.variables]


def test_new_empty_database_and_a_file_that_is_not_one(make_window, tmp_path):
    window = make_window()
    empty = tmp_path / "ny.jcbench"
    window.ws.open(str(empty), create=True)
    window._remember(str(empty))
    window.ws.compute()
    assert not window.banner.isVisible()
    for module, _ in VIEWS:
        window.show_view(module)  # every view copes with an empty database
    assert window.view("overview").empty.text() == "Ingen data"
    assert window.view("data")._stack.currentWidget() is window.view("data").page
    assert window.settings.recent_files[0] == str(empty)
    bad = tmp_path / "noget.jcbench"
    bad.write_text("ikke en database", encoding="utf-8")
    assert window.open_database(str(bad)) is False
    assert "noget.jcbench" in errors.shown_messages[-1]
    assert window.ws.path == str(empty)  # the open database is kept


def test_progress_bar_and_cancel_button(make_window, qtbot):
    import time

    window = make_window()
    done = []

    def slow(state=None):
        for i in range(200):
            state.progress(i, 200, "trin")
            state.check_cancelled()
            time.sleep(0.01)
        return "færdig"

    window.ws.runner.submit(slow, name="Langt job", on_done=done.append)
    qtbot.waitUntil(lambda: window.progress.isVisible() and window.progress.value() > 0, timeout=5000)
    assert window.cancel_button.isVisible() and "Langt job" in window.task_label.text()
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.ws.runner.busy, timeout=5000)
    assert done == [] and not window.progress.isVisible()


def test_save_as_copies_the_database_and_opens_the_copy(make_window, tmp_path, row_counts):
    window = make_window()
    before = row_counts(window.ws.store)
    target = tmp_path / "kopi.jcbench"
    window.ws.save_as(str(target))
    window._remember(str(target))
    assert window.ws.path == str(target) and target.exists()
    assert row_counts(window.ws.store) == before
    assert window.ws.is_sample and window.banner.isVisible()
    assert [a.text() for a in window.recent_menu.actions()][0] == str(target)
