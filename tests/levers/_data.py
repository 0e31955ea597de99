"""Small hand-made lever datasets written straight into a Store (no importer needed).

Every centre's salary per FTE is DKK 502,000, so with the Standard 1,255 effective hours its
hourly cost is exactly DKK 400.
"""

from __future__ import annotations

from jobcenter_bench.core.store import Store

YEAR = 2013
SALARY_PER_FTE = 502_000.0
HOURLY = 400.0  # 502,000 / 1,255


def answer(fte: float, **fields) -> dict:
    """A survey answer for a centre of ``fte`` FTE (all caseworkers unless given)."""
    out = {"fte_caseworkers": fte, "fte_company_consultants": 0.0, "fte_case_admin": 0.0,
           "fte_management": 0.0, "fte_staff_functions": 0.0,
           "cost_salaries": SALARY_PER_FTE * fte, "cost_other_services": 0.0}
    out.update(fields)
    if "cost_salaries" not in fields:
        total = sum(out[k] for k in ("fte_caseworkers", "fte_company_consultants", "fte_case_admin",
                                     "fte_management", "fte_staff_functions"))
        out["cost_salaries"] = SALARY_PER_FTE * total
    return out


def build_store(answers: dict[str, dict], year: int = YEAR, clusters: dict[str, int] | None = None,
                path: str = ":memory:") -> Store:
    """An in-memory Store with ``answers`` per centre name and optional published clusters."""
    from jobcenter_bench.core import geography

    store = Store.open(path)
    with store.transaction():
        if clusters:
            values = [(geography.jobcentre_by_name()[n].municipality_codes[0], year, "cluster", float(c))
                      for n, c in clusters.items()]
            imp = store.log_import(file_name="reg.csv", sha256="0" * 64, size_bytes=1, kind="register",
                                   rows=len(values))
            store.write_register(imp, values, {})
        imp = store.log_import(file_name="hand.xlsx", sha256="1" * 64, size_bytes=1, kind="survey",
                               rows=len(answers))
        store.write_survey(imp, [{"jobcenter": n, "year": year, **a} for n, a in answers.items()])
    return store
