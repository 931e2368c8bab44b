"""How the shared TMDB cache's hit ratio and TMDB's load grow with members: film popularity
fitted to real Letterboxd exports, then members arriving one after another.

1. Fit. Per film, how many exports list it; the spectrum (films listed by exactly 1, 2 ... n
   exports) is the overlap between members that the cache lives on. Popularity is
   Zipf-Mandelbrot over N films (rank i weighs (i + offset)^-s; Zipf at offset 0); an export of
   M films is M distinct films drawn by popularity, so it holds film i with probability
   1 - e^(-p_i t_M), t_M making them sum to M. s and the offset are fitted by maximum
   likelihood (Poisson) on the spectrum, given the exports' sizes; films a member lists are a
   lognormal fitted to those sizes, cut at 15,000. Plain Zipf is shown too: it puts too many
   films in every export. The textbook least squares of log(frequency) on log(rank) is shown
   for comparison only: a frequency cannot pass n and most are 1, which flattens it.
2. Cache, analytically: film i is still uncached after k members with probability q_i^k,
   q_i = E_M[e^(-p_i t_M)]. Per k: hit ratio of the next member and of all so far, films
   cached, TMDB requests (2.1 a cold film, 1.2 with the title index), TMDB hours at
   TMDB_MAX_RPS, and members a day TMDB's limit serves once that many are cached. Rank bins
   (single films to rank 200, then within 2 %) make a million films and members instant.
3. The same film by film for 10,000 members (draws with replacement until M are distinct, a
   byte a film for the cache), against the model's expectation given the sizes drawn.
4. Steady state: a TMDB answer serves lookups 170 days from its fetch (MAX_AGE less the
   refresh job's MARGIN) and a hit does not renew it, so a film listed mu times a day is cold
   mu / (1 + 170 mu) times a day: never more than the catalogue once in 170 days. Films that
   live sessions (30 days) link are refreshed instead, at most 5,000 a night.

Floors: the model within 2 % of the simulation's films cached and 2 points of its hit ratios,
at 1,000 and 10,000 members, for each catalogue size. Exits 1 when one is missed.

Measured on 10 exports on 2026-12-01: public watched.csv files found on GitHub (17 to 2,205
films, mean 666, median 333; 4,496 films, 3,288 of them in one export), kept under /tmp and
never in the repository: they are people's data. N = 1,000,000: s 1.52, offset 356 (Zipf
alone: s 1.32, 109 worse in log-likelihood); N = 200,000: s 1.47, offset 321; the likelihood
barely moves with N, which the exports cannot tell. Members list a lognormal of median 305,
log-sd 1.53, mean 815 once cut. Rough: left one export out at a time, s goes 1.43 to 1.68 and
at 10,000 members the hit ratio 96.9 to 97.9 %, the films cached 256,000 to 443,000. Model and
simulation within 0.1 % (films cached) and 0.1 point (hit ratios). With 1,000,000 / 200,000
films: the next member finds 91.6 / 94.6 % of their films cached after 1,000 members, 97.6 /
99.7 % after 10,000, 99.8 / 100 % after 100,000; enriching everything takes 14.6 / 2.9 TMDB
hours at 40/s (8.3 / 1.7 with the index). At steady state TMDB's limit is never the bound
(at most 12,400 / 2,500 requests a day, 0.4 % of it); over 1,000,000 films the nightly
refresh (5,000) would fall behind from about 2,400 members a day. 36 s (63 s on a busy machine).

    .venv/bin/python bench/cache_sim.py --exports /tmp/exports [--catalogue 200000 1000000]
        [--members 1000 10000 ...] [--rates 100 1000 ...] [--no-simulation] [--jackknife]
"""

from __future__ import annotations

import argparse
import bisect
import csv
import itertools
import math
import random
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

# Measured on 10 exports on 2026-12-01 over 1,000,000 films (see the docstring); used for
# every catalogue size when --exports has none.
DEFAULT_MEASURED = "10 exports on 2026-12-01, over 1,000,000 films"
DEFAULT_EXPONENT = 1.52
DEFAULT_OFFSET = 356.0
DEFAULT_LOG_MEAN = 5.72  # ln(films an export lists): their median is e^5.72 = 305
DEFAULT_LOG_SD = 1.53

