"""The centre report's page "Hvem ligner os, og hvem gør det bedre" (issue 15).

The centre's efficiency θ on the DEA frontier (the default model, ``Results.dea()``), its
peers (forbilleder) with their weights λ and their figures, the target input and the possible
saving, a sentence stating the finding, and a warning when the result hinges on one peer
(leave-one-out: ``Results.dea_hinges``, e.g. a frontier drawn through København); then the five
most similar centres (``Results.similar``: the saved weights when the chosen peer group was
made for this centre, else weight 1 on each framework condition) with their θ and key figures.
Every number comes from ``Results``; labels and decimals from ``core.measures``.
"""

from __future__ import annotations

from jobcenter_bench.core import measures as ms
from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.i18n import t
from jobcenter_bench.core.numbers import format_number
from jobcenter_bench.reports.facts import lower_first
from jobcenter_bench.reports.pdf_base import data_table, escape, heading, para
from jobcenter_bench.reports.sections import TEXT_WIDTH, keep_room

#: How many similar centres the page lists.
N_SIMILAR = 5


def peers_page(results, name: str, lang: str = "da") -> list:
    """The page's flowables for centre ``name`` (its exact name)."""
    out = [keep_room(420), heading(t("dea_sec", lang))]
    try:
        dea = results.dea()
    except BenchError as exc:
        out.append(para(escape(t("dea_unavailable", lang, reason=exc.text(lang)))))
        dea = None
    if dea is not None:
        out += _frontier_block(results, dea, name, lang)
    out += _similar_block(results, dea, name, lang)
    out.append(para(escape(t("dea_method_note", lang)), "caption"))
    return out


def _frontier_block(results, dea, name: str, lang: str) -> list:
    model = dea.model
    inputs, outputs = results.dea_variables(lang)
    out = [para(escape(t(
        "dea_intro", lang, model=model.name(lang), orientation=t(f"dea_{model.orientation}_oriented", lang),
        rts=t(f"dea_{model.rts}", lang), input=lower_first(inputs[model.input][0]),
        outputs=", ".join(lower_first(outputs[k][0]) for k in model.outputs))))]
    me = dea.centre(name)
    if me.efficiency is None:
        reason = me.excluded_en if lang == "en" else me.excluded
        return [*out, para(escape(t("dea_excluded", lang, centre=name, reason=reason or "–")))]
    unit = inputs[model.input][1]
    d_in = _input_decimals(me.input)
    ranks = _ranks(results.dea_table(model, lang)[1])
    facts_rows = [
        [t("dea_efficiency", lang), ms.format_value("dea_efficiency", me.efficiency, lang)],
        [t("dea_rank", lang), t("dea_rank_value", lang, rank=ranks[name], n=len(dea.included()))],
        [t("dea_input_value", lang, input=inputs[model.input][0]) + f" ({unit})",
         format_number(me.input, d_in, lang)],
        [t("dea_target", lang) + f" ({unit})", format_number(me.target_input, d_in, lang)],
        [t("dea_saving", lang) + f" ({unit})", format_number(me.input - me.target_input, d_in, lang)],
    ]
    if me.super_efficiency is not None:
        facts_rows.insert(1, [t("dea_super", lang), ms.format_value("dea_super_efficiency", me.super_efficiency, lang)])
    table = data_table([ms.label("dea_efficiency", lang), name], facts_rows, widths=[220, 110])
    table.hAlign = "LEFT"
    out.append(table)
    out.append(para("", "small"))
    out += _peer_table(results, dea, me, lang)
    out.append(para(escape(finding(results, dea, me, lang)), "body"))
    out.append(para(escape(hinge_text(results, dea, name, lang)), "body"))
    return out


def _peer_table(results, dea, me, lang: str) -> list:
    model = dea.model
    inputs, outputs = results.dea_variables(lang)
    d_in = _input_decimals(me.input)
    header = [t("dea_col_peer", lang), ms.label("dea_lambda", lang, short=True), inputs[model.input][0],
              *[outputs[k][0] for k in model.outputs], ms.label("cases_per_fte", lang)]
    by_name = {c.jobcenter: c for c in dea.centres}
    rows = []
    for peer, lam in ((me.jobcenter, None), *me.peers):
        c = by_name[peer]
        record = results.find_centre(peer)
        rows.append([para(escape(peer), "cell"), "" if lam is None else ms.format_value("dea_lambda", lam, lang),
                     format_number(c.input, d_in, lang),
                     *[format_number(v, _output_decimals(k), lang) for k, v in c.outputs],
                     ms.format_value("cases_per_fte", record.cases_per_fte if record else None, lang)])
    n_out = len(model.outputs)
    fixed = [100, 40, 62]
    cases = 58
    each = (TEXT_WIDTH - sum(fixed) - cases) / n_out
    return [data_table(header, rows, widths=[*fixed, *[each] * n_out, cases], highlight={0}),
            para(escape(t("dea_peers_caption", lang, centre=me.jobcenter)), "caption")]


