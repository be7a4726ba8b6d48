"""Dates on real news, third round (issue 12): tables of sentences written for these tests, both languages.

Reference date: Saturday 20 December 2025 (news conventions: ``bare_weekday='past'``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from benchmarks.realnews_dates import ends
from timeline.extraction.dates import find_dates

REF = dt.date(2025, 12, 20)


def read(text: str, lang: str, ref: dt.date = REF) -> list[tuple[str, str, str]]:
    return [(m.text, m.value.isoformat(), m.precision) for m in find_dates(text, ref, lang)]


# ---- ranges: where the last end is written, and its time (TimeML writes each end as its own TIMEX3) -----------

RANGE_ENDS = [
    ("fr", "Le stage aura lieu du 12 au 16 janvier à la maison des jeunes.", [("12", "2026-01-12"),
                                                                           ("16 janvier", "2026-01-16")]),
    ("fr", "La foire s'est tenue du 28 novembre au 3 décembre.", [("28 novembre", "2025-11-28"),
                                                                 ("3 décembre", "2025-12-03")]),
    ("fr", "La salle sera ouverte jeudi, de 14 h à 17 h 30.", [("jeudi", "2025-12-25"), ("14 h", "2025-12-25T14:00"),
                                                            ("17 h 30", "2025-12-25T17:30")]),
    ("fr", "Les vols ont eu lieu entre 1 h 15 et 3 h lundi.", [("1 h 15", "2025-12-15T01:15"),
                                                              ("3 h lundi", "2025-12-15T03:00")]),
    ("fr", "Les soldes vont de janvier à mars 2026.", [("janvier", "2026-01"), ("mars 2026", "2026-03")]),
    ("en", "The fair ran from November 28 to December 3.", [("November 28", "2025-11-28"),
                                                           ("December 3", "2025-12-03")]),
    ("en", "Talks were held on Oct. 6-9 in Geneva.", [("Oct. 6", "2025-10-06"), ("9", "2025-10-09")]),
    ("en", "Fans queued from 6:00 to 9:00 tomorrow.", [("6:00", "2025-12-21T06:00"),
                                                      ("9:00 tomorrow", "2025-12-21T09:00")]),
    ("en", "Sales rose from January to March 2025.", [("January", "2025-01"), ("March 2025", "2025-03")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RANGE_ENDS, ids=[f"{r[0]}:{r[1][:40]}" for r in RANGE_ENDS])
def test_range_ends_are_two_timeml_points(lang: str, text: str, expected: list) -> None:
    found = [f for m in find_dates(text, REF, lang) for f in ends(text, m)]
    got = [(f.text.removeprefix("du ").removeprefix("from ").removeprefix("de ").removeprefix("entre ")
            .removeprefix("on "), f.value) for f in found]
    assert got == expected


def test_a_single_date_has_no_end_start() -> None:
    for lang, text in (("fr", "Il est venu le 3 mars."), ("en", "He came on March 3.")):
        (m,) = find_dates(text, REF, lang)
        assert m.end_start is None and m.end_time is None
