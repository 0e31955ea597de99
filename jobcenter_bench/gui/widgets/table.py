"""A table of records: sort by any column, filter by text, copy as Excel-pasteable TSV.

Columns are declared with :class:`Column` (key, header, kind, decimals), a figure's column with
``Column.measure(key)`` (label, unit, decimals and definition from the catalogue of measures,
``core.measures``, so a figure reads the same as in the PDF and the CLI); the model shows
numbers formatted for the UI language (``i18n.fmt``) and sorts on the raw values. A ``wrap``
column (names, quadrants, horizons) is never cut: its text wraps onto more lines and the rows
grow to fit; width the columns do not need is given to the columns whose text is longest. Copy (Ctrl+C or the
context menu) writes tab-separated text with a header row and numbers without thousands
separators, in the UI language's decimal style, which Excel pastes as numbers.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QRect,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMenu,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jobcenter_bench.gui.i18n import fmt, fmt_plain

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: Background of the highlighted row (the selected centre): a light tint of the charts' orange.
HIGHLIGHT_BRUSH = QBrush(QColor("#FBE3D0"))
_ROOT = QModelIndex()
#: Widest a column is made to fit its contents (px); longer texts are elided (tooltip shows all).
MAX_COLUMN_WIDTH = 320
#: Narrowest a shrinkable (``elide``) column becomes when nothing else can give (px).
MIN_ELIDED_WIDTH = 60


@dataclass(frozen=True)
class Column:
    """One column: ``key`` into the record, visible ``header``, ``decimals`` for numbers.

    ``kind`` is ``"text"`` or ``"number"``; ``getter`` overrides how the value is read;
    ``decimals=None`` shows three significant digits (for regression coefficients of any size);
    ``elide=True`` lets the column give up width (its text is cut with "…", the tooltip shows
    all of it) so that the other columns fit without scrolling sideways: first down to
    ``min_width`` px, and in a ``fit_width`` table, when that is not enough, further.
    """

    key: str
    header: str
    kind: str = "text"
    decimals: int | None = 0
    getter: Callable[[Any], Any] | None = None
    elide: bool = False
    min_width: int = 120
    #: Tooltip of the header (a short header such as "ρ" explained); ``None``: the header itself.
    tooltip: str | None = None
    #: Never cut the text: it wraps onto more lines (at most ``max_width`` px wide, at least
    #: ``min_width``) and each row is as tall as its longest wrapped text.
    wrap: bool = False
    max_width: int | None = None
    #: Reads a cell's tooltip from the record (e.g. a measure's definition); default: its text.
    tip_getter: Callable[[Any], str | None] | None = None

    @classmethod
    def measure(cls, key: str, getter: Callable[[Any], Any] | None = None, record_key: str | None = None,
                short: bool = True, **kw) -> Column:
        """The column of measure ``key`` of the catalogue (``core.measures``): its (short) label
        with the unit as header, the full label and the one-sentence definition as tooltip, its
        decimals, and its display scale (kroner shown as mio. kr.). ``record_key``: the record's
        attribute when it is not named ``key``; ``getter`` reads the raw value instead."""
        from jobcenter_bench.core import measures
        from jobcenter_bench.gui.i18n import language

        lang = language()
        m = measures.measure(key)
        attr = record_key or key
        raw = getter or (lambda r, a=attr: read(r, a))
        number = m.kind in ("number", "code") or (m.kind == "rank" and key != "placement")
        if number and m.scale != 1.0:
            def value(r, raw=raw):
                return measures.display_value(key, raw(r))
        else:
            value = raw if getter or record_key else None
        tip = f"{measures.label_with_unit(key, lang)}: {measures.definition(key, lang)}"
        opts = dict(kind="number" if number else "text", decimals=m.decimals, getter=value, tooltip=tip)
        opts.update(kw)
        return cls(attr, measures.label_with_unit(key, lang, short=short), **opts)


def read(record: Any, key: str) -> Any:
    if isinstance(record, dict):
        return record.get(key)
    return getattr(record, key, None)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def _bold_of(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


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
        #: Source row drawn highlighted (the user's own centre), or ``None``.
        self.highlight: int | None = None

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
        if role == Qt.ItemDataRole.ToolTipRole and self.columns[c].tip_getter is not None:
            tip = self.columns[c].tip_getter(self.records[r])
            return f"{self.text(r, c)}\n{tip}" if tip else self.text(r, c)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(r, c)
        if role == SORT_ROLE:
            v = self.value(r, c)
            if self.columns[c].kind == "number":
                return float("-inf") if not isinstance(v, int | float) else float(v)
            return "" if v is None else str(v).lower()
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[c].kind == "number":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.highlight is not None and r == self.highlight:
            return HIGHLIGHT_BRUSH
        if role == Qt.ItemDataRole.FontRole and self.highlight is not None and r == self.highlight:
            return _bold()
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].tooltip or self.columns[section].header
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header  # the tooltip shows a header cut short
        return None


class _ResizeWatcher(QObject):
    """Calls ``callback`` whenever the watched widget (a table's viewport) changes size."""

    def __init__(self, callback: Callable[[], None], parent: QObject):
        super().__init__(parent)
        self.callback = callback

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.callback()
        return False


def _cell_margin(view: QTableView) -> int:
    """Horizontal padding Qt draws on each side of a cell's text (px)."""
    return view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1


def wrapped_height(view: QTableView, index: QModelIndex) -> int:
    """Height (px) the text of cell ``index`` takes when word-wrapped to its column's width."""
    fm = view.fontMetrics()
    width = max(1, view.columnWidth(index.column()) - 2 * _cell_margin(view))
    text = str(index.data() or "")
    if fm.horizontalAdvance(text) <= width - 2:  # one line (the common case, and cheap)
        return fm.height() + 6
    rect = fm.boundingRect(QRect(0, 0, width, 100000), int(Qt.TextFlag.TextWordWrap), text)
    return rect.height() + 6


def fit_widths(natural: Sequence[int], stages: Sequence[Sequence[int]], available: int) -> list[int]:
    """Column widths (px) that fit ``available`` px where the stages allow.

    Each column starts at its ``natural`` width. While the columns are too wide together, each
    stage in turn lets every column give up width down to that stage's minimum for it, all in
    proportion to what they can give (a stage asks no more than is needed). Widths never go
    below the last stage's minimum: a table that cannot fit scrolls sideways.
    """
    widths = list(natural)
    for minimum in stages:
        excess = sum(widths) - available
        if excess <= 0:
            break
        room = sum(max(0, w - m) for w, m in zip(widths, minimum, strict=True))
        if room <= 0:
            continue
        take = min(1.0, excess / room)
        widths = [w - math.ceil((w - m) * take) if w > m else w for w, m in zip(widths, minimum, strict=True)]
    return widths


class RecordTable(QWidget):
    """A filter box above a sortable table of records, with copy as TSV."""

    def __init__(self, columns: Sequence[Column] = (), filterable: bool = True, parent=None,
                 fit_width: bool = False):
        """``fit_width``: shrink columns so that every column is visible without scrolling
        sideways whenever the contents allow (``elide`` columns to their ``min_width``, then
        long headers to their column's contents, then ``elide`` columns to
        ``MIN_ELIDED_WIDTH``); otherwise only ``elide`` columns give up width, to their
        ``min_width``, so that the columns after them come into view."""
        super().__init__(parent)
        self.fit_width = fit_width
        self._natural: list[int] = []  # contents and header (px)
        self._content: list[int] = []  # contents without the header (px)
        self.model = RecordModel(columns, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        for signal in (self.proxy.layoutChanged, self.proxy.rowsInserted):
            signal.connect(lambda *_: self.fit_rows())  # sorted or filtered: heights follow the rows
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
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setWordWrap(any(c.wrap for c in columns))
        self.view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.viewport().installEventFilter(_ResizeWatcher(self.fit_columns, self))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        QShortcut(QKeySequence.StandardKey.Copy, self.view, activated=self.copy)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.filter)
        lay.addWidget(self.view)

    def set_records(self, records: Sequence[Any], columns: Sequence[Column] | None = None,
                    highlight: Callable[[Any], bool] | None = None) -> None:
        """Show ``records``; column widths are fitted when the columns or row count change
        (not on every value update, which would cost ~20 ms per table). ``highlight``: the
        first record it is true for is drawn highlighted and scrolled into view."""
        shape = (tuple(c.header for c in (columns or self.model.columns)), len(records))
        self.model.set_records(records, columns)
        self.view.setWordWrap(any(c.wrap for c in self.model.columns))
        row = None if highlight is None else next((i for i, r in enumerate(records) if highlight(r)), None)
        changed = row != self.model.highlight
        self.model.highlight = row
        if shape != getattr(self, "_shape", None) or changed:
            self._shape = shape
            self.measure_columns()
        if row is not None:
            self.scroll_to_highlight()
            QTimer.singleShot(0, self.scroll_to_highlight)  # again once the table is laid out

    def scroll_to_highlight(self) -> None:
        """Scroll the highlighted row into the middle of the table."""
        row = self.model.highlight
        if row is not None and row < self.model.rowCount():
            self.view.scrollTo(self.proxy.mapFromSource(self.model.index(row, 0)),
                               QAbstractItemView.ScrollHint.PositionAtCenter)

    def measure_columns(self) -> None:
        """Measure each column's natural width (contents and header, at most
        ``MAX_COLUMN_WIDTH`` or the column's ``max_width``) and its contents' width, then fit
        the columns to the table."""
        header = self.view.horizontalHeader()
        self._natural, self._content, self._full = [], [], []
        contents = self._content_widths()
        for c, col in enumerate(self.model.columns):
            content = contents[c]
            cap = col.max_width or MAX_COLUMN_WIDTH
            if col.wrap:  # a wrapped column needs no more than its longest word, nor less than min_width
                words = self._longest_word(c)
                floor = max(min(col.min_width, content), words, header.sectionSizeHint(c) if col.kind == "number" else 0)
                self._natural.append(max(floor, min(cap, content)))
                self._content.append(floor)
            else:
                self._natural.append(min(cap, max(content, header.sectionSizeHint(c))))
                self._content.append(min(cap, max(content, 40)))
            self._full.append(max(content, header.sectionSizeHint(c)))
        self.fit_columns()

    def _content_widths(self) -> list[int]:
        """Width (px) each column's widest text needs on one line, with the cell margins (what
        ``QTableView.sizeHintForColumn`` gives, measured here from the texts: ~10 times
        faster for a 94-row table). The highlighted row is measured in bold."""
        fm = self.view.fontMetrics()
        bold = QFontMetrics(_bold_of(self.view.font()))
        pad = 2 * _cell_margin(self.view) + 2
        widths = []
        for c in range(self.model.columnCount()):
            texts = {self.model.text(r, c) for r in range(self.model.rowCount()) if r != self.model.highlight}
            widest = max((fm.horizontalAdvance(t) for t in texts if t), default=0)
            if self.model.highlight is not None and self.model.highlight < self.model.rowCount():
                widest = max(widest, bold.horizontalAdvance(self.model.text(self.model.highlight, c)))
            widths.append(widest + pad if widest else 0)
        return widths

    def _longest_word(self, col: int) -> int:
        """Width (px) of the longest word in column ``col`` plus the cell margins."""
        fm = self.view.fontMetrics()
        longest = max((fm.horizontalAdvance(w) for r in range(self.model.rowCount())
                       for w in self.model.text(r, col).split()), default=0)
        return longest + 2 * _cell_margin(self.view) + 2

    def fit_columns(self) -> None:
        """Give the columns their natural widths, or less when the table is narrower (see
        :func:`fit_widths`; a ``wrap`` column gives up width down to its longest word and wraps);
        width left over goes to the columns whose text is wider than they are, in proportion to
        what they lack, then the last column stretches to fill the rest. Rows are made as tall
        as their wrapped texts."""
        if len(self._natural) != self.model.columnCount() or not self._natural:
            return
        cols = self.model.columns
        available = self.view.viewport().width()
        # a wrapped column narrows (and its rows grow) only where every column must fit
        elided = [min(n, c.min_width) if c.elide else (k if c.wrap and self.fit_width else n)
                  for n, k, c in zip(self._natural, self._content, cols, strict=True)]
        stages = [elided]
        if self.fit_width:
            headers_cut = [e if c.elide or c.wrap else min(e, k)
                           for e, k, c in zip(elided, self._content, cols, strict=True)]
            last = [min(h, MIN_ELIDED_WIDTH) if c.elide else h for h, c in zip(headers_cut, cols, strict=True)]
            stages += [headers_cut, last]
        widths = fit_widths(self._natural, stages, available)
        spare = available - sum(widths)
        lacking = [max(0, f - w) for f, w in zip(self._full, widths, strict=True)]
        if spare > 0 and sum(lacking) > 0:
            take = min(1.0, spare / sum(lacking))
            widths = [w + int(m * take) for w, m in zip(widths, lacking, strict=True)]
        for c, w in enumerate(widths):
            self.view.setColumnWidth(c, w)
        self.fit_rows()

    def fit_rows(self) -> None:
        """Make each row as tall as the longest wrapped text of its ``wrap`` columns (or the
        default height)."""
        wrap = [c for c, col in enumerate(self.model.columns) if col.wrap]
        header = self.view.verticalHeader()
        if not wrap:
            return
        base = header.defaultSectionSize()
        for r in range(self.proxy.rowCount()):
            height = max([base] + [wrapped_height(self.view, self.proxy.index(r, c)) for c in wrap])
            if header.sectionSize(r) != height:
                header.resizeSection(r, height)

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
