"""``jobcenter-bench report``: PDF report for one centre, for the country, or for all centres.

    jobcenter-bench report --db PATH --jobcenter NAME --out FILE.pdf
    jobcenter-bench report --db PATH --national --out FILE.pdf
    jobcenter-bench report --db PATH --all --out DIR [--workers N]

The figures are the core's ``Results`` of the chosen year and scenario (``core.session``), the
same the GUI shows and the workbook holds.
"""

from __future__ import annotations

from jobcenter_bench.cli._common import add_db, add_lang, add_year, stderr_progress


def add_scenario(parser) -> None:
    parser.add_argument("--scenario", metavar="NAME",
                        help="scenarie for forbedringsforslag (standard: standardscenariet)")


def add_peer_group(parser) -> None:
    parser.add_argument("--peer-group", metavar="NAVN",
                        help="sammenlign med en gemt sammenligningsgruppe i stedet for klyngen (peers --save)")


def results_for(args):
    """The ``Results`` of ``--db``, ``--year`` and ``--scenario`` (one computation per command);
    an unknown scenario name is an error, not a silent fall-back to the standard scenario."""
    from jobcenter_bench.core.errors import BenchError
    from jobcenter_bench.core.scenarios import list_scenarios
    from jobcenter_bench.core.session import Session, SessionState

    with Session.open(args.db) as session:
        known = list_scenarios(session.store)
        if args.scenario is not None and args.scenario not in known:
            raise BenchError(f"Scenariet »{args.scenario}« findes ikke; gemte scenarier: {', '.join(known) or '–'}",
                             f"The scenario \"{args.scenario}\" does not exist; saved scenarios: "
                             f"{', '.join(known) or '–'}")
        return session.compute(SessionState(year=args.year, scenario_name=args.scenario, with_previous=False,
                                            peer_group=getattr(args, "peer_group", None)))


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
    add_peer_group(p)
    add_lang(p)
    p.add_argument("--workers", type=int, metavar="N", help="processer til --all (standard: antal kerner)")
    p.set_defaults(func=run)


def run(args) -> int:
    from jobcenter_bench.reports import api

    results = results_for(args)
    if args.jobcenter:
        print(api.write_centre_report(results, args.jobcenter, args.out, lang=args.lang))
        return 0
    if args.national:
        print(api.write_national_report(results, args.out, lang=args.lang))
        return 0
    batch = api.write_all_centre_reports(results, args.out, state=stderr_progress(), workers=args.workers,
                                         lang=args.lang)
    print(f"{args.out}: {batch.summary(args.lang)}")
    if batch.cancelled:
        return 130
    return 1 if batch.failed else 0
