"""Two linked articles' one happening of a day, typed in another family than the happening linking them, is one row,
round eighteen (issue 13's merge; helper mrg18).

Sentences written for these tests, run through the real date engine and event rules (no NER) and merged as one corpus:
an English and a French article share a quake (an `incident`, merged by its magnitude and town) and each tells a
council's hearing on the Thursday (a `session`, the meeting family). merge_linked joins them only when the link lies
in the pair's merge group; merge_groups now groups a single day's telling of a family lang/merge.yaml's
``linked_families`` lists (sittings) with the families `other` joins, so the quake links the hearings. Hearings in
two towns, a day with two happenings of joining types in one article, two articles of two stories, or a Thursday
told in the past and one to come (two days) stay apart; the groups stay exact (each merged alone gives the
corpus's events: tests/test_merge15.py, tests/test_merge.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.merge_support import article, rows
from timeline.extraction.merge_families import linked_families, other_joins
from timeline.extraction.merge_groups import nodes

QUAKE_EN = "A magnitude 5.1 earthquake struck the coast near Dunmere on Sunday. "
QUAKE_FR = "Un séisme de magnitude 5,1 a frappé dimanche la côte près de Dunmere. "
HEARING_EN = "The regional council will question the harbour's owners at a hearing in Dunmere on Thursday."
HEARING_FR = "Le conseil régional entendra jeudi à Dunmere les propriétaires du port."
QUAKE = {"a:earthquake", "b:a frappé"}


def test_a_hearing_told_in_two_linked_articles_is_one_row() -> None:
    found = rows(article("a", "en", QUAKE_EN + HEARING_EN), article("b", "fr", QUAKE_FR + HEARING_FR))
    assert found == [["a:earthquake", "b:a frappé"], ["a:hearing", "b:entendra"]]


def test_the_french_side_first_is_one_row_too() -> None:
    found = rows(article("a", "fr", QUAKE_FR + HEARING_FR), article("b", "en", QUAKE_EN + HEARING_EN))
    assert found == [["a:a frappé", "b:earthquake"], ["a:entendra", "b:hearing"]]


@pytest.mark.parametrize(("label", "english", "french"), [
    ("two hearings of one Thursday, in two towns", QUAKE_EN + HEARING_EN.replace("in Dunmere", "in Kelvale"),
     QUAKE_FR + HEARING_FR),
    ("the English article tells a meeting that Thursday too: which one is the hearing is not known",
     QUAKE_EN + HEARING_EN + " The mayor of Kelvale will meet the fishermen on Thursday.", QUAKE_FR + HEARING_FR),
    ("the French article tells a meeting that Thursday too", QUAKE_EN + HEARING_EN,
     QUAKE_FR + HEARING_FR + " Le maire de Kelvale rencontrera jeudi les pêcheurs."),
    ("two stories: another quake in another town, the articles share no happening", QUAKE_EN + HEARING_EN,
     "Un séisme de magnitude 4,2 a frappé dimanche la côte près de Kelvale. " + HEARING_FR),
    ("one held, one planned: written the same Monday, the past Thursday and the next are two days",
     QUAKE_EN + HEARING_EN.replace("will question", "questioned"), QUAKE_FR + HEARING_FR),
])
def test_stays_apart(label: str, english: str, french: str) -> None:
    found = rows(article("a", "en", english), article("b", "fr", french))
    assert all(len(row) == 1 for row in found if not QUAKE & set(row)), (label, found)


def test_a_single_days_sitting_is_grouped_with_the_families_other_joins() -> None:
    day = dt.date(2026, 3, 5)
    assert "meeting" in linked_families() and "meeting" not in other_joins()
    assert nodes("session", day, None, "day") == [("meeting", 2026, 3), *((f, 2026, 3) for f in sorted(other_joins()))]
    assert nodes("incident", day, None, "day") == [("incident", 2026, 3)]  # a family `other` joins: no more
    assert nodes("visit", day, None, "day") == [("visit", 2026, 3)]  # a family linked_families does not list
    assert nodes("session", day, None, "month") == [("meeting", 2026, 3)]  # a month keeps its own family
    assert nodes("session", day, day + dt.timedelta(days=2), "day") == [("meeting", 2026, 3)]  # and a range
