"""``levers_national``: all levers for all 94 sample centres under one scenario, warm (< 16 ms).

The sample database is built and the year's drivers precomputed (``LeverEngine``) in ``setup``;
the timed run is what the GUI pays on every slider move: one scenario evaluation plus the
national summary. ``levers_engine_build`` times reading a year and precomputing it (once per
year or import).
"""

from __future__ import annotations

import importlib.util
import shutil
import tempfile
from pathlib import Path

from _bench import Benchmark


def _available() -> bool:
    try:
        return importlib.util.find_spec("jobcenter_bench.core.sample") is not None
    except ImportError:
        return False


def _setup_store():
    from jobcenter_bench.core.sample import build_sample_database
    from jobcenter_bench.core.store import Store

    tmp = Path(tempfile.mkdtemp(prefix="jcbench-bench-"))
    path = tmp / "sample.jcbench"
    build_sample_database(path, force=True).close()
    return tmp, Store.open(path, create=False)


def _setup_engine():
    from jobcenter_bench.core.levers.engine import LeverEngine
    from jobcenter_bench.core.scenarios import standard_scenario

    tmp, store = _setup_store()
    engine = LeverEngine.from_store(store, 2013)
    return tmp, store, engine, standard_scenario().with_parameter("C3", "gap_closed", low=0.8)


def _run_national(state):
    engine, scenario = state[2], state[3]
    return engine.evaluate(scenario).national()


def _run_build(state):
    from jobcenter_bench.core.levers.engine import LeverEngine

    return LeverEngine.from_store(state[1], 2013)


def _teardown(state):
    tmp, store = state[0], state[1]
    store.close()
    shutil.rmtree(tmp, ignore_errors=True)


def benchmarks() -> list[Benchmark]:
    return [
        Benchmark("levers_national", _run_national, setup=_setup_engine, teardown=_teardown,
                  repeat=50, available=_available),
        Benchmark("levers_engine_build", _run_build, setup=_setup_store, teardown=_teardown,
                  repeat=10, available=_available),
    ]
