"""Page 1 of the reports: the answer in a few sentences, written from the numbers (sammenfatning).

Each function returns plain sentences (templates of ``resources/texts.toml`` filled with figures
of ``Results``, formatted by ``core.measures``), grouped under four questions: where the centre
stands, why, what it could gain, and its business case. The national summary answers the same
for the country. Nothing here computes a figure the core has not computed; ranks are counts
over the analysis' own centre list.
"""

from __future__ import annotations

from dataclasses import dataclass

from jobcenter_bench.core import measures as ms
from jobcenter_bench.core.i18n import t
from jobcenter_bench.core.session import ranks
from jobcenter_bench.reports import facts
from jobcenter_bench.reports.fmt import mdkk, num

#: The benchmark of the benchmark-based estimate shown beside the levers.
BENCHMARK_KEY = "national_upper_quartile"


@dataclass(frozen=True)
class Block:
    """One question of the summary and its sentences."""

    title: str
    sentences: tuple[str, ...]


def _v(key: str, value, lang: str) -> str:
    return ms.format_value(key, value, lang)


def productivity_ranks(results, name: str) -> tuple[int | None, int, int | None, int]:
    """Rank on cases per FTE among all centres and within the cluster (1 = most), and counts."""
    c = results.centre(name)
    everyone = {x.jobcenter: x.cases_per_fte for x in results.centres}
    cluster = {x.jobcenter: x.cases_per_fte for x in results.centres
               if c.cluster is not None and x.cluster == c.cluster}
    n_all = sum(v is not None for v in everyone.values())
    n_cluster = sum(v is not None for v in cluster.values())
    return (ranks(everyone).get(name), n_all, ranks(cluster).get(name), n_cluster)


def time_use_outliers(results, name: str, n: int = 3) -> list[tuple[str, float, float]]:
    """The ``n`` time-use categories where the centre is furthest from the national mean
    (hours per FTE per year): (key, centre hours, national hours), largest gap first."""
    hours = facts.centre_hours(results, name)
    gaps = [(k.key, hours[k.key], k.national) for k in facts.time_categories(results)
            if k.key not in facts.TOTAL_KEYS and hours.get(k.key) is not None and k.national is not None]
    return sorted(gaps, key=lambda g: -abs(g[1] - g[2]))[:n]


def benchmark_estimate(results, name: str | None = None):
    """The benchmark-based potential (``BENCHMARK_KEY``) of centre ``name`` (``None``: the
    country) as (label, freed FTE, DKK); ``None`` when the analysis has no such benchmark."""
    bench = next((b for b in results.analysis.potential if b.key == BENCHMARK_KEY), None)
    if bench is None:
        return None
    if name is None:
        return bench, bench.total_freed_fte, bench.total_dkk
    row = next((c for c in bench.centres if c.jobcenter == name), None)
    return bench, (row.freed_fte if row else 0.0), (row.dkk or 0.0) if row else 0.0


def centre_summary(results, name: str, lang: str = "da") -> list[Block]:
    """The four blocks of a centre's page 1."""
    return [b for b in (_where(results, name, lang), _why(results, name, lang),
                        _gain(results, name, lang), _case(results, name, lang)) if b is not None]


def _where(results, name: str, lang: str) -> Block:
    c = results.centre(name)
    nat = results.analysis.national_summary
    rank, n_all, crank, n_cluster = productivity_ranks(results, name)
    out = []
    if c.cases_per_fte is not None:
        out.append(t("sum_productivity", lang, centre=name, value=_v("cases_per_fte", c.cases_per_fte, lang),
                     median=_v("cases_per_fte", ms.benchmark_value("cases_per_fte", nat), lang),
                     rank=rank, n=n_all, crank=crank if crank else "–", csize=n_cluster,
                     cluster=c.cluster if c.cluster is not None else "–"))
    if c.effect is not None:
        msg = "sum_effect_pos" if c.effect >= 0 else "sum_effect_neg"
        out.append(t(msg, lang, value=_v("effect", c.effect, lang), abs=_v("effect", abs(c.effect), lang),
                     mean=_v("effect", ms.benchmark_value("effect", nat), lang)))
    if c.quadrant:
        out.append(t("sum_quadrant", lang, quadrant=facts.quadrant_label(c.quadrant, lang)))
    if c.cluster_rank is not None:
        out.append(t("sum_placement", lang, placement=c.placement(lang), cluster=c.cluster,
                     rate=_v("observed_rate_all", c.observed_rate_all, lang)))
    return Block(t("sum_where", lang, centre=name), tuple(out))


