"""``jobcenter-bench fetch`` against the local replay (127.0.0.1 only)."""

from __future__ import annotations

from jobcenter_bench.cli import main
from jobcenter_bench.core.store import Store

from .replay import MONTHS_2023, jobindsats_a02, route_all

KEY = "cli-secret-key-42"


def _args(replay, tmp_path, *extra):
    key = tmp_path / "key.txt"
    key.write_text(f"\n{KEY}\n", encoding="utf-8")
    return ["fetch", "--db", str(tmp_path / "p.jcbench"), "--year", "2023", "--key-file", str(key),
            "--jobindsats-url", replay.url, "--statbank-url", replay.url, *extra]


def test_fetch_imports_and_prints_one_line_per_table(replay, tmp_path, capsys):
    route_all(replay)
    assert main(_args(replay, tmp_path)) == 0
    out, err = capsys.readouterr()
    lines = [ln for ln in out.splitlines() if ln.startswith(("jobindsats_", "statistikbanken_"))]
    assert len(lines) == 6
    assert "jobindsats_Y01A02_2023: 3 værdier, revision 1" in out  # 3 municipalities x 1 variable
    assert KEY not in out + err
    with Store.open(tmp_path / "p.jcbench", create=False) as store:
        assert store.register_wide(2023)[101]["persons_adp"] == 1065.0
    assert (tmp_path / "p.cache").is_dir()  # the default cache beside the database


def test_second_fetch_offline_from_the_cache(replay, tmp_path, capsys):
    route_all(replay)
    assert main(_args(replay, tmp_path)) == 0
    sent = len(replay.requests)
    assert main(_args(replay, tmp_path, "--offline")) == 0
    assert len(replay.requests) == sent
    out = capsys.readouterr().out
    assert "revision 2" in out and "importeret før" in out  # same answers: a new revision, warned


def test_rejected_fetch_creates_no_database(replay, tmp_path, capsys):
    route_all(replay)
    replay.route("POST", "/v2/data/y01a02/json",
                 jobindsats_a02("y01a02", MONTHS_2023, areas=["Aarhus", "Atlantis"]))
    assert main(_args(replay, tmp_path)) == 1
    err = capsys.readouterr().err
    assert "'Atlantis' er ikke en kommune" in err and "ingen database er oprettet" in err
    assert not (tmp_path / "p.jcbench").exists()


def test_service_error_is_one_clear_line(replay, tmp_path, capsys):
    route_all(replay)
    replay.route("GET", "/v2/tables/y01a02/json/", (401, {}, b"no"))
    assert main(_args(replay, tmp_path, "--lang", "en")) == 1
    err = capsys.readouterr().err
    assert err.startswith("jobcenter-bench: Jobindsats rejected the API key (HTTP 401)")
    assert "Traceback" not in err and KEY not in err


def test_dry_run_sends_nothing_and_needs_no_key(replay, tmp_path, capsys):
    args = ["fetch", "--db", str(tmp_path / "p.jcbench"), "--year", "2023", "--dry-run",
            "--jobindsats-url", replay.url, "--statbank-url", replay.url]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Y30R21" in out and "FOLK1A" in out and "/v2/tables/y01a02/json/" in out
    assert replay.requests == [] and not (tmp_path / "p.jcbench").exists()


def test_statistikbanken_alone_needs_no_key(replay, tmp_path, monkeypatch, capsys):
    route_all(replay)
    monkeypatch.setattr("jobcenter_bench.core.sources.keys.keyring_key", lambda: None)
    args = ["fetch", "--db", str(tmp_path / "p.jcbench"), "--year", "2023", "--source",
            "statistikbanken", "--statbank-url", replay.url]
    assert main(args) == 0
    assert main(args[:-4] + ["--source", "jobindsats", "--jobindsats-url", replay.url]) == 1
    assert "ingen API-nøgle til Jobindsats" in capsys.readouterr().err


def test_key_from_the_keyring(replay, tmp_path, monkeypatch):
    route_all(replay)
    monkeypatch.setattr("jobcenter_bench.core.sources.keys.keyring_key", lambda: "from-keyring")
    args = ["fetch", "--db", str(tmp_path / "p.jcbench"), "--year", "2023", "--source", "jobindsats",
            "--jobindsats-url", replay.url]
    assert main(args) == 0
    assert {r[3].get("Authorization") for r in replay.requests} == {"from-keyring"}
