"""deploy/render_nginx.py: the nginx front's configuration agrees with the app's settings, and
nginx itself accepts it (when nginx is installed; under CI=true it must be)."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

from sessions_app.middleware import MULTIPART_SLACK_BYTES
from tests.e2e.harness import nginx_binary


def _render(render_nginx: ModuleType, run_dir: Path) -> str:
    conf = render_nginx.render("127.0.0.1:8080", f"unix:{run_dir}/gunicorn.sock", run_dir)
    return conf.read_text()


def test_uploads_are_capped_at_the_apps_cap_and_its_multipart_slack(
    render_nginx, settings, tmp_path
):
    settings.UPLOAD_MAX_BYTES = 1_000_000

    conf = _render(render_nginx, tmp_path)

    upload_location = conf[conf.index("location ~ ^/(upload/|api/upload/?)$") :]
    cap = re.search(r"client_max_body_size (\d+);", upload_location)
    assert cap and int(cap.group(1)) == 1_000_000 + MULTIPART_SLACK_BYTES
    # Elsewhere no more than Django reads of a request without a file.
    assert f"client_max_body_size {settings.DATA_UPLOAD_MAX_MEMORY_SIZE};" in conf


def test_the_413_answers_carry_the_apps_own_message(render_nginx, settings, tmp_path):
    settings.UPLOAD_MAX_BYTES = 10 * 1024 * 1024

    _render(render_nginx, tmp_path)

    message = json.loads((tmp_path / "front/413.json").read_text())["error"]
    assert message.startswith("That upload is too large: the limit is 10 MB.")
    assert "the limit is 10 MB." in (tmp_path / "front/413.html").read_text()


def test_the_upload_limits_and_retry_after_come_from_the_environment(
    render_nginx, monkeypatch, tmp_path
):
    monkeypatch.setenv("NGINX_UPLOAD_RATE", "4r/m")
    monkeypatch.setenv("NGINX_UPLOAD_BURST", "3")
    monkeypatch.setenv("NGINX_CONN_PER_ADDRESS", "12")

    conf = _render(render_nginx, tmp_path)

    assert "rate=4r/m;" in conf
    assert "burst=3 nodelay;" in conf
    assert "limit_conn per_address 12;" in conf
    assert "~^/__front/429\\. 15;" in conf  # Retry-After: one interval of 4 a minute
    assert "wait 15 seconds" in json.loads((tmp_path / "front/429.json").read_text())["error"]


@pytest.mark.parametrize(("rate", "seconds"), [("6r/m", 10), ("7r/m", 9), ("2r/s", 1)])
def test_retry_after_is_one_interval_of_the_rate(render_nginx, rate, seconds):
    assert render_nginx.retry_after_seconds(rate) == seconds


@pytest.mark.parametrize("rate", ["6/m", "0r/m", "6r/h", ""])
def test_a_rate_nginx_would_not_take_is_refused(render_nginx, rate):
    with pytest.raises(SystemExit):
        render_nginx.retry_after_seconds(rate)


def test_a_placeholder_without_a_value_is_an_error_not_a_blank(render_nginx):
    with pytest.raises(SystemExit, match="UPSTREAM"):
        render_nginx.fill("listen ${LISTEN}; server ${UPSTREAM};", {"LISTEN": "8080"})


def test_nginx_accepts_the_rendered_configuration(render_nginx, nginx_installed, tmp_path):
    _render(render_nginx, tmp_path)

    check = subprocess.run(
        [nginx_binary(), "-t", "-e", "stderr", "-p", str(tmp_path), "-c", "nginx.conf"],
        capture_output=True,
        text=True,
    )

    assert check.returncode == 0, check.stderr


def test_several_web_nodes_become_one_upstream_nginx_accepts(
    render_nginx, nginx_installed, tmp_path
):
    nodes = ["127.0.0.1:8101", "127.0.0.1:8102"]
    conf = render_nginx.render("127.0.0.1:8080", nodes, tmp_path).read_text()

    upstream = re.search(r"upstream django \{(.*?)\}", conf, re.S).group(1)
    assert re.findall(r"server (\S+) max_fails", upstream) == nodes
    assert "least_conn;" in upstream
    check = subprocess.run(
        [nginx_binary(), "-t", "-e", "stderr", "-p", str(tmp_path), "-c", "nginx.conf"],
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stderr


def test_requests_that_must_not_go_twice_never_ride_a_kept_connection(render_nginx, tmp_path):
    conf = render_nginx.render("127.0.0.1:8080", ["127.0.0.1:8101"], tmp_path).read_text()

    blocks = dict(re.findall(r"upstream (\w+) \{(.*?)\n    \}", conf, re.S))
    assert "keepalive 32;" in blocks["django"]
    assert "keepalive" not in blocks["django_fresh"]
    method_map = re.search(r"map \$request_method \$django_upstream \{(.*?)\}", conf, re.S)
    assert method_map.group(1).split() == [
        "GET",
        "django;",
        "HEAD",
        "django;",
        "default",
        "django_fresh;",
    ]
    assert set(re.findall(r"proxy_pass (\S+);", conf)) == {"http://$django_upstream"}


@pytest.mark.parametrize("upstreams", [[], [""], ["127.0.0.1:8101; evil"], ["a b"]])
def test_an_upstream_nginx_would_misread_is_refused(render_nginx, upstreams):
    with pytest.raises(SystemExit):
        render_nginx.upstream_servers(upstreams)
