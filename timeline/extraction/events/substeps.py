"""Step 13: an untyped telling dated by an hour alone, on the day of a typed happening of its story, is a step of it.

A story tells its happening by its day, then the steps of that day by their hour: the first results of an election
night ("23:15 First results put ..."), the candles lit against a frost "from 2 a.m.", the slope that "released
shortly after 2 p.m." in an avalanche's story, the sitting "that ended shortly before midnight" in which a budget was
adopted "on Wednesday evening", the firemen who "ont fixé le feu dans la nuit" of a fire. The date engine gives such
an hour the day of its story (or of its sentence), and a verb no vocabulary types (`other`) then makes a row of that
day of its own: a second row for one happening, which the gold holds at most as a borderline row (docs/ANNOTATION.md,
"Core and borderline": a minor step).

So a telling is a step of its story's happening, and makes no row, when

    1. it is typed `other` (a typed telling at a clock is a happening of its own: "at 3 p.m. the mayor announced a
       curfew", "le conseil se réunira à 18 h");
    2. its date is an hour alone: a clock (the date engine's rule CLOCK_RULE: "23:15", "à 2 heures du matin",
       "minuit") or a part of the day (DAY_PART_RULE: "dans la nuit", "in the evening"), not a day with its hour
       ("jeudi à 20 h", "6am on Thursday", "mardi matin");
    3. and its story holds a typed telling, in its sentence or an earlier one, whose date (or range) holds the
       hour's day, or, told in the evening or the night (NIGHT_PARTS), whose day is the one before when the clock is
       in the small hours (before SMALL_HOURS_END: "dans la nuit de lundi à mardi" ... "dès 2 heures du matin";
       "mercredi soir" ... "peu avant minuit"). A typed telling at a clock of the evening does not reach past
       midnight: an election night's speech "at 00:30" is a row of its own;
    4. that typed telling is not told at a clock of its own: a happening told at its minute ("un séisme a frappé
       mardi à 4 h 12", "polls closed at 22:00") makes the story a log of moments, in which another clock is another
       happening (an aftershock "à 9 h 05", the first results "at 23:15"); told by its day or a part of it ("Sunday
       afternoon", "mercredi soir", "dans la nuit de lundi à mardi"), its hours are its steps.

Joining the step to the happening's row instead (its type, date and part of the day taken, so that merging folds
it) was tried on dev (round sixteen): one of the five steps stayed apart, as a duplicate, and a step's place
lowered a written batch's place precision; dropping it moved no other row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from timeline.extraction.dates.clock_day import CLOCK_RULE, minutes
from timeline.extraction.events.happenings import DAY_PART_RULE
from timeline.models import DateMention, Mention

__all__ = ["HOUR_RULES", "NIGHT_PARTS", "SMALL_HOURS_END", "clock_steps"]

#: The date engine's rules for an hour with no day of its own.
HOUR_RULES = frozenset({CLOCK_RULE, DAY_PART_RULE})
#: A clock before this hour (in minutes since midnight) may belong to the night of the day before.
SMALL_HOURS_END = 6 * 60
OTHER = "other"
#: The parts of the day (DateMention.time) whose night runs on into the small hours of the next day.
NIGHT_PARTS = frozenset({"evening", "night"})


def _holds(typed: Mention, day: dt.date, clock: int | None) -> bool:
    """The typed telling's date (or range) holds ``day``, or ``day`` is the morning after it at a small-hours clock."""
    last = typed.end_date or typed.date
    if typed.date <= day <= last:
        return True
    return (clock is not None and clock < SMALL_HOURS_END and typed.time in NIGHT_PARTS
            and last == day - dt.timedelta(days=1))


def clock_steps(mentions: list[Mention], dates: Sequence[DateMention]) -> list[Mention]:
    """The mentions of one article without the untyped tellings dated by an hour alone that are steps of a typed
    happening of their story, told in their sentence or before, on that hour's day (see the module doc)."""
    hour_starts = {d.start for d in dates if d.rule in HOUR_RULES}
    typed = [m for m in mentions if m.event_type != OTHER]
    result = []
    for mention in mentions:
        if mention.event_type == OTHER and mention.date_start in hour_starts and mention.precision == "day":
            clock = minutes(mention.time)
            hosts = [t for t in typed if t.story_index == mention.story_index and minutes(t.time) is None
                     and t.sentence_start <= mention.sentence_start and _holds(t, mention.date, clock)]
            if hosts:
                continue
        result.append(mention)
    return result
