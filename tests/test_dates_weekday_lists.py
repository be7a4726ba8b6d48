"""Two days that each carry their own weekday, joined by "et"/"and" with no "entre"/"between", are a list of two
dates, not a range ("samedi 7 et samedi 14 février"): a range would say "du ... au", "entre ... et", "from ... to"."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates

REFERENCE = dt.date(2026, 2, 2)


@pytest.mark.parametrize(("text", "lang"), [
    ("Les syndicats appellent à manifester samedi 7 et samedi 14 février.", "fr"),
    ("Deux journées de grève sont prévues mardi 10 et jeudi 12 février.", "fr"),
    ("The union plans walkouts on Saturday 7 and Saturday 14 February.", "en"),
    ("Talks will resume Tuesday, February 10 and Thursday, February 12.", "en"),
])
def test_two_days_with_their_weekdays_are_two_dates(text: str, lang: str) -> None:
    found = find_dates(text, REFERENCE, lang)
    days = sorted(d.value for d in found)
    assert len(days) == 2 and all(d.end_value is None for d in found), found
    assert (days[1] - days[0]).days >= 2


@pytest.mark.parametrize(("text", "lang"), [
    ("La grève durera du samedi 7 au samedi 14 février.", "fr"),
    ("Le salon se tient entre le samedi 7 et le samedi 14 février.", "fr"),
    ("The fair runs from Saturday 7 to Saturday 14 February.", "en"),
    ("The fair runs between Saturday 7 and Saturday 14 February.", "en"),
])
def test_a_range_with_its_weekdays_stays_one_range(text: str, lang: str) -> None:
    found = [d for d in find_dates(text, REFERENCE, lang) if d.end_value is not None]
    assert [(d.value, d.end_value) for d in found] == [(dt.date(2026, 2, 7), dt.date(2026, 2, 14))]
