"""Benchmark runner: ``python tests/benchmarks/run.py [--json] [--only NAME ...] [--repeat N]``.

Each ``tests/benchmarks/bench_*.py`` module defines ``benchmarks()`` returning a list of
``Benchmark`` objects (see ``_bench.py``). Modules run in file-name order, so the numbered prefixes
set the order of the report. Every timing is the median of several runs, in seconds. This is a
measurement, not a test: nothing here fails on a slow machine.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

from _bench import Benchmark  # noqa: E402


def _load_benchmarks() -> list[Benchmark]:
    out: list[Benchmark] = []
    for path in sorted(HERE.glob("bench_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        out.extend(module.benchmarks())
    return out


def measure(bench: Benchmark, repeat: int | None = None) -> float:
    """Median wall-clock seconds of ``bench.run`` over ``repeat`` runs (after one warm-up if asked)."""
    state = bench.setup() if bench.setup else None
    try:
        if bench.value is not None:
            return bench.value(state)
        if bench.warmup:
            bench.run(state)
        times = []
        for _ in range(repeat or bench.repeat):
            t0 = time.perf_counter()
            bench.run(state)
            times.append(time.perf_counter() - t0)
        return statistics.median(times)
    finally:
        if bench.teardown:
            bench.teardown(state)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--json", action="store_true", help="print one JSON object of timings")
    ap.add_argument("--only", nargs="*", help="run only these benchmarks")
    ap.add_argument("--repeat", type=int, help="override the number of runs per benchmark")
    args = ap.parse_args(argv)
    results: dict[str, float] = {}
    for bench in _load_benchmarks():
        if args.only and bench.name not in args.only:
            continue
        if bench.available is not None and not bench.available():
            continue
        seconds = measure(bench, args.repeat)
        results[bench.name] = round(seconds, 6)
        if not args.json:
            if bench.value is not None:
                print(f"{bench.name:<28} {seconds:10.2f} {bench.unit}", flush=True)
            else:
                print(f"{bench.name:<28} {seconds * 1000:10.2f} ms", flush=True)
    if args.json:
        print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
