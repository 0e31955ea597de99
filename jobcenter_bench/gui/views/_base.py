"""What every view shares: the workspace, refresh on its signals, an "Ingen data" state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedLayout, QWidget

from jobcenter_bench.gui.workspace import Workspace


def wrapped_label(parent: QWidget, object_name: str = "") -> QLabel:
    """A word-wrapped label that the layout never squeezes below its text's height."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if object_name:
        label.setObjectName(object_name)
    return label


class View(QWidget):
    """A page of the main window bound to the workspace.

    Subclasses build their widgets in ``build(page)`` and draw in ``refresh()``; ``refresh`` is
    called when the workspace says something the view depends on changed (``listens``), but only
    while the view is visible (otherwise once it is shown again).
    """

    #: Workspace signals this view redraws on.
    listens = ("database_changed", "year_changed", "centre_changed", "results_changed")

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = workspace
        self._stack = QStackedLayout(self)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #555; font-size: 13pt;")
        self.page = QWidget(self)
        self._stack.addWidget(self.page)
        self._stack.addWidget(self.empty)
        self._dirty = True
        self.build(self.page)
        for name in self.listens:
            getattr(workspace, name).connect(self._changed)

    def title(self) -> str:  # pragma: no cover - every view overrides
        raise NotImplementedError

    def build(self, page: QWidget) -> None:  # pragma: no cover
        raise NotImplementedError

    def refresh(self) -> None:  # pragma: no cover
        raise NotImplementedError

    def show_empty(self, text: str | None = None) -> None:
        """Show a centred message instead of the page ("Ingen data" by default)."""
        self.empty.setText(text or self.tr("Ingen data"))
        self._stack.setCurrentWidget(self.empty)

    def analysis_missing_text(self) -> str:
        """Why there is no analysis to show: still computing, the core's error, or no data."""
        if self.ws.computing:
            return self.tr("Beregner analysen …")
        return self.ws.analysis_error or self.tr("Ingen data")

    def show_page(self) -> None:
        self._stack.setCurrentWidget(self.page)

    def _changed(self, *args) -> None:
        self._dirty = True
        if self.isVisible():
            self.update_now()

    def update_now(self) -> None:
        self._dirty = False
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._dirty:
            self.update_now()
