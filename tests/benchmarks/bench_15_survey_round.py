"""Survey-round timings for the 94 job centres (sample data, round year 2014).

``template_round_94``: ``write_round`` (``template --all --year 2014 --db``): 94 workbooks, each
with last year's (2013) answer as reference column. ``import_round_94``: ``import_files`` of a
folder of 94 filled returns into a copy of the sample database (one transaction).
``survey_status_94``: ``round_status`` with the same 94 returns not yet imported (a dry run of
every file). Setup (the sample database, filling the returns from the 2013 answers) is not timed.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from _bench import Benchmark, sample_available

YEAR = 2014


_PREPARED: dict = {}


def _setup() -> dict:
    """The prepared folder, made once for the three benchmarks (removed when Python exits)."""
    if not _PREPARED:
        _PREPARED.update(_prepare())
        import atexit

        atexit.register(shutil.rmtree, _PREPARED["tmp"], True)
    return _PREPARED


def _prepare() -> dict:
    from openpyxl import load_workbook

    from jobcenter_bench.core.fields import survey_field_map
    from jobcenter_bench.core.importing import import_files, sample_files
    from jobcenter_bench.core.importing.folder import folder_files
    from jobcenter_bench.core.store import Store
    from jobcenter_bench.core.template import write_round

    tmp = Path(tempfile.mkdtemp(prefix="bench_round_"))
    db = tmp / "sample.jcbench"
    with Store.open(db) as store:
        import_files(store, sample_files())
        last = {a["jobcenter"]: a for a in store.survey_answers(YEAR - 1)}
        paths = write_round(tmp / "returns", YEAR, store=store)
    fields = survey_field_map()
    for path in paths:  # each centre returns last year's numbers as this year's answer
        wb = load_workbook(path)
        centre = wb["Stamdata"]["B1"].value
        for ws in wb.worksheets[2:]:
            for r in range(2, ws.max_row + 1):
                key = ws.cell(r, 1).value
                value = last[centre].get(key) if key in fields else None
                if value is not None and fields[key].type == "yesno":
                    value = "ja" if value else "nej"
                ws.cell(r, 3).value = value
        wb.save(path)
    return {"tmp": tmp, "db": db, "returns": folder_files(tmp / "returns"), "n": 0}


def _run_template(state: dict) -> None:
    from jobcenter_bench.core.store import Store
    from jobcenter_bench.core.template import write_round

    state["n"] += 1
    with Store.open(state["db"]) as store:
        write_round(state["tmp"] / f"round{state['n']}", YEAR, store=store)


def _run_import(state: dict) -> None:
    from jobcenter_bench.core.importing import import_files
    from jobcenter_bench.core.store import Store

    state["n"] += 1
    path = state["tmp"] / f"import{state['n']}.jcbench"
    shutil.copyfile(state["db"], path)
    with Store.open(path) as store:
        result = import_files(store, state["returns"])
    assert len(result.files) == 94, len(result.files)


def _run_status(state: dict) -> None:
    from jobcenter_bench.core.store import Store
    from jobcenter_bench.core.survey_round import round_status

    with Store.open(state["db"]) as store:
        status = round_status(store, YEAR, state["returns"])
    assert status.counts()["missing"] == 0, status.counts()


def benchmarks() -> list[Benchmark]:
    return [
        Benchmark("template_round_94", _run_template, _setup, repeat=3,
                  available=sample_available),
        Benchmark("import_round_94", _run_import, _setup, repeat=3,
                  available=sample_available),
        Benchmark("survey_status_94", _run_status, _setup, repeat=3,
                  available=sample_available),
    ]
