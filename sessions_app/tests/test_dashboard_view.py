from __future__ import annotations

import base64
import hashlib
import json
import re
from datetime import date
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache

from movies.models import Movie
from movies.session_stats import session_stats
from movies.stats import dashboard_stats
from movies.tests.factories import make_big_session, make_film, make_session, make_tmdb
from movies.tests.stats_rows import FilmRow, TmdbRow, ViewingRow, stats_from_rows
from sessions_app.models import UploadSession

pytestmark = pytest.mark.django_db

CHARTS = {
    "ratings",
    "rating_vs_tmdb",
    "release_years",
    "decades",
    "months",
    "weekdays",
    "genres_watched",
    "genres_rated",
    "directors_watched",
    "directors_rated",
    "actors_watched",
    "actors_rated",
    "countries",
    "languages",
    "runtimes",
    "box_office",
    "popularity",
    "tags_used",
    "tags_rated",
}


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def chart_data(response) -> dict:
    match = re.search(
        rb'<script id="chart-data" type="application/json">(.*?)</script>', response.content, re.S
    )
    assert match, "the page carries its chart data"
    return json.loads(match.group(1))


def stat(response, name: str) -> str:
    match = re.search(rf'data-stat="{name}">([^<]*)<'.encode(), response.content)
    assert match, name
    return match.group(1).decode()


@pytest.fixture
def session():
    """A small completed session with TMDB data on every film and two diary years."""
    session = make_session()
    varda = [{"id": 1, "name": "Agnès Varda"}]
    films = [
        (
            "Cléo from 5 to 7",
            1962,
            4.5,
            [date(2023, 3, 1)],
            dict(genres=["Drama"], directors=varda),
        ),
        ("Vagabond", 1985, 4.0, [date(2023, 3, 2), date(2024, 1, 5)], dict(directors=varda)),
        (
            "Jaws",
            1975,
            3.5,
            [date(2024, 6, 1)],
            dict(genres=["Thriller"], revenue=470_000_000, budget=7_000_000),
        ),
        ("Playtime", 1967, 5.0, [date(2024, 6, 2)], dict(genres=["Comedy"], popularity=2.0)),
    ]
    for i, (name, year, rating, watched, extra) in enumerate(films):
        tmdb = make_tmdb(9000 + i, runtime=90 + i * 10, vote_average=6.0 + i / 2, **extra)
        make_film(session, name, year=year, rating=rating, watched=watched, tmdb=tmdb)
    return session


def test_dashboard_shows_the_headline_cards(client, session):
    response = client.get(f"/s/{session.pk}/")

    assert response.status_code == 200
    assert stat(response, "films") == "4"
    assert stat(response, "diary_entries") == "5"
    assert stat(response, "average_rating") == "4.25"
    assert stat(response, "directors") == "1"
    assert "cinephile’s" in response.content.decode()


def test_every_chart_has_its_data_and_a_canvas_with_a_table(client, session):
    response = client.get(f"/s/{session.pk}/")
    content = response.content.decode()

    assert set(chart_data(response)) == CHARTS
    no_data = {"rating_vs_tmdb", "genres_rated", "directors_rated", "actors_rated", "tags_used"}
    for name in CHARTS - no_data - {"tags_rated"}:
        assert f'data-chart="{name}"' in content, name
    # Every chart, and every row of posters, has its table.
    assert content.count('<details class="chart-table">') == content.count(
        "data-chart="
    ) + content.count('<ol class="film-grid"')


def test_a_chart_without_data_says_so_instead_of_drawing_nothing(client):
    session = make_session()
    make_film(session, "No TMDB data yet", rating=3)

    response = client.get(f"/s/{session.pk}/")

    assert response.status_code == 200
    assert 'data-chart="genres_watched"' not in response.content.decode()
    assert "Appears once TMDB data arrives." in response.content.decode()


