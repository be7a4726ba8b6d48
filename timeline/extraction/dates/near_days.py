"""A year-less day a few weeks ahead that a past cue of its sentence sends almost a year back (round thirty-two, yr32).

"The manager was sent off and faces a hearing on 8 December" (page of 29 November), "La commission de sécurité passe
mardi prochain, le 8 décembre" (3 December; "passe" reads as the cue "passé"), "the first stop in Brisbane, on
November 11, may be eliminated" after "the originally planned tour" (5 November): the nearest past cue is another
verb's, a participle or a misread present, and news copy writes the year of a day of last year that far back. The
near reading is taken when no word of the date's own gives its side ("dernier", "last", "since"), no done deed is
named before it ("le lynchage du gendarme, le 21 juin": done_deeds.py) and no bound stands right before it (a bound
is ``near_bounds``' own: "the strike lasted until 12 September" stays behind). News only: the assistant convention
(``Options.bare_weekday`` 'future') reads every such day ahead already.

The date's own verb may still be past ("The plant closed on September 12"): the near reading is then a guess, and
the events do not build a happening on it (``own_clause`` False: ``resolve.NEAR_DAY_CONFIDENCE``, read as weak by
``events.date_readings``): rounds twenty-six and twenty-eight built rows on such days and broke a written test
floor. When a coordinator ("and", "et", ``clause_links``) stands between the nearest past cue before the date and the
date, and no past cue stands from that coordinator to the sentence's end, the past is the other conjunct's ("was
sent off ... and faces a hearing on"): the day dates its happening (``own_clause`` True).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import NamedTuple

from timeline.extraction.dates.context import _Context
from timeline.extraction.dates.done_deeds import deed_distance
from timeline.extraction.dates.lexicon import _accent_variants, _alt
from timeline.extraction.dates.near_bounds import FAR_DAYS, NEAR_DAYS, _bound_before, _side_before
from timeline.extraction.dates.patterns import _RIGHT_AFTER, _cue_patterns
from timeline.extraction.dates.set_leans import set_lean
from timeline.lang import load

__all__ = ["Near", "near_ahead"]


class Near(NamedTuple):
    """A near day taken against a past cue."""

    day: dt.date
    """The candidate within ``NEAR_DAYS`` ahead of the reference."""
    own_clause: bool
    """Whether the past cue is another conjunct's (a coordinator between them, no past cue after it)."""


def near_ahead(ctx: _Context, start: int, end: int, ranked: list[dt.date], way: str | None) -> Near | None:
    """The candidate within ``NEAR_DAYS`` ahead of the reference when a past cue (``way`` 'past') sent ``ranked[0]``
    ``FAR_DAYS`` or more back, with no word of the date's own, no done deed and no bound before it; else None."""
    ref = ctx.reference
    if ref is None or way != "past" or ctx.options.bare_weekday != "past" or (ref - ranked[0]).days < FAR_DAYS:
        return None
    near = next((c for c in ranked[1:] if 0 < (c - ref).days <= NEAR_DAYS), None)
    if near is None:
        return None
    lang, text = ctx.lex.lang, ctx.text
    if _RIGHT_AFTER.match(text, end) or _side_before(lang).search(text, max(0, start - 30), start) \
            or _bound_before(lang).search(text, max(0, start - 20), start) \
            or set_lean(ctx, start, end) is not None or deed_distance(lang, text, start, ctx.low) is not None:
        return None
    return Near(near, _other_conjunct(ctx, start, end))


def _other_conjunct(ctx: _Context, start: int, end: int) -> bool:
    """Whether a coordinator stands between the nearest past cue before the date and the date, with no past cue
    from it to the sentence's end ("was sent off in the second half and faces a hearing on 8 December")."""
    lo, hi = ctx.window(start, end)
    pasts = [(m.start(), m.end()) for way, pattern in _cue_patterns(ctx.lex.lang)
             for m in pattern.finditer(ctx.text, lo, hi)
             if (m.lastgroup == "past" if way == "words" else way == "past") and not start <= m.start() < end]
    before = [e for s, e in pasts if e <= start]
    if not before:
        return False
    link = _link(ctx.lex.lang).search(ctx.text, max(before), start)
    return link is not None and not any(s >= link.end() for s, _ in pasts)


@functools.cache
def _link(lang: str) -> re.Pattern[str]:
    """A coordinator of ``clause_links`` ("and", "et", "mais") as a word."""
    words = _alt(_accent_variants([str(w) for w in load(f"{lang}/words").get("clause_links") or []])) or "(?!)"
    return re.compile(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])", re.IGNORECASE)
