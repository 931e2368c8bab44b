"""The nginx front, run for real as `make serve` runs it: nginx from deploy/nginx.conf before
gunicorn from deploy/gunicorn.conf.py, with clients that each come from an address of their own.

They assert what a client gets (every probe answered, a 429 with its Retry-After), never how
fast: bench/abuse_bench.py prints the figures.
"""

from __future__ import annotations

import re

import pytest
import requests

from tests.e2e.clients import SlowClients, loopback, probe, session_from
from tests.e2e.harness import Stack, fresh_database, running_stack, wait_for, watched_export

pytestmark = pytest.mark.slow

# Nothing here needs TMDB: no worker runs, and the home page never asks it.
NO_TMDB = "http://127.0.0.1:9/3"
UPLOAD_MAX_BYTES = 200_000
BURST = 2
SETTINGS = {
    "UPLOAD_MAX_BYTES": UPLOAD_MAX_BYTES,
    "NGINX_UPLOAD_RATE": "1r/m",
    "NGINX_UPLOAD_BURST": BURST,
    # The app's own limit counts the sessions made: one a minute, which nginx lets through.
    "UPLOAD_RATE_PER_MINUTE": 1,
}
ONE_FILM = watched_export([("Heat", 1995)])


@pytest.fixture(scope="module")
def front(nginx_installed) -> Stack:
    with (
        fresh_database("sqlite") as database,
        running_stack(database, NO_TMDB, front=True, **SETTINGS) as stack,
    ):
        yield stack


def _upload(session: requests.Session, url: str, files: dict[str, bytes]) -> requests.Response:
    return session.post(url, files=[("file", item) for item in files.items()], timeout=30)


def test_the_home_page_answers_through_nginx_while_slow_clients_hold_connections(front):
    # As many slow connections as gunicorn has threads (2 workers x 4): alone, it would answer
    # nobody else until they finished.
    with SlowClients(front.base_url, headers=4, bodies=4) as attack:
        wait_for(lambda: attack.open_now == 8, timeout=10, what="8 slow connections")
        # Each probe waits as long as it must; the slow clients keep going until all are done,
        # so a probe stuck behind them would time out rather than be freed.
        seen = probe(front.base_url + "/", count=10, every=0.5, timeout=10)

    assert seen.statuses[200] == 10, seen.summary()


def test_uploads_past_the_burst_from_one_address_get_a_429_that_says_when_to_retry(front):
    member = session_from(loopback(1))
    api = front.base_url + "/api/upload/"
    # nginx counts every upload; the app refuses these (no film in them) and counts none.
    statuses = [_upload(member, api, {"watched.csv": b""}).status_code for _ in range(BURST + 1)]
    refused = _upload(member, front.base_url + "/api/upload", ONE_FILM)  # the slash-less spelling
    page = member.post(front.base_url + "/upload/", files={"export": ("watched.csv", b"")})
    neighbour = _upload(session_from(loopback(2)), api, ONE_FILM)

    assert statuses == [400] * (BURST + 1)
    assert refused.status_code == 429
    assert refused.headers["Retry-After"] == "60"  # one upload a minute
    assert "wait 60 seconds" in refused.json()["error"]
    # People get a page, which the upload form's script shows the message of.
    assert page.status_code == 429
    assert page.headers["Content-Type"].startswith("text/html")
    assert "data-upload-error" in page.text
    # Another address is not limited by the first one's uploads.
    assert neighbour.status_code == 201


def test_the_apps_own_upload_limit_tells_clients_apart_behind_nginx(front):
    api = front.base_url + "/api/upload/"
    member = session_from(loopback(4))
    first = _upload(member, api, ONE_FILM)
    second = _upload(member, api, ONE_FILM)
    neighbour = _upload(session_from(loopback(5)), api, ONE_FILM)

    assert first.status_code == 201
    # The app's refusal (nginx's burst lets this one through), keyed on the address nginx saw.
    assert second.status_code == 429
    assert "a lot of uploads from one place" in second.json()["error"]
    assert neighbour.status_code == 201


def test_an_upload_over_the_cap_gets_the_apps_own_413_message_from_nginx(front):
    client = session_from(loopback(3))
    too_large = b"x" * (UPLOAD_MAX_BYTES + 100_000)
    whole = _upload(client, front.base_url + "/api/upload/", {"watched.csv": too_large})

    # Sent in chunks, without a length: nginx finds out half way, and still answers as the app.
    def chunks():
        yield b"--b\r\nContent-Disposition: form-data; name=file; filename=w.csv\r\n\r\n"
        for start in range(0, len(too_large), 64_000):
            yield too_large[start : start + 64_000]

    chunked = client.post(
        front.base_url + "/api/upload",
        data=chunks(),
        headers={"Content-Type": "multipart/form-data; boundary=b"},
        timeout=30,
    )

    for response in (whole, chunked):
        assert response.status_code == 413
        assert response.json()["error"].startswith("That upload is too large: the limit is")


def test_collected_static_files_come_from_nginx_cached_for_a_year(front):
    home = requests.get(front.base_url + "/", timeout=10).text
    stylesheet = re.search(r'href="(/static/css/app\.[0-9a-f]{12}\.css)"', home)
    assert stylesheet, "the home page links its hashed stylesheet"

    response = requests.get(front.base_url + stylesheet.group(1), timeout=10)

    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/css"
    # nginx's header (deploy/nginx.conf), not whitenoise's "max-age=315360000, public, …".
    assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
