"""What the fake TMDB knows: real films and TV miniseries, plus optional synthetic films.

The catalogue doubles as a matching test set: every entry also says how a Letterboxd export
lists it (`letterboxd_name`, `letterboxd_year`), and `Catalogue.export_rows()` gives those rows
with the outcome a matcher should reach for each.

It comes in two parts. The tuning part (`_films.py`, `_hard_cases.py`) is what matching is
developed and tested against. The held-out part (`_held_out.py`) must never be used for tuning:
no rule or threshold of the matcher may be chosen by looking at how its rows match. Only
`bench/matching_bench.py` reports it, separately, to show whether the matcher generalises.
Both parts are in the fake TMDB all the time, as real TMDB holds every film at once.
"""

from __future__ import annotations

import functools
import random
from dataclasses import dataclass

from fake_tmdb import _films, _hard_cases, _held_out

MOVIE_GENRES = {
    "Action": 28,
    "Adventure": 12,
    "Animation": 16,
    "Comedy": 35,
    "Crime": 80,
    "Documentary": 99,
    "Drama": 18,
    "Family": 10751,
    "Fantasy": 14,
    "History": 36,
    "Horror": 27,
    "Music": 10402,
    "Mystery": 9648,
    "Romance": 10749,
    "Science Fiction": 878,
    "TV Movie": 10770,
    "Thriller": 53,
    "War": 10752,
    "Western": 37,
}
TV_GENRES = {
    "Action & Adventure": 10759,
    "Animation": 16,
    "Comedy": 35,
    "Crime": 80,
    "Documentary": 99,
    "Drama": 18,
    "Family": 10751,
    "Mystery": 9648,
    "Sci-Fi & Fantasy": 10765,
    "War & Politics": 10768,
    "Western": 37,
}
_GENRE_SHORTHAND = {"SciFi": "Science Fiction", "TVMovie": "TV Movie"}

COUNTRIES = {
    "AR": "Argentina",
    "AT": "Austria",
    "AU": "Australia",
    "BE": "Belgium",
    "BR": "Brazil",
    "CA": "Canada",
    "BG": "Bulgaria",
    "CH": "Switzerland",
    "CN": "China",
    "CO": "Colombia",
    "CY": "Cyprus",
    "CZ": "Czech Republic",
    "DE": "Germany",
    "DK": "Denmark",
    "DZ": "Algeria",
    "EE": "Estonia",
    "EG": "Egypt",
    "ES": "Spain",
    "ET": "Ethiopia",
    "FI": "Finland",
    "FR": "France",
    "GB": "United Kingdom",
    "GE": "Georgia",
    "GR": "Greece",
    "HK": "Hong Kong",
    "HU": "Hungary",
    "IE": "Ireland",
    "IN": "India",
    "IR": "Iran",
    "IS": "Iceland",
    "IT": "Italy",
    "JP": "Japan",
    "KR": "South Korea",
    "LV": "Latvia",
    "MR": "Mauritania",
    "MX": "Mexico",
    "NL": "Netherlands",
    "NO": "Norway",
    "NZ": "New Zealand",
    "PE": "Peru",
    "PL": "Poland",
    "QA": "Qatar",
    "RU": "Russia",
    "SE": "Sweden",
    "SU": "Soviet Union",
    "TR": "Turkey",
    "TW": "Taiwan",
    "US": "United States of America",
    "VE": "Venezuela",
}

