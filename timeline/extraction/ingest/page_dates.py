"""An HTML page's publication date: its metadata when it states one, else the stamp it shows.

htmldate (through trafilatura, extensive search off) reads a page's metadata and, when there is none,
guesses from the markup: a page that only shows "Updated March 4, 2025 | Published March 3, 2025", or
a box of related articles with their dates, then gets the update's day or another article's. So:

    1. publication metadata   JSON-LD "datePublished", article:published_time, itemprop="datePublished",
                              ... (html_published_meta in lang/ingest.yaml): htmldate's answer stands
    2. visible stamp          the first publication stamp among the lines under the page's headline
                              (<h1>, else the title's line), then just above it: "Publié le 12/03/2025
                              à 14h05, mis à jour le 13/03/2025" -> 12 March; "Updated March 4, 2025 |
                              Published March 3, 2025" -> 3 March. An update stamp alone does not count.
    3. htmldate's guess

Pure: a parsed tree and the page's visible lines in, a date out. Word lists: lang/ingest.yaml.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from typing import Any

from timeline import lang as lexicon
from timeline.extraction.stamps import find_stamp_date
from timeline.extraction.stories import Line, classify, weekdays_only

#: The stamp is looked for in this many lines under the headline, then this many above it.
LINES_UNDER = 8
LINES_ABOVE = 3
#: Stamps are short lines (as in stories.STAMP_MAX_CHARS, with room for two dates).
STAMP_LINE_CHARS = 240
#: Under the headline, a part of a line with a full date and a clock time in at most this many words is a
#: byline's stamp even with the author's name in it ("Anne Roux — Le 14/05/2025 à 18:32").
BYLINE_MAX_WORDS = 9
#: At most this many stamp lines around the headline are kept in the text (a header, a byline, an update).
MAX_STAMP_LINES = 3
#: A stamp line whose parts are set apart by separators ("Saumur Infos · jeudi 25 juin 2026 · par M. T.") is short.
STAMP_MAX_WORDS = 20
_SEPARATOR = re.compile(r"\s+[|·•—–-]\s+")
_CLOCK = re.compile(r"(?<!\d)\d{1,2}\s*[:hH]\s*\d{2}(?!\d)|\b\d{1,2}\s*[ap]\.?m\b", re.IGNORECASE)
#: What stands before a stamp's date when its clock comes first: a cue ("à", "at"), the clock, a comma or "le"/"on";
#: the rest (``rest``) is left to weekdays_only ("16:05, friday", "a 18h40, le mercredi", over folded text).
_CLOCK_BEFORE = re.compile(r"\s*(?:(?:a|at)\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\b\.?|\d{1,2}\s*[:h.]\s*\d{2})"
                           r"\s*[,;|\-–—]?\s*(?:(?:on|le)\s+)?(?P<rest>.*)", re.DOTALL)


@functools.cache
def _clock_zone() -> re.Pattern[str]:
    """A clock with its optional am/pm and time zone ("06:15 BST", "5:30 p.m. ET", "06h15 (heure de Paris)",
    "14:05 GMT+2"): the zones are ``clock_zones`` in lang/ingest.yaml, read over folded text."""
    zones = sorted({lexicon.fold(str(w)) for w in lexicon.load("ingest").get("clock_zones", [])}, key=len, reverse=True)
    zone = "|".join(re.escape(z).replace(r"\ ", r"\s+") for z in zones) or "(?!)"
    clock = r"(?:(?<!\d)\d{1,2}\s*[:h]\s*\d{2}(?!\d)|\b\d{1,2}(?=\s*[ap]\.?\s?m\b))(?:\s*[ap]\.?\s?m\b\.?)?"
    return re.compile(rf"{clock}(?:\s*\(?(?:{zone})(?:\s*[+\-−]\s*\d{{1,2}}(?::?\d{{2}})?)?\)?(?!\w))?")


def clock_time(folded: str) -> bool:
    """True when ``folded`` (folded text) is a clock time alone, with its am/pm and time zone ("06:15 bst")."""
    return _clock_zone().fullmatch(folded.strip()) is not None


@functools.cache
def _meta_names() -> frozenset[str]:
    return frozenset(str(w).lower() for w in lexicon.load("ingest").get("html_published_meta", []))


def has_published_metadata(tree: Any) -> bool:
    """True when the page's markup states its publication date for machines (see the module doc)."""
    names = _meta_names()
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key in names and (meta.get("content") or "").strip():
            return True
    if tree.xpath('//*[@itemprop="datePublished"]'):
        return True
    return any('"datePublished"' in (s.text or "") for s in tree.xpath('//script[@type="application/ld+json"]'))


