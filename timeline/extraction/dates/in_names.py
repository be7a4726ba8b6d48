"""A date word inside a name or a title is no date (round fifteen: the class was seen in two sources, written batch h's
dev half and WiNER's dev half B).

* A word that running text writes in lower case (``name_date_words`` in ``lang/<lang>/words.yaml``: French days,
  months, "hier", "demain"; English "today", "tomorrow"), written with a capital in mid-sentence right after another
  capitalised word that is itself in mid-sentence (or a link word after one, ``name_links``: "de", "of"), is a part of
  that name: "le salon Bâtir Demain", "selon USA Today", "le festival Nuits de Juillet".
  A line written in title case (a headline: most of its longer words capitalised) says nothing by its capitals.
* A capitalised article in mid-sentence right after a lower-case word (``title_openers``: French "Un", "Une") opens a
  title that runs to the next punctuation: "il a chanté Un dimanche de janvier, ...": a date inside it is none.
* A newspaper or a broadcaster whose name holds a day (round twenty: "révélé par Le Journal du dimanche", "la chaîne
  Russia Today", "told the Mail on Sunday"), one of the ``media`` names of lang/*/actors.yaml (both languages' lists:
  a French page cites English titles) written as listed, the day's word in either case (pages write "Journal du
  dimanche"), is a name, never a date; a headline's title case does not undo it. Seen in the fresh WiNER
  date gold (three articles) and in real-news dev half A (a row dated by the "dimanche" of that newspaper).
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import NamedTuple

from timeline.extraction.dates.context import _Context
from timeline.lang import load
from timeline.models import DateMention

#: Where a title opened by an article ends (and where a search back for its opener stops).
_TITLE_END = re.compile(r"[,.;:!?«»\"“”()\[\]\n–—]")
#: A title runs this many characters at most from its opener to a date inside it.
TITLE_REACH = 60
#: The word right before a position, and what comes before that word (a sentence start or not).
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[^\S\n]+$")
#: How far back the word before a position is looked for (a word and its spaces).
WORD_REACH = 40
_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")


class _Lists(NamedTuple):
    words: frozenset[str]
    links: frozenset[str]
    openers: tuple[str, ...]


@functools.cache
def _lists(lang: str) -> _Lists:
    own = load(f"{lang}/words")
    return _Lists(frozenset(w.lower() for w in own.get("name_date_words") or []),
                  frozenset(own.get("name_links") or []), tuple(own.get("title_openers") or ()))


def _opener_starts(text: str, openers: tuple[str, ...]) -> list[int]:
    """Where a title opener stands as a word of its own (``str.find``: most texts hold none in mid-sentence)."""
    out = []
    for word in openers:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not (text[end].isalnum()
                                                                                     or text[end] in "'’")):
                out.append(at)
            at = text.find(word, end)
    return sorted(out)


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _title_case(text: str, pos: int) -> bool:
    """The line holding ``pos`` is written in title case (a headline): most of its longer words capitalised."""
    last = text.find("\n", pos)
    longer = _LONG_WORD.findall(text, _line_start(text, pos), len(text) if last < 0 else last)
    return len(longer) >= 3 and 2 * sum(w[:1].isupper() for w in longer) > len(longer)


def _word_before(text: str, pos: int) -> re.Match[str] | None:
    """The word right before ``pos``, spaces between, on its line (searched in a short stretch before it)."""
    return _WORD_BEFORE.search(text, max(_line_start(text, pos), pos - WORD_REACH), pos)


def _mid_sentence(text: str, pos: int) -> bool:
    """A lower-case word right before ``pos`` on its line (the word there does not open a sentence)."""
    before = _word_before(text, pos)
    return before is not None and before.group(1)[:1].islower()


def _in_name(text: str, m: DateMention, lists: _Lists) -> bool:
    word = m.text.strip()
    if not word[:1].isupper() or word.lower() not in lists.words:
        return False
    before = _word_before(text, m.start)
    if before is not None and before.group(1) in lists.links:  # "le festival Nuits de Juillet"
        before = _word_before(text, before.start())
    return before is not None and before.group(1)[:1].isupper() and _mid_sentence(text, before.start())


def _in_title(text: str, m: DateMention, openers: list[int]) -> bool:
    begin = max(_line_start(text, m.start), m.start - TITLE_REACH)
    near = openers[bisect.bisect_left(openers, begin):bisect.bisect_left(openers, m.start)]
    if not near:
        return False
    stops = [s.end() for s in _TITLE_END.finditer(text, begin, m.start)]
    return any(o >= (stops[-1] if stops else begin) and _mid_sentence(text, o) for o in near)


#: Words of a day in a medium's name (besides ``name_date_words`` of both languages): English weekdays are written
#: with a capital anyway, so that list leaves them out.
_DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend"})


class _Media(NamedTuple):
    pattern: re.Pattern[str]
    reach: int
    #: Each name's longest stretch written as listed (no day's word in it): a text holding none of them holds no
    #: name, so its mentions are not searched one by one (``_in_media`` was 2.7% of a suite pass). Empty: no key.
    keys: tuple[str, ...]


def _key(name: str, days: set[str]) -> str:
    """The longest stretch of ``name`` between its day words: case as written, so a match holds it as it is."""
    stretches = re.split("|".join(rf"(?<![\w'’]){re.escape(d)}(?![\w'’])" for d in sorted(days, key=len, reverse=True)),
                         name, flags=re.IGNORECASE)
    return max(stretches, key=len)


@functools.cache
def _media_days() -> _Media | None:
    """The ``media`` names of both languages that hold a word of a day, each word as written but the day's, which
    pages write in either case ("Journal du (?i:Dimanche)"), the longest name's length (no match is longer), and
    the names' keys (``_Media.keys``)."""
    days = set(_DAY_WORDS)
    for lang in ("fr", "en"):
        days |= _lists(lang).words
    names = {str(name) for lang in ("fr", "en") for name in (load(f"{lang}/actors").get("media") or [])}
    held = sorted((n for n in names if days & set(re.findall(r"[\w'’]+", n.lower()))), key=len, reverse=True)
    if not held:
        return None

    def pattern(name: str) -> str:  # each word as written, but a day's word in any case ("du dimanche")
        return "".join(f"(?i:{re.escape(part)})" if part.lower() in days else re.escape(part)
                       for part in re.split(r"([\w'’]+)", name))

    keys = {_key(name, days) for name in held}
    keys = tuple(sorted(key for key in keys if not any(other != key and other in key for other in keys)))
    return _Media(re.compile(rf"(?<![\w'’])(?:{'|'.join(map(pattern, held))})(?![\w'’])"), max(map(len, held)),
                  () if "" in keys else keys)


