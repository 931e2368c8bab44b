"""The share image: a PNG of a member's headline figures, drawn with Pillow.

Two shapes: a phone story (1080×1920) and a link preview (1200×630, what `og:image` names).
Pure: it draws what it is given (`ShareCard`, plain text and numbers) and fetches nothing, so
it is tested without Django or a network, and a poster never costs a request while a page
waits for its image.

Every text is drawn as text, never read as markup or a path: names come from members' files
and TMDB, and an unknown glyph is at worst a box.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

SHAPES = {"story": (1080, 1920), "preview": (1200, 630)}
SITE_NAME = "letterboxd-stats"
# TMDB's terms ask for this notice wherever its data is shown.
TMDB_NOTICE = "This product uses the TMDB API but is not endorsed or certified by TMDB."
TMDB_CREDIT = "Film data from TMDB (themoviedb.org)"

BACKGROUND = (20, 24, 28)
PANEL = (32, 39, 46)
TEXT = (255, 255, 255)
MUTED = (153, 170, 187)
ACCENTS = ((255, 128, 0), (0, 224, 84), (64, 188, 244))

# Fonts with wide coverage that Debian and most Linux images carry (fonts-dejavu-core);
# without any of them Pillow's own font is used, which has fewer glyphs but always works.
FONT_FILES = {
    "bold": (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
        "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf",
    ),
    "regular": (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/TTF/DejaVuSans.ttf",
    ),
}


@dataclass(frozen=True)
class ShareCard:
    """What a share image says. `figures` are the big numbers, (value, label) each;
    `facts` are (label, value) lines such as ("Top genre", "Drama"); `bars` a short ranking
    drawn as bars, (name, count) each."""

    title: str
    subtitle: str
    figures: list[tuple[str, str]] = field(default_factory=list)
    facts: list[tuple[str, str]] = field(default_factory=list)
    bars_title: str = ""
    bars: list[tuple[str, int]] = field(default_factory=list)


@lru_cache(maxsize=64)
def font(weight: str, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for path in FONT_FILES[weight]:
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default(size)


def _width(draw: ImageDraw.ImageDraw, text: str, face) -> float:
    return draw.textlength(text, font=face)


def fit(draw: ImageDraw.ImageDraw, text: str, face, max_width: float) -> str:
    """`text`, cut with "…" where it would pass `max_width`."""
    text = " ".join(text.split())  # no newline or tab from a file reaches the image
    if _width(draw, text, face) <= max_width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with its ellipsis
        middle = (low + high + 1) // 2
        if _width(draw, text[:middle].rstrip() + "…", face) <= max_width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def _brand(draw: ImageDraw.ImageDraw, x: int, y: int, size: int) -> None:
    """Our name, after three dots as the site's header draws them."""
    radius = size // 3
    for i, colour in enumerate(ACCENTS):
        cx = x + radius + i * (radius * 2 + radius // 2)
        draw.ellipse((cx - radius, y, cx + radius, y + 2 * radius), fill=colour)
    text_x = x + 3 * (radius * 2 + radius // 2) + radius
    draw.text((text_x, y + radius), SITE_NAME, font=font("bold", size), fill=TEXT, anchor="lm")


def _bars(draw, card: ShareCard, box: tuple[int, int, int, int], size: int) -> None:
    """A short ranking as labelled bars inside `box` (left, top, right, bottom): as many rows
    as fit, up to five."""
    left, top, right, bottom = box
    if not card.bars:
        return
    draw.text((left, top), card.bars_title, font=font("bold", size), fill=MUTED)
    row_height = int(size * 2.3)
    first = top + size * 2
    rows = card.bars[: max(0, min(5, (bottom - first) // row_height))]
    most = max((count for _, count in rows), default=1) or 1
    label_face, value_face = font("regular", size), font("bold", size)
    for i, (name, count) in enumerate(rows):
        y = first + i * row_height
        value = f"{count:,}"
        value_width = _width(draw, value, value_face)
        label = fit(draw, name, label_face, right - left - value_width - 20)
        draw.text((left, y), label, font=label_face, fill=TEXT)
        draw.text((right, y), value, font=value_face, fill=TEXT, anchor="ra")
        bar_top = y + int(size * 1.35)
        bar_width = max(int((right - left) * count / most), size // 2)
        draw.rounded_rectangle(
            (left, bar_top, left + bar_width, bar_top + size // 2),
            radius=size // 4,
            fill=ACCENTS[i % len(ACCENTS)],
        )


def _figures(draw, figures, box: tuple[int, int, int, int], columns: int, value_size: int):
    """The big numbers on panels, `columns` to a row, inside `box`."""
    left, top, right, bottom = box
    rows = max((len(figures) + columns - 1) // columns, 1)
    gap = value_size // 3
    cell_w = (right - left - gap * (columns - 1)) / columns
    cell_h = (bottom - top - gap * (rows - 1)) / rows
    value_face, label_face = font("bold", value_size), font("regular", value_size * 2 // 5)
    for i, (value, label) in enumerate(figures):
        row, column = divmod(i, columns)
        x0 = left + column * (cell_w + gap)
        y0 = top + row * (cell_h + gap)
        draw.rounded_rectangle((x0, y0, x0 + cell_w, y0 + cell_h), radius=gap, fill=PANEL)
        middle = y0 + cell_h / 2
        inner = cell_w - gap * 2
        draw.text(
            (x0 + gap, middle - value_size * 0.15),
            fit(draw, value, value_face, inner),
            font=value_face,
            fill=ACCENTS[i % len(ACCENTS)],
            anchor="ls",
        )
        draw.text(
            (x0 + gap, middle + value_size * 0.2),
            fit(draw, label, label_face, inner),
            font=label_face,
            fill=MUTED,
            anchor="lt",
        )


def _facts(draw, facts, left: int, top: int, right: int, size: int, spacing: int) -> int:
    """(label, value) lines; returns the y below them."""
    label_face, value_face = font("regular", size * 3 // 4), font("bold", size)
    y = top
    for label, value in facts:
        draw.text(
            (left, y), fit(draw, label, label_face, right - left), font=label_face, fill=MUTED
        )
        draw.text(
            (left, y + size), fit(draw, value, value_face, right - left), font=value_face, fill=TEXT
        )
        y += spacing
    return y


def _attribution(draw, left: int, bottom: int, right: int, size: int) -> None:
    """TMDB's credit and notice, smaller than our name, as its terms ask."""
    face = font("regular", size)
    draw.text(
        (left, bottom - size * 2.6),
        fit(draw, TMDB_CREDIT, face, right - left),
        font=face,
        fill=MUTED,
    )
    draw.text(
        (left, bottom - size * 1.2),
        fit(draw, TMDB_NOTICE, face, right - left),
        font=face,
        fill=MUTED,
    )


def _story(card: ShareCard) -> Image.Image:
    width, height = SHAPES["story"]
    image = Image.new("RGB", (width, height), BACKGROUND)
    draw = ImageDraw.Draw(image)
    margin = 80
    right = width - margin
    _brand(draw, margin, 90, 40)
    draw.text(
        (margin, 230),
        fit(draw, card.subtitle, font("bold", 40), right - margin),
        font=font("bold", 40),
        fill=ACCENTS[0],
    )
    draw.text(
        (margin, 290),
        fit(draw, card.title, font("bold", 84), right - margin),
        font=font("bold", 84),
        fill=TEXT,
    )
    figures = card.figures[:6]
    _figures(draw, figures, (margin, 440, right, 980), columns=2, value_size=88)
    y = _facts(draw, card.facts[:3], margin, 1030, right, 46, 105)
    _bars(draw, card, (margin, y + 15, right, 1790), 36)
    _attribution(draw, margin, height - 50, right, 24)
    return image


def _preview(card: ShareCard) -> Image.Image:
    width, height = SHAPES["preview"]
    image = Image.new("RGB", (width, height), BACKGROUND)
    draw = ImageDraw.Draw(image)
    margin = 60
    right = width - margin
    _brand(draw, margin, 50, 30)
    draw.text(
        (right, 65),
        fit(draw, card.subtitle, font("bold", 30), 420),
        font=font("bold", 30),
        fill=ACCENTS[0],
        anchor="rm",
    )
    draw.text(
        (margin, 120),
        fit(draw, card.title, font("bold", 64), right - margin),
        font=font("bold", 64),
        fill=TEXT,
    )
    _figures(draw, card.figures[:4], (margin, 225, right, 405), columns=4, value_size=56)
    # Two facts side by side.
    half = margin + (right - margin) // 2
    _facts(draw, card.facts[:1], margin, 440, half - 30, 34, 0)
    _facts(draw, card.facts[1:2], half + 10, 440, right, 34, 0)
    _attribution(draw, margin, height - 20, right, 20)
    return image


def render(card: ShareCard, shape: str) -> bytes:
    """The card as PNG bytes, in one of SHAPES."""
    image = _story(card) if shape == "story" else _preview(card)
    out = io.BytesIO()
    # Flat colours compress well at a low level; the highest levels cost time for little.
    image.save(out, format="PNG", compress_level=3)
    return out.getvalue()


def _count(n: int, one: str, many: str) -> tuple[str, str]:
    return f"{n:,}", one if n == 1 else many


def card_from_stats(stats: dict, *, owner: str, year: int | None) -> ShareCard:
    """The card of a dashboard's statistics (`movies.stats.dashboard_stats`), for all time or
    a year in review. `owner` is the member's name, or "" for none."""
    cards = stats["cards"]
    figures = [
        _count(cards["films"], "film", "films"),
        _count(cards["hours"], "hour", "hours"),
        _count(cards["diary_entries"], "diary entry", "diary entries"),
    ]
    if cards.get("average_rating") is not None:
        figures.append((f"{cards['average_rating']:.2f} ★", "average rating"))
    figures += [
        _count(cards["likes"], "like", "likes"),
        _count(cards["countries"], "country", "countries"),
    ]
    top = {
        dimension: (stats[dimension]["watched"][0]["name"] if stats[dimension]["watched"] else "")
        for dimension in ("genres", "directors", "actors")
    }
    facts = []
    if top["genres"]:
        facts.append(("Genre of the year" if year else "Most watched genre", top["genres"]))
    if top["directors"]:
        facts.append(("Most watched director", top["directors"]))
    busiest = (stats.get("milestones") or {}).get("busiest_month")
    if year and busiest:
        facts.append(("Busiest month", f"{busiest['label']} ({busiest['count']:,})"))
    elif top["actors"]:
        facts.append(("Most watched actor", top["actors"]))
    whose = f"{owner}’s" if owner else "My"
    return ShareCard(
        title=f"{whose} {year}" if year else f"{whose} films",
        subtitle=f"{year} in review" if year else "All time",
        figures=figures,
        facts=facts,
        bars_title="Most watched genres",
        bars=[(g["name"], g["count"]) for g in stats["genres"]["watched"][:5]],
    )
