"""What every response says about security, and a start that refuses an unsafe configuration."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from movies.tests.factories import make_film, make_session

ROOT = Path(settings.BASE_DIR)
# A <script> with a body that a browser runs (json_script's data blocks are not run).
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>\s*\S")


@pytest.fixture
def session(db):
    session = make_session()
    make_film(session, "Playtime", year=1967, rating=5)
    return session


def _pages(session) -> list[str]:
    return [
        "/",
        f"/s/{session.pk}/",
        f"/s/{session.pk}/films/",
        f"/s/{session.pk}/delete/",
        f"/s/{session.pk}/check/",
    ]


def test_every_page_sends_a_content_security_policy_without_inline_script(client, session):
    for path in _pages(session):
        response = client.get(path)
        policy = response["Content-Security-Policy"]
        assert "script-src 'self' https://cdn.jsdelivr.net" in policy, path
        assert "'unsafe-inline'" not in policy and "frame-ancestors 'none'" in policy, path
        assert not INLINE_SCRIPT.search(response.content.decode()), path


def test_session_pages_and_their_api_are_never_stored_by_a_cache(client, session):
    paths = [
        *_pages(session)[1:],
        f"/api/session/{session.pk}/",
        f"/api/session/{session.pk}/status/",
    ]
    for path in paths:
        assert "no-store" in client.get(path)["Cache-Control"], path


def _start(env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SECRET_KEY", "DEBUG"))}
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "config.settings", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_without_a_secret_key_the_app_refuses_to_start_unless_debugging():
    refused = _start({"SECRET_KEY": "", "DEBUG": "false"})
    assert refused.returncode != 0
    assert "SECRET_KEY is not set" in refused.stderr

    assert _start({"SECRET_KEY": "", "DEBUG": "true"}).returncode == 0
    assert _start({"SECRET_KEY": "a-real-secret-" * 4, "DEBUG": "false"}).returncode == 0


def test_images_come_from_tmdbs_image_host_alone(client, session):
    policy = client.get(f"/s/{session.pk}/")["Content-Security-Policy"]
    img_src = next(part.strip() for part in policy.split(";") if "img-src" in part)
    assert img_src == "img-src 'self' data: https://image.tmdb.org"


def test_with_images_off_the_policy_allows_no_image_host():
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'])"
    )
    clean = {k: v for k, v in os.environ.items() if not k.startswith("TMDB_IMAGE")}
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "config.settings", "TMDB_IMAGES": "false"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[\"'self'\", 'data:']"
