"""``levers_national``: all levers for all 94 sample centres under one scenario, warm (< 16 ms).

The sample database is built and the year's drivers precomputed (``LeverEngine``) in ``setup``;
the timed run is what the GUI pays on every slider move: one scenario evaluation plus the
national summary. ``levers_engine_build`` times reading a year and precomputing it (once per
year or import).
"""

from __future__ import annotations

from _bench import Benchmark, close_sample_store, open_sample_store, sample_available


def _setup_engine():
    from jobcenter_bench.core.levers.engine import LeverEngine
    from jobcenter_bench.core.scenarios import standard_scenario

    tmp, store = open_sample_store()
    engine = LeverEngine.from_store(store, 2013)
    return tmp, store, engine, standard_scenario().with_parameter("C3", "gap_closed", low=0.8)


def _run_national(state):
    engine, scenario = state[2], state[3]
    return engine.evaluate(scenario).national()


def _run_build(state):
    from jobcenter_bench.core.levers.engine import LeverEngine

    return LeverEngine.from_store(state[1], 2013)


def benchmarks() -> list[Benchmark]:
    return [
        Benchmark("levers_national", _run_national, setup=_setup_engine, teardown=close_sample_store,
                  repeat=50, available=sample_available),
        Benchmark("levers_engine_build", _run_build, setup=open_sample_store, teardown=close_sample_store,
                  repeat=10, available=sample_available),
    ]
