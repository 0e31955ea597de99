"""``jobcenter-bench peers``: the N job centres most similar to one, with the user's weights.

Variables: the year's framework conditions, size (``population``, ``full_time_persons``,
``fte``) and benefit mix (``share_adp``, ``share_kth``, ``share_sdp``); ``--weights var=w,…``
(a unique prefix of a name is enough; default weight 1 on each framework condition). ``--save
NAME`` stores the listed centres as a peer group in the database (saving again under the name
edits it); ``--list`` shows the saved groups, ``--delete NAME`` removes one. JSON: an object
with ``jobcenter``, ``weights``, ``skipped`` and ``centres`` (``jobcenter``, ``distance``,
``cluster``, ``population``, ``fte``, ``cases_per_fte``, ``effect``, ``observed_rate``,
``predicted_rate``, ``cost_per_fte``).
"""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import asdict

from jobcenter_bench.cli._common import add_db, add_format, add_lang, add_year
from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.numbers import format_number

FIELDS = ("jobcenter", "distance", "cluster", "population", "fte", "cases_per_fte", "effect",
          "observed_rate", "predicted_rate", "cost_per_fte")


def register(sub) -> None:
    p = sub.add_parser("peers", help="de mest sammenlignelige jobcentre med egne vægte; gemte sammenligningsgrupper")
    add_db(p)
    add_year(p)
    p.add_argument("--jobcenter", metavar="NAME", help="jobcentret (navn eller kommune)")
    p.add_argument("--n", type=int, default=5, metavar="N", help="antal jobcentre (standard 5)")
    p.add_argument("--weights", metavar="VAR=W,…", help="vægte pr. variabel (standard: 1 på hvert rammevilkår)")
    p.add_argument("--save", metavar="NAVN", help="gem de fundne jobcentre som sammenligningsgruppe")
    p.add_argument("--list", action="store_true", help="vis de gemte sammenligningsgrupper")
    p.add_argument("--delete", metavar="NAVN", help="slet en gemt sammenligningsgruppe")
    add_format(p)
    add_lang(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from jobcenter_bench.core.store import Store

    with Store.open(args.db, create=False) as store:
        if args.list or args.delete:
            return _groups(store, args)
        if not args.jobcenter:
            raise BenchError("Angiv --jobcenter NAVN (eller --list).", "Give --jobcenter NAME (or --list).")
        found = _similar(store, args)
        if args.save:
            with store.transaction():
                store.save_peer_group(args.save, found.members(), found.jobcenter, dict(found.weights), args.year)
    _print(found, args)
    if args.save:
        print(f"{'Saved as peer group' if args.lang == 'en' else 'Gemt som sammenligningsgruppe'} '{args.save}'.",
              file=sys.stderr)
    return 0


def _similar(store, args):
    from jobcenter_bench.core import geography
    from jobcenter_bench.core.session import AnalysisOptions, Session, SessionState

    centre = geography.match_jobcentre(args.jobcenter)
    if centre is None:
        raise BenchError(f"Ukendt jobcenter: '{args.jobcenter}'", f"Unknown job centre: '{args.jobcenter}'")
    results = Session(store).compute(SessionState(year=args.year, with_previous=False,
                                                  options=AnalysisOptions(inference=False)))
    weights = results.parse_similarity_weights(args.weights) if args.weights else None
    return results.similar(centre.name, weights, args.n)


def _groups(store, args) -> int:
    en = args.lang == "en"
    if args.delete:
        with store.transaction():
            store.delete_peer_group(args.delete)
        print(f"{'Deleted' if en else 'Slettet'}: {args.delete}")
        return 0
    groups = [store.peer_group(n) for n in store.peer_group_names()]
    if args.format == "json":
        print(json.dumps(groups, ensure_ascii=False, indent=2))
        return 0
    if not groups:
        print("No saved peer groups." if en else "Ingen gemte sammenligningsgrupper.")
    for g in groups:
        print(f"{g['name']} ({g['jobcenter'] or '–'}): {', '.join(g['members'])}")
    return 0


def _print(found, args) -> None:
    lang, en = args.lang, args.lang == "en"
    records = [asdict(c) for c in found.centres]
    if args.format == "json":
        print(json.dumps({"jobcenter": found.jobcenter, "weights": dict(found.weights),
                          "skipped": list(found.skipped), "centres": records},
                         ensure_ascii=False, indent=2, allow_nan=False))
        return
    if args.format == "csv":
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(FIELDS)
        for r in records:
            w.writerow(["" if r[k] is None else r[k] for k in FIELDS])
        return
    weights = ", ".join(f"{k} = {format_number(v, 2, lang)}" for k, v in found.weights)
    print(f"{'Most similar to' if en else 'Mest sammenlignelige med'} {found.jobcenter} ({weights})")
    head = (("Job centre", "Distance", "Cluster", "Pop. 16-64", "FTE", "Cases/FTE", "Effect", "Obs. rate",
             "Cost/FTE") if en else
            ("Jobcenter", "Afstand", "Klynge", "Bef. 16-64", "Årsværk", "Sager/årsv.", "Effekt", "Obs. fors.",
             "Omk./årsv."))
    rows = [(c.jobcenter, format_number(c.distance, 2, lang), str(c.cluster or "–"),
             format_number(c.population, 0, lang), format_number(c.fte, 0, lang),
             format_number(c.cases_per_fte, 0, lang), format_number(c.effect, 1, lang),
             format_number(c.observed_rate, 1, lang), format_number(c.cost_per_fte, 0, lang))
            for c in found.centres]
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(head)]
    for r in (head, *rows):
        print("  ".join(v.ljust(w) if i == 0 else v.rjust(w) for i, (v, w) in enumerate(zip(r, widths, strict=True))))
    if found.skipped:
        print(("Note: constant, not used: " if en else "Bemærk: konstante, ikke brugt: ") + ", ".join(found.skipped))
