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

from timeline.extraction.stamps import StampDate, weekday_before, worded_dates


def weekday_dates(body: str) -> list[StampDate]:
    """The text's dates with a day, a month and their weekday but no year ("lundi 30 novembre")."""
    return [StampDate(m.start(), m.end(), day, month, None, weekday) for m, day, month in worded_dates(body)
            if not m[3] and 1 <= day <= 31 and (weekday := weekday_before(body, m.start())) is not None]


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
