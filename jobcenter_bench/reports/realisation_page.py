"""The realisation page of the centre report (gevinstrealisering) and the benefit tree drawing.

Appended to the centre report when the working scenario holds a business case with success
criteria (a plan) for the centre: the follow-up of every criterion in the report's year (actual
value, share of the way, expected share, status), planned against realised gain per lever with a
bar chart, and the benefit tree (``Results.benefit_tree``) drawn left to right with reportlab
graphics. Everything comes from ``Results.realisation``; nothing is recomputed here.
"""

from __future__ import annotations

from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.i18n import t
from jobcenter_bench.core.numbers import format_number
from jobcenter_bench.reports import charts
from jobcenter_bench.reports.pdf_base import FONT, FONT_BOLD, INK, data_table, escape, heading, para

#: Usable text width on A4 with 18 mm margins, in points (as ``sections.TEXT_WIDTH``).
TEXT_WIDTH = 595.27 - 2 * 18 * 2.8346
#: Fill and border colour of each kind of node (economic red and service green as in the note).
NODE_COLOURS = {"lever": ("#dbe7f3", "#0072B2"), "change": ("#eef2f7", "#6b7c93"),
                "economic": ("#f8dcd6", "#D55E00"), "service": ("#d7efe4", "#009E73"),
                "goal": ("#fdf1cf", "#a37b00")}
STATUS_COLOURS = {"reached": "#009E73", "on_track": "#0072B2", "behind": "#D55E00"}


def _pct(x, lang: str) -> str:
    return "–" if x is None else format_number(100 * x, 0, lang) + " %"


def realisation_flowables(results, name: str, lang: str = "da") -> list:
    """The realisation section and the benefit tree of centre ``name``; [] without a plan."""
    if results.plan(name) is None:
        return []
    from reportlab.platypus import PageBreak

    out = [PageBreak(), heading(t("sec_realisation", lang))]
    try:
        real = results.realisation(name)
    except BenchError as exc:
        return [*out, para(escape(exc.text(lang)))]
    if real.year <= real.base_year:
        out.append(para(escape(t("real_not_yet", lang, centre=name, base=real.base_year))))
    else:
        out += follow_up_flowables(real, lang)
    tree = results.benefit_tree(name, lang)
    if tree is not None and tree.columns[0]:
        out += [PageBreak(), heading(t("sec_benefit_tree", lang)), para(escape(t("tree_intro", lang)), "small"),
                tree_drawing(tree, TEXT_WIDTH, min(680.0, max(260.0, 34.0 * tree.rows + 30)), lang)]
    return out


def follow_up_flowables(real, lang: str) -> list:
    """Intro, the criteria table, the lever table and the planned/realised chart."""
    counts = real.counts()
    out = [para(escape(t("real_intro", lang, centre=real.jobcenter, base=real.base_year, scenario=real.scenario,
                         year=real.year, reached=counts.get("reached", 0), on_track=counts.get("on_track", 0),
                         behind=counts.get("behind", 0), n=len(real.criteria),
                         planned=format_number(real.planned_total, 0, lang),
                         realised=format_number(real.realised_total, 0, lang))))]
    rows = []
    for s in real.criteria:
        c = s.criterion
        d = c.decimals()
        unit = c.unit_label(lang)
        colour = STATUS_COLOURS.get(s.status, INK)
        rows.append([c.lever, para(escape(c.label(lang) + (f" ({unit})" if unit else "")), "cell"),
                     format_number(c.baseline, d, lang), format_number(c.target, d, lang), str(c.deadline),
                     format_number(s.actual, d, lang), _pct(s.share, lang), _pct(s.expected, lang),
                     para(f'<font color="{colour}">{escape(s.status_text(lang))}</font>', "cell"),
                     para(escape(c.owner or "–"), "cell")])
    head = [t(k, lang) for k in ("col_id", "real_indicator", "real_baseline", "real_target", "real_deadline",
                                 "real_actual", "real_share", "real_expected", "real_status", "real_owner")]
    out.append(data_table(head, rows, widths=[24, 116, 60, 34, 32, 40, 42, 50, 48, TEXT_WIDTH - 446],
                          align="LLRRRRRRLL", font_size=7))
    out.append(para("", "small"))
    rows = [[lv.lever, para(escape(lv.name(lang)), "cell"), format_number(lv.planned, 0, lang),
             format_number(lv.realised, 0, lang), _pct(lv.share, lang), lv.method_text(lang)] for lv in real.levers]
    rows.append(["", t("real_total", lang), format_number(real.planned_total, 0, lang),
                 format_number(real.realised_total, 0, lang), "", ""])
    head = [t(k, lang) for k in ("col_lever", "col_lever", "real_planned", "real_realised", "real_share_planned",
                                 "real_method")]
    head[0] = t("col_id", lang)
    out.append(data_table(head, rows, widths=[26, 170, 80, 80, 70, TEXT_WIDTH - 426], align="LLRRRL",
                          bold_rows={len(rows) - 1}, font_size=7))
    out.append(para(escape(t("real_chart_title", lang, year=real.year)), "h2"))
    out.append(charts.bar_chart(
        [f"{lv.lever} {lv.name(lang)}" for lv in real.levers],
        [(t("real_planned", lang), [lv.planned for lv in real.levers]),
         (t("real_realised", lang), [lv.realised or 0.0 for lv in real.levers])],
        width=TEXT_WIDTH, height=max(150, 26 * len(real.levers) + 60), value_title=t("axis_dkk", lang),
        lang=lang, label_width=170))
    out.append(para(escape(t("real_note", lang)), "caption"))
    for da, en in real.problems:
        out.append(para(escape("! " + (en if lang == "en" else da)), "small"))
    return out


