"""deploy/systemd/ and deploy/multi-node.env.example: the units run files and commands this
project has, stop its processes the way they need, and read an env file in which every variable
is one something really reads. Pure: no unit is started; `systemd-analyze verify` runs too when
it is installed."""

from __future__ import annotations

import importlib.util
import re
import runpy
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import prometheus_client.values
import pytest
from django.core.management import get_commands

from tests.e2e.harness import ROOT

UNITS = ROOT / "deploy/systemd"
ENV_EXAMPLE = ROOT / "deploy/multi-node.env.example"
# Where the units expect the checkout and the env file; the README's text names the same.
INSTALL_DIR = "/srv/letterboxd-stats"
VENV_PYTHON = f"{INSTALL_DIR}/.venv/bin/python"
ENV_FILE = "/etc/letterboxd-stats.env"
# The files whose code reads the environment (settings, gunicorn, the front's renderer).
READERS = ["config/settings.py", "deploy/gunicorn.conf.py", "deploy/render_nginx.py"]
# Read by a library rather than our code: the module that reads each.
LIBRARY_READERS = {"PROMETHEUS_MULTIPROC_DIR": prometheus_client.values}
APP_UNITS = ["letterboxd-web", "letterboxd-worker", "letterboxd-front", "letterboxd-migrate"]
NODE_UNITS = ["letterboxd-web", "letterboxd-worker", "letterboxd-front"]

Unit = dict[str, dict[str, list[str]]]


def parse_unit(text: str) -> Unit:
    """Sections -> key -> every value in order. configparser would keep only the last of the
    keys systemd allows many times (ExecStartPre=, Environment=)."""
    unit: Unit = {}
    section: dict[str, list[str]] | None = None
    pending = ""
    for raw in text.splitlines():
        line = pending + raw.strip()
        pending = ""
        if not line or line.startswith(("#", ";")):
            continue
        if line.endswith("\\"):
            pending = line[:-1] + " "
            continue
        if line.startswith("[") and line.endswith("]"):
            section = unit.setdefault(line[1:-1], {})
            continue
        assert section is not None, f"{line!r} is outside any section"
        key, _, value = line.partition("=")
        section.setdefault(key.strip(), []).append(value.strip())
    return unit


def unit(name: str) -> Unit:
    path = next(UNITS.glob(f"{name}.*"))
    return parse_unit(path.read_text())


def one(parsed: Unit, section: str, key: str) -> str:
    values = parsed.get(section, {}).get(key, [])
    assert len(values) == 1, f"[{section}] {key}= should be set once, not {values}"
    return values[0]


def words(parsed: Unit, section: str, key: str) -> list[str]:
    """A list setting (After=, ReadWritePaths=...) given on one line or several."""
    return [word for value in parsed.get(section, {}).get(key, []) for word in value.split()]


def assignments(parsed: Unit) -> dict[str, str]:
    """The unit's own Environment= values."""
    found = {}
    for value in parsed["Service"].get("Environment", []):
        for word in shlex.split(value):
            name, _, setting = word.partition("=")
            found[name] = setting
    return found


def commands(parsed: Unit) -> list[list[str]]:
    """Every Exec*= command line, split as systemd does, without its prefix characters."""
    found = []
    for key, values in parsed.get("Service", {}).items():
        if key.startswith("Exec"):
            for value in values:
                argv = shlex.split(value)
                argv[0] = argv[0].lstrip("-@:+!")
                found.append(argv)
    return found


