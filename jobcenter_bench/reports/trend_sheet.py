"""The workbook's trend sheet (Udvikling): every centre over every year, as a long table.

One row per centre, year and trend measure (``core.measures`` table ``trend``): the centre's
value, its cluster's and the country's benchmark (empty where the measure has none), the
measure's key and the year's vintage (prediction and definitions), so a filter or a pivot table
gives any series. Values in the unit the label names (net potential in DKK m); from
``Results.trend_book()`` (``core.trends``). A database whose other years cannot be read gives
the header only.
"""

from __future__ import annotations

import sqlite3

from jobcenter_bench.core import measures as ms
from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.i18n import t


def write(s) -> None:
    """Fill ``s`` (a ``workbook.Sheet``) with the long table."""
    from jobcenter_bench.reports.workbook import Col

    lang = s.lang
    cols = [Col(t("col_centre", lang)), Col(t("trend_col_year", lang), "0"), Col(t("col_measure", lang)),
            Col(t("trend_col_measure_key", lang)), Col(t("trend_col_value", lang)),
            Col(t("trend_col_cluster_value", lang)), Col(t("trend_col_country_value", lang)),
            Col(t("trend_col_vintage", lang))]
    rows, formats = long_rows(s.results, lang)
    s.table(cols, rows, formats)


def long_rows(results, lang: str) -> tuple[list[list], list[list]]:
    """The rows and their number formats (the measure's decimals on the three value columns)."""
    try:
        book = results.trend_book()
    except (BenchError, sqlite3.Error, OSError):
        return [], []
    vintage = {y: book.tables[y].vintage.text(lang) for y in book.years}
    rows, formats = [], []
    for r in book.long_rows():
        key = r["measure"]
        fmt = ms.excel_format(key)
        rows.append([r["jobcenter"], r["year"], ms.label_with_unit(key, lang), key,
                     ms.display_value(key, r["value"]), ms.display_value(key, r["cluster_value"]),
                     ms.display_value(key, r["country_value"]), vintage[r["year"]]])
        formats.append([None, None, None, None, fmt, fmt, fmt, None])
    return rows, formats
