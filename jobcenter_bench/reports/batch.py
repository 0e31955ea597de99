"""All centre reports of a year into one folder (rapporter for alle jobcentre).

The analysis and the levers are collected once (``collect``); only the PDF layout runs per centre.
With ``workers`` > 1 the layout runs in a process pool (each PDF is independent); the default is
serial, which measured faster on the shared 2-core build machine (see ``default_workers``).
Progress and cancel go through ``TaskState``; a centre whose report fails is listed with its
error and the others still finish. A centre the analysis left out (``ReportInput.excluded``, e.g.
no register data) is listed as failed with the analysis's reason, never dropped silently.
"""

from __future__ import annotations

import re
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field, replace
from pathlib import Path

from jobcenter_bench.core.tasks import Cancelled, TaskState
from jobcenter_bench.reports.inputs import ReportInput


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
        en = lang == "en"
        head = (f"{len(self.written)} {'of' if en else 'af'} {self.total} "
                f"{'reports written' if en else 'rapporter skrevet'}")
        if self.cancelled:
            head += " (cancelled)" if en else " (afbrudt)"
        if not self.failed:
            return head
        head += f"; {len(self.failed)} {'failed' if en else 'fejlede'}:"
        return "\n".join([head, *(f"  {name}: {message}" for name, message in self.failed)])


def safe_file_name(name: str) -> str:
    """A centre name as a file name that works on Windows: ``Ærø`` stays, ``a/b:c`` -> ``a_b_c``."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", name).strip(" .")
    return cleaned or "jobcenter"


def centre_file(out_dir: Path, name: str, year: int, lang: str) -> Path:
    """``<out_dir>/<centre>_<year>.pdf`` (English reports get ``_en``)."""
    suffix = "_en" if lang == "en" else ""
    return out_dir / f"{safe_file_name(name)}_{year}{suffix}.pdf"


def _render_one(data: ReportInput, name: str, path: str, lang: str) -> str:
    """Worker: one centre's PDF (module-level so a process pool can pickle it)."""
    from jobcenter_bench.reports.centre_report import write_centre_pdf

    write_centre_pdf(data, name, path, lang)
    return path


def for_centre(data: ReportInput, name: str) -> ReportInput:
    """``data`` without the other centres' levers and business cases (less to send a worker)."""
    return replace(
        data,
        levers_by_centre={k: v for k, v in data.levers_by_centre.items() if k == name},
        business_cases={k: v for k, v in data.business_cases.items() if k == name},
    )


def default_workers(n_reports: int) -> int:
    """Processes to use when the caller does not say: 1.

    Measured on the 2-core build machine (shared with other jobs), 94 reports took 15.6–17.4 s
    serially and 28–34 s in a 2-process pool, so the pool does not pay by default; callers can
    still ask for ``workers`` > 1 (CLI ``--workers``).
    """
    return 1


def write_all(data: ReportInput, out_dir: str | Path, lang: str = "da",
              state: TaskState | None = None, workers: int | None = None,
              names: list[str] | None = None) -> BatchResult:
    """Write one PDF per centre of ``data`` (or of ``names``) into ``out_dir``.

    ``workers`` > 1 uses a process pool. Cancelling through ``state`` stops handing out new
    centres; the reports already written stay. Never raises for one centre's failure.
    """
    state = state or TaskState()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    excluded = [e for e in data.excluded if names is None or e.jobcenter in names]
    names = [n for n in (names if names is not None else [c.jobcenter for c in data.centres])
             if data.exclusion(n) is None]
    result = BatchResult(failed=[(e.jobcenter, e.text(lang)) for e in excluded])
    total = len(names)
    result.total = total + len(excluded)
    state.progress(0, total, "")
    workers = default_workers(total) if workers is None else workers
    if workers <= 1:
        _run_serial(data, names, out, lang, state, result)
    else:
        _run_pool(data, names, out, lang, state, result, workers)
    return result


def _run_serial(data, names, out, lang, state, result) -> None:
    for i, name in enumerate(names):
        if state.cancelled:
            result.cancelled = True
            return
        path = centre_file(out, name, data.year, lang)
        try:
            _render_one(data, name, str(path), lang)
            result.written[name] = path
        except Cancelled:
            result.cancelled = True
            return
        except Exception as exc:  # noqa: BLE001 - one failed centre must not stop the rest
            result.failed.append((name, _message(exc)))
        state.progress(i + 1, len(names), name)


def _run_pool(data, names, out, lang, state, result, workers) -> None:
    pending = list(names)
    running: dict[Future, str] = {}
    done = 0
    with ProcessPoolExecutor(max_workers=workers) as pool:
        while pending or running:
            while pending and len(running) < workers * 2 and not state.cancelled:
                name = pending.pop(0)
                path = centre_file(out, name, data.year, lang)
                running[pool.submit(_render_one, for_centre(data, name), name, str(path),
                                    lang)] = name
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
