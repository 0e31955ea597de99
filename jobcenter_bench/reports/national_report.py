"""The national PDF report (landsrapport), in the spirit of the 2014 report's chapters 3–4.

Distribution of productivity and effect, figure 6 (productivity against framework conditions and
against effect) with the relationship tests, the clusters, time use, the levers by area, binding
type and horizon, the benchmark-based potential, a ranking of all centres and the method page.
"""

from __future__ import annotations

from pathlib import Path

from jobcenter_bench.core.comparison import histogram
from jobcenter_bench.core.i18n import t
from jobcenter_bench.reports import charts
from jobcenter_bench.reports.fmt import mdkk, num
from jobcenter_bench.reports.inputs import CentreFigures, ReportInput
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
    area_legend,
    cover_block,
    keep_room,
    lever_table,
    method_section,
    waterfall,
)


def write_national_pdf(data: ReportInput, path: str | Path, lang: str = "da") -> Path:
    """Write the national report to ``path``; returns the path."""
    title = t("national_title", lang, year=data.year)
    frame = PageFrame(title=title, subtitle=t("national_subtitle", lang), lang=lang,
                      sample=data.is_sample, meta_keywords=[str(data.year)])
    cover = cover_block(data, title, t("national_subtitle", lang), lang, _facts(data, lang))
    body = [
        *distribution_section(data, lang),
        *relationships_section(data, lang),
        *clusters_section(data, lang),
        *time_use_section(data, lang),
        *levers_section(data, lang),
        *benchmark_section(data, lang),
        *ranking_section(data, lang),
        *method_section(data, lang),
    ]
    return build_pdf(path, cover, body, frame)


def _facts(data: ReportInput, lang: str) -> list[tuple[str, str]]:
    compared = _compared(data)
    facts = [
        (t("bc_year", lang), str(data.year)),
        (t("col_n_centres", lang), f"{len(compared)} / {len(data.centres)}"),
        (t("kf_fte", lang), num(sum(c.fte or 0 for c in data.centres), "fte", lang)),
    ]
    if data.scenario:
        facts.append(("Scenarie" if lang == "da" else "Scenario", data.scenario))
    return facts


def _compared(data: ReportInput) -> list[CentreFigures]:
    """Centres with both productivity and effect (those in the charts and statistics)."""
    return [c for c in data.centres if c.cases_per_fte is not None and c.effect is not None]


def _hist_chart(values: list[float], width: float, decimals: int, title: str, lang: str):
    """A histogram of ``values`` in bins of ``width``; ``title`` names the variable (x axis)."""
    edges, counts = histogram(values, width)
    cats = [f"{num(edges[i], 'persons', lang) if decimals == 0 else num(edges[i], 'effect', lang)}"
            for i in range(len(counts))]
    return charts.bar_chart(cats, [(t("axis_count", lang), counts)], width=TEXT_WIDTH / 2 - 6,
                            height=170, value_title=t("axis_count", lang), lang=lang,
                            horizontal=False, category_title=title)


def distribution_section(data: ReportInput, lang: str) -> list:
    """Histograms of productivity and effect, and the figure-6 scatters."""
    comp = _compared(data)
    prod = [c.cases_per_fte for c in comp]
    eff = [c.effect for c in comp]
    h1 = _hist_chart(prod, 5.0, 0, t("axis_productivity", lang), lang)
    h2 = _hist_chart(eff, 0.5, 1, t("axis_effect", lang), lang)
    pair = layout_table([[h1, h2]], [TEXT_WIDTH / 2] * 2)
    common = dict(width=TEXT_WIDTH, height=210, lang=lang, x_line=data.productivity_median)
    stats = []
    nat = data.national_summary
    if prod and nat is not None:
        stats.append(para(escape(
            f"{t('axis_productivity', lang)}: median {num(nat.cases_per_fte_median, 'cases_per_fte', lang)}, "
            f"min. {num(nat.cases_per_fte_min, 'cases_per_fte', lang)}, "
            f"maks. {num(nat.cases_per_fte_max, 'cases_per_fte', lang)}. "
            f"{t('axis_effect', lang)}: min. {num(min(eff), 'effect', lang)}, "
            f"maks. {num(max(eff), 'effect', lang)}.")))
    return [
        heading(t("sec_distribution", lang)), *stats, pair,
        charts.scatter_chart(prod, [c.predicted_rate_all for c in comp],
                             x_title=t("axis_productivity", lang),
                             y_title=t("axis_predicted", lang), **common),
        para("", "small"),
        charts.scatter_chart(prod, eff, x_title=t("axis_productivity", lang),
                             y_title=t("axis_effect", lang), y_line=data.effect_mean, **common),
        para(escape(t("national_scatter_caption", lang)), "caption"),
    ]


