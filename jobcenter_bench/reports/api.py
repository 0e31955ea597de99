"""The report functions the CLI and the GUI call (one call per menu entry).

Each takes an open ``Store`` or a database path, the year (``None`` = newest with data), the
lever scenario (``None`` = the default scenario) and the language, and returns what it wrote.
Long work takes a ``TaskState`` for progress and cancel. Errors a user can act on are
``BenchError``; nothing here needs Qt, so the GUI runs these in a worker thread.

>>> from jobcenter_bench.reports import api
>>> api.write_centre_report("projekt.jcbench", "Skive", "skive.pdf")       # doctest: +SKIP
>>> result = api.write_all_centre_reports("projekt.jcbench", "rapporter/")  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.store import Store
from jobcenter_bench.core.tasks import TaskState
from jobcenter_bench.reports.batch import BatchResult
from jobcenter_bench.reports.inputs import ReportInput

LANGS = ("da", "en")


@contextmanager
def _opened(db: Store | str | Path) -> Iterator[Store]:
    """The store itself, or a store opened from a path (closed afterwards)."""
    if isinstance(db, Store):
        yield db
        return
    store = Store.open(db, create=False)
    try:
        yield store
    finally:
        store.close()


def report_input(db: Store | str | Path, year: int | None = None, scenario: str | None = None,
                 lang: str = "da", analysis=None) -> ReportInput:
    """Everything the reports need for ``year`` and ``scenario``, from the cores."""
    from jobcenter_bench.reports.collect import collect

    if lang not in LANGS:
        raise BenchError(f"Ukendt sprog: {lang} (brug da eller en)", f"Unknown language: {lang} (use da or en)")
    with _opened(db) as store:
        return collect(store, year, scenario, lang, analysis)


def resolve_centre(data: ReportInput, name: str) -> str:
    """The exact name of the centre ``name`` means (tolerant: case, Danish letters, municipality)."""
    from jobcenter_bench.core.geography import match_jobcentre, normalise_name

    names = [c.jobcenter for c in data.centres]
    if name in names:
        return name
    key = normalise_name(name)
    for n in names:
        if normalise_name(n) == key:
            return n
    jc = match_jobcentre(name)
    if jc is not None and jc.name in names:
        return jc.name
    excluded = data.exclusion(jc.name if jc is not None else name)
    if excluded is not None:
        raise BenchError(
            f"Jobcenter {excluded.jobcenter} er ikke med i analysen for {data.year}: {excluded.reason}",
            f"Job centre {excluded.jobcenter} is not in the analysis for {data.year}: "
            f"{excluded.reason_en}",
        )
    raise BenchError(
        f"Jobcentret »{name}« findes ikke i data for {data.year}.",
        f"The job centre \"{name}\" is not in the data for {data.year}.",
    )


def write_centre_report(db: Store | str | Path, jobcenter: str, out: str | Path, *,
                        year: int | None = None, scenario: str | None = None, lang: str = "da",
                        analysis=None) -> Path:
    """Write the PDF report of one job centre; returns the path written."""
    from jobcenter_bench.reports.centre_report import write_centre_pdf

    data = report_input(db, year, scenario, lang, analysis)
    name = resolve_centre(data, jobcenter)
    path = _pdf_path(out)
    with _os_errors(path):
        return write_centre_pdf(data, name, path, lang)


def write_national_report(db: Store | str | Path, out: str | Path, *, year: int | None = None,
                          scenario: str | None = None, lang: str = "da", analysis=None) -> Path:
    """Write the national PDF report; returns the path written."""
    from jobcenter_bench.reports.national_report import write_national_pdf

    data = report_input(db, year, scenario, lang, analysis)
    path = _pdf_path(out)
    with _os_errors(path):
        return write_national_pdf(data, path, lang)


def write_all_centre_reports(db: Store | str | Path, out_dir: str | Path, *,
                             year: int | None = None, scenario: str | None = None,
                             lang: str = "da", state: TaskState | None = None,
                             workers: int | None = None, analysis=None) -> BatchResult:
    """Write one PDF per job centre into ``out_dir``; failures are listed, not raised."""
    from jobcenter_bench.reports.batch import write_all

    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise BenchError(f"{out} er en fil, ikke en mappe.", f"{out} is a file, not a folder.")
    data = report_input(db, year, scenario, lang, analysis)
    with _os_errors(out):
        return write_all(data, out, lang, state, workers)


def write_workbook(db: Store | str | Path, out: str | Path, *, year: int | None = None,
                   scenario: str | None = None, lang: str = "da", analysis=None) -> Path:
    """Write the Excel comparison workbook; returns the path written."""
    from jobcenter_bench.reports.workbook import write_workbook_file

    path = Path(out)
    if path.suffix.lower() != ".xlsx":
        raise BenchError(f"Regnearket skal have endelsen .xlsx: {path}",
                         f"The workbook must end in .xlsx: {path}")
    data = report_input(db, year, scenario, lang, analysis)
    with _os_errors(path):
        return write_workbook_file(data, _writable(path), lang)


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
