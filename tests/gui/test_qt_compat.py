"""The guard against PySide6 6.12.0's lost ``True`` references keeps the count from falling."""

from __future__ import annotations

import sys

import pytest

from jobcenter_bench.gui import qt_compat

pytestmark = pytest.mark.gui


def test_guard_restores_true_after_many_emits(qapp):
    if not qt_compat.install_refcount_guard(qapp):
        pytest.skip("this PySide6/Python combination does not lose references on emit")
    probe = qt_compat._Probe()
    before = sys.getrefcount(True)
    for _ in range(5000):
        probe.ping.emit()
    assert sys.getrefcount(True) <= before - 4900  # the bug is real here
    baseline = qt_compat._state["baseline"]
    for _ in range(2_000_000):  # go below the guarded level (it has a margin of 100,000)
        if sys.getrefcount(True) < baseline - 1000:
            break
        probe.ping.emit()
    assert sys.getrefcount(True) <= baseline - 1000
    assert qt_compat.restore() >= 1000
    assert sys.getrefcount(True) >= baseline
