"""bench/cache_sim.py: the popularity fit recovers a known exponent, and the analytic cache model
agrees with members simulated film by film. Pure: no database, no network, a few seconds."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from types import ModuleType

import pytest
from django.conf import settings

from enrichment.models import MAX_AGE
from enrichment.tasks_cache import MARGIN, MAX_REFRESH
from tests.scripts import loaded_script

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def cache_sim() -> Iterator[ModuleType]:
    with loaded_script("bench/cache_sim.py") as module:
        yield module


def _exports(cache_sim: ModuleType, catalogue, sizes: list[int], seed: int) -> list[set[int]]:
    rng = random.Random(seed)
    draw = cache_sim.Drawer(catalogue)
    return [draw(rng, m) for m in sizes]


@pytest.mark.parametrize(("exponent", "offset"), [(1.0, 0.0), (1.4, 100.0)])
def test_fit_recovers_the_exponent_of_synthetic_exports(
    cache_sim: ModuleType, exponent: float, offset: float
) -> None:
    size = 20_000
    catalogue = cache_sim.popularity(exponent, size, offset)
    rng = random.Random(7)
    sizes = [rng.choice((30, 100, 200, 400, 800)) for _ in range(24)]
    exports = _exports(cache_sim, catalogue, sizes, seed=11)

    fit = cache_sim.fit_exponent(sizes, cache_sim.spectrum(exports), size, offset)

    assert fit.exponent == pytest.approx(exponent, abs=0.08)


def test_fit_prefers_the_true_exponent_to_a_wrong_one(cache_sim: ModuleType) -> None:
    size = 20_000
    sizes = [150] * 20
    exports = _exports(cache_sim, cache_sim.popularity(0.9, size), sizes, seed=3)
    observed = cache_sim.spectrum(exports)

    def score(s: float) -> float:
        return cache_sim.log_likelihood(cache_sim.popularity(s, size), sizes, observed)

    assert score(0.9) > score(0.7)
    assert score(0.9) > score(1.2)


def test_spectrum_counts_films_by_how_many_exports_list_them(cache_sim: ModuleType) -> None:
    exports = [{"a", "b", "c"}, {"a", "b"}, {"a", "d"}]

    assert cache_sim.spectrum(exports) == [0, 2, 1, 1]


def test_sample_rate_makes_an_export_hold_its_size_in_films(cache_sim: ModuleType) -> None:
    catalogue = cache_sim.popularity(1.2, 50_000, 30.0)
    for films in (1, 40, 2_000, 30_000):
        t = cache_sim.sample_rate(catalogue, films)
        held = sum(
            c * (1 - cache_sim.math.exp(-p * t))
            for c, p in zip(catalogue.counts, catalogue.probs, strict=True)
        )
        assert held == pytest.approx(films, rel=1e-6)


def test_analytic_cache_matches_members_simulated_film_by_film(cache_sim: ModuleType) -> None:
    catalogue = cache_sim.popularity(1.0, 5_000)
    model = cache_sim.CacheModel(catalogue, cache_sim.Sizes((100,)))
    sequence = [100] * 1_000

    simulated = cache_sim.simulate(catalogue, sequence, (200, 1_000), seed=5)

    for k in (200, 1_000):
        expected = model.growth(k)
        assert simulated[k]["cached"] == pytest.approx(expected.cached, rel=0.02)
        assert simulated[k]["cumulative_hit"] == pytest.approx(expected.cumulative_hit, abs=0.01)
        # members 0.9 k .. k - 1 against the model's next-member hit ratio over them
        assert simulated[k]["window_hit"] == pytest.approx(
            model.window_hit_ratio(int(0.9 * k), k), abs=0.02
        )


def test_model_given_the_drawn_sizes_matches_a_mixed_simulation(cache_sim: ModuleType) -> None:
    catalogue = cache_sim.popularity(1.3, 10_000, 50.0)
    model = cache_sim.CacheModel(catalogue, cache_sim.Sizes((20, 80, 500)))
    rng = random.Random(2)
    sequence = [rng.choice((20, 80, 500)) for _ in range(300)]

    simulated = cache_sim.simulate(catalogue, sequence, (300,), seed=9)[300]
    expected = model.along(sequence, (300,))[300]

    assert simulated["cached"] == pytest.approx(expected["cached"], rel=0.02)
    assert simulated["window_hit"] == pytest.approx(expected["window_hit"], abs=0.02)


def test_cold_films_a_day_never_pass_the_catalogue_once_per_cache_lifetime(
    cache_sim: ModuleType,
) -> None:
    model = cache_sim.CacheModel(cache_sim.popularity(1.0, 5_000), cache_sim.Sizes((100,)))

    slow, fast = model.cold_a_day(1e-4), model.cold_a_day(10_000_000)

    # a member every 10,000 days finds the answers of the last one long gone
    assert slow == pytest.approx(100 * 1e-4, rel=0.05)
    assert fast < 5_000 / cache_sim.CACHE_DAYS
    assert fast == pytest.approx(5_000 / cache_sim.CACHE_DAYS, rel=0.01)


def test_read_exports_keys_films_by_letterboxd_uri_else_name_and_year(
    cache_sim: ModuleType, tmp_path: Path
) -> None:
    (tmp_path / "one").mkdir()
    (tmp_path / "one/watched.csv").write_text(
        "Date,Name,Year,Letterboxd URI\n"
        "2024-01-01,Heat,1995,https://boxd.it/2bg8\n"
        "2024-01-02,Alien,1979,https://boxd.it/2awY\n"
    )
    (tmp_path / "two/deeper").mkdir(parents=True)
    (tmp_path / "two/deeper/watched.csv").write_text("Name,Year\nHeat,1995\n")
    (tmp_path / "two/diary.csv").write_text("Name,Year\nJaws,1975\n")

    exports = cache_sim.read_exports(tmp_path)

    assert exports == [
        frozenset({"https://boxd.it/2bg8", "https://boxd.it/2awY"}),
        frozenset({"Heat (1995)"}),
    ]


def test_cache_constants_agree_with_the_refresh_job(cache_sim: ModuleType) -> None:
    assert timedelta(days=cache_sim.CACHE_DAYS) == MAX_AGE - MARGIN
    assert cache_sim.MAX_REFRESH == MAX_REFRESH
    assert cache_sim.SESSION_DAYS == settings.SESSION_LIFETIME_DAYS
