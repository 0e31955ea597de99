"""``jobcenter-bench trend``: one job centre over every year of the database.

Per year the trend measures (cases per FTE, effect, rank on productivity, placement in the
cluster, net lever potential, cost per FTE) with the cluster's and the country's benchmark, and
each year's vintage (prediction source and model, population and benefit definitions); a change
of vintage between two years is marked ``|`` in the table and listed under it. CSV and JSON give
the long table (centre, year, measure, value, cluster value, country value; raw units).
``--define YEAR KEY=VALUE`` stores a definition with a year (population, benefits,
prediction_model), e.g. ``--define 2012 population=16-66``.
"""

from __future__ import annotations

import csv
import json
import sys

from jobcenter_bench.cli._common import add_db, add_format, add_lang, stderr_progress
from jobcenter_bench.core import measures
from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.i18n import pick
from jobcenter_bench.core.session import Session
from jobcenter_bench.core.trends import DEFINITION_KEYS


def register(sub) -> None:
    p = sub.add_parser("trend", help="ét jobcenter over alle databasens år (udvikling og årgange)")
    add_db(p)
    p.add_argument("--jobcenter", metavar="NAME", help="jobcentret (navn eller kommune)")
    p.add_argument("--scenario", metavar="NAME", help="gemt scenarie (standard: Standard)")
    p.add_argument("--define", nargs=2, action="append", metavar=("YEAR", "KEY=VALUE"), default=[],
                   help="gem en definition med året: population=16-66, benefits=…, prediction_model=…")
    add_format(p)
    add_lang(p)
    p.set_defaults(func=run)


def store_definitions(session: Session, pairs: list[list[str]]) -> None:
    """``--define YEAR KEY=VALUE``: store each definition with its year (all or nothing)."""
    parsed = []
    for year, item in pairs:
        key, sep, value = item.partition("=")
        if not year.isdigit() or not sep or key not in DEFINITION_KEYS:
            raise BenchError(
                f"--define {year} {item}: brug --define ÅR NØGLE=VÆRDI med nøglen {', '.join(DEFINITION_KEYS)}.",
                f"--define {year} {item}: use --define YEAR KEY=VALUE with the key {', '.join(DEFINITION_KEYS)}.")
        parsed.append((int(year), key, value.strip()))
    for year, key, value in parsed:
        session.store.set_year_definitions(year, **{key: value})


def run(args) -> int:
    from jobcenter_bench.cli.compare import centre_name, scenario_of

    with Session.open(args.db) as session:
        if args.define:
            store_definitions(session, args.define)
            print(pick(("Definitioner gemt.", "Definitions stored."), args.lang), file=sys.stderr)
        if not args.jobcenter:
            if args.define:
                return 0
            raise BenchError("Angiv --jobcenter NAVN.", "Give --jobcenter NAME.")
        book = session.trend_book(scenario_of(session, args), stderr_progress())
    trend = book.centre(centre_name(book, args.jobcenter))
    if args.format == "json":
        print(json.dumps({"jobcenter": trend.jobcenter, "rows": trend.rows(),
                          "vintages": [v.__dict__ | {"variables": list(v.variables)} for v in trend.vintages],
                          "breaks": [b.text(args.lang) for b in trend.breaks()]},
                         ensure_ascii=False, indent=2, allow_nan=False))
    elif args.format == "csv":
        rows = trend.rows()
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: "" if v is None else v for k, v in r.items()} for r in rows)
    else:
        print_table(trend, args.lang)
    return 0


def print_table(trend, lang: str) -> None:
    """Measures down, years across; ``|`` before a year whose vintage differs from the year before."""
    breaks = {b.year for b in trend.breaks()}
    years = [("| " if y in breaks else "") + str(y) for y in trend.years]
    cluster_word, country_word = pick(("  klynge", "  cluster"), lang), pick(("  landet", "  country"), lang)
    rows = [[pick(("Jobcenter ", "Job centre "), lang) + trend.jobcenter, *years]]
    for key in measures.table("trend"):
        rows.append([measures.label_with_unit(key, lang), *(measures.format_value(key, v, lang)
                                                          for v in trend.series(key))])
        for word, scope in ((cluster_word, "cluster"), (country_word, "country")):
            values = trend.series(key, scope)
            if any(v is not None for v in values):
                rows.append([word, *(measures.format_value(key, v, lang) for v in values)])
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        print("  ".join([r[0].ljust(widths[0])] + [v.rjust(w) for v, w in zip(r[1:], widths[1:], strict=True)]))
    print()
    print(pick(("Årgange (forudsigelse og definitioner):", "Vintages (prediction and definitions):"), lang))
    for v in trend.vintages:
        print("  " + v.text(lang))
    for b in trend.breaks():
        print(pick(("Skift: ", "Change: "), lang) + b.text(lang))
    for year, da, en in trend.skipped:
        print(pick(("Ikke med: ", "Left out: "), lang) + f"{year}: {pick((da, en), lang)}")
