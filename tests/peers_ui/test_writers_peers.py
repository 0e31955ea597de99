"""The PDF page "Hvem ligner os, og hvem gør det bedre" and the workbook's frontier and group
sheets on the four hand-made centres of ``test_results_peers`` (θ = 8 / FTE, peer = the 8-FTE
centre, target 8 FTE)."""

from __future__ import annotations

import openpyxl
import pytest

from jobcenter_bench.core.session import AnalysisOptions, Session, SessionState
from jobcenter_bench.reports import api
from jobcenter_bench.reports.peers_page import peers_page

from .test_results_peers import FTE, NAMES, small_store


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    path = tmp_path_factory.mktemp("w") / "w.jcbench"
    store = small_store(str(path))
    with store.transaction():
        store.save_peer_group("Naboer", [NAMES[1], NAMES[3]], NAMES[2], {"x": 2.0})
    res = Session(store).compute(SessionState(with_previous=False, options=AnalysisOptions(inference=False)))
    store.close()
    return res


def _texts(flowables) -> str:
    out = []
    for f in flowables:
        if hasattr(f, "getPlainText"):
            out.append(f.getPlainText())
        elif hasattr(f, "_cellvalues"):
            out += [c.getPlainText() if hasattr(c, "getPlainText") else str(c) for row in f._cellvalues for c in row]
    return "\n".join(out)


def test_page_states_theta_peer_target_and_hinge(results):
    # default model (3 outputs, VRS, input): equal KTH and SDP, ADP grows with x, so the
    # 16-FTE centre (x = 5, ADP 105) is compared with a mix of the 8-FTE (ADP 100) and the 20-FTE
    # centre (ADP 106); the figures below are read from the DEA the page draws
    dea = results.dea()
    me = dea.centre(NAMES[2])
    text = _texts(peers_page(results, NAMES[2], "da"))
    assert "Hvem ligner os, og hvem gør det bedre" in text
    assert f"{me.efficiency:.2f}".replace(".", ",") in text
    assert all(p in text for p, _ in me.peers)
    assert "De 5 mest sammenlignelige jobcentre" in text
    en = _texts(peers_page(results, NAMES[2], "en"))
    assert "Who is like us, and who does better" in en and "most similar" in en


def test_page_finding_on_the_one_output_model(results):
    from jobcenter_bench.reports.peers_page import finding, hinge_text

    model = results.dea_model(outputs=("persons_kth",))  # KTH 50 everywhere: θ = 8 / FTE
    dea = results.dea(model)
    me = dea.centre(NAMES[2])
    # 16 FTE, target 8 → 50 % less; the peer is the 8-FTE centre
    assert finding(results, dea, me, "da") == (
        f"Forbillederne {NAMES[0]} når tilsammen mindst det samme som {NAMES[2]} med 8,0 årsværk "
        "i stedet for 16,0 (50 % mindre).")
    # without the 8-FTE centre the 10-FTE one is the frontier: θ 10/16 = 0.625 instead of 0.50
    # (0.625 is exactly half-way; the numbers module rounds it to even: 0,62)
    assert f"resultatet hviler på {NAMES[0]}: uden {NAMES[0]} i data ville θ være 0,62 i stedet for 0,50" in \
        hinge_text(results, dea, NAMES[2], "da")
    best = dea.centre(NAMES[0])
    # super-efficiency of the smallest: 10 / 8 = 1.25 (the next smallest input)
    assert finding(results, dea, best, "en").endswith("Super-efficiency 1.25.")


def test_page_uses_the_groups_weights_for_its_centre(results):
    from jobcenter_bench.reports.peers_page import similar_weights

    assert similar_weights(results, NAMES[2]) is None  # no group chosen
    chosen = results.with_peer_group("Naboer")
    assert similar_weights(chosen, NAMES[2]) == {"x": 2.0}
    assert similar_weights(chosen, NAMES[0]) is None  # made for another centre


def test_workbook_sheets(results, tmp_path):
    path = api.write_workbook(results.with_peer_group("Naboer"), tmp_path / "w.xlsx")
    wb = openpyxl.load_workbook(path)
    dea = list(wb["Effektivitetsfront"].iter_rows(values_only=True))
    head = dea[0]
    rows = {(r[0], r[1]): dict(zip(head, r, strict=True)) for r in dea[1:]}
    # default preset: one row per centre; the VIVE preset too (its relative rate is 3.0 / observed)
    assert {k[1] for k in rows} == {"Sagsproduktivitet", "Løfteevne og udgift (VIVE 2018)"}
    own = rows[(NAMES[0], "Sagsproduktivitet")]
    assert own["Effektivitet (DEA)"] == pytest.approx(1.0) and own["Inputværdi"] == pytest.approx(FTE[NAMES[0]])
    peers = list(wb["Forbilleder"].iter_rows(values_only=True))
    # every included centre has at least one peer row, λ in (0, 1]
    assert {r[0] for r in peers[1:] if r[1] == "Sagsproduktivitet"} == set(NAMES)
    assert all(0 < r[3] <= 1 + 1e-9 for r in peers[1:])
    groups = list(wb["Sammenligningsgrupper"].iter_rows(values_only=True))
    assert [(r[0], r[3]) for r in groups[1:]] == [("Naboer", NAMES[1]), ("Naboer", NAMES[3])]
    figures = list(wb["Gruppetal"].iter_rows(values_only=True))
    mine = next(r for r in figures[1:] if r[1] == "Naboer")
    # the group's median cases per FTE: (201/10 + 206/20) / 2 = (20.1 + 10.3) / 2 = 15.2
    assert mine[2] == 2 and mine[3] == pytest.approx(15.2)
    assert mine[-1] == "ja"
