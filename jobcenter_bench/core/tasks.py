"""Progress and cancellation for long work, without Qt.

Long functions (import, batch export, model fitting) take an optional ``TaskState``; they call
``state.progress(done, total, text)`` and ``state.check_cancelled()``. The GUI runs them in a
worker thread and connects the state to a progress bar; the CLI prints to stderr.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """The user cancelled the task."""


class TaskState:
    """Shared between a worker and whoever watches it. Thread-safe."""

    def __init__(self, on_progress: Callable[[int, int, str], None] | None = None):
        self._cancel = threading.Event()
        self._on_progress = on_progress
        self.done = 0
        self.total = 0
        self.text = ""

    def progress(self, done: int, total: int, text: str = "") -> None:
        self.done, self.total, self.text = done, total, text
        if self._on_progress is not None:
            self._on_progress(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

