"""``jobcenter-bench import --db PATH FILE…``: import survey and register files (all or nothing).

A FILE may be a folder: every .xlsx/.csv file directly in it is imported (a survey round's
returned workbooks), all in the same transaction.

Prints one line per file (kind, rows, revision, warnings) and the warnings. On any error every
problem is printed to stderr, the exit code is 1 and the database is untouched.
"""

from __future__ import annotations

import sys
from pathlib import Path

from jobcenter_bench.cli._common import add_db, add_lang, count, stderr_progress


def register(sub) -> None:
    p = sub.add_parser("import", help="importér spørgeskemaer og registerdata (alt eller intet)")
    add_db(p)
    p.add_argument("files", nargs="+", metavar="FILE", help="xlsx- eller csv-filer, eller en mappe med dem")
    p.add_argument("--strict", action="store_true", help="afvis også filer med advarsler")
    add_lang(p)
    p.set_defaults(func=run)


def print_problems(problems, lang: str, stream) -> None:
    """Every problem, errors first, one line each."""
    for p in sorted(problems, key=lambda p: not p.is_error):
        print(p.text(lang), file=stream)


def run(args) -> int:
    from jobcenter_bench.core.importing import ImportRejected
    from jobcenter_bench.core.importing.folder import errors_per_file, expand_paths
    en = args.lang == "en"
    existed = args.db == ":memory:" or Path(args.db).exists()
    args.files = expand_paths(args.files)
    try:
        result = _import(args)
    except ImportRejected as exc:
        print_problems(exc.problems, args.lang, sys.stderr)
        n = sum(p.is_error for p in exc.problems)
        per_file = errors_per_file(exc.problems)
        if len(args.files) > 1 and per_file:
            files = ", ".join(f"{name} ({k})" for name, k in per_file)
            print(f"Files with errors: {files}" if en else f"Filer med fejl: {files}", file=sys.stderr)
        db_da, db_en = (("databasen er uændret", "the database is unchanged") if existed else
                        ("ingen database er oprettet", "no database was created"))
        print(
            f"{n} errors: nothing was imported; {db_en}." if en else
            f"{n} fejl: intet er importeret; {db_da}.",
            file=sys.stderr,
        )
        return 1
    print_stored(result, args.lang, ("række", "rækker", "row", "rows"), with_kind=True)
    return 0


def print_stored(result, lang: str, noun: tuple[str, str, str, str], with_kind: bool = False) -> None:
    """One line per stored file (rows as ``noun``: Danish one/many, English one/many; its kind
    first with ``with_kind``), then its warnings: what ``import`` and ``fetch`` print on success."""
    from jobcenter_bench.core.importing.parsed import kind_name

    en = lang == "en"
    one, many = noun[2:] if en else noun[:2]
    for f in result.files:
        kind = f"{kind_name(f.kind, lang)}, " if with_kind else ""
        if en:
            print(f"{f.file_name}: {kind}{count(f.rows, one, many)}, revision {f.revision} "
                  f"({f.replaced} replaced), {count(len(f.warnings), 'warning', 'warnings')}")
        else:
            print(f"{f.file_name}: {kind}{count(f.rows, one, many)}, revision {f.revision} "
                  f"({f.replaced} erstattet), {count(len(f.warnings), 'advarsel', 'advarsler')}")
    print_problems(result.warnings, lang, sys.stdout)


def _import(args):
    """Import into an existing database; a new database file is created only after the files
    passed validation, so a rejected import leaves no empty database behind."""
    from jobcenter_bench.core.errors import BenchError
    from jobcenter_bench.core.importing import import_files
    from jobcenter_bench.core.importing.importer import (
        check_importable,
        store_parsed,
        validate_files,
    )
    from jobcenter_bench.core.store import Store, remove_database_files

    progress = stderr_progress()
    if args.db == ":memory:" or Path(args.db).exists():
        with Store.open(args.db, create=False) as store:
            return import_files(store, args.files, progress, allow_warnings=not args.strict)
    folder = Path(args.db).resolve().parent
    if not folder.is_dir():
        raise BenchError(f"Kan ikke oprette databasen {args.db}: mappen {folder} findes ikke",
                         f"Cannot create the database {args.db}: the folder {folder} does not exist")
    parsed = validate_files(args.files, None, progress)
    check_importable(parsed, allow_warnings=not args.strict)
    try:
        with Store.open(args.db) as store:
            return store_parsed(store, parsed, progress)
    except BaseException:  # a full disk, a cancel: the promise is "no database was created"
        remove_database_files(Path(args.db))
        raise
