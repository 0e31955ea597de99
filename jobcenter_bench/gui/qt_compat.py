"""Work around a reference-count bug of PySide6 6.12.0 on Python < 3.12.

``SignalInstance.emit()`` returns ``True`` without taking a reference, so every signal emitted
from Python (pyqtgraph emits several per repaint) takes one reference from the ``True``
singleton. On Python 3.11 ``True`` is not immortal: after some thousands of emits its count
reaches zero and the interpreter aborts ("Fatal Python error: bool_dealloc"), in a long
session or at exit. Python 3.12+ (immortal objects) and fixed PySide6 releases are unaffected.

:func:`install_refcount_guard` detects the bug at start-up (a few test emits) and, only if it
is present, gives the references back: a timer restores the count every second and once more
when the application quits. The lost references belong to nobody, so returning them (with
``Py_IncRef``) is exactly the missing increment; ``True`` is never freed either way.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

#: Extra references kept in hand beyond the start-up count (covers emits between two checks).
MARGIN = 100_000

_state: dict = {"baseline": None, "timer": None}


class _Probe(QObject):
    ping = Signal()


def emit_leaks_true() -> bool:
    """Whether emitting a signal takes a reference from ``True`` (the PySide6 6.12.0 bug)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(50):
        probe.ping.emit()
    return sys.getrefcount(True) < before - 40


def restore() -> int:
    """Give back the references lost since start-up (plus the margin); returns how many."""
    baseline = _state["baseline"]
    if baseline is None:
        return 0
    missing = baseline - sys.getrefcount(True)
    for _ in range(max(0, missing)):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return max(0, missing)


def install_refcount_guard(app: QCoreApplication | None = None) -> bool:
    """Start the guard if this PySide6/Python combination needs it; returns True if started."""
    app = app or QCoreApplication.instance()
    if _state["baseline"] is not None or app is None:
        return _state["baseline"] is not None
    if sys.version_info >= (3, 12) or not emit_leaks_true():
        return False
    for _ in range(MARGIN):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    _state["baseline"] = sys.getrefcount(True)
    timer = QTimer(app)
    timer.setInterval(1000)
    timer.timeout.connect(restore)
    timer.start()
    app.aboutToQuit.connect(restore)
    _state["timer"] = timer
    return True