def relationships_section(data: ReportInput, lang: str) -> list:
    """The relationship tests behind the report's figure 6 conclusions."""
    if not data.relationships:
        return []
    rows = [[para(escape(r.label), "cell"), str(r.n), num(r.slope, "coef", lang),
             f"{num(r.slope_ci_low, 'coef', lang)} – {num(r.slope_ci_high, 'coef', lang)}",
             num(r.slope_p, "p", lang), num(r.pearson_r, "r", lang), num(r.spearman_rho, "r", lang)]
            for r in data.relationships]
    header = [t("col_test", lang), "N", t("col_slope", lang), t("reg_ci", lang), "p",
              t("col_pearson", lang), t("col_spearman", lang)]
    return [heading(t("sec_relationships", lang), 2),
            data_table(header, rows, widths=[160, 28, 52, 100, 40, 50, TEXT_WIDTH - 430])]


def clusters_section(data: ReportInput, lang: str) -> list:
    """Per cluster (core summaries): centres, aggregate cases per FTE, mean effect (figure 7)."""
    clusters = sorted(data.cluster_summaries)
    if not clusters:
        return []
    rows, prod, eff = [], [], []
    for k in clusters:
        s = data.cluster_summaries[k]
        prod.append(s.cases_per_fte)
        eff.append(s.effect_mean)
        rows.append([t("cluster_n", lang, n=k), str(s.n_centres), num(s.cases_per_fte, "cases_per_fte", lang),
                     num(s.effect_mean, "effect", lang)])
    header = [t("col_cluster", lang), t("col_n_centres", lang), t("col_mean_productivity", lang),
              t("col_mean_effect", lang)]
    cats = [str(k) for k in clusters]
    return [
        heading(t("sec_clusters", lang)), para(escape(t("def_cluster", lang).replace("<b>", "")
                                                      .replace("</b>", ""))),
        data_table(header, rows, widths=[120, 80, 140, TEXT_WIDTH - 340]),
        para("", "small"),
        charts.bar_chart(cats, [(t("col_mean_productivity", lang), prod)], width=TEXT_WIDTH,
                         height=150, value_title=t("axis_productivity", lang), lang=lang,
                         horizontal=False),
        charts.bar_chart(cats, [(t("col_mean_effect", lang), eff)], width=TEXT_WIDTH, height=150,
                         value_title=t("axis_effect", lang), lang=lang, horizontal=False,
                         colors_=[charts.PALETTE[2]]),
    ]


def time_use_section(data: ReportInput, lang: str) -> list:
    """National hours per FTE per category with the spread across centres."""
    if not data.time_categories:
        return []
    rows = [[para(escape(k.label), "cell"), num(k.national, "hours", lang),
             num(k.minimum, "hours", lang), num(k.maximum, "hours", lang)]
            for k in data.time_categories]
    header = [t("col_category", lang), t("col_hours_avg", lang), t("col_hours_min", lang),
              t("col_hours_max", lang)]
    cats = [k for k in data.time_categories if k.key not in ("available", "working_time")]
    return [
        heading(t("sec_time_use", lang)), para(escape(t("time_use_intro", lang))),
        data_table(header, rows, widths=[250, 80, 80, TEXT_WIDTH - 410]),
        charts.bar_chart([k.label for k in cats], [(t("legend_average", lang),
                                                    [k.national for k in cats])],
                         ranges=[(k.minimum, k.maximum) for k in cats], width=TEXT_WIDTH,
                         height=170, value_title=t("axis_hours", lang), lang=lang, label_width=150),
    ]


