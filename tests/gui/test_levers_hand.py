"""The levers view on a hand-made database: the figures on screen are worked by hand here, not
taken from the core (issue 19, point 4).

Two centres with published predictions (so the analysis needs no regression). Every centre's
salary per FTE is DKK 502,000, so at the Standard 1,255 effective hours an hour costs DKK 400
(``tests/levers/_data.py``). Herning sends 6,000 summons letters; lever E3 (letters written by
hand, 2–3 minutes saved per letter) is worth 6,000 × 2/60 × 400 = DKK 80,000 (low) to
6,000 × 3/60 × 400 = DKK 120,000 (high) a year for Herning.
"""

from __future__ import annotations

import pytest

from jobcenter_bench.core import geography
from jobcenter_bench.core.store import Store

pytestmark = pytest.mark.gui

SALARY_PER_FTE = 502_000.0
STAFF = ("fte_caseworkers", "fte_company_consultants", "fte_case_admin", "fte_management", "fte_staff_functions")


def _answer(fte: float, **fields) -> dict:
    out = dict(zip(STAFF, (fte, 0.0, 0.0, 0.0, 0.0), strict=True))
    out.update(cost_salaries=SALARY_PER_FTE * fte, cost_other_services=0.0, **fields)
    return out


@pytest.fixture
def hand_db(tmp_path):
    path = tmp_path / "hand.jcbench"
    store = Store.open(path)
    rows = {"Herning": (50_000, 1000, 800, 700, 5.5, 20.0, 4), "Skive": (30_000, 500, 400, 300, 4.2, 18.0, 4)}
    values = []
    for name, (pop, adp, kth, sdp, pred, pred_all, cluster) in rows.items():
        code = geography.jobcentre_by_name()[name].municipality_codes[0]
        for var, v in (("population_16_64", pop), ("persons_adp", adp), ("persons_kth", kth),
                       ("persons_sdp", sdp), ("persons_flex", 0), ("persons_disability", 0),
                       ("persons_other", 0), ("predicted_rate", pred), ("predicted_rate_all", pred_all),
                       ("cluster", cluster)):
            values.append((code, 2013, var, float(v)))
    with store.transaction():
        imp = store.log_import(file_name="hand.csv", sha256="0" * 64, size_bytes=1, kind="register",
                               rows=len(values))
        store.write_register(imp, values, {})
        imp = store.log_import(file_name="hand.xlsx", sha256="1" * 64, size_bytes=1, kind="survey", rows=2)
        store.write_survey(imp, [{"jobcenter": "Herning", "year": 2013, **_answer(10, summons_letters=6000)},
                                 {"jobcenter": "Skive", "year": 2013, **_answer(5)}])
    store.close()
    return path


def test_the_levers_view_shows_the_hand_worked_e3(make_window, hand_db):
    window = make_window(db=hand_db)
    window.ws.set_centre("Herning")
    window.show_view("levers")
    view = window.view("levers")
    row = next(r for r in view.table.model.records if r.id == "E3")
    assert (row.low_dkk, row.high_dkk) == pytest.approx((80_000.0, 120_000.0))
    # fewer effective hours make each hour dearer: 502,000 / 1,000 = DKK 502 an hour, so E3 is
    # 6,000 × 2/60 × 502 = 100,400 to 6,000 × 3/60 × 502 = 150,600
    view.panel.general["effective_hours"].setValue(1000)
    row = next(r for r in view.table.model.records if r.id == "E3")
    assert (row.low_dkk, row.high_dkk) == pytest.approx((100_400.0, 150_600.0))
    assert window.ws.scenario_dirty