# iso_639_1 -> (english_name, name) as TMDB spells them.
LANGUAGES = {
    "am": ("Amharic", ""),
    "ar": ("Arabic", "العربية"),
    "be": ("Belarusian", "беларуская мова"),
    "bg": ("Bulgarian", "български език"),
    "bn": ("Bengali", "বাংলা"),
    "ca": ("Catalan", "Català"),
    "cn": ("Cantonese", "广州话 / 廣州話"),
    "cs": ("Czech", "Český"),
    "da": ("Danish", "Dansk"),
    "de": ("German", "Deutsch"),
    "el": ("Greek", "ελληνικά"),
    "en": ("English", "English"),
    "es": ("Spanish", "Español"),
    "et": ("Estonian", "Eesti"),
    "fa": ("Persian", "فارسی"),
    "fi": ("Finnish", "suomi"),
    "fr": ("French", "Français"),
    "he": ("Hebrew", "עִבְרִית"),
    "hi": ("Hindi", "हिन्दी"),
    "hu": ("Hungarian", "Magyar"),
    "hy": ("Armenian", "Հայերեն"),
    "id": ("Indonesian", "Bahasa indonesia"),
    "is": ("Icelandic", "Íslenska"),
    "it": ("Italian", "Italiano"),
    "ja": ("Japanese", "日本語"),
    "ko": ("Korean", "한국어/조선말"),
    "la": ("Latin", "Latin"),
    "lv": ("Latvian", "Latviešu"),
    "nl": ("Dutch", "Nederlands"),
    "no": ("Norwegian", "Norsk"),
    "osa": ("Osage", ""),
    "pl": ("Polish", "Polski"),
    "pt": ("Portuguese", "Português"),
    "ro": ("Romanian", "Română"),
    "ru": ("Russian", "Pусский"),
    "sv": ("Swedish", "svenska"),
    "sw": ("Swahili", "Kiswahili"),
    "ta": ("Tamil", "தமிழ்"),
    "te": ("Telugu", "తెలుగు"),
    "tr": ("Turkish", "Türkçe"),
    "uk": ("Ukrainian", "Український"),
    "vi": ("Vietnamese", "Tiếng Việt"),
    "xh": ("Xhosa", ""),
    "xx": ("No Language", "No Language"),
    "yi": ("Yiddish", ""),
    "zh": ("Mandarin", "普通话"),
}

SYNTHETIC_ID_BASE = 20_000_000
_PERSON_ID_BASE = 1_000_000
_SYNTHETIC_PERSON_ID_BASE = 5_000_000


@dataclass(frozen=True)
class Person:
    id: int
    name: str


@dataclass(frozen=True)
class CastMember:
    person: Person
    character: str


@dataclass(frozen=True)
class Film:
    tmdb_id: int
    title: str
    original_title: str
    original_language: str
    release_date: str
    other_release_years: tuple[
        int, ...
    ]  # festival premieres, re-releases: what `year` also matches
    popularity: float
    vote_count: int
    vote_average: float
    genres: tuple[str, ...]
    runtime: int
    budget: int
    revenue: int
    countries: tuple[str, ...]
    languages: tuple[str, ...]
    directors: tuple[Person, ...]
    cast: tuple[CastMember, ...]
    alternative_titles: tuple[str, ...]
    letterboxd_name: str | None  # None: not in the test export
    letterboxd_year: int | None
    part: str = "tuning"  # or "held-out": see the module docstring
    media_type = "movie"

    @property
    def year(self) -> int:
        return int(self.release_date[:4])

    @property
    def release_years(self) -> frozenset[int]:
        return frozenset((self.year, *self.other_release_years))

    @property
    def imdb_id(self) -> str:
        # Not real IMDb ids: a shape-alike derived from the TMDB id, unique within the fake.
        return f"tt{90_000_000 + self.tmdb_id}"

    @property
    def search_names(self) -> tuple[str, ...]:
        return (self.title, self.original_title, *self.alternative_titles)


@dataclass(frozen=True)
class Show:
    tmdb_id: int
    name: str
    original_name: str
    original_language: str
    first_air_date: str
    last_air_date: str
    popularity: float
    vote_count: int
    vote_average: float
    genres: tuple[str, ...]
    seasons: int
    episodes: int
    episode_runtime: int
    countries: tuple[str, ...]
    languages: tuple[str, ...]
    creators: tuple[Person, ...]
    cast: tuple[CastMember, ...]
    alternative_titles: tuple[str, ...]
    letterboxd_name: str | None
    letterboxd_year: int | None
    part: str = "tuning"
    media_type = "tv"

    @property
    def year(self) -> int:
        return int(self.first_air_date[:4])

    @property
    def air_years(self) -> frozenset[int]:
        return frozenset(range(self.year, int(self.last_air_date[:4]) + 1))

    @property
    def search_names(self) -> tuple[str, ...]:
        return (self.name, self.original_name, *self.alternative_titles)


@dataclass(frozen=True)
class ExportRow:
    """One film of a Letterboxd export and what matching it should give."""

    name: str
    year: int | None
    expected_tmdb_id: int | None  # None: no confident match is the right outcome
    expected_media_type: str  # "movie" | "tv" | "" (none)
    catalogue_id: int | None  # the entry the row came from, when there is one
    catalogue_media_type: str
    note: str = ""
    part: str = "tuning"  # or "held-out"
    # The right outcome is "failed": a search TMDB must answer keeps failing (catalogue faults).
    expect_failed: bool = False


