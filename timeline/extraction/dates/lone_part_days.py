"""Which day a lone part of the day may take (round nineteen, issue 12): two days it must not borrow.

``times.attach_lone_parts`` gives a part of the day with no day of its own ("dans la soirée", "in the morning") the
nearest day before it in its sentence, else the story's day. Two readings of that rule are misreads:

- the part names its own day right after it, through a link word (``lone_part_day_links`` in
  ``lang/<lang>/words.yaml``: "dans la nuit du 8 au 9 mars", "dans la matinée du samedi 4 avril"): that day is a
  mention of its own already (a night of two days: a range from its first day), so the part borrows no day from
  before and adds no second date (round nineteen's lead: the room's first reading added the part as a mention on
  the named day, a second date beside the range that WiNER's gold and the earlier tests do not have);
- the day before it in its sentence lies after the reference date while the part's clause is told in the past ("La
  production s'arrêtera le 31 mars 2027, a précisé la direction lors d'un comité réuni dans la matinée"): a morning
  already gone is not in a future month; the part takes no day (as one with no day before it).

It also holds ``session_after`` (moved from ``times``): a market session right after a lone part ("in morning
trading") lets the part take the text's previous day however far back.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from timeline.extraction.dates.context import _Context
from timeline.extraction.dates.lexicon import _WORD, _accent_variants, _alt
from timeline.extraction.dates.resolve import _lean
from timeline.lang import load
from timeline.models import DateMention


@functools.cache
def _link_after(lang: str) -> re.Pattern[str]:
    """Spaces, a link word, spaces: what stands between a part of the day and the day it names after it."""
    words = [str(w) for w in load(f"{lang}/words").get("lone_part_day_links") or []]
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"[^\S\n]+(?:{_alt(_accent_variants(words))})(?:(?<=['’])|[^\S\n]+)", re.IGNORECASE)


def names_day_after(ctx: _Context, mentions: Sequence[DateMention], end: int) -> bool:
    """Whether the lone part of the day ending at ``end`` names its day right after it, through a link word, and
    that day is a mention already ("la nuit du 8 au 9 mars", "la matinée du samedi 4 avril"): the day a reader
    takes is that mention's, and the part adds no date of its own (WiNER's gold writes "la nuit du [16] au [17
    octobre]"; the range keeps both ends)."""
    link = _link_after(ctx.lex.lang).match(ctx.text, end)
    if link is None:
        return False
    at = {link.start() + len(link.group()) - len(link.group().lstrip()), link.end()}
    return any(m.start in at and m.precision == "day" and m.time is None and m.open_end is None for m in mentions)


def future_for_a_past_part(ctx: _Context, day: DateMention, start: int, end: int) -> bool:
    """Whether ``day``, the day before the lone part ``text[start:end]`` in its sentence, is after the reference date
    while the part's clause is told in the past (the tense lean of the part's words, ``resolve._lean``)."""
    return ctx.reference is not None and day.value > ctx.reference and _lean(ctx, start, end) == "past"


@functools.cache
def session_after(lang: str) -> re.Pattern[str]:
    """A market session right after a part of the day ("in morning trading"): ``lone_part_sessions``; the part
    then takes the previous day of the text however far back, else the reference date (a market report
    dates its sessions once)."""
    words = list(load(f"{lang}/words").get("lone_part_sessions") or [])
    return re.compile(rf"[^\S\n]+(?:{_alt(_accent_variants(words))})(?!{_WORD})" if words else r"(?!)",
                      re.IGNORECASE)
