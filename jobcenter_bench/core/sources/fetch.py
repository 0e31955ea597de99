"""``fetch_and_import``: fetch one year of register data from Jobindsats and Statistikbanken for
every municipality and import it all-or-nothing, with provenance in the import log.

One fetched table becomes one ``ParsedFile`` named like a file (``jobindsats_Y01A02_2023``)
and goes through the same checks and the same transaction as imported files
(``importing.importer.check_importable`` and ``store_parsed``). Any failure — network, key,
format, a municipality not in our geography, a cancel — imports nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from jobcenter_bench.core.importing.cells import Place
from jobcenter_bench.core.importing.crosscheck import repeat_warnings
from jobcenter_bench.core.importing.importer import ImportResult, check_importable, store_parsed
from jobcenter_bench.core.importing.parsed import ParsedFile
from jobcenter_bench.core.sources import jobindsats as jis
from jobcenter_bench.core.sources import statistikbanken as dst
from jobcenter_bench.core.sources.http import FormatChanged, HttpClient, Response
from jobcenter_bench.core.sources.keys import KEY_HELP
from jobcenter_bench.core.sources.periods import periods_of_year
from jobcenter_bench.core.sources.records import ShapeError, to_parsed
from jobcenter_bench.core.tasks import TaskState

SOURCES = ("jobindsats", "statistikbanken")


@dataclass(frozen=True)
class PlanItem:
    """One table to fetch: service, table, the register variables it gives, the request."""

    service: str
    table: str
    variables: tuple[str, ...]
    method: str
    url: str
    cached: bool = False


@dataclass
class FetchOptions:
    """Where and how to fetch. ``key`` is the Jobindsats API key (never stored)."""

    year: int
    sources: tuple[str, ...] = SOURCES
    key: str | None = None
    cache_dir: Path | None = None
    jobindsats_url: str = jis.BASE_URL
    statbank_url: str = dst.BASE_URL
    refresh: bool = False
    offline: bool = False
    timeout: float | None = None
    retries: int | None = None
    backoff: float | None = None
    sleep: object = None
    clients: dict = field(default_factory=dict)

    def client(self, service: str) -> HttpClient:
        if service not in self.clients:
            kwargs = {k: v for k, v in (("timeout", self.timeout), ("retries", self.retries),
                                        ("backoff", self.backoff), ("sleep", self.sleep)) if v is not None}
            self.clients[service] = HttpClient(
                service, self.cache_dir, refresh=self.refresh, offline=self.offline,
                key_help=KEY_HELP if service == jis.SERVICE else ("", ""), **kwargs)
        return self.clients[service]


def default_cache_dir(db: str | Path) -> Path | None:
    """The cache of a project database: ``<folder>/<name>.cache`` beside it (None in memory)."""
    if str(db) == ":memory:":
        return None
    path = Path(db).resolve()
    return path.parent / f"{path.stem}.cache"


def plan(opts: FetchOptions) -> list[PlanItem]:
    """What a fetch would ask for (``--dry-run``), without any network request. For Jobindsats
    the periods are chosen from each table's metadata when fetching; the plan shows the
    metadata request and whether it is cached."""
    items = []
    if "jobindsats" in opts.sources:
        client = opts.client(jis.SERVICE)
        for table in jis.tables():
            variables = ((jis.PERSON_TABLES[table],) if table in jis.PERSON_TABLES else
                         tuple(jis.y30r21_variable(m, g) for m in jis.MEASURES.values()
                               for g in jis.GROUPS.values()))
            url = jis.metadata_url(opts.jobindsats_url, table)
            items.append(PlanItem(jis.SERVICE, table, variables, "GET", url, client.cached("GET", url)))
    if "statistikbanken" in opts.sources:
        url = dst.data_url(opts.statbank_url, opts.year)
        items.append(PlanItem(dst.SERVICE, dst.TABLE, tuple(dst.AGE_BANDS), "GET", url,
                              opts.client(dst.SERVICE).cached("GET", url)))
    return items


def fetch(opts: FetchOptions, state: TaskState | None = None) -> list[ParsedFile]:
    """Fetch every table of ``opts.sources`` for ``opts.year``: one checked ParsedFile each.

    Raises a ``FetchError`` (network, key, rate limit, server, changed format) or
    ``Cancelled``; municipalities outside our geography are errors in the ParsedFile.
    """
    state = state or TaskState()
    steps = plan(opts)
    out: list[ParsedFile] = []
    for i, item in enumerate(steps):
        state.check_cancelled()
        state.progress(i, len(steps), f"Henter {item.service} {item.table}")
        if item.service == jis.SERVICE:
            out.append(_fetch_jobindsats(opts, item.table))
        else:
            out.append(_fetch_statistikbanken(opts))
    state.check_cancelled()
    state.progress(len(steps), len(steps), "Hentet")
    return out


def fetch_and_import(store, opts: FetchOptions, state: TaskState | None = None,
                     allow_warnings: bool = True) -> ImportResult:
    """Fetch (see :func:`fetch`), check and import in one transaction; nothing on any failure."""
    state = state or TaskState()
    parsed = fetch(opts, _Half(state, 0))
    repeat_warnings(parsed, store)
    check_importable(parsed, allow_warnings)
    return store_parsed(store, parsed, _Half(state, len(parsed)))


# ---------------------------------------------------------------- Jobindsats
def _fetch_jobindsats(opts: FetchOptions, table: str) -> ParsedFile:
    if not opts.key:
        from jobcenter_bench.core.errors import BenchError

        raise BenchError(f"Der er ingen API-nøgle til Jobindsats. {KEY_HELP[0]}",
                         f"There is no API key for Jobindsats. {KEY_HELP[1]}")
    client = opts.client(jis.SERVICE)
    headers = {"Authorization": opts.key}
    meta = client.get(jis.metadata_url(opts.jobindsats_url, table), headers)
    available = _shape(jis.SERVICE, table, lambda: jis.periods_from_metadata(meta.body))
    periods = periods_of_year(available, opts.year)
    if not periods:
        from jobcenter_bench.core.sources.http import QueryRefused

        shown = ", ".join(available[-4:]) if available else "ingen"
        raise QueryRefused(
            f"Jobindsats har endnu ingen perioder fra {opts.year} i tabel {table} (seneste: "
            f"{shown}). Vælg et tidligere år.",
            f"Jobindsats has no periods of {opts.year} in table {table} yet (latest: {shown}). "
            "Choose an earlier year.",
        )
    body = jis.query(table, periods)
    data = client.post_json(jis.data_url(opts.jobindsats_url, table), body, headers)
    name = f"jobindsats_{table}_{opts.year}"
    labels, rows = _shape(jis.SERVICE, table, lambda: jis.table_from_json(data.body))
    problems: list = []
    place = _placer(name, labels)
    if table in jis.PERSON_TABLES:
        points = _shape(jis.SERVICE, table, lambda: jis.person_points(
            jis.PERSON_TABLES[table], labels, rows, place, ".", problems))
    else:
        points = _shape(jis.SERVICE, table, lambda: jis.y30r21_points(labels, rows, place, ".", problems))
    parsed = _parsed(name, [meta, data], jis.SERVICE, table, body, periods)
    parsed.problems.extend(problems)
    return _nonempty(to_parsed(name, points, year=opts.year, parsed=parsed), jis.SERVICE, table, opts.year)


# ---------------------------------------------------------------- Statistikbanken
def _fetch_statistikbanken(opts: FetchOptions) -> ParsedFile:
    client = opts.client(dst.SERVICE)
    url = dst.data_url(opts.statbank_url, opts.year)
    resp = client.get(url)
    name = f"statistikbanken_{dst.TABLE}_{opts.year}"
    labels, rows = _shape(dst.SERVICE, dst.TABLE, lambda: dst.table_from_csv(resp.body))
    if not dst.is_folk1a(labels):
        raise FormatChanged(dst.SERVICE, f"FOLK1A har ikke kolonnerne OMRÅDE, ALDER, TID og INDHOLD "
                            f"(kolonner: {', '.join(labels)})",
                            f"FOLK1A lacks the columns OMRÅDE, ALDER, TID and INDHOLD "
                            f"(columns: {', '.join(labels)})")
    problems: list = []
    points = _shape(dst.SERVICE, dst.TABLE, lambda: dst.population_points(
        labels, rows, _placer(name, labels, first_row=2), ".", problems))
    periods = [f"{opts.year}K{q}" for q in range(1, 5)]
    parsed = _parsed(name, [resp], dst.SERVICE, dst.TABLE, url, periods)
    parsed.problems.extend(problems)
    return _nonempty(to_parsed(name, points, year=opts.year, parsed=parsed), dst.SERVICE, dst.TABLE,
                     opts.year)


# ---------------------------------------------------------------- shared
def _nonempty(parsed: ParsedFile, service: str, table: str, year: int) -> ParsedFile:
    """An error when a table gave no value at all for the year (else an import of nothing)."""
    if parsed.rows == 0 and not parsed.errors:
        parsed.problems.append(Place(parsed.name, None).problem(
            f"{service} gav intet helt år {year} i tabel {table} (et årsgennemsnit kræver tal for "
            "alle årets måneder eller kvartaler). Vælg et tidligere år.",
            f"{service} gave no complete year {year} in table {table} (an annual average needs "
            "numbers for every month or quarter of the year). Choose an earlier year.",
        ))
    return parsed


def _shape(service: str, table: str, fn):
    """Run a reader; a ShapeError becomes "the service has changed its format"."""
    try:
        return fn()
    except ShapeError as err:
        raise FormatChanged(service, f"tabel {table}: {err.da}", f"table {table}: {err.en}") from None


def _placer(name: str, labels: list[str], first_row: int = 1):
    """Names a cell of an answer: row ``i + first_row`` of the data, the column's label."""
    def place(i: int, c: int) -> Place:
        return Place(name, None, i + first_row, labels[c])
    return place


def _parsed(name: str, responses: list[Response], service: str, table: str, query, periods) -> ParsedFile:
    """An empty ParsedFile for one fetched table, with its SHA-256 and provenance."""
    data = responses[-1]
    return ParsedFile(
        path=Path(name),
        sha256=data.sha256,
        size_bytes=len(data.body),
        provenance={
            "service": service,
            "table": table,
            "query": query,
            "periods": list(periods),
            "retrieved_at": data.retrieved_at,
            "responses": [r.provenance() for r in responses],
        },
    )


class _Half:
    """Progress of the fetch (first half) or the import (second half) of one bar."""

    def __init__(self, state: TaskState, offset: int):
        self.state, self.offset = state, offset

    def progress(self, done: int, total: int, text: str = "") -> None:
        if self.offset == 0:
            self.state.progress(done, 2 * max(total, 1), text)
        else:
            self.state.progress(done, total, text)

    def check_cancelled(self) -> None:
        self.state.check_cancelled()
