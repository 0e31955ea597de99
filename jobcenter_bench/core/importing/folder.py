"""Folders on the import list: a folder stands for the survey workbooks and data files in it.

A survey round ends with a folder of returned workbooks (one per job centre); ``import DIR/``
imports them all in one transaction. Only files directly in the folder are taken (not
sub-folders), sorted by name; Excel's lock files (``~$navn.xlsx``, present while a workbook is
open) and hidden files (``.navn``) are skipped.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.validation import Problem

#: Suffixes of the files a folder contributes (the readers detect the layout from the content).
FOLDER_SUFFIXES = (".xlsx", ".xlsm", ".csv")


def folder_files(folder: str | Path) -> list[Path]:
    """The importable files directly in ``folder``, sorted by name."""
    folder = Path(folder)
    return sorted(
        (p for p in folder.iterdir()
         if p.is_file() and p.suffix.lower() in FOLDER_SUFFIXES and not p.name.startswith(("~$", "."))),
        key=lambda p: p.name.lower(),
    )


def expand_paths(paths: list[str | Path]) -> list[Path]:
    """``paths`` with each folder replaced by :func:`folder_files` (files stay as given).

    Raises ``BenchError`` for a folder with no importable file, which is almost always the
    wrong folder.
    """
    out: list[Path] = []
    for p in map(Path, paths):
        if not p.is_dir():
            out.append(p)
            continue
        found = folder_files(p)
        if not found:
            raise BenchError(
                f"Mappen {p} indeholder ingen .xlsx- eller .csv-filer. Vælg mappen med de "
                "returnerede spørgeskemaer.",
                f"The folder {p} holds no .xlsx or .csv files. Choose the folder with the "
                "returned survey workbooks.",
            )
        out.extend(found)
    return out


def errors_per_file(problems: list[Problem]) -> list[tuple[str, int]]:
    """(file name, number of errors) for each file with an error, in file-name order."""
    counts = Counter(p.file for p in problems if p.is_error)
    return sorted(counts.items(), key=lambda item: item[0].lower())
