"""A date word inside a name or a title is no date (round fifteen: the class was seen in two sources, written batch h's
dev half and WiNER's dev half B).

* A word that running text writes in lower case (``name_date_words`` in ``lang/<lang>/words.yaml``: French days,
  months, "hier", "demain"; English "today", "tomorrow"), written with a capital in mid-sentence right after another
  capitalised word that is itself in mid-sentence (or a link word after one, ``name_links``: "de", "of"), is a part of
  that name: "le salon Bâtir Demain", "selon USA Today", "le festival Nuits de Juillet".
  A line written in title case (a headline: most of its longer words capitalised) says nothing by its capitals.
* A capitalised article in mid-sentence right after a lower-case word (``title_openers``: French "Un", "Une") opens a
  title that runs to the next punctuation: "il a chanté Un dimanche de janvier, ...": a date inside it is none.
"""

from __future__ import annotations

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
_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")


class _Lists(NamedTuple):
    words: frozenset[str]
    links: frozenset[str]
    title: re.Pattern[str] | None


@functools.cache
def _lists(lang: str) -> _Lists:
    own = load(f"{lang}/words")
    openers = own.get("title_openers") or []
    title = re.compile(rf"(?<![^\W\d_])(?:{'|'.join(map(re.escape, openers))})(?![\w'’])") if openers else None
    return _Lists(frozenset(w.lower() for w in own.get("name_date_words") or []),
                  frozenset(own.get("name_links") or []), title)


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return first, len(text) if last < 0 else last


def _title_case(text: str, first: int, last: int) -> bool:
    longer = _LONG_WORD.findall(text, first, last)
    return len(longer) >= 3 and 2 * sum(w[:1].isupper() for w in longer) > len(longer)


def _mid_sentence(text: str, first: int, pos: int) -> bool:
    """A lower-case word right before ``pos`` on its line (the word there does not open a sentence)."""
    before = _WORD_BEFORE.search(text, first, pos)
    return before is not None and before.group(1)[:1].islower()


def _in_name(text: str, m: DateMention, lists: _Lists, first: int) -> bool:
    word = m.text.strip()
    if word.lower() not in lists.words or not word[:1].isupper():
        return False
    before = _WORD_BEFORE.search(text, first, m.start)
    if before is not None and before.group(1) in lists.links:  # "le festival Nuits de Juillet"
        before = _WORD_BEFORE.search(text, first, before.start())
    return before is not None and before.group(1)[:1].isupper() and _mid_sentence(text, first, before.start())


def _in_title(text: str, m: DateMention, title: re.Pattern[str], first: int) -> bool:
    begin = max(first, m.start - TITLE_REACH)
    openers = [o.start() for o in title.finditer(text, begin, m.start)]
    if not openers:
        return False
    stops = [s.end() for s in _TITLE_END.finditer(text, begin, m.start)]
    return any(o >= (stops[-1] if stops else begin) and _mid_sentence(text, first, o) for o in openers)


def drop_named(ctx: _Context, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions that are no part of a name or a title (see module doc)."""
    lists = _lists(ctx.lex.lang)
    title = lists.title
    if not lists.words and title is None:
        return mentions
    text, out = ctx.text, []
    for m in mentions:
        first, last = _line(text, m.start, m.end)
        named = _in_name(text, m, lists, first) or (title is not None and _in_title(text, m, title, first))
        if not named or _title_case(text, first, last):
            out.append(m)
    return out
