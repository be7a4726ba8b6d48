"""Two articles of one story, one happening each on a day, are one row, round seventeen (issue 13's merge; helper
mrg17b).

Sentences written for these tests, run through the real date engine and event rules (no NER) and merged as one corpus:
merge_linked joins the one `other` happening an English and a French article each tell on a day when the two
articles already share a happening (a quake merged by its magnitude and town) and the two tellings share something
their own sentences name (a town). Two articles of two stories, a day with two happenings in one article, a town only
the story lent, or a Thursday told in the past and one to come (two days) stay apart.
"""

from __future__ import annotations

import pytest

from tests.merge_support import article, rows

QUAKE_EN = "A magnitude 5.1 earthquake struck the coast near Dunmere on Sunday. "
QUAKE_FR = "Un séisme de magnitude 5,1 a frappé dimanche la côte près de Dunmere. "
SCHOOLS_EN = "Schools in Dunmere are expected to reopen on Thursday."
SCHOOLS_FR = "Les écoles rouvriront jeudi à Dunmere."


def test_the_one_happening_of_a_day_of_two_linked_articles_is_one_row() -> None:
    found = rows(article("a", "en", QUAKE_EN + SCHOOLS_EN), article("b", "fr", QUAKE_FR + SCHOOLS_FR))
    assert found == [["a:are expected to reopen", "b:rouvriront"], ["a:earthquake", "b:a frappé"]]


def test_the_french_side_first_is_one_row_too() -> None:
    found = rows(article("a", "fr", QUAKE_FR + SCHOOLS_FR), article("b", "en", QUAKE_EN + SCHOOLS_EN))
    assert found == [["a:a frappé", "b:earthquake"], ["a:rouvriront", "b:are expected to reopen"]]


@pytest.mark.parametrize(("label", "english", "french"), [
    ("two stories: another quake in another town, the articles share no happening", QUAKE_EN + SCHOOLS_EN,
     "Un séisme de magnitude 4,2 a frappé dimanche la côte près de Kelvale. " + SCHOOLS_FR),
    ("the French article tells two happenings that Thursday: which one is not known", QUAKE_EN + SCHOOLS_EN,
     QUAKE_FR + SCHOOLS_FR + " Les trains circuleront de nouveau jeudi sur la ligne côtière."),
    ("another happening in the town the story lent: ferries, not schools",
     QUAKE_EN + "Ferry crossings to the islands will restart on Thursday.", QUAKE_FR + SCHOOLS_FR),
    ("no town in the French sentence: nothing shared but the day", QUAKE_EN + SCHOOLS_EN,
     QUAKE_FR + "Les écoles rouvriront jeudi."),
    ("one held, one planned: written the same Monday, the past Thursday and the next are two days",
     QUAKE_EN + "Schools in Dunmere reopened on Thursday.", QUAKE_FR + SCHOOLS_FR),
])
def test_stays_apart(label: str, english: str, french: str) -> None:
    found = rows(article("a", "en", english), article("b", "fr", french))
    thursday = [row for row in found if not {"a:earthquake", "b:a frappé"} & set(row)]
    assert all(len(row) == 1 for row in thursday), (label, found)
