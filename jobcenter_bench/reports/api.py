"""The report functions the CLI and the GUI call (one call per menu entry).

Each takes the core's ``Results`` (``core.session``: what the user has on screen, the working
scenario saved or not) and the language, and returns what it wrote. The caller computes
``Results`` once (``core.session.compute(path, SessionState(...))`` or the GUI's session);
nothing here opens the database or recomputes a figure. Long work takes a ``TaskState`` for
progress and cancel. Errors a user can act on are ``BenchError``; nothing here needs Qt, so
the GUI runs these in a worker thread.

>>> from jobcenter_bench.core.session import SessionState, compute
>>> results = compute("projekt.jcbench", SessionState(year=2013))         # doctest: +SKIP
>>> api.write_centre_report(results, "Skive", "skive.pdf")                # doctest: +SKIP
>>> batch = api.write_all_centre_reports(results, "rapporter/")           # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.i18n import LANGS
from jobcenter_bench.core.tasks import TaskState
from jobcenter_bench.reports.batch import BatchResult

__all__ = ["BatchResult", "resolve_centre", "write_all_centre_reports", "write_centre_report",
           "write_national_report", "write_workbook"]


def _check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise BenchError(f"Ukendt sprog: {lang} (brug da eller en)", f"Unknown language: {lang} (use da or en)")


def resolve_centre(results, name: str) -> str:
    """The exact name of the centre ``name`` means (tolerant: case, Danish letters, municipality)."""
    from jobcenter_bench.core.geography import match_jobcentre, normalise_name

    names = [c.jobcenter for c in results.centres]
    if name in names:
        return name
    key = normalise_name(name)
    for n in names:
        if normalise_name(n) == key:
            return n
    jc = match_jobcentre(name)
    if jc is not None and jc.name in names:
        return jc.name
    excluded = results.exclusion(jc.name if jc is not None else name)
    if excluded is not None:
        raise BenchError(
            f"Jobcenter {excluded.jobcenter} er ikke med i analysen for {results.year}: {excluded.reason}",
            f"Job centre {excluded.jobcenter} is not in the analysis for {results.year}: {excluded.reason_en}",
        )
    raise BenchError(
        f"Jobcentret »{name}« findes ikke i data for {results.year}.",
        f"The job centre \"{name}\" is not in the data for {results.year}.",
    )


def write_centre_report(results, jobcenter: str, out: str | Path, *, lang: str = "da") -> Path:
    """Write the PDF report of one job centre; returns the path written."""
    from jobcenter_bench.reports.centre_report import write_centre_pdf

    _check_lang(lang)
    name = resolve_centre(results, jobcenter)
    path = _pdf_path(out)
    with _os_errors(path):
        return write_centre_pdf(results, name, path, lang)


def write_national_report(results, out: str | Path, *, lang: str = "da") -> Path:
    """Write the national PDF report; returns the path written."""
    from jobcenter_bench.reports.national_report import write_national_pdf

    _check_lang(lang)
    path = _pdf_path(out)
    with _os_errors(path):
        return write_national_pdf(results, path, lang)


def write_all_centre_reports(results, out_dir: str | Path, *, lang: str = "da",
                             state: TaskState | None = None, workers: int | None = None) -> BatchResult:
    """Write one PDF per job centre into ``out_dir`` (``workers``: processes, default one per
    core); failures are listed, not raised."""
    from jobcenter_bench.reports.batch import write_all

    _check_lang(lang)
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise BenchError(f"{out} er en fil, ikke en mappe.", f"{out} is a file, not a folder.")
    with _os_errors(out):
        return write_all(results, out, lang, state, workers)


def write_workbook(results, out: str | Path, *, lang: str = "da") -> Path:
    """Write the Excel comparison workbook; returns the path written."""
    from jobcenter_bench.reports.workbook import write_workbook_file

    _check_lang(lang)
    path = Path(out)
    if path.suffix.lower() != ".xlsx":
        raise BenchError(f"Regnearket skal have endelsen .xlsx: {path}",
                         f"The workbook must end in .xlsx: {path}")
    with _os_errors(path):
        return write_workbook_file(results, _writable(path), lang)


def _pdf_path(out: str | Path) -> Path:
    path = Path(out)
    if path.suffix.lower() != ".pdf":
        raise BenchError(f"Rapporten skal have endelsen .pdf: {path}",
                         f"The report must end in .pdf: {path}")
    return _writable(path)


def _writable(path: Path) -> Path:
    if not path.parent.exists():
        raise BenchError(f"Mappen findes ikke: {path.parent}", f"The folder does not exist: {path.parent}")
    return path


@contextmanager
def _os_errors(path: Path) -> Iterator[None]:
    """A file that cannot be written (open in another program, no permission) as a BenchError."""
    try:
        yield
    except OSError as exc:
        raise BenchError(
            f"Kan ikke skrive {path}: {exc.strerror or exc}. Er filen åben i et andet program?",
            f"Cannot write {path}: {exc.strerror or exc}. Is the file open in another program?",
        ) from exc
