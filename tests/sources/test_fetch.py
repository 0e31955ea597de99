"""Fetching from a local replay of Jobindsats and Statistikbanken (127.0.0.1 only)."""

from __future__ import annotations

import json
import socket

import pytest

from jobcenter_bench.core.importing import ImportRejected
from jobcenter_bench.core.sources import http
from jobcenter_bench.core.sources.fetch import FetchOptions, fetch_and_import, plan
from jobcenter_bench.core.store import Store
from jobcenter_bench.core.tasks import Cancelled, TaskState

from .replay import (
    MONTHS_2023,
    QUARTERS_2023,
    jobindsats_a02,
    jobindsats_metadata,
    jobindsats_y30r21,
    route_all,
    statbank_folk1a,
)

KEY = "test-key-0123456789"


@pytest.fixture
def store():
    s = Store.open(":memory:")
    yield s
    s.close()


def _opts(replay, tmp_path, **kw):
    waits: list[float] = []
    kw.setdefault("sleep", waits.append)
    opts = FetchOptions(2023, key=KEY, jobindsats_url=replay.url, statbank_url=replay.url,
                        cache_dir=tmp_path / "cache", **kw)
    opts.waits = waits
    return opts


def _nothing_stored(store):
    assert store.imports() == [] and store.register_values() == []


def test_guard_refuses_the_real_services():
    with pytest.raises(AssertionError, match="api.jobindsats.dk"):
        socket.getaddrinfo("api.jobindsats.dk", 443)


def test_fetch_imports_every_table_with_hand_worked_yearly_values(replay, tmp_path, store):
    route_all(replay)
    result = fetch_and_import(store, _opts(replay, tmp_path))
    assert len(result.files) == 6  # four A02 tables, Y30R21, FOLK1A
    kbh, aarhus, aabenraa = (store.register_wide(2023)[c] for c in (101, 751, 580))
    # Y01A02 monthly 1000 + 10*m -> mean 1000 + 10*6.5; Y36A02 adds 2000 (replay.PERSON_OFFSET)
    assert kbh["persons_adp"] == pytest.approx(1065.0)
    assert kbh["persons_kth"] == pytest.approx(3065.0)
    assert aarhus["persons_sdp"] == pytest.approx(4500.0)  # flat 500 + 4000
    assert aabenraa["persons_flex"] == pytest.approx(6106.5)  # 100 + 6.5 + 6000
    # Y30R21 København group "i alt": expected share 10 + q -> 12.5, actual 9 + q -> 11.5
    assert kbh["y30r21_expected_share_total"] == pytest.approx(12.5)
    assert kbh["y30r21_actual_share_total"] == pytest.approx(11.5)
    assert kbh["y30r21_expected_share_kth"] == pytest.approx(12.8)  # group 3 adds 0.3
    assert aarhus["y30r21_actual_persons_adp"] == pytest.approx(1801.0)  # 900*2 + group 1
    # FOLK1A København: 1000 + q persons per age; 49 ages (16-64) x mean 1002.5
    assert kbh["population_16_64"] == pytest.approx(49 * 1002.5)
    assert kbh["population_16_66"] == pytest.approx(51 * 1002.5)
    assert aarhus["population_16_64"] == pytest.approx(49 * 100)
    # whole country and regions dropped: only the three municipalities have values
    assert sorted(store.register_wide(2023)) == [101, 580, 751]


