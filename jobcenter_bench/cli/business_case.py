"""``jobcenter-bench business-case``: a five-year business case for one job centre.

Inputs come from the scenario's saved business case for the centre (if any), overridden by
``--input FILE.json`` (the shape of ``BusinessCaseInputs.to_dict()``: ``selected``,
``estimate``, ``phase_in``, ``levers`` with ``one_off``, ``one_off_year``, ``yearly``,
``owner``, ``success_measure``, and ``start_year``), and ``--estimate``. JSON output is
``BusinessCase.to_dict()``; CSV has one row per year.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from jobcenter_bench.cli._common import add_db, add_format, add_lang, add_year, lever_results
from jobcenter_bench.cli.levers import resolve_centre
from jobcenter_bench.core.business_case import (
    ESTIMATES,
    BusinessCase,
    BusinessCaseInputs,
    build_business_case,
)
from jobcenter_bench.core.errors import BenchError, read_error
from jobcenter_bench.core.numbers import format_number


def register(sub) -> None:
    p = sub.add_parser("business-case", help="business case for ét jobcenter (fem år)")
    add_db(p)
    add_year(p)
    p.add_argument("--jobcenter", metavar="NAME", required=True, help="jobcentret (navn eller kommune)")
    p.add_argument("--scenario", metavar="NAME", help="gemt scenarie (standard: Standard)")
    p.add_argument("--input", metavar="FILE.json", help="valg af forslag, investeringer og indfasning (JSON)")
    p.add_argument("--estimate", choices=ESTIMATES, help="skøn: low (standard), mid eller high")
    add_format(p)
    add_lang(p)
    p.set_defaults(func=run)


def read_inputs(path: str) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise read_error(path, exc) from exc
    except json.JSONDecodeError as exc:
        raise BenchError(
            f"{path} er ikke gyldig JSON (linje {exc.lineno}): {exc.msg}",
            f"{path} is not valid JSON (line {exc.lineno}): {exc.msg}",
        ) from exc
    if not isinstance(data, dict):
        raise BenchError(f"{path} skal indeholde et JSON-objekt", f"{path} must hold a JSON object")
    return data


def run(args) -> int:
    centre = resolve_centre(args.jobcenter)
    scenario, results = lever_results(args)
    raw = dict(scenario.business_cases.get(centre, {}))
    if args.input:
        raw.update(read_inputs(args.input))
    if args.estimate:
        raw["estimate"] = args.estimate
    try:
        inputs = BusinessCaseInputs.from_dict(raw)
    except (TypeError, ValueError) as exc:
        raise BenchError(f"Ugyldige business case-input: {exc}", f"Invalid business-case inputs: {exc}") from exc
    case = build_business_case(results, centre, inputs)
    if args.format == "json":
        print(json.dumps(case.to_dict(), ensure_ascii=False, indent=2))
    elif args.format == "csv":
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(("year", "gross", "overlap", "investments", "net", "cumulative"))
        for r in case.years:
            w.writerow((r.year, r.gross, r.overlap, r.investments, r.net, r.cumulative))
    else:
        print_table(case, args.lang)
    if centre in results.excluded:
        da, en = results.excluded[centre]
        note = f"Note: {en}" if args.lang == "en" else f"Bemærk: {da}"
        print(note, file=sys.stdout if args.format == "table" else sys.stderr)
    return 0


#: Danish / English labels of the budget line kinds (the JSON keeps the codes).
BUDGET_KIND_NAMES = {
    "gain": ("gevinst", "gain"),
    "one_off": ("engangsinvestering", "one-off investment"),
    "yearly": ("årlig udgift", "yearly cost"),
    "overlap": ("overlap", "overlap"),
}


def kind_label(kind: str, lang: str) -> str:
    """A budget line kind's name in ``lang``."""
    da, en = BUDGET_KIND_NAMES.get(kind, (kind, kind))
    return en if lang == "en" else da


def print_table(case: BusinessCase, lang: str) -> None:
    en = lang == "en"

    def k(x: float) -> str:
        return format_number(x / 1000, 0, lang=lang)

    print(f"Business case: {case.jobcenter} ({'data' if en else 'data fra'} {case.data_year}, "
          f"{'scenario' if en else 'scenarie'} {case.scenario}, {'estimate' if en else 'skøn'} {case.estimate}; "
          f"{'DKK thousand' if en else '1.000 kr.'})")
    print(f"{'Levers' if en else 'Forslag'}: " + ", ".join(lv["id"] for lv in case.levers))
    print_lever_owners(case, lang)
    labels = (("Gross potential" if en else "Bruttopotentiale", "gross"), ("Overlap" if en else "Overlap", "overlap"),
              ("Investments" if en else "Investeringer", "investments"), ("Net effect" if en else "Nettoeffekt", "net"),
              ("Cumulative net" if en else "Akkumuleret netto", "cumulative"))
    print(f"{'':<22}" + "".join(f"{r.year:>12}" for r in case.years))
    for label, attr in labels:
        print(f"{label:<22}" + "".join(f"{k(getattr(r, attr)):>12}" for r in case.years))
    payback = case.payback_year if case.payback_year is not None else ("none" if en else "ingen")
    print(f"{'Payback year' if en else 'Tilbagebetalingsår'}: {payback}")
    print("Budget lines" if en else "Budgetlinjer")
    for b in case.budget_lines:
        owner = f" ({b.owner})" if b.owner else ""
        print(f"  {b.lever:<8}{kind_label(b.kind, lang):<20}{owner:<20}" + "".join(f"{k(x):>12}" for x in b.amounts))


def print_lever_owners(case: BusinessCase, lang: str) -> None:
    """One line per chosen lever: name, benefit owner (gevinstansvarlig) and success measure (succesmål)."""
    en = lang == "en"
    missing = "not set" if en else "ikke angivet"
    for lv in case.levers:
        name = lv["name_en"] if en else lv["name_da"]
        print(f"  {lv['id']:<5} {name}: {'benefit owner' if en else 'gevinstansvarlig'} "
              f"{lv['owner'] or missing}; {'success measure' if en else 'succesmål'} "
              f"{lv['success_measure'] or missing}")
