"""A clock that tells when a happening already told began or ended takes the day the lead tells (issue 12, round
seventeen).

A report published the morning after tells the day before in its lead ("Douglas, 17 June 2026 — Tynwald sat
yesterday", "LIEGE, March 13 (Reuters) - The town approved a budget late on Thursday"), then the hours of that
happening in a later sentence with no day of its own: "The sitting began at 10.30am and adjourned at 6.15pm", "The
vote, held in a session that began at 8 p.m., was unanimous, a spokeswoman said on Friday". ``times.attach_clocks``
puts such a clock on the reference date (no day in its sentence; a day that only says when something was said,
``deed_days.said_day``, taken for want of another). A reader takes the lead's day: a phase verb in the past right
before the clock ("began at", "adjourned at", "a débuté à", "a été levée vers": ``clock_phase_verbs`` and
``clock_phase_links`` in ``lang/<lang>/words.yaml``) says the clock is the start or the end of a happening already
told, and the happening the piece tells is the lead's.

The lead's day: the first day written in the text's first sentence (on the first line of at least ``LEAD_WORDS``
words; a dateline's day before its dash, the page's, is passed over), when it lies before the reference date, at most
``LEAD_DAY_SPAN`` days back. A lead of the page's own day, of a day ahead or far back, moves nothing; nor does a clock
with a told day in its own sentence, nor one in the lead.

A clock with no day of its own that borrowed a day from an earlier sentence (``times._story_day``: "in the sentence
before", "earlier in the story") lying more than ``LEAD_DAY_SPAN`` days from the reference date, and before the lead's
day, takes the lead's day instead when the lead tells a day at most ``LEAD_DAY_SPAN`` days back (the page's own day
included) and the clock's tense does not point ahead (round twenty-nine, clk29): the sentence before recalled an older
happening ("It is the third accident in a week: on Monday, another train hit a car. The train derailed at 11.43am" on
a Thursday lead) or the end of a period ("Profit for the six months to 30 September fell. Shares dropped by 8.15am"):
a clock is told of the happening the piece is about, the lead's, not of a day recalled in passing.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import islice

from timeline.extraction.dates.clock_day import CLOCK_RULE
from timeline.extraction.dates.context import _SENTENCE_END, _Context
from timeline.extraction.dates.deed_days import said_day
from timeline.extraction.dates.lexicon import _WORD, _accent_variants, _alt
from timeline.extraction.dates.resolve import _lean
from timeline.lang import load
from timeline.models import DateMention

__all__ = ["LEAD_DAY_SPAN", "lead_clocks"]

#: How far back (days) from the reference date the lead's day may lie (as ``events.story_day.LEAD_DAY_SPAN``).
LEAD_DAY_SPAN = 3
#: The first line of at least this many words holds the lead (a title or a byline above it is shorter or has none).
LEAD_WORDS = 8
#: How far before a clock its phase verb may start ("began shortly after 8 p.m.", "a débuté peu après 20 h").
PHASE_REACH = 48

#: A dateline's dash after its day ("Douglas, 17 June 2026 — ", "PARIS, 3 mars (AFP) - ").
_DATELINE_END = re.compile(r"[^\S\n]*[.,]?[^\S\n]*(?:\([^()\n]{1,30}\)[^\S\n]*)?[—–-](?:[^\S\n]|$)")
_WORDS = re.compile(r"[^\W\d_]+")


@functools.cache
def _phase_before(lang: str) -> re.Pattern[str] | None:
    """A phase verb in the past, then link words only, ending where the clock starts."""
    words = load(f"{lang}/words")
    verbs = [str(w) for w in words.get("clock_phase_verbs") or ()]
    links = [str(w) for w in words.get("clock_phase_links") or ()]
    if not verbs:
        return None
    between = rf"(?:[^\S\n]+(?:{_alt(_accent_variants(links))}))*" if links else ""
    return re.compile(rf"(?<!{_WORD})(?:{_alt(_accent_variants(verbs))}){between}[^\S\n]+$", re.IGNORECASE)


def _lead_end(text: str) -> tuple[int, int] | None:
    """(start, end) of the lead: the first sentence of the first line of at least ``LEAD_WORDS`` words. Each line
    is read in place up to its ``LEAD_WORDS``-th word (``_WORDS`` has no look-around: its matches between a line's
    ends are the line's own): a text of one long line was split whole and all its words listed (1% of a pass)."""
    at = 0
    while True:
        stop = text.find("\n", at)
        last = stop < 0
        if last:
            stop = len(text)
        if next(islice(_WORDS.finditer(text, at, stop), LEAD_WORDS - 1, None), None) is not None:
            end = _SENTENCE_END.search(text, at, stop + 1)
            return at, end.end() if end else stop
        if last:
            return None
        at = stop + 1


def _lead_day(ctx: _Context, days: Sequence[DateMention], lead: tuple[int, int], least: int = 1
              ) -> DateMention | None:
    """The lead's day (module doc), or None; ``least``: the fewest days back it may lie (0: the page's own day too)."""
    assert ctx.reference is not None
    for day in days:
        if day.start < lead[0]:
            continue
        if day.start >= lead[1]:
            return None
        if day.value == ctx.reference and _DATELINE_END.match(ctx.text, day.end):
            continue  # the dateline's day: the page's
        back = (ctx.reference - day.value).days
        return day if least <= back <= LEAD_DAY_SPAN else None
    return None


def lead_clocks(ctx: _Context, mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` (by start, clocks given their day) with each clock of a happening's phase that fell on the
    reference date moved to the lead's day (module doc)."""
    if ctx.reference is None:
        return mentions
    mentions = _recalled_to_lead(ctx, mentions)
    phase = _phase_before(ctx.lex.lang)
    if phase is None or not any(m.rule == CLOCK_RULE and m.value == ctx.reference for m in mentions):
        return mentions
    lead = _lead_end(ctx.text)
    if lead is None:
        return mentions
    days = [m for m in mentions if m.rule != CLOCK_RULE and m.precision == "day" and m.end_value is None]
    day = _lead_day(ctx, days, lead)
    if day is None:
        return mentions
    out = []
    for m in mentions:
        if (m.rule == CLOCK_RULE and m.value == ctx.reference and m.start >= lead[1]
                and phase.search(ctx.text, max(0, m.start - PHASE_REACH), m.start)):
            lo, hi = ctx.window(m.start, m.end)
            if all(said_day(ctx, d) for d in days if lo <= d.start < hi and d.start >= m.end) and not any(
                    lo <= d.start and d.end <= m.start for d in days):
                m = replace(m, value=day.value, relative=day.relative,
                            explanation=f"{m.text} -> {day.value.isoformat()}T{m.time}: the day of '{day.text}', "
                                        f"the day the lead tells, whose happening began or ended then")
        out.append(m)
    return out


#: The ends of ``times._story_day``'s reasons: the clock's day was borrowed from an earlier sentence.
_BORROWED = ("', in the sentence before", "', earlier in the story")


def _borrowed_far(ctx: _Context, m: DateMention) -> bool:
    """A clock whose day was borrowed from an earlier sentence, more than ``LEAD_DAY_SPAN`` days from the reference."""
    assert ctx.reference is not None
    return (m.rule == CLOCK_RULE and m.explanation.endswith(_BORROWED)
            and abs((m.value - ctx.reference).days) > LEAD_DAY_SPAN)


def _recalled_to_lead(ctx: _Context, mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` with each clock that borrowed a far day recalled before the lead's day moved to the lead's day
    (module doc, second paragraph)."""
    if not any(_borrowed_far(ctx, m) for m in mentions):
        return mentions
    lead = _lead_end(ctx.text)
    if lead is None:
        return mentions
    days = [m for m in mentions if m.rule != CLOCK_RULE and m.precision == "day" and m.end_value is None]
    day = _lead_day(ctx, days, lead, least=0)
    if day is None:
        return mentions
    out = []
    for m in mentions:
        if (_borrowed_far(ctx, m) and m.start >= lead[1] and m.value < day.value
                and _lean(ctx, m.start, m.end) != "future"):
            m = replace(m, value=day.value, relative=day.relative,
                        explanation=f"{m.text} -> {day.value.isoformat()}T{m.time}: the day of '{day.text}', the day "
                                    f"the lead tells (the day borrowed, {m.value.isoformat()}, a recalled one)")
        out.append(m)
    return out
