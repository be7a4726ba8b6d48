"""English dates on wire news, sixth round (issue 12, helper den6): tables of our own sentences.

Reference date: Friday 22 March 2013 (news conventions: ``bare_weekday='past'``), unless a row says otherwise.
Each table is one class of error (TimeML / TempEval-3 conventions for what a wire story or a market report
holds); its rows are sentences written for these tests, not the benchmarks'.
Rows are (text, [(words, first day, last day or None, precision)]).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates
from timeline.settings import Options

REF = dt.date(2013, 3, 22)


def read(text: str, ref: dt.date = REF, mode: str = "past", lang: str = "en") -> list[tuple[str, str, str | None, str]]:
    return [(m.text, m.value.isoformat(), m.end_value.isoformat() if m.end_value else None, m.precision)
            for m in find_dates(text, ref, lang, Options(bare_weekday=mode))]  # type: ignore[arg-type]


# ---- a part of a week is that week (TimeML: "earlier this week" = 2013-W12), its days the range -------------------

TUESDAY = dt.date(2013, 3, 19)
WEEK_PARTS = [
    ("Earlier this week, the Senate passed the bill.", REF,
     [("Earlier this week", "2013-03-18", "2013-03-20", "week")]),
    ("The rebels will attack later in the week.", REF, [("the week", "2013-03-22", "2013-03-24", "week")]),
    ("The talks resume in the middle of next week.", REF,
     [("the middle of next week", "2013-03-27", "2013-03-28", "week")]),
    ("At the start of the week, shares fell.", REF,
     [("At the start of the week", "2013-03-18", "2013-03-19", "week")]),
    # on a Tuesday, "earlier this week" is Monday alone: still the week
    ("Earlier this week, the Senate passed the bill.", TUESDAY, [("Earlier this week", "2013-03-18", None, "week")]),
    # a part of the day stays a day; a part of a month or a year keeps its unit
    ("Earlier today, the Senate passed the bill.", REF, [("Earlier today", "2013-03-22", None, "day")]),
    ("Earlier this month the company cut jobs.", REF,
     [("Earlier this month", "2013-03-01", "2013-03-15", "month")]),
]


@pytest.mark.parametrize("text,ref,expected", WEEK_PARTS, ids=[f"{r[0][:40]}@{r[1]}" for r in WEEK_PARTS])
def test_a_part_of_a_week_is_the_week(text: str, ref: dt.date, expected: list) -> None:
    assert read(text, ref) == expected


def test_french_part_of_a_week_is_the_week() -> None:
    assert read("Les syndicats ont manifesté en début de semaine.", lang="fr") == [
        ("en début de semaine", "2013-03-18", "2013-03-19", "week")]


# ---- a year before a noun of the period it names --------------------------------------------------------------------

YEAR_NOUNS = [
    ("The company's 2012 revenue rose 4 percent.", [("2012", "2012-01-01", None, "year")]),
    ("The 2012 results beat forecasts.", [("2012", "2012-01-01", None, "year")]),
    ("The bank expects 2013 earnings of $4 billion.", [("2013", "2013-01-01", None, "year")]),
    ("Analysts cut their 2014 sales forecasts.", [("2014", "2014-01-01", None, "year")]),
    ("Its 2013 first-quarter profit rose.", [("2013", "2013-01-01", None, "year")]),
    ("Voters recalled the 2008 election.", [("2008", "2008-01-01", None, "year")]),
    # "for" before a year that closes its phrase
    ("The government is targeting growth of 7 percent for 2013.", [("2013", "2013-01-01", None, "year")]),
    ("For 2013, the company expects growth.", [("2013", "2013-01-01", None, "year")]),
    # counts stay counts
    ("The company hired 2000 workers.", []),
    ("The team won 2010 games.", []),
    ("He bought 1995 shares.", []),
    ("It sold 1997 fiscal bonds.", []),
    ("The charity gave meals for 2000 people.", []),
]


@pytest.mark.parametrize("text,expected", YEAR_NOUNS, ids=[r[0][:40] for r in YEAR_NOUNS])
def test_a_year_naming_a_period(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- a part of the day of the story's previous day: "that evening", "the next morning", "the night before" ----------

def read_times(text: str, ref: dt.date = REF) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.value.isoformat(), m.time if isinstance(m.time, str) or m.time is None else str(m.time))
            for m in find_dates(text, ref, "en", Options(bare_weekday="past"))]


ANAPHORIC_PARTS = [
    ("The dam collapsed on May 4. Rescuers arrived that evening.",
     [("May 4", "2012-05-04", None), ("that evening", "2012-05-04", "evening")]),
    ("The dam collapsed on May 4. Rescuers arrived the next morning.",
     [("May 4", "2012-05-04", None), ("the next morning", "2012-05-05", "morning")]),
    ("The dam collapsed on Tuesday. Villagers had heard cracks the night before.",
     [("Tuesday", "2013-03-19", None), ("the night before", "2013-03-18", "night")]),
    ("The vote was on March 1, 2011. The previous evening, the leader resigned.",
     [("March 1, 2011", "2011-03-01", None), ("The previous evening", "2011-02-28", "evening")]),
    # no earlier day: the reference date's
    ("That night, the rebels crossed the river.", [("That night", "2013-03-22", "night")]),
]


@pytest.mark.parametrize("text,expected", ANAPHORIC_PARTS, ids=[r[0][:40] for r in ANAPHORIC_PARTS])
def test_a_part_of_the_day_of_the_story(text: str, expected: list) -> None:
    assert read_times(text) == expected


# ---- a copula or a present-tense verb of a schedule right before a bare weekday: the next one ----------------------

SCHEDULED_WEEKDAYS = [
    ("The funeral is Saturday.", [("Saturday", "2013-03-23", None, "day")]),
    ("The runoff is on Sunday.", [("Sunday", "2013-03-24", None, "day")]),
    ("The trial opens Tuesday in Denver.", [("Tuesday", "2013-03-26", None, "day")]),
    ("Negotiators meet again Thursday.", [("Thursday", "2013-03-28", None, "day")]),
    ("Talks resume Monday, the envoy said.", [("Monday", "2013-03-25", None, "day")]),
    ("The deadline is Friday.", [("Friday", "2013-03-22", None, "day")]),  # the article's own Friday
    # a tense elsewhere in the sentence still decides
    ("The trial opened Tuesday in Denver.", [("Tuesday", "2013-03-19", None, "day")]),
    ("The funeral was Saturday.", [("Saturday", "2013-03-16", None, "day")]),
    # a copula before a year-less date: the date ahead, whatever else the sentence says
    ("The runoff, which was delayed twice, is Sept. 30.", [("Sept. 30", "2013-09-30", None, "day")]),
    ("The deadline is on Feb. 2.", [("Feb. 2", "2014-02-02", None, "day")]),
    # an object between the verb and the day: "go to the polls" is a schedule phrase of its own (den9, round nine;
    # before: the last Sunday, kept so as a known limit)
    ("Voters go to the polls Sunday.", [("Sunday", "2013-03-24", None, "day")]),
]


@pytest.mark.parametrize("text,expected", SCHEDULED_WEEKDAYS, ids=[r[0][:40] for r in SCHEDULED_WEEKDAYS])
def test_a_scheduled_weekday_is_the_next_one(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- the stretch of time up to or from now is a duration (TimeML P1Y), no date; "the next year" of a story ----------

STRETCHES = [
    ("Over the past year the stock doubled.", []),
    ("Prices rose 4 percent in the last year.", []),
    ("The plant will hire 200 workers in the next year.", []),
    ("Within the coming week, the envoy will visit.", []),
    # not a stretch: a year of something, a possessive, the year itself
    ("In the last year of his term, he vetoed the bill.", [("last year", "2012-01-01", None, "year")]),
    ("Sales fell last year.", [("last year", "2012-01-01", None, "year")]),
    # "the next year" after a date of the story is the year after it (as "the following year")
    ("The mine opened in 2009. The next year it flooded.",
     [("2009", "2009-01-01", None, "year"), ("The next year", "2010-01-01", None, "year")]),
    ("The mine opened in May 2009. The next month it flooded.",
     [("May 2009", "2009-05-01", None, "month"), ("The next month", "2009-06-01", None, "month")]),
    # "next year" alone stays the reference date's next year
    ("The mine will reopen next year.", [("next year", "2014-01-01", None, "year")]),
]


@pytest.mark.parametrize("text,expected", STRETCHES, ids=[r[0][:40] for r in STRETCHES])
def test_stretches_and_the_next_period(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- irregular simple pasts are past cues: a year-less date a few weeks ahead is last year's ------------------------

IRREGULAR_PASTS = [
    ("The suspect fled on April 20.", [("April 20", "2012-04-20", None, "day")]),
    ("The firm lost $2 billion in May.", [("May", "2012-05-01", None, "month")]),
    ("Rebels held the town on April 2.", [("April 2", "2012-04-02", None, "day")]),
    ("Police found the car on May 12.", [("May 12", "2012-05-12", None, "day")]),
    # a participle after a modal is no simple past: "will be held", "could be lost" look ahead
    ("The summit will be held on April 20.", [("April 20", "2013-04-20", None, "day")]),
    ("Up to 500 jobs could be lost in May.", [("May", "2013-05-01", None, "month")]),
    # "May" the month is no modal
    ("In May we found the wreck.", [("May", "2012-05-01", None, "month")]),
    # no tense: a date a few weeks ahead stays ahead (news leans to the past only at twice the distance)
    ("The deadline: April 2.", [("April 2", "2013-04-02", None, "day")]),
]


@pytest.mark.parametrize("text,expected", IRREGULAR_PASTS, ids=[r[0][:40] for r in IRREGULAR_PASTS])
def test_irregular_pasts_lean_back(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- "this past Sunday", "this calendar year", "calendar 2012": the words TimeML spans, the value unchanged ---------

SMALL_WORDS = [
    ("This past Sunday the rebels attacked.", [("This past Sunday", "2013-03-17", None, "day")]),
    ("This past week the markets rested.", [("This past week", "2013-03-11", None, "week")]),
    ("Gains this calendar year were small.", [("this calendar year", "2013-01-01", None, "year")]),
    ("The company reported a loss for calendar 2012.", [("2012", "2012-01-01", None, "year")]),
]


@pytest.mark.parametrize("text,expected", SMALL_WORDS, ids=[r[0][:40] for r in SMALL_WORDS])
def test_small_words_of_a_period(text: str, expected: list) -> None:
    assert read(text) == expected
