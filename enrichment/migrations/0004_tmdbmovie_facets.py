"""`TmdbMovie.facets`: the keys the statistics count, derived from the row (`movies.facets`)."""

from django.db import migrations, models

import movies.facets

BATCH = 2000
SOURCES = ("genres", "directors", "cast", "countries", "languages", "original_language")


def fill_facets(apps, schema_editor):
    TmdbMovie = apps.get_model("enrichment", "TmdbMovie")
    batch = []
    for movie in TmdbMovie.objects.only("tmdb_id", *SOURCES).iterator(chunk_size=BATCH):
        derived = movies.facets.facets(**{name: getattr(movie, name) for name in SOURCES})
        movie.facets = movies.facets.encode(derived)
        batch.append(movie)
        if len(batch) == BATCH:
            TmdbMovie.objects.bulk_update(batch, ["facets"])
            batch = []
    TmdbMovie.objects.bulk_update(batch, ["facets"])


class Migration(migrations.Migration):
    dependencies = [("enrichment", "0003_resume_schedule")]

    operations = [
        migrations.AddField(
            model_name="tmdbmovie",
            name="facets",
            field=models.TextField(
                default=movies.facets.EMPTY_JSON,
                editable=False,
                help_text="The keys the statistics count, per dimension, as JSON (derived).",
            ),
        ),
        migrations.RunPython(fill_facets, migrations.RunPython.noop),
    ]
