"""Browser tests: Playwright drives Debian's chromium (see the root conftest) on live_server."""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in the test thread; the ORM must still be usable there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parents[2]
# SCREENSHOTS_DIR puts them elsewhere (a folder to look at, outside the checkout).
SCREENSHOTS = Path(os.environ.get("SCREENSHOTS_DIR") or ROOT / "screenshots")
VENDOR = ROOT / "static" / "vendor"
CDN = "https://cdn.jsdelivr.net/**"


@pytest.fixture
def cdn_from_vendored_copy(page):
    """The CDN cannot be reached from here: answer for it with the vendored file, which the SRI
    hash in the page must then accept, exactly as it would jsDelivr's copy."""

    def fulfil(route):
        name = route.request.url.rsplit("/", 1)[-1]  # chart.umd.min.js
        version = route.request.url.split("chart.js@", 1)[1].split("/", 1)[0]
        assert name == "chart.umd.min.js", route.request.url
        route.fulfill(
            status=200,
            body=(VENDOR / f"chart-{version}.umd.min.js").read_bytes(),
            headers={
                "content-type": "application/javascript; charset=utf-8",
                "access-control-allow-origin": "*",
            },
        )

    page.route(CDN, fulfil)
    return page


# A 1×1 PNG: what TMDB's image server "answers" in browser tests.
PIXEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
)


@pytest.fixture(autouse=True)
def _no_tmdb_images(request):
    """No browser test reaches TMDB's image server: pages show posters (the fake TMDB answers
    with image paths), and each is answered here. A test that routes it itself comes later and
    wins."""
    if "page" in request.fixturenames:
        request.getfixturevalue("page").route(
            "https://image.tmdb.org/**",
            lambda route: route.fulfill(
                status=200, body=PIXEL, headers={"content-type": "image/png"}
            ),
        )


@pytest.fixture
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
