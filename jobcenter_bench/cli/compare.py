"""``jobcenter-bench compare``: what changed for a job centre from one year to another.

The trend measures in both years and their change; the change in cases per FTE split exactly
into the part from the caseload (full-time persons) and the part from the staff (FTE) by the
logarithmic-mean rule; the change in effect split into the predicted and the observed part; the
levers whose potential moved most; and any change of vintage (prediction source or definitions)
between the two years, which makes the comparison mix definitions. See ``core/trends.py``.
"""

from __future__ import annotations

import csv
import json
import sys

from jobcenter_bench.cli._common import add_db, add_format, add_lang, stderr_progress
from jobcenter_bench.core import measures
from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.i18n import pick
from jobcenter_bench.core.numbers import format_number
from jobcenter_bench.core.session import Session


def register(sub) -> None:
    p = sub.add_parser("compare", help="hvad ændrede sig for et jobcenter fra ét år til et andet")
    add_db(p)
    p.add_argument("--jobcenter", metavar="NAME", required=True, help="jobcentret (navn eller kommune)")
    p.add_argument("--from", dest="year_from", type=int, metavar="Y1", help="fra år (standard: året før --to)")
    p.add_argument("--to", dest="year_to", type=int, metavar="Y2", help="til år (standard: det nyeste år)")
    p.add_argument("--scenario", metavar="NAME", help="gemt scenarie (standard: Standard)")
    add_format(p)
    add_lang(p)
    p.set_defaults(func=run)


def scenario_of(session: Session, args):
    """The stored scenario ``--scenario`` (``None``: Standard)."""
    from jobcenter_bench.core.scenarios import load_scenario

    return load_scenario(session.store, args.scenario) if getattr(args, "scenario", None) else None


def centre_name(book, name: str) -> str:
    """The exact name in the book of centre ``name`` (tolerant: case, Danish letters, municipality)."""
    from jobcenter_bench.core.geography import match_jobcentre, normalise_name

    names = {n for y in book.years for n in book.tables[y].points}
    if name in names:
        return name
    found = next((n for n in sorted(names) if normalise_name(n) == normalise_name(name)), None)
    jc = match_jobcentre(name)
    found = found or (jc.name if jc is not None and jc.name in names else None)
    if found is None:
        raise BenchError(f"Ukendt jobcenter eller ikke med i nogen år: '{name}'",
                         f"Unknown job centre or not in any year: '{name}'")
    return found


def years_of(book, name: str, year_from: int | None, year_to: int | None) -> tuple[int, int]:
    """``--from`` and ``--to`` with their defaults (the newest year and the one before it)."""
    have = book.centre(name).years
    year_to = year_to if year_to is not None else have[-1]
    if year_from is None:
        earlier = [y for y in have if y < year_to]
        if not earlier:
            raise BenchError(f"Der er intet år før {year_to} at sammenligne med.",
                             f"There is no year before {year_to} to compare with.")
        year_from = earlier[-1]
    if year_from == year_to:
        raise BenchError("--from og --to er det samme år.", "--from and --to are the same year.")
    return year_from, year_to


def run(args) -> int:
    with Session.open(args.db) as session:
        book = session.trend_book(scenario_of(session, args), stderr_progress())
    name = centre_name(book, args.jobcenter)
    change = book.change(name, *years_of(book, name, args.year_from, args.year_to))
    lang = args.lang
    if args.format == "json":
        print(json.dumps(as_json(change, lang), ensure_ascii=False, indent=2, allow_nan=False))
    elif args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["item", "measure", str(change.year_a), str(change.year_b), "change"])
        for r in change.rows(lang):
            writer.writerow([r["item"], r["key"], *("" if r[k] is None else r[k] for k in ("a", "b", "change"))])
    else:
        print_table(change, lang)
    return 0


def as_json(change, lang: str) -> dict:
    return {
        "jobcenter": change.jobcenter, "from": change.year_a, "to": change.year_b,
        "rows": change.rows(lang),
        "cases_per_fte": {"caseload_part": change.caseload_part, "staff_part": change.staff_part},
        "effect": {"predicted_part": change.predicted_part, "observed_part": change.observed_part},
        "levers": [{"lever": m.lever, "name": m.name(lang), "low_from": m.low_a, "high_from": m.high_a,
                    "low_to": m.low_b, "high_to": m.high_b, "change_mid": m.change_mid} for m in change.levers],
        "vintage_changes": [b.text(lang) for b in change.breaks],
    }


def print_table(change, lang: str) -> None:
    head = [pick(("{name}: {a} → {b}", "{name}: {a} → {b}"), lang).format(
        name=change.jobcenter, a=change.year_a, b=change.year_b), str(change.year_a), str(change.year_b),
        pick(("Ændring", "Change"), lang)]
    rows = [head]
    for r in change.rows(lang):
        key = r["key"]
        rows.append([r["item"], measures.format_value(key, r["a"], lang, missing=""),
                     measures.format_value(key, r["b"], lang, missing=""), measures.format_change(key, r["change"], lang)])
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for r in rows:
        print("  ".join([r[0].ljust(widths[0])] + [v.rjust(w) for v, w in zip(r[1:], widths[1:], strict=True)]))
    if change.levers:
        print()
        print(pick(("Forbedringsforslag hvis potentiale flyttede sig mest (middelskøn, mio. kr. pr. år):",
                    "Levers whose potential moved most (mid estimate, DKK m per year):"), lang))
        for m in change.levers:
            mid_a, mid_b = (m.low_a + m.high_a) / 2e6, (m.low_b + m.high_b) / 2e6
            print(f"  {m.name(lang)}: {format_number(mid_a, 2, lang)} → {format_number(mid_b, 2, lang)} "
                  f"({measures.format_change('net_potential_low', m.change_mid, lang)})")
    for b in change.breaks:
        print(pick(("Bemærk, årgangen skifter: ", "Note, the vintage changes: "), lang) + b.text(lang))
