"""The Excel comparison workbook (sammenligningsregneark), written with openpyxl.

Sheets: key figures per centre, rankings, the regression table, levers per centre (low/high,
hours and DKK), the national lever summary by area/binding/horizon with a native bar chart, the
business cases, the scenario assumptions and the data provenance (import log). Numbers are real
numbers with US-style format codes (``#,##0`` / ``#,##0.0``; Excel shows the user's own
separators); every sheet has a frozen, bold header row, an autofilter and fitted column widths.

Text from imported files (centre, municipality and file names) is always written as text: a
value like ``=HYPERLINK(...)`` would otherwise become a formula (openpyxl stores any string that
starts with ``=`` as one), so every string cell gets ``data_type = "s"``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from jobcenter_bench.core.safe_text import excel_text
from jobcenter_bench.reports.fmt import excel_format
from jobcenter_bench.reports.inputs import ReportInput
from jobcenter_bench.reports.text import t

#: Characters that make a spreadsheet treat text as a formula (CSV injection).
FORMULA_START = ("=", "+", "-", "@")


@dataclass(frozen=True)
class Col:
    """A column: header text and the number kind of ``fmt.DECIMALS`` (``None`` = text)."""

    header: str
    kind: str | None = None


def write_table(ws, cols: Sequence[Col], rows: Sequence[Sequence], start_row: int = 1) -> None:
    """Write a header row and data rows; numbers get their format, text stays text.

    Freezes the header, adds an autofilter over the table and fits the column widths.
    """
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE7F0")
    for j, col in enumerate(cols, start=1):
        cell = ws.cell(row=start_row, column=j)
        set_text(cell, col.header)
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    formats = [excel_format(c.kind) if c.kind else None for c in cols]
    widths = [min(max(len(c.header) * 0.9, 8), 40) for c in cols]
    for i, row in enumerate(rows, start=start_row + 1):
        for j, value in enumerate(row, start=1):
            cell = ws.cell(row=i, column=j)
            if isinstance(value, str):
                set_text(cell, value)
                width = len(value) + 2
            else:
                cell.value = value
                if value is not None and formats[j - 1]:
                    cell.number_format = formats[j - 1]
                width = len(f"{value:,.1f}") + 2 if isinstance(value, (int, float)) else 4
            widths[j - 1] = max(widths[j - 1], min(width, 60))
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    last = get_column_letter(len(cols))
    ws.freeze_panes = ws.cell(row=start_row + 1, column=1)
    ws.auto_filter.ref = f"A{start_row}:{last}{start_row + max(len(rows), 1)}"


def set_text(cell, text: str) -> None:
    """Store ``text`` as a plain string, never as a formula (see module docstring)."""
    cell.value = excel_text(text)  # control characters would make openpyxl refuse to save
    cell.data_type = "s"


def write_workbook_file(data: ReportInput, path: str | Path, lang: str = "da") -> Path:
    """Write the comparison workbook of ``data`` to ``path``; returns the path."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    en = lang == "en"
    _key_figures(wb.create_sheet("Key figures" if en else "Nøgletal"), data, lang)
    _rankings(wb.create_sheet("Rankings" if en else "Rangering"), data, lang)
    _regression(wb.create_sheet("Regression"), data, lang)
    _levers(wb.create_sheet("Levers per centre" if en else "Forslag pr. jobcenter"), data, lang)
    _national(wb.create_sheet("National levers" if en else "Forslag hele landet"), data, lang)
    _business_cases(wb.create_sheet("Business case"), data, lang)
    _assumptions(wb.create_sheet("Assumptions" if en else "Forudsætninger"), data, lang)
    _sources(wb.create_sheet("Data sources" if en else "Datakilder"), data, lang)
    wb.properties.title = t("national_title", lang, year=data.year)
    wb.properties.creator = t("app", lang)
    path = Path(path)
    wb.save(path)
    return path


def _key_figures(ws, data: ReportInput, lang: str) -> None:
    cols = [
        Col(t("col_centre", lang)), Col(t("region", lang)), Col(t("municipalities", lang)),
        Col(t("col_cluster", lang), "persons"), Col(t("xl_cluster_size", lang), "persons"),
        Col(t("kf_placement", lang), "persons"), Col(t("kf_fte", lang), "fte"),
        Col(t("kf_persons", lang), "persons"), Col(t("kf_cases_per_fte", lang), "cases_per_fte"),
        Col(t("kf_observed", lang), "rate"), Col(t("kf_predicted", lang), "rate"),
        Col(t("kf_effect", lang), "effect"), Col(t("kf_observed_all", lang), "rate"),
        Col(t("kf_predicted_all", lang), "rate"), Col(t("quadrant", lang)),
        Col(t("kf_cost_per_fte", lang), "dkk"), Col(t("xl_note", lang)),
    ]
    from jobcenter_bench.reports.sections import municipality_text

    rows = [[c.jobcenter, c.region, municipality_text(c.municipality_codes, c.municipalities), c.cluster,
             c.cluster_size, c.cluster_rank, c.fte, c.full_time_persons, c.cases_per_fte,
             c.observed_rate, c.predicted_rate, c.effect, c.observed_rate_all,
             c.predicted_rate_all, c.quadrant_label or c.quadrant, c.cost_per_fte, c.note or None]
            for c in data.centres]
    write_table(ws, cols, rows)
    if data.is_sample:
        ws.sheet_properties.tabColor = "D55E00"


