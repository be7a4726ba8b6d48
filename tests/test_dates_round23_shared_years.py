"""A year-less month or day joined to a dated one takes its year, round twenty-three (issue 12, helper dat23).

"en février et en juin 2023": the year of the last member of a pair joined by a conjunction (``year_sharing_links``,
an opener of ``year_sharing_openers`` allowed) or a hyphen is the first member's, when the first comes before the
second in that year (dates/shared_years.py). ``JOINED`` are our own sentences in both languages; ``KEPT`` the
readings it must not move: a comma or a verb between the members, two year-less members, a first member with its
own year. Reference date: Thursday 3 December 2026 (news conventions: ``bare_weekday='past'``). Rows are (text,
lang, [(words, first day, precision)]).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.fixtures.date_rows import ids as _ids
from tests.fixtures.date_rows import read_past

REF = dt.date(2026, 12, 3)


def read(text: str, lang: str, ref: dt.date = REF) -> list[tuple[str, str, str]]:
    return read_past(text, lang, ref)


JOINED = [
    ("The inspectors visited the quarry in March and in September 2022.", "en",
     [("March", "2022-03-01", "month"), ("September 2022", "2022-09-01", "month")]),
    ("The ferry ran aground in April or May 2021, the crew said.", "en",
     [("April", "2021-04-01", "month"), ("May 2021", "2021-05-01", "month")]),
    ("The band played Leeds on 4 July and on 19 August 2019.", "en",
     [("4 July", "2019-07-04", "day"), ("19 August 2019", "2019-08-19", "day")]),
    ("L'usine a été contrôlée en mars et en septembre 2022.", "fr",
     [("mars", "2022-03-01", "month"), ("septembre 2022", "2022-09-01", "month")]),
    ("Le club a été sanctionné en janvier puis en avril 2020.", "fr",
     [("janvier", "2020-01-01", "month"), ("avril 2020", "2020-04-01", "month")]),
    ("Les fouilles ont eu lieu le 2 juin et le 14 août 2018.", "fr",
     [("2 juin", "2018-06-02", "day"), ("14 août 2018", "2018-08-14", "day")]),
]

KEPT = [
    # a comma: two statements, each its own year
    ("The mill closed in March, and in September 2022 the site was sold.", "en",
     [("March", "2026-03-01", "month"), ("September 2022", "2022-09-01", "month")]),
    # a verb between the members: no pair
    ("Le gel a frappé en novembre et la digue a cédé en février 2024.", "fr",
     [("novembre", "2026-11-01", "month"), ("février 2024", "2024-02-01", "month")]),
    # two year-less members keep their own readings
    ("The council met in March and in September.", "en",
     [("March", "2026-03-01", "month"), ("September", "2026-09-01", "month")]),
    # a first member with its own year
    ("Le chantier a été suspendu en mars 2021 et en juin 2022.", "fr",
     [("mars 2021", "2021-03-01", "month"), ("juin 2022", "2022-06-01", "month")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), JOINED, ids=_ids(JOINED))
def test_a_year_less_member_takes_the_year_of_the_dated_one(text: str, lang: str, expected: list) -> None:
    assert read(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), KEPT, ids=_ids(KEPT))
def test_members_apart_keep_their_own_years(text: str, lang: str, expected: list) -> None:
    assert read(text, lang) == expected