class _People:
    """Hands out stable person ids: one per name, in order of first appearance."""

    def __init__(self, base: int) -> None:
        self._ids: dict[str, int] = {}
        self._base = base

    def __call__(self, name: str) -> Person:
        if name not in self._ids:
            self._ids[name] = self._base + len(self._ids) + 1
        return Person(self._ids[name], name)


def _money(text: str) -> int:
    if text.endswith("M"):
        return round(float(text[:-1]) * 1_000_000)
    return int(text or 0)


def _split(text: str, sep: str = ",") -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(sep) if part.strip())


def _cast(text: str, people: _People) -> tuple[CastMember, ...]:
    members = []
    for entry in _split(text, ";"):
        name, _, character = entry.partition(":")
        members.append(CastMember(people(name.strip()), character.strip()))
    return tuple(members)


def _letterboxd(text: str, title: str, year: int) -> tuple[str | None, int | None]:
    if text == "-":
        return None, None
    if not text:
        return title, year
    name, _, lb_year = text.rpartition("@")
    name = name.strip() or title
    return name, int(lb_year) if lb_year.strip() else None


def _fields(table: str) -> list[list[str]]:
    rows = []
    for line in table.strip().splitlines():
        fields = [field.strip() for field in line.split("|")]
        if len(fields) != 18:
            raise ValueError(f"expected 18 fields, got {len(fields)}: {line[:60]}")
        rows.append(fields)
    return rows


def _parse_films(people: _People) -> tuple[Film, ...]:
    films = []
    for f in _fields(_films.FILMS):
        tmdb_id, title = int(f[0]), f[1]
        year = int(f[4][:4])
        lb_name, lb_year = _letterboxd(f[17], title, year)
        films.append(
            Film(
                tmdb_id=tmdb_id,
                title=title,
                original_title=title if f[2] == "=" else f[2],
                original_language=f[3],
                release_date=f[4],
                other_release_years=tuple(int(y) for y in _split(f[5])),
                popularity=float(f[6]),
                vote_count=int(f[7]),
                vote_average=float(f[8]),
                genres=tuple(_GENRE_SHORTHAND.get(g, g) for g in _split(f[9])),
                runtime=int(f[10]),
                budget=_money(f[11]),
                revenue=_money(f[12]),
                countries=_split(f[13]),
                languages=_split(f[14]),
                directors=tuple(people(n) for n in _split(f[15], ";")),
                cast=_cast(f[16], people),
                alternative_titles=_films.ALTERNATIVE_TITLES.get(tmdb_id, ()),
                letterboxd_name=lb_name,
                letterboxd_year=lb_year,
            )
        )
    return tuple(films)


def _parse_shows(people: _People) -> tuple[Show, ...]:
    shows = []
    for f in _fields(_films.SHOWS):
        tmdb_id, name = int(f[0]), f[1]
        lb_name, lb_year = _letterboxd(f[17], name, int(f[4][:4]))
        shows.append(
            Show(
                tmdb_id=tmdb_id,
                name=name,
                original_name=name if f[2] == "=" else f[2],
                original_language=f[3],
                first_air_date=f[4],
                last_air_date=f[5],
                popularity=float(f[6]),
                vote_count=int(f[7]),
                vote_average=float(f[8]),
                genres=_split(f[9]),
                seasons=int(f[10]),
                episodes=int(f[11]),
                episode_runtime=int(f[12]),
                countries=_split(f[13]),
                languages=_split(f[14]),
                creators=tuple(people(n) for n in _split(f[15], ";")),
                cast=_cast(f[16], people),
                alternative_titles=_films.SHOW_ALTERNATIVE_TITLES.get(tmdb_id, ()),
                letterboxd_name=lb_name,
                letterboxd_year=lb_year,
            )
        )
    return tuple(shows)


def _rows(table: str, width: int) -> list[list[str]]:
    rows = []
    for line in table.strip().splitlines():
        fields = [field.strip() for field in line.split("|")]
        if len(fields) != width:
            raise ValueError(f"expected {width} fields, got {len(fields)}: {line[:60]}")
        rows.append(fields)
    return rows


def _popularity(votes: int) -> float:
    # The compact tables give votes only; TMDB's popularity grows with them, roughly so.
    return round(1.0 + votes**0.5 / 3, 1)


