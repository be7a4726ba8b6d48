"""What the French date tables of rounds six to nine share: read a sentence in news conventions, name a row."""

from __future__ import annotations

import datetime as dt

from timeline.extraction.dates import find_dates
from timeline.settings import Options


def read_fr(text: str, ref: dt.date) -> list[tuple[str, str, str | None]]:
    """(text, ISO value, time) of every mention ``find_dates`` gives, bare weekdays in the past (news)."""
    found = find_dates(text, ref, "fr", Options(reference_date=ref, bare_weekday="past"))
    return [(m.text, m.value.isoformat(), m.time) for m in found]


def row_ids(rows: list) -> list[str]:
    """A row's id: the first 45 characters of its sentence."""
    return [row[0][:45] for row in rows]
