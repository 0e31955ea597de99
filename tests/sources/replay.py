"""A local HTTP server on 127.0.0.1 that replays recorded-style answers, and their builders.

Every builder below says which layout of ``/work/shared/spec/data-sources.md`` (repeated in
``docs/data-sources.md``) it follows. The numbers are made up, chosen so that the yearly values
can be worked out by hand in the tests.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

#: Three municipalities plus the aggregates "*" also returns.
MUNICIPALITIES = ["København", "Aarhus", "Aabenraa"]
AGGREGATES = ["Hele landet", "Region Hovedstaden"]

#: Full-time persons per month in 2023 for Y01A02 (a-dagpenge): København 1000 + 10*month,
#: so the annual average is 1000 + 10 * 6.5 = 1065; Aarhus a flat 500; Aabenraa 100 + month
#: -> 106.5. Other tables add an offset per table (see ``PERSON_OFFSET``).
PERSON_OFFSET = {"y01a02": 0, "y36a02": 2000, "y07a02": 4000, "y09a02": 6000}


def monthly_persons(area: str, month: int, offset: int) -> float:
    base = {"København": 1000 + 10 * month, "Aarhus": 500, "Aabenraa": 100 + month}
    return base.get(area, 50_000) + offset


def jobindsats_metadata(periods: list[str]) -> bytes:
    """Layout "Jobindsats — v2/tables/{table}/json/: the first element holds `Period`"."""
    return json.dumps([{"Period": periods, "Name": "table"}], ensure_ascii=False).encode()


A02_LABELS = ["Periode", "Område", "Køn", "Alder", "Herkomst", "Antal personer",
              "Antal fuldtidspersoner", "Fuldtidspersoner i pct. af arbejdsstyrken 16-66 år",
              "Fuldtidspersoner i pct. af befolkningen 16-66 år"]


def jobindsats_a02(table: str, periods: list[str], areas=None, labels=None) -> bytes:
    """Layout "Jobindsats — response (JSON): a list; its first element has `Variables` (each with
    a `Label`) and `Data`", with the columns of Y01A02/Y36A02/Y07A02/Y09A02 ("Antal personer og
    fuldtidspersoner": Periode, Område, Køn, Alder, Herkomst, Antal personer, Antal
    fuldtidspersoner, ...). Each area has the total row ("I alt") and a row for men (dropped)."""
    labels = labels or A02_LABELS
    rows = []
    for area in (areas or MUNICIPALITIES + AGGREGATES):
        for code in periods:
            month = int(code[5:])
            v = monthly_persons(area, month, PERSON_OFFSET[table])
            rows.append([code, area, "Køn i alt", "Alder i alt", "Herkomst i alt", v * 1.3, v, 2.5, 2.0])
            rows.append([code, area, "Mænd", "Alder i alt", "Herkomst i alt", v, v / 2, 2.5, 2.0])
    rows = [r[: len(labels)] for r in rows]
    return json.dumps([{"Variables": [{"Label": x} for x in labels], "Data": rows}],
                      ensure_ascii=False).encode()


Y30_MEASURES = [
    "Forventet og faktisk antal fuldtidspersoner på offentlig forsørgelse: Forventet antal",
    "Forventet og faktisk antal fuldtidspersoner på offentlig forsørgelse: Faktisk antal",
    "Forventet og faktisk antal fuldtidspersoner på offentlig forsørgelse: Forskel mellem forventet og faktisk antal",
    "Forventet og faktisk andel fuldtidspersoner på offentlig forsørgelse: Forventet andel (pct.)",
    "Forventet og faktisk andel fuldtidspersoner på offentlig forsørgelse: Faktisk andel (pct.)",
    "Forventet og faktisk andel fuldtidspersoner på offentlig forsørgelse: Forskel mellem forventet og faktisk andel (pct. point)",
    "Placering på benchmarkranglisten",
]
Y30_LABELS = ["Area", "Periode", "Ydelsesgrupper", *Y30_MEASURES]
GROUPS = ["Ydelsesgrupper i alt", "A-dagpenge mv.", "Sygedagpenge mv.", "Kontanthjælp mv."]


def y30r21_values(area: str, group: int, quarter: int) -> tuple[float, float, float, float]:
    """(expected number, actual number, expected share, actual share) of one row: København
    group 0 expected share 10 + quarter (annual mean 12.5), actual 9 + quarter (11.5)."""
    k = MUNICIPALITIES.index(area) if area in MUNICIPALITIES else 9
    return (1000.0 * (k + 1) + group, 900.0 * (k + 1) + group,
            10.0 + quarter + k + group / 10, 9.0 + quarter + k + group / 10)


def jobindsats_y30r21(periods: list[str], areas=None, labels=None) -> bytes:
    """Layout "Jobindsats — response (JSON)" with Y30R21's Labels: Area, Periode,
    Ydelsesgrupper, the six "Forventet og faktisk …" measures and "Placering på
    benchmarkranglisten"; periods are quarters (2023Q1..Q4)."""
    labels = labels or Y30_LABELS
    rows = []
    for area in (areas or MUNICIPALITIES + AGGREGATES):
        for code in periods:
            q = int(code[-1])
            for g, group in enumerate(GROUPS):
                en, an, es, as_ = y30r21_values(area, g, q)
                rows.append([area, code, group, en, an, en - an, es, as_, es - as_, 1])
    rows = [r[: len(labels)] for r in rows]
    return json.dumps([{"Variables": [{"Label": x} for x in labels], "Data": rows}],
                      ensure_ascii=False).encode()