def _wrap(text: str, width: float, size: float, max_lines: int) -> list[str]:
    from reportlab.lib.utils import simpleSplit

    lines = simpleSplit(text, FONT, size, width)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1].rstrip()[:-1] + "…"
    return lines


def _fit(text: str, width: float, height: float) -> tuple[float, list[str]]:
    """The largest font size (7 down to 4.5 points) at which ``text`` fits the box, and its lines
    (shortened with "…" when even the smallest does not fit)."""
    size = 7.0
    while size > 4.5:
        lines = _wrap(text, width, size, 99)
        if len(lines) * (size + 1) <= height:
            return size, lines
        size -= 0.5
    return size, _wrap(text, width, size, max(1, int(height // (size + 1))))


def tree_drawing(tree, width: float, height: float, lang: str = "da"):
    """The benefit tree as a reportlab ``Drawing``: column titles, boxes coloured by kind, and
    curved links from the right edge of each box to the left edge of the next column's box."""
    from reportlab.graphics.shapes import Drawing, Path, Rect, String
    from reportlab.lib import colors

    d = Drawing(width, height)
    boxes = tree.layout(width, height, gap=22.0, header=16.0, max_box=44.0)

    def top(y: float) -> float:  # layout y grows down, reportlab's up
        return height - y

    for k in range(4):
        x = k * ((width - 3 * 22.0) / 4 + 22.0)
        d.add(String(x, height - 10, tree.column_title(k, lang), fontName=FONT_BOLD, fontSize=8,
                     fillColor=colors.HexColor(INK)))
    for a, b in tree.edges:
        if a not in boxes or b not in boxes:
            continue
        p, q = boxes[a], boxes[b]
        x0, y0 = p.x + p.w, top(p.y + p.h / 2)
        x1, y1 = q.x, top(q.y + q.h / 2)
        path = Path(strokeColor=colors.HexColor("#9aa5b1"), strokeWidth=0.5, fillColor=None)
        path.moveTo(x0, y0)
        path.curveTo(x0 + (x1 - x0) / 2, y0, x0 + (x1 - x0) / 2, y1, x1, y1)
        d.add(path)
    for col in tree.columns:
        for node in col:
            b = boxes[node.id]
            fill, stroke = NODE_COLOURS[node.kind]
            d.add(Rect(b.x, top(b.y + b.h), b.w, b.h, rx=3, ry=3, fillColor=colors.HexColor(fill),
                       strokeColor=colors.HexColor(stroke), strokeWidth=0.6))
            size, lines = _fit(node.text, b.w - 6, b.h - 2)
            y = top(b.y) - (b.h - len(lines) * (size + 1)) / 2 - size
            for line in lines:
                d.add(String(b.x + 3, y, line, fontName=FONT, fontSize=size, fillColor=colors.HexColor(INK)))
                y -= size + 1
    return d
