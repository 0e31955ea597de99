"""Vector charts for the PDF reports (reportlab.graphics), drawn from plain lists of numbers.

Every function takes numbers and labels that the core computed and returns a ``Drawing`` (a
flowable) of the given size in points; nothing here computes a result. Axis labels use
``format_number`` so ticks read ``1.000`` in Danish and ``1,000`` in English. Colours follow the
Okabe–Ito palette (colour-blind safe).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from jobcenter_bench.core.numbers import format_number
from jobcenter_bench.reports.pdf_base import (
    ACCENT,
    FONT,
    FONT_BOLD,
    HIGHLIGHT,
    INK,
    MUTED,
    RULE,
    register_fonts,
)

#: Series colours (Okabe–Ito without yellow): blue, orange, green, purple, sky, vermilion, grey.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#999999")
LIGHT = "#a6cbe3"
OTHERS = "#9ca3af"

_LEFT, _BOTTOM, _TOP, _RIGHT = 46, 34, 10, 10


@dataclass(frozen=True)
class Axis:
    """A linear axis: data range ``lo``..``hi`` with tick values and the decimals to print."""

    lo: float
    hi: float
    ticks: tuple[float, ...]
    decimals: int

    def to(self, value: float, start: float, length: float) -> float:
        """Position of ``value`` on a drawn axis of ``length`` points starting at ``start``."""
        span = self.hi - self.lo or 1.0
        return start + (value - self.lo) / span * length


def nice_axis(vmin: float, vmax: float, n: int = 5, include_zero: bool = False) -> Axis:
    """An axis covering ``vmin``..``vmax`` with about ``n`` round ticks (1, 2, 2.5, 5 × 10^k)."""
    if include_zero:
        vmin, vmax = min(vmin, 0.0), max(vmax, 0.0)
    if not (math.isfinite(vmin) and math.isfinite(vmax)):
        vmin, vmax = 0.0, 1.0
    if vmax - vmin <= 1e-12:
        pad = abs(vmax) * 0.1 or 1.0
        vmin, vmax = vmin - pad, vmax + pad
    raw = (vmax - vmin) / max(n, 1)
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    lo = math.floor(vmin / step + 1e-9) * step
    hi = math.ceil(vmax / step - 1e-9) * step
    count = int(round((hi - lo) / step))
    ticks = tuple(round(lo + i * step, 10) for i in range(count + 1))
    decimals = max(0, -math.floor(math.log10(step) + 1e-9)) if step < 1 else 0
    if step == 2.5 * mag and step < 10:
        decimals = max(decimals, 1)
    return Axis(lo, hi, ticks, decimals)


def _string(x, y, text, size=7, anchor="start", color=INK, bold=False, angle=0):
    from reportlab.graphics.shapes import Group, String
    from reportlab.lib import colors

    s = String(0 if angle else x, 0 if angle else y, text, fontName=FONT_BOLD if bold else FONT,
               fontSize=size, fillColor=colors.HexColor(color), textAnchor=anchor)
    if not angle:
        return s
    g = Group(s)
    g.transform = (math.cos(math.radians(angle)), math.sin(math.radians(angle)),
                   -math.sin(math.radians(angle)), math.cos(math.radians(angle)), x, y)
    return g


def _drawing(width: float, height: float):
    """An empty drawing whose text defaults to the embedded font (not Helvetica)."""
    from reportlab.graphics.shapes import Drawing

    d = Drawing(width, height)
    d.initialFontName = FONT
    return d


def _frame(width: float, height: float, left: float = _LEFT, bottom: float = _BOTTOM):
    """Plot rectangle (x0, y0, w, h) inside a drawing of ``width`` × ``height``."""
    return left, bottom, width - left - _RIGHT, height - bottom - _TOP


def _y_axis(d, ax: Axis, x0, y0, w, h, title: str, lang: str) -> None:
    from reportlab.graphics.shapes import Line
    from reportlab.lib import colors

    for tick in ax.ticks:
        y = ax.to(tick, y0, h)
        d.add(Line(x0, y, x0 + w, y, strokeColor=colors.HexColor(RULE), strokeWidth=0.4))
        d.add(_string(x0 - 3, y - 2.5, format_number(tick, ax.decimals, lang), anchor="end"))
    if title:
        d.add(_string(9, y0 + h / 2, title, size=7, anchor="middle", color=MUTED, angle=90))


def _x_value_axis(d, ax: Axis, x0, y0, w, h, title: str, lang: str) -> None:
    from reportlab.graphics.shapes import Line
    from reportlab.lib import colors

    for tick in ax.ticks:
        x = ax.to(tick, x0, w)
        d.add(Line(x, y0, x, y0 + h, strokeColor=colors.HexColor(RULE), strokeWidth=0.4))
        d.add(_string(x, y0 - 10, format_number(tick, ax.decimals, lang), anchor="middle"))
    if title:
        d.add(_string(x0 + w / 2, y0 - 22, title, size=7, anchor="middle", color=MUTED))


def _legend(d, items: Sequence[tuple[str, str, str]], x: float, y: float) -> None:
    """Legend entries ``(label, colour, kind)`` with kind ``"dot"`` or ``"box"``, left to right."""
    from reportlab.graphics.shapes import Circle, Line, Rect
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for label, color, kind in items:
        if kind == "dot":
            d.add(Circle(x + 3, y + 2.5, 2.8, fillColor=colors.HexColor(color), strokeColor=None))
        elif kind == "dash":
            d.add(Line(x, y + 2.5, x + 9, y + 2.5, strokeColor=colors.HexColor(color), strokeWidth=0.8,
                       strokeDashArray=[3, 2]))
            x += 3
        elif kind == "whisker":
            stroke = dict(strokeColor=colors.HexColor(color), strokeWidth=0.6)
            d.add(Line(x, y + 2.5, x + 9, y + 2.5, **stroke))
            d.add(Line(x, y + 0.5, x, y + 4.5, **stroke))
            d.add(Line(x + 9, y + 0.5, x + 9, y + 4.5, **stroke))
            x += 3
        else:
            d.add(Rect(x, y, 7, 6, fillColor=colors.HexColor(color), strokeColor=None))
        d.add(_string(x + 10, y, label))
        x += 18 + stringWidth(label, FONT, 7)


def scatter_chart(
    xs: Sequence[float], ys: Sequence[float], *, width: float, height: float,
    x_title: str, y_title: str, lang: str = "da", highlight: int | None = None,
    highlight_label: str = "", group: Sequence[int] = (), x_line: float | None = None,
    y_line: float | None = None, legend: Sequence[str] = (), line_label: str = "",
):
    """Scatter of ``(xs[i], ys[i])`` with one highlighted point and optional quadrant lines.

    ``group`` are indexes drawn in the accent colour (e.g. the centre's cluster); ``x_line`` /
    ``y_line`` draw dashed reference lines (e.g. national median productivity, mean effect);
    ``legend`` holds three labels: highlighted, group, others; ``line_label`` adds the dashed
    lines to it. The highlighted centre's name sits beside its point with a white halo, on the
    side with more room.
    """
    from reportlab.graphics.shapes import Circle, Line
    from reportlab.lib import colors

    register_fonts()
    pts = [(x, y) for x, y in zip(xs, ys, strict=True)]
    finite = [(x, y) for x, y in pts if _ok(x) and _ok(y)]
    d = _drawing(width, height)
    xa = nice_axis(min((p[0] for p in finite), default=0), max((p[0] for p in finite), default=1))
    ya = nice_axis(min((p[1] for p in finite), default=0), max((p[1] for p in finite), default=1))
    x0, y0, w, h = _frame(width, height - (12 if legend else 0), left=_left(ya, lang))
    _y_axis(d, ya, x0, y0, w, h, y_title, lang)
    _x_value_axis(d, xa, x0, y0, w, h, x_title, lang)
    dash = dict(strokeColor=colors.HexColor(MUTED), strokeWidth=0.7, strokeDashArray=[3, 2])
    if x_line is not None and xa.lo <= x_line <= xa.hi:
        xl = xa.to(x_line, x0, w)
        d.add(Line(xl, y0, xl, y0 + h, **dash))
    if y_line is not None and ya.lo <= y_line <= ya.hi:
        yl = ya.to(y_line, y0, h)
        d.add(Line(x0, yl, x0 + w, yl, **dash))
    grp = set(group)
    order = sorted(range(len(pts)), key=lambda i: (i == highlight, i in grp))
    for i in order:
        x, y = pts[i]
        if not (_ok(x) and _ok(y)):
            continue
        px, py = xa.to(x, x0, w), ya.to(y, y0, h)
        if i == highlight:
            d.add(Circle(px, py, 4.2, fillColor=colors.HexColor(HIGHLIGHT),
                         strokeColor=colors.white, strokeWidth=0.8))
        elif i in grp:
            d.add(Circle(px, py, 2.8, fillColor=colors.HexColor(ACCENT), strokeColor=None))
        else:
            d.add(Circle(px, py, 2.2, fillColor=colors.HexColor(OTHERS), strokeColor=None))
    if highlight is not None and highlight_label and _ok(pts[highlight][0]) and _ok(pts[highlight][1]):
        px, py = xa.to(pts[highlight][0], x0, w), ya.to(pts[highlight][1], y0, h)
        _halo_label(d, px, py, highlight_label, right=px < x0 + w * 0.7, top=py < y0 + h * 0.8)
    if legend:
        colours = (HIGHLIGHT, ACCENT, OTHERS) if len(legend) == 3 else (OTHERS,)
        items = [(text, colour, "dot") for text, colour in zip(legend, colours, strict=False)]
        if line_label and (x_line is not None or y_line is not None):
            items.append((line_label, MUTED, "dash"))
        _legend(d, items, x0, height - 9)
    return d


def _halo_label(d, px: float, py: float, text: str, right: bool, top: bool) -> None:
    """The highlighted point's name on a white box, offset diagonally with a leader line so it
    never covers the point."""
    from reportlab.graphics.shapes import Line, Rect
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth

    dx, dy = (12 if right else -12), (12 if top else -14)
    tw = stringWidth(text, FONT_BOLD, 7.5)
    tx, ty = px + dx, py + dy
    left = tx if right else tx - tw
    d.add(Line(px, py, tx, ty + (0 if top else 7), strokeColor=colors.HexColor(HIGHLIGHT), strokeWidth=0.6))
    d.add(Rect(left - 2, ty - 2, tw + 4, 10, fillColor=colors.white, strokeColor=None, fillOpacity=0.85))
    d.add(_string(tx, ty, text, size=7.5, anchor="start" if right else "end", color=HIGHLIGHT, bold=True))


def bar_chart(
    categories: Sequence[str], series: Sequence[tuple[str, Sequence[float]]], *, width: float,
    height: float, value_title: str, lang: str = "da", decimals: int = 0,
    horizontal: bool = True, colors_: Sequence[str] | None = None,
    ranges: Sequence[tuple[float, float]] | None = None, label_width: float = 130,
    category_title: str = "", range_label: str = "",
):
    """Grouped bars: one group per category, one bar per series ``(name, values)``.

    Horizontal by default (long Danish category names fit on the left). ``ranges`` draws a
    min–max whisker per category (e.g. the spread across centres). Values are printed at the
    bar ends with ``decimals`` decimals. ``category_title`` names the category axis of a
    vertical chart (drawn right under the category labels, e.g. a histogram's variable).
    """
    from reportlab.graphics.shapes import Line, Rect
    from reportlab.lib import colors

    register_fonts()
    palette = list(colors_ or PALETTE)
    values = [v for _, vals in series for v in vals if _ok(v)]
    if ranges:
        values += [v for r in ranges for v in r if _ok(v)]
    legend = len(series) > 1 or bool(ranges and range_label)
    d = _drawing(width, height)
    top_pad = 12 if legend else 0
    if horizontal:
        x0, y0, w, h = _frame(width, height - top_pad, left=label_width, bottom=30)
        ax = nice_axis(min(values, default=0), max(values, default=1), include_zero=True)
        _x_value_axis(d, ax, x0, y0, w, h, value_title, lang)
        slot = h / max(len(categories), 1)
        bar = min(slot * 0.8 / max(len(series), 1), 14)
        zero = ax.to(0, x0, w)
        for c, cat in enumerate(categories):
            top = y0 + h - c * slot
            mid = top - slot / 2
            d.add(_string(x0 - 4, mid - 2.5, _clip(cat, label_width - 8), anchor="end"))
            group_h = bar * len(series)
            for s, (_, vals) in enumerate(series):
                v = vals[c]
                if not _ok(v):
                    continue
                yb = mid + group_h / 2 - (s + 1) * bar
                xv = ax.to(v, x0, w)
                d.add(Rect(min(zero, xv), yb + 0.5, abs(xv - zero), bar - 1,
                           fillColor=colors.HexColor(palette[s % len(palette)]), strokeColor=None))
                label = format_number(v, decimals, lang)
                d.add(_string(max(zero, xv) + 2, yb + bar / 2 - 2.5, label, size=7, color=INK))
            if ranges and _ok(ranges[c][0]) and _ok(ranges[c][1]):
                a, b = ax.to(ranges[c][0], x0, w), ax.to(ranges[c][1], x0, w)
                yw = mid + group_h / 2 + 1.5
                stroke = dict(strokeColor=colors.HexColor(INK), strokeWidth=0.6)
                d.add(Line(a, yw, b, yw, **stroke))
                d.add(Line(a, yw - 2, a, yw + 2, **stroke))
                d.add(Line(b, yw - 2, b, yw + 2, **stroke))
        d.add(Line(zero, y0, zero, y0 + h, strokeColor=colors.HexColor(INK), strokeWidth=0.6))
    else:
        ax = nice_axis(min(values, default=0), max(values, default=1), include_zero=True)
        x0, y0, w, h = _frame(width, height - top_pad, left=_left(ax, lang))
        _y_axis(d, ax, x0, y0, w, h, value_title, lang)
        slot = w / max(len(categories), 1)
        bar = min(slot * 0.8 / max(len(series), 1), 22)
        zero = ax.to(0, y0, h)
        for c, cat in enumerate(categories):
            mid = x0 + (c + 0.5) * slot
            d.add(_string(mid, y0 - 10, _clip(cat, slot - 2, 7), size=7, anchor="middle"))
            group_w = bar * len(series)
            for s, (_, vals) in enumerate(series):
                v = vals[c]
                if not _ok(v):
                    continue
                xb = mid - group_w / 2 + s * bar
                yv = ax.to(v, y0, h)
                d.add(Rect(xb + 0.5, min(zero, yv), bar - 1, abs(yv - zero),
                           fillColor=colors.HexColor(palette[s % len(palette)]), strokeColor=None))
        d.add(Line(x0, zero, x0 + w, zero, strokeColor=colors.HexColor(INK), strokeWidth=0.6))
        if category_title:
            d.add(_string(x0 + w / 2, y0 - 22, category_title, size=7, anchor="middle", color=MUTED))
    if legend:
        items = [(name, palette[i % len(palette)], "box") for i, (name, _) in enumerate(series)]
        if ranges and range_label:
            items.append((range_label, INK, "whisker"))
        _legend(d, items, x0, height - 9)
    return d


def waterfall_chart(
    labels: Sequence[str], low: Sequence[float], high: Sequence[float], *, width: float,
    height: float, value_title: str, lang: str = "da", total_label: str = "",
    legend: Sequence[str] = (), decimals: int = 0,
):
    """Waterfall of steps (e.g. areas A–F, then a negative overlap) ending in a total bar.

    Two waterfalls side by side in each slot: the low estimate (dark) and the high (light), each
    accumulating its own steps. A negative step goes down. The last bar is the total of the
    steps, labelled ``total_label``. Every bar, low and high, carries its value on top.
    """
    from reportlab.graphics.shapes import Line, Rect
    from reportlab.lib import colors

    register_fonts()
    d = _drawing(width, height)
    tops = []
    for seq in (low, high):
        run = 0.0
        for v in seq:
            run += v if _ok(v) else 0.0
            tops.append(run)
    ax = nice_axis(min(tops, default=0), max(tops, default=1), include_zero=True)
    x0, y0, w, h = _frame(width, height - (12 if legend else 0), left=_left(ax, lang))
    _y_axis(d, ax, x0, y0, w, h, value_title, lang)
    names = [*labels, total_label]
    slot = w / len(names)
    bar = min(slot * 0.36, 20)
    tones = (ACCENT, LIGHT)
    for k, seq in enumerate((low, high)):
        run = 0.0
        for i, v in enumerate([*seq, None]):
            xb = x0 + i * slot + slot / 2 - bar + k * bar
            if v is None:  # total bar from zero
                a, b = 0.0, run
            else:
                v = v if _ok(v) else 0.0
                a, b = run, run + v
                run = b
            ya, yb = ax.to(a, y0, h), ax.to(b, y0, h)
            neg = v is not None and b < a
            fill = HIGHLIGHT if neg else (INK if v is None and k == 0 else tones[k])
            if v is None and k == 1:
                fill = MUTED
            d.add(Rect(xb + 0.5, min(ya, yb), bar - 1, max(abs(yb - ya), 0.3),
                       fillColor=colors.HexColor(fill), strokeColor=None))
            d.add(_string(xb + bar / 2, max(ya, yb) + 2, format_number(b - a, decimals, lang),
                          size=7, anchor="middle", color=INK))
    for i, name in enumerate(names):
        d.add(_string(x0 + (i + 0.5) * slot, y0 - 10, _clip(name, slot - 2, 7), size=7,
                      anchor="middle", bold=i == len(names) - 1))
    zero = ax.to(0, y0, h)
    d.add(Line(x0, zero, x0 + w, zero, strokeColor=colors.HexColor(INK), strokeWidth=0.6))
    if legend:
        _legend(d, [(legend[0], ACCENT, "box"), (legend[1], LIGHT, "box")], x0, height - 9)
    return d


def stacked_bar_chart(
    categories: Sequence[str], series: Sequence[tuple[str, Sequence[float]]], *, width: float,
    height: float, value_title: str, lang: str = "da", line: tuple[str, Sequence[float]] | None = None,
):
    """Vertical stacked bars per category (positive parts up, negative down from zero).

    ``line`` adds a line series ``(name, values)`` over the bars (e.g. cumulative net in a
    business case).
    """
    from reportlab.graphics.shapes import Circle, Line, PolyLine, Rect
    from reportlab.lib import colors

    register_fonts()
    d = _drawing(width, height)
    pos = [sum(max(v, 0) for _, vals in series for v in [vals[c]] if _ok(v))
           for c in range(len(categories))]
    neg = [sum(min(v, 0) for _, vals in series for v in [vals[c]] if _ok(v))
           for c in range(len(categories))]
    extra = [v for v in (line[1] if line else ()) if _ok(v)]
    ax = nice_axis(min([*neg, *extra], default=0), max([*pos, *extra], default=1), include_zero=True)
    x0, y0, w, h = _frame(width, height - 12, left=_left(ax, lang))
    _y_axis(d, ax, x0, y0, w, h, value_title, lang)
    slot = w / max(len(categories), 1)
    bar = min(slot * 0.6, 40)
    for c, cat in enumerate(categories):
        xb = x0 + (c + 0.5) * slot - bar / 2
        up = down = 0.0
        for s, (_, vals) in enumerate(series):
            v = vals[c]
            if not _ok(v) or v == 0:
                continue
            base = up if v > 0 else down
            ya, yb = ax.to(base, y0, h), ax.to(base + v, y0, h)
            d.add(Rect(xb, min(ya, yb), bar, abs(yb - ya),
                       fillColor=colors.HexColor(PALETTE[s % len(PALETTE)]), strokeColor=None))
            if v > 0:
                up += v
            else:
                down += v
        d.add(_string(x0 + (c + 0.5) * slot, y0 - 10, _clip(cat, slot - 2, 7), size=7,
                      anchor="middle"))
    zero = ax.to(0, y0, h)
    d.add(Line(x0, zero, x0 + w, zero, strokeColor=colors.HexColor(INK), strokeWidth=0.6))
    items = [(name, PALETTE[i % len(PALETTE)], "box") for i, (name, _) in enumerate(series)]
    if line:
        pts = []
        for c, v in enumerate(line[1]):
            if _ok(v):
                pts += [x0 + (c + 0.5) * slot, ax.to(v, y0, h)]
        if len(pts) >= 4:
            d.add(PolyLine(pts, strokeColor=colors.HexColor(INK), strokeWidth=1.2))
        for i in range(0, len(pts), 2):
            d.add(Circle(pts[i], pts[i + 1], 2, fillColor=colors.HexColor(INK), strokeColor=None))
        items.append((line[0], INK, "dot"))
    _legend(d, items, x0, height - 9)
    return d


def _left(ax: Axis, lang: str) -> float:
    """Left margin that fits the widest y tick label plus the rotated axis title."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    widest = max(stringWidth(format_number(v, ax.decimals, lang), FONT, 7) for v in ax.ticks)
    return max(_LEFT, widest + 22)


def _ok(v) -> bool:
    return v is not None and isinstance(v, (int, float)) and math.isfinite(v)


def _clip(text: str, max_width: float, size: float = 7) -> str:
    """``text`` shortened with an ellipsis to fit ``max_width`` points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, FONT, size) <= max_width:
        return text
    while text and stringWidth(text + "…", FONT, size) > max_width:
        text = text[:-1]
    return text + "…"