def test_provenance_in_the_import_log_and_the_key_nowhere(replay, tmp_path, store):
    route_all(replay)
    fetch_and_import(store, _opts(replay, tmp_path))
    logs = {r["file_name"]: r for r in store.imports()}
    y30 = json.loads(logs["jobindsats_Y30R21_2023"]["provenance"])
    assert y30["service"] == "Jobindsats" and y30["table"] == "Y30R21"
    assert y30["periods"] == QUARTERS_2023  # quarters preferred to nothing else offered for 2023
    assert y30["query"] == {"area": "*", "period": QUARTERS_2023,
                            "_ygrp_y30r21": ["Ydelsesgrupper i alt", "A-dagpenge mv.",
                                             "Sygedagpenge mv.", "Kontanthjælp mv."]}
    posted = [r for r in replay.requests if r[0] == "POST" and r[1] == "/v2/data/y30r21/json"][0]
    import hashlib

    assert json.loads(posted[4]) == y30["query"]
    assert len(y30["responses"]) == 2  # metadata and data
    assert all(len(r["sha256"]) == 64 and r["retrieved_at"] for r in y30["responses"])
    assert logs["jobindsats_Y30R21_2023"]["sha256"] == y30["responses"][1]["sha256"]
    body = jobindsats_y30r21(QUARTERS_2023)
    assert y30["responses"][1]["sha256"] == hashlib.sha256(body).hexdigest()
    a02 = json.loads(logs["jobindsats_Y01A02_2023"]["provenance"])
    assert a02["periods"] == MONTHS_2023  # 2022M12 and 2024M01 not asked for
    # the key went in the Authorization header and nowhere else
    assert all(r[3].get("Authorization") == KEY for r in replay.requests if "/v2/" in r[1])
    dump = "\n".join(store.conn.iterdump())
    assert KEY not in dump
    for f in (tmp_path / "cache").iterdir():
        assert KEY.encode() not in f.read_bytes()


def test_second_fetch_works_offline_from_the_cache(replay, tmp_path, store):
    route_all(replay)
    fetch_and_import(store, _opts(replay, tmp_path))
    sent = len(replay.requests)
    replay.close()  # the "network" is gone
    result = fetch_and_import(store, _opts(replay, tmp_path))
    assert len(result.files) == 6
    assert len(replay.requests) == sent
    prov = json.loads(store.imports()[0]["provenance"])
    assert all(r["from_cache"] for r in prov["responses"])


def test_refresh_asks_again(replay, tmp_path, store):
    route_all(replay)
    fetch_and_import(store, _opts(replay, tmp_path))
    sent = len(replay.requests)
    fetch_and_import(store, _opts(replay, tmp_path, refresh=True))
    # 5 Jobindsats tables x (metadata + data) + 1 FOLK1A = 11 requests, sent again
    assert sent == 11 and len(replay.requests) == 2 * sent


def test_query_refused_400_shows_the_service_text(replay, tmp_path, store):
    route_all(replay)
    replay.route("GET", "/v1/data/FOLK1A/CSV", (400, {}, b'{"errorTypeCode": "EXTRACT-NOTFOUND", '
                                                      b'"message": "Tid 2023K4 findes ikke"}'))
    with pytest.raises(http.QueryRefused) as err:
        fetch_and_import(store, _opts(replay, tmp_path, sources=("statistikbanken",)))
    assert "HTTP 400" in str(err.value) and "Tid 2023K4 findes ikke" in str(err.value)
    assert "vælg et tidligere år" in str(err.value)
    _nothing_stored(store)


def test_a_redirect_to_another_host_does_not_carry_the_key(replay, tmp_path, store):
    from .replay import Replay

    other = Replay()  # another port: another host as far as the browser rules go
    try:
        route_all(replay)
        other.route("GET", "/moved/", jobindsats_metadata(MONTHS_2023))
        replay.route("GET", "/v2/tables/y01a02/json/", (302, {"Location": f"{other.url}/moved/"}, b""))
        fetch_and_import(store, _opts(replay, tmp_path))
        assert len(other.requests) == 1
        assert "Authorization" not in other.requests[0][3]
        assert store.register_wide(2023)[101]["persons_adp"] == pytest.approx(1065.0)
    finally:
        other.close()


def test_dry_run_plan_sends_nothing(replay, tmp_path):
    items = plan(_opts(replay, tmp_path))
    assert [i.table for i in items] == ["Y01A02", "Y36A02", "Y07A02", "Y09A02", "Y30R21", "FOLK1A"]
    assert not any(i.cached for i in items)
    assert replay.requests == []
    only_dst = plan(_opts(replay, tmp_path, sources=("statistikbanken",)))
    assert [i.variables for i in only_dst] == [("population_16_64", "population_16_66")]


def test_no_network(tmp_path, store):
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens on this port any more
    url = f"http://127.0.0.1:{port}"
    opts = FetchOptions(2023, key=KEY, jobindsats_url=url, statbank_url=url, cache_dir=tmp_path)
    with pytest.raises(http.NoNetwork) as err:
        fetch_and_import(store, opts)
    assert "Kan ikke få forbindelse til Jobindsats" in str(err.value)
    assert "forbindelsen blev afvist" in str(err.value) and "netværksforbindelsen" in str(err.value)
    assert "the connection was refused" in err.value.message_en
    _nothing_stored(store)


