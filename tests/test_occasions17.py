"""The press conference or call of the day's news is one row with it, round seventeen (issue 13: precision; helper
day17).

events/occasions.py: a `conference` telling whose sentence names an announcement occasion ("conference call",
"conférence de presse"), of the day of a `decision` or `other` telling of its story told in its sentence or before,
both sentences naming one actor, takes that news's type and date, so merging folds it into the news's row
(docs/ANNOTATION.md: an announcement on a call or at a press conference that same day is one row). A press
conference of another actor, one that gives news of its own, or a conference that is a gathering stays a row of its
own. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.merge_support import NO_NER, article
from timeline.extraction import merge as merging
from timeline.extraction.events.occasions import NEWS_TYPES, occasion_folds
from timeline.extraction.pipeline import extract_article


def _rows(lang: str, text: str) -> tuple[list[str], int]:
    """The types of one article's tellings, and how many rows merging makes of them."""
    mentions = extract_article(article("x", lang, text), NO_NER)
    _, tellings = merging.merge(mentions)
    return sorted(m.event_type for m in tellings), len({m.event_id for m in tellings})


ONE_ROW = [
    ("en", "Valmora Foods today announced that it will buy the Lisle Dairy group for 300 million euros.\n\nValmora "
           "will host a conference call for analysts and investors today at 9:00 a.m."),
    ("fr", "Jeudi : la Banque de Velmont annonce sa décision sur les taux, suivie à 15 h de la conférence de presse de "
           "son gouverneur."),
    ("fr", "Le groupe Valmora a annoncé mardi le rachat de la laiterie de Lisle.\n\nLors d'une conférence de presse "
           "mardi à 11 h, le groupe Valmora a présenté les détails de l'opération."),
]


@pytest.mark.parametrize(("lang", "text"), ONE_ROW)
def test_the_call_or_press_conference_of_the_days_news_is_one_row_with_it(lang: str, text: str) -> None:
    types, events = _rows(lang, text)
    assert len(types) == 2 and "conference" not in types and set(types) <= NEWS_TYPES, types
    assert events == 1


TWO_ROWS = [
    # another actor's press conference the same day
    ("en", "Valmora Foods announced on Monday that it will buy the Lisle Dairy group.\n\nThe union leader Karen Holt "
           "told a news conference on Monday that jobs were at risk."),
    ("fr", "Le groupe Valmora a annoncé mardi le rachat de la laiterie de Lisle.\n\nLors d'une conférence de presse "
           "mardi, la syndicaliste Karine Holt a dénoncé la fermeture de l'usine de Brême."),
    # a press conference that gives news of its own
    ("en", "Valmora Foods announced on Monday that it will buy the Lisle Dairy group.\n\nAt a press conference on "
           "Monday at 11am, Valmora Foods also confirmed the closure of its Bremen plant."),
    ("fr", "Le groupe Valmora a annoncé mardi le rachat de la laiterie de Lisle.\n\nLors d'une conférence de presse "
           "mardi à 11 h, le groupe Valmora a aussi confirmé la fermeture de son usine de Brême."),
    # a conference that is a gathering, no announcement's occasion
    ("en", "Valmora Foods announced on Monday that it will buy the Lisle Dairy group.\n\nThe Lisle Dairy group will "
           "hold a conference on rural milk prices on Monday."),
]


@pytest.mark.parametrize(("lang", "text"), TWO_ROWS)
def test_a_press_conference_of_another_actor_or_of_its_own_news_stays_a_row(lang: str, text: str) -> None:
    types, events = _rows(lang, text)
    assert "conference" in types and len(types) == 2, types
    assert events == 2


def test_an_occasion_with_no_news_before_it_keeps_its_type() -> None:
    text = ("Valmora will host a conference call for analysts and investors today at 9:00 a.m.\n\nValmora Foods today "
            "announced that it will buy the Lisle Dairy group for 300 million euros.")
    mentions = extract_article(article("x", "en", text), NO_NER)
    assert sorted(m.event_type for m in mentions) == ["conference", "other"]
    assert occasion_folds(mentions) == mentions  # the news comes first, its occasion after it
