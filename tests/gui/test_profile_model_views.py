"""The centre profile shows the core's cluster and national summaries; the model view's residual
plot is the own model's residuals against its fitted values (also with published predictions)."""

from __future__ import annotations

import pytest

from jobcenter_bench.core.comparison import compare
from jobcenter_bench.core.fields import STAFF_GROUP_FIELDS
from jobcenter_bench.core.numbers import format_number

pytestmark = pytest.mark.gui


def test_profile_compares_with_cluster_and_country(make_window):
    window = make_window()
    window.ws.set_centre("Herning")
    window.show_view("profile")
    view = window.view("profile")
    result = window.ws.analysis
    cmp = compare(result, "Herning")
    rows = view.figures.model.records
    cases = rows[0]
    assert cases["centre"] == format_number(result.centre("Herning").cases_per_fte, 1)
    # cases per FTE is compared with the median (the dashed line and the quadrant threshold too)
    assert cases["cluster"] == format_number(cmp.cluster.cases_per_fte_median, 1)
    assert cases["country"] == format_number(cmp.national.cases_per_fte_median, 1)
    assert cases["country"] == format_number(result.thresholds.productivity_median, 1)
    effect = next(r for r in rows if r["label"].startswith("Effekt"))
    assert effect["label"] == "Effekt (pp)"
    assert effect["cluster"] == format_number(cmp.cluster.effect_mean, 1)  # 1 decimal, as the PDF
    cost = next(r for r in rows if r["label"].startswith("Omkostning"))
    assert cost["country"] == format_number(cmp.national.cost_per_fte, 0)
    # staff groups as shares of FTE: the country's share is Σ group FTE / Σ FTE of all groups
    series = dict(view.staff.data["series"])
    national = [cmp.national.fte_by_group_total[g] for g in STAFF_GROUP_FIELDS]
    assert series["Land"] == pytest.approx([100 * v / sum(national) for v in national])
    assert sum(series["Klynge"]) == pytest.approx(100) and sum(series["Herning"]) == pytest.approx(100)
    # "Placering" says what it ranks, under the headline
    assert "observeret forsørgelsesgrad for alle ydelser" in view.placement_note.text()
    assert view.placement_note.text().startswith(f"Placering {result.centre('Herning').placement('da')}:")


def test_model_view_plots_own_residuals_against_fitted(make_window):
    window = make_window()
    window.show_view("model")
    view = window.view("model")
    result = window.ws.analysis
    assert result.prediction_source == "published"  # the sample: not the own model's effect
    fit = result.point_fits["core"]
    data = view.resid.data
    i = list(data["names"]).index("Herning")
    j = fit.jobcentres.index("Herning")
    assert data["x"][i] == pytest.approx(fit.fitted[j])
    assert data["y"][i] == pytest.approx(fit.observed[j] - fit.fitted[j])
    assert "OLS" in view.resid.plotItem.titleLabel.text
