"""`Movie.search_name` and `Movie.sort_name`: the name folded for the films table's search and
its sort without leading articles (`movies.search_text`), filled in for the films stored
before."""

from django.db import migrations, models

import movies.search_text

BATCH = 2000


def fill_names(apps, schema_editor):
    Movie = apps.get_model("movies", "Movie")
    batch = []
    for movie in Movie.objects.only("pk", "name").iterator(chunk_size=BATCH):
        movie.search_name = movies.search_text.search_text([movie.name])
        movie.sort_name = movies.search_text.sort_name(movie.name)
        batch.append(movie)
        if len(batch) == BATCH:
            Movie.objects.bulk_update(batch, ["search_name", "sort_name"])
            batch = []
    Movie.objects.bulk_update(batch, ["search_name", "sort_name"])


class Migration(migrations.Migration):
    dependencies = [("movies", "0007_left_out_label")]

    operations = [
        migrations.AddField(
            model_name="movie",
            name="search_name",
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.AddField(
            model_name="movie",
            name="sort_name",
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.AddIndex(
            model_name="movie",
            index=models.Index(fields=["session", "sort_name"], name="movie_session_sort_idx"),
        ),
        migrations.RunPython(fill_names, migrations.RunPython.noop),
    ]
