"""``jobcenter-bench validate FILE… [--db PATH]``: a dry run that prints every problem.

Exit code 1 if any file has an error, else 0. With ``--db`` the checks against the database's
register data and import log run too; nothing is ever written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from jobcenter_bench.cli._common import add_lang


def register(sub) -> None:
    p = sub.add_parser("validate", help="tjek filer uden at importere (prøvekørsel)")
    p.add_argument("files", nargs="+", metavar="FILE", help="xlsx- eller csv-filer")
    p.add_argument("--db", metavar="PATH", help="tjek også mod registerdata i denne database")
    add_lang(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from jobcenter_bench.cli._common import count
    from jobcenter_bench.cli.import_cmd import print_problems
    from jobcenter_bench.core.importing import validate_files
    from jobcenter_bench.core.store import Store, StoreError

    en = args.lang == "en"
    store = None
    if args.db:
        if not Path(args.db).exists():
            raise StoreError(f"Databasen findes ikke: {args.db}", f"The database does not exist: {args.db}")
        store = Store.open(args.db, create=False)
    try:
        files = validate_files(args.files, store)
    finally:
        if store is not None:
            store.close()
    errors = 0
    for f in files:
        n_err, n_warn = len(f.errors), len(f.warnings)
        errors += n_err
        status = ("OK" if not n_err else "REJECTED") if en else ("OK" if not n_err else "AFVIST")
        if en:
            print(f"{f.name}: {f.kind_name('en')}, {count(f.rows, 'row', 'rows')}, "
                  f"{count(n_err, 'error', 'errors')}, {count(n_warn, 'warning', 'warnings')}: {status}")
        else:
            print(f"{f.name}: {f.kind_name()}, {count(f.rows, 'række', 'rækker')}, {n_err} fejl, "
                  f"{count(n_warn, 'advarsel', 'advarsler')}: {status}")
        print_problems(f.errors, args.lang, sys.stderr)
        print_problems(f.warnings, args.lang, sys.stdout)
    return 1 if errors else 0
