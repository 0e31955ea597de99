"""The searchable job-centre selector (type any part of the name)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter


class CentreSelector(QComboBox):
    """An editable combo box listing job centres; typing filters by any part of the name.

    ``centre_selected(name)`` fires when the user picks a centre: from the list, from the
    type-ahead list that opens while typing, or by pressing Enter when the typed text names one
    centre or is part of only one centre's name ("Hern" → Herning). ``set_centre`` changes the
    shown centre without firing.
    """

    centre_selected = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(18)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Søg jobcenter…"))
        self.setToolTip(self.tr("Vælg jobcenter (skriv en del af navnet)"))
        self._quiet = False
        self.activated.connect(self._picked)
        completer.activated[str].connect(self.select_name)
        self.lineEdit().returnPressed.connect(self._enter)

    def set_centres(self, names: Sequence[str], current: str = "") -> None:
        self._quiet = True
        self.clear()
        self.addItems(list(names))
        self.set_centre(current)
        self._quiet = False

    def set_centre(self, name: str) -> None:
        self._quiet = True
        i = self.findText(name)
        self.setCurrentIndex(i)
        if i < 0:
            self.setEditText("")
        self._quiet = False

    def select_name(self, name: str) -> None:
        """Pick ``name`` as if the user chose it (ignored if it is not a listed centre)."""
        i = self.findText(name)
        if i >= 0:
            self.setCurrentIndex(i)
            self._picked(i)

    def matches(self, text: str) -> list[str]:
        """The listed centres whose name contains ``text`` (case ignored); an exact name alone."""
        needle = text.strip().lower()
        names = [self.itemText(i) for i in range(self.count())]
        exact = [n for n in names if n.lower() == needle]
        return exact or [n for n in names if needle and needle in n.lower()]

    def _enter(self) -> None:
        """Enter in the search box: take the one centre the text matches."""
        found = self.matches(self.currentText())
        if len(found) == 1:
            self.completer().popup().hide()
            self.select_name(found[0])

    def _picked(self, index: int) -> None:
        if not self._quiet and index >= 0:
            self.centre_selected.emit(self.itemText(index))
