"""A year the text's own weekdays refuse: "lundi 30 novembre" is a Monday in 2026, not in 2008.

A page whose dateline gives no year ("LILLE, 2 déc (AFP) -") and no metadata takes its year from the latest full
date of its text. When that date is a recalled one the earlier-tense check does not see ("la dernière tornade ...
remonte au 3 août 2008"), the year is wrong, and every relative date of the page with it. The text's year-less dates
that name their weekday ("lundi 30 novembre", "Tuesday 1 December") say which years they can be in: when every one
of them falls on another weekday in the year the text's full date gives, that year is refused and the dateline
takes its year from the next evidence (the package doc's order). A choosing-better check: it never adds a year of
its own, and a text with no such date, or with one that agrees, keeps the year it had.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline import lang as lexicon
from timeline.extraction.stamps import (
    _DAY_MONTH,
    _MONTH_DAY,
    _WEEKDAY_BEFORE,
    StampDate,
    month_number,
    weekday_names,
)

#: How far before a day-month its weekday may stand ("lundi 30", "Tuesday, 1").
_WEEKDAY_REACH = 16


def weekday_dates(body: str) -> list[StampDate]:
    """The text's dates with a day, a month and their weekday but no year ("lundi 30 novembre")."""
    names = weekday_names()
    out = []
    for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        for m in pattern.finditer(body):
            if m[3] or (month := month_number(m[month_group])) is None:
                continue
            day = int(m[day_group])
            if not 1 <= day <= 31:
                continue
            before = _WEEKDAY_BEFORE.search(body[max(0, m.start() - _WEEKDAY_REACH) : m.start()])
            weekday = names.get(lexicon.fold(before[1])) if before else None
            if weekday is not None:
                out.append(StampDate(m.start(), m.end(), day, month, None, weekday))
    return out


def refused_year(day: dt.date, dates: list[StampDate]) -> bool:
    """Whether the text's weekday dates all refuse ``day``'s year: there is one at least, and each, read in the year
    nearest ``day``, falls on another weekday than it names."""
    if not dates:
        return False
    for stamp in dates:
        near = replace(stamp, weekday=None).nearest(day)
        if near is None or near.weekday() == stamp.weekday:
            return False
    return True
