"""Loading TMDB's daily ID export into the title index: streamed, swapped in whole, safe to run
again, and the index in use left alone when a load fails."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from enrichment.id_export import index_key, title_hash
from enrichment.lookup import search_key
from enrichment.models import TmdbTitle, TmdbTitleIndex
from enrichment.title_index import IndexLoadError, index_in_use, load_title_index
from fake_tmdb.catalogue import load
from fake_tmdb.exports import UNLISTED_ID_BASE

pytestmark = pytest.mark.django_db


def line(tmdb_id: int, title: str, popularity: float = 1.0, adult: bool = False) -> str:
    item = {"adult": adult, "id": tmdb_id, "original_title": title, "popularity": popularity}
    return json.dumps({**item, "video": False})


def export_file(path: Path, *lines: str, compress: bool = True) -> str:
    data = "".join(f"{text}\n" for text in lines).encode()
    path.write_bytes(gzip.compress(data) if compress else data)
    return str(path)


def indexed() -> set[tuple[int, int]]:
    """(title hash, TMDB id) of the index in use."""
    return set(TmdbTitle.objects.current().values_list("title_hash", "tmdb_id"))


def entries(*pairs: tuple[str, int]) -> set[tuple[int, int]]:
    """(title hash, TMDB id) of these (normalised title, TMDB id)."""
    return {(title_hash(title), tmdb_id) for title, tmdb_id in pairs}


def test_without_a_load_there_is_no_index_and_no_candidate() -> None:
    assert index_in_use() is None
    assert TmdbTitle.objects.candidates("blondie") == []


def test_a_load_indexes_every_film_by_its_normalised_original_title(tmp_path) -> None:
    source = export_file(
        tmp_path / "movie_ids.json.gz",
        line(3924, "Blondie", 2.5),
        line(1, "The Thing", 30.0),
        line(2, "Thing", 1.0),
        line(3, "Secret", adult=True),
    )

    report = load_title_index(source)

    assert report.swapped
    assert (report.tally.lines, report.tally.entries, report.tally.adult) == (4, 3, 1)
    assert indexed() == entries(("blondie", 3924), ("thing", 1), ("thing", 2))
    assert sorted(TmdbTitle.objects.candidates("thing")) == [(1, 30.0), (2, 1.0)]
    pointer = index_in_use()
    assert (pointer.entries, pointer.source) == (3, source)


def test_the_index_key_is_the_key_lookups_use() -> None:
    for title in ("The Thing", "Amélie", "Alien³", "Mission: Impossible – Part One", "WALL·E"):
        assert index_key(title) == search_key(title, 2000)[0]


def test_an_uncompressed_export_loads_too(tmp_path) -> None:
    source = export_file(tmp_path / "movie_ids.json", line(7, "Blondie"), compress=False)

    load_title_index(source)

    assert indexed() == entries(("blondie", 7))


def test_loading_again_gives_the_same_index_and_keeps_one_generation(tmp_path) -> None:
    source = export_file(tmp_path / "a.json.gz", line(1, "Blondie"), line(2, "Rebecca"))
    first = load_title_index(source)

    second = load_title_index(source)

    assert second.generation > first.generation
    assert indexed() == entries(("blondie", 1), ("rebecca", 2))
    assert set(TmdbTitle.objects.values_list("generation", flat=True)) == {second.generation}


def test_a_new_days_export_replaces_the_last_whole(tmp_path) -> None:
    load_title_index(export_file(tmp_path / "mon.json.gz", line(1, "Blondie"), line(2, "Gone")))

    load_title_index(export_file(tmp_path / "tue.json.gz", line(1, "Blondie"), line(3, "New")))

    assert indexed() == entries(("blondie", 1), ("new", 3))
    assert TmdbTitle.objects.count() == 2


def test_a_cut_off_download_leaves_the_index_in_use_as_it_was(tmp_path) -> None:
    load_title_index(export_file(tmp_path / "mon.json.gz", line(1, "Blondie")))
    whole = gzip.compress("".join(f"{line(n, f'Film {n}')}\n" for n in range(5000)).encode())
    cut = tmp_path / "tue.json.gz"
    cut.write_bytes(whole[: len(whole) // 2])

    with pytest.raises(IndexLoadError, match="cannot read"):
        load_title_index(str(cut), batch=100)

    assert indexed() == entries(("blondie", 1))
    assert TmdbTitle.objects.count() == 1  # the half-loaded rows are gone


def test_an_export_without_a_film_is_refused(tmp_path) -> None:
    load_title_index(export_file(tmp_path / "mon.json.gz", line(1, "Blondie")))
    page = tmp_path / "error.html"
    page.write_text("<html>Service unavailable</html>")

    with pytest.raises(IndexLoadError, match="holds no film"):
        load_title_index(str(page))

    assert indexed() == entries(("blondie", 1))


def test_a_load_overtaken_by_a_newer_one_drops_its_own_rows(tmp_path) -> None:
    source = export_file(tmp_path / "new.json.gz", line(2, "Newer"))
    load_title_index(source)
    newer = load_title_index(source)
    # A slower load that started before it (and so was handed a lower generation) ends after.
    TmdbTitleIndex.objects.update(next_generation=newer.generation - 1)

    report = load_title_index(export_file(tmp_path / "old.json.gz", line(1, "Older")))

    assert not report.swapped
    assert report.generation < newer.generation
    assert indexed() == entries(("newer", 2))
    assert set(TmdbTitle.objects.values_list("tmdb_id", flat=True)) == {2}


def test_a_missing_file_is_an_error_that_says_so(tmp_path) -> None:
    with pytest.raises(IndexLoadError, match="cannot open"):
        load_title_index(str(tmp_path / "nothing.json.gz"))
    assert index_in_use() is None


def test_the_fake_tmdb_serves_its_catalogue_as_an_export(fake_tmdb) -> None:
    server, _ = fake_tmdb

    report = load_title_index(server.export_url())

    films = load().films
    assert report.tally.entries == len(films)
    fight_club = next(f for f in films if f.title == "Fight Club")
    assert TmdbTitle.objects.candidates("fight club") == [(550, fight_club.popularity)]


def test_the_fake_export_holds_films_no_catalogue_entry_names() -> None:
    from fake_tmdb.catalogue import load as catalogue
    from fake_tmdb.exports import export_gz

    lines = gzip.GzipFile(fileobj=io.BytesIO(export_gz(catalogue(), extra=200))).readlines()
    items = [json.loads(text) for text in lines]

    assert len(items) == len(catalogue().films) + 200
    unlisted = [i for i in items if i["id"] >= UNLISTED_ID_BASE]
    assert len(unlisted) == 200
    assert any(i["adult"] for i in unlisted) and any(i["video"] for i in unlisted)
    titles = {index_key(f.original_title) for f in catalogue().films}
    assert not titles & {index_key(i["original_title"]) for i in unlisted}


def test_the_command_loads_a_file_and_says_what_it_did(tmp_path, capsys) -> None:
    source = export_file(tmp_path / "movie_ids.json.gz", line(1, "Blondie"), line(2, "Rebecca"))

    call_command("load_tmdb_ids", source)

    assert "2 films indexed from 2 lines" in capsys.readouterr().out
    assert indexed() == entries(("blondie", 1), ("rebecca", 2))


def test_the_command_fails_with_the_reason_when_it_cannot_load(tmp_path) -> None:
    with pytest.raises(CommandError, match="cannot open"):
        call_command("load_tmdb_ids", str(tmp_path / "nothing.json.gz"))