def levers_section(data: ReportInput, lang: str) -> list:
    """National lever table, waterfall by area, potential by binding type and horizon."""
    s = data.levers_national
    if s is None:
        return []
    out = [keep_room(), heading(t("sec_national_levers", lang)),
           para(escape(t("levers_intro", lang, scenario=data.scenario or "–"))),
           lever_table(s, lang, millions=True), para("", "small"),
           waterfall(data, s, lang),
           para(escape(t("waterfall_caption", lang)), "caption"), area_legend(data, lang)]
    for title, groups, keys, prefix in (("by_binding", s.by_binding, BINDINGS, "binding_"),
                                        ("by_horizon", s.by_horizon, HORIZONS, "horizon_")):
        present = [k for k in keys if k in groups]
        rows = [[t(prefix + k, lang), mdkk(groups[k][0], lang), mdkk(groups[k][1], lang)]
                for k in present]
        out += [
            heading(t(title, lang), 2),
            data_table([t("col_category", lang), t("col_mdkk_low", lang), t("col_mdkk_high", lang)],
                       rows, widths=[200, 100, 100]),
            charts.bar_chart([t(prefix + k, lang) for k in present],
                             [(t("legend_low", lang), [groups[k][0] / 1e6 for k in present]),
                              (t("legend_high", lang), [groups[k][1] / 1e6 for k in present])],
                             width=TEXT_WIDTH, height=30 + 30 * len(present) + 12,
                             value_title=t("axis_mdkk", lang), lang=lang, decimals=1,
                             colors_=[charts.ACCENT, charts.LIGHT]),
        ]
    return out


def benchmark_section(data: ReportInput, lang: str) -> list:
    """The three benchmarks of the benchmark-based potential."""
    if not data.benchmarks:
        return []
    rows = [[para(escape(b.label), "cell"), str(b.centres_below), num(b.freed_fte, "fte", lang),
             mdkk(b.dkk, lang), mdkk(b.dkk_uplifted, lang)] for b in data.benchmarks]
    header = [t("col_benchmark", lang), t("col_n_centres", lang), t("col_fte_freed", lang),
              t("col_mdkk", lang), t("col_mdkk_uplifted", lang)]
    return [heading(t("sec_benchmark_potential", lang)),
            para(escape(t("benchmark_intro", lang))),
            data_table(header, rows, widths=[190, 55, 75, 70, TEXT_WIDTH - 390])]


def ranking_section(data: ReportInput, lang: str) -> list:
    """All centres sorted by productivity: cluster, placement, key figures, quadrant."""
    order = sorted(data.centres, key=lambda c: (c.cases_per_fte is None, -(c.cases_per_fte or 0)))
    rows = [[para(escape(c.jobcenter), "cell"), "–" if c.cluster is None else str(c.cluster),
             "–" if c.cluster_rank is None else t("placement", lang, rank=c.cluster_rank,
                                                    size=c.cluster_size),
             num(c.cases_per_fte, "cases_per_fte", lang), num(c.effect, "effect", lang),
             num(c.observed_rate, "rate", lang), num(c.fte, "fte", lang),
             _short_quadrant(c.quadrant, lang)] for c in order]
    header = [t("col_centre", lang), t("col_cluster", lang), t("kf_placement", lang),
              t("axis_productivity", lang), t("col_effect_short", lang),
              t("col_rate_short", lang), t("kf_fte", lang), t("quadrant", lang)]
    return [heading(t("sec_ranking", lang)),
            data_table(header, rows, widths=[100, 40, 50, 55, 40, 50, 45, TEXT_WIDTH - 380],
                       font_size=7)]


def _short_quadrant(key: str | None, lang: str) -> str:
    """A quadrant's short name for the ranking table."""
    if key in ("resource_efficient", "productive", "effective", "neither"):
        return t(f"q_{key}", lang)
    return "–"
