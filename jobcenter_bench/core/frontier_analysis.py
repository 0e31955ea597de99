"""What to read next to a DEA: second-stage regression, leave-one-out sensitivity, table rows.

Second stage (andet trin): the efficiency θ of the included centres regressed on framework
conditions (rammevilkår) by ordinary least squares, θ = b0 + Σ b_j × variable_j + e, with
heteroscedasticity-robust (HC1) standard errors; statsmodels, imported inside the function. θ is
bounded by 1 and the θs of different centres depend on each other through the frontier (Simar &
Wilson 2007), so the p-values are a description, not a proof: a significant positive b_j says
centres with more of variable j tend to sit closer to the frontier.

Leave-one-out (følsomhed): for every efficient centre that is a peer of another centre, the DEA
is re-solved without it for the centres that have it as a peer (the others cannot change: their
optimal peers are still there, and removing a unit never lowers θ). A large change says the
frontier there rests on one centre — an outlier or a data error would move many results.
"""

from __future__ import annotations

from dataclasses import dataclass

from jobcenter_bench.core.effect_model import Coefficient
from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.numbers import format_number


@dataclass(frozen=True)
class SecondStage:
    """θ regressed on framework conditions: OLS with HC1 standard errors, ``n`` centres."""

    variables: tuple[str, ...]
    n: int
    r_squared: float
    r_squared_adj: float
    f_pvalue: float
    coefficients: tuple[Coefficient, ...]


def second_stage(result, analysis, variables: tuple[str, ...] | None = None) -> SecondStage:
    """Regress the included centres' θ on ``variables`` (default: the analysis' framework variables)."""
    import numpy as np
    from statsmodels.regression.linear_model import OLS

    variables = tuple(variables if variables is not None else analysis.variables)
    framework = {c.jobcenter: c.framework for c in analysis.centres}
    rows = [(c.efficiency, [framework[c.jobcenter].get(v) for v in variables]) for c in result.included()]
    rows = [(y, x) for y, x in rows if all(v is not None for v in x)]
    if not variables or len(rows) < len(variables) + 2:
        raise BenchError(
            f"Andet trin kræver rammevilkår og mindst {len(variables) + 2} jobcentre med data ({len(rows)}).",
            f"The second stage needs framework variables and at least {len(variables) + 2} centres with data "
            f"({len(rows)}).")
    y = np.array([r[0] for r in rows])
    if np.ptp(y) <= 1e-12:
        raise BenchError("Andet trin kan ikke beregnes: alle jobcentre har samme effektivitet.",
                         "The second stage cannot be computed: every centre has the same efficiency.")
    X = np.column_stack([np.ones(len(rows)), np.array([r[1] for r in rows], dtype=float)])
    fit = OLS(y, X).fit(cov_type="HC1")
    ci = fit.conf_int()
    coefs = tuple(Coefficient(name, float(fit.params[i]), float(fit.bse[i]), float(fit.tvalues[i]),
                              float(fit.pvalues[i]), float(ci[i][0]), float(ci[i][1]))
                  for i, name in enumerate(("const", *variables)))
    return SecondStage(variables, len(rows), float(fit.rsquared), float(fit.rsquared_adj),
                       float(fit.f_pvalue), coefs)


@dataclass(frozen=True)
class PeerInfluence:
    """What happens to the centres that have ``peer`` as a peer when it is removed.

    ``changes``: (centre, θ with the peer, θ without it); ``max_change`` the largest rise in θ.
    """

    peer: str
    changes: tuple[tuple[str, float, float], ...]

    @property
    def max_change(self) -> float:
        return max((after - before for _, before, after in self.changes), default=0.0)

    @property
    def mean_change(self) -> float:
        if not self.changes:
            return 0.0
        return sum(after - before for _, before, after in self.changes) / len(self.changes)


def leave_one_out(result) -> tuple[PeerInfluence, ...]:
    """The θ change of each efficient peer's dependants when that peer is removed, largest first."""
    from jobcenter_bench.core.frontier import leave_one_out_theta

    used = result.included()
    names = [c.jobcenter for c in used]
    X = [[c.input] for c in used]
    Y = [[v for _, v in c.outputs] for c in used]
    out = []
    for j, peer in enumerate(names):
        dependants = [i for i, c in enumerate(used) if c.jobcenter != peer and peer in dict(c.peers)]
        if not dependants:
            continue
        after = leave_one_out_theta(X, Y, result.model.orientation, result.model.rts, j, dependants)
        out.append(PeerInfluence(peer, tuple((names[i], used[i].efficiency, float(min(a, 1.0)))
                                             for i, a in zip(dependants, after, strict=True))))
    return tuple(sorted(out, key=lambda p: -p.max_change))


SUMMARY_HEADER = {
    "da": ("Jobcenter", "Effektivitet", "Supereffektivitet", "Rang", "Input", "Målinput",
           "Mulig besparelse", "Forbilleder (λ)", "Udeladt"),
    "en": ("Job centre", "Efficiency", "Super-efficiency", "Rank", "Input", "Target input",
           "Possible saving", "Peers (λ)", "Excluded"),
}


def dea_summary_rows(result, lang: str = "da") -> tuple[tuple[str, ...], list[tuple]]:
    """Header and one row per centre, best first, for tables (GUI, PDF, workbook, CLI).

    Numbers stay numbers (``None`` when not computed); the peers column is text, "Navn (0,62)",
    in ``lang``'s number style. Rank 1 = highest efficiency, ties broken by super-efficiency.
    Possible saving = input − target input, in the input's unit.
    """
    key = lambda c: (-(c.efficiency or 0), -(c.super_efficiency or 0), c.jobcenter)  # noqa: E731
    inc = sorted(result.included(), key=key)
    rank = {c.jobcenter: i + 1 for i, c in enumerate(inc)}
    rows = []
    for c in inc + [c for c in result.centres if c.efficiency is None]:
        peers = "; ".join(f"{n} ({format_number(w, 2, lang)})" for n, w in c.peers)
        saving = None if c.target_input is None else c.input - c.target_input
        rows.append((c.jobcenter, c.efficiency, c.super_efficiency, rank.get(c.jobcenter), c.input,
                     c.target_input, saving, peers, c.excluded_en if lang == "en" else c.excluded))
    return SUMMARY_HEADER["en" if lang == "en" else "da"], rows
