"""The Excel comparison workbook (sammenligningsregneark), tidy, written with openpyxl.

Every sheet is one table: one header row, one observation per row, nothing stacked, so a
consultant can filter and pivot it. Sheets: the centres (every measure of the catalogue, with
net potential, FTE freed and share of the cost base), the potential per centre (gross, overlap,
net), the levers per centre (one row per lever and per overlap pair: the DKK column summed by
centre is the PDF's net), the national potential by area, by binding type and by horizon
(separate sheets; the area sheet has a native chart), the national totals, time use, framework
conditions, the regression, the relationship tests, the robustness variants, the business cases
(one row per centre and year), the assumptions, the data sources and an "about" sheet.

Labels, units and decimals of catalogue measures come from ``core.measures``; numbers are real
numbers with US-style format codes (Excel shows the user's own separators). Every sheet has a
named font (Arial; LibreOffice maps it to Liberation Sans), a frozen header, an autofilter,
print setup (A4 landscape, fit to one page wide, the header row repeated, the sheet name in the
page header) and, when the data are the synthetic sample, the banner in row 1 and in the print
header.

Text from imported files (centre, municipality and file names) is always written as text: a
value like ``=HYPERLINK(...)`` would otherwise become a formula (openpyxl stores any string that
starts with ``=`` as one), so every string cell gets ``data_type = "s"``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from jobcenter_bench.core import measures as ms
from jobcenter_bench.core.i18n import pick, t
from jobcenter_bench.core.safe_text import excel_text
from jobcenter_bench.reports import facts, frontier_sheet, realisation_sheet, trend_sheet
from jobcenter_bench.reports.fmt import excel_format as kind_format

#: Characters that make a spreadsheet treat text as a formula (CSV injection).
FORMULA_START = ("=", "+", "-", "@")
#: The workbook's font: named on every cell so no application falls back to a serif font.
FONT_NAME = "Arial"
#: Sheets that print on one page (fit to one page wide and one page tall).
ONE_PAGE = ("about", "national_area", "national_binding", "national_horizon", "national_total",
            "regression", "relationships", "robustness")


#: Text longer than this (characters) wraps in its column.
WRAP_AT = 32
#: Column widths (characters) that fit A4 landscape at a readable scale; wider sheets use A3.
A4_WIDTH = 190


def _number_width(value, fmt: str | None) -> float:
    """The width (characters) a number needs in its format (thousands separators, decimals)."""
    if not isinstance(value, (int, float)):
        return 4
    if fmt and "E" in fmt:
        return 11
    decimals = len(fmt.split(".")[1].rstrip("#")) if fmt and "." in fmt else 0
    return len(f"{value:,.{decimals}f}") + 2


@dataclass(frozen=True)
class Col:
    """A column: header text and an Excel number format (``None`` = text)."""

    header: str
    fmt: str | None = None


def measure_col(key: str, lang: str) -> Col:
    """A catalogue measure as a column: label with unit, the measure's decimals."""
    return Col(ms.label_with_unit(key, lang), None if ms.measure(key).kind in ("text",) else ms.excel_format(key))


def kind_col(header: str, kind: str) -> Col:
    return Col(header, kind_format(kind))


def coefficient_format(value) -> str:
    """Enough decimals for a coefficient: 3 significant digits, at least 3 decimals; scientific
    below 0.0001 (``0.000`` never hides a small slope)."""
    if not isinstance(value, (int, float)) or not math.isfinite(value) or value == 0:
        return "#,##0.000"
    if abs(value) < 1e-4:
        return "0.00E+00"
    d = min(8, max(3, 2 - math.floor(math.log10(abs(value)))))
    return "#,##0." + "0" * d


def set_text(cell, text: str) -> None:
    """Store ``text`` as a plain string, never as a formula (see module docstring)."""
    cell.value = excel_text(text)  # control characters would make openpyxl refuse to save
    cell.data_type = "s"


