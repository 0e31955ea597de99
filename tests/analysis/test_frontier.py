"""DEA (``core/frontier.py``): closed forms, hand-worked examples, textbook properties, and an
independent implementation (Pyfrontier, a test-only dependency solving with PuLP/CBC)."""

import warnings

import numpy as np
import pytest

from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.frontier import leave_one_out_theta, solve_dea

# Three units, one input x and one output y: A (2, 1), B (4, 3), C (3, 1).
X3 = [[2.0], [4.0], [3.0]]
Y3 = [[1.0], [3.0], [1.0]]


def test_crs_one_input_one_output_is_the_ratio_over_the_best_ratio():
    rng = np.random.default_rng(11)
    x = rng.uniform(5, 50, 30)
    y = rng.uniform(10, 900, 30)
    expected = (y / x) / (y / x).max()  # closed form for CRS with one input and one output
    for orientation in ("input", "output"):
        sol = solve_dea(x[:, None], y[:, None], orientation, "crs")
        np.testing.assert_allclose(sol.efficiency, expected, rtol=1e-7)


def test_hand_worked_three_units():
    # CRS: ratios y/x are 0.5, 0.75, 1/3, so θ = 0.5/0.75, 1, (1/3)/0.75.
    crs = solve_dea(X3, Y3, "input", "crs")
    np.testing.assert_allclose(crs.efficiency, [2 / 3, 1, 4 / 9], rtol=1e-8)
    # VRS input: A and B span the frontier; C needs y ≥ 1, cheapest with A alone: θ = 2/3, λ_A = 1.
    vrs = solve_dea(X3, Y3, "input", "vrs")
    np.testing.assert_allclose(vrs.efficiency, [1, 1, 2 / 3], rtol=1e-8)
    np.testing.assert_allclose(vrs.lambdas[2], [1, 0, 0], atol=1e-8)
    np.testing.assert_allclose(vrs.target_inputs[:, 0], [2, 4, 2], rtol=1e-8)
    # VRS output: C keeps x ≤ 3, so λ_A + λ_B = 1 and 2λ_A + 4λ_B ≤ 3 give λ_B ≤ 1/2 and
    # y = 1 + 2λ_B ≤ 2: φ = 2, θ = 1/2, peers A and B with λ = 1/2 each.
    out = solve_dea(X3, Y3, "output", "vrs")
    np.testing.assert_allclose(out.efficiency, [1, 1, 0.5], rtol=1e-8)
    np.testing.assert_allclose(out.lambdas[2], [0.5, 0.5, 0], atol=1e-8)


def test_slack_of_a_weakly_efficient_unit():
    # One input (1 each), two outputs: A (2, 1), B (1, 2), D (2, 0.5). D is on the frontier
    # radially (θ = 1: no mix of A and B gives y1 ≥ 2 with less input) but A has 0.5 more y2:
    # output slack 0.5 on y2, peer A (not itself).
    sol = solve_dea([[1.0], [1.0], [1.0]], [[2, 1], [1, 2], [2, 0.5]], "input", "crs")
    np.testing.assert_allclose(sol.efficiency, [1, 1, 1], rtol=1e-8)
    np.testing.assert_allclose(sol.output_slacks[2], [0, 0.5], atol=1e-7)
    np.testing.assert_allclose(sol.lambdas[2], [1, 0, 0], atol=1e-7)
    assert list(sol.efficient) == [True, True, False]


def test_super_efficiency_hand_worked():
    # CRS one input/one output: B's ratio 0.75 against the next best (A, 0.5): 1.5.
    sol = solve_dea(X3, Y3, "input", "crs")
    assert sol.super_efficiency[1] == pytest.approx(1.5)
    assert np.isnan(sol.super_efficiency[[0, 2]]).all()  # only for the efficient unit
    # VRS input: without B nobody reaches y = 3, so B's super-efficiency does not exist; A's:
    # without A, reaching y ≥ 1 with B and C: C alone, x = 3, so θ = 3/2.
    vrs = solve_dea(X3, Y3, "input", "vrs")
    assert np.isnan(vrs.super_efficiency[1])
    assert vrs.super_efficiency[0] == pytest.approx(1.5)


