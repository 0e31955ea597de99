"""Sample-data benchmarks: generating the synthetic national dataset, and ``demo``.

``generate_sample`` runs ``sample_data/generate.py`` in-process into a temporary folder (both
years, the effect construction, the lever drivers and writing the four files; the interpreter's
module imports are paid once in the warm-up). ``build_sample_database`` times
``jobcenter_bench.core.sample.build_sample_database`` into a new file (what ``demo`` does).
"""

from __future__ import annotations

import importlib.util
import shutil
import tempfile
from pathlib import Path

from _bench import Benchmark

_GENERATOR = Path(__file__).resolve().parents[2] / "sample_data" / "generate.py"


def _setup_generate() -> dict:
    spec = importlib.util.spec_from_file_location("_jcbench_generate", _GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {"module": module, "dir": Path(tempfile.mkdtemp(prefix="jcbench-gen-"))}


def _run_generate(state: dict) -> None:
    state["module"].generate(state["dir"])


def _setup_demo() -> dict:
    return {"dir": Path(tempfile.mkdtemp(prefix="jcbench-demo-")), "n": 0}


def _run_demo(state: dict) -> None:
    from jobcenter_bench.core.sample import build_sample_database

    state["n"] += 1
    build_sample_database(state["dir"] / f"demo{state['n']}.jcbench").close()


def _teardown(state: dict) -> None:
    shutil.rmtree(state["dir"], ignore_errors=True)


def benchmarks() -> list[Benchmark]:
    return [
        Benchmark("generate_sample", _run_generate, _setup_generate, _teardown, repeat=3,
                  available=_GENERATOR.exists),
        Benchmark("build_sample_database", _run_demo, _setup_demo, _teardown, repeat=3),
    ]
