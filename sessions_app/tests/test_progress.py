"""The progress card's estimate of the time left: steady on a lumpy run, and honest when the
work stops. Pure: a simulated run, polled every 2 s, with no clock."""

from __future__ import annotations

import heapq
import random
from itertools import pairwise

from sessions_app.progress import STALL_SECONDS, Pace, Progress

POLL_SECONDS = 2.0


def lumpy_run(seed: int = 1) -> list[tuple[float, int]]:
    """(time, films done) of a 1,000-film run: 300 from the cache at once, then four loops
    taking 25-film chunks in turn, each chunk 7 to 13 s, a few with an 8 s pause."""
    rng = random.Random(seed)
    events, free = [(1.0, 300)], [rng.uniform(1.5, 3) for _ in range(4)]
    heapq.heapify(free)
    for _ in range(28):
        finished = heapq.heappop(free) + rng.uniform(7, 13) + (8 if rng.random() < 0.1 else 0)
        events.append((finished, 25))
        heapq.heappush(free, finished)
    timeline, done = [], 0
    for t, n in sorted(events):
        done += n
        timeline.append((t, done))
    return timeline


def done_at(timeline: list[tuple[float, int]], t: float) -> int:
    return max((done for when, done in timeline if when <= t), default=0)


def poll_run(timeline: list[tuple[float, int]], total: int = 1000) -> list[tuple[float, int]]:
    """(time, shown estimate) of every poll of the run, as the card would show them."""
    pace, shown, t = Pace(), [], POLL_SECONDS
    while done_at(timeline, t) < total:
        done = done_at(timeline, t)
        pace = pace.advance(now=t, done=done, pending=total - done)
        eta = progress_of(done, total - done).with_pace(pace, t).eta_seconds
        if eta is not None:
            shown.append((t, eta))
        t += POLL_SECONDS
    return shown


def test_the_estimate_never_jumps_between_polls_of_a_lumpy_run():
    for seed in range(10):
        shown = poll_run(lumpy_run(seed))
        assert len(shown) > 20
        for (t0, before), (t1, after) in pairwise(shown):
            # Counted down by the 2 s between polls, it moves by a tenth at most (and a few
            # seconds): never the 2× swing of extrapolating the whole run.
            expected = max(before - (t1 - t0), 0)
            assert abs(after - expected) <= 0.1 * expected + 3, (seed, t0, before, after)


def test_the_estimate_stays_close_to_the_real_time_left():
    errors = []
    for seed in range(10):
        timeline = lumpy_run(seed)
        end = timeline[-1][0]
        left = [(end - t, eta) for t, eta in poll_run(timeline) if end - t > 30]
        errors += [abs(eta - truth) / truth for truth, eta in left]
    errors.sort()
    assert errors[len(errors) // 2] < 0.3  # the median poll is within 30 % of the truth
    assert errors[int(len(errors) * 0.9)] < 0.7


def test_a_run_that_slows_down_is_followed_smoothly():
    # 10 films a second for two minutes, then 2 a second: the estimate grows, without a jump.
    timeline = [(t / 10, t) for t in range(1, 1201)]
    timeline += [(120 + (t - 1200) / 2, t) for t in range(1201, 3001)]
    shown = dict(poll_run(timeline, total=3000))
    assert shown[118] < 220  # 1,820 films at 10/s: about 3 minutes
    assert shown[240] > 600  # 1,560 films at 2/s: about 13 minutes
    assert all(later >= 0 for later in shown.values())


def test_films_put_back_by_a_retry_start_the_pace_afresh():
    pace = Pace().advance(now=0, done=0, pending=100)
    pace = pace.advance(now=20, done=50, pending=50)
    # A retry of failed films: fewer done than before; the old samples no longer apply.
    pace = pace.advance(now=22, done=40, pending=60)
    assert pace.samples == ((22, 40),)


def progress_of(done: int, pending: int, retrying: int = 0) -> Progress:
    return Progress.from_counts(
        {"enriched": done, "pending": pending},
        retrying=retrying,
        status="enriching",
        status_display="Enriching",
        is_finished=False,
        elapsed_seconds=60,
    )


def test_nothing_done_for_two_minutes_is_a_stall_and_has_no_estimate():
    pace = Pace().advance(now=0, done=10, pending=90)
    for t in range(2, int(STALL_SECONDS) + 2, 2):
        pace = pace.advance(now=t, done=10, pending=90)
    progress = progress_of(10, 90).with_pace(pace, STALL_SECONDS)

    assert progress.stalled_minutes == 2
    assert progress.eta_seconds is None
    assert progress.eta_display == "unknown"


def test_films_waiting_for_their_retry_are_no_stall():
    pace = Pace().advance(now=0, done=10, pending=5)
    pace = pace.advance(now=STALL_SECONDS + 1, done=10, pending=5)
    progress = progress_of(10, 5, retrying=5).with_pace(pace, STALL_SECONDS + 1)

    assert progress.stalled_seconds is None
    assert progress.eta_display == "until the retries"


def test_a_session_no_worker_picked_up_says_it_waits_for_one():
    progress = Progress.from_counts(
        {"pending": 5},
        status="processing",
        status_display="Processing",
        is_finished=False,
        elapsed_seconds=None,
    )
    assert progress.eta_display == "waiting for a worker"
