"""HTTP for the data services: timeout, bounded retry with back-off, an on-disk cache, and
errors a user understands (standard library ``urllib`` only).

Every answer is cached under ``cache_dir`` by the SHA-256 of method, URL and body (never the
headers, so the API key is not part of any file name or cache file). A cached answer is used
without asking the service again (a second fetch works offline); ``refresh=True`` asks again.
HTTP 429 (rate limit) and 5xx answers are retried ``retries`` times, waiting ``backoff`` seconds
doubled each time (or what ``Retry-After`` says, at most ``MAX_WAIT``).

The API key travels only in the request header: no message, log line or cache file holds it,
and a redirect to another host is followed without it.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from jobcenter_bench import __version__
from jobcenter_bench.core.errors import BenchError

TIMEOUT = 60.0  # seconds per request
RETRIES = 3  # extra attempts after a 429 or 5xx answer
BACKOFF = 2.0  # seconds before the first retry; doubled for each further one
MAX_WAIT = 60.0  # longest wait between attempts, seconds


class FetchError(BenchError):
    """A service could not give what was asked for; the message says what to do."""


class NoNetwork(FetchError):
    """The service cannot be reached (no network, DNS, refused connection)."""


class FetchTimeout(FetchError):
    """The service did not answer in time."""


class BadKey(FetchError):
    """HTTP 401/403: the API key is missing, wrong or expired."""


class RateLimited(FetchError):
    """HTTP 429 after every retry."""


class ServiceDown(FetchError):
    """HTTP 5xx after every retry."""


class QueryRefused(FetchError):
    """HTTP 400/404 and other answers the query cannot be repeated with."""


class FormatChanged(FetchError):
    """An answer is not shaped as the code expects: the service has changed its format."""

    def __init__(self, service: str, what_da: str, what_en: str):
        super().__init__(
            f"{service} har ændret sit format: {what_da}. Hent data som fil fra portalen og "
            "importér filen, og giv udviklerne besked.",
            f"{service} has changed its format: {what_en}. Download the data as a file from the "
            "portal and import the file, and tell the developers.",
        )


@dataclass(frozen=True)
class Response:
    """One answer: its bytes, their SHA-256 (hex), the URL, when it was retrieved (ISO 8601)
    and whether it came from the cache."""

    url: str
    method: str
    body: bytes
    sha256: str
    retrieved_at: str
    from_cache: bool

    def provenance(self) -> dict:
        """What the import log keeps of this answer."""
        return {"url": self.url, "method": self.method, "sha256": self.sha256,
                "retrieved_at": self.retrieved_at, "from_cache": self.from_cache}


class _SameHostRedirect(urllib.request.HTTPRedirectHandler):
    """Follows redirects, but drops the ``Authorization`` header (the API key) when the new
    address is on another host."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None and urlsplit(newurl).netloc != urlsplit(req.full_url).netloc:
            for name in [k for k in new.headers if k.lower() == "authorization"]:
                del new.headers[name]
        return new


