"""Workbook sheets of the DEA frontier and the peer groups (issue 15), tidy like the others.

``dea``                one row per centre and model: θ, super-efficiency, rank, input, target
                       input, possible saving, input slack, or why the centre is left out;
                       both presets (a preset that cannot be computed for the year is skipped);
``dea_peers``          one row per centre, model and peer: the peer's λ and its input;
``peer_groups``        one row per saved group and member (chosen for, year, weights, whether the
                       member is in the year's analysis);
``comparison_groups``  one row per comparison group, clusters, the country and each saved group,
                       with each key figure's benchmark (the same the PDF's cluster column shows).
Every number comes from ``Results``; labels and formats from ``core.measures``.
"""

from __future__ import annotations

from jobcenter_bench.core import measures as ms
from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.i18n import t
from jobcenter_bench.core.numbers import format_number


def _runs(results) -> list:
    """The DEA of each preset that can be computed for the year."""
    out = []
    for key in results.dea_models():
        try:
            out.append(results.dea(key))
        except BenchError:
            continue
    return out


def _input_format(key: str) -> str:
    return "#,##0.0" if key.endswith("fte") else "#,##0"


def dea_sheet(s) -> None:
    from jobcenter_bench.reports.workbook import Col

    r, lang = s.results, s.lang
    theta = ms.excel_format("dea_efficiency")
    cols = [Col(t("col_centre", lang)), Col(t("xl_dea_model", lang)), Col(ms.label("dea_efficiency", lang), theta),
            Col(ms.label("dea_super_efficiency", lang), theta), Col(t("dea_rank", lang), "#,##0"),
            Col(t("xl_dea_input", lang)), Col(t("xl_dea_input_value", lang)), Col(t("dea_target", lang)),
            Col(t("dea_saving", lang)), Col(t("xl_dea_input_slack", lang)), Col(t("xl_note", lang))]
    rows, formats = [], []
    for dea in _runs(r):
        inputs, _ = r.dea_variables(lang)
        label = f"{inputs[dea.model.input][0]} ({inputs[dea.model.input][1]})"
        fmt = _input_format(dea.model.input)
        ranks = {row[0]: row[3] for row in r.dea_table(dea.model, lang)[1]}
        for c in dea.centres:
            saving = None if c.target_input is None else c.input - c.target_input
            rows.append([c.jobcenter, dea.model.name(lang), c.efficiency, c.super_efficiency, ranks.get(c.jobcenter),
                         label, c.input, c.target_input, saving, c.input_slack,
                         (c.excluded_en if lang == "en" else c.excluded) or None])
            formats.append([None] * 6 + [fmt] * 4 + [None])
    s.table(cols, rows, formats)


def dea_peers_sheet(s) -> None:
    from jobcenter_bench.reports.workbook import Col

    r, lang = s.results, s.lang
    cols = [Col(t("col_centre", lang)), Col(t("xl_dea_model", lang)), Col(t("dea_col_peer", lang)),
            Col(ms.label("dea_lambda", lang), ms.excel_format("dea_lambda")), Col(t("xl_dea_lambda_input", lang))]
    rows, formats = [], []
    for dea in _runs(r):
        inputs = {c.jobcenter: c.input for c in dea.centres}
        fmt = _input_format(dea.model.input)
        for c in dea.included():
            for peer, lam in c.peers:
                rows.append([c.jobcenter, dea.model.name(lang), peer, lam, inputs[peer]])
                formats.append([None] * 4 + [fmt])
    s.table(cols, rows, formats)


def peer_groups_sheet(s) -> None:
    from jobcenter_bench.reports.workbook import Col

    r, lang = s.results, s.lang
    cols = [Col(t("xl_peer_group", lang)), Col(t("xl_group_chosen_for", lang)), Col(t("bc_year", lang), "0"),
            Col(t("xl_group_member", lang)), Col(t("xl_group_in_year", lang)), Col(t("xl_group_weights", lang))]
    present = {c.jobcenter for c in r.centres}
    rows = []
    for g in r.peer_groups:
        weights = ", ".join(f"{k} = {format_number(w, 2, lang)}" for k, w in g.weights)
        for m in g.members:
            rows.append([g.name, g.jobcenter or "", g.year, m, t("yes" if m in present else "no", lang), weights])
    s.table(cols, rows)


def comparison_groups_sheet(s) -> None:
    from jobcenter_bench.reports.workbook import Col, measure_col

    r, lang = s.results, s.lang
    keys = [k for k in ms.table("key_figures") if ms.measure(k).benchmark != "none"]
    cols = [Col(t("xl_group_kind", lang)), Col(t("xl_peer_group", lang)), Col(t("xl_group_n", lang), "#,##0"),
            *[Col(f"{ms.label_with_unit(k, lang)}: {ms.benchmark_label(k, lang)}", measure_col(k, lang).fmt)
              for k in keys], Col(t("xl_group_missing", lang)), Col(t("xl_group_used", lang))]
    chosen = r.state.peer_group

    def row(kind, name, summary, missing="", used=False):
        return [t(f"xl_group_kind_{kind}", lang), name, summary.n_centres,
                *[ms.display_value(k, ms.benchmark_value(k, summary)) for k in keys], missing or None,
                t("yes" if used else "no", lang)]

    rows = [row("cluster", t("cluster_n", lang, n=n), g, used=not chosen)
            for n, g in r.analysis.cluster_summaries.items()]
    if r.analysis.national_summary is not None:
        rows.append(row("national", t("col_country", lang), r.analysis.national_summary))
    for g in r.peer_groups:
        try:
            res = r.group_summary(g.members, g.name)
        except BenchError:
            continue
        rows.append(row("group", g.name, res.summary, ", ".join(res.missing), used=g.name == chosen))
    s.table(cols, rows)


#: The sheets, in order, for ``workbook.SHEETS``.
SHEETS = (("dea", dea_sheet), ("dea_peers", dea_peers_sheet), ("peer_groups", peer_groups_sheet),
          ("comparison_groups", comparison_groups_sheet))