class Sheet:
    """One sheet being written: banner row (sample data), header row, rows, print setup."""

    def __init__(self, wb, key: str, title: str, results, lang: str):
        self.ws = wb.create_sheet(title[:31])
        self.key, self.results, self.lang = key, results, lang
        self.header_row = 2 if results.provenance.is_sample else 1

    def table(self, cols: Sequence[Col], rows: Sequence[Sequence], formats: Sequence[Sequence] | None = None) -> None:
        """Write the header and the rows; ``formats`` overrides a cell's number format.

        Column widths fit the header's longest word and the values; a text column with values
        longer than ``WRAP_AT`` characters wraps at that width (and its rows grow), so no text
        spills over the print area.
        """
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter

        ws, top = self.ws, self.header_row
        head_font = Font(name=FONT_NAME, size=10, bold=True)
        fill = PatternFill("solid", fgColor="DDE7F0")
        widths = [max(8.0, max((len(w) for w in c.header.split()), default=4) + 2.0) for c in cols]
        for j, col in enumerate(cols, start=1):
            cell = ws.cell(row=top, column=j)
            set_text(cell, col.header)
            cell.font, cell.fill = head_font, fill
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        longest = [0] * len(cols)
        for i, row in enumerate(rows):
            r = top + 1 + i
            for j, value in enumerate(row, start=1):
                cell = ws.cell(row=r, column=j)
                if isinstance(value, str):
                    set_text(cell, value)
                    longest[j - 1] = max(longest[j - 1], len(value))
                    width = len(value) + 2
                else:
                    if isinstance(value, float) and not math.isfinite(value):
                        value = None
                    cell.value = value
                    fmt = formats[i][j - 1] if formats and formats[i][j - 1] else cols[j - 1].fmt
                    if value is not None and fmt:
                        cell.number_format = fmt
                    width = _number_width(value, fmt)
                widths[j - 1] = max(widths[j - 1], min(width, WRAP_AT))
        wrapped = [j for j, n in enumerate(longest) if n > WRAP_AT]
        if wrapped:
            wrap = Alignment(wrap_text=True, vertical="top")
            for i, row in enumerate(rows):
                lines = max(math.ceil(len(row[j]) / (WRAP_AT - 2)) if isinstance(row[j], str) else 1
                            for j in wrapped)
                for j in wrapped:
                    ws.cell(row=top + 1 + i, column=j + 1).alignment = wrap
                if lines > 1:
                    ws.row_dimensions[top + 1 + i].height = 13.0 * lines
        for j, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(j)].width = w
        lines = max((math.ceil(len(c.header) / max(widths[j] - 1, 1)) for j, c in enumerate(cols)), default=1)
        ws.row_dimensions[top].height = 13.5 * max(lines, 1)
        last = get_column_letter(len(cols))
        ws.freeze_panes = ws.cell(row=top + 1, column=1)
        ws.auto_filter.ref = f"A{top}:{last}{top + max(len(rows), 1)}"
        ws.print_area = f"A1:{last}{top + max(len(rows), 1)}"
        self._finish(sum(widths))

    def _finish(self, width: float) -> None:
        """Banner (sample data), print setup and the page header; a sheet wider than
        ``A4_WIDTH`` characters prints on A3 (still one page wide, at a readable size)."""
        from openpyxl.styles import Font

        ws, lang = self.ws, self.lang
        if self.results.provenance.is_sample:
            cell = ws.cell(row=1, column=1)
            set_text(cell, f"{t('sample_banner', lang)}: {t('sample_note', lang)}")
            cell.font = Font(name=FONT_NAME, size=11, bold=True, color="D55E00")
            ws.sheet_properties.tabColor = "D55E00"
            ws.oddHeader.left.text = t("sample_banner", lang)
        ws.oddHeader.center.text = "&A"
        ws.oddFooter.right.text = t("page_x_of_y", lang, page="&P", pages="&N")
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A3 if width > A4_WIDTH else ws.PAPERSIZE_A4
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 1 if self.key in ONE_PAGE else 0
        ws.print_title_rows = f"{self.header_row}:{self.header_row}"
        ws.print_options.gridLines = True