def finding(results, dea, me, lang: str) -> str:
    """The sentence stating where the centre stands on the frontier and how far from it."""
    if me.efficient or not me.peers or all(p == me.jobcenter for p, _ in me.peers):
        sup = "–" if me.super_efficiency is None else ms.format_value("dea_super_efficiency", me.super_efficiency, lang)
        return t("dea_finding_efficient", lang, centre=me.jobcenter, super=sup)
    peers = _names([p for p, _ in me.peers if p != me.jobcenter], lang)
    if me.efficiency >= 1 - 1e-6:
        return t("dea_finding_slack", lang, centre=me.jobcenter, peers=peers)
    if dea.model.orientation == "output":
        pct = format_number((1 / me.efficiency - 1) * 100, 0, lang)
        return t("dea_finding_output", lang, peers=peers, centre=me.jobcenter, pct=pct,
                 theta=ms.format_value("dea_efficiency", me.efficiency, lang))
    inputs, _ = results.dea_variables(lang)
    d_in = _input_decimals(me.input)
    pct = format_number((1 - me.target_input / me.input) * 100, 0, lang)
    return t("dea_finding_input", lang, peers=peers, centre=me.jobcenter,
             target=format_number(me.target_input, d_in, lang), unit=inputs[dea.model.input][1],
             input=format_number(me.input, d_in, lang), pct=pct)


def hinge_text(results, dea, name: str, lang: str) -> str:
    """The leave-one-out sentence: the peer the result rests on, or that no single one matters."""
    hinges = results.dea_hinges(name, dea.model)
    if not hinges:
        return t("dea_no_hinge", lang, rise=ms.format_value("dea_efficiency", results.dea_hinge_rise(), lang))
    h = hinges[0]
    size = ""
    if h.size_ratio is not None and h.size_ratio >= 2:
        size = t("dea_hinge_size", lang, ratio=format_number(h.size_ratio, 0, lang))
    return t("dea_hinge", lang, peer=h.peer, size=size, before=ms.format_value("dea_efficiency", h.before, lang),
             after=ms.format_value("dea_efficiency", h.after, lang))


def similar_weights(results, name: str) -> dict[str, float] | None:
    """The chosen saved group's weights when it was made for ``name``; else ``None`` (default)."""
    group = results.peer_group
    if group is not None and group.jobcenter == name and group.weights:
        return dict(group.weights)
    return None


def _similar_block(results, dea, name: str, lang: str) -> list:
    out = [heading(t("similar_sec", lang, n=N_SIMILAR), 2)]
    try:
        found = results.similar(name, similar_weights(results, name), N_SIMILAR)
    except BenchError as exc:
        return [*out, para(escape(t("similar_unavailable", lang, reason=exc.text(lang))))]
    variables = ", ".join(results.similarity_label(k, lang) for k, _ in found.weights)
    weights = ", ".join(format_number(w, 1, lang) for _, w in found.weights)
    out.append(para(escape(t("similar_intro", lang, variables=variables, weights=weights)), "small"))
    theta = {} if dea is None else {c.jobcenter: c.efficiency for c in dea.centres}
    keys = ("cases_per_fte", "effect", "cost_per_fte")
    header = [t("col_centre", lang), ms.label("similarity_distance", lang), ms.label("dea_efficiency", lang, short=True),
              *[ms.label_with_unit(k, lang, short=True) for k in keys]]
    rows = [[para(escape(c.jobcenter), "cell"), ms.format_value("similarity_distance", c.distance, lang),
             ms.format_value("dea_efficiency", theta.get(c.jobcenter), lang),
             *[ms.format_value(k, getattr(c, k), lang) for k in keys]] for c in found.centres]
    rest = (TEXT_WIDTH - 130) / 5
    out.append(data_table(header, rows, widths=[130] + [rest] * 5))
    mine = theta.get(name)
    if mine is not None:
        better = [c.jobcenter for c in found.centres if (theta.get(c.jobcenter) or 0) > mine + 1e-9]
        text = (t("similar_better", lang, n=len(found.centres), k=len(better), centre=name, names=_names(better, lang))
                if better else t("similar_none_better", lang, n=len(found.centres), centre=name))
        out.append(para(escape(text), "body"))
    return out


def _ranks(rows) -> dict[str, int]:
    return {r[0]: r[3] for r in rows if r[3] is not None}


def _names(names: list[str], lang: str) -> str:
    """``A, B og C`` / ``A, B and C``."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {t('list_and', lang)} " + names[-1]


def _input_decimals(value: float | None) -> int:
    """FTE with one decimal, kroner (large inputs) in whole numbers."""
    return 0 if value is not None and abs(value) >= 1000 else 1


def _output_decimals(key: str) -> int:
    return 2 if key.startswith("relative_rate") else 0