def test_an_empty_session_renders(client):
    session = make_session(total_movies=0)
    response = client.get(f"/s/{session.pk}/")
    assert response.status_code == 200
    assert stat(response, "films") == "0"


def test_the_year_selector_filters_every_statistic_to_that_years_diary(client, session):
    all_time = client.get(f"/s/{session.pk}/")
    in_2023 = client.get(f"/s/{session.pk}/?year=2023")

    assert in_2023.status_code == 200
    assert stat(all_time, "films") == "4"
    assert stat(in_2023, "films") == "2"
    assert stat(in_2023, "diary_entries") == "2"
    assert chart_data(in_2023)["months"]["labels"][0] == "Jan"
    content = in_2023.content.decode()
    assert "2023 in review" in content
    assert '<option value="2023" selected>' in content


def test_a_year_without_diary_entries_says_so(client, session):
    response = client.get(f"/s/{session.pk}/?year=1990")
    assert response.status_code == 200
    assert "No diary entries are dated 1990" in response.content.decode()


def test_a_malformed_year_answers_400_with_the_form_error(client, session):
    response = client.get(f"/s/{session.pk}/?year=soon")
    assert response.status_code == 400
    assert "field-error" in response.content.decode()


def test_an_unknown_session_is_404(client):
    response = client.get("/s/00000000-0000-0000-0000-000000000000/")
    assert response.status_code == 404


def test_the_dashboard_of_a_big_session_costs_a_bounded_number_of_queries(
    client, django_assert_max_num_queries
):
    session = make_big_session(n_films=600, n_viewings=900)
    # Session, progress counts, films to check, films (with their posters and tags), viewings,
    # the shown people's names and faces.
    with django_assert_max_num_queries(6):
        assert client.get(f"/s/{session.pk}/").status_code == 200
    # Cached: the session, the progress counts and the films to check only.
    with django_assert_max_num_queries(3):
        assert client.get(f"/s/{session.pk}/").status_code == 200
    with django_assert_max_num_queries(6):
        assert client.get(f"/s/{session.pk}/?year=2015").status_code == 200


def test_cached_stats_are_invalidated_when_the_films_change(client, session):
    assert stat(client.get(f"/s/{session.pk}/"), "films") == "4"
    make_film(session, "Le Bonheur", rating=4)
    # Still the cached figures until the version moves…
    assert stat(client.get(f"/s/{session.pk}/"), "films") == "4"
    session.bump_stats_version()
    # …then the new ones.
    assert stat(client.get(f"/s/{session.pk}/"), "films") == "5"


def test_the_stats_fragment_renders_the_statistics_alone(client, session):
    response = client.get(f"/s/{session.pk}/stats/?year=2024")
    content = response.content.decode()

    assert response.status_code == 200
    assert "<html" not in content
    assert 'id="chart-data"' in content
    assert stat(response, "films") == "3"


def test_the_stats_fragment_brings_the_match_check_summary_up_to_date(client, session):
    """Opened while matching ran, the page said "nothing to check so far"; the refresh that
    brings the final statistics also swaps in the films left to check."""
    make_film(session, "Nowhere to Be Found", enrichment_status="not_found")

    content = client.get(f"/s/{session.pk}/stats/").content.decode()

    check = re.search(r'<section id="check"[^>]*>(.*?)</section>', content, re.S)
    assert check and 'hx-swap-oob="true"' in check.group(0)
    assert "Check 1 match →" in check.group(1)


def test_the_stats_fragment_rejects_a_malformed_year(client, session):
    assert client.get(f"/s/{session.pk}/stats/?year=x").status_code == 400


