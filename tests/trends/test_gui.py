"""The trend view on the three hand-made years: years computed in the worker, then drawn."""

import pytest

pytest.importorskip("PySide6")

from tests.trends._data import build  # noqa: E402


@pytest.fixture
def view(qapp, qtbot, tmp_path):
    from jobcenter_bench.gui.views.trend import TrendView
    from jobcenter_bench.gui.workspace import Workspace

    path = tmp_path / "hand.jcbench"
    build(path).close()
    ws = Workspace()
    ws.open(path, create=False)
    ws.set_centre("Morsø")
    ws.compute()
    qtbot.waitUntil(lambda: ws.results is not None and not ws.computing, timeout=20000)
    v = TrendView(ws)
    qtbot.addWidget(v)
    v.resize(1200, 700)
    v.show()
    qtbot.waitUntil(lambda: v.book is not None, timeout=20000)
    yield v
    ws.runner.cancel_all()
    ws.runner.wait(10000)
    ws.close()


def test_view_draws_the_centre_cluster_and_country(view, qtbot):
    qtbot.waitUntil(lambda: view.chart.data.get("measure") == "cases_per_fte", timeout=5000)
    data = view.chart.data
    assert data["years"] == [2011, 2012, 2013]
    # Morsø 300/10, 300/10, 360/9; cluster 1 median (Skive 20): 25, 25, 30
    assert data["series"]["Morsø"] == pytest.approx([30, 30, 40])
    assert data["series"]["Klyngen"] == pytest.approx([25, 25, 30])
    assert data["breaks"] == [2011.5]  # own model + population 16-66 in 2011, published after
    low, high = view.chart.getViewBox().viewRange()[1]
    assert low < 25 and high > 40  # every value inside the drawn range


def test_change_follows_the_year_selector(view, qtbot):
    # the newest year: 2012 → 2013, Morsø's +10 split into +6,3 (caseload) and +3,7 (staff)
    items = {r["item"]: r for r in view.change.model.records}
    assert items["– heraf fra sagsmængden (fuldtidspersoner)"]["change"] == "+6,3"
    assert items["– heraf fra personalet (årsværk)"]["change"] == "+3,7"
    view.ws.set_year(2012)
    qtbot.waitUntil(lambda: view.change.model.records[0]["a"] == "30,0" and
                    view.change.model.records[0]["change"] == "0,0", timeout=20000)
    assert view.book is not None  # the years were not recomputed for another year


def test_years_are_recomputed_after_the_database_changed(view, qtbot):
    from jobcenter_bench.core.store import Store

    first = view.book
    with Store.open(view.ws.path, create=False) as other:  # as an import would, on its own connection
        other.set_year_definitions(2013, population="16-66")
    view.ws.reload()
    view.ws.compute()
    qtbot.waitUntil(lambda: view.book is not None and view.book is not first, timeout=20000)
    assert view.book.tables[2013].vintage.population == "16-66"
    assert [b.year for b in view.trend.breaks()] == [2012, 2013]  # 16-66 → 16-64 → 16-66
