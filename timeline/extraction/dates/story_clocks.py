"""A clock with no day of its own takes the near day the story tells, not the reference date (round thirty, clk30).

A report published the morning after tells its happening on the day before ("yesterday", "mercredi soir", a date),
then, sentences or paragraphs later, its hours with no day in their sentence: "The storm cut the power shortly before
1 p.m.", "Ils sont sortis de prison à 22 h 30". ``times._story_day`` lends a clock the day of the sentence before, or
(French, ``story_day_span``) a day written out further back, never a bare weekday (its week is a guess) and never in
English; the clock then fell on the reference date, the day the article was published, while the reader puts it on
the day the story tells.

The rule, tried last before the reference date: the latest day told before the clock (a day only said or a
stretch's end looked past, ``deed_days.deed_day``) lies one to ``NEAR_DAYS`` days before the reference date, no other
date (a year, a month, a week, a range) stands between them, and the clock's own tense is the past (a clock told in
the present or ahead, "le vote se tient jusqu'à 19 h", keeps the reference date). A day of the page's own date or
ahead told after the near day ("aujourd'hui", "ce vendredi", "demain") is the latest day instead, and moves nothing;
a clock with a day in its sentence never reaches this rule. No word list: distance, order and tense only.

The day so taken passes on (``times.attach_clocks``): a second clock converting the first ("shortly before 1 p.m.
(0500 GMT)") or a later one takes it in turn.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from timeline.extraction.dates.clock_day import CLOCK_RULE
from timeline.extraction.dates.context import _Context
from timeline.extraction.dates.deed_days import deed_day
from timeline.extraction.dates.resolve import _lean
from timeline.models import DateMention

__all__ = ["NEAR_DAYS", "SMALL_HOURS_END", "near_story_day"]

#: How many days before the reference date the story's day may lie (as ``lead_clocks.LEAD_DAY_SPAN``).
NEAR_DAYS = 3

#: A clock before this hour, told after a near past day, is of the night just past: the page's own date.
SMALL_HOURS_END = 6

#: An opening bracket right after a clock: the clock inside converts it ("5 p.m. (0700 GMT)", "18 h (16 h GMT)").
_CONVERTS = re.compile(r"[^\S\n]*\([^\S\n]*")


def near_story_day(ctx: _Context, clock: DateMention, days: Sequence[DateMention], after_index: int,
                   frames: Sequence[int]) -> DateMention | None:
    """The near past day the story tells, for ``clock`` (no day in its sentence; ``days[:after_index]`` the days
    before it, ``frames`` the starts of the mentions that are no single day), or None (module doc)."""
    if ctx.reference is None or after_index == 0:
        return None
    day = deed_day(ctx, days, days[after_index - 1])
    if day is None or day.end > clock.start or day.end_value is not None:
        return None
    if not 1 <= (ctx.reference - day.value).days <= NEAR_DAYS:
        return None
    k = bisect.bisect_right(frames, day.start)
    if k < len(frames) and frames[k] < clock.start:
        return None  # another frame (a year, a month, a range) between the day and the clock
    if day.rule == CLOCK_RULE and _CONVERTS.fullmatch(ctx.text, day.end, clock.start):
        return day  # "5 p.m. (0700 GMT)": the same moment as the clock it converts
    if clock.time is not None and clock.time[:2].isdigit() and int(clock.time[:2]) < SMALL_HOURS_END:
        return None  # "a fire broke out at 3 a.m.": the night just past, the page's own date (as dates/past_nights.py)
    if _lean(ctx, clock.start, clock.end) != "past":
        return None  # a clock told in the present, ahead or with no tense keeps the reference date
    return day
