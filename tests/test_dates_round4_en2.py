"""English dates on real news, fourth round continued (issue 12, helper den2): tables of our own sentences.

Reference date: Thursday 4 March 2010 (news conventions: ``bare_weekday='past'``), unless a row says otherwise.
Each table is one class of error; its rows are sentences written for these tests, not the benchmarks'.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates
from timeline.settings import Options

REF = dt.date(2010, 3, 4)


def read(text: str, ref: dt.date = REF, mode: str = "past", **options: object) -> list[tuple[str, str, str]]:
    return [(m.text, m.value.isoformat(), m.precision)
            for m in find_dates(text, ref, "en", Options(bare_weekday=mode, **options))]  # type: ignore[arg-type]


# ---- years 1500-1899: a year where a cue makes it one, never a bare number or an amount ------------------------

OLD_YEARS = [
    ("The lighthouse dates back to 1865.", [("1865", "1865-01-01", "year")]),
    ("The guild has met since 1850, when the hall opened.", [("1850", "1850-01-01", "year")]),
    ("In 1789 the assembly met in a tennis court.", [("1789", "1789-01-01", "year")]),
    ("The map was drawn in the year 1642 by a monk.", [("1642", "1642-01-01", "year")]),
    ("The charter of 12 June 1775 still hangs in the hall.", [("12 June 1775", "1775-06-12", "day")]),
    ("The colony was founded in March 1620.", [("March 1620", "1620-03-01", "month")]),
    ("The bell was cast until 1599.", [("1599", "1599-01-01", "year")]),
    # counts and amounts stay numbers
    ("The club counted 1500 members.", []),
    ("Rents climbed in 1700 homes.", []),
    ("The index rose to 1650.", []),
    ("Tickets sold since 1800 fans queued.", []),
    ("The ship carried 1865 passengers.", []),
]


@pytest.mark.parametrize("text,expected", OLD_YEARS, ids=[r[0][:40] for r in OLD_YEARS])
def test_old_years_need_a_cue(text: str, expected: list) -> None:
    assert read(text) == expected


def test_old_years_follow_the_option() -> None:
    assert read("The lighthouse dates back to 1865.", earliest_cued_year=1900) == []
    assert read("The lighthouse dates back to 1565.", earliest_cued_year=1600) == []
    assert read("The lighthouse dates back to 1565.") == [("1565", "1565-01-01", "year")]


# ---- number words above 31 count: offsets in minutes, days, years ------------------------------------------------

COUNTS = [
    ("The company was set up fifty weeks ago.", [("fifty weeks ago", "2009-03-19", "day")]),
    ("The mine shut thirty-five days ago.", [("thirty-five days ago", "2010-01-28", "day")]),
    ("Rescuers reached the valley forty days later.", [("forty days later", "2010-04-13", "day")]),
    ("The ferry leaves in ninety minutes.", [("in ninety minutes", "2010-03-04", "day")]),
    ("The hearing lasted forty minutes.", []),
    ("Sixty delegates voted on Tuesday.", [("Tuesday", "2010-03-02", "day")]),
]


@pytest.mark.parametrize("text,expected", COUNTS, ids=[r[0][:40] for r in COUNTS])
def test_number_words_above_31_count(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- "a year earlier", "two months later" right after a date: counted from it, in the offset's unit -------------

COUNTED_FROM_STORY = [
    ("The mill was sold in 2004. Three years later it shut.",
     [("2004", "2004-01-01", "year"), ("Three years later", "2007-01-01", "year")]),
    ("The bridge opened in August 2008; a year earlier its design had been changed.",
     [("August 2008", "2008-08-01", "month"), ("a year earlier", "2007-01-01", "year")]),
    ("The mayor was elected on 12 April 2006. Two months later he resigned.",
     [("12 April 2006", "2006-04-12", "day"), ("Two months later", "2006-06-01", "month")]),
    # a figure compared with a year before: the comparison's period, no date (round eight; it was the reference
    # date's day a year back, a day the text never names)
    ("Sales hit $3 billion in 2008, up 4% from a year earlier.", [("2008", "2008-01-01", "year")]),
]


@pytest.mark.parametrize("text,expected", COUNTED_FROM_STORY, ids=[r[0][:40] for r in COUNTED_FROM_STORY])
def test_offsets_count_from_the_story_date(text: str, expected: list) -> None:
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "The shop opened in 2003. Four months later it moved.",  # a year gives no month
    "The mill was sold in 2004. Workers left. Three years later it shut.",  # two sentence ends back: too far
])
def test_offsets_not_counted_from_a_date_that_cannot_anchor_them(text: str) -> None:
    offset = read(text)[-1]
    assert offset[2] == "day" and offset[1] > REF.isoformat()


# ---- "await" looks ahead: a bare weekday after it is the coming one ----------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The club awaits the ruling on Friday.", [("Friday", "2010-03-05", "day")]),
    ("Fans are awaiting the draw on Saturday.", [("Saturday", "2010-03-06", "day")]),
    ("The club heard the ruling on Friday.", [("Friday", "2010-02-26", "day")]),
])
def test_await_is_a_future_cue(text: str, expected: list) -> None:
    assert read(text) == expected
