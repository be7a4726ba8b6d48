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
    ("The rebels will attack later in the week.", REF, [("later in the week", "2013-03-22", "2013-03-24", "week")]),
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
