"""``jobcenter-bench levers``: the improvement levers' potential, national or per job centre.

JSON for one scope (national, or one centre) is an object with ``year``, ``scope``, ``levers``
(``id``, ``area``, ``binding``, ``horizon``, ``quantified``, ``low_dkk``, ``high_dkk``,
``low_hours``, ``high_hours`` and more), ``gross_low_dkk``, ``gross_high_dkk``,
``overlap_low_dkk``, ``overlap_high_dkk``, ``total_low_dkk``, ``total_high_dkk``, ``by_area``,
``by_binding`` and ``by_horizon`` (gross before overlap, ``{"low_dkk", "high_dkk"}`` per code),
``excluded`` (centres left out because their total FTE is 0 or unknown, with the reason);
with ``--all`` a list of such objects, one per centre. CSV has one row per lever (and scope):
the JSON codes, then the lever name and the area, binding and horizon names in ``--lang``. The
table shows the catalogue's names (Danish, or English with ``--lang en``).
"""

from __future__ import annotations

import csv
import json
import sys

from jobcenter_bench.cli._common import add_db, add_format, add_lang, add_year, lever_results
from jobcenter_bench.core import geography
from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.levers.aggregates import ScopeSummary
from jobcenter_bench.core.levers.catalogue import AREAS, BINDINGS, HORIZONS
from jobcenter_bench.core.numbers import format_number

CSV_COLUMNS = ("scope", "id", "area", "binding", "horizon", "quantified", "low_dkk", "high_dkk",
               "low_hours", "high_hours", "low_fte", "high_fte")
#: Readable names appended after the code columns (in the language of ``--lang``).
CSV_LABEL_COLUMNS = ("name", "area_name", "binding_name", "horizon_name")


def register(sub) -> None:
    p = sub.add_parser("levers", help="forbedringsforslagenes potentiale (landsplan eller pr. jobcenter)")
    add_db(p)
    add_year(p)
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--jobcenter", metavar="NAME", help="ét jobcenter (navn eller kommune)")
    scope.add_argument("--all", action="store_true", help="alle jobcentre, ét resultat pr. jobcenter")
    p.add_argument("--scenario", metavar="NAME", help="gemt scenarie (standard: Standard)")
    add_format(p)
    add_lang(p)
    p.set_defaults(func=run)


def resolve_centre(name: str) -> str:
    """The job centre's canonical name from a tolerant name or municipality."""
    centre = geography.match_jobcentre(name)
    if centre is None:
        raise BenchError(f"Ukendt jobcenter: '{name}'", f"Unknown job centre: '{name}'")
    return centre.name


def run(args) -> int:
    scenario, results = lever_results(args)
    if args.all:
        scopes = results.per_centre()
    else:
        scopes = [results.scope(resolve_centre(args.jobcenter) if args.jobcenter else None)]
    if args.format == "json":
        payload = [s.to_dict() for s in scopes] if args.all else scopes[0].to_dict()
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    elif args.format == "csv":
        write_csv(scopes, sys.stdout, args.lang)
        for s in scopes:
            print_notes(s, args.lang, sys.stderr)
    else:
        for s in scopes:
            print_table(s, args.lang)
    return 0


def label(names: dict[str, tuple[str, str]], code: str, lang: str) -> str:
    """The catalogue's Danish (or English) name of an area, binding or horizon code."""
    da, en = names[code]
    return en if lang == "en" else da


def short_label(names: dict[str, tuple[str, str]], code: str, lang: str) -> str:
    """The name without its parenthesis, for narrow table columns ("Kort sigt")."""
    return label(names, code, lang).split(" (")[0]


def write_csv(scopes: list[ScopeSummary], out, lang: str = "da") -> None:
    """One row per lever; the code columns keep the JSON codes, the label columns the names."""
    w = csv.writer(out, lineterminator="\n")
    w.writerow(CSV_COLUMNS + CSV_LABEL_COLUMNS)
    for s in scopes:
        for r in s.levers:
            d = r.to_dict()
            w.writerow([s.scope] + [d[c] for c in CSV_COLUMNS[1:]]
                       + [r.name_en if lang == "en" else r.name_da, label(AREAS, r.area, lang),
                          label(BINDINGS, r.binding, lang), label(HORIZONS, r.horizon, lang)])


def _m(x: float, lang: str) -> str:
    return format_number(x / 1e6, 1, lang=lang)


def print_notes(s: ScopeSummary, lang: str, stream=None, limit: int = 10) -> None:
    """'Bemærk: …' for each centre left out of the potential (total FTE 0 or unknown)."""
    en = lang == "en"
    notes = s.notes(lang)
    for note in notes[:limit]:
        print(("Note: " if en else "Bemærk: ") + note, file=stream)
    if len(notes) > limit:
        more = len(notes) - limit
        print(f"... and {more} more centres left out" if en else f"... og {more} jobcentre mere er ikke regnet med",
              file=stream)


def print_table(s: ScopeSummary, lang: str) -> None:
    en = lang == "en"
    scope = ("National" if en else "Landsplan") if s.scope == "national" else s.scope
    print(f"{scope}, {s.year}, {'scenario' if en else 'scenarie'} {s.scenario}"
          f" ({'DKK m per year' if en else 'mio. kr. pr. år'})")
    print(f"{'Id':<5}{'Lever' if en else 'Forslag':<50}{'Binding':<25}{'Horizon' if en else 'Sigt':<20}"
          f"{'Low' if en else 'Lav':>9}{'High' if en else 'Høj':>9}")
    for r in s.levers:
        name = (r.name_en if en else r.name_da)[:48]
        if r.quantified:
            values = f"{_m(r.low_dkk, lang):>9}{_m(r.high_dkk, lang):>9}"
        else:
            values = f"{'not quantified' if en else 'ikke kvantificeret':>18}"
        binding, horizon = label(BINDINGS, r.binding, lang), short_label(HORIZONS, r.horizon, lang)
        print(f"{r.id:<5}{name:<50}{binding:<25}{horizon:<20}{values}")
    rows = (
        ("Gross" if en else "Brutto", s.gross_low_dkk, s.gross_high_dkk),
        ("Overlap" if en else "Eliminering (overlap)", -s.overlap_low_dkk, -s.overlap_high_dkk),
        ("Total (net)" if en else "I alt (netto)", s.total_low_dkk, s.total_high_dkk),
    )
    for text, lo, hi in rows:
        print(f"{text:<100}{_m(lo, lang):>9}{_m(hi, lang):>9}")
    lo, hi = s.share_of_cost_base
    if lo == lo:
        pct = f"{format_number(lo * 100, 1, lang=lang)}-{format_number(hi * 100, 1, lang=lang)} %"
        print(f"{'Share of cost base' if en else 'Andel af omkostningsbasen'}: {pct}")
    print_notes(s, lang)
    for title, names, groups in ((("Area" if en else "Område"), AREAS, s.by_area),
                                 ("Binding", BINDINGS, s.by_binding),
                                 (("Horizon" if en else "Sigt"), HORIZONS, s.by_horizon)):
        parts = ", ".join(f"{k if names is AREAS else label(names, k, lang)} "
                          f"{_m(v['low_dkk'], lang)}-{_m(v['high_dkk'], lang)}" for k, v in groups.items())
        print(f"{title}: {parts}")
    print()
