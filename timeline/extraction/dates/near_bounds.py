"""A year-less day right after a bound ahead ("until 12 March", "jusqu'au 4 septembre") that a past cue of its sentence
would send almost a year back while it comes round within a few weeks: the near one (round twenty-eight, dts28)."""

from __future__ import annotations

import datetime as dt
import functools
import re

from timeline.extraction.dates.context import _Context
from timeline.extraction.dates.lexicon import _accent_variants, _alt, lexicon
from timeline.extraction.dates.patterns import _RIGHT_AFTER

#: A year-less day right after a bound ahead ("until", "jusqu'au": ``near_bounds_before``) of a verb that sets a term
#: (``near_bound_verbs``: extended, suspended, prolongé, fermé; not "lasted", "a maintenu") that a past cue of its
#: sentence would send ``FAR_DAYS`` or more back while it comes round within ``NEAR_DAYS`` takes the near one: the
#: past verb reports the decision, the bound is ahead ("a été prolongé jusqu'au 4 septembre" on 28 August); news copy
#: writes the year of a bound that far back. A word of the mention's own ("dernier", "last": ``side_right_before``)
#: still decides. News only: the assistant convention (``Options.bare_weekday`` 'future') reads every such day ahead.
NEAR_DAYS = 31
FAR_DAYS = 300


def near_day(ctx: _Context, start: int, end: int, ranked: list[dt.date], way: str | None) -> dt.date | None:
    """The candidate within ``NEAR_DAYS`` ahead of the reference when a past cue sent ``ranked[0]`` ``FAR_DAYS`` or
    more back and a bound ahead (``near_bounds_before``: "until", "jusqu'au") stands right before the date, with no
    word of its own giving its side (see ``NEAR_DAYS``); else None."""
    ref = ctx.reference
    if ref is None or way != "past" or ctx.options.bare_weekday != "past" \
            or (ref - ranked[0]).days < FAR_DAYS:  # (the assistant convention reads every such day ahead)
        return None
    near = next((c for c in ranked[1:] if 0 < (c - ref).days <= NEAR_DAYS), None)
    lang = ctx.lex.lang
    bound = _bound_before(lang).search(ctx.text, max(0, start - 20), start)
    if near is None or bound is None or _RIGHT_AFTER.match(ctx.text, end) \
            or _side_before(lang).search(ctx.text, max(0, start - 30), start):
        return None
    lo = max(0, bound.start() - VERB_REACH)
    stop = max((m.end() for m in _SENTENCE_END.finditer(ctx.text, lo, bound.start())), default=lo)
    if not _term_verb(lang).search(ctx.text, stop, bound.start()):
        return None  # "the strike lasted until 3 December and ended": a state run out, behind us
    return near


#: How far before the bound a verb that sets a term is looked for (in its sentence).
VERB_REACH = 120
_SENTENCE_END = re.compile(r"[.!?;\n]")


@functools.cache
def _term_verb(lang: str) -> re.Pattern[str]:
    """A verb that sets a term ahead ("extended", "suspendu", "a prolongé"): the stems of ``near_bound_verbs``."""
    stems = _alt(_accent_variants(lexicon(lang).lists["near_bound_verbs"])) or "(?!)"
    return re.compile(rf"(?<![^\W\d_])(?:{stems})[^\W\d_]*", re.IGNORECASE)


@functools.cache
def _bound_before(lang: str) -> re.Pattern[str]:
    """A bound ahead right before a date ("until", "jusqu'au"): ``near_bounds_before``."""
    words = _alt(_accent_variants(lexicon(lang).lists["near_bounds_before"])) or "(?!)"
    return re.compile(rf"(?<![^\W\d_])(?:{words})[^\S\n]*(?:(?:le|la|l['’]|the)[^\S\n]+)?$", re.IGNORECASE)


@functools.cache
def _side_before(lang: str) -> re.Pattern[str]:
    """A word right before a date that gives its side ("last", "next", "dernier"): ``side_right_before``."""
    words = _alt(_accent_variants(lexicon(lang).lists["side_right_before"])) or "(?!)"
    return re.compile(rf"(?<![^\W\d_])(?:{words})[^\S\n]+(?:(?:le|la|the)[^\S\n]+)?$", re.IGNORECASE)
