"""``jobcenter-bench analyse``: productivity, effect, clusters and quadrants per job centre.

Table (rounded as the report: cases per FTE as integers, rates and effects with one decimal,
Danish number style by default), CSV or JSON (numbers unrounded, one object per centre). The
prediction source used is always given on stdout: in the table's first line, and as the
``prediction_source`` key ("published" or "own") of every JSON record and CSV row; a readable
line also goes to stderr for CSV and JSON (so stdout stays pure JSON / CSV).
"""

from __future__ import annotations

import csv
import json
import sys

from jobcenter_bench.cli._common import add_db, add_format, add_lang, add_year
from jobcenter_bench.core import measures
from jobcenter_bench.core.analysis import AnalysisOptions, YearAnalysis
from jobcenter_bench.core.benchmark_potential import BENCHMARKS
from jobcenter_bench.core.i18n import pick
from jobcenter_bench.core.numbers import format_number
from jobcenter_bench.core.session import Results, SessionState, compute

#: Readable names of the measures in the relationship lines (Danish, English).
MEASURE_NAMES = {
    "cases_per_fte": ("sager pr. årsværk", "cases per FTE"),
    "effect": ("effekt", "effect"),
    "predicted_rate": ("forudsagt forsørgelsesgrad (ADP, KTH og SDP)", "predicted dependency rate (ADP, KTH and SDP)"),
    "predicted_rate_all": ("forudsagt forsørgelsesgrad (alle ydelser)", "predicted dependency rate (all benefits)"),
}


def relationship_label(y: str, x: str, lang: str) -> str:
    """'Sager pr. årsværk mod forudsagt forsørgelsesgrad (alle ydelser)' for y = cases_per_fte."""
    ny, nx = (pick(MEASURE_NAMES.get(k, (k, k)), lang) for k in (y, x))
    return f"{ny[:1].upper()}{ny[1:]} {pick(('mod', 'against'), lang)} {nx}"


def json_records(res: YearAnalysis) -> list[dict]:
    """The core's records, each with ``prediction_source`` ("published" or "own") added."""
    return [r | {"prediction_source": res.prediction_source} for r in res.to_json_records()]


def register(sub) -> None:
    p = sub.add_parser("analyse", help="produktivitet, effekt, klynger og kvadranter pr. jobcenter")
    add_db(p)
    add_year(p)
    add_format(p)
    add_options(p)
    add_lang(p)
    p.set_defaults(func=run)


def add_options(p) -> None:
    """Options shared with ``model``: prediction source, variables, weights."""
    p.add_argument("--prediction", choices=("published", "own"), default=None,
                   help="forudsagt forsørgelsesgrad: publicerede (standard når de findes) eller egen model")
    p.add_argument("--variables", metavar="A,B,C", help="rammevilkår i egen model (standard: alle)")
    p.add_argument("--weights", choices=("population",), default=None,
                   help="vægt regressionen med befolkningen 16-64 år")


def options_from(args, inference: bool) -> AnalysisOptions:
    variables = None
    if getattr(args, "variables", None):
        variables = tuple(v.strip() for v in args.variables.split(",") if v.strip())
    return AnalysisOptions(prediction=args.prediction or "auto", variables=variables,
                           weights=args.weights, inference=inference)


def source_line(results: Results, lang: str) -> str:
    """``År 2013. Forudsigelse: … Klynger: publicerede.`` (the session's words for the sources)."""
    return pick(("År {year}. Forudsigelse: {source}. Klynger: {clusters}.",
                 "Year {year}. Prediction source: {source}. Clusters: {clusters}."), lang).format(
        year=results.year, source=results.prediction_source_text(lang),
        clusters=results.cluster_source_text(lang))


def run(args) -> int:
    state = SessionState(year=args.year, options=options_from(args, inference=False), with_previous=False)
    results = compute(args.db, state)
    res, lang = results.analysis, args.lang
    if args.format == "json":
        print(source_line(results, lang), file=sys.stderr)
        print(json.dumps(json_records(res), ensure_ascii=False, indent=2, allow_nan=False))
    elif args.format == "csv":
        print(source_line(results, lang), file=sys.stderr)
        write_csv(res, sys.stdout)
    else:
        print(source_line(results, lang))
        print_table(results, lang)
        print_summary(res, lang)
    return 0


def write_csv(res: YearAnalysis, out) -> None:
    """One row per centre, the JSON keys as header, numbers unrounded ('.' decimals)."""
    records = json_records(res)
    skip = {"productivity_variants", "framework"}
    keys = [k for k in records[0] if k not in skip] if records else []
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(keys)
    for r in records:
        writer.writerow([";".join(map(str, r[k])) if k == "municipality_codes" else
                         ("" if r[k] is None else r[k]) for k in keys])


def _n(value, decimals, lang):
    return format_number(value, decimals, lang)


def centre_cells(results: Results, c, lang: str) -> list[str]:
    """One centre's row of the ``centres`` table of the measures catalogue, formatted as every
    output formats it (``measures.format_value``)."""
    return [measures.format_value(key, results.centre_value(c, key, lang), lang)
            for key in measures.table("centres")]


def print_table(results: Results, lang: str) -> None:
    keys = measures.table("centres")
    head = (pick(("Jobcenter", "Job centre"), lang), pick(("Region", "Region"), lang),
            *(measures.label_with_unit(k, lang, short=True) for k in keys))
    rows = []
    for c in sorted(results.centres, key=lambda c: (c.cluster or 99, c.jobcenter)):
        rows.append((c.jobcenter, c.region, *centre_cells(results, c, lang)))
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(head)]
    right = {i + 2 for i, k in enumerate(keys) if measures.measure(k).kind in ("number", "code")}
    for r in (head, *rows):
        print("  ".join(v.rjust(w) if i in right else v.ljust(w)
                        for i, (v, w) in enumerate(zip(r, widths, strict=True))).rstrip())


def print_summary(res: YearAnalysis, lang: str) -> None:
    en = lang == "en"
    for note in (res.cluster_note, res.model_note):
        if note:
            print(("Note: " if en else "Bemærk: ") + note)
    for e in res.exclusions[:10]:
        print(("Note: " if en else "Bemærk: ") + e.text(lang))
    if len(res.exclusions) > 10:
        more = len(res.exclusions) - 10
        print(f"... and {more} more notes" if en else f"... og {more} bemærkninger mere")
    for rel in res.relationships:
        verdict = ("significant" if rel.significant else "not significant") if en else (
            "signifikant" if rel.significant else "ikke signifikant")
        print(f"{relationship_label(rel.y, rel.x, lang)}: {'slope' if en else 'hældning'} {_n(rel.slope, 3, lang)} "
              f"[{_n(rel.slope_ci_low, 3, lang)}; {_n(rel.slope_ci_high, 3, lang)}], "
              f"p = {_n(rel.slope_p, 3, lang)}, Spearman {_n(rel.spearman_rho, 2, lang)} "
              f"(p = {_n(rel.spearman_p, 3, lang)}), n = {rel.n}: {verdict}")
    for pot in res.potential:
        label = BENCHMARKS[pot.key][1 if en else 0]
        print(f"{label}: {_n(pot.total_freed_fte, 0, lang)} {'FTE' if en else 'årsværk'}, "
              f"{_n(pot.total_dkk / 1e6, 0, lang)} {'DKK m' if en else 'mio. kr.'}"
              f" ({'with uplift' if en else 'opskrevet'}: {_n(pot.total_dkk_uplifted / 1e6, 0, lang)})")
