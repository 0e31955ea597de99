"""``trend_centre``: one centre over every year of the sample (2009–2013), warm (≤ 50 ms).

``setup`` builds the sample database; the untimed warm-up run computes and caches the five
year tables (``core.trends``); the timed run is what the trend view, ``jobcenter-bench trend``
and the PDF's trend page pay afterwards. ``trend_book_cold`` times the five years from scratch
(a fresh ``Store`` each run, so nothing is cached).
"""

from __future__ import annotations

from _bench import Benchmark, close_sample_store, open_sample_store, sample_available


def _run_warm(state):
    from jobcenter_bench.core.trends import centre_trend

    return centre_trend(state[1], "Herning")


def _run_cold(state):
    from jobcenter_bench.core.store import Store
    from jobcenter_bench.core.trends import trend_book

    with Store.open(state[1].path, create=False) as store:
        return trend_book(store).centre("Herning")


def benchmarks() -> list[Benchmark]:
    return [
        Benchmark("trend_centre", _run_warm, setup=open_sample_store, teardown=close_sample_store,
                  repeat=20, available=sample_available),
        Benchmark("trend_book_cold", _run_cold, setup=open_sample_store, teardown=close_sample_store,
                  repeat=3, available=sample_available),
    ]
