"""Report timings: one centre PDF, all centres of a year, the Excel workbook (sample data).

The analysis and the levers are collected once in ``setup`` (they have their own benchmarks);
the timings are the document writing the user waits for. Aims: a centre under 0.5 s, all 94
under 30 s, the workbook under 3 s.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from _bench import Benchmark


def _setup():
    from jobcenter_bench.core.importing import import_files, sample_files
    from jobcenter_bench.core.store import Store
    from jobcenter_bench.reports.api import report_input

    tmp = Path(tempfile.mkdtemp(prefix="bench_reports_"))
    files = sample_files()
    if not files:  # checkout without generated sample files: generate them
        import subprocess
        import sys

        from jobcenter_bench.core.resources import project_root

        subprocess.run([sys.executable, str(project_root() / "sample_data" / "generate.py"),
                        "--out", str(tmp)], check=True, capture_output=True)
        files = sorted(p for p in tmp.iterdir() if p.suffix in (".xlsx", ".csv"))
    store = Store.open(tmp / "sample.jcbench")
    import_files(store, files)
    store.set_meta("is_sample", "1")
    data = report_input(store)
    store.close()
    return {"tmp": tmp, "data": data}


def _centre(state):
    from jobcenter_bench.reports.centre_report import write_centre_pdf

    write_centre_pdf(state["data"], "Herning", state["tmp"] / "herning.pdf")


def _all(state):
    from jobcenter_bench.reports.batch import write_all

    result = write_all(state["data"], state["tmp"] / "all")
    assert not result.failed, result.failed


def _workbook(state):
    from jobcenter_bench.reports.workbook import write_workbook_file

    write_workbook_file(state["data"], state["tmp"] / "w.xlsx")


def _teardown(state):
    shutil.rmtree(state["tmp"], ignore_errors=True)


def benchmarks() -> list[Benchmark]:
    return [
        Benchmark("report_centre", _centre, setup=_setup, teardown=_teardown, repeat=5),
        Benchmark("report_all_centres", _all, setup=_setup, teardown=_teardown, repeat=1),
        Benchmark("export_workbook", _workbook, setup=_setup, teardown=_teardown, repeat=3),
    ]
