"""DEA models on job-centre data: the data table, presets, exclusion rule, second stage,
leave-one-out, summary rows, the sample data against Pyfrontier, and the ``dea`` command."""

import importlib.util
import json
import os

import numpy as np
import pytest

from jobcenter_bench.cli import main
from jobcenter_bench.core import geography
from jobcenter_bench.core.analysis import AnalysisOptions, analyse, cached_dataset
from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.frontier_analysis import dea_summary_rows, leave_one_out, second_stage
from jobcenter_bench.core.frontier_models import (
    PRESETS,
    ExclusionRule,
    customise,
    dea_for_year,
    dea_rows,
    preset,
    run_dea,
)
from jobcenter_bench.core.store import Store

from ._data import build_store, register_row, survey
from .test_frontier import pyfrontier_scores

NAMES = [j.name for j in geography.jobcentres() if len(j.municipality_codes) == 1][:8]
XS = [0, 1, 2, 3, 4, 5, 6, 7]  # framework variable x per centre


def _small(path=":memory:"):
    """8 centres, 10 FTE each (the survey default), ADP persons = 100 × (1 + 0.1 x)."""
    register, answers = {}, {}
    for name, x in zip(NAMES, XS, strict=True):
        adp = 100 * (1 + 0.1 * x)
        register[name] = register_row(10000, adp, 50, 50, predicted_rate=3.0, predicted_rate_all=5.0,
                                      disability=100, x=x)
        answers[name] = survey()
    return build_store(register, answers, framework=("x",), path=path)


@pytest.fixture(scope="module")
def small():
    store = _small()
    res = analyse(store, None, AnalysisOptions(inference=False))
    yield res, cached_dataset(store, None), store
    store.close()


ONE_OUTPUT = customise(PRESETS["sagsproduktivitet"], outputs=("persons_adp",), rts="crs")


def test_data_table_values(small):
    res, ds, _ = small
    rows = {r.jobcenter: r for r in dea_rows(res, ds, PRESETS["vive2018"])}
    first = rows[NAMES[0]]
    # cost 4.5 m salaries + 0.5 m other services = 5 m DKK; persons 100 + 50 + 50 = 200
    assert first.input == pytest.approx(5_000_000 / 200)
    # relative rate = predicted 3.0 % / observed 200 / 10,000 × 100 = 2.0 %
    assert first.outputs == (pytest.approx(1.5),)
    case = {r.jobcenter: r for r in dea_rows(res, ds, customise(ONE_OUTPUT, input="case_fte"))}
    assert case[NAMES[0]].input == pytest.approx(6 + 2 + 1)  # caseworkers, consultants, admin


def test_one_output_crs_is_the_closed_form(small):
    res, ds, _ = small
    dea = run_dea(res, ds, ONE_OUTPUT)
    # equal FTE, so θ = ADP persons / the largest: (1 + 0.1 x) / 1.7
    for c, x in zip(dea.centres, XS, strict=True):
        assert c.efficiency == pytest.approx((1 + 0.1 * x) / 1.7)
    best = dea.centre(NAMES[-1])
    assert best.peers == ((NAMES[-1], 1.0),) and best.efficient
    # super-efficiency: 1.7 / 1.6 (the next best ratio)
    assert best.super_efficiency == pytest.approx(1.7 / 1.6)
    # the worst: all its peer weight on the best, λ = 1.0 / 1.7, target input 10 × 1/1.7
    worst = dea.centre(NAMES[0])
    assert worst.peers == ((NAMES[-1], pytest.approx(1 / 1.7)),)
    assert worst.target_input == pytest.approx(10 / 1.7)


def test_second_stage_recovers_a_linear_relationship(small):
    res, ds, _ = small
    st = second_stage(run_dea(res, ds, ONE_OUTPUT), res)
    # θ = (1 + 0.1 x) / 1.7 exactly: intercept 1/1.7, slope 0.1/1.7, R² = 1
    const, slope = st.coefficients
    assert const.estimate == pytest.approx(1 / 1.7) and slope.estimate == pytest.approx(0.1 / 1.7)
    assert st.r_squared == pytest.approx(1.0) and st.n == 8


def test_second_stage_refuses_constant_efficiency(small):
    res, ds, _ = small
    equal = customise(ONE_OUTPUT, outputs=("persons_kth",))  # 50 KTH persons and 10 FTE everywhere
    with pytest.raises(BenchError, match="samme effektivitet"):
        second_stage(run_dea(res, ds, equal), res)


def test_leave_one_out_on_the_closed_form(small):
    res, ds, _ = small
    loo = leave_one_out(run_dea(res, ds, ONE_OUTPUT))
    # only the best centre is a peer; without it the next best (ratio 1.6) is the frontier:
    # θ rises from (1 + 0.1 x)/1.7 to (1 + 0.1 x)/1.6, most for x = 6 (1.6/1.6 − 1.6/1.7)
    assert [p.peer for p in loo] == [NAMES[-1]]
    assert len(loo[0].changes) == 7
    assert loo[0].max_change == pytest.approx(1 - 1.6 / 1.7)


