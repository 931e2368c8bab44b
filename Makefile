# The common jobs. `make run` and `make test` work from a fresh clone.
.DEFAULT_GOAL := help
.PHONY: help install install-dev migrate run serve cluster nginx-installed test test-fast test-browser test-postgres lint format bench bench-abuse bench-load

VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
WEB_BIND ?= 127.0.0.1:8000
# make serve: nginx listens on SERVE_BIND and hands whole requests to gunicorn on UPSTREAM.
SERVE_BIND ?= 127.0.0.1:8080
RUN_DIR ?= $(CURDIR)/run
UPSTREAM ?= unix:$(RUN_DIR)/gunicorn.sock
# Prometheus counters of every web and worker process, gathered by /metrics (see the README's
# "Watching it run"); emptied at each start, as prometheus_client's multiprocess mode requires.
METRICS_DIR := $(RUN_DIR)/prometheus
# Debian puts nginx in /usr/sbin, which a user's PATH may lack.
NGINX_PATH := $$PATH:/usr/sbin

help:
	@echo "make run            install, migrate, start web + worker on http://$(WEB_BIND)"
	@echo "make serve          the same behind nginx (installed if missing) on http://$(SERVE_BIND)"
	@echo "make cluster        nginx -> 2 web nodes + 3 worker nodes on PostgreSQL and Redis, on this machine"
	@echo "make test           install test deps and run the whole suite (SQLite)"
	@echo "make test-fast      the inner loop: no end-to-end (slow) or browser tests"
	@echo "make test-postgres  the suite on PostgreSQL (DATABASE_URL or a local postgres)"
	@echo "make lint           ruff check + format check + import layers (import-linter)"
	@echo "make bench          the benchmarks under bench/ (all but the abuse and load benches)"
	@echo "make bench-abuse    the nginx front under attack (needs nginx, ~20 minutes)"
	@echo "make bench-load     make cluster under uploads, polls and dashboard readers (~3 minutes)"

$(PY):
	python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip

$(VENV)/.run-deps: requirements.txt | $(PY)
	$(PIP) install -q -r requirements.txt
	touch $@

$(VENV)/.dev-deps: requirements.txt requirements-dev.txt | $(PY)
	$(PIP) install -q -r requirements-dev.txt
	touch $@ $(VENV)/.run-deps

# A random secret for this checkout; settings read .env when it exists.
.env: | $(PY)
	$(PY) -c "import secrets; print('SECRET_KEY=' + secrets.token_urlsafe(50))" > $@

install: $(VENV)/.run-deps .env

install-dev: $(VENV)/.dev-deps .env

migrate: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py createcachetable

# Ctrl-C is how `make run` ends, so it ends cleanly and exits 0. On a terminal honcho runs as
# a job of its own (set -m): the Ctrl-C reaches honcho, which stops web and worker, and not
# make, which would report "Interrupt" whatever happened; honcho's 130 means "stopped by
# Ctrl-C". honcho gives the others 5 s once one process has stopped, then SIGKILLs them; the
# worker first finishes the task in hand (see the Procfile), so it gets 60 s.
run: migrate
	$(PY) manage.py collectstatic --noinput -v0
	@rm -rf "$(METRICS_DIR)" && mkdir -p "$(METRICS_DIR)"
	@echo "Starting web and worker on http://$(WEB_BIND) (Ctrl-C stops both)"
	@if [ -t 0 ]; then set -m; fi; \
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" WEB_BIND=$(WEB_BIND) PROMETHEUS_MULTIPROC_DIR="$(METRICS_DIR)" $(PY) -c \
		'import sys, honcho.command, honcho.manager; honcho.manager.KILL_WAIT = 60; sys.argv[0] = "honcho"; honcho.command.main()' \
		start -f Procfile; \
	status=$$?; if [ $$status -eq 130 ]; then exit 0; fi; exit $$status