@functools.cache
def _stamp_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(any publication or update word, the update words) as patterns over folded text."""
    data = lexicon.load("ingest")

    def alternation(key: str) -> str:
        words = {lexicon.fold(str(w)) for w in data.get(key, [])}
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    both = f"{alternation('published_words')}|{alternation('update_words')}"
    return re.compile(rf"(?<!\w)(?:{both})(?!\w)"), re.compile(rf"^(?:{alternation('update_words')})(?!\w)")


def _published_in(line: str) -> dt.date | None:
    """The publication date of one stamp line, read part by part: each publication or update word
    opens a part ("Updated March 4 ... | Published March 3 ..."); an update part never counts."""
    folded = lexicon.fold(line)
    if len(folded) != len(line):  # folding changed offsets (rare ligatures): read the line whole
        folded = line = line.lower()
    words, updates = _stamp_words()
    cuts = [0, *(m.start() for m in words.finditer(folded) if m.start() > 0), len(line)]
    for start, end in itertools.pairwise(cuts):
        part = line[start:end].strip()
        if not part or updates.match(folded[start:end].strip()):
            continue
        stamp = classify(Line(0, len(part), part)).stamp
        if stamp is not None and not stamp.updated and stamp.date.year is not None:
            return stamp.date.value()
        if len(part.split()) <= BYLINE_MAX_WORDS and _CLOCK.search(part):  # "Anne Roux — Le 14/05/2025 à 18:32"
            date = find_stamp_date(part)
            if date is not None and date.year is not None:
                return date.value()
    return None


def visible_published(lines: list[str], headline: str) -> dt.date | None:
    """The first publication stamp under the headline's line, else just above it (see the module doc)."""
    key = lexicon.fold(" ".join(headline.split()))
    at = next((i for i, line in enumerate(lines) if key and lexicon.fold(line) == key), None)
    if at is None:
        return None
    window = [*lines[at + 1 : at + 1 + LINES_UNDER], *reversed(lines[max(0, at - LINES_ABOVE) : at])]
    for line in window:
        if len(line) <= STAMP_LINE_CHARS and any(c.isdigit() for c in line):
            found = _published_in(line) or _separated_date(line)
            if found is not None:
                return found
    return None


def stamp_lines(lines: list[str], headline: str) -> list[str]:
    """The page's stamp lines around its headline, in page order: the header above it and the bylines under it
    that date the page ("Saumur Infos · jeudi 25 juin 2026 · par M. T.", "Publié le 09/11/2026 à 07h30 · Mis à jour
    le ..."), at most MAX_STAMP_LINES. Main-text extraction drops them; pages.py keeps them as page evidence."""
    key = lexicon.fold(" ".join(headline.split()))
    at = next((i for i, line in enumerate(lines) if key and lexicon.fold(line) == key), None)
    if at is None:
        return []
    window = [*lines[max(0, at - LINES_ABOVE) : at], *lines[at + 1 : at + 1 + LINES_UNDER]]
    found = [line for line in window if len(line) <= STAMP_LINE_CHARS and any(c.isdigit() for c in line)
             and _stamp_line(line)]
    return found[:MAX_STAMP_LINES]


def _stamp_line(line: str) -> bool:
    """True when ``line`` is a stamp: a publication or update stamp, a byline's date, an outlet's dated header."""
    if len(line.split()) > STAMP_MAX_WORDS:
        return False  # a dateline opening the first paragraph ("Bruxelles, 17 février 2025 (APN) - Les ...") is body
    verdict = classify(Line(0, len(line), line))
    if verdict.role == "noise" and verdict.stamp is not None and verdict.stamp.date.year is not None:
        return True
    if _published_in(line) is not None:
        return True
    parts = _SEPARATOR.split(line)  # "Live | Sunday 12 July 2026 | Our sports desk": one part is the date alone
    return len(parts) > 1 and not line.rstrip().endswith(".") and any(_date_alone(part) for part in parts)


def _separated_date(line: str) -> dt.date | None:
    """The date of a stamp line whose date stands alone between separators ("Saumur Infos · jeudi 25 juin 2026 · par
    M. T."), not an update's ("Direct | mis à jour le ..."); None for any other line."""
    if len(line.split()) > STAMP_MAX_WORDS or line.rstrip().endswith("."):
        return None
    for part in _SEPARATOR.split(line) if _SEPARATOR.search(line) else ():
        if _date_alone(part) and not _stamp_words()[1].match(lexicon.fold(part).strip()):
            date = find_stamp_date(part)
            return date.value() if date is not None else None
    return None


def _date_alone(part: str) -> bool:
    """True when ``part`` is a full date, with at most its weekday and a clock time around it: the clock after it
    ("..., 06:15 BST", "à 06h15 (heure de Paris)") or before it ("Published 16:05, Friday 30 October 2026",
    "Publié à 18h40, le mercredi 25 novembre 2026")."""
    date = find_stamp_date(part)
    if date is None or date.year is None:
        return False
    after = _clock_zone().sub(" ", lexicon.fold(part[date.end :]))
    before = _stamp_words()[0].sub(" ", lexicon.fold(part[: date.start]))  # "mis à jour le dimanche 8 mars 2026"
    clock_first = _CLOCK_BEFORE.fullmatch(before)
    before = clock_first.group("rest") if clock_first else before
    return not re.sub(r"[\s,;:()àa\-–—]+", "", after) and weekdays_only(before)


def headline_of(tree: Any, title: str) -> str:
    """The headline the page shows: its first <h1>, else its title."""
    for h1 in tree.iter("h1"):
        text = " ".join("".join(h1.itertext()).split())
        if text:
            return text
    return title