def test_exclusion_rule_by_name_and_minimum(small):
    res, ds, _ = small
    rule = ExclusionRule((NAMES[1], "Fanø"), min_persons=205)  # x = 0 has 200 persons
    dea = run_dea(res, ds, customise(ONE_OUTPUT, exclusion=rule))
    assert dea.centre(NAMES[1]).excluded.startswith("udeladt")
    assert "205" in dea.centre(NAMES[0]).excluded and dea.centre(NAMES[0]).efficiency is None
    assert len(dea.included()) == 6
    assert any("Esbjerg" in da for da, _ in dea.notes)  # Fanø is served by Esbjerg (joint centre)
    # rule of thumb for 1 input and 1 output: at least max(1, 3 × 2) = 6 centres; 6 is enough, 5 not
    assert not any("tommelfingerregel" in da for da, _ in dea.notes)
    fewer = run_dea(res, ds, customise(ONE_OUTPUT, exclusion=ExclusionRule(tuple(NAMES[:3]))))
    assert any("Kun 5 jobcentre" in da and "mindst 6" in da for da, _ in fewer.notes)
    assert dea.centre(NAMES[0]).to_json()["slacks"] is None


def test_presets_and_errors():
    assert preset(None).key == "sagsproduktivitet"
    assert preset("Løfteevne og udgift (VIVE 2018)").orientation == "output"
    assert PRESETS["vive2018"].exclusion.centres == ("Ærø", "Samsø", "Langeland")
    assert all(m.source_da and m.source_en for m in PRESETS.values())
    with pytest.raises(BenchError):
        preset("nope")
    with pytest.raises(BenchError):
        customise(PRESETS["sagsproduktivitet"], outputs=("persons_adp", "foo"))
    assert customise(PRESETS["vive2018"]) is PRESETS["vive2018"]


def test_summary_rows_rank_best_first(small):
    res, ds, _ = small
    header, rows = dea_summary_rows(run_dea(res, ds, ONE_OUTPUT), "da")
    assert header[0] == "Jobcenter" and len(rows) == 8
    assert rows[0][0] == NAMES[-1] and rows[0][3] == 1
    assert rows[-1][1] == pytest.approx(1 / 1.7)
    assert rows[-1][6] == pytest.approx(10 - 10 / 1.7)  # possible saving in FTE
    assert "(0,59)" in rows[-1][7]  # λ = 1/1.7 in Danish style


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory):
    path = os.environ.get("JCBENCH_SAMPLE_DB")
    if not path:
        if importlib.util.find_spec("jobcenter_bench.core.sample") is None:
            pytest.skip("the sample database builder is not available")
        from jobcenter_bench.core.sample import build_sample_database

        path = tmp_path_factory.mktemp("sample") / "sample.jcbench"
        build_sample_database(path, force=True).close()
    store = Store.open(path, create=False)
    yield store
    store.close()


@pytest.mark.slow  # Pyfrontier solves 2 × 93 LPs through CBC processes (~3 s per model)
@pytest.mark.parametrize("model", [PRESETS["sagsproduktivitet"], PRESETS["vive2018"]], ids=lambda m: m.key)
def test_sample_data_against_pyfrontier(sample_store, model):
    dea = dea_for_year(sample_store, 2013, model)
    inc = dea.included()
    X = [[c.input] for c in inc]
    Y = [[v for _, v in c.outputs] for c in inc]
    ref = pyfrontier_scores(X, Y, model.orientation, model.rts)
    np.testing.assert_allclose([c.efficiency for c in inc], ref, atol=2e-6)


def test_sample_vive_leaves_out_the_three_small_centres(sample_store):
    # with the official grouping (VIVE 2018) Ærø, Samsø and Langeland are centres of their own:
    # 94 − 3 = 91 centres, as in VIVE's benchmark
    dea = dea_for_year(sample_store, 2013, PRESETS["vive2018"])
    assert sorted(c.jobcenter for c in dea.centres if c.excluded) == ["Langeland", "Samsø", "Ærø"]
    assert len(dea.included()) == 91


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("dea") / "small.jcbench"
    _small(str(path)).close()
    return str(path)


def test_cli_json(db, capsys):
    assert main(["dea", "--db", db, "--format", "json", "--outputs", "persons_adp", "--rts", "crs"]) == 0
    out, err = capsys.readouterr()
    records = json.loads(out)
    assert len(records) == 8
    assert set(records[0]) >= {"jobcenter", "efficiency", "peers", "slacks", "target_input", "excluded"}
    assert records[0]["efficiency"] == pytest.approx(1 / 1.7)
    assert records[0]["peers"] == {NAMES[-1]: pytest.approx(1 / 1.7)}
    assert "Sagsproduktivitet (tilpasset)" in err


def test_cli_table_csv_and_errors(db, capsys):
    assert main(["dea", "--db", db, "--preset", "vive2018", "--sensitivity", "--second-stage"]) == 0
    out = capsys.readouterr().out
    assert "Løfteevne og udgift (VIVE 2018)" in out and "Andet trin" in out
    # a named centre that is not a job centre of its own is noted, not silently ignored
    assert main(["dea", "--db", db, "--exclude", "Fanø"]) == 0
    assert "Bemærk: Fanø er ikke et selvstændigt jobcenter her (betjenes af Esbjerg)" in capsys.readouterr().out
    assert main(["dea", "--db", db, "--format", "csv", "--exclude", NAMES[0]]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("jobcenter,efficiency") and len(lines) == 9
    assert main(["dea", "--db", db, "--outputs", "nope"]) == 1
    assert "Ugyldige DEA-output: nope" in capsys.readouterr().err
