from __future__ import annotations

from django.core.management.base import BaseCommand

from enrichment.tasks_cache import MAX_REFRESH, TIME_BUDGET, refresh_tmdb_cache


class Command(BaseCommand):
    help = "Refresh or drop cached TMDB rows before they turn six months old (TMDB's terms)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--time-budget", type=float, default=TIME_BUDGET, help="seconds")
        parser.add_argument("--max-refresh", type=int, default=MAX_REFRESH)

    def handle(self, *args, time_budget: float, max_refresh: int, **options) -> None:
        summary = refresh_tmdb_cache(time_budget=time_budget, max_refresh=max_refresh)
        self.stdout.write(summary)
