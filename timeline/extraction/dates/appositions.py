"""Appositions: a date that a phrase set off by commas narrows or checks, read as one date.

* A month followed by its day: "last May, on the 18th", "en mai dernier, le 18": the 18th of that month (not the
  month, then the 18th of the reference date's month). The words between are ``apposition_day_before``.
* A relative day followed by the day it names: "aujourd'hui vendredi 12 juin", "demain, samedi 13", "yesterday,
  Monday 14 September": both are kept (TimeML writes two dates), and the relative word takes the written day's value
  when the reference date says otherwise (a page stamped a day late): the writer's day is the one written.
* An offset followed by the date it reaches: "Dix jours plus tard, le 20 septembre", "Deux mois plus tôt, début avril",
  "a week later, on September 17": the written date alone (the news golds write it, not the offset, which adds
  nothing and was counted from an anchor that may be wrong). The date must name its month.
* A day followed by its weekday with an indefinite article: "July 21, a Tuesday", "le 21 juillet, un mardi": the
  weekday is a check on that day, not a day of the reference date's week (a weekday that does not match lowers the
  confidence). The articles are ``apposition_weekday_before``. A clock after it ("around 4pm") then takes that day.

Run on the cascade's mentions, before the clocks find their day (``times.attach_clocks``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from timeline.extraction.dates.context import _Context
from timeline.extraction.dates.lexicon import _WORD, _accent_variants, _alt, _key
from timeline.extraction.dates.resolve import _safe_date
from timeline.lang import load
from timeline.models import DateMention

#: Rules whose mention is a day the text names by its number ("18th", "le 18"): month and year from the reference.
_DAY_ALONE_RULES = frozenset({"day_alone"})


@functools.cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int]]:
    """(the words between a month and its day, an article and a weekday after a day, weekday -> number)."""
    words = load(f"{lang}/words")
    before_day = _alt(_accent_variants(list(words.get("apposition_day_before") or []))) or "(?!)"
    articles = _alt(_accent_variants(list(words.get("apposition_weekday_before") or []))) or "(?!)"
    weekdays = {_key(w): int(n) for w, n in (words.get("weekdays") or {}).items()}
    names = _alt(_accent_variants(list(words.get("weekdays") or {}))) or "(?!)"
    gap_day = re.compile(rf"[^\S\n]*,[^\S\n]*(?:(?:{before_day})[^\S\n]+)?", re.IGNORECASE)
    weekday = re.compile(rf"[^\S\n]*,[^\S\n]*(?:{articles})[^\S\n]+(?P<wd>{names})(?!{_WORD})[^\S\n]*(?=[,;.)\n]|$)",
                         re.IGNORECASE)
    return gap_day, weekday, weekdays


def merge_appositions(ctx: _Context, mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` (sorted by start) with each apposition above read as one date."""
    gap_day, weekday, numbers = _patterns(ctx.lex.lang)
    out: list[DateMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev.precision == "month" and prev.end_value is None and prev.time is None
                and m.rule in _DAY_ALONE_RULES and m.end_value is None
                and gap_day.fullmatch(ctx.text, prev.end, m.start)):
            day = _safe_date(prev.value.year, prev.value.month, m.value.day)
            if day is not None:
                out[-1] = replace(prev, end=m.end, text=ctx.text[prev.start:m.end], value=day, precision="day",
                                  rule="month_apposition",
                                  explanation=f"{prev.explanation}; its day '{ctx.text[m.start:m.end]}' follows "
                                              f"in apposition -> {day.isoformat()}")
                continue
        if prev is not None and m.start < prev.end and m.end <= prev.end:
            continue  # the weekday an apposition took in
        if prev is not None and _offset_named(ctx, prev, m, gap_day):
            out[-1] = m  # "Dix jours plus tard, le 20 septembre": the written date is the one
            continue
        if prev is not None and _told_day(ctx.text, prev, m):
            out[-1] = replace(prev, value=m.value, confidence=min(prev.confidence, m.confidence),
                              explanation=f"{prev.explanation}; the day written after it, "
                                          f"'{ctx.text[m.start:m.end]}', is its day -> {m.value.isoformat()}")
        out.append(m)
        if m.precision == "day" and m.end_value is None and m.rule != "weekday":
            check = weekday.match(ctx.text, m.end)
            if check:
                matches = numbers.get(_key(check["wd"])) == m.value.weekday()
                out[-1] = replace(m, end=check.end("wd"), text=ctx.text[m.start:check.end("wd")],
                                  confidence=m.confidence if matches else min(m.confidence, 0.5),
                                  explanation=f"{m.explanation}; the weekday '{check['wd']}' in apposition "
                                              f"{'matches' if matches else 'does not match'}")
    return out


#: What may stand between a relative day and the day it names: spaces, a comma, an opening bracket, after one word at
#: most (the part of the day, which joins its day later: "hier soir, jeudi 11 juin").
_TOLD_GAP = re.compile(r"(?:[^\S\n]+[^\W\d_]+)?[^\S\n]*[,(]?[^\S\n]*")


def _told_day(text: str, relative: DateMention, day: DateMention) -> bool:
    """Whether ``day`` is a day written with its number right after the relative day ``relative`` ("hier soir, jeudi
    11 juin"; not a bare weekday, "tomorrow (Saturday)": its week is the reference's; nor a clock, "hier à 10 h",
    which takes its day later), with another value."""
    return (relative.rule == "relative_day" and relative.precision == "day" and relative.end_value is None
            and day.precision == "day" and day.end_value is None and day.time is None
            and day.rule not in ("weekday", "relative_day", "clock", "relative_anchor", "offset_anchor")
            and day.value != relative.value and any(c.isdigit() for c in text[day.start:day.end])
            and _TOLD_GAP.fullmatch(text, relative.end, day.start) is not None)


#: Offsets counted from the story's date or the reference date ("deux jours plus tard", "il y a une semaine").
_OFFSET_RULES = frozenset({"offset_anchor", "relative_offset"})


def _offset_named(ctx: _Context, offset: DateMention, date: DateMention, gap: re.Pattern[str]) -> bool:
    """Whether ``date``, a date that names its month, stands in apposition right after the offset ``offset``."""
    return (offset.rule in _OFFSET_RULES and date.rule not in _OFFSET_RULES
            and date.precision in ("day", "month") and date.time is None
            and ctx.lex.patterns["month_token"].search(ctx.text, date.start, date.end) is not None
            and gap.fullmatch(ctx.text, offset.end, date.start) is not None)
