"""Report parts shared by the centre and the national PDF: cover facts, sources, levers, method."""

from __future__ import annotations

import datetime as _dt

from jobcenter_bench.core.i18n import t
from jobcenter_bench.reports import charts
from jobcenter_bench.reports.fmt import mdkk, num
from jobcenter_bench.reports.inputs import LeverSummary, ReportInput
from jobcenter_bench.reports.pdf_base import data_table, escape, heading, para

#: Usable text width on A4 with 18 mm margins, in points.
TEXT_WIDTH = 595.27 - 2 * 18 * 2.8346

#: Room (points) a lever section needs on the current page to start there: heading, the
#: introduction, the table header and about eight rows; with less the section starts on the next
#: page, so the table never begins with a lone row at the foot of a page.
LEVER_SECTION_MIN_HEIGHT = 240

#: Lever rows kept on the same page as the gross, overlap and net rows below them.
LEVER_ROWS_WITH_TOTALS = 4

AREAS = ("A", "B", "C", "D", "E", "F")
BINDINGS = ("management", "law", "it")
HORIZONS = ("short", "medium", "long")


def today(lang: str) -> str:
    """The printing date: ``25.11.2026`` (Danish) or ``2026-11-25`` (English)."""
    d = _dt.date.today()
    return d.isoformat() if lang == "en" else d.strftime("%d.%m.%Y")


def imported_date(stamp: str, lang: str) -> str:
    """An import-log time stamp (ISO 8601) shown as a date and time."""
    try:
        d = _dt.datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return str(stamp or "")
    return d.strftime("%Y-%m-%d %H:%M") if lang == "en" else d.strftime("%d.%m.%Y %H.%M")


def cover_block(data: ReportInput, title: str, subtitle: str, lang: str,
                facts: list[tuple[str, str]]) -> list:
    """Cover page: title, sample banner, facts table, data sources, printing date."""
    out = [para(escape(title), "title"), para(escape(subtitle), "subtitle")]
    if data.is_sample:
        out += [para(escape(t("sample_banner", lang)), "banner"),
                para(escape(t("sample_note", lang)), "small")]
    if facts:
        out.append(data_table(["", ""], [[k, v] for k, v in facts], widths=[150, TEXT_WIDTH - 150],
                              align="LL"))
    out += [para(escape(t("data_sources", lang)), "h2"), *sources_table(data, lang)]
    out.append(para(escape(t("printed", lang, date=today(lang))), "small"))
    return out


def sources_table(data: ReportInput, lang: str) -> list:
    """The import log as a table: file, kind, when imported, rows."""
    if not data.sources:
        return [para(escape(t("no_sources", lang)), "small")]
    rows = [[para(escape(s.file_name), "cell"), s.kind_label or s.kind,
             imported_date(s.imported_at, lang),
             num(s.rows, "persons", lang)] for s in data.sources]
    header = [t("source_file", lang), t("source_kind", lang), t("source_imported", lang),
              t("source_rows", lang)]
    return [data_table(header, rows, widths=[190, 120, 100, TEXT_WIDTH - 410], align="LLLR")]


def municipality_text(codes, names) -> str:
    """A centre's municipalities as ``Skive (779)``, comma-separated; ``–`` when none."""
    names = list(names) + [""] * (len(codes) - len(names))
    return ", ".join(f"{n} ({c})" if n else str(c) for c, n in zip(codes, names, strict=False)) or "–"


def area_label(data: ReportInput, area: str, lang: str) -> str:
    """An area's name: the lever catalogue's when it gave one, else the report's chapter title."""
    return data.area_labels.get(area) or t(f"area_{area}", lang)


def keep_room(points: float = LEVER_SECTION_MIN_HEIGHT):
    """A conditional page break: start a new page unless ``points`` of height are left."""
    from reportlab.platypus import CondPageBreak

    return CondPageBreak(points)


