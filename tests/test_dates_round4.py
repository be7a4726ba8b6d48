"""English dates on real news, fourth round (issue 12): tables of sentences written for these tests.

Reference date: Thursday 4 March 2010 (news conventions: ``bare_weekday='past'``), unless a row says otherwise.
Each table is one class of error named in the issue; its rows are our own sentences, not the benchmarks'.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates
from timeline.settings import Options

REF = dt.date(2010, 3, 4)


def read(text: str, ref: dt.date = REF, mode: str = "past") -> list[tuple[str, str, str, str | None]]:
    return [(m.text, m.value.isoformat(), m.precision, m.time)
            for m in find_dates(text, ref, "en", Options(bare_weekday=mode))]


def _ids(rows: list) -> list[str]:
    return [r[0][:40] for r in rows]


# ---- spans of hours: the half of the day written once, the bare first hour, the day they belong to ------------

CLOCK_SPANS = [
    ("The office stays closed Tuesday from 9:00 to 11:30 am.", [("Tuesday", "2010-03-02", "day", None),
                                                                ("9:00 to 11:30 am", "2010-03-02", "day", "09:00")]),
    ("The vote ran Friday from 4:00 to 6:30 pm.", [("Friday", "2010-02-26", "day", None),
                                                   ("4:00 to 6:30 pm", "2010-02-26", "day", "16:00")]),
    # "opens Monday" with no other tense: the next Monday (round six, tests/test_dates_round6_en.py)
    ("The bank opens Monday 9-11am for savers.", [("Monday 9-11am", "2010-03-08", "day", "09:00")]),
    ("The hearing was held yesterday at 1:30 - 3 pm.", [("yesterday at 1:30 - 3 pm", "2010-03-03", "day", "13:30")]),
    ("Polls stayed open 10 to 2 pm on Saturday.", [("2 pm on Saturday", "2010-02-27", "day", "14:00")]),
    ("Shares fell 3-4 percent at 2 p.m.", [("2 p.m.", "2010-03-04", "day", "14:00")]),
]


@pytest.mark.parametrize(("text", "expected"), CLOCK_SPANS, ids=_ids(CLOCK_SPANS))
def test_spans_of_hours(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- "that year", "the same month", "for the year": the period of the story's previous date ------------------

PERIOD_ANAPHORS = [
    ("The mill shut in 1998. That year, the town lost a third of its jobs.",
     [("1998", "1998-01-01", "year", None), ("That year", "1998-01-01", "year", None)]),
    ("Output fell in October. The same month, the plant's manager quit.",
     [("October", "2009-10-01", "month", None), ("The same month", "2009-10-01", "month", None)]),
    ("The airline lost $2 billion in 2008 and $1 billion the year previous.",
     [("2008", "2008-01-01", "year", None), ("the year previous", "2007-01-01", "year", None)]),
    ("It made a profit of $3 million in the fourth quarter of 2009 and lost money for the entire year.",
     [("the fourth quarter of 2009", "2009-10-01", "month", None), ("the entire year", "2009-01-01", "year", None)]),
    ("The firm expects to stay profitable for the year.", [("the year", "2010-01-01", "year", None)]),
    ("She was named employee of the month.", [("the month", "2010-03-01", "month", None)]),
    # a comparison's offset is not what "the year" counts from (and is no date itself, round eight: the period
    # compared with, a DURATION in MEANTIME)
    ("Exports reached $8 billion in 2009, up 5% from a year earlier, below the target set for the whole year.",
     [("2009", "2009-01-01", "year", None), ("the whole year", "2009-01-01", "year", None)]),
]


@pytest.mark.parametrize(("text", "expected"), PERIOD_ANAPHORS, ids=_ids(PERIOD_ANAPHORS))
def test_period_anaphors(text: str, expected: list) -> None:
    assert read(text) == expected


def test_a_decimal_after_the_is_no_day() -> None:
    assert read("She won the 26.2-mile race and the 13.1-mile one.") == []
    assert read("The board meets on the 29th.") == [("29th", "2010-03-29", "day", None)]


NOT_PERIOD_ANAPHORS = [
    "Results for the year ended June 30 were weak.",
    "The year-earlier quarter was weak.",
    "The year before the merger was hard.",
    "Sales in the year 2000 doubled.",
]


@pytest.mark.parametrize("text", NOT_PERIOD_ANAPHORS, ids=[t[:40] for t in NOT_PERIOD_ANAPHORS])
def test_not_period_anaphors(text: str) -> None:
    assert all(m.rule != "period_anchor" for m in find_dates(text, REF, "en"))


# ---- a stretch of time looked back over from a rank is no date: "the first talks in six years" ---------------

RANKED_SPANS = [
    ("It was the council's first vote in eight years.", []),
    ("Copper hit its lowest price in a decade.", []),
    ("Bond yields rose the most in three months.", []),
    ("For the first time in 12 years, the club won the cup.", []),
    # a verb between the rank and the offset: a date again
    ("The first instalment is due in two weeks.", [("in two weeks", "2010-03-18", "day", None)]),
    ("The plant will reopen in two weeks.", [("in two weeks", "2010-03-18", "day", None)]),
]


@pytest.mark.parametrize(("text", "expected"), RANKED_SPANS, ids=_ids(RANKED_SPANS))
def test_ranked_spans_are_no_dates(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- a weekday with its day number: with no tense, the nearer such day (a future one costs twice its distance) --

WEEKDAY_DAYS = [
    # reference Tuesday 7 May 2019: Monday the 27th is 20 days ahead (the last one in the past is 27 August 2018)
    ("The board meets on Monday the 27th.", dt.date(2019, 5, 7), [("Monday the 27th", "2019-05-27", "day", None)]),
    ("The board met on Monday the 29th.", dt.date(2019, 5, 7), [("Monday the 29th", "2019-04-29", "day", None)]),
    # reference Friday 15 March 2019: Friday the 1st was two weeks ago, the next one is in November
    ("The report came out Friday the 1st.", dt.date(2019, 3, 15), [("Friday the 1st", "2019-03-01", "day", None)]),
]


@pytest.mark.parametrize(("text", "ref", "expected"), WEEKDAY_DAYS, ids=_ids(WEEKDAY_DAYS))
def test_weekday_with_day_number(text: str, ref: dt.date, expected: list) -> None:
    assert read(text, ref) == expected


# ---- holidays: the United States' federal ones and Boxing Day, in the year the tense points to ---------------

HOLIDAYS = [
    ("Markets were shut for Labor Day.", [("Labor Day", "2009-09-07", "day", None)]),
    ("Banks will close on Memorial Day.", [("Memorial Day", "2010-05-31", "day", None)]),
    ("The bill was signed on Veterans Day.", [("Veterans Day", "2009-11-11", "day", None)]),
    ("Crowds filled the shops on Boxing Day.", [("Boxing Day", "2009-12-26", "day", None)]),
    ("The senator spoke on Martin Luther King Day.", [("Martin Luther King Day", "2010-01-18", "day", None)]),
]


@pytest.mark.parametrize(("text", "expected"), HOLIDAYS, ids=_ids(HOLIDAYS))
def test_holidays(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- "earlier"/"later" in a period: halves of a month or year, and the days before/from the reference in its week --

def _range(text: str, ref: dt.date = REF) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.value.isoformat(), m.end_value.isoformat() if m.end_value else None)
            for m in find_dates(text, ref, "en")]


EARLIER_LATER = [
    ("Earlier this month, the regulator fined two banks.", [("Earlier this month", "2010-03-01", "2010-03-15")]),
    ("The regulator will rule later this month.", [("later this month", "2010-03-16", "2010-03-31")]),
    ("A ruling is expected later this year.", [("later this year", "2010-07-01", "2010-12-31")]),
    ("Prices fell earlier in the year.", [("the year", "2010-01-01", "2010-06-30")]),
    # reference Thursday 4 March 2010: Monday to Wednesday, then Thursday to Sunday
    ("Two ministers resigned earlier this week.", [("earlier this week", "2010-03-01", "2010-03-03")]),
    ("A vote is due later this week.", [("later this week", "2010-03-04", "2010-03-07")]),
]


@pytest.mark.parametrize(("text", "expected"), EARLIER_LATER, ids=_ids(EARLIER_LATER))
def test_earlier_and_later_in_a_period(text: str, expected: list) -> None:
    assert _range(text) == expected


# ---- offsets in minutes and hours: the day they fall on (from the reference, or the story's previous date) -----

WITHIN_THE_DAY = [
    ("The minister will speak in 10 minutes.", [("in 10 minutes", "2010-03-04", "day", None)]),
    ("The polls close 30 minutes from now.", [("30 minutes from now", "2010-03-04", "day", None)]),
    # (round 13: a step of minutes from a day of the story counts from a clock the text does not give: no date)
    ("The fire started on March 1. Twenty minutes later, the roof fell.", [("March 1", "2010-03-01", "day", None)]),
    ("Results are due within the next hour.", [("the next hour", "2010-03-04", "day", None)]),
    ("The relay lasted for three hours.", []),
    ("Shares slid over the past hour.", []),
    # "from now" counts from the reference date, not from the story's previous one
    ("The ship docked on March 1. The crew sails three days from now.",
     [("March 1", "2010-03-01", "day", None), ("three days from now", "2010-03-07", "day", None)]),
]


@pytest.mark.parametrize(("text", "expected"), WITHIN_THE_DAY, ids=_ids(WITHIN_THE_DAY))
def test_offsets_within_the_day(text: str, expected: list) -> None:
    assert read(text) == expected


def test_later_this_week_said_early_in_the_week() -> None:
    # reference Monday 1 March 2010: "later this week" is Thursday-Sunday, "earlier this week" is that Monday
    monday = dt.date(2010, 3, 1)
    assert _range("A vote is due later this week.", monday) == [("later this week", "2010-03-04", "2010-03-07")]
    assert _range("Talks stalled earlier this week.", monday) == [("earlier this week", "2010-03-01", None)]


# ---- the part of a day written before it stays in its words ("earlier today", "late Friday"), as TimeML keeps it --

DAY_MODIFIERS = [
    ("The court ruled earlier today.", [("earlier today", "2010-03-04", "day", None)]),
    ("The pact was signed late Tuesday.", [("late Tuesday", "2010-03-02", "day", None)]),
    ("Early Monday, rescuers reached the village.", [("Early Monday", "2010-03-01", "day", None)]),
    ("Late yesterday the strike ended.", [("Late yesterday", "2010-03-03", "day", None)]),
    # only a word right before the day is its part ("later than expected" after it is not)
    ("Shares slid on Monday, later than expected.", [("Monday", "2010-03-01", "day", None)]),
]


@pytest.mark.parametrize(("text", "expected"), DAY_MODIFIERS, ids=_ids(DAY_MODIFIERS))
def test_day_modifiers_stay_in_the_words(text: str, expected: list) -> None:
    assert read(text) == expected