def timespan_seconds(span: str) -> float:
    """systemd's time spans as these units write them: 60, 40s, 2min, 1min 30s."""
    scale = {"": 1, "s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600}
    parts = re.findall(r"(\d+)\s*([a-z]*)", span)
    assert parts and "".join(n + u for n, u in parts) == span.replace(" ", ""), span
    return sum(int(number) * scale[suffix] for number, suffix in parts)


def env_example(*, commented: bool) -> dict[str, str]:
    """The example's variables (with `# NAME=` examples too when `commented`), quotes removed
    as systemd's EnvironmentFile= does."""
    pattern = r"^(#\s*)?([A-Z][A-Z0-9_]*)=(.*)$" if commented else r"^()([A-Z][A-Z0-9_]*)=(.*)$"
    found = {}
    for line in ENV_EXAMPLE.read_text().splitlines():
        match = re.match(pattern, line)
        if match:
            value = match.group(3).strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            found[match.group(2)] = value
    return found


def expanded_names(parsed: Unit) -> set[str]:
    """Variables the unit's commands take from the environment ($NAME and ${NAME})."""
    exec_lines = [
        value
        for key, values in parsed["Service"].items()
        if key.startswith("Exec")
        for value in values
    ]
    text = " ".join(exec_lines)
    return set(re.findall(r"\$\{?([A-Z][A-Z0-9_]*)\}?", text)) - {"MAINPID"}


def test_the_app_units_run_in_the_checkout_with_the_env_file_the_docs_name():
    for name in APP_UNITS:
        parsed = unit(name)
        assert one(parsed, "Service", "WorkingDirectory") == INSTALL_DIR, name
        assert one(parsed, "Service", "EnvironmentFile") == ENV_FILE, name
        assert one(parsed, "Service", "User") == "letterboxd", name
    assert ENV_FILE in ENV_EXAMPLE.read_text()
    assert ENV_FILE in (ROOT / "deploy/production.env.example").read_text()


def test_every_command_runs_a_file_module_or_manage_py_command_the_project_has():
    known = get_commands()
    for name in APP_UNITS:
        for argv in commands(unit(name)):
            if argv[0] != VENV_PYTHON:
                assert not argv[0].startswith(INSTALL_DIR), f"{name}: {argv[0]} is not the venv's"
                continue
            if argv[1] == "-m":
                # python -m gunicorn config.wsgi --config deploy/gunicorn.conf.py ...
                assert importlib.util.find_spec(argv[2]), f"{name}: no module {argv[2]}"
                assert (ROOT / (argv[3].replace(".", "/") + ".py")).is_file(), argv
            else:
                assert (ROOT / argv[1]).is_file(), f"{name}: no {argv[1]} in the repository"
            if argv[1] == "manage.py":
                assert argv[2] in known, f"{name}: manage.py has no command {argv[2]}"
            for arg in argv[2:]:
                if arg.endswith(".py") and not arg.startswith("-"):
                    assert (ROOT / arg).is_file(), f"{name}: no {arg} in the repository"


def test_the_web_node_runs_gunicorn_with_its_config_and_a_bind():
    parsed = unit("letterboxd-web")
    argv = shlex.split(one(parsed, "Service", "ExecStart"))

    assert argv[:4] == [VENV_PYTHON, "-m", "gunicorn", "config.wsgi"]
    assert argv[argv.index("--config") + 1] == "deploy/gunicorn.conf.py"
    # gunicorn.conf.py leaves the bind to the command line.
    assert argv[argv.index("--bind") + 1] == "${WEB_BIND}"
    assert "WEB_BIND" in assignments(parsed)
    assert one(parsed, "Service", "Restart") == "on-failure"


def test_the_web_node_gives_gunicorn_its_graceful_timeout_before_anything_is_killed():
    graceful = runpy.run_path(str(ROOT / "deploy/gunicorn.conf.py"))["graceful_timeout"]
    parsed = unit("letterboxd-web")

    # SIGTERM to the arbiter, which stops its workers within graceful_timeout.
    assert one(parsed, "Service", "KillMode") == "mixed"
    assert parsed["Service"].get("KillSignal", ["SIGTERM"]) == ["SIGTERM"]
    assert timespan_seconds(one(parsed, "Service", "TimeoutStopSec")) > graceful


def test_the_worker_stops_with_sigint_to_its_main_process_only_and_a_minute_to_finish():
    parsed = unit("letterboxd-worker")

    assert shlex.split(one(parsed, "Service", "ExecStart"))[1:] == ["manage.py", "qcluster"]
    # qcluster's other processes ignore SIGINT but die on SIGTERM, mid-task: the main process
    # alone is signalled, and SIGKILL reaches the rest only at the timeout.
    assert one(parsed, "Service", "KillSignal") == "SIGINT"
    assert one(parsed, "Service", "KillMode") == "mixed"
    assert timespan_seconds(one(parsed, "Service", "TimeoutStopSec")) >= 60
    assert one(parsed, "Service", "Restart") == "on-failure"


def test_one_unit_owns_the_metrics_folder_that_web_and_worker_require():
    runtime = unit("letterboxd-runtime")
    folders = [f"/run/{d}" for d in words(runtime, "Service", "RuntimeDirectory")]
    metrics = env_example(commented=False)["PROMETHEUS_MULTIPROC_DIR"]

    assert metrics in folders
    # Emptied when the first node starts, removed when the last one stops.
    assert one(runtime, "Unit", "StopWhenUnneeded") == "yes"
    assert one(runtime, "Service", "User") == "letterboxd"
    for name in ["letterboxd-web", "letterboxd-worker"]:
        parsed = unit(name)
        assert "letterboxd-runtime.service" in words(parsed, "Unit", "Requires"), name
        assert "letterboxd-runtime.service" in words(parsed, "Unit", "After"), name
        assert any(metrics.startswith(p + "/") for p in words(parsed, "Service", "ReadWritePaths"))
        # A RuntimeDirectory= of their own would be removed under the other one when one stops.
        assert "RuntimeDirectory" not in parsed["Service"], name


def test_units_without_the_metrics_folder_do_not_pass_it_to_the_app():
    # prometheus_client fails at import when PROMETHEUS_MULTIPROC_DIR names no folder.
    for name in APP_UNITS:
        parsed = unit(name)
        if "letterboxd-runtime.service" not in words(parsed, "Unit", "Requires"):
            assert "PROMETHEUS_MULTIPROC_DIR" in words(parsed, "Service", "UnsetEnvironment"), name


def test_the_migrations_run_only_when_a_release_starts_them_on_one_machine():
    migrate = unit("letterboxd-migrate")

    assert one(migrate, "Service", "Type") == "oneshot"
    # Active afterwards, a second `systemctl start` would not migrate again.
    assert migrate["Service"].get("RemainAfterExit", ["no"]) == ["no"]
    assert "Install" not in migrate, "enabled, every machine would migrate at boot"
    argvs = [argv[1:3] for argv in commands(migrate)]
    assert ["manage.py", "migrate"] in argvs
    for name in [*NODE_UNITS, "letterboxd"]:
        parsed = unit(name)
        for key in ["Wants", "Requires", "BindsTo", "Requisite"]:
            assert "letterboxd-migrate.service" not in words(parsed, "Unit", key), (name, key)


def test_every_node_unit_belongs_to_the_target_and_the_target_to_the_boot():
    for name in NODE_UNITS:
        parsed = unit(name)
        assert words(parsed, "Install", "WantedBy") == ["letterboxd.target"], name
        assert "letterboxd.target" in words(parsed, "Unit", "PartOf"), name
    assert words(unit("letterboxd"), "Install", "WantedBy") == ["multi-user.target"]


def test_the_front_runs_nginx_on_the_configuration_render_nginx_writes():
    parsed = unit("letterboxd-front")
    render = next(argv for argv in commands(parsed) if "deploy/render_nginx.py" in argv)
    run_dir = render[render.index("--run-dir") + 1]
    start = shlex.split(one(parsed, "Service", "ExecStart"))
    nginx = shlex.split(start[-1]) if start[0] == "/bin/bash" else start

    assert run_dir == "%t/" + one(parsed, "Service", "RuntimeDirectory")
    assert nginx[nginx.index("-p") + 1] == run_dir
    assert nginx[nginx.index("-c") + 1] == f"{run_dir}/nginx.conf"
    # deploy/nginx.conf sets `daemon off`: nginx stays the service's main process.
    assert "daemon off;" in (ROOT / "deploy/nginx.conf").read_text()
    assert one(parsed, "Service", "Type") == "simple"


def test_the_front_upstreams_of_the_env_example_reach_render_nginx_one_each(
    render_nginx, monkeypatch, tmp_path
):
    # systemd splits an unbraced $FRONT_UPSTREAMS at whitespace, one argument a word.
    upstreams = env_example(commented=False)["FRONT_UPSTREAMS"].split()
    rendered = {}
    monkeypatch.setattr(render_nginx, "render", lambda *args: rendered.update(args=args) or "")
    argv = ["render_nginx.py", "--listen", "0.0.0.0:80", "--run-dir", str(tmp_path), *upstreams]
    monkeypatch.setattr(sys, "argv", argv)

    render_nginx.main()

    _, nodes, _ = rendered["args"]
    assert len(nodes) >= 2
    assert len(nodes) == len(upstreams)
    assert all(re.fullmatch(r"\S+:\d+", node) for node in nodes), nodes


def test_every_variable_of_the_env_example_is_read_by_the_app_gunicorn_or_the_units():
    sources = "\n".join((ROOT / path).read_text() for path in READERS)
    unit_names = set().union(*(expanded_names(unit(p.stem)) for p in UNITS.glob("*.service")))

    unread = []
    for name in env_example(commented=True):
        if name in LIBRARY_READERS:
            read = name in Path(LIBRARY_READERS[name].__file__).read_text()
        else:
            read = f'"{name}"' in sources or name in unit_names
        if not read:
            unread.append(name)
    assert not unread, f"nothing reads {unread}"


def test_every_variable_a_unit_expands_has_a_value():
    given = env_example(commented=False)
    for path in UNITS.glob("*.service"):
        parsed = parse_unit(path.read_text())
        missing = expanded_names(parsed) - set(assignments(parsed)) - set(given)
        assert not missing, f"{path.name} expands {missing}, which nothing sets"


def test_systemd_analyze_verify_accepts_every_unit(tmp_path):
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        # Not required, also under CI: the checks above stand without systemd.
        pytest.skip("systemd-analyze is not installed; the units were checked without it")
    # verify checks that every command exists: point the units at this checkout and its python.
    for path in list(UNITS.glob("*.service")) + list(UNITS.glob("*.target")):
        text = path.read_text().replace(VENV_PYTHON, sys.executable)
        (tmp_path / path.name).write_text(text.replace(INSTALL_DIR, str(ROOT)))

    result = subprocess.run(
        [analyze, "verify", *sorted(str(p) for p in tmp_path.iterdir())],
        capture_output=True,
        text=True,
        timeout=60,
    )

    # It warns (unknown keys, values it cannot parse) without failing: those count too.
    complaints = [line for line in result.stderr.splitlines() if "letterboxd" in line]
    assert result.returncode == 0, result.stderr
    assert not complaints, "\n".join(complaints)
