"""A month named with a demonstrative is the month of the story's year: "suspended in March 2024 and dismissed that
July" (July 2024), "by that same October". The demonstratives are ``story_year_months`` in ``lang/<lang>/words.yaml``;
the conjunction "that" ("said that March was wetter") is told apart by what stands around the phrase: a preposition
of ``story_year_months_after`` right before it, or a stop, comma, colon, semicolon or line end right after it.
French writes the year after the month ("en juillet de cette année-là", ``anaphora.anchor_periods``), so its list is
empty. The month takes the year of the story's previous date (any grain); the phrase's span takes the demonstrative
in, as the written gold does ("that July").
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from timeline.extraction.dates.context import _Context, _mention, _show
from timeline.extraction.dates.lexicon import _WORD, _accent_variants, _alt
from timeline.lang import load
from timeline.models import DateMention

#: After the month: the phrase ends its clause.
_CLAUSE_END = re.compile(r"[^\S\n]*(?:[.,;:!?)]|\n|$)")


@functools.cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(a demonstrative right before a month, a preposition right before the demonstrative), or None."""
    own = load(f"{lang}/words")
    words = list(own.get("story_year_months") or [])
    if not words:
        return None
    after = list(own.get("story_year_months_after") or [])
    before = re.compile(rf"(?<!{_WORD})(?:{_alt(_accent_variants(words))})[^\S\n]+$", re.IGNORECASE)
    preposition = re.compile(rf"(?<!{_WORD})(?:{_alt(_accent_variants(after)) if after else '(?!)'})[^\S\n]+$",
                             re.IGNORECASE)
    return before, preposition


def story_year_month(ctx: _Context, m: DateMention, previous: DateMention | None) -> DateMention | None:
    """``m`` (a year-less month) as the month of ``previous``'s year when a demonstrative names it (module doc)."""
    patterns = _patterns(ctx.lex.lang)
    if patterns is None or m.rule != "month" or m.end_value is not None or not m.relative:
        return None
    before, preposition = patterns
    found = before.search(ctx.text, max(0, m.start - 16), m.start)
    if found is None:
        return None
    start = found.start()
    if not (preposition.search(ctx.text, max(0, start - 12), start) or _CLAUSE_END.match(ctx.text, m.end)):
        return None  # "said that March was wetter": a conjunction
    if previous is None:
        return None
    value = dt.date(previous.value.year, m.value.month, 1)
    return _mention(ctx, start, m.end, value, "month", m.rule, relative=previous.relative,
                    explanation=f"{ctx.text[start:m.end]} -> {_show(value, 'month', None)}: the month of the year "
                                f"of '{previous.text}', the previous date of the story") or None


def names_story_month(ctx: _Context, m: DateMention) -> bool:
    """Whether a demonstrative names the month ``m`` (so ``anaphora.anchor_periods`` must run)."""
    patterns = _patterns(ctx.lex.lang)
    return (patterns is not None and m.rule == "month"
            and patterns[0].search(ctx.text, max(0, m.start - 16), m.start) is not None)
