"""Clients for the abuse tests and benchmark, each from a loopback address of its own.

Linux routes all of 127.0.0.0/8 to the loopback, so a client bound to 127.0.0.7 looks to nginx
like another machine: one client's per-address limits do not touch another's, as on the
internet. `SlowClients` holds connections open by sending a request a little at a time;
`probe` asks for a page now and then meanwhile and notes what came back.
"""

from __future__ import annotations

import socket
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter


class _SourceAdapter(HTTPAdapter):
    def __init__(self, source: str, **kwargs: Any) -> None:
        self.source = source
        super().__init__(**kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["source_address"] = (self.source, 0)
        super().init_poolmanager(*args, **kwargs)


def session_from(source: str) -> requests.Session:
    """A requests session whose connections come from the loopback address `source`."""
    session = requests.Session()
    adapter = _SourceAdapter(source)
    session.mount("http://", adapter)
    return session


def loopback(n: int) -> str:
    """The nth client address: 127.0.1.n for n < 255, further on in 127.0.x.y."""
    return f"127.0.{1 + n // 250}.{1 + n % 250}"


class SlowClients:
    """Connections that send their request a byte string at a time and never finish it.

    Some trickle their headers (a GET never ends its header block), some send whole headers of
    an upload of `body_bytes` (within the app's cap, so it is read, not refused) and then
    trickle its body. A connection the server closes is opened again, so
    the pressure lasts as long as the context. Each comes from its own address.
    """

    def __init__(
        self,
        base_url: str,
        headers: int,
        bodies: int,
        interval: float = 1.0,
        body_bytes: int = 100_000,
        first_address: int = 100,
    ) -> None:
        url = urlsplit(base_url)
        self.host, self.port = url.hostname or "127.0.0.1", url.port or 80
        self.interval = interval
        self.body_bytes = body_bytes
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self.opened = 0  # connections made, reconnections included
        self.dropped = 0  # connections the server closed or answered
        self._open = 0
        kinds = ["headers"] * headers + ["body"] * bodies
        self._threads = [
            threading.Thread(
                target=self._run, args=(kind, loopback(first_address + i)), daemon=True
            )
            for i, kind in enumerate(kinds)
        ]

    def __enter__(self) -> SlowClients:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=10)

    @property
    def open_now(self) -> int:
        with self._lock:
            return self._open

    def _count(self, what: str, change: int) -> None:
        with self._lock:
            setattr(self, what, getattr(self, what) + change)

    def _start(self, kind: str) -> bytes:
        host = f"Host: {self.host}:{self.port}\r\n"
        if kind == "headers":
            return f"GET / HTTP/1.1\r\n{host}".encode()
        return (
            f"POST /api/upload/ HTTP/1.1\r\n{host}"
            "Content-Type: multipart/form-data; boundary=slow\r\n"
            f"Content-Length: {self.body_bytes}\r\n\r\n"
            "--slow\r\n"
            'Content-Disposition: form-data; name="file"; filename="watched.csv"\r\n\r\n'
        ).encode()

    def _run(self, kind: str, source: str) -> None:
        step = b"X-Slow: 1\r\n" if kind == "headers" else b"x"
        while not self._stop.is_set():
            try:
                with socket.create_connection(
                    (self.host, self.port), timeout=5, source_address=(source, 0)
                ) as sock:
                    self._count("opened", 1)
                    self._count("_open", 1)
                    try:
                        sock.sendall(self._start(kind))
                        while not self._stop.wait(self.interval):
                            sock.sendall(step)
                            if _closed_by_peer(sock):
                                break
                    finally:
                        self._count("_open", -1)
                if not self._stop.is_set():
                    self._count("dropped", 1)
            except OSError:
                # Refused, reset or timed out: the server dropped us; come back, as an
                # attacker would.
                if not self._stop.is_set():
                    self._count("dropped", 1)
                    self._stop.wait(0.2)


def _closed_by_peer(sock: socket.socket) -> bool:
    """Whether the server has answered or closed (anything readable means it gave up on us)."""
    sock.setblocking(False)
    try:
        sock.recv(1, socket.MSG_PEEK)  # an answer, or b"" for a closed connection
        return True
    except BlockingIOError:
        return False
    finally:
        sock.setblocking(True)


@dataclass
class Probes:
    """What `probe` saw: answers by status, failures by kind, and how long answers took."""

    statuses: Counter[int] = field(default_factory=Counter)
    failures: Counter[str] = field(default_factory=Counter)
    seconds: list[float] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.statuses.values()) + sum(self.failures.values())

    @property
    def failed(self) -> int:
        """Probes without a 200: errors, timeouts and any other status."""
        return self.total - self.statuses[200]

    @property
    def slowest(self) -> float:
        return max(self.seconds, default=0.0)

    def summary(self) -> str:
        parts = [f"{status}: {n}" for status, n in sorted(self.statuses.items())]
        parts += [f"{kind}: {n}" for kind, n in sorted(self.failures.items())]
        return ", ".join(parts) or "none"


def probe(
    url: str,
    *,
    count: int | None = None,
    seconds: float | None = None,
    every: float = 1.0,
    timeout: float = 10.0,
    source: str = "127.0.0.1",
) -> Probes:
    """GET `url` every `every` seconds, `count` times or for `seconds`, each given `timeout`."""
    assert count is not None or seconds is not None, "say how many probes, or for how long"
    found = Probes()
    session = session_from(source)
    deadline = time.monotonic() + seconds if seconds is not None else None
    while (count is None or found.total < count) and (
        deadline is None or time.monotonic() < deadline
    ):
        started = time.monotonic()
        try:
            # A fresh connection each time, as a new visitor's browser would open.
            response = session.get(url, timeout=timeout, headers={"Connection": "close"})
            found.statuses[response.status_code] += 1
            found.seconds.append(time.monotonic() - started)
        except requests.Timeout:
            found.failures["timeout"] += 1
        except requests.ConnectionError:
            found.failures["connection error"] += 1
        time.sleep(max(0.0, every - (time.monotonic() - started)))
    return found
