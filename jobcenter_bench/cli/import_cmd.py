"""``jobcenter-bench import --db PATH FILE…``: import survey and register files (all or nothing).

Prints one line per file (kind, rows, revision, warnings) and the warnings. On any error every
problem is printed to stderr, the exit code is 1 and the database is untouched.
"""

from __future__ import annotations

import sys

from jobcenter_bench.cli._common import add_db, add_lang, stderr_progress


def register(sub) -> None:
    p = sub.add_parser("import", help="importér spørgeskemaer og registerdata (alt eller intet)")
    add_db(p)
    p.add_argument("files", nargs="+", metavar="FILE", help="xlsx- eller csv-filer")
    p.add_argument("--strict", action="store_true", help="afvis også filer med advarsler")
    add_lang(p)
    p.set_defaults(func=run)


def count(n: int, one: str, many: str) -> str:
    """'1 række', '2 rækker'."""
    return f"{n} {one if n == 1 else many}"


def print_problems(problems, lang: str, stream) -> None:
    """Every problem, errors first, one line each."""
    for p in sorted(problems, key=lambda p: not p.is_error):
        print(p.text(lang), file=stream)


def run(args) -> int:
    from jobcenter_bench.core.importing import ImportRejected, import_files
    from jobcenter_bench.core.importing.parsed import KIND_NAMES
    from jobcenter_bench.core.store import Store

    en = args.lang == "en"
    with Store.open(args.db) as store:
        try:
            result = import_files(store, args.files, stderr_progress(), allow_warnings=not args.strict)
        except ImportRejected as exc:
            print_problems(exc.problems, args.lang, sys.stderr)
            n = sum(p.is_error for p in exc.problems)
            print(
                f"{n} errors: nothing was imported; the database is unchanged." if en else
                f"{n} fejl: intet er importeret; databasen er uændret.",
                file=sys.stderr,
            )
            return 1
    for f in result.files:
        kind = KIND_NAMES[f.kind][1 if en else 0]
        if en:
            print(f"{f.file_name}: {kind}, {count(f.rows, 'row', 'rows')}, revision {f.revision} "
                  f"({f.replaced} replaced), {count(len(f.warnings), 'warning', 'warnings')}")
        else:
            print(f"{f.file_name}: {kind}, {count(f.rows, 'række', 'rækker')}, revision {f.revision} "
                  f"({f.replaced} erstattet), {count(len(f.warnings), 'advarsel', 'advarsler')}")
    print_problems(result.warnings, args.lang, sys.stdout)
    return 0
