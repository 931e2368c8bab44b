"""Project-wide pytest setup: services some tests need, browser launch options for Debian's
chromium, plain static files.

A test that needs a service this machine lacks (PostgreSQL, chromium, nginx) skips with the
reason, so `make test` runs everything the machine can run. Under `CI=true` a missing service
fails the test instead: CI must run every test.
"""

from __future__ import annotations

import os
import shutil

import pytest

CHROMIUM = "/usr/lib/chromium/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def require_service(missing: str | None) -> None:
    """Skip the test with `missing` as the reason, or fail it under CI; None: nothing missing."""
    if missing is None:
        return
    if in_ci():
        pytest.fail(f"{missing}, and CI must run every test", pytrace=False)
    pytest.skip(missing)


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, tmp_path_factory):
    """On SQLite, test in a database file rather than Django's shared in-memory database.

    In memory, the live server's thread and the test's thread share one cache with table
    locks: a page polling while the test writes fails at once with "database table is
    locked", which no timeout waits out. A file gets the settings' WAL journal and busy
    timeout, as the web server and the workers do in production.
    """
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.sqlite3":
        folder = tmp_path_factory.mktemp("database")
        database.setdefault("TEST", {})["NAME"] = str(folder / "test.sqlite3")


@pytest.fixture(scope="session")
def postgres_server() -> None:
    """A PostgreSQL server the end-to-end harness can create databases on (see its probe)."""
    from tests.e2e.harness import postgres_missing

    require_service(postgres_missing())


@pytest.fixture(scope="session")
def redis_server() -> None:
    """A Redis server (REDIS_URL's, or this machine's 127.0.0.1:6379) for the multi-node runs."""
    from tests.e2e.harness import redis_missing

    require_service(redis_missing())


@pytest.fixture(scope="session")
def nginx_installed() -> None:
    """Debian's nginx, which the end-to-end runs of the production front start themselves."""
    from tests.e2e.harness import nginx_missing

    require_service(nginx_missing())


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Playwright cannot download its own browser here: drive Debian's chromium."""
    chromium_missing = not os.path.exists(CHROMIUM) and not shutil.which("chromium")
    require_service(
        f"chromium is not installed at {CHROMIUM} (apt-get install -y chromium)"
        if chromium_missing
        else None
    )
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(autouse=True)
def _plain_static_storage(request):
    """Tests run without collectstatic, so there is no manifest to look hashed names up in."""
    if not request.config.pluginmanager.hasplugin("django"):
        return  # pure tests run with `-p no:django` too
    settings = request.getfixturevalue("settings")
    # Each test starts with an empty cache of its own.
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    # And none of the poll snapshots a process keeps in front of it (sessions_app.polls).
    from sessions_app import polls

    polls._LOCAL.clear()
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    # A production-strength hash costs ~0.3 s a login; the tests log an admin in many times.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
