from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from enrichment.title_index import IndexLoadError, load_title_index


class Command(BaseCommand):
    help = (
        "Load TMDB's daily movie ID export (gzipped JSON lines, a path or an http(s) URL) into "
        "the title index, and swap it in for the one in use."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("source", metavar="FILE_OR_URL")

    def handle(self, *args, source: str, **options) -> None:
        try:
            report = load_title_index(source)
        except IndexLoadError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(str(report))
