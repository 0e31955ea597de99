"""``analyse_national``: the whole analysis of the 94 sample centres, warm (target < 16 ms).

The sample database is built once in ``setup`` with ``jobcenter_bench.core.sample``; the
benchmark is skipped when that module is not available. The warm-up run fills the statsmodels
table cache, so the timed runs are what the GUI pays on every change of a control.
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


def _setup():
    from jobcenter_bench.core.sample import build_sample_database
    from jobcenter_bench.core.store import Store

    tmp = Path(tempfile.mkdtemp(prefix="jcbench-bench-"))
    path = tmp / "sample.jcbench"
    build_sample_database(path, force=True).close()
    return tmp, Store.open(path, create=False)


def _run(state):
    from jobcenter_bench.core.analysis import analyse

    return analyse(state[1])


def _teardown(state):
    tmp, store = state
    store.close()
    shutil.rmtree(tmp, ignore_errors=True)


def benchmarks() -> list[Benchmark]:
    return [
        Benchmark("analyse_national", _run, setup=_setup, teardown=_teardown, repeat=20,
                  available=_available),
    ]
