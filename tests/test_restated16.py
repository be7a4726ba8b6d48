"""An `other` telling restating a typed one of its story and date, round sixteen (issue 13: precision; helper day16).

events/restated.py: an `other` telling whose sentence names an actor of a typed telling of its story and date, told in
another sentence sharing at least SHARED_WORDS content words with it, takes that telling's type, so merging folds
the two into one row. One actor doing two things on one day (no content word shared besides the name) stays two rows.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.merge_support import NO_NER, article
from timeline.extraction import merge as merging
from timeline.extraction.events.restated import SHARED_WORDS, restated_types
from timeline.extraction.pipeline import extract_article


def _rows(lang: str, text: str) -> tuple[list[str], int]:
    """The types of one article's tellings, and how many rows merging makes of them."""
    mentions = extract_article(article("x", lang, text), NO_NER)
    _, tellings = merging.merge(mentions)
    return sorted(m.event_type for m in tellings), len({m.event_id for m in tellings})


ONE_HAPPENING = [
    ("en", "Minister Paul Arnaud unveiled the shipyard recovery plan on Monday.\n\nAt a press conference in Velmont on "
           "Monday, Minister Paul Arnaud presented the shipyard recovery plan."),
    ("fr", "Le ministre Paul Arnaud a dévoilé lundi le plan de relance du chantier naval.\n\nLors d'une conférence de "
           "presse lundi à Velmont, le ministre Paul Arnaud a présenté le plan de relance du chantier naval."),
    ("en", "Credentials handed to President Maurice Delvanne on Tuesday\n\nFour new ambassadors handed their "
           "credentials to President Maurice Delvanne at a ceremony on Tuesday at the Velmont palace."),
]


@pytest.mark.parametrize(("lang", "text"), ONE_HAPPENING)
def test_an_other_telling_restating_a_typed_one_joins_its_row_and_type(lang: str, text: str) -> None:
    types, events = _rows(lang, text)
    assert len(types) == 2 and "other" not in types, types
    assert events == 1


TWO_HAPPENINGS = [
    ("en", "Minister Paul Arnaud unveiled the shipyard recovery plan on Monday.\n\nAt a press conference in Velmont on "
           "Monday, Paul Arnaud also confirmed that two rural hospitals would close."),
    ("fr", "Le ministre Paul Arnaud a dévoilé lundi le plan de relance du chantier naval.\n\nLors d'une conférence de "
           "presse lundi à Velmont, Paul Arnaud a aussi confirmé la fermeture de deux hôpitaux ruraux."),
]


@pytest.mark.parametrize(("lang", "text"), TWO_HAPPENINGS)
def test_one_actor_doing_two_things_on_one_day_stays_two_rows(lang: str, text: str) -> None:
    types, events = _rows(lang, text)
    assert "other" in types and len(types) == 2, types
    assert events == 2


def test_the_shared_words_are_counted_besides_the_actor_name() -> None:
    text = ("Minister Paul Arnaud unveiled the shipyard recovery plan on Monday.\n\nAt a press conference in Velmont "
            "on Monday, Minister Paul Arnaud presented the shipyard recovery plan.")
    mentions = extract_article(article("x", "en", text), NO_NER)
    # the telling is retyped before merging: detect gives no `other` telling left beside the conference
    assert sorted(m.event_type for m in mentions) == ["conference", "conference"]
    assert SHARED_WORDS >= 2
    other = [m for m in mentions if m.trigger == "unveiled"]
    assert restated_types(other) == other  # alone in its article, a telling has nothing to restate
