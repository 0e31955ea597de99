"""Three hand-made years of four centres in one Store (worked values in test_trends.py).

2012 is the four-centre case of tests/analysis/test_analysis_small.py: persons ADP+KTH+SDP
200/300/400/500, 10 FTE each, population 10 000, published predictions 3,0/2,5/4,5/4,0 %.
2013: Skive 240 persons on 12 FTE, Morsø 360 on 9, Herning 480 on 10, Viborg 500 on 12,5;
Skive's prediction 3,2 %. 2011 equals 2012 but has no published predictions (own model on one
framework variable) and the population 16–66 stored as its definition.
"""

from __future__ import annotations

from jobcenter_bench.core import geography
from jobcenter_bench.core.store import Store
from tests.analysis._data import register_row, survey

NAMES = ("Skive", "Morsø", "Herning", "Viborg")
CLUSTER = {"Skive": 1, "Morsø": 1, "Herning": 2, "Viborg": 2}
EXTRA = {"Skive": 800, "Morsø": 500, "Herning": 500, "Viborg": 200}  # disability pension persons
#: year -> centre -> (persons ADP+KTH+SDP, FTE, published prediction % or None)
YEARS = {
    2011: {"Skive": (200, 10, None), "Morsø": (300, 10, None), "Herning": (400, 10, None), "Viborg": (500, 10, None)},
    2012: {"Skive": (200, 10, 3.0), "Morsø": (300, 10, 2.5), "Herning": (400, 10, 4.5), "Viborg": (500, 10, 4.0)},
    2013: {"Skive": (240, 12, 3.2), "Morsø": (360, 9, 2.5), "Herning": (480, 10, 4.5), "Viborg": (500, 12.5, 4.0)},
}
FRAMEWORK = {"Skive": 3.0, "Morsø": 2.0, "Herning": 5.0, "Viborg": 4.5}


def staff(fte: float) -> tuple[float, ...]:
    """``fte`` over the five staff groups: caseworkers get what the 2+1+0,5+0,5 others leave."""
    return (fte - 4, 2, 1, 0.5, 0.5)


def build(path) -> Store:
    store = Store.open(path)
    values, answers = [], []
    for year, rows in YEARS.items():
        for name, (persons, fte, pred) in rows.items():
            code = geography.jobcentre_by_name()[name].municipality_codes[0]
            published = {"cluster": CLUSTER[name]}
            if pred is not None:
                published |= {"predicted_rate": pred, "predicted_rate_all": pred + 6}
            row = register_row(10000, persons / 2, persons / 4, persons / 4, disability=EXTRA[name],
                               ledighed=FRAMEWORK[name], **published)
            values += [(code, year, var, float(v)) for var, v in row.items()]
            answers.append({"jobcenter": name, "year": year, **survey(staff=staff(fte))})
    with store.transaction():
        imp = store.log_import(file_name="hand.csv", sha256="0" * 64, size_bytes=1, kind="register",
                               rows=len(values))
        store.write_register(imp, values, {"ledighed": "ledighed"})
        imp2 = store.log_import(file_name="hand.xlsx", sha256="1" * 64, size_bytes=1, kind="survey",
                                rows=len(answers))
        store.write_survey(imp2, answers)
    store.set_year_definitions(2011, population="16-66")
    return store
