"""What a progress poll answers, computed once a second per session and shared by every poll.

Every open dashboard polls its progress card every 2 s (and API clients poll the status).
Each poll used to read the session, count its films by status (a GROUP BY over them), advance
the shared pace in the cache and render: about 7 ms of CPU on a 2-core machine. With hundreds
of members watching while workers enrich, that CPU, not the database, the rate limiter or a
lock, is what held polls back (README, "Scaling"). Now the first poll of a second takes a
snapshot (the session and its live progress) into the cache, and the others of that second,
on any web node, read it (from the process's own copy when it has one): a poll then costs
at most one cache read. A member sees counts at most
`POLL_SNAPSHOT_SECONDS` old on a card redrawn every 2 s.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from uuid import UUID

from django.conf import settings
from django.core.cache import cache

from sessions_app.models import UploadSession
from sessions_app.progress import Progress


@dataclass(frozen=True)
class PollSnapshot:
    session: UploadSession
    progress: Progress
    taken_at: float  # Unix time


def _key(session_id: UUID | str) -> str:
    return f"poll-snapshot:{session_id}"


# This process's copies, in front of the shared cache: most polls of a second then cost not
# even a cache round trip. Pruned of stale ones as it grows.
_LOCAL: dict[str, PollSnapshot] = {}
_LOCAL_LOCK = threading.Lock()
_LOCAL_PRUNE_AT = 1000


def _fresh(session_id: UUID | str, now: float) -> PollSnapshot | None:
    seconds = settings.POLL_SNAPSHOT_SECONDS
    if seconds <= 0:
        return None
    snapshot = _LOCAL.get(str(session_id))
    if snapshot is None or not 0 <= now - snapshot.taken_at < seconds:
        snapshot = cache.get(_key(session_id))
        if snapshot is None or not 0 <= now - snapshot.taken_at < seconds:
            return None
        _keep_locally(snapshot, now)
    return snapshot


def _keep_locally(snapshot: PollSnapshot, now: float) -> None:
    with _LOCAL_LOCK:
        if len(_LOCAL) >= _LOCAL_PRUNE_AT:
            seconds = settings.POLL_SNAPSHOT_SECONDS
            for key in [k for k, v in _LOCAL.items() if not 0 <= now - v.taken_at < seconds]:
                del _LOCAL[key]
        _LOCAL[str(snapshot.session.pk)] = snapshot


def _store(snapshot: PollSnapshot, now: float) -> None:
    seconds = settings.POLL_SNAPSHOT_SECONDS
    if seconds > 0:
        # The cache drops it soon after; `taken_at` decides whether it is still fresh.
        cache.set(_key(snapshot.session.pk), snapshot, math.ceil(seconds) + 1)
        _keep_locally(snapshot, now)


def poll_snapshot(session_id: UUID | str, now: float) -> PollSnapshot | None:
    """The session and its live progress as of at most POLL_SNAPSHOT_SECONDS ago; None when
    there is no such session."""
    snapshot = _fresh(session_id, now)
    if snapshot is not None:
        return snapshot
    session = UploadSession.objects.filter(pk=session_id).first()
    if session is None:
        return None
    snapshot = PollSnapshot(session, session.live_progress(now), now)
    _store(snapshot, now)
    return snapshot


def live_progress(session: UploadSession, now: float) -> Progress:
    """`session.live_progress(now)`, taken from the poll snapshot when that is fresh and of the
    same films and status (every change to the films bumps `stats_version`): exact, and a
    page read by many at once counts the films once a second, not once a reader."""
    snapshot = _fresh(session.pk, now)
    if (
        snapshot is not None
        and snapshot.session.stats_version == session.stats_version
        and snapshot.session.status == session.status
    ):
        return snapshot.progress
    progress = session.live_progress(now)
    _store(PollSnapshot(session, progress, now), now)
    return progress


def forget(session_id: UUID | str) -> None:
    """Drop the session's snapshot (it was deleted: its next poll must say so). Other
    processes may keep their copy for the rest of its second."""
    cache.delete(_key(session_id))
    with _LOCAL_LOCK:
        _LOCAL.pop(str(session_id), None)
