"""``jobcenter-bench dea``: data envelopment analysis (effektivitetsfront) of the job centres.

JSON: a list with one object per centre: ``jobcenter``, ``efficiency`` (θ ∈ (0, 1]),
``super_efficiency``, ``peers`` (name → λ), ``slacks`` (``input`` and each output key, in the
variables' units; ``null`` when excluded), ``target_input``, ``input``, ``outputs``, ``excluded``
(``null`` or the reason). CSV: the same, one row per centre, peers as "Name:λ;Name:λ". The table
is ranked by efficiency; ``--sensitivity`` adds the leave-one-out check, ``--second-stage`` the
regression of θ on the framework conditions. Model and year go to stderr for CSV and JSON.
"""

from __future__ import annotations

import csv
import json
import sys

from jobcenter_bench.cli._common import add_db, add_format, add_lang, add_year
from jobcenter_bench.core.numbers import format_number


def register(sub) -> None:
    from jobcenter_bench.core.frontier_models import INPUTS, OUTPUTS, PRESETS

    p = sub.add_parser("dea", help="effektivitetsfront (DEA): effektivitet, forbilleder og mål pr. jobcenter")
    add_db(p)
    add_year(p)
    p.add_argument("--preset", metavar="NAVN", help="model: " + ", ".join(
        f"{k} ({m.name_da})" for k, m in PRESETS.items()) + " (standard: sagsproduktivitet)")
    p.add_argument("--rts", choices=("vrs", "crs"), help="skalaafkast: variabelt (vrs) eller konstant (crs)")
    p.add_argument("--orientation", choices=("input", "output"), help="input- eller outputorienteret")
    p.add_argument("--input", choices=tuple(INPUTS), help="input")
    p.add_argument("--outputs", metavar="K1,K2", help="output, kommasepareret: " + ", ".join(OUTPUTS))
    p.add_argument("--exclude", metavar="A,B", help="jobcentre der udelades (erstatter modellens liste; '' = ingen)")
    p.add_argument("--min-persons", type=float, metavar="N",
                   help="udelad jobcentre med færre fuldtidspersoner (ADP+KTH+SDP)")
    p.add_argument("--sensitivity", action="store_true", help="vis leave-one-out-følsomhed (tabel)")
    p.add_argument("--second-stage", action="store_true", help="vis regression af θ på rammevilkår (tabel)")
    add_format(p)
    add_lang(p)
    p.set_defaults(func=run)


def model_from(args):
    """The preset with the command line's changes."""
    from jobcenter_bench.core.frontier_models import ExclusionRule, customise, preset

    base = preset(args.preset)
    outputs = tuple(o.strip() for o in args.outputs.split(",") if o.strip()) if args.outputs else None
    rule = None
    if args.exclude is not None or args.min_persons is not None:
        names = base.exclusion.centres if args.exclude is None else tuple(
            n.strip() for n in args.exclude.split(",") if n.strip())
        rule = ExclusionRule(names, args.min_persons if args.min_persons is not None else base.exclusion.min_persons)
    return customise(base, input=args.input, outputs=outputs, orientation=args.orientation, rts=args.rts,
                     exclusion=rule)


def run(args) -> int:
    from jobcenter_bench.core.session import AnalysisOptions, SessionState, compute

    model = model_from(args)
    results = compute(args.db, SessionState(year=args.year, with_previous=False,
                                            options=AnalysisOptions(inference=False)))
    result = results.dea(model)
    lang = args.lang
    if args.format == "json":
        print(heading(result, lang), file=sys.stderr)
        print(json.dumps(result.to_json_records(lang), ensure_ascii=False, indent=2, allow_nan=False))
    elif args.format == "csv":
        print(heading(result, lang), file=sys.stderr)
        write_csv(result, sys.stdout, lang)
    else:
        print(heading(result, lang))
        print_table(result, lang)
        for da, en in result.notes:
            print(("Note: " if lang == "en" else "Bemærk: ") + (en if lang == "en" else da))
        if args.sensitivity:
            print_sensitivity(results, model, lang)
        if args.second_stage:
            print_second_stage(results, model, lang)
    return 0


