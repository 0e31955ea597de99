"""The trend page of the centre PDF: the centre over every year of the database.

Two line charts (cases per FTE and effect: the centre, its cluster and the country, with each
measure's benchmark from ``core.measures``), a table of the trend measures by year, what changed
since the year before (``Results.change``: the caseload/staff split of cases per FTE, the
predicted/observed split of the effect, the levers that moved most) and the vintage notes (each
year's prediction and definitions; a change is a dashed line in the charts and explained here).
Nothing here computes: the numbers come from ``Results.trend_book()`` (``core.trends``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from jobcenter_bench.core import measures as ms
from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.i18n import pick, t
from jobcenter_bench.core.numbers import format_number
from jobcenter_bench.reports import charts
from jobcenter_bench.reports.pdf_base import (
    INK,
    MUTED,
    data_table,
    escape,
    heading,
    layout_table,
    para,
)
from jobcenter_bench.reports.sections import TEXT_WIDTH, keep_room

#: Years shown in the table (the newest ones; the charts show every year).
TABLE_YEARS = 8


def trend_page(results, name: str, lang: str = "da") -> list:
    """The flowables of the trend page for centre ``name``; ``[]`` when the database behind
    ``results`` cannot be read for other years (e.g. results made by hand)."""
    try:
        trend = results.trend(name)
    except (BenchError, sqlite3.Error, OSError):
        return []
    years = trend.years
    out = [keep_room(420), heading(t("trend_heading", lang, first=years[0], last=years[-1]))]
    if len(years) < 2:
        return [*out, para(escape(t("trend_single_year", lang)))]
    out.append(para(escape(t("trend_intro", lang)), "small"))
    half = TEXT_WIDTH / 2 - 4
    out.append(layout_table([[chart_of(trend, "cases_per_fte", lang, half),
                              chart_of(trend, "effect", lang, half)]], [TEXT_WIDTH / 2] * 2))
    out.append(trend_table(trend, lang))
    out += change_section(results, name, lang)
    out += vintage_notes(results, trend, lang)
    return out


def chart_of(trend, key: str, lang: str, width: float):
    """The line chart of measure ``key``: centre, cluster and country by year, breaks marked."""
    series = [(trend.jobcenter, trend.series(key), charts.PALETTE[5]),
              (t("col_cluster", lang), trend.series(key, "cluster"), charts.PALETTE[2]),
              (t("col_country", lang), trend.series(key, "country"), charts.PALETTE[0])]
    breaks = [b.year for b in trend.breaks()]
    title = t("trend_chart_title", lang, measure=ms.label_with_unit(key, lang), bench=ms.benchmark_label(key, lang))
    return line_chart(trend.years, series, breaks, width=width, height=165, title=title,
                      decimals=ms.decimals(key), lang=lang)


def line_chart(years: Sequence[int], series: Sequence[tuple[str, Sequence[float | None], str]],
               breaks: Sequence[int], *, width: float, height: float, title: str, decimals: int,
               lang: str = "da"):
    """Lines with dots over ``years``; a gap where a value is missing; a dashed vertical line
    before each year in ``breaks`` (a change of vintage), labelled."""
    from reportlab.graphics.shapes import Circle, Line, PolyLine
    from reportlab.lib import colors

    values = [v for _, vs, _ in series for v in vs if charts._ok(v)]
    ax = charts.nice_axis(min(values, default=0.0), max(values, default=1.0), n=4)
    d = charts._drawing(width, height)
    left = charts._left(ax, lang)
    x0, y0, w, h = left, 40, width - left - 12, height - 40 - 18
    d.add(charts._string(x0, height - 10, title, size=8, bold=True, color=INK))
    charts._y_axis(d, ax, x0, y0, w, h, "", lang)
    step = w / max(len(years) - 1, 1)

    def x_of(i: int) -> float:
        return x0 + i * step if len(years) > 1 else x0 + w / 2

    for i, y in enumerate(years):
        d.add(charts._string(x_of(i), y0 - 10, str(y), anchor="middle"))
    for year in breaks:
        if year in years and years.index(year) > 0:
            bx = (x_of(years.index(year) - 1) + x_of(years.index(year))) / 2
            d.add(Line(bx, y0, bx, y0 + h, strokeColor=colors.HexColor(MUTED), strokeWidth=0.8,
                       strokeDashArray=[3, 2]))
            d.add(charts._string(bx, y0 + h + 2, t("trend_break_label", lang), size=6.5, anchor="middle",
                                 color=MUTED))
    for _, vs, colour in series:
        run: list[float] = []
        for i, v in enumerate([*vs, None]):
            if charts._ok(v):
                run += [x_of(i), ax.to(v, y0, h)]
                continue
            if len(run) >= 4:
                d.add(PolyLine(run, strokeColor=colors.HexColor(colour), strokeWidth=1.2))
            run = []
        for i, v in enumerate(vs):
            if charts._ok(v):
                d.add(Circle(x_of(i), ax.to(v, y0, h), 2.2, fillColor=colors.HexColor(colour), strokeColor=None))
    charts._legend(d, [(charts._clip(label, width / 3 - 22), colour, "dot") for label, _, colour in series], 4, 6)
    return d


def trend_table(trend, lang: str):
    """The trend measures by year (newest ``TABLE_YEARS``), the cluster and the country under
    each measure that has a benchmark."""
    idx = list(range(len(trend.years)))[-TABLE_YEARS:]
    breaks = {b.year for b in trend.breaks()}
    header = [t("col_measure", lang), *(("| " if trend.years[i] in breaks else "") + str(trend.years[i]) for i in idx)]
    rows, sub = [], set()
    for key in ms.table("trend"):
        rows.append([para(escape(ms.label_with_unit(key, lang, short=True)), "cell"),
                     *(ms.format_value(key, trend.series(key)[i], lang) for i in idx)])
        for word, scope in ((t("col_cluster", lang), "cluster"), (t("col_country", lang), "country")):
            values = trend.series(key, scope)
            if any(v is not None for v in values):
                sub.add(len(rows))
                rows.append([para(escape("   " + word), "cell"), *(ms.format_value(key, values[i], lang) for i in idx)])
    first = 150
    return data_table(header, rows, widths=[first] + [(TEXT_WIDTH - first) / len(idx)] * len(idx), font_size=7.5)


def change_section(results, name: str, lang: str) -> list:
    """What changed from the year before to the report's year (the splits and the levers)."""
    change = results.change(name)
    if change is None:
        return [para(escape(t("trend_no_previous", lang)), "small")]
    rows = [[para(escape(r["item"]), "cell"), ms.format_value(r["key"], r["a"], lang, missing=""),
             ms.format_value(r["key"], r["b"], lang, missing=""), _signed(r["key"], r["change"], lang)]
            for r in change.rows(lang)]
    header = [t("col_measure", lang), str(change.year_a), str(change.year_b), t("trend_col_change", lang)]
    out = [heading(t("trend_change_heading", lang, a=change.year_a, b=change.year_b), 2),
           data_table(header, rows, widths=[250, 80, 80, TEXT_WIDTH - 410], font_size=7.5),
           para(escape(t("trend_change_note", lang)), "caption")]
    if change.levers:
        lever_rows = [[para(escape(m.name(lang)), "cell"), format_number((m.low_a + m.high_a) / 2e6, 2, lang),
                       format_number((m.low_b + m.high_b) / 2e6, 2, lang),
                       _signed_mdkk(m.change_mid, lang)] for m in change.levers]
        out += [para(f"<b>{escape(t('trend_levers', lang))}</b>", "small"),
                data_table([t("col_lever", lang), str(change.year_a), str(change.year_b), t("trend_col_change", lang)],
                           lever_rows, widths=[250, 80, 80, TEXT_WIDTH - 410], font_size=7.5)]
    for b in change.breaks:
        out.append(para(escape(t("trend_break_note", lang, change=b.text(lang, _labels(results, lang)))), "small"))
    return out


def vintage_notes(results, trend, lang: str) -> list:
    """Each year's vintage and every change between two years, explained."""
    labels = _labels(results, lang)
    out = [para(f"<b>{escape(t('trend_vintages', lang))}</b>", "small")]
    out += [para(escape(v.text(lang)), "small") for v in trend.vintages]
    out += [para(escape(t("trend_break_note", lang, change=b.text(lang, labels))), "small") for b in trend.breaks()]
    out += [para(escape(t("trend_skipped", lang, year=y, reason=pick((da, en), lang))), "small")
            for y, da, en in trend.skipped]
    return out


def _labels(results, lang: str) -> dict[str, str]:
    return {name: results.variable_label(name, lang) for name in results.provenance.variable_labels}


def _signed(key: str, value, lang: str) -> str:
    return ms.format_change(key, value, lang)


def _signed_mdkk(value: float, lang: str) -> str:
    """A lever's change in DKK m with two decimals and its sign (the lever values' precision)."""
    text = format_number(abs(value) / 1e6, 2, lang)
    return text if not any(ch in "123456789" for ch in text) else ("+" if value > 0 else "−") + text
