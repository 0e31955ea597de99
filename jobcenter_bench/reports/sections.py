"""Report parts shared by the centre and the national PDF: cover, sources, levers, method.

Every part reads the core's ``Results`` (``core.session``) and formats with ``core.measures``
(catalogue measures) or ``reports.fmt`` (hours, kroner, coefficients); nothing is recomputed.
"""

from __future__ import annotations

import datetime as _dt

from jobcenter_bench.core import measures as ms
from jobcenter_bench.core.i18n import t
from jobcenter_bench.reports import charts, facts
from jobcenter_bench.reports.facts import AREAS, BINDINGS, HORIZONS
from jobcenter_bench.reports.fmt import mdkk, num
from jobcenter_bench.reports.pdf_base import data_table, escape, heading, para

#: Usable text width on A4 with 18 mm margins, in points.
TEXT_WIDTH = 595.27 - 2 * 18 * 2.8346

#: Room (points) a lever section needs on the current page to start there: heading, the
#: introduction, the table header and about eight rows; with less the section starts on the next
#: page, so the table never begins with a lone row at the foot of a page.
LEVER_SECTION_MIN_HEIGHT = 240

#: Lever rows kept on the same page as the gross, overlap and net rows below them.
LEVER_ROWS_WITH_TOTALS = 4

__all__ = ["AREAS", "BINDINGS", "HORIZONS", "TEXT_WIDTH"]


def today(lang: str) -> str:
    """The printing date: ``25.11.2026`` (Danish) or ``2026-11-25`` (English)."""
    return _dt.date.today().strftime(t("date_format", lang))


def imported_date(stamp: str, lang: str) -> str:
    """An import-log time stamp (ISO 8601) shown as a date and time."""
    try:
        d = _dt.datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return str(stamp or "")
    return d.strftime(t("datetime_format", lang))


def title_block(results, title: str, subtitle: str, lang: str) -> list:
    """Title, subtitle and (sample data) the synthetic-data banner: the top of page 1."""
    out = [para(escape(title), "title"), para(escape(subtitle), "subtitle")]
    if results.provenance.is_sample:
        out += [para(escape(t("sample_banner", lang)), "banner"),
                para(escape(t("sample_note", lang)), "small")]
    return out


def front_block(results, lang: str, facts_: list[tuple[str, str]]) -> list:
    """Page 2: the facts (year, scenario …), the data sources and the printing date."""
    out = [heading(t("sec_about", lang))]
    if facts_:
        out.append(data_table(["", ""], [[k, para(escape(v), "cell")] for k, v in facts_],
                              widths=[150, TEXT_WIDTH - 150], align="LL"))
    out += [para(escape(t("data_sources", lang)), "h2"), *sources_table(results, lang)]
    out.append(para(escape(t("printed", lang, date=today(lang))), "small"))
    return out


def scenario_fact(results, lang: str) -> tuple[str, str]:
    """``Scenarie: Standard (ændret, ikke gemt)``: the working scenario as the cover says it."""
    return t("scenario", lang), results.scenario_text(lang)


def sources_table(results, lang: str) -> list:
    """The import log as a table: file, kind, when imported, rows."""
    rows = facts.sources(results, lang)
    if not rows:
        return [para(escape(t("no_sources", lang)), "small")]
    body = [[para(escape(s.file_name), "cell"), s.kind, imported_date(s.imported_at, lang),
             num(s.rows, "persons", lang)] for s in rows]
    header = [t("source_file", lang), t("source_kind", lang), t("source_imported", lang),
              t("source_rows", lang)]
    return [data_table(header, body, widths=[190, 120, 100, TEXT_WIDTH - 410], align="LLLR")]


def keep_room(points: float = LEVER_SECTION_MIN_HEIGHT):
    """A conditional page break: start a new page unless ``points`` of height are left."""
    from reportlab.platypus import CondPageBreak

    return CondPageBreak(points)


