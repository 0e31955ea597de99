"""``dea_national``: four DEA models of the 94 sample centres, warm (target ≤ 0.5 s).

The four models: the default preset (Sagsproduktivitet: input-oriented VRS), the same with
constant returns to scale, the same output-oriented, and the VIVE 2018 preset. Each run solves
θ, the slacks (second stage) and the super-efficiency of the efficient centres with HiGHS. The
analysis itself is warm (cached), as in the GUI.
"""

from __future__ import annotations

from _bench import Benchmark, close_sample_store, open_sample_store, sample_available


def _setup():
    from jobcenter_bench.core.frontier_models import PRESETS, customise

    folder, store = open_sample_store()
    base = PRESETS["sagsproduktivitet"]
    models = [base, customise(base, rts="crs"), customise(base, orientation="output"), PRESETS["vive2018"]]
    return folder, store, models


def _run(state):
    from jobcenter_bench.core.analysis import AnalysisOptions, analyse, cached_dataset
    from jobcenter_bench.core.frontier_models import run_dea

    store, models = state[1], state[2]
    analysis = analyse(store, None, AnalysisOptions(inference=False))
    dataset = cached_dataset(store, None)
    return [run_dea(analysis, dataset, m) for m in models]


def benchmarks() -> list[Benchmark]:
    return [
        Benchmark("dea_national", _run, setup=_setup, teardown=close_sample_store, repeat=5,
                  available=sample_available),
    ]