def write_workbook_file(results, path: str | Path, lang: str = "da") -> Path:
    """Write the comparison workbook of ``results`` to ``path``; returns the path."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    _default_font(wb)
    for key, writer in SHEETS:
        writer(Sheet(wb, key, t(f"xl_sheet_{key}", lang), results, lang))
    wb.properties.title = t("national_title", lang, year=results.year)
    wb.properties.creator = t("app", lang)
    path = Path(path)
    wb.save(path)
    return path


def _default_font(wb) -> None:
    """Make the workbook's default (Normal) font Arial 10: every cell without its own font uses
    it, so no cell needs a font object of its own (setting one per cell costs seconds)."""
    from openpyxl.styles import Font
    from openpyxl.utils.indexed_list import IndexedList

    fonts = list(wb._fonts)
    fonts[0] = Font(name=FONT_NAME, size=10, family=2)
    wb._fonts = IndexedList(fonts)


# ---------------------------------------------------------------------------- sheets
#: Catalogue measures on the centres sheet (the potential ones come from the levers).
CENTRE_MEASURES = ("cluster", "placement", "productivity_rank", "cases_per_fte", "effect", "effect_all",
                   "observed_rate", "predicted_rate", "observed_rate_all", "predicted_rate_all", "fte",
                   "full_time_persons", "population", "cost_per_fte", "cost_total", "quadrant")
POTENTIAL_MEASURES = ("net_potential_low", "net_potential_high", "net_fte_low", "net_fte_high",
                      "net_share_low", "net_share_high")


def _potential_values(scope) -> list:
    if scope is None:
        return [None] * len(POTENTIAL_MEASURES)
    fte, share = scope.net_fte, scope.share_of_cost_base
    raw = (scope.total_low_dkk, scope.total_high_dkk, fte[0], fte[1], share[0] * 100, share[1] * 100)
    return [ms.display_value(k, v) for k, v in zip(POTENTIAL_MEASURES, raw, strict=True)]


def _centres(s: Sheet) -> None:
    r, lang = s.results, s.lang
    cols = [Col(t("col_centre", lang)), Col(t("region", lang)), Col(t("municipalities", lang)),
            Col(t("xl_cluster_size", lang), "#,##0"),
            *[measure_col(k, lang) for k in CENTRE_MEASURES + POTENTIAL_MEASURES], Col(t("xl_note", lang))]

    def value(c, k):
        if k == "placement":
            return c.cluster_rank
        if k == "productivity_rank":
            return r.centre_value(c, k, lang)
        if k == "quadrant":
            return facts.quadrant_label(c.quadrant, lang)
        return ms.display_value(k, getattr(c, k))

    rows = [[c.jobcenter, c.region, facts.municipality_text(c.municipality_codes), c.cluster_size,
             *[value(c, k) for k in CENTRE_MEASURES], *_potential_values(r.lever_scope(c.jobcenter)),
             pick((c.note or "", c.note_en or ""), lang) or None] for c in r.centres]
    s.table(cols, rows)


def _potential(s: Sheet) -> None:
    r, lang = s.results, s.lang
    cols = [Col(t("col_centre", lang)), *[kind_col(t(k, lang), "dkk") for k in (
        "xl_gross_low", "xl_gross_high", "xl_overlap_low", "xl_overlap_high", "xl_net_low", "xl_net_high")],
        *[measure_col(k, lang) for k in POTENTIAL_MEASURES[2:]], kind_col(t("xl_cost_base", lang), "dkk")]
    rows = []
    if r.levers is not None:
        for name in r.levers.centres:
            sc = r.lever_scope(name)
            rows.append([name, sc.gross_low_dkk, sc.gross_high_dkk, -sc.overlap_low_dkk, -sc.overlap_high_dkk,
                         sc.total_low_dkk, sc.total_high_dkk, *_potential_values(sc)[2:], sc.cost_base_dkk])
    s.table(cols, rows)


def _levers(s: Sheet) -> None:
    """One row per centre and lever (gross) and per centre and overlap pair (negative): summing
    the DKK columns by centre gives the net potential of the PDF."""
    r, lang = s.results, s.lang
    cols = [Col(t("col_centre", lang)), Col(t("xl_entry", lang)), Col("Id"), Col(t("col_lever", lang)),
            Col(t("col_area", lang)), Col(t("col_binding", lang)), Col(t("col_horizon", lang)),
            Col(t("xl_quantified", lang)), kind_col(t("col_hours_low", lang), "hours"),
            kind_col(t("col_hours_high", lang), "hours"), kind_col(t("col_dkk_low", lang), "dkk"),
            kind_col(t("col_dkk_high", lang), "dkk")]
    rows = []
    if r.levers is not None:
        gross, overlap = t("xl_entry_lever", lang), t("xl_entry_overlap", lang)
        for name in r.levers.centres:
            sc = r.lever_scope(name)
            for lv in sc.levers:
                rows.append([name, gross, lv.id, facts.lever_name(lv, lang), facts.area_label(lv.area, lang),
                             facts.binding_label(lv.binding, lang), facts.horizon_label(lv.horizon, lang),
                             t("yes" if lv.quantified else "no", lang), lv.low_hours, lv.high_hours,
                             lv.low_dkk, lv.high_dkk])
            for o in sc.overlaps:
                rows.append([name, overlap, f"{o.a}-{o.b}", t("xl_overlap_pair", lang, a=o.a, b=o.b), "", "", "",
                             "", None, None, -o.low_dkk, -o.high_dkk])
    s.table(cols, rows)


def _national_groups(s: Sheet, attr: str, keys: Sequence[str], label) -> None:
    r, lang = s.results, s.lang
    cols = [Col(t("col_category", lang)), kind_col(t("xl_gross_low", lang), "dkk"),
            kind_col(t("xl_gross_high", lang), "dkk")]
    sc = r.lever_scope(None)
    groups = getattr(sc, attr) if sc is not None else {}
    rows = [[label(k, lang), groups[k]["low_dkk"], groups[k]["high_dkk"]] for k in keys if k in groups]
    s.table(cols, rows)
    if attr == "by_area" and rows:
        _area_chart(s, len(rows))


def _area_chart(s: Sheet, n: int) -> None:
    from openpyxl.chart import BarChart, Reference

    ws, top = s.ws, s.header_row
    chart = BarChart()
    chart.type = "bar"
    chart.title = t("xl_chart_area", s.lang)
    chart.y_axis.title = t("axis_dkk", s.lang)
    chart.y_axis.numFmt = "#,##0"
    chart.add_data(Reference(ws, min_col=2, max_col=3, min_row=top, max_row=top + n), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=top + 1, max_row=top + n))
    chart.width, chart.height = 18, 9
    ws.add_chart(chart, f"A{top + n + 3}")
    # the chart (9 cm ≈ 18 rows of 0,5 cm) inside the print area, below the table
    ws.print_area = f"A1:H{top + n + 3 + 20}"


def _national_area(s: Sheet) -> None:
    _national_groups(s, "by_area", facts.AREAS, facts.area_label)


def _national_binding(s: Sheet) -> None:
    _national_groups(s, "by_binding", facts.BINDINGS, facts.binding_label)


def _national_horizon(s: Sheet) -> None:
    _national_groups(s, "by_horizon", facts.HORIZONS, facts.horizon_label)


def _national_total(s: Sheet) -> None:
    """Gross, overlap and net for the country, FTE freed and share of the cost base: one row each."""
    lang = s.lang
    sc = s.results.lever_scope(None)
    cols = [Col(t("col_measure", lang)), Col(t("xl_unit", lang)), kind_col(t("xl_low", lang), "dkk"),
            kind_col(t("xl_high", lang), "dkk")]
    rows, formats = [], []
    if sc is not None:
        fte, share = sc.net_fte, sc.share_of_cost_base
        dkk = ms.unit("net_potential_low", lang, short=True).replace("mio. ", "").replace(" m", "")
        for key, unit, low, high, fmt in (
            ("gross", dkk, sc.gross_low_dkk, sc.gross_high_dkk, "#,##0"),
            ("overlap", dkk, -sc.overlap_low_dkk, -sc.overlap_high_dkk, "#,##0"),
            ("net", dkk, sc.total_low_dkk, sc.total_high_dkk, "#,##0"),
            ("xl_net_fte", ms.unit("net_fte_low", lang), fte[0], fte[1], ms.excel_format("net_fte_low")),
            ("xl_net_share", ms.unit("net_share_low", lang, short=False), share[0] * 100, share[1] * 100,
             ms.excel_format("net_share_low")),
            ("xl_cost_base", dkk, sc.cost_base_dkk, sc.cost_base_dkk, "#,##0"),
        ):
            rows.append([t(key, lang), unit, low, high])
            formats.append([None, None, fmt, fmt])
    s.table(cols, rows, formats)


def _time_use(s: Sheet) -> None:
    """Hours per FTE per year per centre and category (one row per centre)."""
    r, lang = s.results, s.lang
    cats = facts.time_categories(r)
    cols = [Col(t("col_centre", lang)), *[kind_col(facts.time_label(k, lang), "hours") for k in cats]]
    tu = r.analysis.time_use
    rows = [[name, *[hours.get(k.key) for k in cats]] for name, hours in (tu.centres.items() if tu else [])]
    s.table(cols, rows)


def _framework(s: Sheet) -> None:
    """The framework conditions per centre, with the predicted and observed rates."""
    r, lang = s.results, s.lang
    variables = list(r.analysis.variables)
    keys = ("predicted_rate", "observed_rate", "predicted_rate_all", "observed_rate_all")
    cols = [Col(t("col_centre", lang)), *[Col(facts.variable_label(r, v, lang), "#,##0.000") for v in variables],
            *[measure_col(k, lang) for k in keys]]
    rows = [[c.jobcenter, *[c.framework.get(v) for v in variables], *[getattr(c, k) for k in keys]]
            for c in r.centres]
    s.table(cols, rows)


def _regression(s: Sheet) -> None:
    from jobcenter_bench.reports.sections import coefficient_label

    r, lang = s.results, s.lang
    model = r.analysis.models.get("core")
    cols = [Col(t("reg_variable", lang)), Col(t("reg_coef", lang)), Col(t("reg_se", lang)), Col("t", "0.00"),
            Col("p", "0.000"), Col(t("xl_ci_low", lang)), Col(t("xl_ci_high", lang)), Col("R²", "0.000"),
            Col(t("xl_r2_adj", lang), "0.000"), Col("N", "0"), Col(t("xl_source", lang))]
    rows, formats = [], []
    if model is not None:
        for c in model.coefficients:
            row = [coefficient_label(r, c.name, lang), c.estimate, c.std_error, c.t, c.p, c.ci_low, c.ci_high,
                   model.r_squared, model.r_squared_adj, model.n, r.prediction_source_text(lang)]
            rows.append(row)
            formats.append([None, *[coefficient_format(v) for v in row[1:3]], None, None,
                            *[coefficient_format(v) for v in row[5:7]], None, None, None, None])
    s.table(cols, rows, formats)


def _relationships(s: Sheet) -> None:
    r, lang = s.results, s.lang
    cols = [Col(t("col_test", lang)), Col("N", "0"), Col(t("col_slope", lang)), Col(t("xl_ci_low", lang)),
            Col(t("xl_ci_high", lang)), Col("p", "0.000"), Col(t("col_pearson", lang), "0.00"),
            Col(t("col_spearman", lang), "0.00")]
    rows, formats = [], []
    for rel in r.analysis.relationships:
        rows.append([facts.relationship_label(rel, lang), rel.n, rel.slope, rel.slope_ci_low, rel.slope_ci_high,
                     rel.slope_p, rel.pearson_r, rel.spearman_rho])
        formats.append([None, None, *[coefficient_format(v) for v in rows[-1][2:5]], None, None, None])
    s.table(cols, rows, formats)


def _robustness(s: Sheet) -> None:
    r, lang = s.results, s.lang
    cols = [Col(t("xl_variant", lang)), Col(t("xl_measure_kind", lang)), Col("N", "0"),
            Col(t("col_spearman", lang), "0.000"), Col(t("xl_quadrant_changes", lang), "0"),
            Col(t("xl_changed_centres", lang))]
    rows = [[facts.pick_label(v, lang), t(f"xl_kind_{v.measure}", lang), v.n, v.spearman_rho, len(v.changes),
             ", ".join(ch.jobcenter for ch in v.changes) or "–"] for v in r.analysis.robustness]
    s.table(cols, rows)


def _business_cases(s: Sheet) -> None:
    """One row per centre and year of its business case (saved, else the default one)."""
    r, lang = s.results, s.lang
    cols = [Col(t("col_centre", lang)), Col(t("xl_case", lang)), Col(t("xl_case_kind", lang)),
            Col(t("bc_year", lang), "0"), kind_col(t("bc_gross", lang), "dkk"),
            kind_col(t("bc_overlap", lang), "dkk"), kind_col(t("bc_investment", lang), "dkk"),
            kind_col(t("bc_net", lang), "dkk"), kind_col(t("bc_cumulative", lang), "dkk"),
            Col(t("xl_payback", lang), "0")]
    rows = []
    for name, entry in r.business_cases().items():
        status = t("xl_case_saved" if entry.saved else "xl_case_default", lang)
        for y in entry.case.years:
            rows.append([name, entry.title(lang), status, y.year, y.gross, -y.overlap, -y.investments, y.net,
                         y.cumulative, entry.case.payback_year])
    s.table(cols, rows)


def _assumptions(s: Sheet) -> None:
    lang = s.lang
    cols = [Col(t("xl_assumption", lang)), Col(t("col_lever", lang)), Col(t("xl_value", lang), "#,##0.0##"),
            Col(t("xl_low", lang), "#,##0.0##"), Col(t("xl_high", lang), "#,##0.0##"), Col(t("xl_unit", lang))]
    rows = [[a.name, a.lever, a.value, a.low, a.high, a.unit] for a in facts.assumptions(s.results, lang)]
    s.table(cols, rows, [[None, None, *[assumption_format(v) for v in row[2:5]], None] for row in rows])


def assumption_format(value) -> str | None:
    """Whole numbers with thousands separators (``1,255``), others with up to three decimals."""
    if not isinstance(value, (int, float)):
        return None
    return "#,##0" if float(value).is_integer() else "#,##0.0##"


def _sources(s: Sheet) -> None:
    lang = s.lang
    cols = [Col(t("source_file", lang)), Col(t("source_kind", lang)),
            Col(t("source_imported", lang), t("xl_datetime_format", lang)), Col(t("source_rows", lang), "#,##0"),
            Col("SHA-256")]
    rows = [[x.file_name, x.kind, excel_datetime(x.imported_at), x.rows, x.sha256]
            for x in facts.sources(s.results, lang)]
    s.table(cols, rows)


def _about(s: Sheet) -> None:
    """What the workbook is: year, scenario (saved or not), database, sample flag, sources of
    predictions and clusters, printing date. One property per row."""
    r, lang = s.results, s.lang
    from jobcenter_bench.reports.sections import today

    rows = [[t("bc_year", lang), str(r.year)], [t("scenario", lang), r.scenario_text(lang)],
            [t("prediction_source", lang), r.prediction_source_text(lang)],
            [t("cluster_source", lang), r.cluster_source_text(lang)],
            [t("xl_database", lang), r.provenance.db_path],
            [t("xl_sample", lang), t("yes" if r.provenance.is_sample else "no", lang)],
            [t("xl_printed", lang), today(lang)], [t("xl_case", lang), t("xl_case_note", lang)],
            [t("xl_abbreviations", lang), t("abbreviations", lang)]]
    s.table([Col(t("xl_property", lang)), Col(t("xl_value", lang))], rows)


def excel_datetime(stamp: str) -> datetime | str:
    """An import-log time stamp (ISO 8601, usually UTC) as a naive local date-time for Excel
    (Excel has no time zones); the text itself when it is not a time stamp."""
    try:
        value = datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return str(stamp or "")
    if value.tzinfo is not None:
        value = value.astimezone().replace(tzinfo=None)
    return value.replace(microsecond=0)


SHEETS = (
    ("about", _about), ("centres", _centres), ("potential", _potential), ("levers", _levers),
    ("national_total", _national_total), ("national_area", _national_area),
    ("national_binding", _national_binding), ("national_horizon", _national_horizon),
    ("time_use", _time_use), ("framework", _framework), ("regression", _regression),
    ("relationships", _relationships), ("robustness", _robustness), ("business_case", _business_cases),
    ("assumptions", _assumptions), ("sources", _sources),
    ("trend", trend_sheet.write),
    *frontier_sheet.SHEETS,
    *realisation_sheet.SHEETS,
)
