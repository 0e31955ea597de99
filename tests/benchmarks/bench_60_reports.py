"""Report timings: one centre PDF (with its summary page), all centres of a year in parallel
(the default: one process per core) and serially, the national PDF, the Excel workbook.

``Results`` are computed once in ``setup`` (the analysis and the levers have their own
benchmarks); the timings are the document writing the user waits for. Aims (issue 11): a centre
report ≤ 0.3 s; all 94 on 2 cores ≤ 0.6 × the serial time.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from _bench import Benchmark, sample_available


def _setup():
    from jobcenter_bench.core.sample import build_sample_database
    from jobcenter_bench.core.session import SessionState, compute

    tmp = Path(tempfile.mkdtemp(prefix="bench_reports_"))
    path = tmp / "sample.jcbench"
    build_sample_database(path, force=True).close()
    return {"tmp": tmp, "results": compute(path, SessionState(with_previous=False))}


def _centre(state):
    from jobcenter_bench.reports.centre_report import write_centre_pdf

    write_centre_pdf(state["results"], "Herning", state["tmp"] / "herning.pdf")


def _all(state, workers=None):
    from jobcenter_bench.reports.batch import write_all

    result = write_all(state["results"], state["tmp"] / f"all_{workers}", workers=workers)
    assert not result.failed, result.failed


def _national(state):
    from jobcenter_bench.reports.national_report import write_national_pdf

    write_national_pdf(state["results"], state["tmp"] / "national.pdf")


def _workbook(state):
    from jobcenter_bench.reports.workbook import write_workbook_file

    write_workbook_file(state["results"], state["tmp"] / "w.xlsx")


def _teardown(state):
    shutil.rmtree(state["tmp"], ignore_errors=True)


def benchmarks() -> list[Benchmark]:
    common = dict(setup=_setup, teardown=_teardown, available=sample_available)
    return [
        Benchmark("report_centre", _centre, repeat=5, **common),
        Benchmark("report_all_centres", _all, repeat=1, **common),
        Benchmark("report_all_centres_serial", lambda s: _all(s, workers=1), repeat=1, **common),
        Benchmark("report_national", _national, repeat=3, **common),
        Benchmark("export_workbook", _workbook, repeat=3, **common),
    ]
