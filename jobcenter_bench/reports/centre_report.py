"""The PDF report for one job centre (jobcenterrapport).

Cover (centre, year, data sources, printing date, sample-data banner), key figures against the
cluster and the country, the productivity/effect scatter with the centre highlighted, time use
against the national average, the centre's levers with a waterfall, its saved business case and
a method page. Every number comes from ``ReportInput`` (filled from the core by ``collect``).
"""

from __future__ import annotations

from pathlib import Path

from jobcenter_bench.core.i18n import t
from jobcenter_bench.reports import charts
from jobcenter_bench.reports.fmt import num
from jobcenter_bench.reports.inputs import BusinessCase, CentreFigures, ReportInput
from jobcenter_bench.reports.pdf_base import PageFrame, build_pdf, data_table, escape, heading, para
from jobcenter_bench.reports.sections import (
    TEXT_WIDTH,
    area_legend,
    cover_block,
    keep_room,
    lever_table,
    method_section,
    municipality_text,
    waterfall,
)

#: Time-use rows that are sums of the figure-4 categories (in the table, not in the chart).
TOTAL_KEYS = ("available", "working_time")

#: Key-figure rows: (message id, CentreFigures attribute, number kind, GroupFigures attribute
#: of the cluster and country columns; see ``core.comparison`` for each definition)
KEY_FIGURES = (
    ("kf_cases_per_fte", "cases_per_fte", "cases_per_fte", "cases_per_fte"),
    ("kf_effect", "effect", "effect", "effect_mean"),
    ("kf_observed", "observed_rate", "rate", "observed_rate"),
    ("kf_predicted", "predicted_rate", "rate", "predicted_rate"),
    ("kf_observed_all", "observed_rate_all", "rate", "observed_rate_all"),
    ("kf_predicted_all", "predicted_rate_all", "rate", "predicted_rate_all"),
    ("kf_fte", "fte", "fte", "fte_mean"),
    ("kf_persons", "full_time_persons", "persons", "full_time_persons_mean"),
    ("kf_cost_per_fte", "cost_per_fte", "dkk", "cost_per_fte"),
)


def write_centre_pdf(data: ReportInput, jobcenter: str, path: str | Path, lang: str = "da") -> Path:
    """Write the report of ``jobcenter`` (its exact name) to ``path``; returns the path."""
    centre = data.centre(jobcenter)
    title = t("centre_title", lang, centre=centre.jobcenter)
    frame = PageFrame(title=title, subtitle=f"{data.year}", lang=lang, sample=data.is_sample,
                      meta_subject=t("centre_subtitle", lang, year=data.year),
                      meta_keywords=[centre.jobcenter, str(data.year)])
    cover = cover_block(data, title, t("centre_subtitle", lang, year=data.year), lang,
                        _cover_facts(data, centre, lang))
    body = [
        *key_figures_section(data, centre, lang),
        *scatter_section(data, centre, lang),
        *time_use_section(data, centre, lang),
        *levers_section(data, centre, lang),
        *business_case_section(data.business_cases.get(centre.jobcenter), lang),
        *method_section(data, lang),
    ]
    return build_pdf(path, cover, body, frame)


def _cover_facts(data: ReportInput, c: CentreFigures, lang: str) -> list[tuple[str, str]]:
    facts = [
        (t("col_centre", lang), c.jobcenter),
        (t("bc_year", lang), str(data.year)),
        (t("region", lang), c.region or "–"),
        (t("municipalities", lang), municipality_text(c.municipality_codes, c.municipalities)),
        (t("col_cluster", lang), "–" if c.cluster is None else t("cluster_n", lang, n=c.cluster)),
    ]
    if data.scenario:
        facts.append(("Scenarie" if lang == "da" else "Scenario", data.scenario))
    return facts


def key_figures_section(data: ReportInput, c: CentreFigures, lang: str) -> list:
    """Table of the centre's key figures against its cluster and the country (core summaries)."""
    cluster = data.cluster_summaries.get(c.cluster) if c.cluster is not None else None
    country = data.national_summary
    rows = []
    for msg, attr, kind, group_attr in KEY_FIGURES:
        rows.append([
            para(escape(t(msg, lang)), "cell"), num(getattr(c, attr), kind, lang),
            num(getattr(cluster, group_attr) if cluster else None, kind, lang),
            num(getattr(country, group_attr) if country else None, kind, lang),
        ])
    placement = ("–" if c.cluster_rank is None else
                 t("placement", lang, rank=c.cluster_rank, size=c.cluster_size))
    rows.append([t("kf_placement", lang), placement, "", ""])
    cl_head = t("col_cluster", lang) if c.cluster is None else t("cluster_n", lang, n=c.cluster)
    header = [t("col_measure", lang), t("col_centre", lang), cl_head, t("col_country", lang)]
    return [
        heading(t("sec_key_figures", lang)),
        data_table(header, rows, widths=[230, 80, 80, TEXT_WIDTH - 390]),
        para(f"<b>{escape(t('quadrant', lang))}:</b> {escape(c.quadrant_label or c.quadrant or '–')}"),
        *([para(escape(c.note), "small")] if c.note else []),
        para(escape(t("kf_note", lang)), "caption"),
    ]