# Production on one machine: nginx (buffering, limits, static files) -> gunicorn -> worker.
serve: nginx-installed migrate
	@# A second gunicorn would take over the first one's socket, and remove it on the way out.
	@if [ -f $(RUN_DIR)/nginx.pid ] && kill -0 "$$(cat $(RUN_DIR)/nginx.pid)" 2>/dev/null; then \
		echo "make serve is already running from this folder (nginx pid $$(cat $(RUN_DIR)/nginx.pid)); stop it first." >&2; \
		exit 1; \
	fi
	$(PY) manage.py collectstatic --noinput -v0
	$(PY) deploy/render_nginx.py --listen $(SERVE_BIND) --upstream $(UPSTREAM) --run-dir $(RUN_DIR) >/dev/null
	PATH="$(NGINX_PATH)" nginx -t -q -e stderr -p $(RUN_DIR) -c $(RUN_DIR)/nginx.conf
	@echo "Starting nginx on http://$(SERVE_BIND) -> gunicorn ($(UPSTREAM)) + worker (Ctrl-C stops all)"
	@# Ctrl-C ends it cleanly and make exits 0, as for make run (see there).
	@rm -rf "$(METRICS_DIR)" && mkdir -p "$(METRICS_DIR)"
	@if [ -t 0 ]; then set -m; fi; \
	PATH="$(CURDIR)/$(VENV)/bin:$(NGINX_PATH)" RUN_DIR=$(RUN_DIR) UPSTREAM=$(UPSTREAM) \
	PROMETHEUS_MULTIPROC_DIR="$(METRICS_DIR)" \
	GUNICORN_CONTROL_SOCKET=$(RUN_DIR)/gunicorn.ctl $(PY) -c \
		'import sys, honcho.command, honcho.manager; honcho.manager.KILL_WAIT = 60; sys.argv[0] = "honcho"; honcho.command.main()' \
		start -f deploy/Procfile.serve; \
	status=$$?; if [ $$status -eq 130 ]; then exit 0; fi; exit $$status

# Several nodes on this one machine, as on several (deploy/cluster.py; README "Scaling"): a
# local PostgreSQL database and Redis unless DATABASE_URL and REDIS_URL name others.
CLUSTER_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/letterboxd_stats
CLUSTER_REDIS_URL ?= redis://127.0.0.1:6379/0
WEB_NODES ?= 2
WORKER_NODES ?= 3
# Ctrl-C ends it cleanly and make exits 0, as for make run (see there).
cluster: nginx-installed install
	@if [ -t 0 ]; then set -m; fi; \
	PATH="$(CURDIR)/$(VENV)/bin:$(NGINX_PATH)" \
	DATABASE_URL=$${DATABASE_URL:-$(CLUSTER_DATABASE_URL)} REDIS_URL=$${REDIS_URL:-$(CLUSTER_REDIS_URL)} \
	$(PY) deploy/cluster.py --web $(WEB_NODES) --workers $(WORKER_NODES) --listen $(SERVE_BIND) \
		--run-dir $(RUN_DIR)/cluster; \
	status=$$?; if [ $$status -eq 130 ]; then exit 0; fi; exit $$status

# nginx comes from the system's packages: installed here when root on Debian, else explained.
nginx-installed:
	@if ! PATH="$(NGINX_PATH)" command -v nginx >/dev/null; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			echo "Installing nginx (apt-get install nginx)"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null; \
		else \
			echo "make serve needs nginx. Install it (Debian/Ubuntu: sudo apt-get install -y nginx), then run make serve again." >&2; \
			exit 1; \
		fi; \
	fi

test: install-dev
	$(VENV)/bin/pytest

test-fast: install-dev
	$(VENV)/bin/pytest -n auto -m "not browser and not slow"

test-browser: install-dev
	$(VENV)/bin/pytest -m browser

test-postgres: install-dev
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/letterboxd_stats} $(VENV)/bin/pytest --create-db

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

format: install-dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: install-dev
	$(PY) bench/import_bench.py
	$(PY) bench/import_memory_bench.py
	$(PY) bench/matching_bench.py
	$(PY) bench/tmdb_requests_bench.py
	$(PY) bench/enrich_bench.py
	$(PY) bench/index_bench.py
	$(PY) bench/index_load_bench.py
	$(PY) bench/dashboard_bench.py
	$(PY) bench/share_bench.py
	$(PY) bench/watch_next_bench.py
	$(PY) bench/export_variants.py
	$(PY) bench/cache_sim.py

bench-abuse: install-dev nginx-installed
	$(PY) bench/abuse_bench.py

# The multi-node topology under load (README "Scaling"): needs PostgreSQL and Redis, ~3 minutes.
bench-load: install-dev nginx-installed
	$(PY) bench/load_bench.py