def ranks(values: dict[str, float | None]) -> dict[str, int]:
    """Rank 1 = highest value; centres without a value get no rank; ties share the rank."""
    present = sorted((v, k) for k, v in values.items() if v is not None)
    present.reverse()
    out: dict[str, int] = {}
    for k, v in values.items():
        if v is not None:
            out[k] = 1 + sum(1 for w, _ in present if w > v)
    return out


def _rankings(ws, data: ReportInput, lang: str) -> None:
    prod = ranks({c.jobcenter: c.cases_per_fte for c in data.centres})
    eff = ranks({c.jobcenter: c.effect for c in data.centres})
    cols = [Col(t("col_centre", lang)), Col(t("xl_rank_productivity", lang), "persons"),
            Col(t("kf_cases_per_fte", lang), "cases_per_fte"), Col(t("xl_rank_effect", lang), "persons"),
            Col(t("kf_effect", lang), "effect"), Col(t("col_cluster", lang), "persons"),
            Col(t("kf_placement", lang), "persons"), Col(t("xl_cluster_size", lang), "persons"),
            Col(t("quadrant", lang))]
    order = sorted(data.centres, key=lambda c: prod.get(c.jobcenter, 10**6))
    rows = [[c.jobcenter, prod.get(c.jobcenter), c.cases_per_fte, eff.get(c.jobcenter), c.effect,
             c.cluster, c.cluster_rank, c.cluster_size, c.quadrant_label or c.quadrant]
            for c in order]
    write_table(ws, cols, rows)


def _regression(ws, data: ReportInput, lang: str) -> None:
    reg = data.regression
    cols = [Col(t("reg_variable", lang)), Col(t("reg_coef", lang), "coef"),
            Col(t("reg_se", lang), "coef"), Col("t", "r"), Col("p", "p"),
            Col(t("xl_ci_low", lang), "coef"), Col(t("xl_ci_high", lang), "coef")]
    rows = [] if reg is None else [[c.label or c.name, c.estimate, c.std_error, c.t, c.p,
                                    c.ci_low, c.ci_high] for c in reg.coefficients]
    write_table(ws, cols, rows)
    r = len(rows) + 3
    facts = [(t("reg_source", lang, source=data.prediction_source or "–"), None, None)]
    if reg is not None:
        facts += [("R²", reg.r_squared, "r"), (t("xl_r2_adj", lang), reg.r_squared_adj, "r"),
                  ("N", reg.n, "persons")]
    else:
        facts.append((t("reg_none", lang), None, None))
    for label, value, kind in facts:
        set_text(ws.cell(row=r, column=1), label)
        if value is not None:
            ws.cell(row=r, column=2, value=value).number_format = excel_format(kind)
        r += 1


def _levers(ws, data: ReportInput, lang: str) -> None:
    cols = [Col(t("col_centre", lang)), Col("Id"), Col(t("col_lever", lang)), Col(t("col_area", lang)),
            Col(t("col_binding", lang)), Col(t("col_horizon", lang)), Col(t("xl_quantified", lang)),
            Col(t("col_hours_low", lang), "hours"), Col(t("col_hours_high", lang), "hours"),
            Col(t("col_dkk_low", lang), "dkk"), Col(t("col_dkk_high", lang), "dkk")]
    rows = []
    for name, summary in data.levers_by_centre.items():
        for lv in summary.levers:
            rows.append([name, lv.id, lv.name, lv.area, _binding(lv.binding, lang),
                         _horizon(lv.horizon, lang), t("yes" if lv.quantified else "no", lang),
                         lv.low_hours, lv.high_hours, lv.low_dkk, lv.high_dkk])
    write_table(ws, cols, rows)