def test_leave_one_out_hand_worked():
    # Without A, C's VRS reference set is B and C itself: only C reaches y ≥ 1 at x ≤ 3θ, θ = 1.
    assert leave_one_out_theta(X3, Y3, "input", "vrs", 0, [2])[0] == pytest.approx(1.0)
    assert leave_one_out_theta(X3, Y3, "input", "crs", 0, [2])[0] == pytest.approx(4 / 9)  # B was the peer


def _random(seed, n=40, m=2, s=3):
    rng = np.random.default_rng(seed)
    return rng.uniform(10, 100, (n, m)), rng.uniform(50, 1000, (n, s))


@pytest.mark.parametrize("orientation", ["input", "output"])
def test_textbook_properties(orientation):
    X, Y = _random(7)
    crs = solve_dea(X, Y, orientation, "crs")
    vrs = solve_dea(X, Y, orientation, "vrs")
    for sol in (crs, vrs):
        assert ((sol.efficiency > 0) & (sol.efficiency <= 1 + 1e-9)).all()
        eff = np.flatnonzero(sol.efficient)
        assert len(eff) >= 1
        for o in eff:  # efficient units are their own (only) peer
            assert sol.lambdas[o, o] == 1.0 and sol.lambdas[o].sum() == 1.0
        for o in np.flatnonzero(sol.lambdas.sum(axis=1) > 0):  # every peer is efficient
            assert set(np.flatnonzero(sol.lambdas[o])) <= set(eff)
        assert (sol.super_efficiency[eff][~np.isnan(sol.super_efficiency[eff])] >= 1 - 1e-9).all()
    assert (vrs.efficiency >= crs.efficiency - 1e-9).all()
    np.testing.assert_allclose(vrs.lambdas.sum(axis=1), 1, atol=1e-7)  # convexity


def test_projection_onto_the_frontier_is_efficient():
    # Replace every unit by its target (θx − s⁻, y + s⁺): all targets are on the frontier.
    X, Y = _random(3, n=25)
    sol = solve_dea(X, Y, "input", "vrs")
    targets_y = Y + sol.output_slacks
    again = solve_dea(np.vstack([X, sol.target_inputs]), np.vstack([Y, targets_y]), "input", "vrs")
    np.testing.assert_allclose(again.efficiency[25:], 1, atol=1e-6)


def test_bad_input_is_refused():
    with pytest.raises(BenchError):
        solve_dea([[0.0], [1.0]], [[1.0], [1.0]])
    with pytest.raises(BenchError):
        solve_dea([[1.0], [1.0]], [[0.0], [1.0]])
    with pytest.raises(BenchError):
        solve_dea(X3, Y3, "sideways", "vrs")


def pyfrontier_scores(X, Y, orientation, rts, super_efficiency=False):
    """θ from Pyfrontier's envelopment model (its output-oriented score is φ, so θ = 1/φ)."""
    from Pyfrontier.frontier_model import EnvelopDEA

    dea = EnvelopDEA(frontier=rts.upper(), orient="in" if orientation == "input" else "out",
                     super_efficiency=super_efficiency)
    with warnings.catch_warnings():  # PuLP 3 announces its 4.0 API on every variable
        warnings.simplefilter("ignore", DeprecationWarning)
        dea.fit(np.asarray(X, float), np.asarray(Y, float))
    scores = np.array([np.nan if r.score is None else r.score for r in dea.result], dtype=float)
    return scores if orientation == "input" else 1 / scores


@pytest.mark.parametrize("orientation", ["input", "output"])
@pytest.mark.parametrize("rts", ["crs", "vrs"])
def test_against_pyfrontier_on_random_data(orientation, rts):
    X, Y = _random(21 if rts == "crs" else 22, n=20)
    sol = solve_dea(X, Y, orientation, rts)
    # Pyfrontier rounds to 6 decimals
    np.testing.assert_allclose(sol.efficiency, pyfrontier_scores(X, Y, orientation, rts), atol=2e-6)
    eff = sol.efficient
    ref = pyfrontier_scores(X, Y, orientation, rts, super_efficiency=True)[eff]
    ours = sol.super_efficiency[eff]
    ok = np.isfinite(ours) & np.isfinite(ref)
    assert ok.sum() >= 3
    np.testing.assert_allclose(ours[ok], ref[ok], atol=5e-6)
