"""Settings for letterboxd-stats, read from the environment (and an optional `.env`).

Every variable and its default is listed in the README's configuration table.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import environ
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)
# `make run` writes a random key into .env. Without one, only a debugging run may go on, on a
# key everybody knows; anything else would sign cookies with it.
SECRET_KEY = env("SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Put a long random one in the environment or in .env "
            "(`make run` writes one), or set DEBUG=true for a throwaway development run."
        )
    SECRET_KEY = "insecure-development-key-only-with-DEBUG"  # noqa: S105
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

# HTTPS, for a deployment behind TLS (see deploy/production.env.example). Off by default so
# that `make run` on http://127.0.0.1 keeps working.
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=False)
# Load balancers and Prometheus probe a node directly, often over plain HTTP: a redirect would
# read as a failure. /metrics answers METRICS_ALLOWED_IPS only either way.
SECURE_REDIRECT_EXEMPT = [r"^health/$", r"^metrics$"]
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=False)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=False)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=False)
# Trust X-Forwarded-Proto only from a proxy we run (nginx in deploy/), never by default.
if env.bool("BEHIND_TLS_PROXY", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_q",
    "django_htmx",
    "csp",
    "health_check",
    "django_prometheus",
    "sessions_app",
    "movies",
    "enrichment",
]

MIDDLEWARE = [
    # First and last: django-prometheus counts and times every request, the others' work included.
    "django_prometheus.middleware.PrometheusBeforeMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "sessions_app.middleware.UploadGuardMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "django_prometheus.middleware.PrometheusAfterMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The web server and several worker processes write at once. WAL lets readers run beside
    # the writer, IMMEDIATE takes the write lock at BEGIN (so a transaction never fails half
    # way on a lock upgrade), and the timeout makes writers queue instead of raising
    # "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 30,
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;"
        ),
    }
else:
    DATABASES["default"].setdefault("CONN_MAX_AGE", 60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Serve straight from static/ when collectstatic has not run (tests, a fresh clone).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# Shared by the web processes and the workers (which warm a finished session's statistics):
# files under cache/ by default (one machine, no queries); `dbcache://django_cache` (then run
# `manage.py createcachetable`) or `redis://…` when web and workers run on several machines.
#
# With REDIS_URL set (several machines), Redis is the cache and django-q2's broker both.
REDIS_URL = env("REDIS_URL", default="")
CACHES = {
    "default": env.cache("CACHE_URL", default=REDIS_URL or f"filecache://{BASE_DIR / 'cache'}")
}

# Uploads. The byte cap is checked against Content-Length before the body is read. The parsed
# export waits in memory until it is stored: the text, row and film caps bound that memory
# (see the README's configuration table).
UPLOAD_MAX_BYTES = env.int("UPLOAD_MAX_BYTES", default=50 * 1024 * 1024)
UPLOAD_MAX_UNCOMPRESSED_BYTES = env.int("UPLOAD_MAX_UNCOMPRESSED_BYTES", default=64 * 1024 * 1024)
UPLOAD_MAX_TEXT_BYTES = env.int("UPLOAD_MAX_TEXT_BYTES", default=80 * 1024 * 1024)
UPLOAD_MAX_ROWS = env.int("UPLOAD_MAX_ROWS", default=200_000)
UPLOAD_MAX_FILMS = env.int("UPLOAD_MAX_FILMS", default=50_000)
SESSION_LIFETIME_DAYS = env.int("SESSION_LIFETIME_DAYS", default=30)
# Uploads per client (by address): enough for a member retrying, not for a flood.
UPLOAD_RATE_PER_MINUTE = env.int("UPLOAD_RATE_PER_MINUTE", default=5)
UPLOAD_RATE_PER_HOUR = env.int("UPLOAD_RATE_PER_HOUR", default=30)
# Behind our own proxy (deploy/nginx.conf), the client is the last X-Forwarded-For entry, which
# the proxy appended; anywhere else that header is the client's to forge, and is ignored.
BEHIND_PROXY = env.bool("BEHIND_PROXY", default=False)

# TMDB
TMDB_API_KEY = env("TMDB_API_KEY", default="")
TMDB_API_URL = env("TMDB_API_URL", default="https://api.themoviedb.org/3")
# A progress poll's counts may be this old (sessions_app.polls): one poll a second per session
# counts the films, the others read what it found. 0 counts at every poll.
POLL_SNAPSHOT_SECONDS = env.float("POLL_SNAPSHOT_SECONDS", default=1.0)
TMDB_MAX_RPS = env.float("TMDB_MAX_RPS", default=40.0)
TMDB_CONNECT_TIMEOUT = env.float("TMDB_CONNECT_TIMEOUT", default=5.0)
TMDB_READ_TIMEOUT = env.float("TMDB_READ_TIMEOUT", default=10.0)
# TMDB's daily movie ID export, which the daily schedule loads into the title index (see the
# README); `{date:%m_%d_%Y}` stands for the day. Empty: no index, matching searches every film.
TMDB_ID_EXPORT_URL = env("TMDB_ID_EXPORT_URL", default="")

# Enrichment workers: films per queued chunk, TMDB requests in flight per worker process, and
# how long a running chunk holds its films before a sweep may hand them out again.
ENRICH_CHUNK_SIZE = env.int("ENRICH_CHUNK_SIZE", default=25)
ENRICH_THREADS = env.int("ENRICH_THREADS", default=8)
ENRICH_LEASE_SECONDS = env.int("ENRICH_LEASE_SECONDS", default=60)
# Loops that enrich one chunk after another, fairly across clients (see EnrichmentLoop): one per
# worker process by default.
ENRICH_LOOPS = env.int("ENRICH_LOOPS", default=env.int("Q_WORKERS", default=4))
ENRICH_TURN_SECONDS = env.float("ENRICH_TURN_SECONDS", default=10.0)
# A lookup that fails for a passing reason is tried again this many times in all, waiting
# ENRICH_RETRY_BACKOFF seconds, then twice that, and so on, before the film is failed for good.
ENRICH_RETRY_ATTEMPTS = env.int("ENRICH_RETRY_ATTEMPTS", default=5)
ENRICH_RETRY_BACKOFF = env.float("ENRICH_RETRY_BACKOFF", default=30.0)

# django-q2: the ORM broker keeps the queue in the same database; no extra service to run.
Q_CLUSTER = {
    "name": "letterboxd-stats",
    "workers": env.int("Q_WORKERS", default=4),
    "timeout": env.int("Q_TIMEOUT", default=600),
    "retry": env.int("Q_RETRY", default=660),
    "max_attempts": 3,
    "catch_up": False,
    "poll": 0.5,
    # Tasks a cluster takes ahead of its free workers: few, so that loops queueing their next
    # turn go to whichever machine has a worker free rather than wait in a busy one.
    "queue_limit": env.int("Q_WORKERS", default=4),
    "save_limit": 500,
    "label": "Tasks",
}
# The broker: the database by default (nothing more to run); Redis when REDIS_URL (or
# Q_BROKER_URL) names one. A task lost with a killed worker is no loss either way: enrichment
# loops hold their places and films with leases, and the minute's sweep starts what is missing.
Q_BROKER_URL = env("Q_BROKER_URL", default=REDIS_URL)
if Q_BROKER_URL:
    Q_CLUSTER["redis"] = Q_BROKER_URL
else:
    Q_CLUSTER["orm"] = "default"

# Posters and headshots, fetched by the browser from TMDB's image CDN (`movies.images`): the
# base of its URLs (the configuration endpoint's `secure_base_url`), and a switch that leaves
# every image out (no <img>, and the CSP allows no image host).
TMDB_IMAGES = env.bool("TMDB_IMAGES", default=True)
TMDB_IMAGE_BASE_URL = env("TMDB_IMAGE_BASE_URL", default="https://image.tmdb.org/t/p/")


def image_sources(images_on: bool, base_url: str) -> list[str]:
    """The CSP's img-src: our own, data: URIs, and the image CDN's one origin when images are
    on."""
    parts = urlsplit(base_url)
    origin = [f"{parts.scheme}://{parts.netloc}"] if images_on and parts.netloc else []
    return [SELF, "data:", *origin]


# Content-Security-Policy: scripts from us and Chart.js's CDN only (pinned by SRI in the page),
# no inline script, style or handler anywhere; images from TMDB's image CDN only when shown.
CHART_JS_CDN = "https://cdn.jsdelivr.net"
CONTENT_SECURITY_POLICY = {
    # The admin is Django's, with its own inline styles; it is for staff only.
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, CHART_JS_CDN],
        "style-src": [SELF],
        "img-src": image_sources(TMDB_IMAGES, TMDB_IMAGE_BASE_URL),
        "connect-src": [SELF],
        "font-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

# Observability (see the README's "Watching it run"). /health/ answers 500 when the oldest task
# has waited in the queue longer than this: the workers are gone, stuck or far behind.
HEALTH_MAX_QUEUE_AGE = env.int("HEALTH_MAX_QUEUE_AGE", default=600)
# /metrics answers these addresses or networks only (the client's address as the upload limits
# see it: behind our proxy with BEHIND_PROXY, the forwarded one); anyone else gets a 404.
METRICS_ALLOWED_IPS = env.list("METRICS_ALLOWED_IPS", default=["127.0.0.1", "::1"])

# The node a log line comes from, when several web and worker nodes log to one place
# (deploy/cluster.py and deploy/systemd/ name them web-1, worker-2, …).
NODE_NAME = env("NODE_NAME", default="")
_node = f"[{NODE_NAME.replace('%', '%%')}] " if NODE_NAME else ""
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": f"%(asctime)s {_node}%(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}
