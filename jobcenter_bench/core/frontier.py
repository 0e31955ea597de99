"""Data envelopment analysis (DEA, effektivitetsfront): each job centre against a frontier.

The frontier is spanned by the centres with the best combinations of input and outputs; every
other centre is compared with a weighted combination of them (its *peers*, forbilleder, with
weights λ). Envelopment form, solved with scipy's HiGHS (``scipy.optimize.linprog``, imported
inside the solver so the CLI and GUI start without scipy).

Input orientation (inputorienteret), for centre o with inputs x_o and outputs y_o:
    min θ  s.t.  Σ_j λ_j x_j ≤ θ x_o,  Σ_j λ_j y_j ≥ y_o,  λ ≥ 0
θ is the efficiency (effektivitet) in (0, 1]: the share of its input the centre would need if it
worked like its peers. Output orientation (outputorienteret):
    max φ  s.t.  Σ_j λ_j x_j ≤ x_o,  Σ_j λ_j y_j ≥ φ y_o,  λ ≥ 0
φ ≥ 1 is how much every output could grow with the same input; the efficiency is θ = 1/φ.
Returns to scale (skalaafkast): constant (CRS, Charnes, Cooper & Rhodes 1978) as above, or
variable (VRS, Banker, Charnes & Cooper 1984) with Σ λ = 1. VRS θ ≥ CRS θ.

Second stage (slacks, restløshed): with θ (or φ) fixed, the sum of the input slacks s⁻ and output
slacks s⁺ is maximised: Σ λ x + s⁻ = θ x_o (or x_o), Σ λ y − s⁺ = y_o (or φ y_o). Each slack is
measured in units of its variable's mean over the centres (so no variable dominates by its unit)
and reported in the variable's own unit. The *target input* (målinput) is θ x_o − s⁻
(input orientation) or x_o − s⁻ (output orientation); the peers and λ are those of this second
stage. A centre with θ = 1 and no slack is efficient and is its own only peer (λ = 1).

Super-efficiency (supereffektivitet, Andersen & Petersen 1993): for the efficient centres, the
same problem with the centre itself left out of the reference set; ≥ 1, how far it could worsen
and still be on the frontier. Under VRS it may not exist (``None``).

Numbers: the variables are divided by their means before solving (θ, φ and λ do not change with
units). A centre counts as efficient when θ ≥ 1 − ``EFFICIENT_TOL``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from jobcenter_bench.core.errors import BenchError

ORIENTATIONS = ("input", "output")
RETURNS_TO_SCALE = ("vrs", "crs")
#: θ at least 1 − this counts as efficient; λ and slacks below it (in mean units) count as 0.
EFFICIENT_TOL = 1e-6


@dataclass(frozen=True)
class DeaSolution:
    """The numeric DEA of n units with m inputs and s outputs (rows in the order given).

    ``efficiency`` θ ∈ (0, 1] (n,); ``lambdas`` (n, n): row o holds unit o's peer weights;
    ``input_slacks`` (n, m) and ``output_slacks`` (n, s) in the variables' units;
    ``target_inputs`` (n, m); ``super_efficiency`` (n,): ≥ 1 for efficient units, NaN for the
    others and where it does not exist.
    """

    orientation: str
    rts: str
    efficiency: np.ndarray
    lambdas: np.ndarray
    input_slacks: np.ndarray
    output_slacks: np.ndarray
    target_inputs: np.ndarray
    super_efficiency: np.ndarray

    @property
    def efficient(self) -> np.ndarray:
        """True for units on the frontier with no slack (fully efficient)."""
        no_slack = (self.input_slacks.sum(axis=1) + self.output_slacks.sum(axis=1)) <= 0
        return (self.efficiency >= 1 - EFFICIENT_TOL) & no_slack


def solve_dea(X, Y, orientation: str = "input", rts: str = "vrs", super_efficiency: bool = True) -> DeaSolution:
    """DEA of the units in the rows of inputs ``X`` (n, m) and outputs ``Y`` (n, s).

    Inputs must be positive, outputs non-negative with at least one positive per unit (the
    caller excludes other units with a reason).
    """
    X, Y = _check(X, Y, orientation, rts)
    n = X.shape[0]
    sx, sy = _means(X), _means(Y)
    Xs, Ys = X / sx, Y / sy
    radial = _phase1(Xs, Ys, orientation, rts)
    theta = radial if orientation == "input" else 1.0 / radial
    on_frontier = np.flatnonzero(theta >= 1 - EFFICIENT_TOL)
    lam, s_in, s_out = _phase2(Xs, Ys, radial, orientation, rts, on_frontier)
    s_in, s_out = s_in * sx, s_out * sy
    efficient = (theta >= 1 - EFFICIENT_TOL) & (s_in.sum(axis=1) + s_out.sum(axis=1) <= 0)
    for o in np.flatnonzero(efficient):  # an efficient unit is its own only peer
        lam[o] = 0.0
        lam[o, o] = 1.0
    shrink = theta[:, None] if orientation == "input" else np.ones((n, 1))
    targets = shrink * X - s_in
    sup = np.full(n, np.nan)
    if super_efficiency:
        sup[efficient] = _super(Xs, Ys, orientation, rts, np.flatnonzero(efficient))
    return DeaSolution(orientation, rts, theta, lam, s_in, s_out, targets, sup)


def _check(X, Y, orientation: str, rts: str) -> tuple[np.ndarray, np.ndarray]:
    if orientation not in ORIENTATIONS:
        raise BenchError(f"Ukendt orientering: {orientation} (brug input eller output)",
                         f"Unknown orientation: {orientation} (use input or output)")
    if rts not in RETURNS_TO_SCALE:
        raise BenchError(f"Ukendt skalaafkast: {rts} (brug vrs eller crs)",
                         f"Unknown returns to scale: {rts} (use vrs or crs)")
    X = np.atleast_2d(np.asarray(X, dtype=float).T).T
    Y = np.atleast_2d(np.asarray(Y, dtype=float).T).T
    if X.shape[0] != Y.shape[0] or X.shape[0] < 1:
        raise BenchError("DEA kræver lige mange rækker input og output.",
                         "DEA needs as many input rows as output rows.")
    if not (np.isfinite(X).all() and np.isfinite(Y).all()) or (X <= 0).any() or (Y < 0).any() \
            or (Y.sum(axis=1) <= 0).any():
        raise BenchError("DEA kræver positive input og ikke-negative output (mindst ét positivt).",
                         "DEA needs positive inputs and non-negative outputs (at least one positive).")
    return X, Y


def _means(A: np.ndarray) -> np.ndarray:
    m = A.mean(axis=0)
    return np.where(m > 0, m, 1.0)


def _non_dominated(Xs: np.ndarray, Ys: np.ndarray) -> np.ndarray:
    """Indices of units no other unit dominates (≤ every input, ≥ every output, one strictly).

    A dominated unit is never on the frontier, so leaving it out of the reference set changes
    no θ (every unit's block stays feasible through a unit that dominates it).
    """
    le = (Xs[:, None, :] <= Xs[None, :, :]).all(axis=2) & (Ys[:, None, :] >= Ys[None, :, :]).all(axis=2)
    strict = (Xs[:, None, :] < Xs[None, :, :]).any(axis=2) | (Ys[:, None, :] > Ys[None, :, :]).any(axis=2)
    dominated = (le & strict).any(axis=0)  # [k, j]: k dominates j
    return np.flatnonzero(~dominated)


def _linprog(c, A_ub, b_ub, A_eq, b_eq):
    from scipy.optimize import linprog

    return linprog(c, A_ub=A_ub, b_ub=b_ub, A_eq=A_eq, b_eq=b_eq, bounds=(0, None), method="highs")


def _blocks(mats: list[np.ndarray]):
    from scipy import sparse

    return sparse.block_diag(mats, format="csr") if mats else None


def _radial_block(Xs, Ys, o: int, cols: np.ndarray, orientation: str, rts: str):
    """One unit's phase-1 block: variables [radial, λ_cols]; rows inputs, outputs (≤), VRS (=)."""
    m, s = Xs.shape[1], Ys.shape[1]
    A = np.zeros((m + s, len(cols) + 1))
    A[:m, 1:] = Xs[cols].T
    A[m:, 1:] = -Ys[cols].T
    if orientation == "input":
        A[:m, 0] = -Xs[o]
        b = np.concatenate([np.zeros(m), -Ys[o]])
    else:
        A[m:, 0] = Ys[o]
        b = np.concatenate([Xs[o], np.zeros(s)])
    eq = np.concatenate([[0.0], np.ones(len(cols))])[None, :] if rts == "vrs" else np.zeros((0, len(cols) + 1))
    c = np.zeros(len(cols) + 1)
    c[0] = 1.0 if orientation == "input" else -1.0
    return c, A, b, eq


#: Cost of the artificial relaxation in ``_super`` (data in mean units, so θ is of order 1).
_BIG = 1e4


def _solve_radial(Xs, Ys, units, col_sets, orientation, rts, relax: bool = False):
    """θ (input) or φ (output) of ``units`` in one block-diagonal LP, and which blocks used the
    relaxation (``relax``: one more variable per block, relaxing the outputs (input orientation)
    or the inputs (output orientation) in proportion, at cost ``_BIG``). NaN if the LP fails."""
    parts = [_radial_block(Xs, Ys, o, cols, orientation, rts) for o, cols in zip(units, col_sets, strict=True)]
    if relax:
        parts = [_relaxed(p, Xs, Ys, o, orientation) for p, o in zip(parts, units, strict=True)]
    c = np.concatenate([p[0] for p in parts])
    A_eq = _blocks([p[3] for p in parts]) if rts == "vrs" else None
    b_eq = np.ones(len(parts)) if rts == "vrs" else None
    res = _linprog(c, _blocks([p[1] for p in parts]), np.concatenate([p[2] for p in parts]), A_eq, b_eq)
    if res.status != 0:
        return np.full(len(parts), np.nan), np.ones(len(parts), dtype=bool)
    starts = np.cumsum([0] + [len(p[0]) for p in parts[:-1]])
    used = res.x[starts + np.array([len(p[0]) - 1 for p in parts])] > EFFICIENT_TOL if relax \
        else np.zeros(len(parts), dtype=bool)
    return res.x[starts], used


def _relaxed(part, Xs, Ys, o, orientation):
    """A radial block with a last variable t: outputs ≥ (1 − t) y_o, or inputs ≤ (1 + t) x_o."""
    c, A, b, eq = part
    m = Xs.shape[1]
    col = np.zeros((A.shape[0], 1))
    if orientation == "input":
        col[m:, 0] = -Ys[o]  # −Σλy ≤ −y_o + t y_o
    else:
        col[:m, 0] = -Xs[o]  # Σλx ≤ x_o + t x_o
    return (np.concatenate([c, [_BIG]]), np.hstack([A, col]), b,
            np.hstack([eq, np.zeros((eq.shape[0], 1))]))


def _phase1(Xs, Ys, orientation, rts) -> np.ndarray:
    n = Xs.shape[0]
    cols = _non_dominated(Xs, Ys)
    radial = _solve_radial(Xs, Ys, range(n), [cols] * n, orientation, rts)[0]
    if np.isnan(radial).any():
        raise BenchError("DEA-beregningen kunne ikke løses (HiGHS).", "The DEA problem could not be solved (HiGHS).")
    return radial


def _slack_block(Xs, Ys, o, radial, cols, orientation, rts):
    """Phase-2 block: variables [λ_cols, s⁻ (m), s⁺ (s)], all rows equalities."""
    m, s, k = Xs.shape[1], Ys.shape[1], len(cols)
    A = np.zeros((m + s, k + m + s))
    A[:m, :k] = Xs[cols].T
    A[:m, k:k + m] = np.eye(m)
    A[m:, :k] = Ys[cols].T
    A[m:, k + m:] = -np.eye(s)
    if orientation == "input":
        b = np.concatenate([radial * Xs[o], Ys[o]])
    else:
        b = np.concatenate([Xs[o], radial * Ys[o]])
    if rts == "vrs":
        A = np.vstack([A, np.concatenate([np.ones(k), np.zeros(m + s)])])
        b = np.concatenate([b, [1.0]])
    c = np.concatenate([np.zeros(k), -np.ones(m + s)])
    return c, A, b


def _phase2(Xs, Ys, radial, orientation, rts, frontier):
    """λ (n, n), input and output slacks (in mean units) of every unit.

    The reference set is the units with θ = 1: the peers of a max-slack solution are efficient,
    so this is exact. Should the block fail numerically, every unit is used instead.
    """
    n, m, s = Xs.shape[0], Xs.shape[1], Ys.shape[1]
    for cols in (frontier, np.arange(n)):
        parts = [_slack_block(Xs, Ys, o, radial[o], cols, orientation, rts) for o in range(n)]
        res = _linprog(np.concatenate([p[0] for p in parts]), None, None,
                       _blocks([p[1] for p in parts]), np.concatenate([p[2] for p in parts]))
        if res.status == 0:
            break
    else:
        raise BenchError("DEA-restløsheder kunne ikke beregnes (HiGHS).", "The DEA slacks could not be computed (HiGHS).")
    sol = res.x.reshape(n, len(cols) + m + s)
    lam = np.zeros((n, n))
    lam[:, cols] = sol[:, :len(cols)]
    clean = lambda a: np.where(a > EFFICIENT_TOL, a, 0.0)  # noqa: E731
    return clean(lam), clean(sol[:, len(cols):len(cols) + m]), clean(sol[:, len(cols) + m:])


def _super(Xs, Ys, orientation, rts, units: np.ndarray) -> np.ndarray:
    """Andersen–Petersen super-efficiency of ``units`` (each left out of its own reference set).

    Under VRS a unit's problem may be infeasible, which would sink a block-diagonal LP; so each
    block gets an artificial relaxation t ≥ 0 at a high cost. A block that uses it is solved
    again on its own without it: infeasible there means no super-efficiency (NaN).
    """
    n = Xs.shape[0]
    col_sets = [np.delete(np.arange(n), o) for o in units]
    radial, relaxed = _solve_radial(Xs, Ys, units, col_sets, orientation, rts, relax=rts == "vrs")
    for i in np.flatnonzero(relaxed):
        radial[i] = _solve_radial(Xs, Ys, [units[i]], [col_sets[i]], orientation, rts)[0][0]
    return radial if orientation == "input" else 1.0 / radial


def leave_one_out_theta(X, Y, orientation: str, rts: str, drop: int, units) -> np.ndarray:
    """θ of ``units`` when unit ``drop`` is removed from the reference set (for sensitivity)."""
    X, Y = _check(X, Y, orientation, rts)
    Xs, Ys = X / _means(X), Y / _means(Y)
    n = X.shape[0]
    cols = np.delete(np.arange(n), drop)
    units = list(units)
    if not units:
        return np.zeros(0)
    radial = _solve_radial(Xs, Ys, units, [cols] * len(units), orientation, rts)[0]
    return radial if orientation == "input" else 1.0 / radial
