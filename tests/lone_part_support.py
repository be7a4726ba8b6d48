"""What the lone-part-of-the-day tables read (``dates/lone_part_days.py``): one Wednesday page, news conventions
(``bare_weekday='past'``)."""

from __future__ import annotations

import datetime as dt

from timeline.extraction.dates import find_dates
from timeline.settings import Options

REF = dt.date(2026, 11, 18)  # a Wednesday: the page's date


def all_days(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    """(words, day, part) of every mention of ``text`` on the page of ``REF``."""
    mentions = find_dates(text, REF, lang, Options(reference_date=REF, bare_weekday="past"))
    return [(m.text, m.value.isoformat(), m.time) for m in mentions]


def part_days(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    """(words, day, part) of every mention that carries a part of the day."""
    return [found for found in all_days(text, lang) if found[2] is not None]