def test_the_loaded_columns_give_the_same_stats_as_rows_built_by_hand(session):
    """The SQL-side plucking and flattening loses nothing: the same films as plain rows, built
    from the ORM one by one, give the same statistics."""
    from movies.models import Movie, Viewing
    from movies.session_stats import load_tables

    def row(movie: Movie) -> FilmRow:
        t = movie.tmdb_movie
        tmdb = t and TmdbRow(
            tmdb_id=t.tmdb_id,
            genres=t.genres,
            directors=t.directors,
            cast_ids=[p["id"] for p in t.cast],
            cast_names=[p["name"] for p in t.cast],
            runtime=t.runtime,
            budget=t.budget,
            revenue=t.revenue,
            popularity=t.popularity,
            vote_average=t.vote_average,
            vote_count=t.vote_count,
            countries=t.countries,
            languages=t.languages,
            original_language=t.original_language,
        )
        rating = float(movie.rating) if movie.rating is not None else None
        return FilmRow(
            movie.id,
            movie.name,
            movie.year,
            movie.letterboxd_uri,
            rating,
            movie.liked,
            movie.marked_watched_on,
            movie.enrichment_status,
            tmdb,
        )

    movies = Movie.objects.filter(session=session).select_related("tmdb_movie").order_by("id")
    films = [row(m) for m in movies]
    viewings = [
        ViewingRow(v.movie_id, v.watched_on, None, v.rewatch, bool(v.review))
        for v in Viewing.objects.filter(session=session)
    ]
    for year in (None, 2023, 2024):
        assert dashboard_stats(*load_tables(session.pk, year), year=year) == stats_from_rows(
            films, viewings, year
        )


def test_film_names_with_html_are_shown_as_text(client):
    session = make_session()
    name = "<img src=x onerror=alert(1)>"
    tmdb = make_tmdb(runtime=400, revenue=10**10, popularity=999)
    make_film(session, name, rating=5, watched=[date(2024, 1, 1)], tmdb=tmdb)

    response = client.get(f"/s/{session.pk}/")
    content = response.content.decode()

    assert name not in content
    assert "&lt;img src=x onerror=alert(1)&gt;" in content
    # In the JSON for the charts, `<` is escaped too, so the script element cannot be closed.
    assert "\\u003Cimg src=x onerror=alert(1)\\u003E" in content
    assert chart_data(response)["box_office"]["labels"] == [f"{name} (1962)"]


def test_a_film_uri_that_is_not_letterboxd_is_not_linked(client):
    session = make_session()
    tmdb = make_tmdb(runtime=500)
    make_film(session, "Sneaky", tmdb=tmdb, letterboxd_uri="javascript:alert(1)")
    content = client.get(f"/s/{session.pk}/").content.decode()
    assert "javascript:alert(1)" not in content


def test_the_page_credits_tmdb_with_its_notice_and_logo(client, session):
    content = client.get(f"/s/{session.pk}/").content.decode()
    assert "This product uses the TMDB API but is not endorsed or certified by TMDB." in content
    assert 'src="/static/img/tmdb-logo.svg"' in content


def test_chart_js_comes_from_the_cdn_with_the_sri_of_the_vendored_copy_and_a_fallback(
    client, session
):
    content = client.get(f"/s/{session.pk}/").content.decode()
    cdn = re.search(
        r'<script src="(https://cdn\.jsdelivr\.net/[^"]+)" integrity="([^"]+)"', content
    )
    assert cdn, "Chart.js is loaded from the CDN with an integrity hash"
    version = re.search(r"chart\.js@([\d.]+)/", cdn.group(1)).group(1)
    vendored = Path(settings.BASE_DIR, "static", "vendor", f"chart-{version}.umd.min.js")
    digest = base64.b64encode(hashlib.sha384(vendored.read_bytes()).digest()).decode()
    assert cdn.group(2) == f"sha384-{digest}"
    assert 'crossorigin="anonymous"' in content
    # The fallback is a file of ours, not an inline script: the CSP allows none.
    assert (
        '<script src="/static/js/chart-fallback.js" '
        f'data-fallback="/static/vendor/chart-{version}.umd.min.js">'
    ) in content