def test_timeout(replay, tmp_path, store):
    route_all(replay)
    replay.delay = 1.0
    with pytest.raises(http.FetchTimeout) as err:
        fetch_and_import(store, _opts(replay, tmp_path, timeout=0.2))
    assert "svarede ikke inden for 0.2 sekunder" in str(err.value)
    _nothing_stored(store)


@pytest.mark.parametrize("status", [401, 403])
def test_bad_key_says_where_to_get_one(replay, tmp_path, store, status):
    route_all(replay)
    replay.route("GET", "/v2/tables/y01a02/json/", (status, {}, b'{"Message": "denied"}'))
    with pytest.raises(http.BadKey) as err:
        fetch_and_import(store, _opts(replay, tmp_path))
    assert f"HTTP {status}" in str(err.value) and "jobindsats.dk" in str(err.value)
    assert "jobindsats.dk" in err.value.message_en and KEY not in str(err.value)
    _nothing_stored(store)


def test_rate_limit_backs_off_and_then_succeeds(replay, tmp_path, store):
    route_all(replay)
    ok = jobindsats_metadata(MONTHS_2023)
    replay.route("GET", "/v2/tables/y01a02/json/", (429, {"Retry-After": "7"}, b""),
                 (429, {}, b""), ok)
    opts = _opts(replay, tmp_path, backoff=0.5)
    fetch_and_import(store, opts)
    # first wait from Retry-After (7 s), the second the back-off 0.5 * 2**1 = 1 s
    assert opts.waits == [7.0, 1.0]
    assert store.register_wide(2023)[101]["persons_adp"] == pytest.approx(1065.0)


def test_rate_limit_gives_up_after_the_retries(replay, tmp_path, store):
    route_all(replay)
    replay.route("GET", "/v2/tables/y01a02/json/", (429, {}, b""))
    opts = _opts(replay, tmp_path, retries=2, backoff=1.0)
    with pytest.raises(http.RateLimited) as err:
        fetch_and_import(store, opts)
    assert opts.waits == [1.0, 2.0]  # 1 * 2**0, 1 * 2**1; then no third attempt
    assert "HTTP 429" in str(err.value) and "efter 2 nye forsøg" in str(err.value)
    _nothing_stored(store)


def test_server_error_is_retried_then_reported(replay, tmp_path, store):
    route_all(replay)
    replay.route("GET", "/v1/data/FOLK1A/CSV", (503, {}, b"down"))
    opts = _opts(replay, tmp_path, retries=1)
    with pytest.raises(http.ServiceDown) as err:
        fetch_and_import(store, opts)
    assert "Statistikbanken har en fejl (HTTP 503)" in str(err.value)
    assert len(opts.waits) == 1
    _nothing_stored(store)  # the Jobindsats tables fetched before are not imported either


def test_unknown_table_404(replay, tmp_path, store):
    route_all(replay)
    del replay.routes[("GET", "/v2/tables/y30r21/json/")]
    with pytest.raises(http.QueryRefused, match="HTTP 404"):
        fetch_and_import(store, _opts(replay, tmp_path))
    _nothing_stored(store)


def test_changed_column_says_the_format_changed(replay, tmp_path, store):
    route_all(replay)
    labels = ["Periode", "Område", "Køn", "Alder", "Herkomst", "Antal personer", "Fuldtidspersoner"]
    replay.route("POST", "/v2/data/y07a02/json", jobindsats_a02("y07a02", MONTHS_2023, labels=labels))
    with pytest.raises(http.FormatChanged) as err:
        fetch_and_import(store, _opts(replay, tmp_path))
    assert "Jobindsats har ændret sit format" in str(err.value)
    assert "Antal fuldtidspersoner" in str(err.value) and "Y07A02" in str(err.value)
    _nothing_stored(store)


def test_changed_y30r21_measure(replay, tmp_path, store):
    route_all(replay)
    labels = ["Area", "Periode", "Ydelsesgrupper", "Forventet antal", "Faktisk antal"]
    replay.route("POST", "/v2/data/y30r21/json", jobindsats_y30r21(QUARTERS_2023, labels=labels))
    with pytest.raises(http.FormatChanged, match="Forventet antal"):
        fetch_and_import(store, _opts(replay, tmp_path))
    _nothing_stored(store)


