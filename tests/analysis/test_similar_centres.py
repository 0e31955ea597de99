"""Most similar centres with the user's weights (``peers.similar_centres``) and ``peers`` CLI."""

import json
import math

import pytest

from jobcenter_bench.cli import main
from jobcenter_bench.core import geography
from jobcenter_bench.core.analysis import AnalysisOptions, analyse, cached_dataset
from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.peers import (
    available_variables,
    parse_weights,
    similar_centres,
    similarity_values,
)
from jobcenter_bench.core.store import Store

from ._data import build_store, register_row, survey

NAMES = [j.name for j in geography.jobcentres() if len(j.municipality_codes) == 1][:4]
X = [0, 1, 2, 5]
POP = [10000, 30000, 10000, 10000]


def _store(path=":memory:"):
    register = {n: register_row(p, p * 0.02, p * 0.01, p * 0.01, predicted_rate=4.0, x=x)
                for n, x, p in zip(NAMES, X, POP, strict=True)}
    return build_store(register, {n: survey() for n in NAMES}, framework=("x",), path=path)


@pytest.fixture(scope="module")
def data():
    store = _store()
    res = analyse(store, None, AnalysisOptions(inference=False))
    yield res, cached_dataset(store, None)
    store.close()


def test_weights_change_the_order(data):
    res, ds = data
    # x only: |Δx| = 1, 2, 5 from the first centre
    only_x = similar_centres(res, ds, NAMES[0], {"x": 1}, n=3)
    assert only_x.members() == (NAMES[1], NAMES[2], NAMES[3])
    sd_x = math.sqrt(3.5)  # x = 0, 1, 2, 5: mean 2, population sd √3.5
    assert only_x.centres[0].distance == pytest.approx(1 / sd_x)
    # x weight 1, population weight 3. Population sd = √(75·10⁶) (mean 15,000), so the second
    # centre is 20,000 / 8,660.25 = 2.309 sd away: d = √((1·(1/sd_x)² + 3·2.309²) / 4) = 2.018;
    # third: √((2/sd_x)² / 4) = 0.535; fourth: √((5/sd_x)² / 4) = 1.336
    both = similar_centres(res, ds, NAMES[0], {"x": 1, "population": 3}, n=3)
    assert both.members() == (NAMES[2], NAMES[3], NAMES[1])
    assert [c.distance for c in both.centres] == pytest.approx([0.5345, 1.3363, 2.0178], abs=1e-4)
    assert both.centres[0].cases_per_fte == pytest.approx(400 / 10)  # key figures come along


def test_benefit_mix_and_errors(data):
    res, ds = data
    v = similarity_values(res, ds)[NAMES[0]]
    assert (v["share_adp"], v["share_kth"], v["share_sdp"]) == pytest.approx((50, 25, 25))
    # every centre has the same mix: the variable is skipped, and alone it is refused
    with pytest.raises(BenchError, match="ens for alle"):
        similar_centres(res, ds, NAMES[0], {"share_adp": 1})
    mixed = similar_centres(res, ds, NAMES[0], {"share_adp": 1, "x": 1}, n=1)
    assert mixed.skipped == ("share_adp",)
    assert parse_weights("x=2, pop=0.5", available_variables(res)) == {"x": 2.0, "population": 0.5}
    with pytest.raises(BenchError, match="findes ikke"):
        parse_weights("nope=1", available_variables(res))
    with pytest.raises(BenchError, match="≥ 0"):
        parse_weights("x=-1", available_variables(res))
    with pytest.raises(BenchError):
        similar_centres(res, ds, NAMES[0], {"x": 0})


def test_cli_peers_save_and_list(tmp_path, capsys):
    path = str(tmp_path / "p.jcbench")
    _store(path).close()
    assert main(["peers", "--db", path, "--jobcenter", NAMES[0], "--n", "2", "--weights", "x=1,population=3",
                 "--save", "Gruppe A", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [c["jobcenter"] for c in out["centres"]] == [NAMES[2], NAMES[3]]
    with Store.open(path, create=False) as store:
        g = store.peer_group("Gruppe A")
    assert g["members"] == [NAMES[2], NAMES[3]] and g["weights"] == {"x": 1.0, "population": 3.0}
    assert main(["peers", "--db", path, "--list"]) == 0
    assert f"Gruppe A ({NAMES[0]}): {NAMES[2]}, {NAMES[3]}" in capsys.readouterr().out
    assert main(["peers", "--db", path, "--jobcenter", NAMES[0]]) == 0
    assert "Mest sammenlignelige med" in capsys.readouterr().out
    assert main(["peers", "--db", path, "--delete", "Gruppe A"]) == 0
    assert main(["peers", "--db", path, "--delete", "Gruppe A"]) == 1
    assert "findes ikke" in capsys.readouterr().err
