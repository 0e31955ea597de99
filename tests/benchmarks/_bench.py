"""The ``Benchmark`` record that ``bench_*.py`` modules return."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass
class Benchmark:
    """One named timing.

    ``setup()`` builds the state once (not timed); ``run(state)`` is timed ``repeat`` times after
    one untimed warm-up run when ``warmup`` is true; ``teardown(state)`` cleans up;
    ``available()`` may return False to skip (e.g. no frozen build present).
    """

    name: str
    run: Callable[[Any], Any]
    setup: Callable[[], Any] | None = None
    teardown: Callable[[Any], Any] | None = None
    repeat: int = 5
    warmup: bool = True
    available: Callable[[], bool] | None = None
    #: A measured quantity instead of a timing: ``value(state)`` is reported as is, in ``unit``
    #: (e.g. ``frozen_size_mb``); ``run`` is then not called.
    value: Callable[[Any], float] | None = None
    unit: str = "s"


def sample_available() -> bool:
    """Whether the sample-database builder exists (benchmarks on the sample data skip otherwise)."""
    import importlib.util

    try:
        return importlib.util.find_spec("jobcenter_bench.core.sample") is not None
    except ImportError:
        return False


def open_sample_store():
    """A fresh sample database in a temp folder: ``(folder, Store)``; close with ``close_sample_store``."""
    import tempfile
    from pathlib import Path

    from jobcenter_bench.core.sample import build_sample_database
    from jobcenter_bench.core.store import Store

    tmp = Path(tempfile.mkdtemp(prefix="jcbench-bench-"))
    path = tmp / "sample.jcbench"
    build_sample_database(path, force=True).close()
    return tmp, Store.open(path, create=False)


def close_sample_store(state) -> None:
    """Teardown for a state whose first two items are ``(folder, Store)``."""
    import shutil

    tmp, store = state[0], state[1]
    store.close()
    shutil.rmtree(tmp, ignore_errors=True)
