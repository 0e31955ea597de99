"""Errors in the GUI: the core's message in a dialog; anything unexpected logged and shown.

``BenchError`` (and its subclasses) carry a sentence meant for the user: it is shown as is, in
the UI language; a database or disk fault (``sqlite3.Error``, ``OSError``) gets the same
sentence the CLI prints (``core.errors.fault_error``). Any other exception is a bug: its
traceback goes to ``logs/jobcenter-bench.log`` in the per-user data folder, the user sees a short message naming that file, and the program
keeps running (``install_excepthook`` catches exceptions raised in Qt slots and threads).
"""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from jobcenter_bench.core.errors import BenchError, fault_error
from jobcenter_bench.gui.i18n import language

log = logging.getLogger("jobcenter_bench.gui")

#: The messages shown so far (newest last): tests read it; dialogs may be closed already.
shown_messages: list[str] = []
_log_file: dict[str, Path | None] = {"path": None}


def setup_logging(folder: Path) -> Path:
    """Log to ``folder/logs/jobcenter-bench.log``; returns the file's path."""
    path = folder / "logs" / "jobcenter-bench.log"
    path.parent.mkdir(parents=True, exist_ok=True)
    if _log_file["path"] != path:
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root = logging.getLogger("jobcenter_bench")
        for old in [h for h in root.handlers if isinstance(h, logging.FileHandler)]:
            root.removeHandler(old)
        root.addHandler(handler)
        root.setLevel(logging.INFO)
        _log_file["path"] = path
    return path


def message_for(exc: BaseException) -> str:
    """The text the user sees for ``exc``."""
    if isinstance(exc, BenchError):
        return exc.text(language())
    if isinstance(exc, sqlite3.Error | OSError | MemoryError):  # locked, disk full, damaged ...
        return fault_error(exc).text(language())
    where = _log_file["path"]
    text = QCoreApplication.translate("Errors", "Der opstod en uventet fejl: {error}. Programmet kører videre.").format(
        error=f"{type(exc).__name__}: {exc}")
    if where:
        text += "\n" + QCoreApplication.translate("Errors", "Detaljerne er gemt i {path}.").format(path=str(where))
    return text


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> QMessageBox | None:
    """Show ``exc`` in a (non-blocking) dialog; unexpected errors are logged with traceback."""
    if not isinstance(exc, BenchError):
        log.error("Unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    return show_message(parent, message_for(exc), title)


def show_message(parent: QWidget | None, text: str, title: str | None = None) -> QMessageBox | None:
    shown_messages.append(text)
    if QApplication.instance() is None:
        print(text, file=sys.stderr)
        return None
    box = QMessageBox(QMessageBox.Icon.Warning, title or QCoreApplication.translate("Errors", "Jobcenter Bench"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextInteractionFlags(box.textInteractionFlags())
    box.setModal(False)
    box.open()
    return box


def install_excepthook(parent_getter=lambda: None) -> None:
    """Route uncaught exceptions (GUI thread and other threads) to the log and a dialog."""

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        try:
            show_error(parent_getter(), exc)
        except Exception:  # never let the hook itself crash the program
            traceback.print_exception(exc_type, exc, tb)

    def thread_hook(args):
        log.error("Unexpected error in thread %s", args.thread,
                  exc_info=(args.exc_type, args.exc_value, args.exc_traceback))

    sys.excepthook = hook
    threading.excepthook = thread_hook
