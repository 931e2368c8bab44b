from __future__ import annotations

import uuid
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from enrichment.tests.sessions import make_session
from movies.models import Movie
from sessions_app.models import UploadSession

pytestmark = pytest.mark.django_db


def test_enrich_session_completes_a_session_in_the_foreground(tmdb):
    session = make_session()
    out = StringIO()

    call_command("enrich_session", str(session.pk), stdout=out)

    session.refresh_from_db()
    assert session.status == UploadSession.Status.COMPLETED
    assert "Session completed" in out.getvalue()
    assert "5/5 films" in out.getvalue()


def test_enrich_session_rejects_a_malformed_id():
    with pytest.raises(CommandError, match="is not a session id"):
        call_command("enrich_session", "not-a-uuid")


def test_enrich_session_rejects_an_unknown_id():
    with pytest.raises(CommandError, match="No session"):
        call_command("enrich_session", str(uuid.uuid4()))


def test_enrich_session_without_a_key_fails_with_the_reason(settings):
    settings.TMDB_API_KEY = ""
    session = make_session()
    with pytest.raises(CommandError, match="TMDB_API_KEY"):
        call_command("enrich_session", str(session.pk), stdout=StringIO())


def test_enrich_session_with_an_invalid_key_fails_and_keeps_films_pending(tmdb, settings):
    settings.TMDB_API_KEY = "wrong"
    session = make_session()
    with pytest.raises(CommandError, match="API key"):
        call_command("enrich_session", str(session.pk), stdout=StringIO())
    assert Movie.objects.filter(enrichment_status="pending").count() == 5


def test_retry_failed_puts_failed_films_back(tmdb):
    session = make_session()
    Movie.objects.filter(name="Parasite").update(enrichment_status="failed", enrichment_error="x")
    session.status = UploadSession.Status.COMPLETED
    session.save()

    call_command("enrich_session", str(session.pk), "--retry-failed", stdout=StringIO())

    assert Movie.objects.get(name="Parasite").enrichment_status == "enriched"