CATALOGUES = (200_000, 1_000_000)
MEMBERS = (1_000, 10_000, 100_000, 1_000_000)
RATES = (100, 1_000, 10_000, 100_000)  # members a day, for the six-month steady state
VALIDATE = (1_000, 10_000)
REQUESTS_PER_FILM = (2.1, 1.2)  # a cold film without and with the title index (README)
RPS = 40.0  # TMDB_MAX_RPS
MAX_FILMS = 15_000  # the heaviest real members list 5,000-15,000 watched films (README)
# A cached TMDB answer serves lookups for MAX_AGE - MARGIN = 170 days after it was fetched
# (enrichment.models.MAX_AGE, enrichment.tasks_cache.MARGIN); hits do not renew it.
CACHE_DAYS = 170
SESSION_DAYS = 30  # SESSION_LIFETIME_DAYS: films a live session links are refreshed, not dropped
MAX_REFRESH = 5_000  # enrichment.tasks_cache.MAX_REFRESH: films the nightly job refreshes
# Floors: the analytic model against the film-by-film simulation.
MAX_CACHED_ERROR = 0.02  # relative, on films cached
MAX_HIT_ERROR = 0.02  # absolute, on hit ratios
# Rank bins: a film each up to EXACT_RANKS, then ranks within 2 %, whose probabilities differ
# by 3 % at most: a million films become ~600 bins.
EXACT_RANKS = 200
BIN_RATIO = 1.02


@dataclass(frozen=True)
class Catalogue:
    """`size` films, the film of popularity rank i drawn with weight (i + offset)^-exponent
    (Zipf-Mandelbrot; Zipf at offset 0), kept in rank bins: `counts[b]` films each drawn with
    probability `probs[b]` (one film a bin up to `EXACT_RANKS`, then bins of ranks within 2 %)."""

    size: int
    exponent: float
    offset: float
    counts: tuple[int, ...]
    probs: tuple[float, ...]

    def weights(self) -> Iterable[float]:
        """Every film's weight, by rank (for drawing films one by one)."""
        return ((rank + self.offset) ** -self.exponent for rank in range(1, self.size + 1))


def popularity(exponent: float, size: int, offset: float = 0.0) -> Catalogue:
    """The catalogue in rank bins, each bin's films given their mean probability."""
    counts: list[int] = []
    weights: list[float] = []
    for rank in range(1, min(EXACT_RANKS, size) + 1):
        counts.append(1)
        weights.append((rank + offset) ** -exponent)
    low = EXACT_RANKS + 1
    while low <= size:
        high = min(size, max(low, int(low * BIN_RATIO)))
        # sum of (i + offset)^-s over [low, high] by the midpoint rule: within 1e-5 past rank 200
        a, b = low - 0.5 + offset, high + 0.5 + offset
        if abs(exponent - 1) < 1e-9:
            total = math.log(b / a)
        else:
            total = (b ** (1 - exponent) - a ** (1 - exponent)) / (1 - exponent)
        counts.append(high - low + 1)
        weights.append(total / (high - low + 1))
        low = high + 1
    norm = sum(c * w for c, w in zip(counts, weights, strict=True))
    return Catalogue(size, exponent, offset, tuple(counts), tuple(w / norm for w in weights))


def sample_rate(catalogue: Catalogue, films: int) -> float:
    """The t with sum_i (1 - e^(-p_i t)) = films: an export of `films` distinct films drawn
    without replacement, by popularity, holds film i with probability 1 - e^(-p_i t) (draws
    with replacement until `films` are distinct, in the large-catalogue limit)."""
    if not 0 < films < catalogue.size:
        raise ValueError(f"an export of {films} films from a catalogue of {catalogue.size}")
    # Newton from t = films: the sum is concave in t and below `films` there, so every step
    # stays below the root and climbs to it.
    t = float(films)
    for _ in range(200):
        exps = [math.exp(-p * t) for p in catalogue.probs]
        gap = films - sum(c * (1 - e) for c, e in zip(catalogue.counts, exps, strict=True))
        if gap < 1e-7 * films:
            break
        slope = sum(
            c * p * e for c, p, e in zip(catalogue.counts, catalogue.probs, exps, strict=True)
        )
        t += gap / slope
    return t


@dataclass(frozen=True)
class Sizes:
    """Films a member lists: equally likely values (quantiles of a lognormal)."""

    values: tuple[int, ...]

    @property
    def mean(self) -> float:
        return statistics.fmean(self.values)


