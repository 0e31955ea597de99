"""The shipped sample data imports cleanly (an empty sample_data/ is a failure, not a skip)."""

from __future__ import annotations

from jobcenter_bench.core.importing import sample_files, validate_files


def test_sample_files_listing_rules():
    files = sample_files()
    assert files == sorted(files)
    assert all(f.suffix in (".xlsx", ".csv") and not f.name.startswith("_") for f in files)
    assert all(f.parent.name == "sample_data" for f in files)


def test_sample_files_validate_without_errors():
    files = sample_files()
    assert len(files) == 4, files  # survey, register, framework conditions, sickness benefit
    parsed = validate_files(files)
    errors = [p.text() for f in parsed for p in f.errors]
    assert errors == []
    kinds = {f.kind for f in parsed}
    assert "register" in kinds and kinds & {"survey_workbook", "survey_consolidated"}
