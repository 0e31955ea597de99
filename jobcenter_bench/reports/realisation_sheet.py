"""The realisation sheets of the workbook (gevinstrealisering), tidy: one header row, one
observation per row.

``realisation``: one row per success criterion of every centre with a plan in the working
scenario, followed up in the workbook's year (baseline, target, deadline, owner, actual value,
share of the way, expected share, status). ``realisation_gains``: one row per lever of those plans
(planned and realised yearly gain, DKK, and the method). From ``Results.realisation``.
"""

from __future__ import annotations

from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.i18n import t


def _plans(results):
    """(centre, Realisation) of every plan that can be followed up in the results' year."""
    out = []
    for name in results.plan_centres():
        try:
            real = results.realisation(name)
        except BenchError:
            continue
        if real is not None:
            out.append((name, real))
    return out


def criteria_sheet(s) -> None:
    from jobcenter_bench.reports.workbook import Col

    lang = s.lang
    cols = [Col(t("col_centre", lang)), Col(t("xl_case", lang)), Col(t("bc_year", lang), "0"),
            Col(t("col_id", lang)), Col(t("real_kind", lang)), Col(t("real_indicator", lang)),
            Col(t("real_unit", lang)), Col(t("real_baseline", lang), "#,##0.00"),
            Col(t("real_target", lang), "#,##0.00"), Col(t("real_deadline", lang), "0"),
            Col(t("real_owner", lang)), Col(t("real_actual", lang), "#,##0.00"),
            Col(t("real_share", lang), "0%"), Col(t("real_expected", lang), "0%"), Col(t("real_status", lang))]
    rows = []
    for name, real in _plans(s.results):
        for st in real.criteria:
            c = st.criterion
            rows.append([name, f"{real.scenario} ({real.base_year})", real.year, c.lever, c.kind, c.label(lang),
                         c.unit_label(lang), c.baseline, c.target, c.deadline, c.owner, st.actual, st.share,
                         st.expected, st.status_text(lang)])
    s.table(cols, rows)


def gains_sheet(s) -> None:
    from jobcenter_bench.reports.workbook import Col

    lang = s.lang
    cols = [Col(t("col_centre", lang)), Col(t("xl_case", lang)), Col(t("bc_year", lang), "0"),
            Col(t("col_id", lang)), Col(t("col_lever", lang)), Col(t("real_planned", lang), "#,##0"),
            Col(t("real_planned_full", lang), "#,##0"), Col(t("real_realised", lang), "#,##0"),
            Col(t("real_method", lang))]
    rows = [[name, f"{real.scenario} ({real.base_year})", real.year, lv.lever, lv.name(lang), lv.planned,
             lv.planned_full, lv.realised, lv.method_text(lang)]
            for name, real in _plans(s.results) for lv in real.levers]
    s.table(cols, rows)


SHEETS = (("realisation", criteria_sheet), ("realisation_gains", gains_sheet))