def scatter_section(data: ReportInput, c: CentreFigures, lang: str) -> list:
    """Figure 6: productivity against effect and against the predicted rate, centre highlighted."""
    idx = data.centres.index(c)
    group = [i for i, x in enumerate(data.centres)
             if c.cluster is not None and x.cluster == c.cluster and x is not c]
    prod = [x.cases_per_fte for x in data.centres]
    legend = [t("legend_centre", lang), t("legend_cluster", lang), t("legend_others", lang)]
    common = dict(width=TEXT_WIDTH, height=230, lang=lang, highlight=idx,
                  highlight_label=c.jobcenter, group=group, legend=legend)
    return [
        heading(t("sec_scatter", lang)),
        charts.scatter_chart(prod, [x.effect for x in data.centres],
                             x_title=t("axis_productivity", lang), y_title=t("axis_effect", lang),
                             x_line=data.productivity_median, y_line=data.effect_mean, **common),
        para(escape(t("scatter_caption", lang, centre=c.jobcenter)), "caption"),
        charts.scatter_chart(prod, [x.predicted_rate_all for x in data.centres],
                             x_title=t("axis_productivity", lang),
                             y_title=t("axis_predicted", lang), x_line=data.productivity_median,
                             **common),
    ]


def time_use_section(data: ReportInput, c: CentreFigures, lang: str) -> list:
    """Figure 4 categories: the centre's hours per FTE against the national average and spread."""
    hours = data.centre_hours.get(c.jobcenter, {})
    cats = data.time_categories
    if not cats:
        return []
    rows = [[para(escape(k.label), "cell"), num(hours.get(k.key), "hours", lang),
             num(k.national, "hours", lang), num(k.minimum, "hours", lang),
             num(k.maximum, "hours", lang)] for k in cats]
    header = [t("col_category", lang), t("col_hours_centre", lang), t("col_hours_avg", lang),
              t("col_hours_min", lang), t("col_hours_max", lang)]
    chart_cats = [k for k in cats if k.key not in TOTAL_KEYS]
    chart = charts.bar_chart(
        [k.label for k in chart_cats],
        [(c.jobcenter, [hours.get(k.key) for k in chart_cats]),
         (t("legend_average", lang), [k.national for k in chart_cats])],
        ranges=[(k.minimum, k.maximum) for k in chart_cats], width=TEXT_WIDTH, height=190,
        value_title=t("axis_hours", lang), lang=lang, label_width=150,
    )
    return [heading(t("sec_time_use", lang)), para(escape(t("time_use_intro", lang))),
            data_table(header, rows, widths=[200, 70, 70, 70, TEXT_WIDTH - 410]), chart]


def levers_section(data: ReportInput, c: CentreFigures, lang: str) -> list:
    """The centre's lever table and the waterfall by area."""
    summary = data.levers_by_centre.get(c.jobcenter)
    if summary is None:
        return []
    return [
        keep_room(),
        heading(t("sec_levers", lang)),
        para(escape(t("levers_intro", lang, scenario=data.scenario or "–"))),
        lever_table(summary, lang, millions=False),
        para("", "small"),
        waterfall(data, summary, lang),
        para(escape(t("waterfall_caption", lang)), "caption"),
        area_legend(data, lang),
    ]


def business_case_section(case: BusinessCase | None, lang: str) -> list:
    """The saved business case: five-year table, chart and payback year."""
    out = [heading(t("sec_business_case", lang))]
    if case is None:
        return [*out, para(escape(t("bc_none", lang)))]
    out.append(para(escape(case.name)))
    if case.levers:
        out.append(para(escape(t("bc_levers", lang, levers=", ".join(case.levers))), "small"))
    rows = [[str(y.year), num(y.gross, "dkk", lang), num(-y.overlap, "dkk", lang),
             num(-y.investment, "dkk", lang), num(y.net, "dkk", lang), num(y.cumulative, "dkk", lang)]
            for y in case.years]
    header = [t("bc_year", lang), t("bc_gross", lang), t("bc_overlap", lang), t("bc_investment", lang),
              t("bc_net", lang), t("bc_cumulative", lang)]
    out.append(data_table(header, rows, widths=[50] + [(TEXT_WIDTH - 50) / 5] * 5))
    out.append(charts.stacked_bar_chart(
        [str(y.year) for y in case.years],
        [(t("bc_gross", lang), [y.gross for y in case.years]),
         (t("bc_investment", lang), [-y.investment for y in case.years])],
        line=(t("bc_cumulative", lang), [y.cumulative for y in case.years]),
        width=TEXT_WIDTH, height=190, value_title=t("axis_dkk", lang), lang=lang,
    ))
    out.append(para(escape(t("bc_payback", lang, year=case.payback_year)
                           if case.payback_year else t("bc_no_payback", lang))))
    if case.owners:
        rows = [[lever, owner] for lever, owner in case.owners.items()]
        out.append(data_table([t("col_lever", lang), t("bc_owner", lang)], rows,
                              widths=[80, TEXT_WIDTH - 80], align="LL"))
    return out
