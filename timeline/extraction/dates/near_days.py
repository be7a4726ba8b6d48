"""A year-less day a few weeks ahead that a past cue of another conjunct sends almost a year back (round thirty-two,
yr32).

"The manager was sent off in the second half and faces a disciplinary hearing on 8 December" (page of 29 November):
the nearest past cue is the first conjunct's ("was sent off"); the date's own conjunct, after the coordinator, has
none ("faces" is a present the cues do not list). News copy writes the year of a day of last year that far back, so
the day a few weeks ahead is meant. Taken when a coordinator (``clause_links``: "and", "et", "mais") stands between
the nearest past cue before the date and the date, no past cue stands from that coordinator to the sentence's end
("the club was fined and its appeal was heard on 2 September" keeps the year back; so does a French participle
sharing the first conjunct's auxiliary, "a reporté la grève et manifesté ... le 3 décembre"), no word of the date's
own gives its side ("dernier", "last", "since"), no done deed is named before it (done_deeds.py) and no bound stands
right before it (``near_bounds``' own case). News only: the assistant convention (``Options.bare_weekday``
'future') is untouched.

A broader rule (any near day against a past cue, the date's own verb included) read the counted dates right but
flipped 17 table rows of earlier rounds that pin a day right after its own past verb a year back ("The suspect fled
on April 20"), and rounds twenty-six and twenty-eight saw its event rows break a written test floor: not taken.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from timeline.extraction.dates.context import _Context
from timeline.extraction.dates.done_deeds import deed_distance
from timeline.extraction.dates.lexicon import _accent_variants, _alt
from timeline.extraction.dates.near_bounds import FAR_DAYS, NEAR_DAYS, _bound_before, _side_before
from timeline.extraction.dates.patterns import _RIGHT_AFTER, _cue_patterns
from timeline.extraction.dates.set_leans import set_lean
from timeline.lang import load

__all__ = ["near_ahead", "near_behind"]


def near_ahead(ctx: _Context, start: int, end: int, ranked: list[dt.date], way: str | None) -> dt.date | None:
    """The candidate within ``NEAR_DAYS`` ahead of the reference when a past cue of another conjunct (``way``
    'past') sent ``ranked[0]`` ``FAR_DAYS`` or more back, with no word of the date's own, no done deed and no bound
    before it (see the module's docstring); else None."""
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
    return near if _other_conjunct(ctx, start, end) else None


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
    if link is None or any(s >= link.end() for s, _ in pasts):
        return False
    # "a reporté la grève et manifesté devant la préfecture le 3 décembre": a participle right after the coordinator
    # shares the first conjunct's auxiliary, a past of the date's own (``apposed_participle``)
    shared = _shared_participle(ctx.lex.lang)
    return shared is None or not shared.match(ctx.text, link.end())


@functools.cache
def _shared_participle(lang: str) -> re.Pattern[str] | None:
    """A past participle as the first word after a coordinator (``apposed_participle``), or None without one."""
    ending = load(f"{lang}/words").get("apposed_participle")
    return re.compile(rf"[^\S\n]+(?:{ending})(?![^\W\d_])", re.IGNORECASE) if ending else None


@functools.cache
def _link(lang: str) -> re.Pattern[str]:
    """A coordinator of ``clause_links`` ("and", "et", "mais") as a word."""
    words = _alt(_accent_variants([str(w) for w in load(f"{lang}/words").get("clause_links") or []])) or "(?!)"
    return re.compile(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])", re.IGNORECASE)


def near_behind(ctx: _Context, start: int, end: int, ranked: list[dt.date], way: str | None,
                month_only: bool) -> dt.date | None:
    """The candidate that ended within ``NEAR_DAYS`` before the reference when a future cue (``way`` 'future') sent
    ``ranked[0]`` ``FAR_DAYS`` or more ahead, with no word of the date's own giving its side ("next", "coming") and no
    bound or term before it ("until", "by", "due": ``near_behind_bounds``); else None (round thirty-four, den34).

    The mirror of ``near_ahead``: "the EC was scheduled to unveil the finalists on July 3" on 8 July, "will question
    the governor about November's report" on 4 December. A plan told in the past, or a report just out named under a
    future verb, is behind; news copy writes "next year" of a day or month a year ahead that a reader has just lived
    (fresh dev 2 of 2, written dev 1 of 1; no counter-example over the read dev sources). Only under a plan told in
    the past or for a month that names a thing (below). News only."""
    ref = ctx.reference
    if ref is None or way != "future" or ctx.options.bare_weekday != "past" or (ranked[0] - ref).days < FAR_DAYS:
        return None
    last = _month_last if month_only else (lambda c: c)
    near = next((c for c in ranked[1:] if 0 < (ref - last(c)).days <= NEAR_DAYS), None)
    if near is None:
        return None
    lang, text = ctx.lex.lang, ctx.text
    if _RIGHT_AFTER.match(text, end) or _side_before(lang).search(text, max(0, start - 30), start) \
            or _behind_bound(lang).search(text, max(0, start - 30), start) or set_lean(ctx, start, end) is not None:
        return None
    # only a plan told in the past ("was scheduled to", ``future_in_past``) or a month that names a thing ("about
    # November's report"): a plain future of the date's own ("will be organised on July 1", "is scheduled for March
    # 2") keeps next year's, as rounds five and twelve pin
    lo = max(0, start - PLAN_REACH)
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, lo, start)), default=lo)
    return near if _POSSESSIVE.match(text, end) or _future_in_past(lang).search(text, lo, start) else None


#: How far before a date a plan told in the past is looked for (in its sentence).
PLAN_REACH = 120
_SENTENCE_END = re.compile(r"[.!?;\n]")
_POSSESSIVE = re.compile(r"['’]s(?![^\W\d_])")


@functools.cache
def _future_in_past(lang: str) -> re.Pattern[str]:
    """A plan told in the past ("was scheduled to", "were due to": ``future_in_past``)."""
    words = _alt(_accent_variants([str(w) for w in load(f"{lang}/words").get("future_in_past") or []])) or "(?!)"
    return re.compile(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])", re.IGNORECASE)


def _month_last(first: dt.date) -> dt.date:
    following = first.replace(day=28) + dt.timedelta(days=4)
    return following - dt.timedelta(days=following.day)


@functools.cache
def _behind_bound(lang: str) -> re.Pattern[str]:
    """A bound or a term right before a date ("until", "by", "due", "d'ici": ``near_behind_bounds``), its article
    allowed ("by the", "avant la")."""
    words = _alt(_accent_variants([str(w) for w in load(f"{lang}/words").get("near_behind_bounds") or []])) or "(?!)"
    return re.compile(rf"(?<![^\W\d_])(?:{words})[^\S\n]*(?:(?:le|la|l['’]|the|end[^\S\n]+of)[^\S\n]+)?$",
                      re.IGNORECASE)
