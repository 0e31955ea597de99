"""The PDF report for one job centre (jobcenterrapport), drawn from the core's ``Results``.

Page 1 is the summary (where the centre stands, why, what it could gain, its business case);
page 2 the facts, the data sources and the contents; then the key figures against the cluster
and the country (the measures catalogue's table and benchmarks), the productivity/effect and
productivity/framework scatters with the centre highlighted, time use against the national
average, the centre's levers (net in DKK, FTE and share of the cost base, gross/overlap/net table,
waterfall), its business case (saved, else the default one marked as default) and the method.
"""

from __future__ import annotations

from pathlib import Path

from jobcenter_bench.core.i18n import t
from jobcenter_bench.reports import charts, facts, summary
from jobcenter_bench.reports.fmt import num
from jobcenter_bench.reports.pdf_base import PageFrame, build_pdf, data_table, escape, heading, para
from jobcenter_bench.reports.peers_page import peers_page
from jobcenter_bench.reports.realisation_page import realisation_flowables
from jobcenter_bench.reports.sections import (
    TEXT_WIDTH,
    abbreviations,
    area_legend,
    find_relationship,
    front_block,
    keep_room,
    lever_table,
    method_section,
    potential_table,
    relationship_finding,
    scenario_fact,
    title_block,
    waterfall,
    waterfall_caption,
)
from jobcenter_bench.reports.trend_page import trend_page


def write_centre_pdf(results, jobcenter: str, path: str | Path, lang: str = "da") -> Path:
    """Write the report of ``jobcenter`` (its exact name) to ``path``; returns the path."""
    c = results.centre(jobcenter)
    title = t("centre_title", lang, centre=c.jobcenter)
    subtitle = t("centre_subtitle", lang, year=results.year)
    frame = PageFrame(title=title, subtitle=f"{results.year}", lang=lang,
                      sample=results.provenance.is_sample, meta_subject=subtitle,
                      meta_keywords=[c.jobcenter, str(results.year)])
    cover = [*title_block(results, title, subtitle, lang), *summary_page(results, c.jobcenter, lang)]
    body = [
        *key_figures_section(results, c, lang),
        *trend_page(results, c.jobcenter, lang),
        *scatter_section(results, c, lang),
        *time_use_section(results, c, lang),
        *levers_section(results, c, lang),
        *business_case_section(results, c.jobcenter, lang),
        *peers_page(results, c.jobcenter, lang),
        *realisation_flowables(results, c.jobcenter, lang),
        *method_section(results, lang),
    ]
    return build_pdf(path, cover, body, frame, front=front_block(results, lang, _facts(results, c, lang)))


def summary_page(results, name: str, lang: str) -> list:
    """The summary blocks as a heading, bold questions and short paragraphs."""
    out = [heading(t("sec_summary", lang))]
    for block in summary.centre_summary(results, name, lang):
        out.append(para(f"<b>{escape(block.title)}</b>", "body"))
        out += [para(escape(s), "summary") for s in block.sentences]
    out.append(abbreviations(lang))
    return out


def _facts(results, c, lang: str) -> list[tuple[str, str]]:
    return [
        (t("col_centre", lang), c.jobcenter),
        (t("bc_year", lang), str(results.year)),
        (t("region", lang), c.region or "–"),
        (t("municipalities", lang), facts.municipality_text(c.municipality_codes)),
        (t("col_cluster", lang), "–" if c.cluster is None else t("cluster_n", lang, n=c.cluster)),
        scenario_fact(results, lang),
        (t("prediction_source", lang), results.prediction_source_text(lang)),
    ]


def key_figures_section(results, c, lang: str) -> list:
    """The catalogue's key-figure table: the centre, its cluster and the country (benchmarks)."""
    rows = [[para(escape(k.label), "cell"), k.centre, k.cluster, k.country]
            for k in facts.key_figures(results, c.jobcenter, lang)]
    cl_head = results.comparison_label(c.jobcenter, lang)  # "Klynge 3", or the saved peer group
    header = [t("col_measure", lang), t("col_centre", lang), cl_head, t("col_country", lang)]
    note = c.note_en if lang == "en" else c.note
    return [
        heading(t("sec_key_figures", lang)),
        data_table(header, rows, widths=[230, 80, 80, TEXT_WIDTH - 390]),
        para(f"<b>{escape(t('quadrant', lang))}:</b> {escape(facts.quadrant_label(c.quadrant, lang))}"),
        *([para(escape(note), "small")] if note else []),
        para(escape(facts.benchmark_note(lang)), "caption"),
    ]


def scatter_section(results, c, lang: str) -> list:
    """Figure 6: productivity against effect and against the framework conditions."""
    centres = results.centres
    idx = centres.index(c)
    group = [i for i, x in enumerate(centres) if c.cluster is not None and x.cluster == c.cluster and x is not c]
    prod = [x.cases_per_fte for x in centres]
    th = results.analysis.thresholds
    legend = [c.jobcenter, t("legend_cluster_n", lang, n=c.cluster if c.cluster is not None else "–"),
              t("legend_others", lang)]
    common = dict(width=TEXT_WIDTH, height=230, lang=lang, highlight=idx, highlight_label=c.jobcenter,
                  group=group, legend=legend)
    rel_effect = find_relationship(results, "cases_per_fte", "effect")
    rel_frame = find_relationship(results, "predicted_rate_all", "cases_per_fte")
    out = [
        heading(t("sec_scatter_effect", lang)),
        charts.scatter_chart(prod, [x.effect for x in centres], x_title=t("axis_productivity", lang),
                             y_title=t("axis_effect", lang),
                             x_line=th.productivity_median if th else None,
                             y_line=th.effect_mean if th else None,
                             line_label=t("legend_lines", lang), **common),
        para(escape(t("scatter_finding", lang, centre=c.jobcenter,
                      quadrant=facts.lower_first(facts.quadrant_label(c.quadrant, lang)))
                    + (" " + relationship_finding(rel_effect, lang) + "." if rel_effect else "")), "caption"),
        heading(t("sec_scatter_framework", lang), 2),
        charts.scatter_chart(prod, [x.predicted_rate_all for x in centres],
                             x_title=t("axis_productivity", lang), y_title=t("axis_predicted", lang),
                             x_line=th.productivity_median if th else None,
                             line_label=t("legend_line_median", lang), **common),
        para(escape((relationship_finding(rel_frame, lang) + ". " if rel_frame else "")
                    + t("framework_caption", lang)), "caption"),
    ]
    return out


