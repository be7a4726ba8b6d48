"""French dates of round twenty (issue 12, room dfr20): classes counted on the fresh WiNER gold, WiNER dev and the
written dev halves, each a table of sentences of our own.

- a year after a word of order ("antérieur à", "postérieure à") that closes its phrase is a year, not a count;
- a year another cue read first still opens a range: "le festival de 1947 à 1987" is two years.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.fr_dates_support import read_fr, row_ids
from timeline.extraction.dates import find_dates
from timeline.settings import Options

REF = dt.date(2026, 11, 25)  # a Wednesday

YEARS = [
    ("Les faits antérieurs à 2011, soit la moitié du dossier, sont prescrits.", [("2011", "2011-01-01", None)]),
    ("Le juge ne retient que la période postérieure à 2014.", [("2014", "2014-01-01", None)]),
    ("Les contrats postérieurs à 2015 et antérieurs à 2019 sont visés.",
     [("2015", "2015-01-01", None), ("2019", "2019-01-01", None)]),
    ("Les embauches antérieures à 2008 ont été annulés.", [("2008", "2008-01-01", None)]),
    # an amount, not a year: a unit or a noun follows
    ("Les dépenses postérieures à 2000 euros sont contrôlées.", []),
    ("Les primes antérieures à 2000 agents ont été versées.", []),
    # the range's end after a start another cue read ("le festival de 1947")
    ("Le livre retrace le festival de 1951 à 1987. Il sort en librairie.",
     [("1951", "1951-01-01", None), ("1987", "1987-01-01", None)]),
]


@pytest.mark.parametrize(("text", "expected"), YEARS, ids=row_ids(YEARS))
def test_years_fr(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert read_fr(text, REF) == expected


def test_range_after_a_named_year_en() -> None:
    found = find_dates("The festival ran from 1951 to 1987 in the old town.", REF, "en", Options(reference_date=REF))
    assert [(m.text, m.value.isoformat()) for m in found] == [("1951", "1951-01-01"), ("1987", "1987-01-01")]
