"""``jobcenter-bench model``: the effect model's regression table (statsmodels).

OLS (or WLS with ``--weights population``) of the observed dependency rate on the framework
conditions, one observation per job centre: coefficients, standard errors, t, p, 95 % CI, R²,
adjusted R², N and the centres with a large Cook's distance.
"""

from __future__ import annotations

import json
from dataclasses import asdict

from jobcenter_bench.cli._common import add_db, add_format, add_lang, add_year
from jobcenter_bench.cli.analyse import options_from
from jobcenter_bench.core.effect_model import ModelTable
from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.numbers import format_number
from jobcenter_bench.core.session import SessionState, compute

RATE_TEXT = {"core": ("a-dagpenge, kontanthjælp og sygedagpenge", "ADP, KTH and SDP"),
             "all": ("alle ydelser", "all benefits")}


def register(sub) -> None:
    p = sub.add_parser("model", help="regressionstabellen for effektmodellen")
    add_db(p)
    add_year(p)
    p.add_argument("--rate", choices=("core", "all"), default="core",
                   help="forsørgelsesgrad: core = ADP+KTH+SDP (standard), all = alle ydelser")
    p.add_argument("--variables", metavar="A,B,C", help="rammevilkår (standard: alle importerede)")
    p.add_argument("--weights", choices=("population",), default=None,
                   help="vægt med befolkningen 16-64 år (WLS)")
    add_format(p, ("table", "json"))
    add_lang(p)
    p.set_defaults(func=run)


def run(args) -> int:
    args.prediction = None  # the table is the own model whatever source the analysis uses
    state = SessionState(year=args.year, options=options_from(args, inference=True), with_previous=False)
    res = compute(args.db, state).analysis
    table = res.models.get(args.rate)
    if table is None:
        raise BenchError(res.model_note or "Modellen kunne ikke estimeres.",
                         res.model_note or "The model could not be fitted.")
    if args.format == "json":
        print(json.dumps({"year": res.year, **asdict(table)}, ensure_ascii=False, indent=2))
        return 0
    print(f"{'Year' if args.lang == 'en' else 'År'} {res.year}")
    print_table(table, args.lang)
    return 0


def print_table(t: ModelTable, lang: str) -> None:
    en = lang == "en"
    kind = ("WLS (population weights)" if en else "WLS (befolkningsvægte)") if t.weights else "OLS"
    rate = RATE_TEXT[t.rate][1 if en else 0]
    print(f"{kind}: {'observed dependency rate' if en else 'observeret forsørgelsesgrad'} ({rate}), N = {t.n}")
    head = ("Variable" if en else "Variabel", "Coef." if en else "Koef.", "Std.err." if en else "Std.fejl",
            "t", "p", "95 % CI")
    rows = [(c.name, format_number(c.estimate, 4, lang), format_number(c.std_error, 4, lang),
             format_number(c.t, 2, lang), format_number(c.p, 3, lang),
             f"[{format_number(c.ci_low, 4, lang)}; {format_number(c.ci_high, 4, lang)}]")
            for c in t.coefficients]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(head)]
    for r in (head, *rows):
        print("  ".join(v.ljust(w) if i == 0 else v.rjust(w)
                        for i, (v, w) in enumerate(zip(r, widths, strict=True))))
    print(f"R² = {format_number(t.r_squared, 3, lang)}, "
          f"{'adjusted' if en else 'justeret'} R² = {format_number(t.r_squared_adj, 3, lang)}, "
          f"F-test p = {format_number(t.f_pvalue, 4, lang)}")
    if t.influential:
        label = "Influential (Cook's D > 4/N)" if en else "Indflydelsesrige (Cooks D > 4/N)"
        print(f"{label}: " + ", ".join(f"{i.jobcenter} ({format_number(i.cooks_distance, 2, lang)})"
                                       for i in t.influential))