class HttpClient:
    """GET and POST with timeout, retry, back-off and cache for one service.

    ``service`` names the service in messages ("Jobindsats"); ``key_help_da``/``_en`` say
    where to get an API key (shown on 401/403). ``sleep`` is ``time.sleep`` (tests pass a
    recorder). ``offline=True`` answers only from the cache.
    """

    def __init__(
        self,
        service: str,
        cache_dir: Path | None,
        *,
        timeout: float = TIMEOUT,
        retries: int = RETRIES,
        backoff: float = BACKOFF,
        refresh: bool = False,
        offline: bool = False,
        key_help: tuple[str, str] = ("", ""),
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.service = service
        self.cache_dir = Path(cache_dir) if cache_dir else None
        self.timeout, self.retries, self.backoff = timeout, retries, backoff
        self.refresh, self.offline = refresh, offline
        self.key_help = key_help
        self.sleep = sleep
        self._opener = urllib.request.build_opener(_SameHostRedirect)
        self.requests = 0  # requests sent over the network (not answered from the cache)

    # ---------------------------------------------------------------- public
    def get(self, url: str, headers: dict[str, str] | None = None) -> Response:
        return self.request("GET", url, None, headers)

    def post_json(self, url: str, body: object, headers: dict[str, str] | None = None) -> Response:
        data = json.dumps(body, ensure_ascii=False, sort_keys=True).encode("utf-8")
        return self.request("POST", url, data, {"Content-Type": "application/json", **(headers or {})})

    def cached(self, method: str, url: str, data: bytes | None = None) -> bool:
        """True when an answer to this request is in the cache."""
        path = self._cache_path(method, url, data)
        return path is not None and path.exists()

    def request(self, method: str, url: str, data: bytes | None, headers: dict[str, str] | None) -> Response:
        path = self._cache_path(method, url, data)
        if path is not None and path.exists() and not self.refresh:
            return self._from_cache(path, method, url)
        if self.offline:
            raise NoNetwork(
                f"{self.service}: svaret på {_short(url)} er ikke gemt, og der hentes ikke fra "
                "nettet (offline). Hent uden offline for at spørge tjenesten.",
                f"{self.service}: the answer to {_short(url)} is not cached and nothing is "
                "fetched from the network (offline). Fetch without offline to ask the service.",
            )
        body = self._send(method, url, data, headers or {})
        now = _now()
        if path is not None:
            self._store(path, body, method, url, data, now)
        return Response(url, method, body, hashlib.sha256(body).hexdigest(), now, False)

    # ---------------------------------------------------------------- network
    def _send(self, method: str, url: str, data: bytes | None, headers: dict[str, str]) -> bytes:
        headers = {"User-Agent": f"jobcenter-bench/{__version__}", "Accept": "*/*", **headers}
        attempt = 0
        while True:
            req = urllib.request.Request(url, data=data, headers=headers, method=method)
            self.requests += 1
            try:
                with self._opener.open(req, timeout=self.timeout) as resp:
                    return resp.read()
            except urllib.error.HTTPError as exc:
                status = exc.code
                text = _error_text(exc)
                retry_after = exc.headers.get("Retry-After") if exc.headers else None
                exc.close()
                if (status == 429 or status >= 500) and attempt < self.retries:
                    self.sleep(self._wait(attempt, retry_after))
                    attempt += 1
                    continue
                raise self._http_error(status, url, text) from None
            except TimeoutError as exc:
                raise self._timeout(url) from exc
            except urllib.error.URLError as exc:
                if isinstance(exc.reason, TimeoutError | socket.timeout):
                    raise self._timeout(url) from exc
                why_da, why_en = _reason(exc)
                raise NoNetwork(
                    f"Kan ikke få forbindelse til {self.service} ({_host(url)}): {why_da}. "
                    "Tjek netværksforbindelsen (og en evt. proxy) og prøv igen; allerede hentede "
                    "data bruges fra mellemlageret.",
                    f"Cannot connect to {self.service} ({_host(url)}): {why_en}. Check the "
                    "network connection (and any proxy) and try again; data already fetched are "
                    "used from the cache.",
                ) from exc
            except OSError as exc:  # connection reset mid-answer and the like
                raise NoNetwork(
                    f"Forbindelsen til {self.service} ({_host(url)}) blev afbrudt ({exc}). Prøv igen.",
                    f"The connection to {self.service} ({_host(url)}) was broken ({exc}). Try again.",
                ) from exc

    def _wait(self, attempt: int, retry_after: str | None) -> float:
        """Seconds to wait before retry ``attempt`` (0-based): Retry-After if given, else the
        back-off doubled per attempt; never more than ``MAX_WAIT``."""
        if retry_after and retry_after.strip().isdigit():
            return min(float(retry_after.strip()), MAX_WAIT)
        return min(self.backoff * (2 ** attempt), MAX_WAIT)

    def _timeout(self, url: str) -> FetchTimeout:
        return FetchTimeout(
            f"{self.service} ({_host(url)}) svarede ikke inden for {self.timeout:g} sekunder. "
            "Tjenesten kan være overbelastet: prøv igen senere.",
            f"{self.service} ({_host(url)}) did not answer within {self.timeout:g} seconds. The "
            "service may be overloaded: try again later.",
        )

    def _http_error(self, status: int, url: str, text: str) -> FetchError:
        s = self.service
        if status in (401, 403):
            help_da, help_en = self.key_help
            return BadKey(
                f"{s} afviste API-nøglen (HTTP {status}): nøglen mangler, er forkert eller udløbet. "
                f"{help_da}",
                f"{s} rejected the API key (HTTP {status}): the key is missing, wrong or expired. "
                f"{help_en}",
            )
        if status == 429:
            return RateLimited(
                f"{s} afviser flere forespørgsler lige nu (HTTP 429, for mange forespørgsler), også "
                f"efter {self.retries} nye forsøg. Vent nogle minutter og hent igen; det allerede "
                "hentede er gemt i mellemlageret.",
                f"{s} refuses more requests right now (HTTP 429, too many requests), also after "
                f"{self.retries} retries. Wait a few minutes and fetch again; what was already "
                "fetched is kept in the cache.",
            )
        if status >= 500:
            return ServiceDown(
                f"{s} har en fejl (HTTP {status}), også efter {self.retries} nye forsøg. Prøv igen "
                "senere.",
                f"{s} has an error (HTTP {status}), also after {self.retries} retries. Try again later.",
            )
        if status == 404:
            return QueryRefused(
                f"{s} kender ikke {_short(url)} (HTTP 404): tabellen er måske omdøbt eller "
                "nedlagt. Se tjenestens tabeloversigt, og giv udviklerne besked.",
                f"{s} does not know {_short(url)} (HTTP 404): the table may have been renamed or "
                "withdrawn. See the service's list of tables, and tell the developers.",
            )
        return QueryRefused(
            f"{s} afviste forespørgslen på {_short(url)} (HTTP {status}: {text}). Perioden findes "
            "måske ikke endnu: vælg et tidligere år.",
            f"{s} refused the query for {_short(url)} (HTTP {status}: {text}). The period may "
            "not exist yet: choose an earlier year.",
        )

    # ---------------------------------------------------------------- cache
    def _cache_path(self, method: str, url: str, data: bytes | None) -> Path | None:
        if self.cache_dir is None:
            return None
        key = hashlib.sha256(f"{method}\n{url}\n".encode() + (data or b"")).hexdigest()
        return self.cache_dir / f"{key}.body"

    def _store(self, path: Path, body: bytes, method: str, url: str, data: bytes | None, now: str) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(body)
            meta = {"method": method, "url": url, "request_body": (data or b"").decode("utf-8", "replace"),
                    "retrieved_at": now}
            path.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False, indent=1),
                                                 encoding="utf-8")
        except OSError:  # a cache that cannot be written only costs a second download
            pass

    def _from_cache(self, path: Path, method: str, url: str) -> Response:
        body = path.read_bytes()
        try:
            retrieved = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["retrieved_at"]
        except (OSError, ValueError, KeyError):
            retrieved = ""
        return Response(url, method, body, hashlib.sha256(body).hexdigest(), retrieved, True)


def _now() -> str:
    return _dt.datetime.now().astimezone().isoformat(timespec="seconds")


def _host(url: str) -> str:
    return urlsplit(url).netloc or url


def _short(url: str) -> str:
    """The URL without its query (which may be long) for messages."""
    parts = urlsplit(url)
    return f"{parts.netloc}{parts.path}"


def _reason(exc: urllib.error.URLError) -> tuple[str, str]:
    """Why a connection failed, in Danish and English."""
    reason = exc.reason
    if isinstance(reason, socket.gaierror):
        return ("navnet kan ikke slås op (ingen netværksforbindelse?)",
                "the name cannot be looked up (no network connection?)")
    if isinstance(reason, ConnectionRefusedError):
        return "forbindelsen blev afvist", "the connection was refused"
    return str(reason), str(reason)


def _error_text(exc: urllib.error.HTTPError) -> str:
    """The first 200 characters of an error answer's body (never a header)."""
    try:
        text = exc.read(2000).decode("utf-8", "replace")
    except Exception:  # noqa: BLE001 - the body is only a hint in a message
        return exc.reason or ""
    text = " ".join(text.split())
    return (text[:197] + "...") if len(text) > 200 else (text or str(exc.reason or ""))
