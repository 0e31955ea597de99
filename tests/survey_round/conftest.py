"""Fixtures for the survey-round tests: a blank round workbook per centre, made once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from jobcenter_bench.core.template import round_file_name, write_template


@pytest.fixture(scope="session")
def _blanks(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("blanks")


@pytest.fixture
def blank(_blanks, tmp_path):
    """``blank(centre, year)`` -> a copy (in tmp_path) of the centre's empty round workbook."""

    def make(centre: str, year: int = 2014) -> Path:
        name = round_file_name(centre, year)
        src = _blanks / name
        if not src.exists():
            write_template(src, jobcentre=centre, year=year)
        dst = tmp_path / "blank" / name
        dst.parent.mkdir(exist_ok=True)
        shutil.copyfile(src, dst)
        return dst

    return make