def lever_table(summary: LeverSummary, lang: str, millions: bool) -> object:
    """The lever table with gross, overlap and net rows; DKK in kroner or millions."""
    money = (lambda v: mdkk(v, lang)) if millions else (lambda v: num(v, "dkk", lang))
    rows, bold = [], set()
    for lv in summary.levers:
        if lv.quantified:
            vals = [num(lv.low_hours, "hours", lang), num(lv.high_hours, "hours", lang),
                    money(lv.low_dkk), money(lv.high_dkk)]
        else:
            vals = ["–", "–", "–", "–"]
        name = escape(lv.name) + ("" if lv.quantified else f" <i>({escape(t('not_quantified', lang))})</i>")
        rows.append([lv.id, para(name, "cell"),
                     t(f"binding_{lv.binding}", lang).split(" ")[0] if lv.binding in BINDINGS
                     else lv.binding, lv.horizon and t(f"horizon_{lv.horizon}", lang).split(" (")[0],
                     *vals])
    for key, low, high in (("gross", summary.gross_low_dkk, summary.gross_high_dkk),
                           ("overlap", -summary.overlap_low_dkk, -summary.overlap_high_dkk),
                           ("net", summary.total_low_dkk, summary.total_high_dkk)):
        bold.add(len(rows))
        rows.append(["", t(key, lang), "", "", "", "", money(low), money(high)])
    dkk_low, dkk_high = ("col_mdkk_low", "col_mdkk_high") if millions else ("col_dkk_low",
                                                                             "col_dkk_high")
    header = [t("col_id", lang), t("col_lever", lang), t("col_binding", lang), t("col_horizon", lang),
              t("col_hours_low", lang), t("col_hours_high", lang), t(dkk_low, lang),
              t(dkk_high, lang)]
    widths = [26, 170, 58, 54, 44, 44, 52, 52]
    return data_table(header, rows, widths=widths, align="LLLLRRRR", bold_rows=bold, font_size=7,
                      keep_last=3 + LEVER_ROWS_WITH_TOTALS)


def waterfall(data: ReportInput, summary: LeverSummary, lang: str, height: float = 200):
    """Figure-8 style waterfall in DKK million: areas A–F, minus overlap, net total."""
    scale = 1e6
    low = [summary.by_area.get(a, (0.0, 0.0))[0] / scale for a in AREAS]
    high = [summary.by_area.get(a, (0.0, 0.0))[1] / scale for a in AREAS]
    low.append(-summary.overlap_low_dkk / scale)
    high.append(-summary.overlap_high_dkk / scale)
    return charts.waterfall_chart(
        [*AREAS, t("overlap", lang)], low, high, width=TEXT_WIDTH, height=height,
        value_title=t("axis_mdkk", lang), lang=lang,
        total_label=t("net", lang).split(" (")[0] if lang == "en" else "Netto",
        legend=[t("legend_low", lang), t("legend_high", lang)], decimals=1,
    )


def area_legend(data: ReportInput, lang: str) -> object:
    """One line naming the areas A–F under a waterfall."""
    names = "; ".join(area_label(data, a, lang) for a in AREAS)
    return para(escape(names), "caption")


def method_section(data: ReportInput, lang: str) -> list:
    """Definitions, the regression table, framework variables and the report's caveats."""
    from reportlab.platypus import PageBreak

    out = [PageBreak(), heading(t("sec_method", lang)), heading(t("sec_definitions", lang), 2)]
    for key in ("def_productivity", "def_rate", "def_effect", "def_cluster", "def_quadrant",
                "def_levers"):
        out.append(para(t(key, lang)))
    out.append(heading(t("sec_regression", lang), 2))
    if data.prediction_source:
        out.append(para(escape(t("reg_source", lang, source=data.prediction_source))))
    out += regression_block(data, lang)
    out.append(heading(t("sec_caveats", lang), 2))
    for key in ("caveat_survey", "caveat_effect", "caveat_robustness", "caveat_causal",
                "caveat_levers"):
        out.append(para("• " + escape(t(key, lang))))
    return out


def regression_block(data: ReportInput, lang: str) -> list:
    """The regression table with fit statistics, or a sentence when there is none."""
    reg = data.regression
    variables = ", ".join(data.framework_variables) or "–"
    out = [para(escape(t("reg_variables", lang, variables=variables)))]
    if reg is None:
        return [*out, para(escape(t("reg_none", lang)))]
    rows = [[para(escape(c.label or c.name), "cell"), coef(c.estimate, lang),
             coef(c.std_error, lang), format_t(c.t, lang), num(c.p, "p", lang),
             f"{coef(c.ci_low, lang)} – {coef(c.ci_high, lang)}"]
            for c in reg.coefficients]
    header = [t("reg_variable", lang), t("reg_coef", lang), t("reg_se", lang), t("reg_t", lang),
              t("reg_p", lang), t("reg_ci", lang)]
    out.append(data_table(header, rows, widths=[150, 62, 56, 44, 44, TEXT_WIDTH - 356]))
    out.append(para(escape(t("reg_fit", lang, r2=num(reg.r_squared, "r", lang),
                             adj=num(reg.r_squared_adj, "r", lang), n=reg.n)), "caption"))
    return out


def coef(value: float, lang: str) -> str:
    """A coefficient with at least 3 decimals and 3 significant digits (0,000123 not 0,000)."""
    import math

    from jobcenter_bench.core.numbers import format_number

    if value is None or not math.isfinite(value) or value == 0:
        return num(value, "coef", lang)
    decimals = min(8, max(3, 2 - math.floor(math.log10(abs(value)))))
    return format_number(value, decimals, lang)


def format_t(value: float, lang: str) -> str:
    return num(value, "r", lang)