def _parse_compact_films(module, people: _People, part: str) -> tuple[Film, ...]:
    """The films of `_hard_cases` or `_held_out`: 14 columns, ids given by position."""
    films = []
    for n, f in enumerate(_rows(module.FILMS, 14)):
        title, year = f[0], int(f[3][:4])
        votes = int(f[5])
        lb_name, lb_year = _letterboxd(f[12], title, year)
        films.append(
            Film(
                tmdb_id=module.FIRST_FILM_ID + n,
                title=title,
                original_title=title if f[1] == "=" else f[1],
                original_language=f[2],
                release_date=f[3],
                other_release_years=tuple(int(y) for y in _split(f[4])),
                popularity=_popularity(votes),
                vote_count=votes,
                vote_average=float(f[6]),
                genres=tuple(_GENRE_SHORTHAND.get(g, g) for g in _split(f[8])),
                runtime=int(f[7]),
                budget=0,
                revenue=0,
                countries=_split(f[9]),
                languages=(f[2],),
                directors=tuple(people(name) for name in _split(f[10], ";")),
                cast=_cast(f[11], people),
                alternative_titles=_split(f[13], ";"),
                letterboxd_name=lb_name,
                letterboxd_year=lb_year,
                part=part,
            )
        )
    return tuple(films)


def _parse_compact_shows(module, people: _People, part: str) -> tuple[Show, ...]:
    shows = []
    for n, f in enumerate(_rows(module.SHOWS, 15)):
        name = f[0]
        votes = int(f[5])
        lb_name, lb_year = _letterboxd(f[14], name, int(f[3][:4]))
        shows.append(
            Show(
                tmdb_id=module.FIRST_SHOW_ID + n,
                name=name,
                original_name=name if f[1] == "=" else f[1],
                original_language=f[2],
                first_air_date=f[3],
                last_air_date=f[4],
                popularity=_popularity(votes),
                vote_count=votes,
                vote_average=float(f[6]),
                genres=_split(f[10]),
                seasons=int(f[7]),
                episodes=int(f[8]),
                episode_runtime=int(f[9]),
                countries=_split(f[11]),
                languages=(f[2],),
                creators=tuple(people(n) for n in _split(f[12], ";")),
                cast=_cast(f[13], people),
                alternative_titles=(),
                letterboxd_name=lb_name,
                letterboxd_year=lb_year,
                part=part,
            )
        )
    return tuple(shows)


# The tables of each part, in the order they are parsed (person ids follow that order).
_COMPACT = ((_hard_cases, "tuning"), (_held_out, "held-out"))


_SYNTHETIC_GENRES = ("Drama", "Comedy", "Thriller", "Horror", "Romance", "Documentary", "Crime")
_SYNTHETIC_COUNTRIES = ("US", "GB", "FR", "DE", "JP", "KR", "IT", "SE", "ES", "CA")
_SYNTHETIC_LANGUAGES = {"US": "en", "GB": "en", "CA": "en", "FR": "fr", "DE": "de", "JP": "ja"}
_SYNTHETIC_LANGUAGES |= {"KR": "ko", "IT": "it", "SE": "sv", "ES": "es"}


def synthetic_film(n: int) -> Film:
    """Synthetic film number `n` (1-based): the same data every time, whatever else runs."""
    rng = random.Random(f"synthetic-film-{n}")
    year = rng.randint(1950, 2024)
    country = rng.choice(_SYNTHETIC_COUNTRIES)
    language = _SYNTHETIC_LANGUAGES[country]
    # Directors and actors recur across films, as in a real catalogue, so per-person stats work.
    director_no = rng.randint(1, 800)
    directors = (
        Person(_SYNTHETIC_PERSON_ID_BASE + director_no, f"Synthetic Director {director_no:04d}"),
    )
    cast = tuple(
        CastMember(
            Person(
                _SYNTHETIC_PERSON_ID_BASE + 10_000 + actor_no, f"Synthetic Actor {actor_no:05d}"
            ),
            f"Character {order + 1}",
        )
        for order, actor_no in enumerate(rng.sample(range(1, 5000), 3))
    )
    budget = rng.choice((0, 0, rng.randint(1, 200) * 500_000))
    title = f"Synthetic Film {n:05d}"
    return Film(
        tmdb_id=SYNTHETIC_ID_BASE + n,
        title=title,
        original_title=title,
        original_language=language,
        release_date=f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        other_release_years=(),
        popularity=round(rng.uniform(0.6, 40.0), 3),
        vote_count=rng.randint(0, 5000),
        vote_average=round(rng.uniform(4.0, 8.6), 1),
        genres=tuple(rng.sample(_SYNTHETIC_GENRES, rng.randint(1, 3))),
        runtime=rng.choice((0, rng.randint(70, 180))),
        budget=budget,
        revenue=rng.choice((0, budget * rng.randint(1, 5))),
        countries=(country,),
        languages=(language,),
        directors=directors,
        cast=cast,
        alternative_titles=(),
        letterboxd_name=title,
        letterboxd_year=year,
    )


