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
