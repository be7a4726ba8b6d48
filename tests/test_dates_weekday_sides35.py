"""Round thirty-five (den35): a bare weekday's side from its own words, and lists of day headings.

Counted (docs/BENCHMARKS.md, den35): a weekday ahead read as the last one (fresh dev: joined to "tomorrow" under a
reported past, the day of a thing awaited; written dev: "is at noon on Thursday") and a weekday heading
placed in the wrong week (written dev: a headline "Saturday's results:" read as a heading, a heading with its clock
"Tuesday 1 December, 7.45pm:" not read as one). Sentences of our own, invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.fixtures.date_rows import ids
from timeline.extraction.dates import find_dates
from timeline.settings import Options

REF = dt.date(2031, 3, 9)  # a Sunday

NEWS = Options(reference_date=REF, bare_weekday="past")


def days(text: str, lang: str) -> list[tuple[str, str]]:
    return [(m.text, m.value.isoformat()) for m in find_dates(text, REF, lang, NEWS) if m.precision == "day"]


SIDES = [
    # a weekday joined to a day word ahead: the next one, whatever the tense
    ("The forecaster said the gusts for tomorrow and Friday looked mild.", "en",
     [("tomorrow", "2031-03-10"), ("Friday", "2031-03-14")]),
    ("Talks between the two guilds continue tomorrow or Wednesday.", "en",
     [("tomorrow", "2031-03-10"), ("Wednesday", "2031-03-12")]),
    ("Ferries were cancelled on Friday and the day after tomorrow.", "en",
     [("Friday", "2031-03-14"), ("the day after tomorrow", "2031-03-11")]),
    ("Les prévisionnistes ont annoncé des rafales demain et jeudi.", "fr",
     [("demain", "2031-03-10"), ("jeudi", "2031-03-13")]),
    ("Les navettes ont été annulées pour demain ou mercredi, a précisé la mairie.", "fr",
     [("demain", "2031-03-10"), ("mercredi", "2031-03-12")]),
    # ... controls: joined to "yesterday" or "today", or no day word: the convention (the last one)
    ("The depot was shut yesterday and Thursday.", "en", [("yesterday", "2031-03-08"), ("Thursday", "2031-03-06")]),
    ("Les dockers ont débrayé hier et jeudi.", "fr", [("hier", "2031-03-08"), ("jeudi", "2031-03-06")]),
    ("The forecaster said the winds on Thursday were strong.", "en", [("Thursday", "2031-03-06")]),
    # a weekday led by its clock: the copula before the clock gives its side
    ("Question time in the assembly is at noon on Thursday.", "en", [("noon on Thursday", "2031-03-13")]),
    ("The count is at 9am on Tuesday, the returning officer said.", "en", [("9am on Tuesday", "2031-03-11")]),
    # ... controls: a past before the clock, or no copula
    ("The count ended at noon on Thursday.", "en", [("noon on Thursday", "2031-03-06")]),
    ("The hearing was at 10am on Friday.", "en", [("10am on Friday", "2031-03-07")]),
    # French writes the clock after the weekday, its own tense gives the side (no link listed)
    ("Le conseil se réunit jeudi à midi.", "fr", [("jeudi", "2031-03-13"), ("midi", "2031-03-13")]),
    ("Le conseil s'est réuni jeudi à midi.", "fr", [("jeudi", "2031-03-06"), ("midi", "2031-03-06")]),
    # the day of a thing awaited: ahead whatever the tense
    ('Councils shut 40 libraries ahead of a "severe" heat warning on Tuesday, as crews stood by.', "en",
     [("Tuesday", "2031-03-11")]),
    ("Campaigning grew louder in the run-up to the guild's ballot on Saturday.", "en", [("Saturday", "2031-03-15")]),
    # ... controls: the happening of a clause of its own, or a comma between
    ("The wardens closed the park ahead of the gale that struck on Tuesday.", "en", [("Tuesday", "2031-03-04")]),
    ("Ahead of the ballot, the leader spoke on Tuesday.", "en", [("Tuesday", "2031-03-04")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), SIDES, ids=ids(SIDES))
def test_a_weekday_side_from_its_own_words(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert days(text, lang) == expected


HEADINGS = [
    # a headline about a weekday's results is no heading; a heading with its clock is one
    ("Sunday's scores: Rovers stay top\n\nThe league's two leaders both won.\n\nFriday night: Eastfield 2 "
     "Millbrook 0. The game kicked off at 7.45pm.\n\nFixtures\n\nTuesday 11 March, 7.30pm: Millbrook v Rovers.\n\n"
     "Saturday 15 March: Rovers v Eastfield.", "en",
     [("Sunday", "2031-03-09"), ("Friday night", "2031-03-07"), ("7.45pm", "2031-03-07"),
      ("Tuesday 11 March, 7.30pm", "2031-03-11"), ("Saturday 15 March", "2031-03-15")]),
    # ... control: a week-ahead list, its bare heading between two dated ones
    ("Monday 10 March: the budget.\n\nTuesday: the ferries inquiry.\n\nWednesday 12 March: questions.", "en",
     [("Monday 10 March", "2031-03-10"), ("Tuesday", "2031-03-11"), ("Wednesday 12 March", "2031-03-12")]),
    ("Lundi 10 mars : le budget.\n\nMardi : la commission.\n\nMercredi 12 mars : les questions.", "fr",
     [("Lundi 10 mars", "2031-03-10"), ("Mardi", "2031-03-11"), ("Mercredi 12 mars", "2031-03-12")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), HEADINGS, ids=ids(HEADINGS))
def test_day_headings(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert days(text, lang) == expected
