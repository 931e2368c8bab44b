from __future__ import annotations

from django.apps import AppConfig


class MoviesConfig(AppConfig):
    name = "movies"
