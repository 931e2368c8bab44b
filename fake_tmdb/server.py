"""A threaded local HTTP server that answers like TMDB API v3, faults and rate limits included.

    python -m fake_tmdb.server --port 8765 --latency-ms 100 --max-rps 40

In tests: `server, base_url = start_in_thread(max_rps=40)` ... `server.stop()`. `base_url` ends in
"/3", like TMDB's. Besides the API: GET /__stats__ (what was asked, how often, how fast),
GET /p/exports/movie_ids_MM_DD_YYYY.json.gz (TMDB's daily ID export of the catalogue, for any
date; `--export-extra N` adds N films no catalogue entry names), POST /__reset__ (zero the
stats), POST /__config__ (change fault options while running).

Faults come three ways: at random, by rate (`--hang-rate 0.01`, repeatable with `--seed`);
forced for numbered requests (`--faults-at 3:hang,10:reset,12:503`: the third API request since
the last reset hangs, whatever the draws), for tests that must see a fault happen; and, with
`--catalogue-faults`, for the searches the catalogue marks as failing (`FAILING_SEARCHES`: the
same search fails every time, as a step of the matching benchmark must).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import re
import signal
import socket
import struct
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from fake_tmdb.catalogue import load
from fake_tmdb.exports import export_gz
from fake_tmdb.payloads import alternative_titles, movie_details, tv_details
from fake_tmdb.search import SearchIndex, catalogue_fault, search_movie, search_tv

DEFAULT_API_KEY = "fake-tmdb-api-key"
# Shaped like TMDB's API Read Access Token (a JWT), for clients that tell the two apart by shape.
DEFAULT_READ_TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiJmYWtlLXRtZGIifQ.ZmFrZS1zaWduYXR1cmU"  # noqa: S105

_ERRORS = {
    401: (7, "Invalid API key: You must be granted a valid key."),
    404: (34, "The resource you requested could not be found."),
    429: (25, "Your request count (#) is over the allowed limit of (40)."),
    500: (11, "Internal error: Something went wrong, contact TMDB."),
    502: (43, "Couldn't connect to the backend server."),
    503: (9, "Service offline: This service is temporarily offline, try again later."),
    504: (24, "Your request to the backend server timed out. Try again."),
}
_FAULT_STATUSES = (500, 502, 503, 504)
_FORCED_FATES = {"hang", "reset", "429", *(str(status) for status in _FAULT_STATUSES)}
_DETAILS_PATH = re.compile(r"^/3/(movie|tv)/(\d+)$")
_ALTERNATIVE_TITLES_PATH = re.compile(r"^/3/movie/(\d+)/alternative_titles$")
# TMDB's file host, not its API: no key, no rate limit, not counted in the API's stats.
_EXPORT_PATH = re.compile(r"^/p/exports/movie_ids_\d\d_\d\d_\d{4}\.json\.gz$")


@dataclass
class Options:
    """How the fake behaves. Every field is also a CLI flag (`latency_ms` -> `--latency-ms`)."""

    api_key: str | None = DEFAULT_API_KEY  # None: accept any request
    read_token: str | None = DEFAULT_READ_TOKEN
    latency_ms: float = 0.0  # added to every API answer
    max_rps: float | None = None  # 429 once more requests than this arrived in the last second
    fault_rate_5xx: float = 0.0  # chance of a 500/502/503/504 instead of the answer
    hang_rate: float = 0.0  # chance of sleeping `hang_seconds` first (past a client's timeout)
    hang_seconds: float = 30.0
    reset_rate: float = 0.0  # chance of closing the socket without an answer (client: reset)
    burst_429: float = 0.0  # chance per request of starting a burst of 429s
    burst_seconds: float = 2.0  # how long such a burst lasts
    retry_after: int = 1  # the Retry-After header sent with every 429
    seed: int | None = None  # fault decisions repeat for one seed and one request order
    faults_at: str = ""  # "3:hang,10:reset,12:503,20:429": fates forced by request number
    catalogue_faults: bool = False  # the catalogue's FAILING_SEARCHES fail, every time
    synthetic: int = 0  # extra generated films, "Synthetic Film 00001"...
    export_extra: int = 0  # films in the daily ID export that the catalogue does not hold
    verbose: bool = False  # log every request to stderr


class Stats:
    """What the server saw. Shared by handler threads; every method takes the lock."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self._arrivals: deque[float] = deque()
            self._arrivals_10s: deque[float] = deque()
            self.total_requests = 0
            self.by_endpoint: Counter[str] = Counter()
            self.served_by_endpoint: Counter[str] = Counter()  # answered 200: work done
            self.by_status: Counter[int] = Counter()
            self.max_requests_in_1s = 0
            # Over ten seconds a rate shows whatever the bunching within each second.
            self.max_requests_in_10s = 0
            self.resets = 0
            self.hangs = 0
            # Successful details answers per (kind, id): a client that lost none of its work
            # never needs the same details twice.
            self.details_served: dict[tuple[str, int], list[float]] = {}
            self.started = time.monotonic()

    def arrive(self, endpoint: str, now: float) -> tuple[int, int]:
        """Record one API request; return how many arrived in the second up to now, and its
        number since the last reset (the first is 1)."""
        with self._lock:
            self._arrivals.append(now)
            while self._arrivals and self._arrivals[0] <= now - 1.0:
                self._arrivals.popleft()
            window = len(self._arrivals)
            self._arrivals_10s.append(now)
            while self._arrivals_10s and self._arrivals_10s[0] <= now - 10.0:
                self._arrivals_10s.popleft()
            self.max_requests_in_10s = max(self.max_requests_in_10s, len(self._arrivals_10s))
            self.total_requests += 1
            self.by_endpoint[endpoint] += 1
            self.max_requests_in_1s = max(self.max_requests_in_1s, window)
            return window, self.total_requests

    def answered(self, status: int, endpoint: str | None = None) -> None:
        with self._lock:
            self.by_status[status] += 1
            if status == 200 and endpoint is not None:
                self.served_by_endpoint[endpoint] += 1

    def served_details(self, kind: str, tmdb_id: int) -> None:
        with self._lock:
            self.details_served.setdefault((kind, tmdb_id), []).append(time.monotonic())

    def note(self, what: str) -> None:
        with self._lock:
            setattr(self, what, getattr(self, what) + 1)

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return {
                "total_requests": self.total_requests,
                "by_endpoint": dict(self.by_endpoint),
                "served_by_endpoint": dict(self.served_by_endpoint),
                "by_status": {str(k): v for k, v in sorted(self.by_status.items())},
                "responses_429": self.by_status[429],
                "responses_5xx": sum(v for k, v in self.by_status.items() if k >= 500),
                "max_requests_in_1s": self.max_requests_in_1s,
                "max_requests_in_10s": self.max_requests_in_10s,
                "resets": self.resets,
                "hangs": self.hangs,
                "details_served": sum(len(times) for times in self.details_served.values()),
                "details_served_twice": sum(1 for t in self.details_served.values() if len(t) > 1),
                "seconds_since_reset": round(time.monotonic() - self.started, 3),
            }


