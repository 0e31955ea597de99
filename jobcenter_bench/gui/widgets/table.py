"""A table of records: sort by any column, filter by text, copy as Excel-pasteable TSV.

Columns are declared with :class:`Column` (key, header, kind, decimals); the model shows numbers
formatted for the UI language (``i18n.fmt``) and sorts on the raw values. Copy (Ctrl+C or the
context menu) writes tab-separated text with a header row and numbers without thousands
separators, in the UI language's decimal style, which Excel pastes as numbers.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jobcenter_bench.gui.i18n import fmt, fmt_plain

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Column:
    """One column: ``key`` into the record, visible ``header``, ``decimals`` for numbers.

    ``kind`` is ``"text"`` or ``"number"``; ``getter`` overrides how the value is read;
    ``decimals=None`` shows three significant digits (for regression coefficients of any size).
    """

    key: str
    header: str
    kind: str = "text"
    decimals: int | None = 0
    getter: Callable[[Any], Any] | None = None


def read(record: Any, key: str) -> Any:
    if isinstance(record, dict):
        return record.get(key)
    return getattr(record, key, None)


def _significant(value: float, digits: int = 3) -> int:
    """Decimals that show ``digits`` significant digits of ``value`` (0 to 8)."""
    if not value or not math.isfinite(value):
        return 0
    return min(8, max(0, digits - 1 - math.floor(math.log10(abs(value)))))


class RecordModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column] = (), parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.records: list[Any] = []

    def set_records(self, records: Sequence[Any], columns: Sequence[Column] | None = None) -> None:
        """Replace the records; same shape → a cheap ``dataChanged`` instead of a model reset."""
        same_columns = columns is None or [c.header for c in columns] == [c.header for c in self.columns]
        if same_columns and len(records) == len(self.records) and self.records:
            if columns is not None:
                self.columns = list(columns)
            self.records = list(records)
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.records) - 1, len(self.columns) - 1))
            return
        self.beginResetModel()
        if columns is not None:
            self.columns = list(columns)
        self.records = list(records)
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def value(self, row: int, col: int) -> Any:
        c = self.columns[col]
        rec = self.records[row]
        v = c.getter(rec) if c.getter else read(rec, c.key)
        if isinstance(v, list | tuple):
            v = ", ".join(str(x) for x in v)
        return v

    def text(self, row: int, col: int, plain: bool = False) -> str:
        v = self.value(row, col)
        c = self.columns[col]
        if c.kind == "number" and isinstance(v, int | float):
            decimals = c.decimals if c.decimals is not None else _significant(v)
            return fmt_plain(v, decimals) if plain else fmt(v, decimals)
        return "" if v is None else str(v)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(r, c)
        if role == SORT_ROLE:
            v = self.value(r, c)
            if self.columns[c].kind == "number":
                return float("-inf") if not isinstance(v, int | float) else float(v)
            return "" if v is None else str(v).lower()
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[c].kind == "number":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return None


class RecordTable(QWidget):
    """A filter box above a sortable table of records, with copy as TSV."""

    def __init__(self, columns: Sequence[Column] = (), filterable: bool = True, parent=None):
        super().__init__(parent)
        self.model = RecordModel(columns, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filtrér…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter.setVisible(filterable)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        QShortcut(QKeySequence.StandardKey.Copy, self.view, activated=self.copy)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.filter)
        lay.addWidget(self.view)

    def set_records(self, records: Sequence[Any], columns: Sequence[Column] | None = None) -> None:
        """Show ``records``; column widths are fitted when the columns or row count change
        (not on every value update, which would cost ~20 ms per table)."""
        shape = (tuple(c.header for c in (columns or self.model.columns)), len(records))
        self.model.set_records(records, columns)
        if shape != getattr(self, "_shape", None):
            self._shape = shape
            self.view.resizeColumnsToContents()
            for c in range(self.model.columnCount()):
                if self.view.columnWidth(c) > 320:
                    self.view.setColumnWidth(c, 320)

    def _menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Kopiér markerede rækker"), self.copy)
        menu.addAction(self.tr("Kopiér hele tabellen"), lambda: self.copy(all_rows=True))
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def tsv(self, all_rows: bool = False) -> str:
        """The shown rows (in shown order) as tab-separated text with a header line."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        if all_rows or not rows:
            rows = list(range(self.proxy.rowCount()))
        cols = range(self.model.columnCount())
        lines = ["\t".join(self.model.columns[c].header for c in cols)]
        for r in rows:
            src = self.proxy.mapToSource(self.proxy.index(r, 0)).row()
            cells = (self.model.text(src, c, plain=True).replace("\t", " ").replace("\n", " ") for c in cols)
            lines.append("\t".join(cells))
        return "\n".join(lines) + "\n"

    def copy(self, all_rows: bool = False) -> None:
        QGuiApplication.clipboard().setText(self.tsv(all_rows))

    def row_count(self) -> int:
        return self.proxy.rowCount()
