"""``analyse_national``: the whole analysis of the 94 sample centres, warm (target < 16 ms).

The sample database is built once in ``setup`` with ``jobcenter_bench.core.sample``; the
benchmark is skipped when that module is not available. The warm-up run fills the statsmodels
table cache, so the timed runs are what the GUI pays on every change of a control.
"""

from __future__ import annotations

from _bench import Benchmark, close_sample_store, open_sample_store, sample_available


def _run(state):
    from jobcenter_bench.core.analysis import analyse

    return analyse(state[1])


def benchmarks() -> list[Benchmark]:
    return [
        Benchmark("analyse_national", _run, setup=open_sample_store, teardown=close_sample_store, repeat=20,
                  available=sample_available),
    ]
