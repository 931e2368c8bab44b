from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from enrichment.models import TmdbMovie
from movies.models import Movie, Viewing
from sessions_app.models import UploadSession
from sessions_app.tasks import delete_expired_sessions

pytestmark = pytest.mark.django_db


def test_expired_sessions_go_with_their_films_and_viewings_but_the_tmdb_cache_stays():
    tmdb = TmdbMovie.objects.create(tmdb_id=550, title="Fight Club")
    old = UploadSession.objects.create(expires_at=timezone.now() - timedelta(seconds=1))
    kept = UploadSession.objects.create()
    for session in (old, kept):
        movie = Movie.objects.create(
            session=session, name="Fight Club", letterboxd_uri="u", tmdb_movie=tmdb
        )
        Viewing.objects.create(session=session, movie=movie)

    assert delete_expired_sessions() == 1

    assert list(UploadSession.objects.all()) == [kept]
    assert Movie.objects.get().session == kept
    assert Viewing.objects.count() == 1
    assert TmdbMovie.objects.filter(pk=550).exists()


def test_a_new_session_expires_in_thirty_days():
    session = UploadSession.objects.create()
    assert timedelta(days=29, hours=23) < session.expires_at - timezone.now() <= timedelta(days=30)