def parse_faults_at(text: str) -> dict[int, str]:
    """`"3:hang,12:503"` -> `{3: "hang", 12: "503"}`; ValueError on anything else."""
    forced: dict[int, str] = {}
    for item in filter(None, (part.strip() for part in text.split(","))):
        number, _, fate = item.partition(":")
        if not number.strip().isdigit() or int(number) < 1 or fate.strip() not in _FORCED_FATES:
            choices = ", ".join(sorted(_FORCED_FATES))
            raise ValueError(f"faults_at: {item!r} is not NUMBER:FATE with FATE one of {choices}")
        forced[int(number)] = fate.strip()
    return forced


@dataclass(frozen=True)
class _Decision:
    over_rate: bool
    in_burst: bool
    reset: bool
    hang: bool
    fault_status: int | None


class FakeTMDBServer(ThreadingHTTPServer):
    daemon_threads = True
    # The default backlog of 5 refuses connections under a burst of parallel clients.
    request_queue_size = 256

    def __init__(self, address: tuple[str, int], options: Options) -> None:
        self.options = options
        self.index = SearchIndex(load(options.synthetic))
        self.stats = Stats()
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._rng = random.Random(options.seed)
        self._forced = parse_faults_at(options.faults_at)
        self._burst_until = 0.0
        self._export: bytes | None = None
        # When requests arrive, for the rate window and bursts; tests may put their own clock here.
        self.clock: Callable[[], float] = time.monotonic
        super().__init__(address, _Handler)

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/3"

    def decide(self, now: float, window: int, number: int) -> _Decision:
        """Draw this request's fate; always the same draws in the same order, for `seed`.

        A fate forced for request `number` replaces the draws' (which are drawn all the same, so
        forcing one request's fate leaves every other request's as it was).
        """
        o = self.options
        with self._lock:
            burst_draw, reset_draw, hang_draw, fault_draw = (self._rng.random() for _ in range(4))
            fault_status = self._rng.choice(_FAULT_STATUSES)
            forced = self._forced.get(number)
            if forced is not None:
                return _Decision(
                    over_rate=False,
                    in_burst=forced == "429",  # a burst of one request
                    reset=forced == "reset",
                    hang=forced == "hang",
                    fault_status=int(forced) if forced.isdigit() and forced != "429" else None,
                )
            if o.burst_429 and burst_draw < o.burst_429 and now >= self._burst_until:
                self._burst_until = now + o.burst_seconds
            in_burst = now < self._burst_until
        return _Decision(
            over_rate=o.max_rps is not None and window > o.max_rps,
            in_burst=in_burst,
            reset=reset_draw < o.reset_rate,
            hang=hang_draw < o.hang_rate,
            fault_status=fault_status if fault_draw < o.fault_rate_5xx else None,
        )

    def export_file(self) -> bytes:
        """The daily ID export of the catalogue, gzipped; made once, on first request."""
        with self._lock:
            if self._export is None:
                self._export = export_gz(self.index.catalogue, self.options.export_extra)
            return self._export

    def export_url(self, day: str = "12_01_2026") -> str:
        """Where this server serves the export of `day` (MM_DD_YYYY, as TMDB names them)."""
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/p/exports/movie_ids_{day}.json.gz"

    def reset_state(self) -> None:
        self.stats.reset()
        with self._lock:
            self._burst_until = 0.0

    def configure(self, changes: dict[str, Any]) -> None:
        known = {f.name for f in fields(Options)} - {"synthetic", "export_extra"}
        unknown = set(changes) - known
        if unknown:
            raise ValueError(f"unknown options: {', '.join(sorted(unknown))}")
        forced = parse_faults_at(changes.get("faults_at", self.options.faults_at))
        with self._lock:
            for name, value in changes.items():
                setattr(self.options, name, value)
            self._forced = forced
            if "seed" in changes:  # the draws start again, as from a server started with it
                self._rng = random.Random(changes["seed"])

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that went away mid-request (a worker killed by a test or a benchmark) is
        # no error of the fake's; anything else still prints its traceback.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)

    def stop(self) -> None:
        """Stop serving, cutting short any sleeping (latency, hang) handler."""
        self.stopping.set()
        self.shutdown()
        self.server_close()