def lognormal_sizes(log_mean: float, log_sd: float, cap: int, points: int = 40) -> Sizes:
    """Quantiles of a lognormal cut at `cap` films, one each at (k + 1/2) / points."""
    dist = statistics.NormalDist(log_mean, log_sd)
    top = dist.cdf(math.log(cap))
    return Sizes(
        tuple(
            max(1, min(cap, round(math.exp(dist.inv_cdf(top * (k + 0.5) / points)))))
            for k in range(points)
        )
    )


def fit_lognormal(sizes: Sequence[int]) -> tuple[float, float]:
    logs = [math.log(m) for m in sizes]
    return statistics.fmean(logs), statistics.stdev(logs)


# -- fitting the exponent -------------------------------------------------------------------


def read_exports(folder: Path) -> list[frozenset[str]]:
    """Every watched.csv under `folder`, as the set of films it lists (by Letterboxd URI, which
    is the film's own short link in watched.csv, else by name and year)."""
    exports = []
    for path in sorted(folder.rglob("watched.csv")):
        with path.open(newline="", encoding="utf-8-sig") as f:
            films = frozenset(
                row.get("Letterboxd URI") or f"{row.get('Name')} ({row.get('Year')})"
                for row in csv.DictReader(f)
            )
        if films:
            exports.append(films)
    return exports


def spectrum(exports: Sequence[Iterable[str]]) -> list[int]:
    """`spectrum[j]`: films listed by exactly j of the exports (j = 1..n; [0] is unused)."""
    frequency = Counter(film for export in exports for film in export)
    out = [0] * (len(exports) + 1)
    for n in frequency.values():
        out[n] += 1
    return out


def expected_spectrum(catalogue: Catalogue, export_sizes: Sequence[int]) -> list[float]:
    """The spectrum exports of these sizes have on average: film i is in export e with
    probability 1 - e^(-p_i t_e), independently across exports (Poisson binomial)."""
    rates = {m: sample_rate(catalogue, m) for m in set(export_sizes)}
    expected = [0.0] * (len(export_sizes) + 1)
    for count, p in zip(catalogue.counts, catalogue.probs, strict=True):
        dist = [1.0]
        for m in export_sizes:
            inside = -math.expm1(-p * rates[m])
            outside = 1 - inside
            dist = [
                a * outside + b * inside for a, b in zip([*dist, 0.0], [0.0, *dist], strict=True)
            ]
        for j, v in enumerate(dist):
            expected[j] += count * v
    return expected


def log_likelihood(
    catalogue: Catalogue, export_sizes: Sequence[int], observed: Sequence[int]
) -> float:
    """Poisson log-likelihood of the observed spectrum (films listed by 1..n exports)."""
    expected = expected_spectrum(catalogue, export_sizes)
    return sum(
        observed[j] * math.log(max(expected[j], 1e-300)) - expected[j]
        for j in range(1, len(observed))
    )


def _golden_max(score, low: float, high: float, tolerance: float) -> tuple[float, float]:
    """The x in [low, high] that maximises a unimodal `score`, and the score there."""
    ratio = (math.sqrt(5) - 1) / 2
    a, b = low, high
    c, d = b - ratio * (b - a), a + ratio * (b - a)
    fc, fd = score(c), score(d)
    while b - a > tolerance:
        if fc > fd:
            b, d, fd = d, c, fc
            c = b - ratio * (b - a)
            fc = score(c)
        else:
            a, c, fc = c, d, fd
            d = a + ratio * (b - a)
            fd = score(d)
    return (c, fc) if fc > fd else (d, fd)


@dataclass(frozen=True)
class Fit:
    exponent: float
    offset: float
    log_likelihood: float


def fit_exponent(
    export_sizes: Sequence[int], observed: Sequence[int], size: int, offset: float = 0.0
) -> Fit:
    """The exponent that best explains the spectrum over `size` films at this offset."""
    s, ll = _golden_max(
        lambda s: log_likelihood(popularity(s, size, offset), export_sizes, observed),
        0.3,
        3.0,
        1e-3,
    )
    return Fit(s, offset, ll)


