"""All centre reports of a year into one folder (rapporter for alle jobcentre).

The ``Results`` are computed once by the caller; only the PDF layout runs per centre. By default
the layout runs in a process pool with one process per core (``default_workers``): each worker
receives ``Results`` once (pool initializer), then only centre names. Progress and cancel go
through ``TaskState``; a centre whose report fails is listed with its error and the others still
finish. A centre the analysis left out (``Results.excluded_entirely``, e.g. no register data) is
listed as failed with the analysis's reason, never dropped silently.
"""

from __future__ import annotations

import os
import re
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from jobcenter_bench.core.i18n import pick, t
from jobcenter_bench.core.tasks import Cancelled, TaskState


@dataclass
class BatchResult:
    """What a batch wrote: files per centre, failures ``(centre, message)``, cancelled or not.

    ``failed`` holds the centres left out of the analysis (with its reason) and those whose
    report could not be written; ``total`` counts both and the centres written.
    """

    written: dict[str, Path] = field(default_factory=dict)
    failed: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False
    total: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed and not self.cancelled

    def summary(self, lang: str = "da") -> str:
        """``93 af 94 rapporter skrevet; 1 fejlede: Morsø: …`` (one line per failure after the first line)."""
        head = t("batch_written", lang, n=len(self.written), total=self.total)
        if self.cancelled:
            head += " " + t("batch_cancelled", lang)
        if not self.failed:
            return head
        head += "; " + t("batch_failed", lang, n=len(self.failed))
        return "\n".join([head, *(f"  {name}: {message}" for name, message in self.failed)])


def safe_file_name(name: str) -> str:
    """A centre name as a file name that works on Windows: ``Ærø`` stays, ``a/b:c`` -> ``a_b_c``."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", name).strip(" .")
    return cleaned or "jobcenter"


def centre_file(out_dir: Path, name: str, year: int, lang: str) -> Path:
    """``<out_dir>/<centre>_<year>.pdf`` (English reports get ``_en``)."""
    suffix = pick(("", "_en"), lang)
    return out_dir / f"{safe_file_name(name)}_{year}{suffix}.pdf"


#: The ``Results`` a pool worker renders from (set once per worker by ``_init_worker``).
_WORKER_RESULTS = None


def _init_worker(results) -> None:
    global _WORKER_RESULTS
    _WORKER_RESULTS = results


def _render_one(results, name: str, path: str, lang: str) -> str:
    """One centre's PDF (``results`` ``None``: the worker's own copy)."""
    from jobcenter_bench.reports.centre_report import write_centre_pdf

    write_centre_pdf(results if results is not None else _WORKER_RESULTS, name, path, lang)
    return path


def default_workers(n_reports: int) -> int:
    """Processes to use when the caller does not say: one per core (``os.cpu_count``), at most
    one per report; 1 for a single report (a pool does not pay for one PDF).

    Measured on the 2-core build machine: 94 reports serially vs with 2 processes, see
    ``tests/benchmarks/bench_60_reports.py`` (``report_all_centres`` and ``..._serial``).
    """
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, n_reports))


def write_all(results, out_dir: str | Path, lang: str = "da",
              state: TaskState | None = None, workers: int | None = None,
              names: list[str] | None = None) -> BatchResult:
    """Write one PDF per centre of ``results`` (or of ``names``) into ``out_dir``.

    ``workers`` > 1 uses a process pool. Cancelling through ``state`` stops handing out new
    centres; the reports already written stay. Never raises for one centre's failure.
    """
    state = state or TaskState()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    excluded = [e for e in results.excluded_entirely() if names is None or e.jobcenter in names]
    left_out = {e.jobcenter for e in excluded}
    names = [n for n in (names if names is not None else [c.jobcenter for c in results.centres])
             if n not in left_out]
    result = BatchResult(failed=[(e.jobcenter, pick((e.reason, e.reason_en), lang)) for e in excluded])
    total = len(names)
    result.total = total + len(excluded)
    state.progress(0, total, "")
    workers = default_workers(total) if workers is None else workers
    if workers <= 1:
        _run_serial(results, names, out, lang, state, result)
    else:
        _run_pool(results, names, out, lang, state, result, workers)
    return result


def _run_serial(results, names, out, lang, state, result) -> None:
    for i, name in enumerate(names):
        if state.cancelled:
            result.cancelled = True
            return
        path = centre_file(out, name, results.year, lang)
        try:
            _render_one(results, name, str(path), lang)
            result.written[name] = path
        except Cancelled:
            result.cancelled = True
            return
        except Exception as exc:  # noqa: BLE001 - one failed centre must not stop the rest
            result.failed.append((name, _message(exc)))
        state.progress(i + 1, len(names), name)


def _run_pool(results, names, out, lang, state, result, workers) -> None:
    pending = list(names)
    running: dict[Future, str] = {}
    done = 0
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker,
                             initargs=(results,)) as pool:
        while pending or running:
            while pending and len(running) < workers * 2 and not state.cancelled:
                name = pending.pop(0)
                path = centre_file(out, name, results.year, lang)
                running[pool.submit(_render_one, None, name, str(path), lang)] = name
            if state.cancelled:
                result.cancelled = True
                pending.clear()
                for f in running:
                    f.cancel()
            finished, _ = wait(list(running), timeout=0.2, return_when=FIRST_COMPLETED)
            for f in finished:
                name = running.pop(f)
                if f.cancelled():
                    continue
                try:
                    result.written[name] = Path(f.result())
                except Exception as exc:  # noqa: BLE001 - reported per centre
                    result.failed.append((name, _message(exc)))
                done += 1
                state.progress(done, len(names), name)


def _message(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return f"{type(exc).__name__}: {text}" if not hasattr(exc, "message_en") else text