def _endpoint(path: str) -> str:
    if path == "/3/search/movie":
        return "search/movie"
    if path == "/3/search/tv":
        return "search/tv"
    match = _DETAILS_PATH.match(path)
    if match:
        return match.group(1)
    return "movie/alternative_titles" if _ALTERNATIVE_TITLES_PATH.match(path) else "other"


class _Handler(BaseHTTPRequestHandler):
    # Keep-alive, as TMDB offers; every answer carries a Content-Length.
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; with Nagle on, each answer waits ~40 ms for an ACK.
    disable_nagle_algorithm = True
    server: FakeTMDBServer
    _was_reset = False

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.options.verbose:
            super().log_message(format, *args)

    # -- plumbing -----------------------------------------------------------------------------

    def _send_json(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body, ensure_ascii=False).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json;charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            # The client gave up (a hang outlasted its timeout): nothing left to tell it.
            self.close_connection = True

    def _send_export(self) -> None:
        data = self.server.export_file()
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _error(self, status: int, headers: dict[str, str] | None = None) -> None:
        code, message = _ERRORS[status]
        self.server.stats.answered(status)
        body = {"status_code": code, "status_message": message, "success": False}
        self._send_json(status, body, headers)

    def _reset_connection(self) -> None:
        # SO_LINGER 0 turns close() into a TCP RST: the client sees "connection reset by peer".
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self._was_reset = True
        self.connection.close()

    def finish(self) -> None:
        if self._was_reset:
            return
        with contextlib.suppress(OSError):
            super().finish()

    def _read_body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _authorised(self, params: dict[str, str]) -> bool:
        options = self.server.options
        if options.api_key is None:
            return True
        if params.get("api_key") == options.api_key:
            return True
        scheme, _, token = (self.headers.get("Authorization") or "").partition(" ")
        return scheme.lower() == "bearer" and token.strip() in {options.api_key, options.read_token}

    # -- methods ------------------------------------------------------------------------------

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path == "/__stats__":
            self._send_json(200, self.server.stats.snapshot())
            return
        if url.path == "/__config__":
            self._send_json(200, asdict(self.server.options))
            return
        if _EXPORT_PATH.match(url.path):
            self._send_export()
            return
        self._api(url.path, {k: v[0] for k, v in parse_qs(url.query).items()})

    def do_POST(self) -> None:
        path = urlsplit(self.path).path
        body = self._read_body()
        if path == "/__reset__":
            self.server.reset_state()
            self._send_json(200, {"ok": True})
        elif path == "/__config__":
            try:
                self.server.configure(json.loads(body or b"{}"))
            except (ValueError, TypeError) as exc:
                self._send_json(400, {"ok": False, "error": str(exc)})
                return
            self._send_json(200, asdict(self.server.options))
        else:
            self._error(404)

    def _api(self, path: str, params: dict[str, str]) -> None:
        server = self.server
        now = server.clock()
        window, number = server.stats.arrive(_endpoint(path), now)
        fate = server.decide(now, window, number)
        options = server.options

        if options.latency_ms and server.stopping.wait(options.latency_ms / 1000):
            self.close_connection = True  # stopped: the client gets a closed connection
            return
        if fate.over_rate or fate.in_burst:
            self._error(429, {"Retry-After": str(options.retry_after)})
            return
        if fate.reset:
            server.stats.note("resets")
            self._reset_connection()
            return
        if fate.hang:
            server.stats.note("hangs")
            if server.stopping.wait(options.hang_seconds):
                self.close_connection = True
                return
        if fate.fault_status is not None:
            self._error(fate.fault_status)
            return
        if not self._authorised(params):
            self._error(401)
            return
        self._route(path, params)

    def _route(self, path: str, params: dict[str, str]) -> None:
        index = self.server.index
        endpoint = _endpoint(path)
        if endpoint.startswith("search/") and self.server.options.catalogue_faults:
            status = catalogue_fault(index.catalogue, endpoint, params)
            if status is not None:
                self._error(status)
                return
        if path == "/3/search/movie":
            body = search_movie(index, params)
        elif path == "/3/search/tv":
            body = search_tv(index, params)
        elif match := _DETAILS_PATH.match(path):
            kind, tmdb_id = match.group(1), int(match.group(2))
            append = {p.strip() for p in params.get("append_to_response", "").split(",")}
            if kind == "movie":
                film = index.catalogue.film(tmdb_id)
                body = movie_details(film, append) if film else None
            else:
                show = index.catalogue.show(tmdb_id)
                body = tv_details(show, append) if show else None
            if body is None:
                self._error(404)
                return
            self.server.stats.served_details(kind, tmdb_id)
        elif match := _ALTERNATIVE_TITLES_PATH.match(path):
            film = index.catalogue.film(int(match.group(1)))
            if film is None:
                self._error(404)
                return
            body = alternative_titles(film)
        else:
            self._error(404)
            return
        self.server.stats.answered(200, _endpoint(path))
        self._send_json(200, body)


