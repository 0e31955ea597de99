"""The one place for thread plumbing: run a pure core function off the GUI thread.

A long job (import, model fitting, batch export) is a plain function that takes a ``TaskState``
keyword (``state``), reports ``state.progress(done, total, text)`` and calls
``state.check_cancelled()`` (Orange's ``concurrent.py`` idea). :class:`TaskRunner` runs it in a
thread pool, forwards progress to the GUI thread through a queued signal and calls ``on_done``
or ``on_error`` there. Progress is never driven by ``processEvents()``.

Tasks submitted with the same ``key`` supersede each other: the older one is cancelled and
its result dropped, so a slow, stale computation can never overwrite a newer one.
"""

from __future__ import annotations

import inspect
import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from jobcenter_bench.core.tasks import Cancelled, TaskState


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)


class Task(QObject):
    """A handle on one submitted job: ``cancel()``, its name and its live progress."""

    progress = Signal(int, int, str)

    def __init__(self, name: str, key: str | None, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        self.key = key
        self.id = next(_ids)
        self.state = TaskState(self._report)
        self.finished = False
        self.superseded = False
        self._signals = _Signals()
        self.runner: TaskRunner | None = None
        self.on_done: Callable[[Any], None] | None = None
        self.on_error: Callable[[BaseException], None] | None = None

    def _report(self, done: int, total: int, text: str) -> None:  # worker thread
        self._signals.progress.emit(done, total, text)

    def _relay_progress(self, done: int, total: int, text: str) -> None:
        self.runner._progress(self, done, total, text)

    def _relay_done(self, result: object) -> None:
        self.runner._finish(self, self.on_done, result, None)

    def _relay_failed(self, exc: object) -> None:
        self.runner._finish(self, None, None, (self.on_error, exc))

    def cancel(self) -> None:
        """Ask the job to stop at its next ``check_cancelled()``; its result is dropped."""
        self.state.cancel()


_ids = itertools.count(1)


def _accepts_state(fn: Callable) -> bool:
    """Whether ``fn`` takes a ``state`` keyword (pure functions without one run uncancellable)."""
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return True
    return "state" in params or any(p.kind is p.VAR_KEYWORD for p in params.values())


class _Runnable(QRunnable):
    def __init__(self, task: Task, fn: Callable, args: tuple, kwargs: dict):
        super().__init__()
        self.task, self.fn, self.args, self.kwargs = task, fn, args, kwargs
        self.setAutoDelete(True)

    def run(self) -> None:  # worker thread
        kwargs = dict(self.kwargs)
        if _accepts_state(self.fn):
            kwargs["state"] = self.task.state
        try:
            result = self.fn(*self.args, **kwargs)
        except BaseException as exc:  # handed to the GUI thread, never lost
            self._emit(self.task._signals.failed, exc)
        else:
            self._emit(self.task._signals.done, result)

    @staticmethod
    def _emit(signal, value) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the application is shutting down: nobody waits for the result
            pass


class TaskRunner(QObject):
    """Starts tasks and tells the GUI when one starts, progresses and ends.

    Database tasks run one at a time (``max_threads=1``): the project database has one
    connection, and serialising keeps its transactions whole.
    """

    task_started = Signal(object)
    task_progress = Signal(object, int, int, str)
    task_finished = Signal(object)

    def __init__(self, parent: QObject | None = None, max_threads: int = 1):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self.active: list[Task] = []

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        name: str = "",
        key: str | None = None,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        **kwargs: Any,
    ) -> Task:
        """Run ``fn(*args, state=…, **kwargs)`` in the pool; callbacks run in the GUI thread.

        ``on_error`` gets every exception except ``Cancelled`` (a cancelled task just ends).
        """
        for other in self.active:
            if key is not None and other.key == key:
                other.superseded = True
                other.cancel()
        task = Task(name, key, self)
        task.runner, task.on_done, task.on_error = self, on_done, on_error
        # bound methods of a QObject living in the GUI thread: Qt queues the calls there
        task._signals.progress.connect(task._relay_progress)
        task._signals.done.connect(task._relay_done)
        task._signals.failed.connect(task._relay_failed)
        self.active.append(task)
        self.task_started.emit(task)
        self.pool.start(_Runnable(task, fn, args, kwargs))
        return task

    def _progress(self, task: Task, done: int, total: int, text: str) -> None:
        task.progress.emit(done, total, text)
        self.task_progress.emit(task, done, total, text)

    def _finish(self, task: Task, on_done, result, error) -> None:
        task.finished = True
        if task in self.active:
            self.active.remove(task)
        self.task_finished.emit(task)
        if task.superseded or task.state.cancelled:
            return
        if error is not None:
            handler, exc = error
            if isinstance(exc, Cancelled):
                return
            if handler is None:
                raise exc
            handler(exc)
        elif on_done is not None:
            on_done(result)

    def cancel_all(self) -> None:
        for task in list(self.active):
            task.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every task ended (used on exit and in tests)."""
        return self.pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self.active)
