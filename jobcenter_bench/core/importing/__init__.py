"""Importing the files users have: survey workbooks, consolidated sheets, register CSV/XLSX.

Public API::

    read_file(path) -> ParsedFile                 # one file, layout detected, problems collected
    validate_files(paths) -> list[ParsedFile]     # dry run incl. checks across the files
    import_files(store, paths, state=None, allow_warnings=True) -> ImportResult
    sample_files() -> list[Path]                  # the files of the synthetic national sample

One module per layout (``survey_workbook``, ``survey_consolidated``, ``register``); safety checks
for untrusted files in ``xlsx_safety`` and ``csv_reading``; cell parsing in ``cells``.
"""

from __future__ import annotations

from pathlib import Path

from jobcenter_bench.core.importing.importer import (
    FileImport,
    ImportResult,
    import_files,
    validate_files,
)
from jobcenter_bench.core.importing.parsed import ParsedFile
from jobcenter_bench.core.importing.reader import read_file
from jobcenter_bench.core.resources import project_root
from jobcenter_bench.core.validation import ImportRejected

__all__ = [
    "FileImport",
    "ImportRejected",
    "ImportResult",
    "ParsedFile",
    "import_files",
    "read_file",
    "sample_files",
    "validate_files",
]


def sample_files() -> list[Path]:
    """The files of ``sample_data/`` meant to be imported: every ``*.xlsx`` and ``*.csv`` directly
    in the folder, sorted by name, except names starting with "_" (helpers, notes)."""
    folder = project_root() / "sample_data"
    if not folder.is_dir():
        return []
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and p.suffix.lower() in (".xlsx", ".csv") and not p.name.startswith("_")
    )