def fit_popularity(export_sizes: Sequence[int], observed: Sequence[int], size: int) -> Fit:
    """Exponent and offset together (the offset searched on log(1 + offset), 0 to 10,000)."""
    fits: dict[float, Fit] = {}

    def score(u: float) -> float:
        fits[u] = fit_exponent(export_sizes, observed, size, math.expm1(u))
        return fits[u].log_likelihood

    u, _ = _golden_max(score, 0.0, math.log1p(10_000), 0.02)
    return fits[u]


def naive_slope(exports: Sequence[Iterable[str]]) -> float:
    """Least squares slope of log(exports listing a film) on log(its rank): the textbook Zipf
    fit, shown for comparison only."""
    frequency = sorted(Counter(f for e in exports for f in e).values(), reverse=True)
    xs = [math.log(rank) for rank in range(1, len(frequency) + 1)]
    ys = [math.log(n) for n in frequency]
    return statistics.linear_regression(xs, ys).slope


# -- the cache ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Growth:
    members: int
    hit_ratio: float  # of the next member's films, the share already cached
    cumulative_hit: float  # of all the films of the first `members` members
    cached: float  # distinct films cached: the cold films enriched so far


class CacheModel:
    """The expected cache after k members, analytically: a member of export size M lists film
    i with probability 1 - e^(-p_i t_M) (`sample_rate`), independently of other members, so
    film i is still uncached after k members with probability q_i^k, q_i = E_M[e^(-p_i t_M)]."""

    def __init__(self, catalogue: Catalogue, sizes: Sizes) -> None:
        self.catalogue = catalogue
        self.sizes = sizes
        # inclusion[m][b]: the chance an export of m films holds a given film of bin b
        self.inclusion = {
            m: [-math.expm1(-p * t) for p in catalogue.probs]
            for m, t in ((m, sample_rate(catalogue, m)) for m in set(sizes.values))
        }
        # listed[b]: the chance a member, of any size, lists a given film of bin b
        self.listed = [
            statistics.fmean(self.inclusion[m][b] for m in sizes.values)
            for b in range(len(catalogue.counts))
        ]

    def growth(self, members: float) -> Growth:
        cached = hits = 0.0
        for count, listed in zip(self.catalogue.counts, self.listed, strict=True):
            seen = -math.expm1(members * math.log1p(-listed)) if listed < 1 else 1.0
            cached += count * seen
            hits += count * listed * seen
        mean = self.sizes.mean
        cumulative = 1 - cached / (members * mean) if members else 0.0
        return Growth(round(members), hits / mean, cumulative, cached)

    def window_hit_ratio(self, first: int, last: int) -> float:
        """The hit ratio of members first..last-1 together (member k finds k members cached)."""
        return statistics.fmean(self.growth(k).hit_ratio for k in range(first, last))

    def along(self, sequence: Sequence[int], checkpoints: Sequence[int]) -> dict[int, dict]:
        """The same expectations given the export sizes of the members, in order (as a
        simulation drew them): what `simulate` should find, its sizes' luck aside."""
        counts = self.catalogue.counts
        unseen = [1.0] * len(counts)
        out = {}
        films = hits = window_films = window_hits = 0.0
        for k, m in enumerate(sequence[: max(checkpoints)]):
            inside = self.inclusion[m]
            found = sum(c * i * (1 - u) for c, i, u in zip(counts, inside, unseen, strict=True))
            films, hits = films + m, hits + found
            if any(0.9 * mark <= k < mark for mark in checkpoints):
                window_films, window_hits = window_films + m, window_hits + found
            unseen = [u * (1 - i) for u, i in zip(unseen, inside, strict=True)]
            if k + 1 in checkpoints:
                out[k + 1] = {
                    "cached": sum(c * (1 - u) for c, u in zip(counts, unseen, strict=True)),
                    "cumulative_hit": hits / films,
                    "window_hit": window_hits / window_films,
                }
                window_films = window_hits = 0.0
        return out

    def cold_a_day(self, members_a_day: float, days: float = CACHE_DAYS) -> float:
        """Films looked up cold a day at steady state when a fetched answer serves `days`
        days and hits do not renew it: a film listed mu times a day is fetched once a cycle
        of `days` plus the wait for its next lookup, so mu / (1 + mu days) a day are cold."""
        return sum(
            count * members_a_day * listed / (1 + members_a_day * listed * days)
            for count, listed in zip(self.catalogue.counts, self.listed, strict=True)
        )