def _why(results, name: str, lang: str) -> Block | None:
    c = results.centre(name)
    out = []
    if c.predicted_rate is not None:
        msg = "sum_framework_better" if c.observed_rate <= c.predicted_rate else "sum_framework_worse"
        out.append(t(msg, lang, predicted=_v("predicted_rate", c.predicted_rate, lang),
                     observed=_v("observed_rate", c.observed_rate, lang)))
    gaps = time_use_outliers(results, name)
    labels = {k.key: facts.time_label(k, lang) for k in facts.time_categories(results)}
    if gaps:
        items = "; ".join(t("sum_time_item", lang, label=facts.lower_first(labels[k]), hours=num(h, "hours", lang),
                            avg=num(a, "hours", lang)) for k, h, a in gaps)
        out.append(t("sum_time_use", lang, items=items))
    return Block(t("sum_why", lang), tuple(out)) if out else None


def _gain(results, name: str | None, lang: str) -> Block | None:
    scope = results.lever_scope(name)
    out = []
    if scope is not None:
        fte, share = scope.net_fte, scope.share_of_cost_base
        out.append(t("sum_gain", lang, low=mdkk(scope.total_low_dkk, lang), high=mdkk(scope.total_high_dkk, lang),
                     fte_low=_v("net_fte_low", fte[0], lang), fte_high=_v("net_fte_high", fte[1], lang),
                     share_low=_v("net_share_low", share[0] * 100, lang),
                     share_high=_v("net_share_high", share[1] * 100, lang),
                     scenario=results.scenario_text(lang)))
        from jobcenter_bench.reports.sections import largest_levers

        top = largest_levers(scope)
        if top:
            items = "; ".join(f"{lv.id} {facts.lever_name(lv, lang)} ({mdkk(lv.low_dkk, lang)}–"
                              f"{mdkk(lv.high_dkk, lang)})" for lv in top)
            out.append(t("sum_top_levers", lang, n=len(top), items=items))
    bench = benchmark_estimate(results, name)
    if bench is not None:
        b, fte_b, dkk_b = bench
        if name is not None and not fte_b:
            out.append(t("sum_benchmark_above", lang, label=facts.lower_first(facts.pick_label(b, lang))))
        else:
            out.append(t("sum_benchmark", lang, label=facts.lower_first(facts.pick_label(b, lang)),
                         fte=_v("net_fte_low", fte_b, lang), mdkk=mdkk(dkk_b, lang)))
    return Block(t("sum_gain_title", lang), tuple(out)) if out else None


def _case(results, name: str, lang: str) -> Block | None:
    entry = results.business_case(name)
    if entry is None:
        return None
    case = entry.case
    last = case.years[-1]
    payback = (t("sum_payback", lang, year=case.payback_year) if case.payback_year
               else t("bc_no_payback", lang))
    out = [t("sum_case", lang, title=entry.title(lang), n=len(case.levers), year=last.year,
             net=mdkk(last.net, lang), cumulative=mdkk(last.cumulative, lang), payback=payback)]
    if not entry.saved:
        out.append(t("sum_case_default", lang))
    return Block(t("sec_business_case", lang), tuple(out))


def national_summary(results, lang: str = "da") -> list[Block]:
    """The country's page 1: spread, relationships, quadrants, potential."""
    from jobcenter_bench.core.session import QUADRANT_KEYS
    from jobcenter_bench.reports.sections import find_relationship, relationship_finding

    nat = results.analysis.national_summary
    comp = results.analysis.compared()
    out = []
    if nat is not None:
        out.append(t("sum_nat_spread", lang, n=len(comp), total=len(results.centres),
                     median=_v("cases_per_fte", nat.cases_per_fte_median, lang),
                     min=_v("cases_per_fte", nat.cases_per_fte_min, lang),
                     max=_v("cases_per_fte", nat.cases_per_fte_max, lang)))
    for x, y in (("predicted_rate_all", "cases_per_fte"), ("cases_per_fte", "effect")):
        rel = find_relationship(results, x, y)
        if rel is not None:
            out.append(relationship_finding(rel, lang) + ".")
    counts = {k: sum(c.quadrant == k for c in comp) for k in QUADRANT_KEYS}
    out.append(t("sum_nat_quadrants", lang, items="; ".join(
        f"{facts.quadrant_label(k, lang)}: {n}" for k, n in counts.items())))
    blocks = [Block(t("sum_nat_where", lang), tuple(out))]
    gain = _gain(results, None, lang)
    if gain is not None:
        blocks.append(gain)
    saved = sum(1 for e in results.business_cases().values() if e.saved)
    blocks.append(Block(t("sec_business_case", lang), (t("sum_nat_cases", lang, n=saved),)))
    return blocks
