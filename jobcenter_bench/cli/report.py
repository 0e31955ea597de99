"""``jobcenter-bench report``: PDF report for one centre, for the country, or for all centres.

    jobcenter-bench report --db PATH --jobcenter NAME --out FILE.pdf
    jobcenter-bench report --db PATH --national --out FILE.pdf
    jobcenter-bench report --db PATH --all --out DIR
"""

from __future__ import annotations

from jobcenter_bench.cli._common import add_db, add_lang, add_year, stderr_progress


def add_scenario(parser) -> None:
    parser.add_argument("--scenario", metavar="NAME",
                        help="scenarie for forbedringsforslag (standard: standardscenariet)")


def register(sub) -> None:
    p = sub.add_parser("report", help="skriv PDF-rapport for et jobcenter, landet eller alle jobcentre")
    add_db(p)
    scope = p.add_mutually_exclusive_group(required=True)
    scope.add_argument("--jobcenter", metavar="NAME", help="jobcentrets navn")
    scope.add_argument("--national", action="store_true", help="rapport for hele landet")
    scope.add_argument("--all", action="store_true", help="én rapport pr. jobcenter i mappen --out")
    p.add_argument("--out", required=True, metavar="FILE|DIR", help="PDF-fil (eller mappe med --all)")
    add_year(p)
    add_scenario(p)
    add_lang(p)
    p.add_argument("--workers", type=int, metavar="N", help="processer til --all (standard: antal kerner)")
    p.set_defaults(func=run)


def run(args) -> int:
    from jobcenter_bench.reports import api

    kw = dict(year=args.year, scenario=args.scenario, lang=args.lang)
    if args.jobcenter:
        print(api.write_centre_report(args.db, args.jobcenter, args.out, **kw))
        return 0
    if args.national:
        print(api.write_national_report(args.db, args.out, **kw))
        return 0
    result = api.write_all_centre_reports(args.db, args.out, state=stderr_progress(),
                                          workers=args.workers, **kw)
    print(f"{args.out}: {result.summary(args.lang)}")
    if result.cancelled:
        return 130
    return 1 if result.failed else 0
