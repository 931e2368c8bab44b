"""Write run/nginx.conf (and the front's error pages) from deploy/nginx.conf.

    python deploy/render_nginx.py [--listen 127.0.0.1:8080] [--upstream unix:run/gunicorn.sock]
                                  [--upstream 127.0.0.1:8102 ...] [--run-dir run]

The body caps and the 413 message come from the app's own settings (environment and .env), so
nginx refuses exactly what the app would. The front's limits come from the environment:

    NGINX_UPLOAD_RATE         uploads an address may make once its burst is used (6r/m)
    NGINX_UPLOAD_BURST        uploads an address may make at once beyond the rate (5)
    NGINX_CONN_PER_ADDRESS    connections one address may hold open (20)
"""

from __future__ import annotations

import argparse
import html
import json
import math
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
PLACEHOLDER = re.compile(r"\$\{([A-Z_]+)\}")
RATE = re.compile(r"^(\d+)r/([sm])$")

DEFAULT_UPLOAD_RATE = "6r/m"
DEFAULT_UPLOAD_BURST = 5
DEFAULT_CONN_PER_ADDRESS = 20


def fill(template: str, values: dict[str, str]) -> str:
    """Replace every ${NAME}; a name without a value is a mistake in the template, not a blank."""
    missing = sorted(set(PLACEHOLDER.findall(template)) - set(values))
    if missing:
        raise SystemExit(f"render_nginx: no value for {', '.join(missing)}")
    return PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


def retry_after_seconds(rate: str) -> int:
    """How long until a limited address may upload again: one interval of the rate."""
    match = RATE.match(rate)
    if match is None:
        raise SystemExit(f"render_nginx: NGINX_UPLOAD_RATE {rate!r} is not like 6r/m or 1r/s")
    per, unit = int(match.group(1)), match.group(2)
    if per < 1:
        raise SystemExit("render_nginx: NGINX_UPLOAD_RATE must allow at least one request")
    return math.ceil((60 if unit == "m" else 1) / per)


@dataclass(frozen=True)
class AppSettings:
    """What nginx must agree on with the app."""

    upload_max_body: int  # the upload cap with its multipart framing
    form_max_body: int  # what Django reads of a request without a file
    too_large: str  # the app's 413 message
    static_root: Path


def app_settings() -> AppSettings:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.conf import settings

    from sessions_app.forms import too_large_message
    from sessions_app.middleware import MULTIPART_SLACK_BYTES

    return AppSettings(
        upload_max_body=settings.UPLOAD_MAX_BYTES + MULTIPART_SLACK_BYTES,
        # None is Django's "no limit", as 0 is nginx's.
        form_max_body=settings.DATA_UPLOAD_MAX_MEMORY_SIZE or 0,
        too_large=too_large_message(),
        static_root=Path(settings.STATIC_ROOT).resolve(),
    )


def error_pages(retry_after: int, too_large: str) -> dict[str, tuple[str, str]]:
    """name -> (title, message) of each answer nginx gives itself."""
    return {
        "413": ("That upload is too large", too_large),
        "429": (
            "Too many requests",
            "Too many uploads or connections from your network in a short time. "
            f"Please wait {retry_after} seconds, then try again.",
        ),
        "502": (
            "Back in a moment",
            "The site is restarting or too busy to answer. Please try again in a moment.",
        ),
    }


def upstream_servers(upstreams: list[str]) -> str:
    """The `server` lines of the upstream block: one per gunicorn (a unix socket or host:port)."""
    if not upstreams:
        raise SystemExit("render_nginx: at least one --upstream is needed")
    for upstream in upstreams:
        if not upstream or any(c in upstream for c in " ;{}\n"):
            raise SystemExit(f"render_nginx: {upstream!r} is not an address like 127.0.0.1:8101")
    # With several, a node that fails is skipped for fail_timeout; alone, nginx ignores that.
    return "\n".join(f"        server {u} max_fails=1 fail_timeout=10s;" for u in upstreams)


def render(listen: str, upstream: str | list[str], run_dir: Path) -> Path:
    upload_rate = os.environ.get("NGINX_UPLOAD_RATE", DEFAULT_UPLOAD_RATE)
    retry_after = retry_after_seconds(upload_rate)
    app = app_settings()
    values = {
        "LISTEN": listen,
        "UPSTREAM_SERVERS": upstream_servers([upstream] if isinstance(upstream, str) else upstream),
        "RUN_DIR": str(run_dir),
        "STATIC_ROOT": str(app.static_root),
        "UPLOAD_RATE": upload_rate,
        "UPLOAD_BURST": str(int(os.environ.get("NGINX_UPLOAD_BURST", DEFAULT_UPLOAD_BURST))),
        "CONN_PER_ADDRESS": str(
            int(os.environ.get("NGINX_CONN_PER_ADDRESS", DEFAULT_CONN_PER_ADDRESS))
        ),
        "RETRY_AFTER": str(retry_after),
        "UPLOAD_MAX_BODY": str(app.upload_max_body),
        "FORM_MAX_BODY": str(app.form_max_body),
    }
    # Started as root, nginx's workers run as nobody and must reach the socket and the pages.
    run_dir.mkdir(parents=True, exist_ok=True)
    run_dir.chmod(0o755)
    front = run_dir / "front"
    front.mkdir(exist_ok=True)
    front.chmod(0o755)
    page = (DEPLOY / "error_page.html").read_text()
    for name, (title, message) in error_pages(retry_after, app.too_large).items():
        escaped = {"TITLE": html.escape(title), "MESSAGE": html.escape(message)}
        (front / f"{name}.html").write_text(fill(page, escaped))
        (front / f"{name}.json").write_text(json.dumps({"error": message}) + "\n")
    conf = run_dir / "nginx.conf"
    conf.write_text(fill((DEPLOY / "nginx.conf").read_text(), values))
    return conf


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--listen", default="127.0.0.1:8080", help="address nginx listens on")
    parser.add_argument(
        "--upstream",
        action="append",
        default=[],
        help="a gunicorn's bind; repeat it for several web nodes "
        "(default: unix:RUN_DIR/gunicorn.sock)",
    )
    parser.add_argument("--run-dir", type=Path, default=ROOT / "run")
    args = parser.parse_args()
    run_dir = args.run_dir.resolve()
    upstreams = args.upstream or [f"unix:{run_dir / 'gunicorn.sock'}"]
    print(render(args.listen, upstreams, run_dir))


if __name__ == "__main__":
    main()
