"""Filer → "Hent registerdata…" opens the fetch dialog on the open database."""

import pytest

pytestmark = pytest.mark.gui


def test_fetch_menu_action_opens_the_dialog(make_window):
    from jobcenter_bench.gui.dialogs.fetch import FetchDialog

    window = make_window()
    action = next(a for a in window.menuBar().actions()[0].menu().actions()
                  if a.text() == "&Hent registerdata…")
    action.trigger()
    dialogs = window.findChildren(FetchDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    assert dialogs[0].ws is window.ws
    dialogs[0].close()
