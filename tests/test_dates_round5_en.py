"""English dates on wire news, fifth round (issue 12, helper den3): tables of our own sentences.

Reference date: Wednesday 11 February 1998 (news conventions: ``bare_weekday='past'``), unless a row says
otherwise. Each table is one class of error; its rows are sentences written for these tests, not the benchmarks'.
Rows are (text, [(words, first day, last day or None, precision)]).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates
from timeline.settings import Options

REF = dt.date(1998, 2, 11)


def read(text: str, ref: dt.date = REF, mode: str = "past") -> list[tuple[str, str, str | None, str]]:
    return [(m.text, m.value.isoformat(), m.end_value.isoformat() if m.end_value else None, m.precision)
            for m in find_dates(text, ref, "en", Options(bare_weekday=mode))]  # type: ignore[arg-type]


# ---- two bare weekdays of a range are days of one week ----------------------------------------------------------

WEEKDAY_RANGES = [
    # the end keeps its side (past here), the start moves a week to meet it
    ("The strike ran from Monday to Thursday.", [("from Monday to Thursday", "1998-02-02", "1998-02-05", "day")]),
    ("Delegates met Tuesday through Thursday.", [("Tuesday through Thursday", "1998-02-03", "1998-02-05", "day")]),
    # a future end: the end moves a week on
    ("The fair will run from Tuesday to Thursday.",
     [("from Tuesday to Thursday", "1998-02-17", "1998-02-19", "day")]),
    # already in order: unchanged
    ("The fair ran Friday to Sunday.", [("Friday to Sunday", "1998-02-06", "1998-02-08", "day")]),
    ("Polls will be open from Thursday to Saturday.",
     [("from Thursday to Saturday", "1998-02-12", "1998-02-14", "day")]),
]


@pytest.mark.parametrize("text,expected", WEEKDAY_RANGES, ids=[r[0][:40] for r in WEEKDAY_RANGES])
def test_weekday_ranges_stay_in_one_week(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- the same period a year back: the period of the story's previous date ---------------------------------------

SAME_PERIOD = [
    ("Car sales rose 12% in January from the same period last year.",
     [("January", "1998-01-01", None, "month"), ("the same period last year", "1997-01-01", None, "month")]),
    ("Exports fell in November 1997 compared with the same month a year earlier.",
     [("November 1997", "1997-11-01", None, "month"), ("the same month a year earlier", "1996-11-01", None, "month")]),
    ("Orders on Monday were double those of the same day a year ago.",
     [("Monday", "1998-02-09", None, "day"), ("the same day a year ago", "1997-02-09", None, "day")]),
    # a quarter: the quarter, a year back
    ("Revenue in the third quarter of 1997 beat the year-earlier quarter.",
     [("the third quarter of 1997", "1997-07-01", "1997-09-30", "month"),
      ("the year-earlier quarter", "1996-07-01", "1996-09-30", "month")]),
    # a unit coarser than the previous date: the unit's precision
    ("Output on 3 February was above the same month of the previous year.",
     [("3 February", "1998-02-03", None, "day"), ("the same month of the previous year", "1997-02-01", None, "month")]),
    # a unit finer than the previous date: the previous date's
    ("Rainfall in 1996 was below the same month a year earlier.",
     [("1996", "1996-01-01", None, "year"), ("the same month a year earlier", "1995-01-01", None, "year")]),
    # a day before is no period: the year
    ("On Monday the chain said sales beat the same period last year.",
     [("Monday", "1998-02-09", None, "day"), ("the same period last year", "1997-01-01", None, "year")]),
    # no previous date: the year before the reference date's
    ("Sales were flat from the same period last year.", [("the same period last year", "1997-01-01", None, "year")]),
]


@pytest.mark.parametrize("text,expected", SAME_PERIOD, ids=[r[0][:40] for r in SAME_PERIOD])
def test_same_period_a_year_back(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- a quarter of a relative year ---------------------------------------------------------------------------------

QUARTERS = [
    ("Profit rose in the first quarter of this year.",
     [("the first quarter", "1998-01-01", "1998-03-31", "month"), ("this year", "1998-01-01", None, "year")]),
    ("Output will recover in the fourth quarter of next year.",
     [("the fourth quarter", "1999-10-01", "1999-12-31", "month"), ("next year", "1999-01-01", None, "year")]),
    ("Losses peaked in the third quarter of last year.",
     [("the third quarter", "1997-07-01", "1997-09-30", "month"), ("last year", "1997-01-01", None, "year")]),
    ("The second quarter of the year is the busiest.",
     [("The second quarter", "1998-04-01", "1998-06-30", "month"), ("the year", "1998-01-01", None, "year")]),
    # a quarter of a written year is the quarters step's, unchanged
    ("Sales fell in the 4th quarter of 1997.", [("the 4th quarter of 1997", "1997-10-01", "1997-12-31", "month")]),
]


@pytest.mark.parametrize("text,expected", QUARTERS, ids=[r[0][:40] for r in QUARTERS])
def test_quarter_of_a_relative_year(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- "fiscal" before a year ---------------------------------------------------------------------------------------

FISCAL = [
    ("Net income in fiscal 1997 rose 8%.", [("1997", "1997-01-01", None, "year")]),
    ("The group expects fiscal 1999 sales to fall.", [("1999", "1999-01-01", None, "year")]),
    ("It sold 1997 fiscal bonds.", []),
]


@pytest.mark.parametrize("text,expected", FISCAL, ids=[r[0][:40] for r in FISCAL])
def test_fiscal_years(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- a part of the day before a market session: the text's previous day, else the reference date ---------------

SESSIONS = [
    ("Copper climbed in morning trading.", [("morning", "1998-02-11", None, "day")]),
    ("The bank cut rates on Tuesday. Analysts were surprised. The peso firmed in afternoon dealings.",
     [("Tuesday", "1998-02-10", None, "day"), ("afternoon", "1998-02-10", None, "day")]),
    # no session word and no day nearby: the page's day (a lone part takes the story's day: pod30's ruling)
    ("The peso firmed in the afternoon.", [("the afternoon", "1998-02-11", None, "day")]),
]


@pytest.mark.parametrize("text,expected", SESSIONS, ids=[r[0][:40] for r in SESSIONS])
def test_market_sessions_take_the_story_day(text: str, expected: list) -> None:
    assert read(text) == expected
    parts = [m.time for m in find_dates(text, REF, "en", Options()) if m.rule == "day_part_alone"]
    assert parts == [w for w in ("morning", "afternoon") if w in text and expected]


# ---- a period's edge written after its unit -----------------------------------------------------------------------

EDGES = [
    ("The builder hopes to finish the bridge by year-end.", [("year-end", "1998-11-01", "1998-12-31", "year")]),
    ("The merger should close by year's end.", [("year's end", "1998-11-01", "1998-12-31", "year")]),
    # a past tense and an edge still ahead: the one just passed
    ("Its debt at year-end stood at $4 billion.", [("year-end", "1997-11-01", "1997-12-31", "year")]),
    ("Year-end 1995 stocks were high.", [("Year-end 1995", "1995-11-01", "1995-12-31", "year")]),
    ("Month-end buying is lifting the yen.", [("Month-end", "1998-02-21", "1998-02-28", "month")]),
    ("Month-end buying lifted the yen.", [("Month-end", "1998-01-21", "1998-01-31", "month")]),
    # a hyphenated compound is not an edge
    ("The half-year-end report is out.", []),
]


@pytest.mark.parametrize("text,expected", EDGES, ids=[r[0][:40] for r in EDGES])
def test_period_edges(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- a part of a decade is not a part of its first year ---------------------------------------------------------

DECADES = [
    ("The mill closed in the late 1980s.", []),
    ("Rents soared in the mid-1990s.", []),
    ("Inflation ran high in the early 1970's.", []),
    # a year's part is unchanged
    ("The mill closed in late 1989.", [("late 1989", "1989-11-01", "1989-12-31", "year")]),
    ("Rents soared in mid-1995.", [("mid-1995", "1995-06-01", "1995-07-31", "year")]),
]


@pytest.mark.parametrize("text,expected", DECADES, ids=[r[0][:40] for r in DECADES])
def test_decade_parts_are_no_year(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- a bound ahead before a weekday, an entry into force: tense words of their own ------------------------------

BOUNDS = [
    ("The walkout goes on through Friday.", [("Friday", "1998-02-13", None, "day")]),
    ("The exhibition is open until Sunday.", [("Sunday", "1998-02-15", None, "day")]),
    # a past tense wins over the bound
    ("The walkout lasted through Friday.", [("Friday", "1998-02-06", None, "day")]),
    # an entry into force: the nearer date, no lean to the past
    ("The tariff takes effect in July.", [("July", "1998-07-01", None, "month")]),
    ("The accord comes into force in June.", [("June", "1998-06-01", None, "month")]),
    ("The tariff took effect in July.", [("July", "1997-07-01", None, "month")]),
]


@pytest.mark.parametrize("text,expected", BOUNDS, ids=[r[0][:40] for r in BOUNDS])
def test_bounds_and_entry_into_force(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- the full stop of an initialism or before a lower-case word ends no sentence: the tense reaches past it -----

INITIALISMS = [
    ("The parade will start at 9 a.m. on Sunday.", [("9 a.m. on Sunday", "1998-02-15", None, "day")]),
    ("The envoy will fly to the U.S. on Monday.", [("Monday", "1998-02-16", None, "day")]),
    ("The envoy will fly to the U.K. Monday.", [("Monday", "1998-02-16", None, "day")]),
    ("The rally will start at 9 a.m. Sunday.", [("9 a.m. Sunday", "1998-02-15", None, "day")]),
    # a real sentence end still cuts the tense off, after "a.m." too
    ("Talks will go on. On Monday, the envoy flew home.", [("Monday", "1998-02-09", None, "day")]),
]


@pytest.mark.parametrize("text,expected", INITIALISMS, ids=[r[0][:40] for r in INITIALISMS])
def test_initialisms_end_no_sentence(text: str, expected: list) -> None:
    assert read(text) == expected


def test_a_capital_after_a_clock_starts_a_sentence() -> None:
    """"at 9 a.m. Police met on Monday": the "will" before "a.m." is no cue for Monday (the clock's own day is
    another question, not this table's)."""
    days = [row for row in read("Talks will resume at 9 a.m. Police met on Monday.") if row[0] == "Monday"]
    assert days == [("Monday", "1998-02-09", None, "day")]
    days = [row for row in read("Talks will resume at 9 a.m. Police meet on Monday.") if row[0] == "Monday"]
    assert days == [("Monday", "1998-02-09", None, "day")]