def time_use_section(results, c, lang: str) -> list:
    """Figure 4 categories: the centre's hours per FTE against the national average and spread."""
    cats = facts.time_categories(results)
    if not cats:
        return []
    hours = facts.centre_hours(results, c.jobcenter)
    rows = [[para(escape(facts.time_label(k, lang)), "cell"), num(hours.get(k.key), "hours", lang),
             num(k.national, "hours", lang), num(k.minimum, "hours", lang), num(k.maximum, "hours", lang)]
            for k in cats]
    header = [t("col_category", lang), c.jobcenter, t("col_hours_avg", lang), t("col_hours_min", lang),
              t("col_hours_max", lang)]
    chart_cats = [k for k in cats if k.key not in facts.TOTAL_KEYS]
    chart = charts.bar_chart(
        [facts.time_label(k, lang) for k in chart_cats],
        [(c.jobcenter, [hours.get(k.key) for k in chart_cats]),
         (t("legend_average", lang), [k.national for k in chart_cats])],
        ranges=[(k.minimum, k.maximum) for k in chart_cats], width=TEXT_WIDTH, height=210,
        value_title=t("axis_hours", lang), lang=lang, label_width=190,
        range_label=t("legend_range", lang),
    )
    gaps = summary.time_use_outliers(results, c.jobcenter, 1)
    finding = ""
    if gaps:
        key, h, a = gaps[0]
        label = next(facts.time_label(k, lang) for k in cats if k.key == key)
        finding = t("time_use_finding", lang, centre=c.jobcenter, label=facts.lower_first(label),
                    hours=num(h, "hours", lang), avg=num(a, "hours", lang))
    return [heading(t("sec_time_use", lang)), para(escape(t("time_use_intro", lang))),
            data_table(header, rows, widths=[200, 70, 70, 70, TEXT_WIDTH - 410]), chart,
            *([para(escape(finding), "caption")] if finding else [])]


def levers_section(results, c, lang: str) -> list:
    """Net potential (DKK, FTE, share of cost base), the lever table and the waterfall."""
    scope = results.lever_scope(c.jobcenter)
    if scope is None:
        return []
    return [
        keep_room(),
        heading(t("sec_levers", lang)),
        para(escape(t("levers_intro", lang, scenario=results.scenario_text(lang)))),
        potential_table(scope, lang),
        para("", "small"),
        lever_table(scope, lang, millions=False),
        para("", "small"),
        keep_room(260),
        waterfall(scope, lang),
        waterfall_caption(scope, lang),
        area_legend(lang),
    ]


def business_case_section(results, name: str, lang: str) -> list:
    """The business case (saved, else the default one marked as such): table, chart, payback."""
    out = [keep_room(300), heading(t("sec_business_case", lang))]
    entry = results.business_case(name)
    if entry is None:
        return [*out, para(escape(t("bc_none", lang)))]
    case = entry.case
    out.append(para(f"<b>{escape(entry.title(lang))}</b>"))
    if not entry.saved:
        out.append(para(escape(t("xl_case_note", lang)), "small"))
    if case.levers:
        out.append(para(escape(t("bc_levers", lang, levers=", ".join(lv["id"] for lv in case.levers))), "small"))
    rows = [[str(y.year), num(y.gross, "dkk", lang), num(-y.overlap, "dkk", lang),
             num(-y.investments, "dkk", lang), num(y.net, "dkk", lang), num(y.cumulative, "dkk", lang)]
            for y in case.years]
    header = [t("bc_year", lang), t("bc_gross", lang), t("bc_overlap", lang), t("bc_investment", lang),
              t("bc_net", lang), t("bc_cumulative", lang)]
    out.append(data_table(header, rows, widths=[50] + [(TEXT_WIDTH - 50) / 5] * 5))
    out.append(charts.stacked_bar_chart(
        [str(y.year) for y in case.years],
        [(t("bc_gross", lang), [y.gross for y in case.years]),
         (t("bc_overlap", lang), [-y.overlap for y in case.years]),
         (t("bc_investment", lang), [-y.investments for y in case.years])],
        line=(t("bc_cumulative", lang), [y.cumulative for y in case.years]),
        width=TEXT_WIDTH, height=190, value_title=t("axis_dkk", lang), lang=lang,
    ))
    out.append(para(escape(t("bc_payback", lang, year=case.payback_year)
                           if case.payback_year else t("bc_no_payback", lang))))
    owners = [[lv["id"], lv["owner"]] for lv in case.levers if lv.get("owner")]
    if owners:
        out.append(data_table([t("col_lever", lang), t("bc_owner", lang)], owners,
                              widths=[80, TEXT_WIDTH - 80], align="LL"))
    return out
