from __future__ import annotations

import time
import uuid
from datetime import timedelta
from io import StringIO
from types import SimpleNamespace

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


class Terminal(StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def tmdb_down(tmdb, monkeypatch, settings):
    """TMDB answers every request with a 5xx: a passing failure, tried again after a backoff.

    The backoff is a minute on a clock the command's waits move on, rather than a short real
    one: however long a busy machine takes to fail the films, the wait is still ahead of it.
    """
    from django.utils import timezone

    from enrichment import tmdb_client, worker

    monkeypatch.setattr(tmdb_client, "BACKOFF_BASE", 0.0)
    settings.ENRICH_RETRY_BACKOFF = 60
    waited = [0.0]
    real_now = timezone.now
    monkeypatch.setattr(timezone, "now", lambda: real_now() + timedelta(seconds=waited[0]))
    monkeypatch.setattr(
        worker,
        "time",
        SimpleNamespace(monotonic=time.monotonic, sleep=lambda s: waited.append(waited.pop() + s)),
    )
    tmdb.configure({"fault_rate_5xx": 1.0})
    yield tmdb
    tmdb.configure({"fault_rate_5xx": 0.0})


def test_enrich_session_exits_1_and_says_which_films_failed_and_why(tmdb_down, settings):
    settings.ENRICH_RETRY_ATTEMPTS = 2
    session = make_session()
    out, err = StringIO(), StringIO()

    with pytest.raises(CommandError, match="5 films failed") as raised:
        call_command("enrich_session", str(session.pk), stdout=out, stderr=err)

    assert raised.value.returncode == 1
    assert "Films that failed, and why:" in err.getvalue()
    assert "  Parasite (2019): TMDB did not answer" in err.getvalue()
    assert "(after 2 tries)" in err.getvalue()
    assert "--retry-failed" in str(raised.value)
    # Between the tries it said, second by second, what it waited for.
    assert "5 to try again in 1 s: TMDB did not answer" in out.getvalue()


def test_enrich_session_draws_a_live_bar_film_by_film_on_a_terminal(tmdb, monkeypatch):
    from enrichment.management.commands import enrich_session

    monkeypatch.setattr(enrich_session, "REDRAW_SECONDS", 0.0)
    session = make_session()
    out = Terminal()

    call_command("enrich_session", str(session.pk), stdout=out)

    frames = [frame for frame in out.getvalue().split("\r") if frame.startswith("[")]
    shown = [frame.split("] ", 1)[1].split(" films")[0] for frame in frames]
    # Every film shows as it is looked up, not only when its chunk of 25 ends.
    assert {"1/5", "2/5", "3/5", "4/5", "5/5"} <= set(shown)
    assert "Session completed: 4 of 5 films enriched, 1 not found, 0 TV, 0 failed." in (
        out.getvalue()
    )


def test_enrich_session_without_a_terminal_writes_plain_lines(tmdb):
    out = StringIO()
    call_command("enrich_session", str(make_session().pk), stdout=out)
    assert "\r" not in out.getvalue() and "\x1b" not in out.getvalue()
    assert out.getvalue().splitlines()[-2] == "5/5 films"
