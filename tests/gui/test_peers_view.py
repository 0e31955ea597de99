"""The GUI view "Sammenlignelige og forbilleder" on the sample database: DEA in the worker, the
ranking, the peers, the similar table with edited weights, saving a group and choosing it."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")


def _view(window):
    return window.view("peers")


def test_view_ranks_peers_and_saves_a_group(make_window, qtbot):
    window = make_window()
    window.show_view("peers")
    view = _view(window)
    ws = window.ws
    ws.set_centre("Frederiksberg")
    qtbot.waitUntil(lambda: ws.results is not None and ws.results.dea_ready() and view.ranking.row_count() > 0,
                    timeout=20000)
    dea = ws.results.dea()
    assert view.ranking.row_count() == len(dea.centres)
    me = dea.centre("Frederiksberg")
    assert view.peer_table.row_count() == 1 + len(me.peers)  # the centre itself first, then its peers
    assert "København" in view.hinge.text()  # sample data: Frederiksberg's θ rests on København
    # weights: only the population (size) counts → the nearest by population first
    for key in ws.results.similarity_variables():
        view.set_weight(key, 1.0 if key == "population" else 0.0)
    found = ws.results.similar("Frederiksberg", {"population": 1.0}, 5)
    pops = {c.jobcenter: c.population for c in ws.results.centres}
    me_pop = pops["Frederiksberg"]
    expected = sorted((abs(p - me_pop), n) for n, p in pops.items() if n != "Frederiksberg")[:5]
    assert list(found.members()) == [n for _, n in expected]
    assert [r["jobcenter"] for r in view.similar.model.records] == list(found.members())
    view.group_name.setText("Befolkning")
    view.save_button.click()
    assert [g.name for g in ws.results.peer_groups] == ["Befolkning"]
    view.choose_group("Befolkning")
    assert ws.results.comparison("Frederiksberg").cluster.scope == "group"
    assert ws.results.comparison_label("Frederiksberg") == "Gruppe: Befolkning"