def test_htmx_2_is_vendored_and_loaded_locally(client, session):
    content = client.get(f"/s/{session.pk}/").content.decode()
    src = re.search(r'<script src="/static/vendor/(htmx-(2\.0\.\d+)\.min\.js)"', content)
    assert src, "htmx 2.0.x is served from static/vendor"
    assert Path(settings.BASE_DIR, "static", "vendor", src.group(1)).is_file()


def test_a_failed_session_shows_its_error(client):
    session = make_session(status=UploadSession.Status.FAILED, error_message="The ZIP was empty.")
    response = client.get(f"/s/{session.pk}/")
    assert response.status_code == 200
    assert "The ZIP was empty." in response.content.decode()


def test_load_tables_hands_the_pure_module_typed_columns(session):
    from movies.session_stats import load_tables

    films, viewings = load_tables(session.pk)
    jaws = films.name.index("Jaws")

    assert (films.year[jaws], films.rating[jaws], films.status[jaws]) == (1975, 3.5, "enriched")
    assert films.uri[jaws].startswith("https://boxd.it/")
    assert (films.revenue[jaws], films.budget[jaws], films.runtime[jaws]) == (
        470_000_000,
        7_000_000,
        110,
    )
    assert films.credits["genres"].keys[jaws] == ["Thriller"]
    assert films.credits["languages"].keys[jaws] == ["English"]
    # People by TMDB id; their names only when asked, in one query.
    (actor,) = films.credits["actors"].keys[jaws]
    (director,) = films.credits["directors"].keys[jaws]
    names = films.people_names({"actors": {actor}, "directors": {director}})
    assert names == {"actors": {actor: "Tilda Swinton"}, "directors": {director: "Agnès Varda"}}
    jaws_id = films.id[jaws]
    assert [
        d for m, d in zip(viewings.movie_id, viewings.watched_on, strict=True) if m == jaws_id
    ] == [date(2024, 6, 1)]
    assert all(isinstance(flag, bool) for flag in viewings.rewatch + viewings.has_review)


def test_load_tables_for_a_year_keeps_only_that_years_films(session):
    from movies.session_stats import load_tables

    films, viewings = load_tables(session.pk, 2023)
    assert sorted(films.name) == ["Cléo from 5 to 7", "Vagabond"]
    assert len(viewings.movie_id) == 5


def test_the_dashboard_links_to_the_films_table_and_the_match_checks(client, session):
    content = client.get(f"/s/{session.pk}/").content.decode()
    assert f'href="/s/{session.pk}/films/"' in content
    assert f'href="/s/{session.pk}/check/"' in content


def test_directors_and_actors_link_to_their_films_and_a_year_to_its_films(client, session):
    content = client.get(f"/s/{session.pk}/").content.decode()
    assert f'href="/s/{session.pk}/films/?director=1"' in content
    assert f'href="/s/{session.pk}/films/?actor=10"' in content  # the factories' Tilda Swinton

    year = client.get(f"/s/{session.pk}/", {"year": 2024}).content.decode()
    assert f'href="/s/{session.pk}/films/?watched_in=2024"' in year


def test_warmed_stats_let_the_first_visit_render_from_the_cache(
    client, session, django_assert_max_num_queries
):
    from enrichment.tasks import warm_stats

    warm_stats(session.pk)
    with django_assert_max_num_queries(3):
        assert client.get(f"/s/{session.pk}/").status_code == 200
    # The films table's filter choices too: the page's own query, and the session's.
    with django_assert_max_num_queries(3):
        assert client.get(f"/s/{session.pk}/films/").status_code == 200