def _in_media(text: str, media: _Media, m: DateMention) -> bool:
    """Whether a medium's name holds the mention. Only the window a name holding it can reach is searched (a scan of
    the whole text cost 7% of a seeds pass): ``pos`` lets the look-behind see the text before it, and the window ends
    one character past the furthest end, so the look-ahead reads a real character."""
    pattern, reach, _ = media
    lo, hi = max(0, m.start - reach), min(len(text), m.end + reach + 1)
    return any(found.start() <= m.start and m.end <= found.end() for found in pattern.finditer(text, lo, hi))


#: A text's keys are looked for (some 6-9 ns a character of the text, all keys) only where that costs less than the
#: search of a window around each mention (some 3,000 ns a mention): both ways find the same names.
CHARS_PER_MENTION = 400


def _may_hold(text: str, media: _Media, mentions: int) -> bool:
    """False only when ``text`` holds none of the names' keys (so no name); looked for only in a text with some
    mention every ``CHARS_PER_MENTION`` characters."""
    return not media.keys or len(text) > mentions * CHARS_PER_MENTION or any(key in text for key in media.keys)


def drop_named(ctx: _Context, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions that are no part of a name or a title (see module doc)."""
    lists = _lists(ctx.lex.lang)
    text = ctx.text
    media = _media_days()
    if media is not None and _may_hold(text, media, len(mentions)):
        mentions = [m for m in mentions if not _in_media(text, media, m)]
    openers = _opener_starts(text, lists.openers) if lists.openers else []
    if not lists.words and not openers:
        return mentions
    named = [_in_name(text, m, lists) or bool(openers and _in_title(text, m, openers)) for m in mentions]
    return [m for m, no in zip(mentions, named, strict=True) if not no or _title_case(text, m.start)]