def make_server(host: str = "127.0.0.1", port: int = 0, **options: Any) -> FakeTMDBServer:
    return FakeTMDBServer((host, port), Options(**options))


def start_in_thread(
    host: str = "127.0.0.1", port: int = 0, **options: Any
) -> tuple[FakeTMDBServer, str]:
    """Serve in a daemon thread; return the server (call `.stop()`) and its base URL (".../3")."""
    server = make_server(host, port, **options)
    # A short poll interval lets stop() return quickly, which tests do many times.
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-tmdb", daemon=True
    )
    thread.start()
    return server, server.base_url


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m fake_tmdb.server", description=__doc__.split("\n")[0]
    )
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    p.add_argument("--api-key", default=DEFAULT_API_KEY, help="'' accepts any request")
    p.add_argument("--read-token", default=DEFAULT_READ_TOKEN)
    p.add_argument("--latency-ms", type=float, default=0.0)
    p.add_argument("--max-rps", type=float, default=None)
    p.add_argument("--fault-rate-5xx", type=float, default=0.0)
    p.add_argument("--hang-rate", type=float, default=0.0)
    p.add_argument("--hang-seconds", type=float, default=30.0)
    p.add_argument("--reset-rate", type=float, default=0.0)
    p.add_argument(
        "--burst-429",
        type=float,
        nargs="?",
        const=0.005,
        default=0.0,
        help="chance per request of starting a burst of 429s (flag alone: 0.005)",
    )
    p.add_argument("--burst-seconds", type=float, default=2.0)
    p.add_argument("--retry-after", type=int, default=1)
    p.add_argument("--seed", type=int, default=None)
    p.add_argument(
        "--faults-at",
        default="",
        metavar="N:FATE,...",
        help="force the Nth request's fate: hang, reset, 429 or a 5xx status (3:hang,10:503)",
    )
    p.add_argument(
        "--catalogue-faults",
        action="store_true",
        help="the searches the catalogue marks as failing answer their error every time",
    )
    p.add_argument("--synthetic", type=int, default=0, metavar="N", help="serve N generated films")
    p.add_argument(
        "--export-extra",
        type=int,
        default=0,
        metavar="N",
        help="N more films in the daily ID export, which no catalogue entry or export names",
    )
    p.add_argument("--verbose", action="store_true", help="log every request")
    return p


def main(argv: list[str] | None = None) -> None:
    args = vars(_parser().parse_args(argv))
    host, port = args.pop("host"), args.pop("port")
    if args["api_key"] == "":
        args["api_key"] = None
    server = make_server(host, port, **args)
    # SIGTERM (what process managers send) stops as cleanly as Ctrl-C.
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.stop).start())
    print(f"fake TMDB on {server.base_url} (api_key={server.options.api_key})", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.stopping.set()
        server.server_close()
    sys.exit(0)


if __name__ == "__main__":
    main()
