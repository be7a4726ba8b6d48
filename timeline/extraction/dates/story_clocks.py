"""A clock with no day of its own takes the near day the story tells, not the reference date (round thirty, clk30;
a post-pass since round thirty-one, clk31).

A report published the morning after tells its happening on the day before ("yesterday", "mercredi soir", a date),
then, sentences or paragraphs later, its hours with no day in their sentence: "The storm cut the power just
after 2 p.m.", "Ils ont quitté la salle à 21 h". ``times._story_day`` lends a clock the day of the sentence before, or
(French, ``story_day_span``) a day written out further back, never a bare weekday (its week is a guess) and never in
English; the clock then fell on the reference date, the day the article was published, while the reader puts it on
the day the story tells.

The rule, a pass after ``times.attach_clocks`` and ``lead_clocks`` on the clocks they left on the reference date
for want of a day (``times.ON_REFERENCE``): the latest day told before the clock (a day only said or a
stretch's end looked past, ``deed_days.deed_day``) lies one to ``NEAR_DAYS`` days before the reference date, no other
date (a year, a month, a week, a range) stands between them, and the clock's own tense is the past (a clock told in
the present or ahead, "le vote se tient jusqu'à 19 h", keeps the reference date). A day of the page's own date or
ahead told after the near day ("aujourd'hui", "ce vendredi", "demain") is the latest day instead, and moves nothing;
a clock with a day in its sentence never reaches this rule. No word list: distance, order and tense only.

The day so taken passes on: a second clock converting the first ("just after 2 p.m. (0600 GMT)") or a later
one takes it in turn.

The moved clock dates the clock, not the rows (clk31): its explanation ends with ``NEAR_STORY_DAY``, and the event
stage reads it back on the reference date (``as_left``), as it read it before, so a moved clock regroups no row
and changes no row's sentences or actors. Why: the day is a reading of the story's order, not of the clock's own
sentence; the event stage already gives the reference-date clocks of a lead's story its day by its own rule
(``events.story_day``), and joins or splits rows and gathers their context sentences and actors by the dates' values
(a clock on a day another row holds is that row's hour, ``predicates``, ``substeps``): round thirty's hook, moving
the clock before the event stage, changed a written test half's actors.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from timeline.extraction.dates.clock_day import CLOCK_RULE
from timeline.extraction.dates.context import _Context
from timeline.extraction.dates.deed_days import deed_day
from timeline.extraction.dates.resolve import _lean
from timeline.extraction.dates.times import CLOCK_ON_DAY_CONFIDENCE, ON_REFERENCE, _frames
from timeline.models import DateMention

__all__ = ["NEAR_DAYS", "NEAR_STORY_DAY", "SMALL_HOURS_END", "as_left", "near_story_day", "story_clocks"]

#: What a moved clock's explanation says, before the reference date it left: the event stage reads it back there.
NEAR_STORY_DAY = ", the near day the story tells, not the reference date "
_LEFT = re.compile(re.escape(NEAR_STORY_DAY) + r"(\d{4}-\d\d-\d\d)$")

#: A clock's confidence on the reference date for want of a day (``times._clock_day``).
ON_REFERENCE_CONFIDENCE = 0.7

#: How many days before the reference date the story's day may lie (as ``lead_clocks.LEAD_DAY_SPAN``).
NEAR_DAYS = 3

#: A clock before this hour, told after a near past day, is of the night just past: the page's own date.
SMALL_HOURS_END = 6

#: An opening bracket right after a clock: the clock inside converts it ("4 p.m. (0800 GMT)", "18 h (16 h GMT)").
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
        return day  # "4 p.m. (0800 GMT)": the same moment as the clock it converts
    if clock.time is not None and clock.time[:2].isdigit() and int(clock.time[:2]) < SMALL_HOURS_END:
        return None  # "a fire broke out at 3 a.m.": the night just past, the page's own date (as dates/past_nights.py)
    if _lean(ctx, clock.start, clock.end) != "past":
        return None  # a clock told in the present, ahead or with no tense keeps the reference date
    return day


def _on_reference(ctx: _Context, m: DateMention) -> bool:
    """A clock the clock passes put on the reference date for want of a day in the text."""
    return m.rule == CLOCK_RULE and m.value == ctx.reference and m.explanation.endswith(ON_REFERENCE)


def story_clocks(ctx: _Context, mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` (by start, clocks given their day) with each clock left on the reference date moved to the near
    past day the story tells (module doc); a moved clock passes its day on to the clocks after it."""
    if ctx.reference is None or not any(_on_reference(ctx, m) for m in mentions):
        return mentions
    days = [m for m in mentions if m.precision == "day" and (m.rule != CLOCK_RULE
                                                            or m.confidence >= CLOCK_ON_DAY_CONFIDENCE)]
    starts = [d.start for d in days]
    frames = _frames(mentions)
    out = []
    for m in mentions:
        if _on_reference(ctx, m):
            near = near_story_day(ctx, m, days, bisect.bisect_left(starts, m.end), frames)
            if near is not None:
                m = replace(m, value=near.value, relative=near.relative, confidence=CLOCK_ON_DAY_CONFIDENCE,
                            explanation=f"{m.text} -> {near.value.isoformat()}T{m.time}: the day of '{near.text}'"
                                        f"{NEAR_STORY_DAY}{ctx.reference.isoformat()}")
                at = bisect.bisect_left(starts, m.start)
                days.insert(at, m)
                starts.insert(at, m.start)
        out.append(m)
    return out


def _as_left(date: DateMention) -> DateMention:
    """A clock this module moved, read back on the reference date it left (else ``date`` itself)."""
    left = _LEFT.search(date.explanation) if date.rule == CLOCK_RULE else None
    if left is None:
        return date
    return replace(date, value=dt.date.fromisoformat(left[1]), relative=True, confidence=ON_REFERENCE_CONFIDENCE,
                   explanation=f"{date.text} -> {left[1]}T{date.time}{ON_REFERENCE}")


def as_left(dates: Sequence[DateMention]) -> list[DateMention]:
    """``dates`` with each clock this module moved read back on the reference date, as the clock passes left it:
    the event stage groups rows by the clocks' first reading (module doc, last paragraph)."""
    return [_as_left(d) for d in dates]
