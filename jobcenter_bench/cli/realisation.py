"""``jobcenter-bench realisation``: follow up a business case's success criteria and gains.

The plan is the business case saved for the centre in ``--scenario`` (default: the only scenario
with a plan for the centre, else Standard) with its success criteria; ``--year`` is the year of
the follow-up (default: the newest). Table: one row per criterion (baseline, target, deadline,
actual, share of the way, expected share, status) and per lever (planned and realised gain, DKK).
CSV: one row per criterion and per lever (``row_type`` says which). JSON: ``Realisation.to_dict()``.
"""

from __future__ import annotations

import csv
import json
import sys

from jobcenter_bench.cli._common import add_db, add_format, add_lang, add_year
from jobcenter_bench.cli.levers import resolve_centre
from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.i18n import t
from jobcenter_bench.core.numbers import format_number


def register(sub) -> None:
    p = sub.add_parser("realisation", help="opfølgning på en business case: succeskriterier og realiserede gevinster")
    add_db(p)
    add_year(p)
    p.add_argument("--jobcenter", metavar="NAME", required=True, help="jobcentret (navn eller kommune)")
    p.add_argument("--scenario", metavar="S", help="gemt scenarie med business casen (standard: det med en plan)")
    add_format(p)
    add_lang(p)
    p.set_defaults(func=run)


def _scenario_with_plan(session, centre: str, name: str | None) -> str | None:
    """``name``, else the one stored scenario holding a plan for ``centre`` (None: Standard)."""
    if name:
        return name
    from jobcenter_bench.core.scenarios import list_scenarios, load_scenario

    found = [n for n in list_scenarios(session.store)[1:]
             if (load_scenario(session.store, n).business_cases.get(centre) or {}).get("criteria")]
    return found[0] if len(found) == 1 else None


def run(args) -> int:
    from jobcenter_bench.core.analysis import AnalysisOptions
    from jobcenter_bench.core.session import Session, SessionState

    centre = resolve_centre(args.jobcenter)
    with Session.open(args.db) as session:
        scenario = _scenario_with_plan(session, centre, args.scenario)
        results = session.compute(SessionState(year=args.year, scenario_name=scenario, with_previous=False,
                                               options=AnalysisOptions(inference=False)))
    real = results.realisation(centre)
    if real is None:
        raise BenchError(t("real_no_plan", "da", centre=centre, scenario=results.scenario.name),
                         t("real_no_plan", "en", centre=centre, scenario=results.scenario.name))
    if args.format == "json":
        print(json.dumps(real.to_dict(), ensure_ascii=False, indent=2))
    elif args.format == "csv":
        write_csv(real, sys.stdout)
    else:
        print_table(real, args.lang)
    return 0


def write_csv(real, out) -> None:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(("row_type", "year", "lever", "kind", "indicator", "baseline", "target", "deadline", "owner",
                "actual", "share_of_way", "expected_share", "status", "planned_dkk", "planned_full_dkk",
                "realised_dkk", "method"))
    for s in real.criteria:
        c = s.criterion
        w.writerow(("criterion", real.year, c.lever, c.kind, c.indicator, c.baseline, c.target, c.deadline, c.owner,
                    s.actual, s.share, s.expected, s.status, "", "", "", ""))
    for lv in real.levers:
        w.writerow(("lever", real.year, lv.lever, "", "", "", "", "", "", "", "", "", "", lv.planned,
                    lv.planned_full, lv.realised, lv.method))


def _pct(x: float | None, lang: str) -> str:
    return "–" if x is None else format_number(100 * x, 0, lang) + " %"


def print_table(real, lang: str) -> None:
    print(t("real_heading", lang, centre=real.jobcenter, year=real.year, base=real.base_year,
            scenario=real.scenario))
    head = [t(k, lang) for k in ("col_lever", "real_indicator", "real_baseline", "real_target", "real_deadline",
                                 "real_actual", "real_share", "real_expected", "real_status")]
    rows = []
    for s in real.criteria:
        c = s.criterion
        d = c.decimals()
        unit = c.unit_label(lang)
        rows.append([c.lever, (c.label(lang) + (f" ({unit})" if unit else ""))[:60],
                     format_number(c.baseline, d, lang), format_number(c.target, d, lang), str(c.deadline),
                     format_number(s.actual, d, lang), _pct(s.share, lang), _pct(s.expected, lang),
                     s.status_text(lang)])
    _print(head, rows, left=2)
    print()
    head = [t(k, lang) for k in ("col_lever", "real_planned", "real_realised", "real_share_planned", "real_method")]
    rows = [[f"{lv.lever} {lv.name(lang)}"[:45], format_number(lv.planned, 0, lang),
             format_number(lv.realised, 0, lang), _pct(lv.share, lang), lv.method_text(lang)] for lv in real.levers]
    rows.append([t("real_total", lang), format_number(real.planned_total, 0, lang),
                 format_number(real.realised_total, 0, lang), "", ""])
    _print(head, rows, left=1)
    print(t("real_note", lang))
    for da, en in real.problems:
        print(f"! {en if lang == 'en' else da}")


def _print(head: list[str], rows: list[list[str]], left: int) -> None:
    """A plain text table: the first ``left`` columns left-aligned, the others right-aligned."""
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]
    for k, r in enumerate([head, *rows]):
        cells = [str(v).ljust(w) if i < left else str(v).rjust(w) for i, (v, w) in enumerate(zip(r, widths, strict=True))]
        print("  ".join(cells).rstrip())
        if k == 0:
            print("  ".join("-" * w for w in widths))
