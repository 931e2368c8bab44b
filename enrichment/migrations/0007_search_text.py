"""`TmdbMovie.search_titles`, `search_directors` and `search_cast`: folded texts the films
table searches (`movies.search_text`), derived like the facets, filled in for cached rows."""

from django.db import migrations, models

import movies.search_text

BATCH = 2000
FIELDS = ["search_titles", "search_directors", "search_cast"]


def fill_search_text(apps, schema_editor):
    TmdbMovie = apps.get_model("enrichment", "TmdbMovie")
    text = movies.search_text.search_text
    batch = []
    sources = ("title", "original_title", "alternative_titles", "directors", "cast")
    for movie in TmdbMovie.objects.only("tmdb_id", *sources).iterator(chunk_size=BATCH):
        movie.search_titles = text(
            [movie.title, movie.original_title, *(movie.alternative_titles or [])]
        )
        movie.search_directors = text(d.get("name") for d in movie.directors)
        movie.search_cast = text(p.get("name") for p in movie.cast)
        batch.append(movie)
        if len(batch) == BATCH:
            TmdbMovie.objects.bulk_update(batch, FIELDS)
            batch = []
    TmdbMovie.objects.bulk_update(batch, FIELDS)


class Migration(migrations.Migration):
    dependencies = [("enrichment", "0006_alternative_titles")]

    operations = [
        migrations.AddField(
            model_name="tmdbmovie",
            name="search_titles",
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.AddField(
            model_name="tmdbmovie",
            name="search_directors",
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.AddField(
            model_name="tmdbmovie",
            name="search_cast",
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.RunPython(fill_search_text, migrations.RunPython.noop),
    ]