def test_changed_statbank_columns(replay, tmp_path, store):
    route_all(replay)
    replay.route("GET", "/v1/data/FOLK1A/CSV", statbank_folk1a(2023, header="OMRÅDE;KØN;ALDER;TID;VÆRDI"))
    with pytest.raises(http.FormatChanged, match="INDHOLD"):
        fetch_and_import(store, _opts(replay, tmp_path, sources=("statistikbanken",)))
    _nothing_stored(store)


def test_json_that_is_not_the_documented_shape(replay, tmp_path, store):
    route_all(replay)
    replay.route("POST", "/v2/data/y01a02/json", b'{"rows": []}')
    with pytest.raises(http.FormatChanged, match="Y01A02"):
        fetch_and_import(store, _opts(replay, tmp_path))


def test_municipality_not_in_our_geography(replay, tmp_path, store):
    route_all(replay)
    replay.route("POST", "/v2/data/y36a02/json",
                 jobindsats_a02("y36a02", MONTHS_2023, areas=["København", "Nyby"]))
    with pytest.raises(ImportRejected) as err:
        fetch_and_import(store, _opts(replay, tmp_path))
    errors = [p for p in err.value.problems if p.is_error]
    assert len(errors) == 1
    assert errors[0].file == "jobindsats_Y36A02_2023" and "'Nyby' er ikke en kommune" in errors[0].message
    _nothing_stored(store)


def test_year_not_published_yet(replay, tmp_path, store):
    route_all(replay)
    with pytest.raises(http.QueryRefused) as err:
        fetch_and_import(store, FetchOptions(2031, key=KEY, jobindsats_url=replay.url,
                                             statbank_url=replay.url, cache_dir=tmp_path))
    assert "ingen perioder fra 2031" in str(err.value) and "2024M01" in str(err.value)


def test_a_suppressed_month_is_a_warning_and_stores_no_average(replay, tmp_path, store):
    route_all(replay)
    answer = json.loads(jobindsats_a02("y01a02", MONTHS_2023))
    for row in answer[0]["Data"]:
        if row[1] == "Aabenraa" and row[0] == "2023M12":
            row[6] = ".."  # suppressed (diskretioneret)
    replay.route("POST", "/v2/data/y01a02/json", json.dumps(answer).encode())
    result = fetch_and_import(store, _opts(replay, tmp_path))
    assert "persons_adp" not in store.register_wide(2023)[580]
    assert store.register_wide(2023)[101]["persons_adp"] == pytest.approx(1065.0)
    f = next(f for f in result.files if f.file_name == "jobindsats_Y01A02_2023")
    assert any("Aabenraa 2023" in w.message and "kun 11 af 12 måneder" in w.message
               for w in f.warnings)


def test_a_year_not_complete_anywhere_is_an_error(replay, tmp_path, store):
    route_all(replay)
    replay.route("GET", "/v2/tables/y01a02/json/", jobindsats_metadata(MONTHS_2023[:11]))
    replay.route("POST", "/v2/data/y01a02/json", jobindsats_a02("y01a02", MONTHS_2023[:11]))
    with pytest.raises(ImportRejected) as err:
        fetch_and_import(store, _opts(replay, tmp_path))
    assert "intet helt år 2023 i tabel Y01A02" in str(err.value)
    _nothing_stored(store)


def test_no_key_for_jobindsats(replay, tmp_path, store):
    route_all(replay)
    opts = _opts(replay, tmp_path)
    opts.key = None
    from jobcenter_bench.core.errors import BenchError

    with pytest.raises(BenchError, match="ingen API-nøgle"):
        fetch_and_import(store, opts)
    fetch_and_import(store, _opts(replay, tmp_path, sources=("statistikbanken",)))  # needs no key
    assert store.register_wide(2023)[101]["population_16_64"] == pytest.approx(49 * 1002.5)


def test_cancel_imports_nothing(replay, tmp_path, store):
    route_all(replay)
    state = TaskState()

    def progress(done, total, text):
        if done == 2:
            state.cancel()

    state._on_progress = progress
    with pytest.raises(Cancelled):
        fetch_and_import(store, _opts(replay, tmp_path), state)
    _nothing_stored(store)
