"""A bare weekday in a headline is the day its body writes with that weekday and its number.

A headline has no tense ("Grève des transports : le réseau très perturbé jeudi", "Fewer trains to Cardiff from
Sunday", "l'enquête publique s'ouvre lundi"), so a bare weekday in it falls to the convention
(``Options.bare_weekday``, the past in news). The body usually tells the same day in full ("cesseront le travail
jeudi 12 mars", "comes into force on Sunday, May 17"): that day, when it is the only one the text writes with that
weekday within a week of the reference date (the last such weekday or the next one), is the headline's day. A
headline weekday that a cue already places ("paralysée depuis lundi": behind) keeps its reading (the caller asks
only when the weekday's sentence gives no lean), and so does a weekday of the body: a sentence has a tense, and a
later day of the same weekday may well be another happening's.

A headline is a line with no stop closing it, no longer than ``HEADLINE_MAX_CHARS``, over more text (as
``present.schedule_present`` and ``headline_years`` read it).
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.extraction.dates.context import _Context
from timeline.extraction.dates.headline_years import HEADLINE_MAX_CHARS
from timeline.extraction.dates.resolve import _weekday

#: What closes a sentence at the end of a line (``present._CLOSED``): a line without it is a headline.
_CLOSED = re.compile(r"[.!?…:;»”\"')\]][^\S\n]*$")
#: A word of a date's text (the weekday written in it).
_WORD = re.compile(r"[^\W\d_]+")
#: The days a headline weekday may name: the last such weekday on or before the reference date, or the next one.
BEFORE_DAYS = 6
AFTER_DAYS = 7


def headline_weekday(ctx: _Context, start: int, end: int, weekday: int) -> tuple[dt.date, str] | None:
    """(day, explanation) of a bare weekday at ``[start, end)`` standing in a headline, from the body's one day
    written with that weekday near the reference date; None when the weekday is no headline's or the body writes
    no such day, or more than one."""
    ref = ctx.reference
    if ref is None:
        return None
    line_start = ctx.text.rfind("\n", 0, start) + 1
    line_end = ctx.text.find("\n", end)
    if line_end < 0 or not ctx.text[line_end:].strip():
        return None  # the last line, or a line alone: no body under it
    line = ctx.text[line_start:line_end]
    if len(line.strip()) > HEADLINE_MAX_CHARS or _CLOSED.search(line) or re.search(r"[.!?][^\S\n]+\S", line):
        return None  # a sentence, closed or running on: it has a tense of its own
    days = {m.value for m in ctx.mentions
            if m.start >= line_end and m.precision == "day" and m.end_value is None and m.value.weekday() == weekday
            and -BEFORE_DAYS <= (m.value - ref).days <= AFTER_DAYS
            and any(_weekday(ctx.lex, w) == weekday for w in _WORD.findall(m.text))}
    if len(days) != 1:
        return None
    day = days.pop()
    return day, f"the day the body writes with that weekday ({day.isoformat()}): a headline has no tense"
