"""Matching with the title index: one details request where the index is sure, the searches as
before wherever it is not, and exactly the requests of before when no index is loaded."""

from __future__ import annotations

import gzip
import json

import pytest

from enrichment import lookup
from enrichment.lookup import resolve
from enrichment.models import TmdbMovie, TmdbSearchResult
from enrichment.title_index import load_title_index
from enrichment.tmdb_client import TmdbAuthError, TmdbClient
from fake_tmdb.catalogue import load
from fake_tmdb.server import DEFAULT_API_KEY

pytestmark = pytest.mark.django_db


class RecordingClient(TmdbClient):
    """A client that notes every request it makes: path and parameters, the key left out."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.asked: list[tuple[str, tuple]] = []

    def get(self, path, params=None):
        self.asked.append((path, tuple(sorted((params or {}).items()))))
        return super().get(path, params)


@pytest.fixture
def client(fake_tmdb):
    server, base_url = fake_tmdb
    server.reset_state()
    tmdb = RecordingClient(DEFAULT_API_KEY, base_url, sleep=lambda s: None)
    yield tmdb
    tmdb.close()


@pytest.fixture
def index(fake_tmdb):
    server, _ = fake_tmdb
    return load_title_index(server.export_url())


def forget_everything() -> None:
    TmdbSearchResult.objects.all().delete()
    TmdbMovie.objects.all().delete()


def outcome(match) -> tuple:
    return (match.tmdb_id, match.media_type, match.confident, match.sure, bool(match.failure))


def film(title: str, year: int | None = None):
    return next(f for f in load().films if f.title == title and (year is None or f.year == year))


def export_with(tmp_path, *films: tuple[int, str]) -> str:
    path = tmp_path / "movie_ids.json.gz"
    lines = [
        json.dumps(
            {"adult": False, "id": i, "original_title": t, "popularity": 1.0, "video": False}
        )
        for i, t in films
    ]
    path.write_bytes(gzip.compress("\n".join(lines).encode()))
    return str(path)


def test_without_an_index_every_film_costs_the_very_requests_it_did_before(
    client, monkeypatch
) -> None:
    # Every kind of film of the tuning part: sure, remakes, alternative titles, years off,
    # series, films TMDB lacks.
    rows = load().export_rows("tuning")[::6]
    without = [resolve(row.name, row.year, client) for row in rows]
    asked_without = client.asked[:]
    # Before the index: no index step at all.
    forget_everything()
    client.asked.clear()
    monkeypatch.setattr(lookup, "_from_index", lambda name, year, client: (None, 0))

    before = [resolve(row.name, row.year, client) for row in rows]

    assert client.asked == asked_without
    assert [outcome(m) for m in before] == [outcome(m) for m in without]
    assert not any("release_dates" in str(params) for _, params in asked_without)


def test_a_film_under_its_original_title_costs_one_details_request(client, index) -> None:
    fight_club = film("Fight Club")

    match = resolve("Fight Club", 1999, client)

    assert (match.tmdb_id, match.sure, match.requests) == (fight_club.tmdb_id, True, 1)
    assert client.asked == [
        (
            f"/movie/{fight_club.tmdb_id}",
            (
                ("append_to_response", "credits,alternative_titles,release_dates"),
                ("language", "en-US"),
            ),
        )
    ]
    assert TmdbMovie.objects.get(pk=fight_club.tmdb_id).directors[0]["name"] == "David Fincher"
    stored = TmdbSearchResult.objects.get()
    assert (stored.normalised_title, stored.year, stored.tmdb_id) == ("fight club", 1999, 550)


@pytest.mark.slow
def test_over_the_tuning_part_the_index_changes_no_match_but_one_and_saves_requests(
    client, fake_tmdb
) -> None:
    server, _ = fake_tmdb
    rows = load().export_rows("tuning")
    without = [resolve(row.name, row.year, client) for row in rows]
    requests_without = len(client.asked)
    forget_everything()
    client.asked.clear()
    load_title_index(server.export_url())

    with_index = [resolve(row.name, row.year, client) for row in rows]

    changed = [
        (row.name, row.year, outcome(a), outcome(b))
        for row, a, b in zip(rows, without, with_index, strict=True)
        if outcome(a) != outcome(b)
    ]
    # The one blind spot: the export knows original titles only. Two films called "Leo" from
    # 2023 share a name only in English (the other's original title is Tamil), so the index
    # sees one film where the searches see two and leave the choice to the member.
    assert (
        changed
        == [("Leo", 2023, (None, "", False, False, False), (1075794, "movie", True, True, False))]
        * 2
    )
    assert len(client.asked) < 0.8 * requests_without
    assert sum(m.requests for m in with_index) == len(client.asked)


def test_a_year_off_every_release_is_matched_by_the_search_as_before(
    client, index, monkeypatch
) -> None:
    fight_club = film("Fight Club")

    match = resolve("Fight Club", 2001, client)

    # The details fetched for the index are reused by the searches' match: nothing asked twice.
    paths = [path for path, _ in client.asked]
    assert paths[0] == f"/movie/{fight_club.tmdb_id}"
    assert "/search/movie" in paths
    assert paths.count(f"/movie/{fight_club.tmdb_id}") == 1
    assert match.requests == len(client.asked)
    forget_everything()
    monkeypatch.setattr(lookup, "_from_index", lambda name, year, client: (None, 0))
    assert outcome(match) == outcome(resolve("Fight Club", 2001, client))


def test_a_title_several_films_share_goes_to_the_search_without_a_details_request(
    client, index
) -> None:
    psycho = film("Psycho", 1998)

    match = resolve("Psycho", 1998, client)

    assert match.tmdb_id == psycho.tmdb_id
    assert client.asked[0][0] == "/search/movie"
    assert not any("release_dates" in str(params) for _, params in client.asked)


def test_an_indexed_film_tmdb_no_longer_has_is_searched_for(client, tmp_path) -> None:
    fight_club = film("Fight Club")
    load_title_index(export_with(tmp_path, (999_999_999, "Fight Club")))

    match = resolve("Fight Club", 1999, client)

    assert match.tmdb_id == fight_club.tmdb_id and match.sure
    assert [path for path, _ in client.asked][:2] == ["/movie/999999999", "/search/movie"]


def test_a_premiere_the_year_before_the_release_is_one_request_too(client, index) -> None:
    pulp_fiction = film("Pulp Fiction")  # 1994 at Cannes, 1995 in most countries' cinemas

    match = resolve("Pulp Fiction", 1995, client)

    assert (match.tmdb_id, match.sure, match.requests) == (pulp_fiction.tmdb_id, True, 1)


def test_a_cached_film_under_its_original_title_costs_no_request(client, index) -> None:
    resolve("Fight Club", 1999, client)
    TmdbSearchResult.objects.all().delete()  # the film's details stay cached
    client.asked.clear()

    match = resolve("Fight Club", 1999, client)

    assert match.sure and match.requests == 0 and client.asked == []


def test_a_refused_key_stops_the_index_step_as_it_stops_the_searches(fake_tmdb, index) -> None:
    _, base_url = fake_tmdb
    client = TmdbClient("wrong-key", base_url, sleep=lambda s: None)

    with pytest.raises(TmdbAuthError):
        resolve("Fight Club", 1999, client)
