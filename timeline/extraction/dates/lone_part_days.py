"""Which day a lone part of the day may take (round nineteen, issue 12): two days it must not borrow.

``times.attach_lone_parts`` gives a part of the day with no day of its own ("dans la soirée", "in the morning") the
nearest day before it in its sentence, else the story's day. Two readings of that rule are misreads:

- the part names its own day right after it, through a link word (``lone_part_day_links`` in
  ``lang/<lang>/words.yaml``: "dans la nuit du 16 au 17 octobre", "dans matinée du samedi 4 juin"): that day (a
  night of two days: its first, as "la nuit de mardi à mercredi"), not the day borrowed from before; the part keeps
  its own words (the day keeps its own mention);
- the day before it in its sentence lies after the reference date while the part's clause is told in the past ("La
  production s'arrêtera le 31 mars 2027, a précisé la direction lors d'un comité réuni dans la matinée"): a morning
  already gone is not in a future month; the part takes no day (as one with no day before it).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence

from timeline.extraction.dates.context import _Context
from timeline.extraction.dates.lexicon import _accent_variants, _alt
from timeline.lang import load
from timeline.models import DateMention


@functools.cache
def _link_after(lang: str) -> re.Pattern[str]:
    """Spaces, a link word, spaces: what stands between a part of the day and the day it names after it."""
    words = [str(w) for w in load(f"{lang}/words").get("lone_part_day_links") or []]
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"[^\S\n]+(?:{_alt(_accent_variants(words))})(?:(?<=['’])|[^\S\n]+)", re.IGNORECASE)


def day_named_after(ctx: _Context, mentions: Sequence[DateMention], end: int) -> dt.date | None:
    """The day a part of the day ending at ``end`` names right after it ("la nuit du 16 au 17 octobre": the 16th),
    the day mention starting at the link word or right after it; None when no day follows so."""
    link = _link_after(ctx.lex.lang).match(ctx.text, end)
    if link is None:
        return None
    at = {link.start() + len(link.group()) - len(link.group().lstrip()), link.end()}
    for m in mentions:
        if m.start in at and m.precision == "day" and m.time is None and m.open_end is None:
            return m.value
    return None


def future_for_a_past_part(ctx: _Context, day: DateMention, past: bool) -> bool:
    """Whether ``day``, the day before a lone part of the day in its sentence, is after the reference date while
    the part's clause is told in the past (``past``: the tense lean of the part's words)."""
    return past and ctx.reference is not None and day.value > ctx.reference
