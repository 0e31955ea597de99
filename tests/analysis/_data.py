"""Small hand-made datasets written straight into a Store (no importer needed)."""

from __future__ import annotations

from jobcenter_bench.core import geography
from jobcenter_bench.core.store import Store

YEAR = 2013
STAFF = ("fte_caseworkers", "fte_company_consultants", "fte_case_admin", "fte_management",
         "fte_staff_functions")


def survey(staff=(6, 2, 1, 0.5, 0.5), salaries=4_500_000.0, other=500_000.0, **more) -> dict:
    """A survey answer: staff FTE by group (default 10 FTE), costs in DKK, other fields."""
    out = dict(zip(STAFF, staff, strict=True))
    out["cost_salaries"] = salaries
    out["cost_other_services"] = other
    out.update(more)
    return out


def register_row(pop, adp, kth, sdp, flex=0.0, disability=0.0, other=0.0, **published) -> dict:
    """One municipality's register values (persons per year, population 16–64, published)."""
    row = {"population_16_64": pop, "persons_adp": adp, "persons_kth": kth, "persons_sdp": sdp,
           "persons_flex": flex, "persons_disability": disability, "persons_other": other}
    row.update(published)
    return row


def build_store(register: dict[str, object], answers: dict[str, dict], year: int = YEAR,
                framework: tuple[str, ...] = (), path: str = ":memory:") -> Store:
    """An in-memory Store holding ``register`` and ``answers``.

    ``register`` maps a job-centre name to one register row (single-municipality centre) or to
    ``{municipality_code: row}``; framework variables are ordinary keys of a row listed in
    ``framework``.
    """
    store = Store.open(path)
    values = []
    for name, rows in register.items():
        if "population_16_64" in rows or "persons_adp" in rows:
            code = geography.jobcentre_by_name()[name].municipality_codes[0]
            rows = {code: rows}
        for code, row in rows.items():
            values.extend((code, year, var, float(v)) for var, v in row.items())
    with store.transaction():
        imp = store.log_import(file_name="hand.csv", sha256="0" * 64, size_bytes=1, kind="register",
                               rows=len(values))
        store.write_register(imp, values, {f: f for f in framework})
        if answers:
            imp2 = store.log_import(file_name="hand.xlsx", sha256="1" * 64, size_bytes=1,
                                    kind="survey", rows=len(answers))
            store.write_survey(imp2, [{"jobcenter": n, "year": year, **a} for n, a in answers.items()])
    return store
