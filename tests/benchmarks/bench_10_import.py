"""Import benchmarks: the whole national sample into a fresh database, and the bare reading floor.

``import_national_sample`` runs ``import_files`` on every file of ``sample_files()`` (layout
detection, safety checks, validation, cross-checks, one transaction). ``read_floor`` only reads the
same files with the fastest plain readers (openpyxl read-only ``iter_rows(values_only=True)``,
``csv.reader`` on the decoded text): no validation, no writing. Their ratio is the cost of our
own work (aim: under 1.5). Creating the empty schema is not import work: each import run starts
from a copy of an empty database made in ``setup``, and ``create_database`` times
``Store.open`` of a new file on its own.
"""

from __future__ import annotations

import csv
import io
import shutil
import tempfile
from pathlib import Path

from _bench import Benchmark


def _files() -> list[Path]:
    from jobcenter_bench.core.importing import sample_files

    return sample_files()


def _available() -> bool:
    return bool(_files())


def _setup_import() -> dict:
    """An empty database made once; each run imports into a fresh copy of it."""
    from jobcenter_bench.core.store import Store

    folder = Path(tempfile.mkdtemp(prefix="jcbench-"))
    Store.open(folder / "empty.jcbench").close()
    return {"dir": folder, "n": 0, "files": _files()}


def _run_import(state: dict) -> None:
    from jobcenter_bench.core.importing import import_files
    from jobcenter_bench.core.store import Store

    state["n"] += 1
    path = state["dir"] / f"bench{state['n']}.jcbench"
    shutil.copyfile(state["dir"] / "empty.jcbench", path)
    with Store.open(path) as store:
        import_files(store, state["files"])


def _run_create(state: dict) -> None:
    from jobcenter_bench.core.store import Store

    state["n"] += 1
    Store.open(state["dir"] / f"new{state['n']}.jcbench").close()


def _teardown_import(state: dict) -> None:
    shutil.rmtree(state["dir"], ignore_errors=True)


def _run_floor(files: list[Path]) -> int:
    from openpyxl import load_workbook

    cells = 0
    for path in files:
        if path.suffix.lower() == ".xlsx":
            wb = load_workbook(path, read_only=True, data_only=False, keep_links=False)
            for ws in wb.worksheets:
                for row in ws.iter_rows(values_only=True):
                    cells += len(row)
            wb.close()
        else:
            data = path.read_bytes()
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = data.decode("cp1252")
            for row in csv.reader(io.StringIO(text), delimiter=";"):
                cells += len(row)
    return cells


def benchmarks() -> list[Benchmark]:
    return [
        Benchmark("import_national_sample", _run_import, _setup_import, _teardown_import,
                  repeat=5, available=_available),
        Benchmark("read_floor", _run_floor, _files, repeat=5, available=_available),
        Benchmark("create_database", _run_create, _setup_import, _teardown_import, repeat=5),
    ]