def potential_table(scope, lang: str) -> object:
    """Net potential low and high in DKK, in FTE freed and in % of the cost base (one table)."""
    fte, share = scope.net_fte, scope.share_of_cost_base
    keys = (("net_potential_low", "net_potential_high", scope.total_low_dkk, scope.total_high_dkk),
            ("net_fte_low", "net_fte_high", *fte),
            ("net_share_low", "net_share_high", share[0] * 100, share[1] * 100))
    rows = [[para(escape(f"{_strip_estimate(ms.label(lo, lang))} ({ms.unit(lo, lang)})"), "cell"),
             ms.format_value(lo, a, lang), ms.format_value(hi, b, lang)] for lo, hi, a, b in keys]
    header = [t("col_measure", lang), t("legend_low", lang), t("legend_high", lang)]
    return data_table(header, rows, widths=[260, 100, 100])


def _strip_estimate(label: str) -> str:
    """``Nettopotentiale, lavt skøn`` -> ``Nettopotentiale`` (the columns say low/high)."""
    return label.split(",")[0]


def lever_table(scope, lang: str, millions: bool) -> object:
    """The lever table with gross, overlap and net rows; DKK in kroner or millions."""
    money = (lambda v: mdkk(v, lang)) if millions else (lambda v: num(v, "dkk", lang))
    rows, bold = [], set()
    for lv in scope.levers:
        if lv.quantified:
            vals = [num(lv.low_hours, "hours", lang), num(lv.high_hours, "hours", lang),
                    money(lv.low_dkk), money(lv.high_dkk)]
        else:
            vals = ["–", "–", "–", "–"]
        name = escape(facts.lever_name(lv, lang))
        if not lv.quantified:
            name += f" <i>({escape(t('not_quantified', lang))})</i>"
        rows.append([lv.id, para(name, "cell"), facts.binding_label(lv.binding, lang),
                     facts.horizon_label(lv.horizon, lang).split(" (")[0], *vals])
    for key, low, high in (("gross", scope.gross_low_dkk, scope.gross_high_dkk),
                           ("overlap", -scope.overlap_low_dkk, -scope.overlap_high_dkk),
                           ("net", scope.total_low_dkk, scope.total_high_dkk)):
        bold.add(len(rows))
        rows.append(["", t(key, lang), "", "", "", "", money(low), money(high)])
    dkk_low, dkk_high = ("col_mdkk_low", "col_mdkk_high") if millions else ("col_dkk_low", "col_dkk_high")
    header = [t("col_id", lang), t("col_lever", lang), t("col_binding", lang), t("col_horizon", lang),
              t("col_hours_low", lang), t("col_hours_high", lang), t(dkk_low, lang), t(dkk_high, lang)]
    widths = [26, 160, 66, 54, 44, 44, 52, 52]
    return data_table(header, rows, widths=widths, align="LLLLRRRR", bold_rows=bold, font_size=7,
                      keep_last=3 + LEVER_ROWS_WITH_TOTALS)


def largest_levers(scope, n: int = 5) -> list:
    """The ``n`` quantified levers with the largest high estimate (gross, DKK per year)."""
    quantified = [lv for lv in scope.levers if lv.quantified and lv.high_dkk > 0]
    return sorted(quantified, key=lambda lv: (-lv.high_dkk, lv.id))[:n]


def waterfall(scope, lang: str, height: float = 200):
    """Figure-8 style waterfall in DKK million: areas A–F, minus overlap, net total."""
    by_area = scope.by_area
    low = [by_area[a]["low_dkk"] / 1e6 for a in AREAS]
    high = [by_area[a]["high_dkk"] / 1e6 for a in AREAS]
    low.append(-scope.overlap_low_dkk / 1e6)
    high.append(-scope.overlap_high_dkk / 1e6)
    return charts.waterfall_chart(
        [*AREAS, t("overlap", lang)], low, high, width=TEXT_WIDTH, height=height,
        value_title=t("axis_mdkk", lang), lang=lang, total_label=t("net_short", lang),
        legend=[t("legend_low", lang), t("legend_high", lang)], decimals=1,
    )


def waterfall_caption(scope, lang: str) -> object:
    """The waterfall's finding: the largest area and the net range."""
    by_area = scope.by_area
    top = max(AREAS, key=lambda a: by_area[a]["high_dkk"])
    return para(escape(t("waterfall_finding", lang, area=facts.area_label(top, lang),
                         low=mdkk(scope.total_low_dkk, lang), high=mdkk(scope.total_high_dkk, lang))),
                "caption")


