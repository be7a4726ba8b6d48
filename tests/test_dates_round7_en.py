"""English dates on wire news, seventh round (issue 12, helper den7): tables of our own sentences.

Reference date: Friday 22 March 2013 (news conventions: ``bare_weekday='past'``), unless a row says otherwise.
Each table is one class of error; its rows are sentences written for these tests, not the benchmarks'.
Rows are (text, [(words, first day, last day or None, precision)]).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates
from timeline.settings import Options

REF = dt.date(2013, 3, 22)  # a Friday
THURSDAY = dt.date(2013, 3, 21)
MONDAY = dt.date(2013, 3, 18)
SUNDAY = dt.date(2013, 3, 24)


def read(text: str, ref: dt.date = REF, mode: str = "past", lang: str = "en",
         last: str = "recent") -> list[tuple[str, str, str | None, str]]:
    return [(m.text, m.value.isoformat(), m.end_value.isoformat() if m.end_value else None, m.precision)
            for m in find_dates(text, ref, lang, Options(bare_weekday=mode, last_weekday=last))]  # type: ignore[arg-type]


# ---- "last / previous / next <weekday>": that weekday in the calendar week before / after the story's --------------
# (the day before or after the story would be "yesterday", "Wednesday", "tomorrow", "Friday": a writer who adds
# "last" or "next" means the other week; a bare weekday and "this past" / "this coming" keep the nearer one). Round
# ten: for "last" this is Recognizers-Text's convention, ``Options(last_weekday='week')``; news and HeidelTime read
# "last Wednesday" as the most recent Wednesday (``LAST_RECENT``, the default).

WEEK_SHIFTED = [
    ("The board met last Wednesday to review the bid.", THURSDAY, [("last Wednesday", "2013-03-13", None, "day")]),
    ("The board met last Wednesday to review the bid.", REF, [("last Wednesday", "2013-03-13", None, "day")]),
    ("Talks broke down the previous Monday, officials said.", THURSDAY,
     [("previous Monday", "2013-03-11", None, "day")]),
    ("Shares slid last Friday after the warning.", MONDAY, [("last Friday", "2013-03-15", None, "day")]),
    ("The jury is due to return next Friday.", THURSDAY, [("next Friday", "2013-03-29", None, "day")]),
    ("The jury is due to return next Friday.", MONDAY, [("next Friday", "2013-03-29", None, "day")]),
    ("The strike starts next Monday.", REF, [("next Monday", "2013-03-25", None, "day")]),
    # a Sunday closes its week: "next Monday" is the day after
    ("The strike starts next Monday.", SUNDAY, [("next Monday", "2013-03-25", None, "day")]),
    ("The result was known last Sunday.", SUNDAY, [("last Sunday", "2013-03-17", None, "day")]),
    # the nearer one: a bare weekday, "this past", "this coming"
    ("The board met on Wednesday.", THURSDAY, [("Wednesday", "2013-03-20", None, "day")]),
    ("The board met this past Wednesday.", THURSDAY, [("this past Wednesday", "2013-03-20", None, "day")]),
    ("The vote is this coming Friday.", THURSDAY, [("this coming Friday", "2013-03-22", None, "day")]),
]


@pytest.mark.parametrize("text,ref,expected", WEEK_SHIFTED, ids=[f"{r[0][:40]}@{r[1]}" for r in WEEK_SHIFTED])
def test_last_and_next_weekday_are_the_other_week(text: str, ref: dt.date, expected: list) -> None:
    assert read(text, ref, last="week") == expected


LAST_RECENT = [
    ("The board met last Wednesday to review the bid.", THURSDAY, [("last Wednesday", "2013-03-20", None, "day")]),
    ("The board met last Wednesday to review the bid.", REF, [("last Wednesday", "2013-03-20", None, "day")]),
    ("Shares slid last Friday after the warning.", MONDAY, [("last Friday", "2013-03-15", None, "day")]),
    ("The result was known last Sunday.", SUNDAY, [("last Sunday", "2013-03-17", None, "day")]),
    ("Talks broke down the previous Monday, officials said.", THURSDAY,
     [("previous Monday", "2013-03-11", None, "day")]),
    ("The strike starts next Monday.", REF, [("next Monday", "2013-03-25", None, "day")]),
]


@pytest.mark.parametrize("text,ref,expected", LAST_RECENT, ids=[f"{r[0][:40]}@{r[1]}" for r in LAST_RECENT])
def test_last_weekday_is_the_most_recent_one_in_news(text: str, ref: dt.date, expected: list) -> None:
    assert read(text, ref) == expected


# ---- a present-tense schedule verb right before a year-less day: ahead ---------------------------------------------

SCHEDULE_PRESENT = [
    ("The new capital rules take effect Jan. 1.", [("Jan. 1", "2014-01-01", None, "day")]),
    ("The ban goes into effect on Feb. 15, regulators said.", [("Feb. 15", "2014-02-15", None, "day")]),
    ("Early voting starts Oct. 22 in most counties.", [("Oct. 22", "2013-10-22", None, "day")]),
    ("The tender offer runs through Feb. 28.", [("Feb. 28", "2014-02-28", None, "day")]),
    ("The festival begins on Feb. 10 and lasts until Feb. 20.",
     [("Feb. 10", "2014-02-10", None, "day"), ("Feb. 20", "2014-02-20", None, "day")]),
    # a past tense keeps the date behind; a verb a headline uses of a done day is not read ahead
    ("The new capital rules took effect Jan. 1.", [("Jan. 1", "2013-01-01", None, "day")]),
    ("Dow closes at a record on March 5.", [("March 5", "2013-03-05", None, "day")]),
    # a month without a day is left to the other cues ("Stocks end February higher")
    ("Stocks end February higher.", [("February", "2013-02-01", None, "month")]),
]


@pytest.mark.parametrize("text,expected", SCHEDULE_PRESENT, ids=[r[0][:40] for r in SCHEDULE_PRESENT])
def test_a_schedule_in_the_present_is_ahead(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- a range of two months with no year: the last end is read and comes after the first ----------------------------

MONTH_RANGES = [
    ("Sales fell between January and March, the agency said.",
     [("January", "2013-01-01", None, "month"), ("March", "2013-03-01", None, "month")]),
    ("Exports slid from January to May.",
     [("January", "2013-01-01", None, "month"), ("May", "2013-05-01", None, "month")]),
    ("The exhibition runs from June to August.",
     [("June", "2013-06-01", None, "month"), ("August", "2013-08-01", None, "month")]),
    ("From October through March, the index fell 9 percent.",
     [("October", "2012-10-01", None, "month"), ("March", "2013-03-01", None, "month")]),
    ("Output grew from November to February.",
     [("November", "2012-11-01", None, "month"), ("February", "2013-02-01", None, "month")]),
    # "March", "May" after "to", "and" with no month opening a range: a verb, a name
    ("Thousands plan to march and May said no.", []),
    ("The talks between Cameron and May failed.", []),
    ("Veterans returned to March Air Reserve Base.", []),
]


@pytest.mark.parametrize("text,expected", MONTH_RANGES, ids=[r[0][:40] for r in MONTH_RANGES])
def test_a_range_of_months_without_a_year(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- market copy: "the Fed" is no past tense; a present of a schedule right before a weekday is ahead --------------

WEDNESDAY = dt.date(2013, 3, 20)
MARKET_WEEKDAYS = [
    ("The Fed meets Thursday to set rates.", [("Thursday", "2013-03-21", None, "day")]),
    ("The Fed's two-day meeting ends Friday.", [("Friday", "2013-03-22", None, "day")]),
    ("Stocks will likely open a bit higher Friday.", [("Friday", "2013-03-22", None, "day")]),
    ("The runoff vote takes place Sunday.", [("Sunday", "2013-03-24", None, "day")]),
    ("Markets reopen Monday after the holiday.", [("Monday", "2013-03-25", None, "day")]),
    ("The summit wraps up Thursday in Brussels.", [("Thursday", "2013-03-21", None, "day")]),
    # a past tense still decides
    ("The Fed met Monday.", [("Monday", "2013-03-18", None, "day")]),
    ("Markets reopened Monday after the holiday.", [("Monday", "2013-03-18", None, "day")]),
]


@pytest.mark.parametrize("text,expected", MARKET_WEEKDAYS, ids=[r[0][:40] for r in MARKET_WEEKDAYS])
def test_market_weekdays(text: str, expected: list) -> None:
    assert read(text, WEDNESDAY) == expected


# ---- noon and midnight written before their day (wire style): one mention with the day -----------------------------

def read_times(text: str, ref: dt.date = REF) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.value.isoformat(), m.time) for m in find_dates(text, ref, "en", Options(bare_weekday="past"))]


NOON_BEFORE_DAY = [
    # noon is the clock 12:00, as TIDES 2005 writes it (round twenty-four; it was the midday part, TMI)
    ("The strike ended at noon Wednesday.", [("noon Wednesday", "2013-03-20", "12:00")]),
    ("The strike ended Wednesday at noon.", [("Wednesday at noon", "2013-03-20", "12:00")]),
    ("Shares rose shortly before noon Thursday.", [("noon Thursday", "2013-03-21", "12:00")]),
    # midnight closes its day, before or after it: the next day's 00:00
    ("The ceasefire began at midnight Thursday.", [("midnight Thursday", "2013-03-22", "00:00")]),
    ("The ceasefire began Thursday at midnight.", [("Thursday at midnight", "2013-03-22", "00:00")]),
    # no cue, or a name: no time
    ("The noon deadline passed on Thursday.", [("Thursday", "2013-03-21", None)]),
    ("Noon Prayer drew crowds on Thursday.", [("Thursday", "2013-03-21", None)]),
]


@pytest.mark.parametrize("text,expected", NOON_BEFORE_DAY, ids=[r[0][:40] for r in NOON_BEFORE_DAY])
def test_noon_and_midnight_before_their_day(text: str, expected: list) -> None:
    assert read_times(text) == expected


# ---- pasts spelt as their present ("hit", "burst", "shut", "quit", "shed") lean back ----------------------------

SAME_FORM_PASTS = [
    ("Oil hit $147 a barrel in July.", [("July", "2012-07-01", None, "month")]),
    ("The housing bubble burst in May.", [("May", "2012-05-01", None, "month")]),
    ("The plant shut in June after the flood.", [("June", "2012-06-01", None, "month")]),
    ("Employers shed 20,000 jobs in June.", [("June", "2012-06-01", None, "month")]),
    ("The chief executive quit on April 2.", [("April 2", "2012-04-02", None, "day")]),
    # an infinitive or a modal: ahead (the nearer date)
    ("Oil will hit $100 in July.", [("July", "2013-07-01", None, "month")]),
    ("Analysts expect oil to hit $100 in July.", [("July", "2013-07-01", None, "month")]),
]


@pytest.mark.parametrize("text,expected", SAME_FORM_PASTS, ids=[r[0][:40] for r in SAME_FORM_PASTS])
def test_pasts_spelt_as_presents(text: str, expected: list) -> None:
    assert read(text) == expected
