"""Fixtures for the sample-data tests: the generator runs once per session into a temporary
folder; the tests read the written files back (see ``sample_readers``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sample_readers import Sample, load_sample, run_generator


@pytest.fixture(scope="session")
def sample_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("sample_data")
    run_generator(out)
    return out


@pytest.fixture(scope="session")
def sample(sample_dir) -> Sample:
    return load_sample(sample_dir)
