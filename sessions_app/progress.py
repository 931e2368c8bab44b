"""How far a session's enrichment has gone, as the progress card and the API show it. Pure."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from django.utils.translation import ngettext


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

    @classmethod
    def from_counts(
        cls,
        counts: Mapping[str, int],
        *,
        unwatched: int = 0,
        status: str,
        status_display: str,
        is_finished: bool,
        elapsed_seconds: float | None,
    ) -> Progress:
        """Build from {film state: count}; `elapsed_seconds` since enrichment started, if it is
        running (the estimate extrapolates the pace so far)."""
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
        )

    @property
    def done(self) -> int:
        return self.total - self.pending

    @property
    def percent(self) -> int:
        # Floor, so that 100 % means every film is really done.
        return 100 * self.done // self.total if self.total else 100

    @property
    def eta_display(self) -> str:
        if self.eta_seconds is None:
            return "estimating…"
        if self.eta_seconds < 60:
            return "less than a minute"
        minutes = round(self.eta_seconds / 60)
        if minutes < 60:
            return ngettext("about %(n)d minute", "about %(n)d minutes", minutes) % {"n": minutes}
        hours, minutes = divmod(minutes, 60)
        return f"about {hours} h {minutes:02d} min"
