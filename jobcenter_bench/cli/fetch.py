"""``jobcenter-bench fetch --db PATH --year Y``: fetch register data from Jobindsats and
Statistikbanken for every municipality and import it (all or nothing).

The Jobindsats API key comes from ``--key-file`` or the OS keyring and is never stored or
printed. Answers are cached next to the database (``<db>.cache/``), so a second fetch works
offline; ``--refresh`` asks the services again, ``--dry-run`` lists the requests and sends none.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from jobcenter_bench.cli._common import add_db, add_lang, stderr_progress


def register(sub) -> None:
    p = sub.add_parser("fetch", help="hent registerdata fra Jobindsats og Statistikbanken og importér dem")
    add_db(p)
    p.add_argument("--year", type=int, required=True, metavar="Y", help="året der hentes (fx 2023)")
    p.add_argument("--source", choices=("jobindsats", "statistikbanken", "all"), default="all",
                   help="tjeneste (standard: begge)")
    p.add_argument("--key-file", metavar="F", help="tekstfil med API-nøglen til Jobindsats "
                   "(ellers bruges nøgleringen)")
    p.add_argument("--dry-run", action="store_true", help="vis hvad der hentes, uden at hente")
    p.add_argument("--refresh", action="store_true", help="spørg tjenesterne igen i stedet for mellemlageret")
    p.add_argument("--offline", action="store_true", help="brug kun mellemlageret")
    p.add_argument("--cache-dir", metavar="DIR", help="mellemlager (standard: DB.cache ved databasen)")
    p.add_argument("--strict", action="store_true", help="afvis også ved advarsler")
    # other addresses of the services (a mirror, the tests' local server); not in --help
    p.add_argument("--jobindsats-url", default=None, help=argparse.SUPPRESS)
    p.add_argument("--statbank-url", default=None, help=argparse.SUPPRESS)
    add_lang(p)
    p.set_defaults(func=run)


def options(args):
    """FetchOptions from the command line; the key is read only when Jobindsats is fetched."""
    from jobcenter_bench.core.sources import jobindsats, statistikbanken
    from jobcenter_bench.core.sources.fetch import SOURCES, FetchOptions, default_cache_dir
    from jobcenter_bench.core.sources.keys import api_key

    sources = SOURCES if args.source == "all" else (args.source,)
    key = None
    if "jobindsats" in sources and not args.dry_run:
        key = api_key(args.key_file)
    return FetchOptions(
        args.year,
        sources=sources,
        key=key,
        cache_dir=Path(args.cache_dir) if args.cache_dir else default_cache_dir(args.db),
        jobindsats_url=args.jobindsats_url or jobindsats.BASE_URL,
        statbank_url=args.statbank_url or statistikbanken.BASE_URL,
        refresh=args.refresh,
        offline=args.offline,
    )


def run(args) -> int:
    from jobcenter_bench.cli.import_cmd import print_problems, print_stored
    from jobcenter_bench.core.importing import ImportRejected

    en = args.lang == "en"
    opts = options(args)
    if args.dry_run:
        return _dry_run(opts, en)
    existed = args.db == ":memory:" or Path(args.db).exists()
    try:
        result = _fetch(args, opts)
    except ImportRejected as exc:
        print_problems(exc.problems, args.lang, sys.stderr)
        n = sum(p.is_error for p in exc.problems)
        db_da, db_en = (("databasen er uændret", "the database is unchanged") if existed else
                        ("ingen database er oprettet", "no database was created"))
        print(f"{n} errors: nothing was imported; {db_en}." if en else
              f"{n} fejl: intet er importeret; {db_da}.", file=sys.stderr)
        return 1
    print_stored(result, args.lang, ("værdi", "værdier", "value", "values"))
    return 0


def _fetch(args, opts):
    """Fetch and check first; open (or create) the database only when the data can be stored."""
    from jobcenter_bench.core.errors import BenchError
    from jobcenter_bench.core.importing.crosscheck import repeat_warnings
    from jobcenter_bench.core.importing.importer import check_importable, store_parsed
    from jobcenter_bench.core.sources.fetch import fetch
    from jobcenter_bench.core.store import Store

    if args.db != ":memory:" and not Path(args.db).resolve().parent.is_dir():
        folder = Path(args.db).resolve().parent
        raise BenchError(f"Kan ikke oprette databasen {args.db}: mappen {folder} findes ikke",
                         f"Cannot create the database {args.db}: the folder {folder} does not exist")
    progress = stderr_progress()
    parsed = fetch(opts, progress)
    check_importable(parsed, allow_warnings=not args.strict)
    with Store.open(args.db) as store:
        repeat_warnings(parsed, store)
        check_importable(parsed, allow_warnings=not args.strict)
        return store_parsed(store, parsed, progress)


def _dry_run(opts, en: bool) -> int:
    from jobcenter_bench.core.fields import register_variable_map
    from jobcenter_bench.core.sources.fetch import plan

    vmap = register_variable_map()
    print(f"Would fetch {opts.year} (nothing is sent):" if en else
          f"Henter {opts.year} (intet sendes nu):")
    for item in plan(opts):
        cached = ("cached" if en else "i mellemlageret") if item.cached else ("not cached" if en else "ikke i mellemlageret")
        if len(item.variables) > 2:  # Y30R21: the keys, the labels are long
            names = ", ".join(item.variables[:2]) + f" (+{len(item.variables) - 2})"
        else:
            names = ", ".join(vmap[v].label("en" if en else "da") for v in item.variables)
        print(f"  {item.service} {item.table}: {names}")
        print(f"    {item.method} {item.url} [{cached}]")
        if item.service == "Jobindsats":
            print("    then POST the data query for the year's periods" if en else
                  "    derefter POST af dataforespørgslen for årets perioder")
    print("Months and quarters become years by the annual average (docs/data-sources.md)." if en else
          "Måneder og kvartaler bliver til år ved årsgennemsnittet (docs/data-sources.md).")
    return 0
