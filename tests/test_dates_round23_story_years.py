"""A month placed in the story's year by "that year" or a demonstrative, round twenty-three (issue 12, helper dat23b).

"charged in October that year", "en octobre la même année": a year anaphor written right after a year-less month or
day (a space alone, no "of"/"de") gives that month the year of the story's date before it, as "October of that year"
already did (dates/anaphora.py ``_placed_by``). "dismissed that July", "by that same October": a month after a
demonstrative of ``story_year_months`` is the month of the story's previous date's year, when a preposition stands
before the phrase or a stop or comma after it (dates/story_months.py). ``PLACED`` are our own sentences in both
languages; ``KEPT`` the readings the rules must not move: the conjunction "that", no date before in the story, a month
with its own year, "cette année", a month alone. Reference date: Thursday 3 December 2026 (news conventions:
``bare_weekday='past'``). Rows are (text, lang, [(words, first day, precision)]).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.fixtures.date_rows import ids as _ids
from tests.fixtures.date_rows import read_past

REF = dt.date(2026, 12, 3)


def read(text: str, lang: str, ref: dt.date = REF) -> list[tuple[str, str, str]]:
    return read_past(text, lang, ref)


PLACED = [
    ("The bakery opened in May 2019. In October that year, its owner sold it.", "en",
     [("May 2019", "2019-05-01", "month"), ("October", "2019-10-01", "month"), ("that year", "2019-01-01", "year")]),
    ("The dam was inspected on 4 June 2021 and closed on 20 September the same year.", "en",
     [("4 June 2021", "2021-06-04", "day"), ("20 September", "2021-09-20", "day"),
      ("the same year", "2021-01-01", "year")]),
    ("The coach was hired in March 2022 and sacked that November.", "en",
     [("March 2022", "2022-03-01", "month"), ("that November", "2022-11-01", "month")]),
    ("The ferry sank in 2017. By that same August, divers had reached the hull.", "en",
     [("2017", "2017-01-01", "year"), ("that same August", "2017-08-01", "month")]),
    ("The mayor resigned in April 2020. In June that year the council met, and the vote came that September.", "en",
     [("April 2020", "2020-04-01", "month"), ("June", "2020-06-01", "month"), ("that year", "2020-01-01", "year"),
      ("that September", "2020-09-01", "month")]),
    ("Le musée a ouvert en mai 2019. En octobre cette année-là, il a fermé.", "fr",
     [("mai 2019", "2019-05-01", "month"), ("octobre", "2019-10-01", "month"),
      ("cette année-là", "2019-01-01", "year")]),
    ("Le pont a été inspecté le 4 juin 2021 puis fermé le 20 septembre la même année.", "fr",
     [("4 juin 2021", "2021-06-04", "day"), ("20 septembre", "2021-09-20", "day"),
      ("la même année", "2021-01-01", "year")]),
    ("La grève a commencé en mars 2018. En novembre la même année, l'usine a fermé.", "fr",
     [("mars 2018", "2018-03-01", "month"), ("novembre", "2018-11-01", "month"),
      ("la même année", "2018-01-01", "year")]),
]

KEPT = [
    # "that" as a conjunction: the month keeps its own reading
    ("The club opened in May 2019. Its chairman said that March was the wettest month.", "en",
     [("May 2019", "2019-05-01", "month")]),
    ("The club opened in May 2019. Its chairman warned that July he would step down.", "en",
     [("May 2019", "2019-05-01", "month"), ("July", "2027-07-01", "month")]),
    # no date before it in the story: the reference date's year stays
    ("The striker was sold that July.", "en", [("July", "2026-07-01", "month")]),
    # a month with its own year
    ("The bakery opened in May 2019. In October 2020 that building burned.", "en",
     [("May 2019", "2019-05-01", "month"), ("October 2020", "2020-10-01", "month")]),
    # "cette année" is the reference date's year, not the story's
    ("Le musée a ouvert en mai 2019. En octobre cette année, il fermera.", "fr",
     [("mai 2019", "2019-05-01", "month"), ("octobre", "2026-10-01", "month"), ("cette année", "2026-01-01", "year")]),
    # a year-less month with no anaphor and no demonstrative keeps its reading
    ("Le stade a été vendu en juin 2015. Il a rouvert en octobre.", "fr",
     [("juin 2015", "2015-06-01", "month"), ("octobre", "2026-10-01", "month")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), PLACED, ids=_ids(PLACED))
def test_placed_in_the_story_year(text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    assert read(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), KEPT, ids=_ids(KEPT))
def test_kept(text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    assert read(text, lang) == expected
