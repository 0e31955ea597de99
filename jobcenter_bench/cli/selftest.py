"""``jobcenter-bench selftest``: prove this installation (or frozen build) works, offline and
without a screen. One line per step; exit code 1 at the first failure (see ``jobcenter_bench.selftest``)."""

from __future__ import annotations

from pathlib import Path

from jobcenter_bench.cli._common import add_lang


def register(sub) -> None:
    p = sub.add_parser(
        "selftest",
        help="kør selvtesten: eksempeldata, regression, forbedringsforslag, PDF, Excel, vindue, sprog",
    )
    p.add_argument("--keep", type=Path, metavar="DIR",
                   help="skriv database, PDF og regneark i DIR og behold dem (ellers en midlertidig mappe)")
    p.add_argument("--verbose", "-v", action="store_true", help="vis detaljer og hele fejlsporet")
    add_lang(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from jobcenter_bench.selftest import run_selftest

    return run_selftest(keep=args.keep, verbose=args.verbose, lang=args.lang)
