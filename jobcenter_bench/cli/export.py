"""``jobcenter-bench export``: the Excel comparison workbook.

    jobcenter-bench export --db PATH --out FILE.xlsx [--year Y] [--scenario NAME] [--peer-group NAME]
        [--lang da|en]
"""

from __future__ import annotations

from jobcenter_bench.cli._common import add_db, add_lang, add_year
from jobcenter_bench.cli.report import add_peer_group, add_scenario, results_for


def register(sub) -> None:
    p = sub.add_parser("export", help="skriv sammenligningsregnearket (Excel)")
    add_db(p)
    p.add_argument("--out", required=True, metavar="FILE.xlsx", help="Excel-fil der skrives")
    add_year(p)
    add_scenario(p)
    add_peer_group(p)
    add_lang(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from jobcenter_bench.reports import api

    print(api.write_workbook(results_for(args), args.out, lang=args.lang))
    return 0
