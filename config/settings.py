"""Settings for letterboxd-stats, read from the environment (and an optional `.env`).

Every variable and its default is listed in the README's configuration table.
"""

from __future__ import annotations

from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)
# A fixed fallback keeps `manage.py` usable on a fresh clone; `make run` writes a random key.
SECRET_KEY = env("SECRET_KEY", default="insecure-dev-key-set-SECRET_KEY-in-production")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

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
    "sessions_app",
    "movies",
    "enrichment",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "sessions_app.middleware.UploadSizeLimitMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
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
CACHES = {"default": env.cache("CACHE_URL", default=f"filecache://{BASE_DIR / 'cache'}")}

# Uploads. The byte cap is checked against Content-Length before the body is read. The parsed
# export waits in memory until it is stored: the text, row and film caps bound that memory
# (see the README's configuration table).
UPLOAD_MAX_BYTES = env.int("UPLOAD_MAX_BYTES", default=50 * 1024 * 1024)
UPLOAD_MAX_UNCOMPRESSED_BYTES = env.int("UPLOAD_MAX_UNCOMPRESSED_BYTES", default=64 * 1024 * 1024)
UPLOAD_MAX_TEXT_BYTES = env.int("UPLOAD_MAX_TEXT_BYTES", default=80 * 1024 * 1024)
UPLOAD_MAX_ROWS = env.int("UPLOAD_MAX_ROWS", default=200_000)
UPLOAD_MAX_FILMS = env.int("UPLOAD_MAX_FILMS", default=50_000)
SESSION_LIFETIME_DAYS = env.int("SESSION_LIFETIME_DAYS", default=30)

# TMDB
TMDB_API_KEY = env("TMDB_API_KEY", default="")
TMDB_API_URL = env("TMDB_API_URL", default="https://api.themoviedb.org/3")
TMDB_MAX_RPS = env.float("TMDB_MAX_RPS", default=40.0)
TMDB_CONNECT_TIMEOUT = env.float("TMDB_CONNECT_TIMEOUT", default=5.0)
TMDB_READ_TIMEOUT = env.float("TMDB_READ_TIMEOUT", default=10.0)

# Enrichment workers: films per queued chunk, TMDB requests in flight per worker process, and
# how long a running chunk holds its films before a sweep may hand them out again.
ENRICH_CHUNK_SIZE = env.int("ENRICH_CHUNK_SIZE", default=25)
ENRICH_THREADS = env.int("ENRICH_THREADS", default=8)
ENRICH_LEASE_SECONDS = env.int("ENRICH_LEASE_SECONDS", default=60)

# django-q2: the ORM broker keeps the queue in the same database; no extra service to run.
Q_CLUSTER = {
    "name": "letterboxd-stats",
    "orm": "default",
    "workers": env.int("Q_WORKERS", default=4),
    "timeout": env.int("Q_TIMEOUT", default=600),
    "retry": env.int("Q_RETRY", default=660),
    "max_attempts": 3,
    "catch_up": False,
    "poll": 0.5,
    "save_limit": 500,
    "label": "Tasks",
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}
