"""A sample-data project database shared by the report tests that use the real cores."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from jobcenter_bench.core.resources import project_root
from jobcenter_bench.core.store import Store


def _sample_files(tmp: Path) -> list[Path]:
    """The bundled sample files; generated into ``tmp`` when the checkout does not hold them."""
    from jobcenter_bench.core.importing import sample_files

    files = sample_files()
    if files:
        return files
    generator = project_root() / "sample_data" / "generate.py"
    subprocess.run([sys.executable, str(generator), "--out", str(tmp)], check=True,
                   capture_output=True)
    return sorted(p for p in tmp.iterdir() if p.suffix in (".xlsx", ".csv") and not p.name.startswith("_"))


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory) -> Path:
    """Path of a project database holding the synthetic national sample, marked as sample."""
    from jobcenter_bench.core.importing import import_files

    tmp = tmp_path_factory.mktemp("sample")
    path = tmp / "sample.jcbench"
    with Store.open(path) as store:
        import_files(store, _sample_files(tmp))
        store.set_meta("is_sample", "1")
    return path


@pytest.fixture(scope="session")
def sample_store(sample_db):
    store = Store.open(sample_db, create=False)
    yield store
    store.close()


@pytest.fixture(scope="session")
def analysis(sample_store):
    from jobcenter_bench.core.analysis import analyse

    return analyse(sample_store, 2013)


@pytest.fixture(scope="session")
def levers(sample_store):
    from jobcenter_bench.core.levers.engine import compute_levers

    return compute_levers(sample_store, 2013)