def _national(ws, data: ReportInput, lang: str) -> None:
    """National summary by area, binding and horizon (gross), totals, and a native bar chart."""
    from openpyxl.chart import BarChart, Reference

    s = data.levers_national
    cols = [Col(t("xl_group", lang)), Col(t("col_category", lang)), Col(t("col_dkk_low", lang), "dkk"),
            Col(t("col_dkk_high", lang), "dkk")]
    rows: list[list] = []
    if s is not None:
        from jobcenter_bench.reports.sections import AREAS, area_label

        rows += [[t("by_area", lang), area_label(data, a, lang), *s.by_area[a]]
                 for a in AREAS if a in s.by_area]
        rows += [[t("by_binding", lang), _binding(k, lang), *v] for k, v in s.by_binding.items()]
        rows += [[t("by_horizon", lang), _horizon(k, lang), *v] for k, v in s.by_horizon.items()]
        rows += [[t("gross", lang), t("gross", lang), s.gross_low_dkk, s.gross_high_dkk],
                 [t("overlap", lang), t("overlap", lang), -s.overlap_low_dkk, -s.overlap_high_dkk],
                 [t("net", lang), t("net", lang), s.total_low_dkk, s.total_high_dkk]]
    write_table(ws, cols, rows)
    n_area = sum(1 for r in rows if r[0] == t("by_area", lang))
    if n_area:
        chart = BarChart()
        chart.type = "col"
        chart.title = t("by_area", lang)
        chart.y_axis.title = t("axis_dkk", lang)
        chart.y_axis.numFmt = "#,##0"
        chart.add_data(Reference(ws, min_col=3, max_col=4, min_row=1, max_row=1 + n_area),
                       titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=2, min_row=2, max_row=1 + n_area))
        chart.width, chart.height = 22, 10
        ws.add_chart(chart, "F2")


def _business_cases(ws, data: ReportInput, lang: str) -> None:
    """Per centre its saved business case, else the core's default case marked as not saved,
    then a note row saying what the default is and how to save one."""
    cols = [Col(t("col_centre", lang)), Col(t("xl_case", lang)), Col(t("bc_year", lang)),
            Col(t("bc_gross", lang), "dkk"), Col(t("bc_overlap", lang), "dkk"),
            Col(t("bc_investment", lang), "dkk"), Col(t("bc_net", lang), "dkk"),
            Col(t("bc_cumulative", lang), "dkk"), Col(t("xl_payback", lang)),  # a year: no thousands separator
            Col(t("xl_case_kind", lang))]
    cases = [data.business_cases.get(c.jobcenter) or data.default_business_cases.get(c.jobcenter)
             for c in data.centres]
    cases += [case for name, case in data.business_cases.items()
              if name not in {c.jobcenter for c in data.centres}]
    rows = [[case.jobcenter, case.name, y.year, y.gross, y.overlap, y.investment, y.net, y.cumulative,
             case.payback_year, t("xl_case_saved" if case.saved else "xl_case_default", lang)]
            for case in cases if case is not None for y in case.years]
    write_table(ws, cols, rows)
    ws.column_dimensions["B"].width = min(ws.column_dimensions["B"].width, 45)
    set_text(ws.cell(row=len(rows) + 3, column=1), t("xl_case_note", lang))


def _assumptions(ws, data: ReportInput, lang: str) -> None:
    cols = [Col(t("xl_assumption", lang)), Col(t("col_lever", lang)), Col(t("xl_value", lang), "coef"),
            Col(t("xl_low", lang), "coef"), Col(t("xl_high", lang), "coef"), Col(t("xl_unit", lang))]
    rows = [[a.name, a.lever, a.value, a.low, a.high, a.unit] for a in data.assumptions]
    set_text(ws.cell(row=1, column=8), t("scenario_used", lang, name=data.scenario or "–"))
    write_table(ws, cols, rows)
    for r, row in enumerate(rows, start=2):
        for col in (3, 4, 5):
            if isinstance(row[col - 1], (int, float)):
                ws.cell(row=r, column=col).number_format = assumption_format(row[col - 1])


def assumption_format(value: float) -> str:
    """Excel format for an assumption: whole numbers with thousands separators (``1,255``),
    others with up to three decimals (``0.35``, ``7.4``)."""
    return "#,##0" if float(value).is_integer() else "#,##0.0##"


def _sources(ws, data: ReportInput, lang: str) -> None:
    cols = [Col(t("source_file", lang)), Col(t("source_kind", lang)), Col(t("source_imported", lang)),
            Col(t("source_rows", lang), "persons"), Col("SHA-256")]
    rows = [[s.file_name, s.kind_label or s.kind, excel_datetime(s.imported_at), s.rows, s.sha256]
            for s in data.sources]
    write_table(ws, cols, rows)
    stamp = "yyyy-mm-dd hh:mm" if lang == "en" else "dd-mm-yyyy hh:mm"
    for r, row in enumerate(rows, start=2):
        if isinstance(row[2], datetime):
            ws.cell(row=r, column=3).number_format = stamp
    ws.column_dimensions["C"].width = 18
    r = len(rows) + 3
    set_text(ws.cell(row=r, column=1), t("database", lang, path=data.db_path))
    if data.is_sample:
        set_text(ws.cell(row=r + 1, column=1), t("sample_banner", lang))


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


def _binding(key: str, lang: str) -> str:
    return t(f"binding_{key}", lang) if key in ("management", "law", "it") else key


def _horizon(key: str, lang: str) -> str:
    return t(f"horizon_{key}", lang) if key in ("short", "medium", "long") else key
