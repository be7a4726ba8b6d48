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
    ("The bank opens Monday 9-11am for savers.", [("Monday 9-11am", "2010-03-01", "day", "09:00")]),
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
    # a comparison's offset is not what "the year" counts from
    ("Exports reached $8 billion in 2009, up 5% from a year earlier, below the target set for the whole year.",
     [("2009", "2009-01-01", "year", None), ("a year earlier", "2009-03-04", "day", None),
      ("the whole year", "2009-01-01", "year", None)]),
]


@pytest.mark.parametrize(("text", "expected"), PERIOD_ANAPHORS, ids=_ids(PERIOD_ANAPHORS))
def test_period_anaphors(text: str, expected: list) -> None:
    assert read(text) == expected


NOT_PERIOD_ANAPHORS = [
    "Results for the year ended June 30 were weak.",
    "The year-earlier quarter was weak.",
    "The year before the merger was hard.",
    "Sales in the year 2000 doubled.",
]


@pytest.mark.parametrize("text", NOT_PERIOD_ANAPHORS, ids=[t[:40] for t in NOT_PERIOD_ANAPHORS])
def test_not_period_anaphors(text: str) -> None:
    assert all(m.rule != "period_anchor" for m in find_dates(text, REF, "en"))
