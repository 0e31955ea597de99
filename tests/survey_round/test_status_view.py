"""The survey-status table widget: Danish headers, colour per status, problems of the selection."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from jobcenter_bench.core.survey_round import CentreStatus  # noqa: E402
from jobcenter_bench.core.validation import Problem, Severity  # noqa: E402
from jobcenter_bench.gui.views.survey_status import STATUS_COLOURS, SurveyStatusView  # noqa: E402

pytestmark = pytest.mark.gui

ERR = Problem("odense.xlsx", "Ledelse (årsværk): -2 er negativ. Skriv et tal mellem 0 og 300.",
              sheet="Årsværk", row=5, column="C", value="-2", message_en="Management: -2 is negative.")
WARN = Problem("aalborg.xlsx", "Sygefravær: 45 er usædvanligt.", Severity.WARNING, sheet="Tidsforbrug",
               row=2, column="C")
ROWS = [
    CentreStatus("Aabenraa", ("Aabenraa",), 2014, "answered", "a.xlsx", True),
    CentreStatus("Aalborg", ("Aalborg",), 2014, "warnings", "aalborg.xlsx", True, (WARN,)),
    CentreStatus("Esbjerg", ("Esbjerg", "Fanø"), 2014, "missing"),
    CentreStatus("Odense", ("Odense",), 2014, "errors", "odense.xlsx", False, (ERR,)),
]


@pytest.fixture
def view(qtbot):
    from jobcenter_bench.gui.i18n import install_language

    QApplication.instance() or QApplication([])
    install_language("da")
    w = SurveyStatusView(ROWS)
    qtbot.addWidget(w)
    return w


def _headers(table) -> list[str]:
    m = table.model
    return [m.headerData(c, Qt.Orientation.Horizontal) for c in range(m.columnCount())]


def test_headers_statuses_and_colours(view):
    assert _headers(view.table) == ["Jobcenter", "Kommuner", "Status", "Fejl", "Advarsler", "Fil", "Importeret"]
    m = view.table.model
    assert [m.text(r, 2) for r in range(4)] == ["besvaret", "besvaret med advarsler", "mangler", "med fejl"]
    assert m.text(2, 1) == "Esbjerg, Fanø" and m.text(2, 6) == ""  # missing: no file, nothing imported
    assert (m.text(0, 6), m.text(3, 6)) == ("ja", "nej")
    for r, status in enumerate(("answered", "warnings", "missing", "errors")):
        colour = m.data(m.index(r, 0), Qt.ItemDataRole.BackgroundRole)
        assert colour.name().upper() == STATUS_COLOURS[status]
    assert len(set(STATUS_COLOURS.values())) == 4  # every status its own colour
    assert view.summary.text() == "4 jobcentre: 1 besvaret, 1 besvaret med advarsler, 1 med fejl, 1 mangler."


def test_selecting_a_centre_lists_its_problems(view):
    assert view.problems.model.rowCount() == 0
    view.table.view.selectRow(3)  # Odense (rows unsorted)
    m = view.problems.model
    assert m.rowCount() == 1
    assert [m.text(0, c) for c in range(3)] == ["Fejl", "Årsværk", "C5"]
    assert "negativ" in m.text(0, 3)
    assert view.detail.text() == "Odense: med fejl"


def test_english(qtbot):
    from jobcenter_bench.gui.i18n import install_language

    install_language("en")
    try:
        w = SurveyStatusView(ROWS)
        qtbot.addWidget(w)
        assert _headers(w.table)[:3] == ["Job centre", "Municipalities", "Status"]
        assert w.table.model.text(3, 2) == "with errors"
        w.table.view.selectRow(3)
        assert w.problems.model.text(0, 0) == "Error"
        assert w.problems.model.text(0, 3) == "Management: -2 is negative."
    finally:
        install_language("da")
