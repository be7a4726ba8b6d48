"""A day counted from a happening dated by its own weekday ("on the eve of Monday's summit", "the day after
Tuesday's vote"): the date engine reads "the eve of Monday" as one date, Sunday; the possessive after the weekday
says the weekday dates the noun that follows ("Monday's summit"), so the events read the weekday as that noun's date
and the eve as no date (nothing happens at the eve unless the text tells something else dated there).

French writes the weekday as the noun's complement ("à la veille du sommet de lundi"), which the date engine already
reads as the weekday alone; the summit is then dated by it (pairing: an attached date dates even a topic trigger).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from timeline import lang as lexicon
from timeline.models import DateMention

__all__ = ["possessed_anchor_days"]

#: The date engine's rules of a day counted from another one (as events/date_readings.ANCHOR_RULES).
_ANCHOR_RULES = frozenset({"relative_anchor", "offset_anchor"})
#: A possessive right after a date: the date qualifies the noun that follows ("Monday's summit").
_POSSESSIVE = re.compile(r"['’]s\b")
_LAST_WORD = re.compile(r"(\w+)\W*$")
#: Days at most between the counted day and the weekday it counts from ("two days before Monday's vote").
ANCHOR_REACH = 6


def _weekday_day(counted: dt.date, weekday: int) -> dt.date | None:
    """The day of ``weekday`` nearest ``counted`` (the counted day itself excluded; a tie gives None)."""
    ahead = (weekday - counted.weekday()) % 7 or 7
    behind = (counted.weekday() - weekday) % 7 or 7
    if ahead == behind or min(ahead, behind) > ANCHOR_REACH:
        return None
    return counted + dt.timedelta(days=ahead) if ahead < behind else counted - dt.timedelta(days=behind)


def possessed_anchor_days(lang: str, text: str, dates: list[DateMention]) -> list[DateMention]:
    """The dates, each day counted from a weekday that owns a noun ("the eve of Monday's summit") replaced by that
    weekday: its own words and day."""
    weekdays = lexicon.words(lang, "weekdays")
    out = []
    for date in dates:
        match = _LAST_WORD.search(date.text)
        weekday = weekdays.get(lexicon.fold(match.group(1))) if match and date.rule in _ANCHOR_RULES else None
        if weekday is None or date.precision != "day" or not _POSSESSIVE.match(text, date.end):
            out.append(date)
            continue
        day = _weekday_day(date.value, int(weekday))
        if day is None:
            out.append(date)
            continue
        start = date.start + match.start(1)
        out.append(dataclasses.replace(
            date, text=text[start : date.end], start=start, value=day, rule="weekday", end_value=None,
            explanation=f"{date.text} -> {day.isoformat()}: the weekday a happening is dated by, not the day counted "
                        "from it"))
    return out
