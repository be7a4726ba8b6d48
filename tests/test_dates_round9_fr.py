"""French dates, ninth round (issue 12): one table a class of error, each row a sentence written for these tests in
the style of a regional daily or of wire copy; none is taken from an article.

News conventions (``bare_weekday='past'``), reference date a Thursday. Each row is (text, expected (text, value, time)
of every mention); controls show where the mechanism must not reach.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates
from timeline.settings import Options

THU = dt.date(1999, 5, 20)  # a Thursday


def read(text: str, ref: dt.date = THU) -> list[tuple[str, str, str | None]]:
    found = find_dates(text, ref, "fr", Options(reference_date=ref, bare_weekday="past"))
    return [(m.text, m.value.isoformat(), m.time) for m in found]


def _ids(rows: list) -> list[str]:
    return [row[0][:45] for row in rows]


# ---- a two-digit year before the pronoun "on" (the word list's bare `on` was read by YAML as True) ---------------

TWO_DIGIT_ON = [
    ("Arrivé à Thionville en 97 on l'avait aussitôt nommé entraîneur des cadets.", [("97", "1997-01-01", None)]),
    ("Le club a fermé depuis 95 on n'y joue plus au tennis.", [("95", "1995-01-01", None)]),
    # the other words of the list still count, and a count is still no year
    ("Il a quitté le conseil en 97 il avait alors soixante ans.", [("97", "1997-01-01", None)]),
    ("Le coureur a bouclé le tour en 58 secondes.", []),
    ("Les pompiers sont intervenus en 12 minutes on les en a remerciés.", []),
]


@pytest.mark.parametrize(("text", "expected"), TWO_DIGIT_ON, ids=_ids(TWO_DIGIT_ON))
def test_a_two_digit_year_before_on_is_a_year(text: str, expected: list) -> None:
    assert read(text) == expected

