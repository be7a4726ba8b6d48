"""A demonstrative right before a weekday that opens a full date joins the date's span (round twenty-five, issue 12).

A bare weekday after its demonstrative is one expression already ("ce samedi", "this Friday": the weekday step reads
the word with it). When the weekday opens a written date ("ce samedi 23 mars") the calendar step reads the date from
the weekday on and the demonstrative is left out. TimeML spans the whole noun phrase (French TimeBank: "Ce dimanche";
the written batches' gold: "ce samedi 13 juin à 10 h"), so here the date's span opens at the demonstrative. The words
are ``weekday_date_demonstratives`` in lang/*/words.yaml; so does one right before a day written by its number and
month ("ce 31 mai", "ce 3 décembre": the fresh pages' and the written batches' gold, round thirty-four). A language
that lists none keeps its spans (English lists none: every case counted in round twenty-five was French). Only the
span moves, never the value: the written date says which day it is. WiNER's own spans leave the demonstrative out:
a convention apart (docs/BENCHMARKS.md, dtf25).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from timeline.extraction.dates.context import _Context
from timeline.extraction.dates.lexicon import _WORD, _accent_variants, _alt, _key
from timeline.lang import load
from timeline.models import DateMention


@functools.cache
def _demonstrative(lang: str) -> re.Pattern[str] | None:
    """A word of ``weekday_date_demonstratives`` closing the text before a date, blanks after it (no line break)."""
    words = [str(w) for w in load(f"{lang}/words").get("weekday_date_demonstratives") or []]
    if not words:
        return None
    return re.compile(rf"(?<!{_WORD})(?<![\w'’-])(?:{_alt(_accent_variants(words))})[^\S\n]+$", re.IGNORECASE)


_FIRST_WORD = re.compile(rf"{_WORD}+\.?")
#: A day's number and its ordinal ending opening a date written with its month ("31 mai", "1er juillet 2023").
_DAY_NUMBER = re.compile(r"(?:[12]\d|3[01]|0?[1-9])(?:er|e)?[^\S\n]+[^\W\d_]")
#: The rules of such a date (``compose._DAY_MONTH_RULES`` and the ranges that open with one).
_NUMBERED_RULES = frozenset({"day_month", "day_month_year", "range_same_month", "range_cross_month"})


def _numbered_day(m: DateMention) -> bool:
    """Whether ``m`` is a day written by its number and month ("ce 31 mai", "ce 3 décembre": round thirty-four)."""
    return m.rule in _NUMBERED_RULES and m.precision == "day" and _DAY_NUMBER.match(m.text) is not None


def widen_demonstrative_days(ctx: _Context, mentions: Sequence[DateMention]) -> list[DateMention]:
    """Each mention that opens with a weekday and runs past it (a date written after the weekday) takes the
    demonstrative right before it into its span."""
    pattern = _demonstrative(ctx.lex.lang)
    if pattern is None:
        return list(mentions)
    out: list[DateMention] = []
    for m in mentions:
        first = _FIRST_WORD.match(m.text)
        if not _numbered_day(m) and (m.rule == "weekday" or first is None or first.end() >= len(m.text.rstrip())
                                     or _key(first.group()) not in ctx.lex.weekdays):
            out.append(m)
            continue
        floor = out[-1].end if out else 0
        before = pattern.search(ctx.text, max(floor, m.start - 12), m.start)
        if before is None:
            out.append(m)
            continue
        start = before.start()
        out.append(replace(m, start=start, text=ctx.text[start:m.end]))
    return out
