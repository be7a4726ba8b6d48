"""English dates on wire news, eighth round (issue 12, helper den8): tables of our own sentences.

Reference date: Friday 22 March 2013 (news conventions: ``bare_weekday='past'``), unless a row says otherwise.
Each table is one class of error, in several outlet styles (wire, business, politics, court, sport, obituary); the
rows are sentences written for these tests, not the benchmarks'. Rows are (text, [(words, first day, last day or
None, precision, time)]).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates
from timeline.settings import Options

REF = dt.date(2013, 3, 22)  # a Friday


def read(text: str, ref: dt.date = REF, lang: str = "en") -> list[tuple[str, str, str | None, str, str | None]]:
    return [(m.text, m.value.isoformat(), m.end_value.isoformat() if m.end_value else None, m.precision, m.time)
            for m in find_dates(text, ref, lang, Options(bare_weekday="past"))]


def _ids(rows: list) -> list[str]:
    return [r[0][:48] for r in rows]


# ---- a deferral names its new term ahead, whatever the tense of the deferral ----------------------------------------
# ("was adjourned until April 8" in March is this April, not last year's: the past tense is the adjournment's)

DEFERRED = [
    ("The trial was adjourned until April 8.", [("April 8", "2013-04-08", None, "day", None)]),
    ("The deadline for bids was extended to April 15, the agency said.",
     [("April 15", "2013-04-15", None, "day", None)]),
    ("Sentencing was deferred until May 14, the court said.", [("May 14", "2013-05-14", None, "day", None)]),
    ("The cup final was delayed until Sunday because of heavy rain.", [("Sunday", "2013-03-24", None, "day", None)]),
    ("Parliament's recess was extended until Monday.", [("Monday", "2013-03-25", None, "day", None)]),
    ("The memorial service was moved back to April 2.", [("April 2", "2013-04-02", None, "day", None)]),
    # control: a past deed with no deferral keeps its past
    ("The trial opened on April 8.", [("April 8", "2012-04-08", None, "day", None)]),
]


@pytest.mark.parametrize(("text", "expected"), DEFERRED, ids=_ids(DEFERRED))
def test_a_deferral_names_a_term_ahead(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- a present of a schedule after a modal is ahead ------------------------------------------------------------------
# ("will take place in October" read the present cue "take place", the nearer October: October 2012 in March 2013)

MODAL_PRESENT = [
    ("The election will take place in October.", [("October", "2013-10-01", None, "month", None)]),
    ("The new capital rules will take effect in December.", [("December", "2013-12-01", None, "month", None)]),
    ("The final will take place in September at Wembley.", [("September", "2013-09-01", None, "month", None)]),
    ("The summit would take place in November, diplomats said.", [("November", "2013-11-01", None, "month", None)]),
    # controls: the past of the same phrase, and the present alone (the nearer one)
    ("The election took place in October.", [("October", "2012-10-01", None, "month", None)]),
    ("The annual fair takes place in October.", [("October", "2012-10-01", None, "month", None)]),
]


@pytest.mark.parametrize(("text", "expected"), MODAL_PRESENT, ids=_ids(MODAL_PRESENT))
def test_a_present_cue_after_a_modal_looks_ahead(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- wire clock times in four digits, with their zone ----------------------------------------------------------------

WIRE_CLOCKS = [
    ("At 1500 GMT, the FTSE 100 was down 2 percent.", [("1500 GMT", "2013-03-22", None, "day", "15:00")]),
    ("Kick-off is at 1945 GMT.", [("1945 GMT", "2013-03-22", None, "day", "19:45")]),
    ("The explosion happened at 0830 GMT on Thursday.",
     [("0830 GMT on Thursday", "2013-03-21", None, "day", "08:30")]),
    ("The rocket lifted off at 2245 local time (1845 GMT).",
     [("2245 local time", "2013-03-22", None, "day", "22:45"), ("1845 GMT", "2013-03-22", None, "day", "18:45")]),
    # zones written in capitals that are also words or short ("ET", "IST"): read in capitals only
    ("Trading opened at 9:30 a.m. ET on Tuesday.", [("9:30 a.m. ET on Tuesday", "2013-03-19", None, "day", "09:30")]),
    ("Mumbai trading was halted at 10:35 IST.", [("10:35 IST", "2013-03-22", None, "day", "10:35")]),
    ("The Nikkei ended the session at 15:00 JST.", [("15:00 JST", "2013-03-22", None, "day", "15:00")]),
    # controls: a year stays a year, with no zone after it
    ("The castle was built in 1500 and rebuilt in 1650.",
     [("1500", "1500-01-01", None, "year", None), ("1650", "1650-01-01", None, "year", None)]),
]


@pytest.mark.parametrize(("text", "expected"), WIRE_CLOCKS, ids=_ids(WIRE_CLOCKS))
def test_wire_clock_in_four_digits(text: str, expected: list) -> None:
    assert read(text) == expected


def test_a_french_year_before_est_is_no_clock() -> None:
    # "est" (is) and "et" (and) are no time zones: the four-digit clock and the short zones are read in capitals only
    assert read("L'année 2012 est marquée par la crise.", lang="fr") == [("L'année 2012", "2012-01-01", None, "year",
                                                                          None)]  # TimeML's noun phrase (round ten)
    assert read("Il est arrivé à 9:30 et il est reparti.", lang="fr") == [("9:30", "2013-03-22", None, "day", "09:30")]


# ---- "later in the day": TimeML marks the period, not the adverb and its preposition ------------------------------
# (MEANTIME: "declining later in the day" -> TIMEX3 "the day"; "later this year" stays whole)

PART_SPANS = [
    ("Shares rose in the morning before falling later in the day.",  # the morning: pod30's ruling (a lone part)
     [("the morning", "2013-03-22", None, "day", "morning"), ("the day", "2013-03-22", None, "day", None)]),
    ("The minister had met the envoy earlier in the week.",
     [("the week", "2013-03-18", "2013-03-20", "week", None)]),
    ("Prices are expected to rise later in the month.", [("the month", "2013-03-16", "2013-03-31", "month", None)]),
    ("Retail sales picked up later in the year.", [("the year", "2013-07-01", "2013-12-31", "year", None)]),
    ("The plant will reopen later in March.", [("March", "2013-03-16", "2013-03-31", "month", None)]),
    ("Sales of the model fell earlier in 2012.", [("2012", "2012-01-01", "2012-06-30", "year", None)]),
    # controls: "this" keeps the part in the expression
    ("Results will be known later this year.", [("later this year", "2013-07-01", "2013-12-31", "year", None)]),
    ("Earlier this month, the board approved the plan.",
     [("Earlier this month", "2013-03-01", "2013-03-15", "month", None)]),
]


@pytest.mark.parametrize(("text", "expected"), PART_SPANS, ids=_ids(PART_SPANS))
def test_later_in_the_day_is_the_day(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- "every Monday", "a Monday in 1987": any such day, or a day of another year's calendar: no date ----------------
# ("Black Monday": the name in the words, the weekday of the article's week, as a market report names a day it tells)

WEEKDAY_NOT_THIS_WEEK = [
    ("The museum is closed every Monday.", []),
    ("Each Friday, volunteers deliver meals to the elderly.", []),
    # control: "a" before a weekday is the article of a noun the weekday dates
    ("The minister held a Tuesday news conference.", [("Tuesday", "2013-03-19", None, "day", None)]),
    ("The crash came on a Monday in 1987.", [("1987", "1987-01-01", None, "year", None)]),
    ("The market's worst day was Black Monday of 1987.", [("1987", "1987-01-01", None, "year", None)]),
    ("Markets tumbled on what traders called Black Monday.", [("Black Monday", "2013-03-18", None, "day", None)]),
    ("Voters in 10 states went to the polls on Super Tuesday.", [("Super Tuesday", "2013-03-19", None, "day", None)]),
    # control
    ("Shares fell Monday in heavy trading.", [("Monday", "2013-03-18", None, "day", None)]),
]


@pytest.mark.parametrize(("text", "expected"), WEEKDAY_NOT_THIS_WEEK, ids=_ids(WEEKDAY_NOT_THIS_WEEK))
def test_a_weekday_of_no_week_or_another_year(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- an offset a figure is compared with is the period of the comparison, no date ----------------------------------
# (MEANTIME: "up from 14% a year ago" is a DURATION; "from a year earlier" in an earnings report is no day)

COMPARED = [
    ("Sales rose 5 percent from a year ago.", []),
    ("Quarterly profit rose 8% compared with a year earlier.", []),
    ("Ticket revenue was higher than a year ago, the league said.", []),
    ("House prices are up 3% on a year ago, the lender said.", []),
    # controls: the offset as the date of a deed
    ("The company was founded a week ago.", [("a week ago", "2013-03-15", None, "day", None)]),
    ("He died a week ago at his home in Ohio.", [("a week ago", "2013-03-15", None, "day", None)]),
]


@pytest.mark.parametrize(("text", "expected"), COMPARED, ids=_ids(COMPARED))
def test_an_offset_compared_with_is_no_date(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- the weekday's own verb in the present dates it ahead, also after a past elsewhere in the sentence -------------

OWN_PRESENT = [
    ("The jury began deliberating Wednesday and resumes Monday.",
     [("Wednesday", "2013-03-20", None, "day", None), ("Monday", "2013-03-25", None, "day", None)]),
    ("The vote, which was delayed twice, is Monday.", [("Monday", "2013-03-25", None, "day", None)]),
    ("City were beaten in the first leg last week, and the return leg is on Saturday.",
     [("last week", "2013-03-11", None, "week", None), ("Saturday", "2013-03-23", None, "day", None)]),
    ("The senator, who fell ill in January, returns Tuesday.",
     [("January", "2013-01-01", None, "month", None), ("Tuesday", "2013-03-26", None, "day", None)]),
    # control: the past verb of the weekday itself
    ("The jury resumed deliberations Monday.", [("Monday", "2013-03-18", None, "day", None)]),
]


@pytest.mark.parametrize(("text", "expected"), OWN_PRESENT, ids=_ids(OWN_PRESENT))
def test_the_weekdays_own_present_looks_ahead(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- "must": an obligation ahead -------------------------------------------------------------------------------------

MUST = [
    ("Cyprus must raise the money by Monday, officials said.", [("Monday", "2013-03-25", None, "day", None)]),
    ("The suspect must appear in court on Thursday.", [("Thursday", "2013-03-28", None, "day", None)]),
    ("Bidders must file their offers by April 2.", [("April 2", "2013-04-02", None, "day", None)]),
    # control: "must have" is a past of its own
    ("The thieves must have entered on Tuesday.", [("Tuesday", "2013-03-19", None, "day", None)]),
]


@pytest.mark.parametrize(("text", "expected"), MUST, ids=_ids(MUST))
def test_must_looks_ahead(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- "the morning of April 3": a part of the day written before its day (as "la matinée du 3 avril") ---------------

PART_BEFORE_DAY = [
    ("The company will report on the morning of April 3.",
     [("the morning of April 3", "2013-04-03", None, "day", "morning")]),
    ("The blast came on the evening of March 5, police said.",
     [("the evening of March 5", "2013-03-05", None, "day", "evening")]),
    ("Paramedics arrived on the afternoon of Tuesday.",
     [("the afternoon of Tuesday", "2013-03-19", None, "day", "afternoon")]),
    ("She died on the night of Jan. 3 at her home.", [("the night of Jan. 3", "2013-01-03", None, "day", "night")]),
    # control: a part of something else
    ("She recalled the morning of the attack.", []),
]


@pytest.mark.parametrize(("text", "expected"), PART_BEFORE_DAY, ids=_ids(PART_BEFORE_DAY))
def test_a_part_of_the_day_before_its_day(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- two tense cues at the same distance from a weekday: the one before it is its verb ------------------------------

CUE_BEFORE_WINS = [
    ("Fighting that erupted Sunday is expected to continue.", [("Sunday", "2013-03-17", None, "day", None)]),
    ("The fire that started Sunday is expected to burn for days.", [("Sunday", "2013-03-17", None, "day", None)]),
    ("The striker who scored Saturday will miss the next game.", [("Saturday", "2013-03-16", None, "day", None)]),
    # control: the future verb before it
    ("The team that will play Sunday was named today.",
     [("Sunday", "2013-03-24", None, "day", None), ("today", "2013-03-22", None, "day", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CUE_BEFORE_WINS, ids=_ids(CUE_BEFORE_WINS))
def test_the_cue_before_a_weekday_wins_a_tie(text: str, expected: list) -> None:
    assert read(text) == expected
