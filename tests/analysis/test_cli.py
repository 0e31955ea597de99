"""``jobcenter-bench analyse`` and ``model`` on a small database file."""

import csv
import io
import json

import numpy as np
import pytest

from jobcenter_bench.cli import main
from jobcenter_bench.core import geography

from ._data import build_store, register_row, survey


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    rng = np.random.default_rng(5)
    names = [j.name for j in geography.jobcentres() if len(j.municipality_codes) == 1][:12]
    register, answers = {}, {}
    for i, n in enumerate(names):
        x = rng.uniform(0, 10)
        rate = 4 + 0.4 * x + rng.normal(0, 0.3)
        p = rate * 100  # population 10,000
        register[n] = register_row(10000, p / 2, p / 4, p / 4, disability=500 + 10 * i,
                                   predicted_rate=4 + 0.4 * x, predicted_rate_all=9 + 0.5 * x,
                                   cluster=1 + i % 3, x=x)
        answers[n] = survey(staff=(6 + i % 4, 2, 1, 0.5, 0.5))
    path = tmp_path_factory.mktemp("cli") / "small.jcbench"
    build_store(register, answers, framework=("x",), path=str(path)).close()
    return str(path)


def test_analyse_json(db, capsys):
    assert main(["analyse", "--db", db, "--format", "json"]) == 0
    out, err = capsys.readouterr()
    records = json.loads(out)
    assert len(records) == 12 and records[0]["year"] == 2013
    assert "publicerede" in err  # the source is printed, off stdout


def test_analyse_table_is_danish_and_rounded(db, capsys):
    assert main(["analyse", "--db", db, "--prediction", "own"]) == 0
    out = capsys.readouterr().out
    assert "Forudsigelse: egen regressionsmodel" in out
    assert " af " in out and "," in out.splitlines()[2]  # "n af N" and decimal commas


def test_analyse_csv_header(db, capsys):
    assert main(["analyse", "--db", db, "--format", "csv"]) == 0
    header = capsys.readouterr().out.splitlines()[0].split(",")
    assert header[:4] == ["year", "jobcenter", "municipality_codes", "region"]


def test_model_table(db, capsys):
    assert main(["model", "--db", db, "--rate", "all", "--weights", "population"]) == 0
    out = capsys.readouterr().out
    assert "WLS" in out and "N = 12" in out and "const" in out and "justeret R²" in out


def test_model_refused_with_too_many_variables_is_a_message(tmp_path, capsys):
    path = str(tmp_path / "tiny.jcbench")
    build_store({n: register_row(10000, 100, 100, 100, a=i, b=i * i) for i, n in
                 enumerate(["Skive", "Morsø"])}, {}, framework=("a", "b"), path=path).close()
    assert main(["model", "--db", path]) == 1
    assert "mindst 4 jobcentre" in capsys.readouterr().err


def test_unknown_variable_exit_code(db, capsys):
    assert main(["analyse", "--db", db, "--variables", "x,nope"]) == 1
    assert "nope" in capsys.readouterr().err


def test_prediction_source_in_every_json_record_and_csv_row(db, capsys):
    assert main(["analyse", "--db", db, "--format", "json", "--prediction", "own"]) == 0
    records = json.loads(capsys.readouterr().out)  # stdout stays pure JSON
    assert records and {r["prediction_source"] for r in records} == {"own"}
    assert main(["analyse", "--db", db, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and {r["prediction_source"] for r in rows} == {"published"}


def test_relationship_lines_are_readable_danish(db, capsys):
    assert main(["analyse", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Sager pr. årsværk mod forudsagt forsørgelsesgrad (alle ydelser): hældning" in out
    assert "Effekt mod sager pr. årsværk" in out
    assert " ~ " not in out and "cases_per_fte" not in out
    assert main(["analyse", "--db", db, "--lang", "en"]) == 0
    assert "Cases per FTE against predicted dependency rate (all benefits)" in capsys.readouterr().out
