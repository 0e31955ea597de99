"""``validate_files`` (dry run) and ``import_files`` (all-or-nothing import into the store)."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path

from jobcenter_bench.core.importing.crosscheck import (
    duplicate_errors,
    population_errors,
    productivity_warnings,
    repeat_warnings,
)
from jobcenter_bench.core.importing.parsed import ParsedFile
from jobcenter_bench.core.importing.reader import read_file
from jobcenter_bench.core.tasks import TaskState
from jobcenter_bench.core.validation import ImportRejected, Problem, Severity


@dataclass
class FileImport:
    """What one file added to the database.

    ``revision``: the highest revision written (1 = first answer for every key); ``replaced``:
    how many earlier current answers or values it superseded.
    """

    file_name: str
    kind: str
    import_id: int
    rows: int
    revision: int
    replaced: int
    warnings: list[Problem] = field(default_factory=list)


@dataclass
class ImportResult:
    """The outcome of one ``import_files`` call (one transaction)."""

    files: list[FileImport] = field(default_factory=list)

    @property
    def import_ids(self) -> list[int]:
        return [f.import_id for f in self.files]

    @property
    def rows(self) -> int:
        return sum(f.rows for f in self.files)

    @property
    def revisions(self) -> list[int]:
        return [f.revision for f in self.files]

    @property
    def replaced(self) -> int:
        return sum(f.replaced for f in self.files)

    @property
    def warnings(self) -> list[Problem]:
        return [w for f in self.files for w in f.warnings]


def validate_files(
    paths: list[str | Path], store=None, state: TaskState | None = None
) -> list[ParsedFile]:
    """Read and check files without writing anything.

    Adds the cross-file checks (the same key in two files is an error) and, when ``store`` is
    given, the checks against the database (file imported before; cases per FTE with the
    database's register data). ``state`` gets one progress step per file and may cancel.
    """
    paths = [Path(p) for p in paths]
    parsed: list[ParsedFile] = []
    for i, path in enumerate(paths):
        if state is not None:
            state.check_cancelled()
            state.progress(i, len(paths), f"Læser {path.name}")
        parsed.append(read_file(path))
    readable = [f for f in parsed if f.kind is not None]
    duplicate_errors(readable)
    population_errors(readable, store)
    productivity_warnings(readable, store)
    if store is not None:
        repeat_warnings(readable, store)
    return parsed


def import_files(
    store,
    paths: list[str | Path],
    state: TaskState | None = None,
    allow_warnings: bool = True,
) -> ImportResult:
    """Validate every file, then store them all in one transaction.

    Raises ``ImportRejected`` with every problem, writing nothing, when any file has an error
    (or, with ``allow_warnings=False``, a warning). A cancel through ``state`` rolls back every
    write. Each file is logged (name without folder, SHA-256, size, kind, rows); its warnings are
    stored with it.
    """
    state = state or TaskState()
    paths = [Path(p) for p in paths]
    parsed = validate_files(paths, store, _Offset(state, 0, 2 * len(paths)))
    check_importable(parsed, allow_warnings)
    return store_parsed(store, parsed, state)


def check_importable(parsed: list[ParsedFile], allow_warnings: bool = True) -> None:
    """Raise ``ImportRejected`` with every problem when any file has an error (or, with
    ``allow_warnings=False``, a warning; notices never reject); return quietly when the files
    may be stored."""
    problems = [p for f in parsed for p in f.problems]
    if not allow_warnings:
        problems = [dataclasses.replace(p, severity=Severity.ERROR) if p.severity == Severity.WARNING else p
                    for p in problems]
    if any(p.is_error for p in problems):
        raise ImportRejected(problems)


def store_parsed(store, parsed: list[ParsedFile], state: TaskState | None = None) -> ImportResult:
    """Write files already validated (see :func:`check_importable`) in one transaction.

    Lets a caller validate before it opens or creates the database (``jobcenter-bench import``
    creates a new database file only when the import goes through). Progress continues from
    the validation's half: steps ``n .. 2n`` of ``2n`` for ``n`` files.
    """
    state = state or TaskState()
    total = 2 * len(parsed)
    result = ImportResult()
    with store.transaction():
        for i, f in enumerate(parsed):
            state.check_cancelled()
            state.progress(len(parsed) + i, total, f"Gemmer {f.name}")
            import_id = store.log_import(
                file_name=f.name, sha256=f.sha256, size_bytes=f.size_bytes, kind=f.kind, rows=f.rows,
                provenance=None if f.provenance is None else json.dumps(f.provenance, ensure_ascii=False),
            )
            if f.kind == "register":
                replaced, revision = store.write_register(import_id, f.register_values, f.new_variables)
            else:
                replaced, revision = store.write_survey(import_id, f.survey_answers)
            store.write_problems(import_id, f.warnings)
            result.files.append(
                FileImport(f.name, f.kind, import_id, f.rows, revision, replaced, f.warnings)
            )
        state.check_cancelled()
    state.progress(total, total, "Færdig")
    return result


class _Offset:
    """Reports a sub-task's progress as part of a larger total."""

    def __init__(self, state: TaskState, offset: int, total: int):
        self.state, self.offset, self.total = state, offset, total

    def progress(self, done: int, _total: int, text: str = "") -> None:
        self.state.progress(self.offset + done, self.total, text)

    def check_cancelled(self) -> None:
        self.state.check_cancelled()
