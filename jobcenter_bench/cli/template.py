"""``jobcenter-bench template --out FILE.xlsx``: write the survey workbook for job centres."""

from __future__ import annotations

from jobcenter_bench.cli._common import add_lang


def register(sub) -> None:
    p = sub.add_parser("template", help="skriv spørgeskemaet (Excel-skabelon) til jobcentrene")
    p.add_argument("--out", required=True, metavar="FILE.xlsx", help="filen der skrives")
    add_lang(p)
    p.add_argument("--jobcenter", metavar="NAME", help="udfyld jobcentret på forhånd")
    p.add_argument("--year", type=int, metavar="Y", help="udfyld året på forhånd")
    p.set_defaults(func=run)


def run(args) -> int:
    from jobcenter_bench.core.errors import BenchError, write_error
    from jobcenter_bench.core.template import write_template

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
