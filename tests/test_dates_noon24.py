"""Noon is a clock time, 12:00, in both languages (round twenty-four, issue 12).

TIDES 2005 (the value formats TimeML 1.2.1 takes) writes "noon" as T12:00; its parts of the day (MO, MI, AF, EV, NI)
keep "midday" / "la mi-journée" as MI. French "midi" had been 12:00 since round ten; English "noon" was the midday part
(TMI), so "at noon on Monday" was scored as its day where the gold writes T12:00 (written m and o dev). Sentences of our
own; reference Thursday 2031-05-15.
"""

from __future__ import annotations

import datetime as dt

import pytest

from benchmarks.realnews_dates import timeml
from timeline.extraction.dates import find_dates, lexicon
from timeline.settings import Options

REF = dt.date(2031, 5, 15)  # a Thursday


def read(text: str, lang: str) -> list[tuple[str, str]]:
    """(span, TimeML value) of each mention, as the benchmarks score it."""
    out = []
    for m in find_dates(text, REF, lang, Options(bare_weekday="past")):
        out.append((m.text, timeml(m.value, m.precision, m.time)[0]))
    return out


ROWS = [
    # English noon, with its day after, before, or the day of its sentence
    ("en", "The ferry left at noon on Saturday.", [("noon on Saturday", "2031-05-10T12:00")]),
    ("en", "The works council met on Tuesday at noon.", [("Tuesday at noon", "2031-05-13T12:00")]),
    ("en", "Voting closed at noon Wednesday.", [("noon Wednesday", "2031-05-14T12:00")]),
    ("en", "The bridge reopened yesterday, shortly after noon.",
     [("yesterday", "2031-05-14"), ("noon", "2031-05-14T12:00")]),
    ("en", "Firefighters were called on Monday and the blaze was out by noon.",
     [("Monday", "2031-05-12"), ("noon", "2031-05-12T12:00")]),
    # the other parts are untouched
    ("en", "The crew landed on Sunday afternoon.", [("Sunday afternoon", "2031-05-11TAF")]),
    # no cue before it: no date ("the noon bulletin", "Noon Prayer" as a name)
    ("en", "She reads the noon bulletin on the radio.", []),
    # French: midi was already 12:00, la mi-journée MI (controls)
    ("fr", "Le bac est reparti samedi à midi.", [("samedi", "2031-05-10"), ("midi", "2031-05-10T12:00")]),
    ("fr", "Le pont a rouvert hier, peu après midi.", [("hier", "2031-05-14"), ("midi", "2031-05-14T12:00")]),
    ("fr", "Le brouillard s'est levé vendredi à la mi-journée.", [("vendredi à la mi-journée", "2031-05-09TMI")]),
]


@pytest.mark.parametrize("lang,text,expected", ROWS, ids=[f"{r[0]}:{r[1][:40]}" for r in ROWS])
def test_noon_is_twelve_o_clock(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert read(text, lang) == expected


def test_midday_stays_the_middle_of_the_day() -> None:
    """"midday" / "la mi-journée" stay the part TIDES 2005 calls MI; "noon" / "midi" are the clock."""
    parts = lexicon("en").tables["day_parts"]
    assert (parts["midday"], parts["noon"]) == ("noon", "12:00")
    parts = lexicon("fr").tables["day_parts"]
    assert (parts["mi-journee"], parts["midi"]) == ("noon", "12:00")


def test_noon_scores_as_a_time_not_its_day() -> None:
    """The scorer's granularity: a clock is 'time' (T12:00 matches the gold's), a part of the day 'part_of_day'."""
    assert timeml(dt.date(2031, 5, 10), "day", "12:00") == ("2031-05-10T12:00", "time")
    assert timeml(dt.date(2031, 5, 10), "day", "noon") == ("2031-05-10TMI", "part_of_day")
