"""English dates on business and wire news, round twenty (issue 12, helper den20): tables of our own sentences.

Reference date: Thursday 12 November 2026 (news conventions: ``bare_weekday='past'``), unless a row says otherwise.
Each table is one class of error counted on two dev sources or more (docs/BENCHMARKS.md, "English date values and
spans, round twenty"); the rows are sentences written for these tests, not the benchmarks'. Rows are
(text, [(words, first day, precision)]).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates
from timeline.settings import Options

REF = dt.date(2026, 11, 12)  # a Thursday


def read(text: str, ref: dt.date = REF, lang: str = "en") -> list[tuple[str, str, str]]:
    return [(m.text, m.value.isoformat(), m.precision)
            for m in find_dates(text, ref, lang, Options(reference_date=ref, bare_weekday="past"))]


def _ids(rows: list) -> list[str]:
    return [r[0][:48] for r in rows]


# ---- an amount with its magnitude or subunit written onto the figure, right before a back offset: the figure of
# a past period ("down from £168m a year ago"), no date; a count of things is no amount, its offset dates ----------
COMPARED_AMOUNTS = [
    ("Pre-tax profit fell to £212m, down from £240m a year ago.", []),
    ("The board proposed a dividend of 6.2p, up from 5.8p a year earlier.", []),
    ("Group revenue reached $3.4bn against $3.1bn a year earlier.", []),
    ("Net debt stood at €1.9bn, compared with €2.2bn two years ago.", []),
    ("Average fares rose to 95c from 88c a year ago.", []),
    ("Output climbed to 1.4m barrels a day from 1.2m a year earlier.", []),
    ("Donations reached $48k, against $31k a year ago.", []),
    # figures the rule already knew, unchanged
    ("Sales rose to $2 billion, up from $1.8 billion a year ago.", []),
    ("Margins widened to 12%, from 10% a year earlier.", []),
    # a count of things, a clock: no amount, the offset dates
    ("The chain opened 4 shops a week ago.", [("a week ago", "2026-11-05", "day")]),
    ("The museum reopened two weeks ago.", [("two weeks ago", "2026-10-29", "day")]),
    # a whole number with a magnitude and no currency may be a distance: the offset dates
    ("She won the 100m a week ago.", [("a week ago", "2026-11-05", "day")]),
]


@pytest.mark.parametrize(("text", "expected"), COMPARED_AMOUNTS, ids=_ids(COMPARED_AMOUNTS))
def test_compared_amounts(text: str, expected: list) -> None:
    assert read(text) == expected