def folk1a_count(code: int, quarter: int) -> int:
    """Persons of one single age in one quarter: code 101 -> 1000 + quarter, others 100."""
    return 1000 + quarter if code == 101 else 100


def statbank_folk1a(year: int, areas=None, header="OMRÅDE;KØN;ALDER;TID;INDHOLD", ages=range(16, 67)) -> bytes:
    """Layout "Statistikbanken — CSV answers are semicolon-separated, UTF-8 with a BOM, first
    line the variable names (OMRÅDE;KØN;ALDER;TID;INDHOLD)", FOLK1A with
    valuePresentation=CodeAndValue: "101 København", "TOT I alt", "16 år", "2023K1"."""
    areas = areas or [(0, "Hele landet"), (84, "Region Hovedstaden"), (101, "København"),
                      (751, "Aarhus"), (580, "Aabenraa")]
    lines = [header]
    for code, name in areas:
        for age in ages:
            for q in range(1, 5):
                lines.append(f"{code:03d} {name};TOT I alt;{age} år;{year}K{q};{folk1a_count(code, q)}")
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


class Replay:
    """Routes (METHOD, path) -> a list of (status, headers, body); each request takes the next
    answer, the last one repeats. ``requests`` records (method, path, query, headers, body)."""

    def __init__(self):
        self.routes: dict[tuple[str, str], list[tuple[int, dict, bytes]]] = {}
        self.requests: list[tuple[str, str, str, dict, bytes]] = []
        self.delay = 0.0
        replay = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def _answer(self, method):
                parts = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                replay.requests.append((method, unquote(parts.path), unquote(parts.query),
                                        dict(self.headers), body))
                if replay.delay:
                    threading.Event().wait(replay.delay)
                answers = replay.routes.get((method, unquote(parts.path)))
                status, headers, out = (404, {}, b'{"Message": "not found"}')
                if answers:
                    status, headers, out = answers.pop(0) if len(answers) > 1 else answers[0]
                try:
                    self.send_response(status)
                    for k, v in headers.items():
                        self.send_header(k, v)
                    self.send_header("Content-Length", str(len(out)))
                    self.end_headers()
                    self.wfile.write(out)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def do_GET(self):  # noqa: N802
                self._answer("GET")

            def do_POST(self):  # noqa: N802
                self._answer("POST")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def route(self, method: str, path: str, *answers) -> None:
        """Answers are bodies (status 200) or (status, headers, body) tuples."""
        self.routes[(method, path)] = [a if isinstance(a, tuple) else (200, {}, a) for a in answers]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


MONTHS_2023 = [f"2023M{m:02d}" for m in range(1, 13)]
QUARTERS_2023 = [f"2023Q{q}" for q in range(1, 5)]


def route_all(replay: Replay, year: int = 2023) -> None:
    """A complete, healthy pair of services for ``year`` 2023."""
    for table in PERSON_OFFSET:
        replay.route("GET", f"/v2/tables/{table}/json/",
                     jobindsats_metadata(["2022M12", *MONTHS_2023, "2024M01"]))
        replay.route("POST", f"/v2/data/{table}/json", jobindsats_a02(table, MONTHS_2023))
    replay.route("GET", "/v2/tables/y30r21/json/",
                 jobindsats_metadata(["2022QMAT04", "2023QMAT03", *QUARTERS_2023]))
    replay.route("POST", "/v2/data/y30r21/json", jobindsats_y30r21(QUARTERS_2023))
    replay.route("GET", "/v1/data/FOLK1A/CSV", statbank_folk1a(year))
