"""The read-only share link: it shows the statistics, and can delete, fix or retry nothing."""

from __future__ import annotations

import io
import re
import uuid
from datetime import date

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from PIL import Image

from movies import share_image
from movies.models import Movie
from movies.tests.factories import make_film, make_session, make_tmdb
from sessions_app.models import UploadSession

pytestmark = pytest.mark.django_db

XSS = "<img src=x onerror=alert(1)>"


@pytest.fixture
def session() -> UploadSession:
    session = make_session(upload_metadata={"username": "alice"}, total_movies=3)
    for i, genre in enumerate(["Drama", "Comedy", "Drama"]):
        make_film(
            session,
            f"Film {i}",
            rating=3 + i / 2,
            watched=[date(2024, 3, 1 + i)],
            tmdb=make_tmdb(genres=[genre], directors=[{"id": 7, "name": "Agnès Varda"}]),
        )
    make_film(session, XSS, watched=[date(2023, 5, 1)], enrichment_status="failed")
    return session


def shared(session: UploadSession) -> str:
    session.share()
    return session.share_token


def owner_paths(session_id: uuid.UUID) -> list[str]:
    """Every URL that takes a session id (the owner's pages, actions and API), for this id."""
    paths = []

    def walk(patterns, prefix: str = "", namespace: str = "") -> None:
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
            elif isinstance(pattern, URLPattern) and "session_id" in str(pattern.pattern):
                route = prefix + str(pattern.pattern)
                path = "/" + re.sub(r"<uuid:session_id>", str(session_id), route)
                path = re.sub(r"<int:\w+>", "1", path)
                path = re.sub(r"<slug:\w+>", "story", path)
                paths.append(path)

    walk(get_resolver().url_patterns)
    return paths


def test_owner_paths_cover_every_owner_action():
    paths = owner_paths(uuid.UUID(int=1))
    for needed in ("/delete/", "/retry/", "/fix/", "/check/", "/share/", "/watchlist/"):
        assert any(needed in path for path in paths), needed
    assert any(path.startswith("/api/session/") and "retry" in path for path in paths)


def test_every_owner_url_with_the_share_token_is_not_found(client, session):
    token = shared(session)
    paths = owner_paths(session.pk)
    for path in paths:
        with_token = path.replace(str(session.pk), token)
        assert client.get(with_token).status_code == 404, with_token
        assert client.post(with_token).status_code == 404, with_token
    # Nothing was deleted, retried or changed.
    session.refresh_from_db()
    assert session.share_token == token
    assert Movie.objects.filter(session=session, enrichment_status="failed").count() == 1


def test_the_share_page_shows_the_statistics_and_nothing_of_the_owners(client, session):
    token = shared(session)

    response = client.get(f"/share/{token}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-stat="films">4<' in html
    assert "alice’s" in html
    # No owner URL, no key, no form that writes.
    assert str(session.pk) not in html and session.pk.hex not in html
    assert "/s/" not in html
    assert 'method="post"' not in html.lower()
    for owner_words in ("Delete", "Try again", "Check these matches", "Download", "Fix"):
        assert owner_words not in html
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert '<meta name="robots" content="noindex, nofollow">' in html


def test_the_share_page_links_rankings_to_the_shared_films_table(client, session):
    token = shared(session)

    html = client.get(f"/share/{token}/").content.decode()

    assert f'href="/share/{token}/films/?director=7"' in html


def test_the_share_page_previews_with_an_absolute_image_url(client, session):
    token = shared(session)

    html = client.get(f"/share/{token}/?year=2024").content.decode()

    image = f"http://testserver/share/{token}/image/preview.png?year=2024"
    assert f'<meta property="og:image" content="{image}">' in html
    assert '<meta property="og:image:width" content="1200">' in html
    assert '<meta property="og:title" content="alice’s 2024 in review · letterboxd-stats">' in html
    assert f'<meta property="og:url" content="http://testserver/share/{token}/?year=2024">' in html
    assert "2024 in review" in html


def test_the_shared_films_table_is_read_only_and_escaped(client, session):
    token = shared(session)

    response = client.get(f"/share/{token}/films/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Film 1" in html
    assert XSS not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "Fix" not in html and "/fix/" not in html
    assert str(session.pk) not in html and "/s/" not in html
    assert f'href="/share/{token}/"' in html  # back to the shared statistics


def test_a_new_link_replaces_the_old_and_off_ends_it(client, session):
    first = shared(session)
    manage = reverse("sessions_app:share_manage", args=[session.pk])

    response = client.post(manage, {"action": "renew"})

    assert response.status_code == 303
    session.refresh_from_db()
    second = session.share_token
    assert second and second != first
    assert client.get(f"/share/{first}/").status_code == 404
    assert client.get(f"/share/{first}/image/story.png").status_code == 404
    assert client.get(f"/share/{second}/").status_code == 200

    client.post(manage, {"action": "stop"})

    session.refresh_from_db()
    assert session.share_token is None
    gone = client.get(f"/share/{second}/")
    assert gone.status_code == 404
    assert "This share link is off" in gone.content.decode()


def test_the_owner_makes_a_link_from_the_dashboard(client, session):
    dashboard = client.get(f"/s/{session.pk}/").content.decode()
    assert "Make a share link" in dashboard

    response = client.post(f"/s/{session.pk}/share/", {"action": "share"}, follow=True)

    session.refresh_from_db()
    html = response.content.decode()
    assert f'value="http://testserver/share/{session.share_token}/"' in html
    assert "Turn sharing off" in html and "Make a new link" in html


def test_managing_the_link_takes_a_post_with_a_known_action(client, session):
    manage = f"/s/{session.pk}/share/"
    assert client.get(manage).status_code == 405
    assert client.post(manage, {"action": "everything"}).status_code == 400
    session.refresh_from_db()
    assert session.share_token is None


def test_unknown_share_tokens_are_not_found(client, session):
    shared(session)
    for token in ("", "x", "a" * 22, str(session.pk)):
        assert client.get(f"/share/{token}/").status_code == 404


@pytest.mark.parametrize(("shape", "size"), [("story", (1080, 1920)), ("preview", (1200, 630))])
def test_share_images_are_pngs_of_their_shape(client, session, shape, size):
    token = shared(session)

    for url in (
        f"/share/{token}/image/{shape}.png",
        f"/s/{session.pk}/image/{shape}.png?year=2024",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"] == "image/png"
        image = Image.open(io.BytesIO(response.content))
        assert (image.format, image.size) == ("PNG", size)


def test_a_share_image_is_drawn_once_per_version_of_the_films(client, session, monkeypatch):
    token = shared(session)
    drawn = []
    render = share_image.render
    monkeypatch.setattr(
        share_image, "render", lambda card, shape: drawn.append(card) or render(card, shape)
    )

    client.get(f"/share/{token}/image/preview.png")
    client.get(f"/share/{token}/image/preview.png")
    assert len(drawn) == 1
    assert drawn[0].title == "alice’s films"

    session.bump_stats_version()
    client.get(f"/share/{token}/image/preview.png")
    assert len(drawn) == 2


def test_share_image_of_an_unknown_shape_or_year_is_not_found(client, session):
    token = shared(session)
    assert client.get(f"/share/{token}/image/banner.png").status_code == 404
    assert client.get(f"/share/{token}/image/story.png?year=abc").status_code == 404
