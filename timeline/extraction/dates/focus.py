"""The story's temporal focus: a year-less day inside the period the story has just dated takes that period's year.

"À l'été 1997, la mairie a rénové l'école. Les travaux se sont achevés le 12 août": a reader dates the 12th in
August 1997, not in the August nearest the article's date. TimeML 1.2.1 and the TIDES 2005 value rules it takes
over resolve an underspecified date against an anchor, the document's date or a time the discourse has set
(``anchorTimeID`` may name another expression of the text); this module reads that anchor for a year-less day.

The rule is narrow on purpose: rounds eight and nine carried the year of the story's previous date to every
year-less date and lost more than they won (a birth year, a span of years, "le 22 octobre" after "décembre 2001"
looking ahead). Here the earlier date must be written with its year, at the grain of a month or a season or a day
("en janvier 1997", "the summer of 2005", "le 3 avril 1998"; a bare year is not enough; not a birth or a founding,
``recalled_before``: "né le 3 mars 1940 ... mort le 12 mars"), it must hold the year-less
day's month, and it must lie in the same paragraph, within ``FOCUS_CHARS``, with no date of another year between
them. The year-less day keeps the reference's year when a cue points ahead ("will march on March 30"; not against a
focus in a year ahead of the reference's), when a word
after it places it ("le 12 novembre dernier": ``period_after``), when a written weekday confirmed its year, or when
the day names a happening of its own year ("the Sept. 11 attacks").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from timeline.extraction.dates.compose import _moved as compose_moved
from timeline.extraction.dates.context import _Context
from timeline.extraction.dates.named_days import named_year
from timeline.extraction.dates.resolve import GUESSED_YEAR_CONFIDENCE, _default_way
from timeline.lang import fold, load
from timeline.models import DateMention

FOCUS_CHARS = 600
"""How far back (characters) the dated period may be: about three sentences of news prose. The paragraph bounds it
first; this bounds a text with no paragraph breaks. Chosen by reading, not tuned."""

#: The rules of a year-less day or range of days whose year ``resolve._pick_year`` guessed.
YEARLESS_DAYS = frozenset({"day_month", "range_same_month", "range_cross_month", "range_same_month_us",
                           "range_cross_month_us"})
#: Placeholders valued later (anaphora) and clocks whose day is not known yet: they say nothing of the focus.
_NO_FOCUS = frozenset({"clock", "relative_anchor", "offset_anchor"})
_PARAGRAPH = re.compile(r"\n[ \t\u00a0]*\n")
_SENTENCE = re.compile(r"[.!?](?=\s)|\n")
_NEXT_WORD = re.compile(r"[\s,]*([^\W\d_]+)")


@functools.cache
def _placing_words(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


@functools.cache
def _recalled(lang: str) -> re.Pattern[str] | None:
    """``recalled_before`` of ``lang/<lang>/words.yaml`` right before a date ("né le", "born in"), or None."""
    words = load(f"{lang}/words").get("recalled_before") or []
    if not words:
        return None
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alt})[^\S\n]+(?:(?:le|en|on|in|the)[^\S\n]+)?$", re.IGNORECASE)


def _months(m: DateMention) -> tuple[tuple[int, int], tuple[int, int]]:
    """(year, month) of the first and the last month the written date covers."""
    last = m.end_value or m.value
    return (m.value.year, m.value.month), (last.year, last.month)


def _anchor_year(ctx: _Context, earlier: Sequence[DateMention], m: DateMention) -> int | None:
    """The year of the dated period before ``m`` that holds its month, or None. Every date between them (a
    year-less one too: "in June 2004 ... will close on June 3 ... on June 16") must be of that year."""
    lo = max(0, m.start - FOCUS_CHARS)
    if not _may_anchor(earlier, lo, m.value.month):
        return None  # no written period of that month in reach: the searches below would find none
    breaks = [b.end() for b in _PARAGRAPH.finditer(ctx.text, lo, m.start)]
    lo = breaks[-1] if breaks else lo
    years: set[int] = set()
    recalled = _recalled(ctx.lex.lang)
    for prior in reversed(earlier):
        if prior.end <= lo:
            break
        if prior.precision == "year" or prior.rule in _NO_FOCUS or (
                recalled is not None and recalled.search(ctx.text, max(0, prior.start - 24), prior.start)):
            continue  # a birth or a founding ("né le 3 mars 1940") is recalled, not the story's time
        first, last = _months(prior)
        years.update((first[0], last[0]))
        if len(years) > 1:
            return None  # dates of two years: the focus has moved
        if not prior.relative and first[1] <= m.value.month <= last[1]:
            return first[0]
    return None


def _may_anchor(earlier: Sequence[DateMention], lo: int, month: int) -> bool:
    """Whether a date ending after ``lo`` could be the anchor ``_anchor_year`` looks for (its tests but the
    paragraph's bound and ``recalled_before``, both searches of the text): without one it finds none, and no
    search is needed (most year-less days have none)."""
    for prior in reversed(earlier):
        if prior.end <= lo:
            return False
        if (not prior.relative and prior.precision != "year" and prior.rule not in _NO_FOCUS
                and prior.value.month <= month <= (prior.end_value or prior.value).month):
            return True
    return False


def _held(ctx: _Context, m: DateMention, year: int, before: DateMention) -> bool:
    """True when something other than the reference placed this day's year (see the module's docstring). A cue ahead
    holds the reference's year, except against a day written with its year ahead of the reference's, right before
    in the same sentence (``before``: "les vacances commenceront le samedi 10 avril 2027 au lieu du 17 avril": April
    2027 too; round sixteen, helper wk16); a month ahead told in the sentence before does not ("will launch in
    November 2006. ... when it arrives on November 11": this year's)."""
    if m.confidence != GUESSED_YEAR_CONFIDENCE:
        return True  # a written weekday confirmed (or contradicted) the year
    after = _NEXT_WORD.match(ctx.text, m.end)  # the modifiers join the date later ("le 12 novembre dernier")
    if after and fold(after.group(1)) in _placing_words(tuple(ctx.lex.raw["period_after"])):
        return True
    if named_year(ctx.lex.lang, ctx.text, m.start, m.end, m.value.month, m.value.day) is not None:
        return True
    written_ahead = before.precision == "day" and not before.relative and before.value.year == year
    ahead = (written_ahead and ctx.reference is not None and year > ctx.reference.year == m.value.year
             and not _SENTENCE.search(ctx.text, before.end, m.start))
    return not ahead and _default_way(ctx, m.start, m.end) == "future"


def story_focus(ctx: _Context, mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` (sorted by start) with each year-less day inside the period just dated moved to its year."""
    out: list[DateMention] = []
    for m in mentions:
        if m.rule in YEARLESS_DAYS and m.relative and m.precision == "day" and out:
            year = _anchor_year(ctx, out, m)
            if year is not None and year != m.value.year and not _held(ctx, m, year, out[-1]):
                m = _moved(m, year) or m
        out.append(m)
    return out


def _moved(m: DateMention, year: int) -> DateMention | None:
    moved = compose_moved(m, year)
    if moved is None:
        return None
    why = f"{m.text} -> {moved.value.isoformat()}: the year of the period the story has just dated ({year})"
    return replace(moved, explanation=why)