def test_people_are_named_from_their_own_films_and_namesakes_stay_apart(db):
    """Names are read only for the people shown, from a film each one is in."""
    session = make_session()

    def person(person_id, name):
        return {"id": person_id, "name": name, "character": "", "order": 0}

    # Two directors called Kim Lee; an actor who first appears in the third film.
    kim_one, kim_two = {"id": 71, "name": "Kim Lee"}, {"id": 72, "name": "Kim Lee"}
    late = person(900, "Late Bloomer")
    for i, (director, cast) in enumerate(
        [
            (kim_one, [person(800, "Early Bird")]),
            (kim_one, [person(800, "Early Bird")]),
            (kim_two, [late, person(800, "Early Bird")]),
            (kim_two, [late]),
            (kim_two, [late]),
        ]
    ):
        make_film(
            session,
            f"Film {i}",
            rating=4,
            tmdb=make_tmdb(70_000 + i, directors=[director], cast=cast),
        )

    stats = session_stats(session)

    directors = [(d["id"], d["name"], d["count"]) for d in stats["directors"]["watched"]]
    assert directors == [(72, "Kim Lee", 3), (71, "Kim Lee", 2)]
    actors = [(a["id"], a["name"], a["count"]) for a in stats["actors"]["watched"]]
    assert actors == [(800, "Early Bird", 3), (900, "Late Bloomer", 3)]
    assert stats["charts"]["actors_watched"]["labels"] == ["Early Bird", "Late Bloomer"]


def test_a_film_only_liked_counts_among_the_likes_and_in_no_other_figure(client, session):
    likes_before = int(stat(client.get(f"/s/{session.pk}/"), "likes"))
    liked = make_film(
        session, "Liked, Never Seen", year=2001, liked=True, tmdb=make_tmdb(9100, genres=["Polka"])
    )
    Movie.objects.filter(pk=liked.pk).update(watched=False)
    UploadSession.objects.filter(pk=session.pk).bump_stats_version()

    response = client.get(f"/s/{session.pk}/")
    page = response.content.decode()

    assert stat(response, "films") == "4"
    assert stat(response, "likes") == str(likes_before + 1)
    assert "Polka" not in page
    assert "1 film you liked but never marked watched" in page


def test_the_ratings_table_writes_ratings_as_stars(client, session):
    content = client.get(f"/s/{session.pk}/").content.decode()
    assert '<span aria-hidden="true" class="stars">★★★★½</span>' in content
    assert '<span class="visually-hidden">4.5 stars</span>' in content


def test_most_rewatched_counts_rewatches_in_words(client):
    session = make_session()
    days = [date(2023, 1, d) for d in range(1, 9)]
    make_film(session, "A very long title " * 6, watched=days, rewatches=7)
    content = client.get(f"/s/{session.pk}/").content.decode()
    assert '<span class="num">7 rewatches</span>' in content
    assert "8×" not in content


def test_a_year_in_review_says_what_its_likes_and_average_rating_are(client, session):
    Movie.objects.filter(name="Jaws").update(liked=True)
    content = client.get(f"/s/{session.pk}/", {"year": 2024}).content.decode()
    assert "You like <strong>1</strong> of these films." in content
    assert "The 3 you rated average <strong>4.17 ★</strong>." in content
    assert "Letterboxd keeps one of each per film, not one per diary entry" in content
    assert "of 2024’s films, liked at any time" in content
    assert "of 3 rated films, as rated today" in content


def test_the_statistics_are_drawn_once_per_version_of_the_films(client, django_assert_num_queries):
    session = make_session(status=UploadSession.Status.COMPLETED)
    film = make_film(session, "Cléo from 5 to 7", watched=[date(2024, 3, 1)], rating="4")
    url = session.get_absolute_url()
    first = client.get(url).content.decode()
    # A change the worker, the check page and the admin would each follow with a bump.
    Movie.objects.filter(pk=film.pk).update(name="Le Bonheur")

    # The same version: the drawn statistics, the counts beside them and the progress card's
    # snapshot all come from the cache: the session's row is the one query.
    with django_assert_num_queries(1):
        unchanged = client.get(url).content.decode()
    session.bump_stats_version()
    changed = client.get(url).content.decode()

    assert "Cléo from 5 to 7" in first and "Le Bonheur" not in unchanged
    assert "Le Bonheur" in changed
