"""The first-start question "Hvilket jobcenter er dit?" (asked once; the answer is remembered).

A searchable list of the database's job centres (type any part of the name; Enter takes the
only match or the highlighted one) with "Jeg er konsulent – alle" as an answer too. ``answer()``
is the chosen centre, or "" for the consultant.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

#: Data of the consultant's list entry (every centre, none is "mine").
CONSULTANT = ""


class HomeCentreDialog(QDialog):
    def __init__(self, names: Sequence[str], current: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Velkommen til Jobcenter Bench"))
        lay = QVBoxLayout(self)
        question = QLabel(self.tr("Hvilket jobcenter er dit?"), self)
        question.setStyleSheet("font-size: 13pt; font-weight: bold;")
        lay.addWidget(question)
        hint = QLabel(self.tr("Programmet åbner på dit jobcenters placering. Du kan altid vælge et andet "
                              "jobcenter i værktøjslinjen."), self)
        hint.setWordWrap(True)
        lay.addWidget(hint)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Søg jobcenter…"))
        self.search.setClearButtonEnabled(True)
        lay.addWidget(self.search)
        self.list = QListWidget(self)
        consultant = QListWidgetItem(self.tr("Jeg er konsulent – alle jobcentre"), self.list)
        consultant.setData(Qt.ItemDataRole.UserRole, CONSULTANT)
        for name in names:
            QListWidgetItem(name, self.list).setData(Qt.ItemDataRole.UserRole, name)
        lay.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Vælg"))
        buttons.accepted.connect(self._accept)
        lay.addWidget(buttons)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._accept)
        self.list.itemDoubleClicked.connect(lambda _: self._accept())
        items = self.list.findItems(current, Qt.MatchFlag.MatchExactly) if current else []
        self.list.setCurrentItem(items[0] if items else self.list.item(0))
        self.resize(420, 520)

    def _filter(self, text: str) -> None:
        """Show the centres whose name contains ``text`` (the consultant entry always); the first
        match becomes the current entry, so Enter takes it."""
        needle = text.strip().lower()
        first = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            data = item.data(Qt.ItemDataRole.UserRole)
            hidden = bool(needle) and data != CONSULTANT and needle not in data.lower()
            item.setHidden(hidden)
            if not hidden and data != CONSULTANT and first is None:
                first = item
        self.list.setCurrentItem(first if first is not None and needle else self.list.item(0))

    def _accept(self) -> None:
        if self.list.currentItem() is not None and not self.list.currentItem().isHidden():
            self.accept()

    def answer(self) -> str:
        """The chosen centre ("" = the consultant's every centre)."""
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else CONSULTANT
