"""A date's tense is its own clause's in English too, round twenty-three (issue 12, helper dat23b).

A cue after a date across "and", "then", "but" (``clause_links`` in ``lang/en/words.yaml``, as French has had "et",
"puis", "mais" since round nine) belongs to the next clause: a cue of the date's own clause, before it, wins ("bought
a rival on 2 November and will close its plant": last November, was next). A coordinator followed by a day number, a
weekday or a month joins two dates of one list, no clause ("talks on Monday and Tuesday will", "lundi et mardi"):
it is no break, in both languages (dates/resolve.py ``_clause_link``). ``OWN`` are our own sentences; ``KEPT`` the
readings that must not move. Reference date: Thursday 3 December 2026 (news conventions: ``bare_weekday='past'``).
Rows are (text, lang, [(words, first day, precision)]).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.fixtures.date_rows import ids as _ids
from tests.fixtures.date_rows import read_past

REF = dt.date(2026, 12, 3)


def read(text: str, lang: str, ref: dt.date = REF) -> list[tuple[str, str, str]]:
    return read_past(text, lang, ref)


OWN = [
    ("The brewer bought a rival on 2 November and will close its old plant in March.", "en",
     [("2 November", "2026-11-02", "day"), ("March", "2027-03-01", "month")]),
    ("The club sold its stadium on 14 November but will stay there until June.", "en",
     [("14 November", "2026-11-14", "day"), ("June", "2027-06-01", "month")]),
    ("The charity opened a shelter on 25 November and then will run it through the winter.", "en",
     [("25 November", "2026-11-25", "day")]),
    ("Le brasseur a racheté un concurrent le 2 novembre et fermera son ancienne usine en mars.", "fr",
     [("2 novembre", "2026-11-02", "day"), ("mars", "2027-03-01", "month")]),
    ("Le club a vendu son stade le 14 novembre mais y restera jusqu'en juin.", "fr",
     [("14 novembre", "2026-11-14", "day"), ("juin", "2027-06-01", "month")]),
]

KEPT = [
    # a coordinator between two dates of one list: no next clause, the list reads ahead with its verb
    ("The ministers met in Paris and agreed that talks on Monday and Tuesday will focus on the budget.", "en",
     [("Monday and Tuesday", "2026-12-07", "day")]),
    ("The ministers met in Paris and agreed that talks on 7 and 8 December will focus on the budget.", "en",
     [("7 and 8 December", "2026-12-07", "day")]),
    ("Les ministres se sont réunis à Paris et ont convenu que les discussions de lundi et mardi porteront sur le "
     "budget.", "fr", [("lundi et mardi", "2026-12-07", "day")]),
    # a future in the date's own clause stays its tense
    ("The hospital will reopen on 9 December and will take patients from January.", "en",
     [("9 December", "2026-12-09", "day"), ("January", "2027-01-01", "month")]),
    # no cue before the date: the next clause's future is the only one, and it is read
    ("On 14 December the museum opens its doors and will host a concert.", "en",
     [("14 December", "2026-12-14", "day")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), OWN, ids=_ids(OWN))
def test_the_own_clause_wins(text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    assert read(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), KEPT, ids=_ids(KEPT))
def test_kept(text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    assert read(text, lang) == expected
