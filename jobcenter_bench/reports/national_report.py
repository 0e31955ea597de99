"""The national PDF report (landsrapport), in the spirit of the 2014 report's chapters 3–4.

Page 1 is the country's summary (spread, relationships, quadrants, net potential in DKK, FTE and
share of the cost base); then the distribution of productivity and effect, figure 6 with the
relationship tests, the clusters, time use, the levers by area, binding type and horizon, the
benchmark-based potential, a ranking of all centres and the method. Drawn from ``Results``.
"""

from __future__ import annotations

from pathlib import Path

from jobcenter_bench.core import measures as ms
from jobcenter_bench.core.i18n import t
from jobcenter_bench.core.session import histogram
from jobcenter_bench.reports import charts, facts, summary
from jobcenter_bench.reports.fmt import mdkk, num
from jobcenter_bench.reports.pdf_base import (
    PageFrame,
    build_pdf,
    data_table,
    escape,
    heading,
    layout_table,
    para,
)
from jobcenter_bench.reports.sections import (
    BINDINGS,
    HORIZONS,
    TEXT_WIDTH,
    abbreviations,
    area_legend,
    coef,
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


def write_national_pdf(results, path: str | Path, lang: str = "da") -> Path:
    """Write the national report to ``path``; returns the path."""
    title = t("national_title", lang, year=results.year)
    frame = PageFrame(title=title, subtitle=t("national_subtitle", lang), lang=lang,
                      sample=results.provenance.is_sample, meta_keywords=[str(results.year)])
    cover = [*title_block(results, title, t("national_subtitle", lang), lang), *summary_page(results, lang)]
    body = [
        *distribution_section(results, lang),
        *relationships_section(results, lang),
        *clusters_section(results, lang),
        *time_use_section(results, lang),
        *levers_section(results, lang),
        *benchmark_section(results, lang),
        *ranking_section(results, lang),
        *method_section(results, lang),
    ]
    return build_pdf(path, cover, body, frame, front=front_block(results, lang, _facts(results, lang)))


def summary_page(results, lang: str) -> list:
    out = [heading(t("sec_summary", lang))]
    for block in summary.national_summary(results, lang):
        out.append(para(f"<b>{escape(block.title)}</b>", "body"))
        out += [para(escape(s), "summary") for s in block.sentences]
    out.append(abbreviations(lang))
    return out


def _facts(results, lang: str) -> list[tuple[str, str]]:
    nat = results.analysis.national_summary
    return [
        (t("bc_year", lang), str(results.year)),
        (t("col_n_centres", lang), f"{len(results.analysis.compared())} / {len(results.centres)}"),
        (ms.label_with_unit("fte", lang), ms.format_value("fte", nat.fte_total if nat else None, lang)),
        scenario_fact(results, lang),
        (t("prediction_source", lang), results.prediction_source_text(lang)),
    ]


def _hist_chart(values: list[float], width: float, key: str, lang: str):
    """A histogram of measure ``key`` in bins of ``width``; bins labelled with their range."""
    edges, counts = histogram(values, width)
    d = 0 if float(width).is_integer() else 1
    cats = [f"{num_d(edges[i], d, lang)}–{num_d(edges[i + 1], d, lang)}" for i in range(len(counts))]
    return charts.bar_chart(cats, [(t("axis_count", lang), counts)], width=TEXT_WIDTH / 2 - 6,
                            height=180, value_title=t("axis_count", lang), lang=lang,
                            horizontal=False, category_title=ms.label_with_unit(key, lang))


def num_d(value: float, decimals: int, lang: str) -> str:
    from jobcenter_bench.core.numbers import format_number

    return format_number(value, decimals, lang)


def distribution_section(results, lang: str) -> list:
    """Histograms of productivity and effect, and the figure-6 scatters with their findings."""
    comp = results.analysis.compared()
    prod = [c.cases_per_fte for c in comp]
    eff = [c.effect for c in comp]
    th = results.analysis.thresholds
    nat = results.analysis.national_summary
    out = [heading(t("sec_distribution", lang))]
    if prod and nat is not None:
        out.append(para(escape(t("distribution_stats", lang,
                                 median=ms.format_value("cases_per_fte", nat.cases_per_fte_median, lang),
                                 min=ms.format_value("cases_per_fte", nat.cases_per_fte_min, lang),
                                 max=ms.format_value("cases_per_fte", nat.cases_per_fte_max, lang),
                                 emin=ms.format_value("effect", min(eff), lang),
                                 emax=ms.format_value("effect", max(eff), lang)))))
        out.append(layout_table([[_hist_chart(prod, 5.0, "cases_per_fte", lang),
                                  _hist_chart(eff, 0.5, "effect", lang)]], [TEXT_WIDTH / 2] * 2))
        out.append(para(escape(t("histogram_caption", lang)), "caption"))
    common = dict(width=TEXT_WIDTH, height=210, lang=lang, x_line=th.productivity_median if th else None,
                  legend=[t("legend_centres", lang)])
    rel_frame = find_relationship(results, "predicted_rate_all", "cases_per_fte")
    rel_effect = find_relationship(results, "cases_per_fte", "effect")
    out += [
        keep_room(280),
        heading(t("sec_scatter_framework", lang), 2),
        charts.scatter_chart(prod, [c.predicted_rate_all for c in comp], x_title=t("axis_productivity", lang),
                             y_title=t("axis_predicted", lang), line_label=t("legend_line_median", lang),
                             **common),
        para(escape((relationship_finding(rel_frame, lang) + ". " if rel_frame else "")
                    + t("framework_caption", lang)), "caption"),
        keep_room(280),
        heading(t("sec_scatter_effect", lang), 2),
        charts.scatter_chart(prod, eff, x_title=t("axis_productivity", lang), y_title=t("axis_effect", lang),
                             y_line=th.effect_mean if th else None, line_label=t("legend_lines", lang),
                             **common),
        para(escape((relationship_finding(rel_effect, lang) + ". " if rel_effect else "")
                    + t("national_scatter_caption", lang)), "caption"),
    ]
    return out


def relationships_section(results, lang: str) -> list:
    """The relationship tests behind the report's figure 6 conclusions."""
    rels = results.analysis.relationships
    if not rels:
        return []
    rows = [[para(escape(facts.relationship_label(r, lang)), "cell"), str(r.n), coef(r.slope, lang),
             f"{coef(r.slope_ci_low, lang)} – {coef(r.slope_ci_high, lang)}",
             num(r.slope_p, "p", lang), num(r.pearson_r, "r", lang), num(r.spearman_rho, "r", lang)]
            for r in rels]
    header = [t("col_test", lang), "N", t("col_slope", lang), t("reg_ci", lang), "p",
              t("col_pearson", lang), t("col_spearman", lang)]
    return [heading(t("sec_relationships", lang), 2),
            data_table(header, rows, widths=[160, 28, 56, 110, 40, 50, TEXT_WIDTH - 444])]


def clusters_section(results, lang: str) -> list:
    """Per cluster: centres, median cases per FTE and mean effect (each measure's benchmark)."""
    sums = results.analysis.cluster_summaries
    clusters = sorted(sums)
    if not clusters:
        return []
    rows, prod, eff = [], [], []
    for k in clusters:
        s = sums[k]
        p, e = ms.benchmark_value("cases_per_fte", s), ms.benchmark_value("effect", s)
        prod.append(p)
        eff.append(e)
        rows.append([t("cluster_n", lang, n=k), str(s.n_centres), ms.format_value("cases_per_fte", p, lang),
                     ms.format_value("effect", e, lang)])
    prod_head = f"{ms.label_with_unit('cases_per_fte', lang)}, {ms.benchmark_label('cases_per_fte', lang)}"
    eff_head = f"{ms.label_with_unit('effect', lang)}, {ms.benchmark_label('effect', lang)}"
    header = [t("col_cluster", lang), t("col_n_centres", lang), prod_head, eff_head]
    cats = [t("cluster_n", lang, n=k) for k in clusters]
    return [
        keep_room(420),
        heading(t("sec_clusters", lang)), para(escape(ms.definition("cluster", lang))),
        data_table(header, rows, widths=[120, 80, 140, TEXT_WIDTH - 340]),
        para("", "small"),
        charts.bar_chart(cats, [(prod_head, prod)], width=TEXT_WIDTH, height=150,
                         value_title=ms.label_with_unit("cases_per_fte", lang), lang=lang, horizontal=False),
        charts.bar_chart(cats, [(eff_head, eff)], width=TEXT_WIDTH, height=150,
                         value_title=ms.label_with_unit("effect", lang), lang=lang, horizontal=False,
                         colors_=[charts.PALETTE[2]]),
        para(escape(t("clusters_caption", lang)), "caption"),
    ]


def time_use_section(results, lang: str) -> list:
    """National hours per FTE per category with the spread across centres."""
    cats = facts.time_categories(results)
    if not cats:
        return []
    rows = [[para(escape(facts.time_label(k, lang)), "cell"), num(k.national, "hours", lang),
             num(k.minimum, "hours", lang), num(k.maximum, "hours", lang)] for k in cats]
    header = [t("col_category", lang), t("col_hours_avg", lang), t("col_hours_min", lang),
              t("col_hours_max", lang)]
    chart_cats = [k for k in cats if k.key not in facts.TOTAL_KEYS]
    return [
        keep_room(380),
        heading(t("sec_time_use", lang)), para(escape(t("time_use_intro", lang))),
        data_table(header, rows, widths=[250, 80, 80, TEXT_WIDTH - 410]),
        charts.bar_chart([facts.time_label(k, lang) for k in chart_cats],
                         [(t("legend_average", lang), [k.national for k in chart_cats])],
                         ranges=[(k.minimum, k.maximum) for k in chart_cats], width=TEXT_WIDTH,
                         height=180, value_title=t("axis_hours", lang), lang=lang, label_width=190,
                         range_label=t("legend_range", lang)),
    ]


def levers_section(results, lang: str) -> list:
    """National net potential, lever table, waterfall by area, by binding type and horizon."""
    from reportlab.platypus import KeepTogether

    s = results.lever_scope(None)
    if s is None:
        return []
    out = [keep_room(), heading(t("sec_national_levers", lang)),
           para(escape(t("levers_intro", lang, scenario=results.scenario_text(lang)))),
           potential_table(s, lang), para("", "small"),
           lever_table(s, lang, millions=True), para("", "small"), keep_room(260),
           waterfall(s, lang), waterfall_caption(s, lang), area_legend(lang)]
    for title, groups, keys, label in (("by_binding", s.by_binding, BINDINGS, facts.binding_label),
                                       ("by_horizon", s.by_horizon, HORIZONS, facts.horizon_label)):
        rows = [[label(k, lang), mdkk(groups[k]["low_dkk"], lang), mdkk(groups[k]["high_dkk"], lang)]
                for k in keys]
        out += [
            keep_room(200),
            heading(t(title, lang), 2),
            data_table([t("col_category", lang), t("col_mdkk_low", lang), t("col_mdkk_high", lang)],
                       rows, widths=[200, 100, 100]),
            KeepTogether([charts.bar_chart([label(k, lang) for k in keys],
                             [(t("legend_low", lang), [groups[k]["low_dkk"] / 1e6 for k in keys]),
                              (t("legend_high", lang), [groups[k]["high_dkk"] / 1e6 for k in keys])],
                             width=TEXT_WIDTH, height=30 + 30 * len(keys) + 12,
                             value_title=t("axis_mdkk", lang), lang=lang, decimals=1,
                             colors_=[charts.ACCENT, charts.LIGHT], label_width=150),
                          para(escape(t("gross_caption", lang)), "caption")]),
        ]
    return out


def benchmark_section(results, lang: str) -> list:
    """The three benchmarks of the benchmark-based potential (FTE, DKK, share of the cost base)."""
    bench = results.analysis.potential
    if not bench:
        return []
    scope = results.lever_scope(None)
    base = scope.cost_base_dkk if scope is not None and scope.cost_base_dkk > 0 else None
    rows = [[para(escape(facts.pick_label(b, lang)), "cell"), str(len(b.centres)),
             ms.format_value("net_fte_low", b.total_freed_fte, lang), mdkk(b.total_dkk, lang),
             ms.format_value("net_share_low", b.total_dkk / base * 100 if base else None, lang)]
            for b in bench]
    header = [t("col_benchmark", lang), t("col_n_centres", lang), t("col_fte_freed", lang),
              t("col_mdkk", lang), t("col_share", lang)]
    return [keep_room(200), heading(t("sec_benchmark_potential", lang)),
            para(escape(t("benchmark_intro", lang))),
            data_table(header, rows, widths=[190, 55, 75, 70, TEXT_WIDTH - 390])]


def ranking_section(results, lang: str) -> list:
    """All centres sorted by productivity: the catalogue's ``centres`` measures, one row each."""
    keys = ("cluster", "placement", "cases_per_fte", "effect", "observed_rate", "fte", "quadrant")
    order = sorted(results.centres, key=lambda c: (c.cases_per_fte is None, -(c.cases_per_fte or 0)))
    rows = [[para(escape(c.jobcenter), "cell"),
             *[para(escape(ms.format_value(k, results.centre_value(c, k, lang), lang)), "cell")
               if k == "quadrant" else ms.format_value(k, results.centre_value(c, k, lang), lang)
               for k in keys]] for c in order]
    header = [t("col_centre", lang), *[f"{ms.label(k, lang, short=True)}"
                                       + (f" ({ms.unit(k, lang)})" if ms.unit(k, lang) else "") for k in keys]]
    widths = [78, 28, 36, 34, 32, 34, 32, TEXT_WIDTH - 274]
    return [heading(t("sec_ranking", lang)),
            data_table(header, rows, widths=widths, font_size=7, align="LRRRRRRL")]
