"""The two effect measures of the sample data agree (robustness variant, reference-figures.md).

The report's main effect is predicted − observed dependency rate on ADP+KTH+SDP; the
"all benefits" effect (predicted_rate_all − observed all-benefits rate) is its robustness
variant. In real data a centre that does better than expected on the core benefits tends to
do so on all benefits, so the two effects are clearly positively rank-correlated; an
unrelated pair would make the robustness check suggest the effect measure is arbitrary.
Both effects are recomputed from the written files.
"""

from __future__ import annotations

import numpy as np
import pytest


def _ranks(values: np.ndarray) -> np.ndarray:
    """Ranks 0..n-1 (the effects have no ties at file precision; asserted below)."""
    return np.argsort(np.argsort(values)).astype(float)


def spearman(x: np.ndarray, y: np.ndarray) -> float:
    """Spearman's rank correlation (Pearson correlation of the ranks)."""
    return float(np.corrcoef(_ranks(x), _ranks(y))[0, 1])


def test_spearman_on_a_hand_computed_case():
    # ranks (0, 1, 2, 3) vs (1, 0, 2, 3): d = (1, 1, 0, 0), rho = 1 - 6 * 2 / (4 * 15) = 0.8
    assert spearman(np.array([1.0, 2.0, 3.0, 4.0]), np.array([2.0, 1.0, 5.0, 9.0])) == pytest.approx(0.8)


@pytest.mark.parametrize("year", (2009, 2010, 2011, 2012, 2013))
def test_core_and_all_benefits_effects_agree(sample, year):
    y = sample.years[year]
    core_effect = y.effect  # predicted_rate - observed ADP+KTH+SDP rate
    all_effect = y.predicted_all - y.all_rate
    assert len(np.unique(core_effect)) == len(core_effect) == len(np.unique(all_effect)) == 94
    assert spearman(core_effect, all_effect) >= 0.5
