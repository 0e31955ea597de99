"""``jobcenter-bench template``: write the survey workbook for job centres.

``--out FILE.xlsx`` writes one workbook; ``--all --year Y --out DIR [--db PATH]`` writes one
pre-filled workbook per job centre for a survey round (with last year's answers from the
database as a reference column).
"""

from __future__ import annotations

from pathlib import Path

from jobcenter_bench.cli._common import add_lang, stderr_progress


def register(sub) -> None:
    p = sub.add_parser("template", help="skriv spørgeskemaet (Excel-skabelon) til jobcentrene")
    p.add_argument("--out", required=True, metavar="FILE.xlsx|DIR",
                   help="filen der skrives (med --all: mappen)")
    add_lang(p)
    p.add_argument("--jobcenter", metavar="NAME", help="udfyld jobcentret på forhånd")
    p.add_argument("--year", type=int, metavar="Y", help="udfyld året på forhånd")
    p.add_argument("--all", action="store_true",
                   help="ét udfyldt skema pr. jobcenter i mappen --out (kræver --year)")
    p.add_argument("--db", metavar="PATH",
                   help="med --all: vis sidste års svar fra databasen til sammenligning")
    p.set_defaults(func=run)


def run(args) -> int:
    from jobcenter_bench.core.errors import BenchError, write_error
    from jobcenter_bench.core.template import write_template

    if args.all:
        return _run_all(args)
    if args.db:
        raise BenchError("--db bruges kun sammen med --all.", "--db is only used with --all.")
    if not args.out.lower().endswith(".xlsx"):
        raise BenchError(
            f"Skabelonen skal gemmes som .xlsx, ikke '{args.out}'.",
            f"The template must be saved as .xlsx, not '{args.out}'.",
        )
    try:
        path = write_template(args.out, args.lang, args.jobcenter, args.year)
    except OSError as exc:
        raise write_error(args.out, exc) from exc
    print(f"Wrote {path}" if args.lang == "en" else f"Skrev {path}")
    return 0


def _run_all(args) -> int:
    from jobcenter_bench.core.errors import BenchError, write_error
    from jobcenter_bench.core.store import Store
    from jobcenter_bench.core.template import write_round

    en = args.lang == "en"
    if args.year is None or args.jobcenter:
        raise BenchError(
            "--all kræver --year (fx --year 2014) og kan ikke bruges med --jobcenter.",
            "--all needs --year (e.g. --year 2014) and cannot be used with --jobcenter.",
        )
    out = Path(args.out)
    if out.suffix.lower() == ".xlsx" or (out.exists() and not out.is_dir()):
        raise BenchError(
            f"Med --all skal --out være en mappe, ikke '{args.out}'.",
            f"With --all, --out must be a folder, not '{args.out}'.",
        )
    try:
        if args.db:
            with Store.open(args.db, create=False) as store:
                paths = write_round(out, args.year, args.lang, store, stderr_progress())
        else:
            paths = write_round(out, args.year, args.lang, None, stderr_progress())
    except OSError as exc:
        raise write_error(args.out, exc) from exc
    print(f"Wrote {len(paths)} survey workbooks for {args.year} in {out}" if en else
          f"Skrev {len(paths)} spørgeskemaer for {args.year} i {out}")
    return 0
