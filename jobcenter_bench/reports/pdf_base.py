"""The PDF frame shared by every report: fonts, styles, page templates, contents, tables.

A report is a list of flowables handed to ``build_pdf``. It registers DejaVu Sans (shipped in
``resources/fonts``; embedded as a subset so Danish letters are real, searchable text), lays out
a cover page without header and content pages with a header (report title, centre and year) and a
footer "Side x af y", collects ``h1``/``h2`` headings into the table of contents and the PDF
outline (bookmarks), and builds with ``multiBuild`` so the contents show page numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from jobcenter_bench.core import safe_text
from jobcenter_bench.core.i18n import t
from jobcenter_bench.core.resources import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"

#: Colours (Okabe–Ito, colour-blind safe) and greys used by tables and charts.
INK = "#1f2937"
MUTED = "#6b7280"
RULE = "#d1d5db"
STRIPE = "#f3f4f6"
ACCENT = "#0072B2"
HIGHLIGHT = "#D55E00"
HIGHLIGHT_BG = "#fde8d7"

PAGE_MARGIN_MM = 18


@cache
def register_fonts() -> None:
    """Register DejaVu Sans (regular, bold, oblique) with reportlab once per process."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf"),
                       (FONT_ITALIC, "DejaVuSans-Oblique.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, FONT_BOLD)


@cache
def styles() -> dict:
    """Paragraph styles by name: title, subtitle, h1, h2, body, small, caption, cell, cell_r, ..."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    ink = colors.HexColor(INK)
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, textColor=ink,
                          spaceAfter=5)
    s = {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=24, leading=30,
                                spaceAfter=8),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=13, leading=18,
                                   textColor=colors.HexColor(MUTED), spaceAfter=18),
        "banner": ParagraphStyle("banner", parent=base, fontName=FONT_BOLD, fontSize=12, leading=16,
                                 textColor=colors.white, backColor=colors.HexColor(HIGHLIGHT),
                                 borderPadding=(5, 6, 5, 6), spaceBefore=6, spaceAfter=12),
        "h1": ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=15, leading=19,
                             spaceBefore=4, spaceAfter=8, textColor=colors.HexColor(ACCENT),
                             keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=11, leading=14,
                             spaceBefore=8, spaceAfter=4, keepWithNext=1),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5),
        "summary": ParagraphStyle("summary", parent=base, fontSize=9, leading=12, spaceAfter=4),
        "caption": ParagraphStyle("caption", parent=base, fontName=FONT_ITALIC, fontSize=8,
                                  leading=10.5, textColor=colors.HexColor(MUTED), spaceAfter=10),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10, spaceAfter=0),
        "cell_r": ParagraphStyle("cell_r", parent=base, fontSize=8, leading=10, spaceAfter=0,
                                 alignment=TA_RIGHT),
        "cell_c": ParagraphStyle("cell_c", parent=base, fontSize=8, leading=10, spaceAfter=0,
                                 alignment=TA_CENTER),
        "toc1": ParagraphStyle("toc1", parent=base, fontSize=10.5, leading=15, leftIndent=0),
        "toc2": ParagraphStyle("toc2", parent=base, fontSize=9, leading=12, leftIndent=14,
                               textColor=colors.HexColor(MUTED)),
    }
    return s


def para(text: str, style: str = "body"):
    """A paragraph in one of ``styles()``; ``text`` is reportlab mini-markup (escape data!)."""
    from reportlab.platypus import Paragraph

    return Paragraph(text, styles()[style])


def escape(text: object) -> str:
    """Text from data (centre names, file names) made safe for paragraph markup."""
    return safe_text.markup(text)


def heading(text: str, level: int = 1):
    """A heading that goes into the table of contents and the PDF outline."""
    p = para(escape(text), "h1" if level == 1 else "h2")
    p._toc_level = level - 1  # read by ReportDoc.afterFlowable
    p._toc_text = safe_text.cell_text(text)
    return p


@dataclass
class PageFrame:
    """What the header and footer show on content pages."""

    title: str
    subtitle: str = ""
    lang: str = "da"
    sample: bool = False
    meta_subject: str = ""
    meta_keywords: list[str] = field(default_factory=list)


def _numbered_canvas(frame: PageFrame):
    """A canvas class that writes "Side x af y" once the page count is known."""
    from reportlab.lib import colors
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict] = []

        def showPage(self):  # noqa: N802 (reportlab API)
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                if self._pageNumber > 1:
                    self.setFont(FONT, 8)
                    self.setFillColor(colors.HexColor(MUTED))
                    width = self._pagesize[0]
                    self.drawRightString(
                        width - PAGE_MARGIN_MM * 2.8346, 10 * 2.8346,
                        t("page_x_of_y", frame.lang, page=self._pageNumber, pages=total),
                    )
                super().showPage()
            super().save()

    return NumberedCanvas


def _draw_header(canvas, doc, frame: PageFrame) -> None:
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    width, height = doc.pagesize
    left, right = PAGE_MARGIN_MM * mm, width - PAGE_MARGIN_MM * mm
    canvas.saveState()
    canvas.setFont(FONT_BOLD, 8)
    canvas.setFillColor(colors.HexColor(INK))
    canvas.drawString(left, height - 11 * mm, frame.title)
    canvas.setFont(FONT, 8)
    canvas.setFillColor(colors.HexColor(MUTED))
    canvas.drawRightString(right, height - 11 * mm, frame.subtitle)
    canvas.setStrokeColor(colors.HexColor(RULE))
    canvas.setLineWidth(0.5)
    canvas.line(left, height - 13 * mm, right, height - 13 * mm)
    canvas.line(left, 14 * mm, right, 14 * mm)
    footer = t("app", frame.lang)
    if frame.sample:
        footer += " · " + t("sample_banner", frame.lang)
    canvas.drawString(left, 10 * mm, footer)
    canvas.restoreState()


def _doc_class():
    from reportlab.platypus import BaseDocTemplate

    class ReportDoc(BaseDocTemplate):
        """Collects headings into the contents and the outline."""

        def afterFlowable(self, flowable):  # noqa: N802 (reportlab API)
            level = getattr(flowable, "_toc_level", None)
            if level is None:
                return
            text = flowable._toc_text
            key = f"h{id(flowable)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
            self.notify("TOCEntry", (level, escape(text), self.page, key))

    return ReportDoc


def contents_flowables(lang: str) -> list:
    """The contents heading and the table of contents (filled during ``multiBuild``)."""
    from reportlab.platypus import TableStyle
    from reportlab.platypus.tableofcontents import TableOfContents

    toc = TableOfContents(dotsMinLevel=0)
    toc.tableStyle = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), FONT),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    toc.levelStyles = [styles()["toc1"], styles()["toc2"]]
    return [para(escape(t("toc", lang)), "h1"), toc]


def build_pdf(path: str | Path, cover: list, body: list, frame: PageFrame, front: list = ()) -> Path:
    """Write a PDF: ``cover`` flowables on page 1 (no header); ``front`` (e.g. facts and data
    sources) and the contents on the next page, then ``body``.

    Returns the path written. The document is A4 portrait with 18 mm margins.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Frame, NextPageTemplate, PageBreak, PageTemplate

    register_fonts()
    path = Path(path)
    doc_cls = _doc_class()
    margin = PAGE_MARGIN_MM * mm
    doc = doc_cls(
        str(path), pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=20 * mm,
        bottomMargin=20 * mm, title=frame.title, author=t("app", frame.lang),
        subject=frame.meta_subject or frame.subtitle, creator=t("app", frame.lang),
        keywords=frame.meta_keywords, lang=frame.lang, initialFontName=FONT,
    )
    width, height = A4
    cover_frame = Frame(margin, margin, width - 2 * margin, height - 2 * margin, id="cover")
    body_frame = Frame(margin, 18 * mm, width - 2 * margin, height - 36 * mm, id="body")
    doc.addPageTemplates([
        PageTemplate(id="cover", frames=[cover_frame]),
        PageTemplate(id="body", frames=[body_frame],
                     onPage=lambda c, d: _draw_header(c, d, frame)),
    ])
    # page 1 is the summary; the facts, data sources and contents share page 2
    story = [*cover, NextPageTemplate("body"), PageBreak(), *front, *contents_flowables(frame.lang),
             PageBreak(), *body]
    doc.multiBuild(story, canvasmaker=_numbered_canvas(frame))
    return path


def data_table(header: list[str], rows: list[list], *, widths: list[float] | None = None,
               align: str | None = None, highlight: set[int] | None = None,
               bold_rows: set[int] | None = None, font_size: float = 8, keep_last: int = 0):
    """A table with a repeating header row, zebra stripes and right-aligned number columns.

    ``align`` holds one letter per column (``L``/``R``/``C``); ``highlight`` and ``bold_rows``
    are indexes into ``rows`` (shaded in the highlight colour / set in bold). Cells that are
    not strings (e.g. ``Paragraph``) are placed as they are. ``keep_last`` rows at the end are
    never split across pages (e.g. totals with the last few rows above them): a page break
    falls before them, and the header row repeats on the new page.
    """
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    register_fonts()
    ncols = len(header)
    align = align or ("L" + "R" * (ncols - 1))
    header_cells = [para(escape(safe_text.cell_text(h)), "cell_c" if a == "C" else "cell_r" if a == "R" else "cell")
                    for h, a in zip(header, align, strict=True)]
    for p in header_cells:
        p.style = p.style.clone(p.style.name + "_h", fontName=FONT_BOLD)
    rows = [[_safe_cell(v) for v in row] for row in rows]
    table = Table([header_cells, *rows], colWidths=widths, repeatRows=1)
    cmds = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
        ("LEADING", (0, 0), (-1, -1), font_size + 2),
        ("TEXTCOLOR", (0, 0), (-1, -1), colors.HexColor(INK)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor(INK)),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.HexColor(RULE)),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for col, a in enumerate(align):
        cmds.append(("ALIGN", (col, 1), (col, -1),
                     {"L": "LEFT", "R": "RIGHT", "C": "CENTER"}[a]))
    for i in range(1, len(rows), 2):
        cmds.append(("BACKGROUND", (0, i + 1), (-1, i + 1), colors.HexColor(STRIPE)))
    for i in highlight or ():
        cmds.append(("BACKGROUND", (0, i + 1), (-1, i + 1), colors.HexColor(HIGHLIGHT_BG)))
    for i in bold_rows or ():
        cmds.append(("FONTNAME", (0, i + 1), (-1, i + 1), FONT_BOLD))
        cmds.append(("LINEABOVE", (0, i + 1), (-1, i + 1), 0.5, colors.HexColor(INK)))
    if keep_last > 1 and rows:
        cmds.append(("NOSPLIT", (0, max(1, len(rows) + 1 - keep_last)), (-1, len(rows))))
    table.setStyle(TableStyle(cmds))
    return table


def _safe_cell(value):
    """A table cell that fits a page: text XML-safe on one line of at most ``CELL_MAX``
    characters; a paragraph with longer text is rebuilt from its shortened plain text."""
    from reportlab.platypus import Paragraph

    if isinstance(value, str):
        return safe_text.cell_text(value)
    if isinstance(value, Paragraph) and len(value.getPlainText()) > safe_text.CELL_MAX:
        return Paragraph(escape(safe_text.cell_text(value.getPlainText())), value.style)
    return value


def layout_table(cells: list[list], widths: list[float]):
    """A borderless table that places flowables side by side (e.g. two charts).

    Its cell font is the embedded one: reportlab sets each cell's font before drawing it, and
    the default (Helvetica) would otherwise be referenced, not embedded, in the PDF.
    """
    from reportlab.platypus import Table, TableStyle

    register_fonts()
    table = Table(cells, colWidths=widths)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table
