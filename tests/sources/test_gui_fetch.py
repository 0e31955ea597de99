"""The "Hent registerdata…" dialog: progress, result, failure and cancel (local replay only)."""

from __future__ import annotations

import pytest

from jobcenter_bench.core.store import Store

from .replay import route_all

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qapp, qtbot, tmp_path, replay):
    from jobcenter_bench.gui.dialogs.fetch import FetchDialog
    from jobcenter_bench.gui.workspace import Workspace

    path = tmp_path / "p.jcbench"
    Store.open(path).close()
    ws = Workspace()
    ws.open(path)
    d = FetchDialog(ws)
    d.jobindsats_url = d.statbank_url = replay.url
    d.year.setValue(2023)
    d.key.setText("gui-key")
    qtbot.addWidget(d)
    yield d
    ws.runner.cancel_all()
    ws.runner.wait(10000)
    ws.close()


def test_fetch_and_import_from_the_dialog(dialog, replay, qtbot):
    route_all(replay)
    dialog.fetch_button.click()
    assert dialog.cancel_button.isEnabled() and not dialog.fetch_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Importeret"), timeout=20000)
    assert "6 tabeller" in dialog.status.text()
    assert dialog.progress.value() == dialog.progress.maximum()
    qtbot.waitUntil(lambda: dialog.fetch_button.isEnabled(), timeout=5000)
    assert dialog.ws.store.register_wide(2023)[101]["persons_adp"] == 1065.0


def test_failure_is_shown_and_nothing_imported(dialog, replay, qtbot):
    route_all(replay)
    replay.route("GET", "/v2/tables/y01a02/json/", (403, {}, b"no"))
    dialog.fetch_button.click()
    qtbot.waitUntil(lambda: "HTTP 403" in dialog.status.text(), timeout=20000)
    assert dialog.status.text().startswith("Intet blev importeret")
    assert "gui-key" not in dialog.status.text() + dialog.details.toPlainText()
    assert dialog.ws.store.imports() == []


def test_cancel_imports_nothing(dialog, replay, qtbot):
    route_all(replay)
    replay.delay = 0.3  # each request takes a while: time to press cancel
    dialog.fetch_button.click()
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.fetch_button.isEnabled(), timeout=20000)
    assert "Annulleret" in dialog.status.text()
    assert dialog.ws.store.imports() == []


def test_plan_sends_nothing(dialog, replay):
    dialog.plan_button.click()
    assert "FOLK1A" in dialog.details.toPlainText() and "6 tabeller" in dialog.status.text()
    assert replay.requests == []