def area_legend(lang: str) -> object:
    """One line naming the areas A–F under a waterfall."""
    return para(escape("; ".join(facts.area_label(a, lang) for a in AREAS)), "caption")


def abbreviations(lang: str) -> object:
    """ADP, KTH, SDP and KRL spelled out (first use on page 1 and in the method section)."""
    return para(escape(t("abbreviations", lang)), "small")


def method_section(results, lang: str) -> list:
    """Definitions (from the measures catalogue), the regression table, the caveats."""
    from reportlab.platypus import PageBreak

    out = [PageBreak(), heading(t("sec_method", lang)), abbreviations(lang),
           heading(t("sec_definitions", lang), 2)]
    for key in ("cases_per_fte", "effect", "observed_rate_all", "cluster", "placement", "quadrant",
                "net_potential_low", "net_fte_low", "net_share_low"):
        out.append(para(f"<b>{escape(ms.label(key, lang).split(',')[0])}</b>: "
                        f"{escape(ms.definition(key, lang))}"))
    out.append(heading(t("sec_regression", lang), 2))
    out.append(para(escape(t("reg_source", lang, source=results.prediction_source_text(lang)))))
    out += regression_block(results, lang)
    from reportlab.platypus import KeepTogether

    caveats = [heading(t("sec_caveats", lang), 2)]
    for key in ("caveat_survey", "caveat_effect", "caveat_robustness", "caveat_causal",
                "caveat_levers"):
        caveats.append(para("• " + escape(t(key, lang))))
    return [*out, KeepTogether(caveats)]


def regression_block(results, lang: str) -> list:
    """The regression table with fit statistics, or a sentence when there is none."""
    variables = ", ".join(facts.variable_label(results, v, lang) for v in results.analysis.variables) or "–"
    out = [para(escape(t("reg_variables", lang, variables=variables)))]
    model = results.analysis.models.get("core")
    if model is None:
        return [*out, para(escape(t("reg_none", lang)))]
    rows = [[para(escape(coefficient_label(results, c.name, lang)), "cell"), coef(c.estimate, lang),
             coef(c.std_error, lang), num(c.t, "r", lang), num(c.p, "p", lang),
             f"{coef(c.ci_low, lang)} – {coef(c.ci_high, lang)}"]
            for c in model.coefficients]
    header = [t("reg_variable", lang), t("reg_coef", lang), t("reg_se", lang), t("reg_t", lang),
              t("reg_p", lang), t("reg_ci", lang)]
    out.append(data_table(header, rows, widths=[150, 62, 56, 44, 44, TEXT_WIDTH - 356]))
    out.append(para(escape(t("reg_fit", lang, r2=num(model.r_squared, "r", lang),
                             adj=num(model.r_squared_adj, "r", lang), n=model.n)), "caption"))
    return out


def coefficient_label(results, name: str, lang: str) -> str:
    return t("intercept", lang) if name == "const" else facts.variable_label(results, name, lang)


def coef(value: float, lang: str) -> str:
    """A coefficient with at least 3 decimals and 3 significant digits (0,000123 not 0,000)."""
    import math

    from jobcenter_bench.core.numbers import format_number

    if value is None or not math.isfinite(value) or value == 0:
        return num(value, "coef", lang)
    decimals = min(8, max(3, 2 - math.floor(math.log10(abs(value)))))
    return format_number(value, decimals, lang)


def relationship_finding(rel, lang: str) -> str:
    """``Ingen sammenhæng mellem … (hældning 0,000, p = 0,99)``: a test's finding in words."""
    msg = "finding_none" if rel.slope_p >= rel.alpha else "finding_some"
    return t(msg, lang, x=_term(rel.x, lang), y=_term(rel.y, lang),
             slope=coef(rel.slope, lang), p=num(rel.slope_p, "p", lang))


def _term(code: str, lang: str) -> str:
    """A variable of a relationship test in a sentence: the all-benefits predicted rate is the
    measure of the framework conditions (rammevilkår)."""
    if code == "predicted_rate_all":
        return t("framework_term", lang)
    return facts.lower_first(ms.label(code, lang))


def find_relationship(results, x: str, y: str):
    return next((r for r in results.analysis.relationships if r.x == x and r.y == y), None)
