"""Overlap pairs by hand."""

from __future__ import annotations

import numpy as np
import pytest

from jobcenter_bench.core.levers.catalogue import OverlapPair
from jobcenter_bench.core.levers.overlap import cap_to_gross, overlap_amounts

PAIRS = (
    OverlapPair("X", "Y", "smaller", "test", 0.3, 0.4),
    OverlapPair("F", "Y", "fte_freed", "test"),
)
INDEX = {"X": 0, "Y": 1, "F": 2}


def _arrays():
    # [low/high, lever X/Y/F, one centre]
    dkk = np.array([[[100.0], [50.0], [400.0]], [[200.0], [300.0], [500.0]]])
    hours = np.array([[[0.0], [0.0], [1255.0]], [[0.0], [0.0], [2510.0]]])
    return dkk, hours


def test_smaller_and_fte_freed_by_hand():
    dkk, hours = _arrays()
    ov = overlap_amounts(PAIRS, INDEX, dkk, hours, np.array([10.0]), 1255.0, {"X-Y": (0.3, 0.4)})
    # smaller: low 0.3 x min(100, 50) = 15; high 0.4 x min(200, 300) = 80
    assert ov[:, 0, 0].tolist() == pytest.approx([15.0, 80.0])
    # fte_freed: F frees 1 (low) / 2 (high) of 10 FTE -> 10 % of Y's 50, 20 % of Y's 300
    assert ov[:, 1, 0].tolist() == pytest.approx([5.0, 60.0])


def test_scenario_share_overrides_catalogue_default():
    dkk, hours = _arrays()
    ov = overlap_amounts(PAIRS, INDEX, dkk, hours, np.array([10.0]), 1255.0, {"X-Y": (1.0, 1.0)})
    assert ov[:, 0, 0].tolist() == pytest.approx([50.0, 200.0])


def test_pair_counts_only_when_both_selected():
    dkk, hours = _arrays()
    ov = overlap_amounts(PAIRS, INDEX, dkk, hours, np.array([10.0]), 1255.0, {},
                         selected=np.array([True, True, False]))
    assert ov[:, 1, 0].tolist() == [0.0, 0.0]
    assert ov[0, 0, 0] == pytest.approx(15.0)


def test_cap_to_gross():
    ov = np.array([[[30.0], [30.0]], [[10.0], [10.0]]])
    gross = np.array([[40.0], [100.0]])
    capped = cap_to_gross(ov, gross)
    assert capped[0, :, 0].tolist() == pytest.approx([20.0, 20.0])  # scaled to the gross 40
    assert capped[1, :, 0].tolist() == pytest.approx([10.0, 10.0])  # untouched