class Drawer:
    """Draws an export: `films` distinct films by popularity, without replacement (draws with
    replacement until that many are distinct)."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.cum = list(itertools.accumulate(catalogue.weights()))
        self.top = len(self.cum) - 1

    def __call__(self, rng: random.Random, films: int) -> set[int]:
        cum, total, top = self.cum, self.cum[-1], self.top
        chosen: set[int] = set()
        while len(chosen) < films:
            chosen.update(
                bisect.bisect(cum, rng.random() * total, 0, top) for _ in range(films - len(chosen))
            )
        return chosen


def simulate(
    catalogue: Catalogue, sequence: Sequence[int], checkpoints: Sequence[int], seed: int
) -> dict[int, dict]:
    """Members one by one, film by film, the k-th listing `sequence[k]` films. Per checkpoint
    K: films cached, the hit ratio of all K members, and that of members 0.9 K to K - 1."""
    rng = random.Random(seed)
    draw = Drawer(catalogue)
    cached = bytearray(catalogue.size)
    out = {}
    films = hits = window_films = window_hits = distinct = 0
    for k, m in enumerate(sequence[: max(checkpoints)]):
        chosen = draw(rng, m)
        found = sum(cached[i] for i in chosen)
        for i in chosen:
            cached[i] = 1
        films, hits, distinct = films + m, hits + found, distinct + m - found
        if any(0.9 * mark <= k < mark for mark in checkpoints):
            window_films, window_hits = window_films + m, window_hits + found
        if k + 1 in checkpoints:
            out[k + 1] = {
                "cached": distinct,
                "cumulative_hit": hits / films,
                "window_hit": window_hits / window_films,
            }
            window_films = window_hits = 0
    return out


# -- the report -----------------------------------------------------------------------------


def _n(x: float) -> str:
    return f"{x:,.0f}" if x < 1e7 else "> 10,000,000"


def _pct(x: float) -> str:
    return f"{100 * x:.2f} %"


@dataclass(frozen=True)
class Model:
    size: int
    exponent: float
    offset: float
    source: str  # "fitted" or "default"


def report_fit(
    exports: list[frozenset[str]], folder: Path, catalogues: Sequence[int]
) -> tuple[list[Model], Sizes]:
    sizes = [len(e) for e in exports]
    observed = spectrum(exports)
    log_mean, log_sd = fit_lognormal(sizes)
    members = lognormal_sizes(log_mean, log_sd, MAX_FILMS)
    print(f"== Popularity fitted to {len(exports)} exports under {folder} ==")
    print(
        f"films an export: mean {statistics.fmean(sizes):,.0f}, median "
        f"{statistics.median(sizes):,.0f} ({min(sizes):,} to {max(sizes):,}); a lognormal of "
        f"median {math.exp(log_mean):,.0f} and log-sd {log_sd:.2f}, cut at {MAX_FILMS:,}: "
        f"mean {members.mean:,.0f} (the members below)"
    )
    print(
        f"distinct films: {sum(observed):,}; listed by 1, 2, ... {len(exports)} exports: "
        f"{', '.join(str(n) for n in observed[1:])}"
    )
    models = []
    for size in catalogues:
        zipf = fit_exponent(sizes, observed, size)
        fit = fit_popularity(sizes, observed, size)
        expected = expected_spectrum(popularity(fit.exponent, size, fit.offset), sizes)
        print(
            f"{size:>9,} films: Zipf s {zipf.exponent:.2f}; Zipf-Mandelbrot s {fit.exponent:.2f}, "
            f"offset {fit.offset:.0f}, log-likelihood "
            f"{fit.log_likelihood - zipf.log_likelihood:+.0f} over Zipf; it expects "
            f"{', '.join(f'{x:.0f}' for x in expected[1:])}"
        )
        models.append(Model(size, fit.exponent, fit.offset, "fitted"))
    print(
        f"the textbook slope of log(exports listing a film) on log(its rank): "
        f"{naive_slope(exports):.2f}, flattened because no film can be in more than "
        f"{len(exports)} exports and most are in one"
    )
    print(
        f"rough: {len(exports)} exports, not a sample of members; the catalogue size changes "
        "the likelihood little (the exports cannot tell it); the tail beyond the films they "
        "list is the model's, not theirs; --jackknife refits without each export in turn"
    )
    return models, members


def report_jackknife(exports: list[frozenset[str]], model: Model) -> None:
    print(f"\n== Leaving one export out at a time ({model.size:,} films) ==")
    for left in range(len(exports)):
        rest = exports[:left] + exports[left + 1 :]
        sizes = [len(e) for e in rest]
        fit = fit_popularity(sizes, spectrum(rest), model.size)
        log_mean, log_sd = fit_lognormal(sizes)
        cache = CacheModel(
            popularity(fit.exponent, model.size, fit.offset),
            lognormal_sizes(log_mean, log_sd, MAX_FILMS),
        )
        at = cache.growth(10_000)
        print(
            f"without export {left + 1} ({len(exports[left]):,} films): s {fit.exponent:.2f}, "
            f"offset {fit.offset:.0f}; at 10,000 members: hit ratio {_pct(at.hit_ratio)}, "
            f"{_n(at.cached)} films cached"
        )


def report_validation(cache: CacheModel, checkpoints: Sequence[int], seed: int) -> bool:
    rng = random.Random(seed)
    sequence = [rng.choice(cache.sizes.values) for _ in range(max(checkpoints))]
    started = time.monotonic()
    sim = simulate(cache.catalogue, sequence, checkpoints, seed)
    elapsed = time.monotonic() - started
    model = cache.along(sequence, checkpoints)
    print(
        f"\n== The model against a film-by-film simulation ({cache.catalogue.size:,} films, "
        f"seed {seed}, {elapsed:.0f} s): simulated / model, given the sizes drawn =="
    )
    print(
        f"{'members':>9}  {'films cached':>22}  {'hit ratio, last tenth':>24}"
        f"  {'hit ratio, all':>21}"
    )
    ok = True
    for k in sorted(checkpoints):
        s, m = sim[k], model[k]
        error = abs(s["cached"] / m["cached"] - 1)
        ok &= error <= MAX_CACHED_ERROR
        ok &= abs(s["window_hit"] - m["window_hit"]) <= MAX_HIT_ERROR
        ok &= abs(s["cumulative_hit"] - m["cumulative_hit"]) <= MAX_HIT_ERROR
        print(
            f"{k:>9,}  {_n(s['cached']):>10} / {_n(m['cached']):<10}"
            f"  {_pct(s['window_hit']):>11} / {_pct(m['window_hit']):<10}"
            f"  {_pct(s['cumulative_hit']):>11} / {_pct(m['cumulative_hit'])}"
        )
    print(
        f"floors: films cached within {MAX_CACHED_ERROR:.0%}, hit ratios within "
        f"{100 * MAX_HIT_ERROR:.0f} points: {'met' if ok else 'MISSED'}"
    )
    return ok


def report_growth(cache: CacheModel, model: Model, members: Sequence[int], rps: float) -> None:
    mean = cache.sizes.mean
    without, with_index = REQUESTS_PER_FILM
    print(
        f"\n== The cache as members arrive: {model.size:,} films, s {model.exponent:.2f}, offset "
        f"{model.offset:.0f} ({model.source}), {mean:,.0f} films a member; TMDB at {rps:g}/s, "
        f"{without} / {with_index} requests a cold film (title index off / on) =="
    )
    print(
        f"{'':>9}  {'next member':>21}  {'all':>8}  {'films':>9}  {'TMDB requests':>21}"
        f"  {'TMDB hours':>13}  {'members a day':>27}"
    )
    print(
        f"{'members':>9}  {'hit ratio':>10} {'cold films':>10}  {'hit ratio':>8}  {'cached':>9}"
        f"  {without:>10} {with_index:>10}  {without:>6} {with_index:>6}"
        f"  {without:>13} {with_index:>13}"
    )
    for k in members:
        g = cache.growth(k)
        cold = mean * (1 - g.hit_ratio)
        per_day = [rps * 86_400 / (cold * r) if cold > 0 else math.inf for r in REQUESTS_PER_FILM]
        print(
            f"{k:>9,}  {_pct(g.hit_ratio):>10} {cold:>10.1f}  {_pct(g.cumulative_hit):>8}"
            f"  {_n(g.cached):>9}  {_n(g.cached * without):>10} {_n(g.cached * with_index):>10}"
            f"  {g.cached * without / rps / 3600:>6.1f} {g.cached * with_index / rps / 3600:>6.1f}"
            f"  {_n(per_day[0]):>13} {_n(per_day[1]):>13}"
        )
    print(
        "next member: the share of the films of the member who arrives after that many that is "
        "cached, and the films left cold; all: of every film of those members; TMDB hours: to "
        "enrich every cached film once; members a day: as many new members as TMDB's limit "
        f"serves with that many cached (the limiter spaces {rps:g}/s to about {0.962 * rps:.1f}/s)"
    )


def report_steady_state(cache: CacheModel, rates: Sequence[int], rps: float) -> None:
    without, with_index = REQUESTS_PER_FILM
    mean = cache.sizes.mean
    limit = rps * 86_400
    print(
        f"\n== Steady state, {cache.catalogue.size:,} films: a TMDB answer serves {CACHE_DAYS} "
        f"days from its fetch, hits do not renew it; sessions live {SESSION_DAYS} days =="
    )
    print(
        f"{'members':>9}  {'hit':>8}  {'cold films':>10}  {'TMDB requests a day':>21}  "
        f"{'of the limit':>15}  {'films live':>13}  {'refreshes':>9}"
    )
    print(
        f"{'a day':>9}  {'ratio':>8}  {'a day':>10}  {without:>10} {with_index:>10}  "
        f"{without:>7} {with_index:>7}  {'sessions link':>13}  {'a day':>9}"
    )
    for rate in rates:
        cold = cache.cold_a_day(rate)
        linked = cache.growth(rate * SESSION_DAYS).cached
        print(
            f"{rate:>9,}  {_pct(1 - cold / (rate * mean)):>8}  {_n(cold):>10}  "
            f"{_n(cold * without):>10} {_n(cold * with_index):>10}  "
            f"{cold * without / limit:>7.1%} {cold * with_index / limit:>7.1%}  "
            f"{_n(linked):>13}  {_n(linked / CACHE_DAYS):>9}"
        )
    print(
        f"cold films a day can never pass {cache.catalogue.size / CACHE_DAYS:,.0f} (the catalogue "
        f"once every {CACHE_DAYS} days); refreshes: films that live sessions link, refreshed "
        f"before their {CACHE_DAYS} days are up, against the nightly job's {MAX_REFRESH:,}; "
        "the refresh saves those films' next lookups part of their cost, ignored here"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exports", type=Path, help="a folder of exports (every watched.csv)")
    parser.add_argument(
        "--catalogue", type=int, nargs="+", default=list(CATALOGUES), help="films TMDB has"
    )
    parser.add_argument("--members", type=int, nargs="+", default=list(MEMBERS))
    parser.add_argument("--rates", type=int, nargs="+", default=list(RATES), help="members a day")
    parser.add_argument("--rps", type=float, default=RPS, help="TMDB_MAX_RPS")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-simulation", action="store_true", help="skip the validation")
    parser.add_argument("--jackknife", action="store_true", help="refit without each export")
    args = parser.parse_args()

    started = time.monotonic()
    exports = read_exports(args.exports) if args.exports and args.exports.is_dir() else []
    if exports:
        models, sizes = report_fit(exports, args.exports, args.catalogue)
    else:
        models = [
            Model(size, DEFAULT_EXPONENT, DEFAULT_OFFSET, "default") for size in args.catalogue
        ]
        sizes = lognormal_sizes(DEFAULT_LOG_MEAN, DEFAULT_LOG_SD, MAX_FILMS)
        why = f"none under {args.exports}" if args.exports else "--exports not given"
        print(f"== No exports ({why}): the defaults measured on {DEFAULT_MEASURED} ==")
        print(
            f"s {DEFAULT_EXPONENT}, offset {DEFAULT_OFFSET:g}; films a member: lognormal of median "
            f"{math.exp(DEFAULT_LOG_MEAN):,.0f}, log-sd {DEFAULT_LOG_SD}, cut at {MAX_FILMS:,} "
            f"(mean {sizes.mean:,.0f})"
        )
    if args.jackknife and exports:
        report_jackknife(exports, models[-1])
    ok = True
    for model in models:
        cache = CacheModel(popularity(model.exponent, model.size, model.offset), sizes)
        if not args.no_simulation:
            ok &= report_validation(cache, VALIDATE, args.seed)
        report_growth(cache, model, args.members, args.rps)
        report_steady_state(cache, args.rates, args.rps)
    verdict = "within the floors" if ok else "OUTSIDE the floors"
    print(f"\n{time.monotonic() - started:.0f} s; {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