class Catalogue:
    def __init__(self, films: tuple[Film, ...], shows: tuple[Show, ...]) -> None:
        self.films = films
        self.shows = shows
        self._films = {f.tmdb_id: f for f in films}
        self._shows = {s.tmdb_id: s for s in shows}
        if len(self._films) != len(films) or len(self._shows) != len(shows):
            raise ValueError("duplicate TMDB ids in the catalogue")

    def film(self, tmdb_id: int) -> Film | None:
        return self._films.get(tmdb_id)

    def show(self, tmdb_id: int) -> Show | None:
        return self._shows.get(tmdb_id)

    def find_films(self, title: str, year: int | None = None) -> list[Film]:
        """Films with exactly this TMDB title (and primary year), for tests to name entries."""
        return [f for f in self.films if f.title == title and (year is None or f.year == year)]

    @property
    def failing_searches(self) -> dict[tuple[str, str, int | None], int]:
        """Searches that error whenever asked, when catalogue faults are on:
        (endpoint, query, year or None) -> HTTP status."""
        failing: dict[tuple[str, str, int | None], int] = {}
        for module, _ in _COMPACT:
            failing.update(module.FAILING_SEARCHES)
        return failing

    def export_rows(self, part: str | None = None) -> list[ExportRow]:
        """The Letterboxd export this catalogue stands for, with the expected outcome per row.

        `part`: "tuning", "held-out", or None for both. Never tune on "held-out".
        """
        unresolved: dict[tuple[str, int | None], str] = {}
        failed: dict[tuple[str, int | None], str] = {}
        for module, _ in _COMPACT:
            unresolved.update(module.EXPECT_UNRESOLVED)
            failed.update(module.EXPECT_FAILED)
        rows = []
        for entry in (*self.films, *self.shows):
            if entry.letterboxd_name is None or entry.tmdb_id >= SYNTHETIC_ID_BASE:
                continue
            if part is not None and entry.part != part:
                continue
            key = (entry.letterboxd_name, entry.letterboxd_year)
            note = (
                _films.EXPECT_UNRESOLVED.get((entry.media_type, entry.tmdb_id))
                or unresolved.get(key)
                or failed.get(key)
            )
            rows.append(
                ExportRow(
                    name=entry.letterboxd_name,
                    year=entry.letterboxd_year,
                    expected_tmdb_id=None if note else entry.tmdb_id,
                    expected_media_type="" if note else entry.media_type,
                    catalogue_id=entry.tmdb_id,
                    catalogue_media_type=entry.media_type,
                    note=note or "",
                    part=entry.part,
                    expect_failed=key in failed,
                )
            )
        only = [(_films, "tuning"), *_COMPACT]
        for module, module_part in only:
            if part is not None and module_part != part:
                continue
            for name, year in module.LETTERBOXD_ONLY:
                rows.append(
                    ExportRow(
                        name,
                        year,
                        None,
                        "",
                        None,
                        "",
                        failed.get((name, year), "not on TMDB"),
                        part=module_part,
                        expect_failed=(name, year) in failed,
                    )
                )
        return rows


@functools.cache
def load(synthetic: int = 0) -> Catalogue:
    """The catalogue, with `synthetic` generated films ("Synthetic Film 00001"...) appended."""
    people = _People(_PERSON_ID_BASE)
    films = _parse_films(people)
    shows = _parse_shows(people)
    for module, part in _COMPACT:
        films += _parse_compact_films(module, people, part)
        shows += _parse_compact_shows(module, people, part)
    extra = tuple(synthetic_film(n) for n in range(1, synthetic + 1))
    return Catalogue(films + extra, shows)