def heading(result, lang: str) -> str:
    from jobcenter_bench.core.frontier_models import INPUTS, OUTPUTS

    m, en = result.model, lang == "en"
    i = 1 if en else 0
    orient = {"input": ("inputorienteret", "input-oriented"), "output": ("outputorienteret", "output-oriented")}
    rts = {"vrs": ("variabelt skalaafkast", "variable returns to scale"),
           "crs": ("konstant skalaafkast", "constant returns to scale")}
    outs = ", ".join(OUTPUTS[k][i] for k in m.outputs)
    return (f"{'Year' if en else 'År'} {result.year}. {m.name(lang)}: {orient[m.orientation][i]}, {rts[m.rts][i]}; "
            f"input: {INPUTS[m.input][i]}; output: {outs}. "
            f"{'Excluded' if en else 'Udeladt'}: {m.exclusion.describe(lang)}.")


def write_csv(result, out, lang: str) -> None:
    w = csv.writer(out, lineterminator="\n")
    keys = ("jobcenter", "efficiency", "super_efficiency", "target_input", "input", "input_slack",
            *(f"slack_{k}" for k in result.model.outputs), *result.model.outputs, "peers", "excluded")
    w.writerow(keys)
    for c in result.centres:
        slacks = dict(c.output_slacks)
        row = [c.jobcenter, c.efficiency, c.super_efficiency, c.target_input, c.input, c.input_slack,
               *(slacks.get(k) for k in result.model.outputs), *(v for _, v in c.outputs),
               ";".join(f"{n}:{lam}" for n, lam in c.peers), c.excluded_en if lang == "en" else c.excluded]
        w.writerow(["" if v is None else v for v in row])


def print_table(result, lang: str) -> None:
    from jobcenter_bench.core.frontier_analysis import dea_summary_rows

    header, rows = dea_summary_rows(result, lang)
    big = max((abs(r[4]) for r in rows if r[4] is not None), default=0) >= 1000
    d_in = 0 if big else 1  # FTE with one decimal, DKK in whole kroner
    decimals = (None, 3, 3, 0, d_in, d_in, d_in, None, None)
    text = [tuple(v if isinstance(v, str) else ("–" if v is None else format_number(v, d or 0, lang))
                  for v, d in zip(r, decimals, strict=True)) for r in rows]
    text = [tuple(t[:-1]) + ((r[-1] or "")[:60],) for t, r in zip(text, rows, strict=True)]
    widths = [max(len(h), *(len(t[i]) for t in text)) for i, h in enumerate(header)]
    for r in (header, *text):
        print("  ".join(v.rjust(w) if 0 < i < 7 else v.ljust(w)
                        for i, (v, w) in enumerate(zip(r, widths, strict=True))).rstrip())


def print_sensitivity(results, model, lang: str) -> None:
    en = lang == "en"
    print("Leave-one-out: " + ("the largest rise in efficiency of the centres that have a peer, when it is removed"
                                if en else "største stigning i effektivitet hos dem, der har forbilledet, når det fjernes"))
    for p in results.dea_sensitivity(model):
        print(f"  {p.peer}: {len(p.changes)} {'centres' if en else 'jobcentre'}, "
              f"{'max' if en else 'maks.'} +{format_number(p.max_change, 3, lang)}, "
              f"{'mean' if en else 'gns.'} +{format_number(p.mean_change, 3, lang)}")


def print_second_stage(results, model, lang: str) -> None:
    from jobcenter_bench.core.errors import BenchError

    en = lang == "en"
    try:
        st = results.dea_second_stage(model)
    except BenchError as exc:
        print(("Note: " if en else "Bemærk: ") + exc.text(lang))
        return
    print(("Second stage: OLS of efficiency on framework conditions (HC1 standard errors), "
           if en else "Andet trin: OLS af effektivitet på rammevilkår (HC1-standardfejl), ")
          + f"N = {st.n}, R² = {format_number(st.r_squared, 3, lang)}, "
          f"{'adjusted' if en else 'justeret'} R² = {format_number(st.r_squared_adj, 3, lang)}")
    width = max(len(c.name) for c in st.coefficients)
    for c in st.coefficients:
        print(f"  {c.name:<{width}}  {format_number(c.estimate, 4, lang):>10}  "
              f"({'SE' if en else 'SF'} {format_number(c.std_error, 4, lang)}, p = {format_number(c.p, 3, lang)})")
