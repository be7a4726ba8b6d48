"""A clock or a year-less month told as a habit is no date (round thirty-six, den36; TimeML: a SET).

"The airport may run 900 flights a year between 11.30pm and 6am", "bins go out until 8pm on collection days",
"the monsoon season can last from June to October": the hours and months name every such night or year, not one
on the page's calendar, and TimeML marks them as a SET, which no date gold counts. The engine gave them the
reference date (a clock with no day) or the year near the page's (a month with no year): dates nobody wrote.

The rule, a pass at the end of ``find_dates``: a group of mentions joined by range links ("between 11.30pm and
6am", "from June to October"), each a bare clock or a month with no year of its own, is dropped when the words right
before it are a rate or a habit (``set_before``: "a year", "every night"; ``set_habits`` and one verb: "usually
opens", "can last"; before a range of months only a habit: "$500 a month from June" starts a real stretch), a link
of ``set_links`` ("between", "from", "at") allowed between, or when the words right after it are a rate or a plural
day (``set_after``: "a day", "daily"; ``set_plural_days``: "on collection days", "on weekdays"). A rate followed
by a word that counts from a moment ("a day after", "a year earlier": ``set_not_after``) is no rate. Only words right
at the group count: a habit elsewhere in the sentence ("the board, which sits twice a month, broke up at 9pm")
leaves the clock dated. Word lists as data (lang/*/words.yaml), both languages.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from timeline.extraction.dates.context import _Context
from timeline.extraction.dates.lexicon import _WORD, _accent_variants, _alt
from timeline.lang import load
from timeline.models import DateMention

__all__ = ["drop_set_times"]

#: At most this many characters before a group are searched for its rate or habit ("every weekday until ").
_LOOK_BACK = 48
#: At most this many characters after a group are searched for its rate or plural day ("on rubbish collection days").
_LOOK_AHEAD = 40

#: A bare clock's words: digits, separators and an hour mark ("8pm", "11.30pm", "6 a.m.", "21 h 30", "09:30").
_BARE_CLOCK = re.compile(r"[\d\s.:hH]+(?:[aApP]\.?[mM]\.?)?")
#: A year written in a mention ("June 2026", "May '24"): the month has a year of its own.
_OWN_YEAR = re.compile(r"\d{4}|['’]\d\d\b")


@functools.cache
def _patterns(lang: str) -> tuple[re.Pattern[str], ...] | None:
    """(the gap between two mentions of a group, a rate or habit closing the text before a clock, a habit closing the
    text before a range of months, a rate or plural day opening the text after a group), or None when the language
    lists no rate."""
    words = load(f"{lang}/words")

    def listed(key: str) -> str:
        return _alt(_accent_variants([str(w) for w in words.get(key) or []])) or "(?!)"

    if not words.get("set_before"):
        return None
    blank = r"[^\S\n]+"
    links = listed("set_links")
    gap = re.compile(rf"[^\S\n]*(?:(?:{listed('set_range_links')})(?!{_WORD})|[-–])[^\S\n]*", re.IGNORECASE)
    habit = rf"(?:{listed('set_habits')})(?:{blank}{_WORD}+)?"
    link = rf"{blank}(?:(?:{links}){blank})?$"
    before = re.compile(rf"(?<!{_WORD})(?:{listed('set_before')}|{habit}){link}", re.IGNORECASE)
    habit_before = re.compile(rf"(?<!{_WORD}){habit}{link}", re.IGNORECASE)
    plural = rf"(?:{listed('set_plural_day_links')}){blank}(?:{_WORD}+{blank}){{0,2}}(?:{listed('set_plural_days')})"
    after = re.compile(rf"[,\s]*(?:(?:{listed('set_after')})(?!{_WORD})(?![^\S\n]+(?:{listed('set_not_after')})"
                       rf"(?!{_WORD}))|{plural}(?!{_WORD}))", re.IGNORECASE)
    return gap, before, habit_before, after


def _undated(m: DateMention) -> bool:
    """A bare clock, or a month (or a range of months) with no year written in it."""
    if m.time is not None:
        return ":" in m.time and _BARE_CLOCK.fullmatch(m.text) is not None
    return m.precision == "month" and _OWN_YEAR.search(m.text) is None


def _groups(text: str, mentions: Sequence[DateMention], gap: re.Pattern[str]) -> list[tuple[int, int]]:
    """(first, last + 1) indices of the runs of undated mentions joined by a range link."""
    # the undated ones listed first, without a call for each mention (most are days: round thirty-seven, spd37)
    undated = [i for i, m in enumerate(mentions) if (m.time is not None or m.precision == "month") and _undated(m)]
    out: list[tuple[int, int]] = []
    k, n = 0, len(undated)
    while k < n:
        i = j = undated[k]
        j += 1
        k += 1
        while (k < n and undated[k] == j and (mentions[j].time is None) == (mentions[i].time is None)
               and gap.fullmatch(text, mentions[j - 1].end, mentions[j].start)):
            j += 1
            k += 1
        out.append((i, j))
    return out


def drop_set_times(ctx: _Context, mentions: Sequence[DateMention]) -> list[DateMention]:
    """``mentions`` without the bare clocks and year-less months told as a habit (module doc)."""
    patterns = _patterns(ctx.lex.lang)
    if patterns is None:
        return list(mentions)
    gap, before, habit_before, after = patterns
    text = ctx.text
    dropped: set[int] = set()
    for first, last in _groups(text, mentions, gap):
        clocks = mentions[first].time is not None
        if not clocks and last - first < 2 and mentions[first].end_value is None:
            continue  # a lone month ("from March"): the start of a real stretch more often than a habit
        start, end = mentions[first].start, mentions[last - 1].end
        floor = mentions[first - 1].end if first > 0 else 0
        lead = before if clocks else habit_before  # a rate before months starts a real stretch ("$5 a month from June")
        if lead.search(text, max(floor, start - _LOOK_BACK), start) or after.match(text, end, end + _LOOK_AHEAD):
            dropped.update(range(first, last))
    return [m for i, m in enumerate(mentions) if i not in dropped] if dropped else list(mentions)
