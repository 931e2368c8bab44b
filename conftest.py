"""Project-wide pytest setup: browser launch options for Debian's chromium."""

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


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Playwright cannot download its own browser here: drive Debian's chromium."""
    if not os.path.exists(CHROMIUM) and not shutil.which("chromium"):
        if os.environ.get("CI"):
            pytest.fail(f"chromium is not installed at {CHROMIUM}: CI must run browser tests")
        pytest.skip("chromium is not installed (apt-get install -y chromium)")
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(autouse=True)
def _plain_static_storage(request):
    """Tests run without collectstatic, so there is no manifest to look hashed names up in."""
    if not request.config.pluginmanager.hasplugin("django"):
        return  # pure tests run with `-p no:django` too
    settings = request.getfixturevalue("settings")
    # Each test starts with an empty cache of its own.
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
