"""How far a session's enrichment has gone, as the progress card and the API show it, and a
steady estimate of the time left. Pure: the pace between polls is handed in and out."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime

from django.utils.translation import ngettext

# The estimate follows the pace of the last minute and a half: long enough to even out chunks
# of films finishing together, short enough to follow TMDB slowing down. The films done before
# the first look (the cache's, in a burst) never count: they say nothing of the pace.
WINDOW_SECONDS = 90.0
# A pace measured over less than this is noise: until then the card says "estimating…".
MIN_SPAN_SECONDS = 20.0
# The shown estimate counts down by itself and moves towards a new one by at most this share
# (and a second) per second: a change of pace shows within seconds, a lump of films never as a
# jump.
MAX_CHANGE_PER_SECOND = 0.05
# No film done for this long, with films waiting that no backoff holds back: say so.
STALL_SECONDS = 120.0
# Samples are kept at least this far apart, however many pages poll.
SAMPLE_SPACING_SECONDS = 1.0


@dataclass(frozen=True)
class Pace:
    """What the progress card saw on its last polls: (Unix time, films done) samples of the
    last WINDOW_SECONDS, the estimate it showed and when, and since when nothing changed."""

    samples: tuple[tuple[float, int], ...] = ()
    shown_eta: float | None = None
    shown_at: float | None = None
    changed_at: float | None = None

    def advance(self, *, now: float, done: int, pending: int) -> Pace:
        """The pace after one more look at the counts, with the estimate to show now."""
        last = self.samples[-1] if self.samples else None
        unchanged = last is not None and last[1] == done and self.changed_at is not None
        changed_at = self.changed_at if unchanged else now
        samples = [s for s in self.samples if now - s[0] <= WINDOW_SECONDS]
        if last is not None and done < last[1]:
            samples = []  # a retry put films back to pending: the old pace no longer holds
        if not samples or now - samples[-1][0] >= SAMPLE_SPACING_SECONDS:
            samples.append((now, done))
        raw = _raw_eta(samples, now=now, done=done, pending=pending)
        if not pending:
            shown = None
        elif self.shown_eta is None or self.shown_at is None:
            shown = raw
        else:
            elapsed = max(now - self.shown_at, 0.0)
            counted_down = max(self.shown_eta - elapsed, 0.0)
            if raw is None:  # a pause: keep counting down (a long one is a stall)
                shown = counted_down
            else:
                step = elapsed * (MAX_CHANGE_PER_SECOND * counted_down + 1.0)
                shown = min(max(raw, counted_down - step), counted_down + step)
        return Pace(tuple(samples), shown, now, changed_at)

    def still_for(self, now: float) -> float:
        """Seconds since the number of films done last changed (as far as polls saw)."""
        return now - self.changed_at if self.changed_at is not None else 0.0


def _raw_eta(
    samples: list[tuple[float, int]], *, now: float, done: int, pending: int
) -> float | None:
    """The time left at the pace of the window, or None without a pace to go by."""
    since, done_then = samples[0]
    span = now - since
    if not pending or span < MIN_SPAN_SECONDS or done <= done_then:
        return None
    return pending * span / (done - done_then)


@dataclass(frozen=True)
class Progress:
    """Films of a session counted by enrichment state, and how long the rest may still take."""

    status: str
    status_display: str
    total: int
    enriched: int
    failed: int
    not_found: int
    tv: int
    excluded: int
    pending: int
    unwatched: int  # films kept but not counted: liked or listed, never watched
    eta_seconds: int | None
    is_finished: bool
    # Pending films that failed for a passing reason and wait to be tried again.
    retrying: int = 0
    # When the first of those is tried again.
    retry_at: datetime | None = None
    # Seconds since a poll last saw a film done, while films wait that nothing holds back.
    stalled_seconds: float | None = None

    @classmethod
    def from_counts(
        cls,
        counts: Mapping[str, int],
        *,
        unwatched: int = 0,
        retrying: int = 0,
        retry_at: datetime | None = None,
        status: str,
        status_display: str,
        is_finished: bool,
        elapsed_seconds: float | None,
    ) -> Progress:
        """Build from {film state: count}; `elapsed_seconds` since enrichment started, if it is
        running (a rough estimate then extrapolates the pace so far: what the API and
        `enrich_session` use; the card steadies it with `with_pace`)."""
        total = sum(counts.values())
        pending = counts.get("pending", 0)
        done = total - pending
        eta = None
        if pending and elapsed_seconds and done > 0:
            eta = round(pending * elapsed_seconds / done)
        return cls(
            status=status,
            status_display=status_display,
            total=total,
            enriched=counts.get("enriched", 0),
            failed=counts.get("failed", 0),
            not_found=counts.get("not_found", 0),
            tv=counts.get("tv", 0),
            excluded=counts.get("excluded", 0),
            pending=pending,
            unwatched=unwatched,
            eta_seconds=eta,
            is_finished=is_finished,
            retrying=retrying,
            retry_at=retry_at,
        )

    def with_pace(self, pace: Pace, now: float) -> Progress:
        """This progress with the steady estimate of `pace`, and whether the work stalled."""
        still = pace.still_for(now)
        stalled = still >= STALL_SECONDS and self.pending > self.retrying
        eta = None if stalled or pace.shown_eta is None else round(pace.shown_eta)
        return replace(self, eta_seconds=eta, stalled_seconds=still if stalled else None)

    @property
    def done(self) -> int:
        return self.total - self.pending

    @property
    def percent(self) -> int:
        # Floor, so that 100 % means every film is really done.
        return 100 * self.done // self.total if self.total else 100

    @property
    def only_retries_left(self) -> bool:
        """Every film still to do waits for another try after a passing failure."""
        return bool(self.pending) and self.retrying == self.pending

    @property
    def stalled_minutes(self) -> int:
        return int((self.stalled_seconds or 0) // 60)

    @property
    def eta_display(self) -> str:
        if self.status == "processing":
            return "waiting for a worker"
        if self.stalled_seconds is not None:
            return "unknown"
        if self.eta_seconds is None:
            return "until the retries" if self.only_retries_left else "estimating…"
        if self.eta_seconds < 60:
            return "less than a minute"
        minutes = round(self.eta_seconds / 60)
        if minutes < 60:
            return ngettext("about %(n)d minute", "about %(n)d minutes", minutes) % {"n": minutes}
        hours, minutes = divmod(minutes, 60)
        return f"about {hours} h {minutes:02d} min"
