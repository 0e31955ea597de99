"""Clusters, relationships, time use, peers: small hand-computed cases."""

import numpy as np
import pytest
import scipy.stats as st

from jobcenter_bench.core import clusters as cl
from jobcenter_bench.core import relationships as rl
from jobcenter_bench.core.peers import nearest
from jobcenter_bench.core.time_use import time_use


def test_report_cluster_sizes_for_94_and_equal_groups_otherwise():
    assert cl.group_sizes(94, 7) == [5, 15, 27, 22, 12, 7, 6]
    assert cl.group_sizes(10, 3) == [4, 3, 3]
    assert cl.group_sizes(2, 7) == [1, 1]


def test_computed_clusters_order_highest_predicted_rate_first():
    pred = {"a": 20.0, "b": 12.0, "c": 18.0, "d": 11.0, "e": 15.0}
    assert cl.compute_clusters(pred, k=2) == {"a": 1, "c": 1, "e": 1, "b": 2, "d": 2}


def test_placement_lowest_rate_is_one_and_ties_share():
    ranks = cl.placements({"a": 1, "b": 1, "c": 1, "d": 2}, {"a": 9.0, "b": 7.0, "c": 7.0, "d": 3.0})
    assert ranks == {"a": (3, 3), "b": (1, 3), "c": (1, 3), "d": (1, 1)}


def test_relationship_matches_scipy():
    rng = np.random.default_rng(11)
    x = rng.uniform(15, 55, 86)
    y = rng.normal(0.8, 0.7, 86)
    rel = rl.fit_relationship("prod", "effect", x, y)
    lr = st.linregress(x, y)
    assert rel.slope == pytest.approx(lr.slope) and rel.slope_p == pytest.approx(lr.pvalue)
    q = st.t.ppf(0.975, 84)
    assert rel.slope_ci_low == pytest.approx(lr.slope - q * lr.stderr)
    assert rel.spearman_rho == pytest.approx(st.spearmanr(x, y).statistic)
    assert rel.spearman_p == pytest.approx(st.spearmanr(x, y).pvalue)
    assert rel.pearson_p == pytest.approx(st.pearsonr(x, y).pvalue)


def test_hand_slope_and_constant_x():
    rel = rl.fit_relationship("x", "y", [1, 2, 3, 4], [2, 4, 5, 9])
    assert rel.slope == pytest.approx(11 / 5)  # Sxy = 11, Sxx = 5
    assert rel.intercept == pytest.approx(5 - 2.2 * 2.5)
    assert rl.fit_relationship("x", "y", [1, 1, 1], [1, 2, 3]) is None


def test_time_use_fte_weighted_mean_and_spread():
    a = {"time_direct_contact": 300, "time_prep_followup": 250, "time_other_indirect": 150}
    b = {"time_direct_contact": 400, "time_prep_followup": 300, "time_other_indirect": 200}
    tu = time_use([("A", 10.0, a), ("B", 30.0, b)])
    direct = tu.stat("direct_contact")
    assert direct.national == pytest.approx((300 * 10 + 400 * 30) / 40)  # 375
    assert (direct.minimum, direct.maximum, direct.n) == (300, 400, 2)
    assert tu.stat("indirect_casework").national == pytest.approx((400 * 10 + 500 * 30) / 40)
    assert tu.stat("general_admin").national is None  # nobody reported it
    assert tu.centres["A"]["available"] is None


def test_nearest_uses_standardised_variables():
    values = {
        "a": {"u": 0.0, "v": 0.0},
        "b": {"u": 1.0, "v": 100.0},
        "c": {"u": 2.0, "v": 0.0},
        "d": {"u": 10.0, "v": 0.0},
    }
    # sd(u) = 3.897, sd(v) = 43.30: b is 0.26 + 2.31 sd away in (u, v), c only 0.51 in u
    near = nearest("a", values, ("u", "v"), k=2)
    assert [n for n, _ in near] == ["c", "b"]
    assert near[0][1] == pytest.approx(2 / np.std([0, 1, 2, 10]))
