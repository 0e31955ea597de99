"""The four archetypes on hand-computed numbers."""

from __future__ import annotations

import math

import numpy as np
import pytest

from jobcenter_bench.core.levers import archetypes


def test_weighted_average_skips_missing():
    # (8*10 + 10*10 + 15*20) / 40 = 12; the NaN centre is left out
    assert archetypes.weighted_average([8, 10, 15, np.nan], [10, 10, 20, 5]) == pytest.approx(12.0)
    assert math.isnan(archetypes.weighted_average([np.nan], [1]))


def test_down_to_average_zero_at_and_below_average():
    out = archetypes.down_to_average([8, 12, 15], [10, 10, 20], 12.0)
    # below: 0, at: 0, above: (15 - 12) * 20 = 60
    assert out.tolist() == [0.0, 0.0, 60.0]


def test_down_to_average_cluster_averages():
    avg = archetypes.group_averages([10, 20, 30, 50], [1, 1, 1, 3], [1, 1, 2, 2])
    # cluster 1: (10 + 20) / 2 = 15; cluster 2: (30 + 150) / 4 = 45
    assert avg.tolist() == [15.0, 15.0, 45.0, 45.0]
    assert archetypes.down_to_average([10, 20, 30, 50], [1, 1, 1, 3], avg).tolist() == [0, 5, 0, 15]


def test_group_averages_unknown_group_is_nan():
    avg = archetypes.group_averages([1, 2], [1, 1], [-1, 3])
    assert math.isnan(avg[0]) and avg[1] == 2.0


def test_volume_time():
    # 400 reassessments x 15 hours x 50 % = 3,000 hours
    assert archetypes.volume_time([400], 15, 0.5).tolist() == [3000.0]
    assert archetypes.volume_time([np.nan], 15).tolist() == [0.0]


def test_time_per_employee_applies_only_where_practised():
    # 20 FTE x 0.5 h/week x 42 weeks = 420 h where the practice applies, 0 where not
    out = archetypes.time_per_employee([20, 20], 0.5, 42, applies=[1, 0])
    assert out.tolist() == [420.0, 0.0]


def test_share_of_cost():
    # 10 % of DKK 2,000,000 = DKK 200,000
    assert archetypes.share_of_cost([2_000_000], 0.10).tolist() == [200_000.0]
