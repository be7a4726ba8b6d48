"""Actors, round twenty-four (issue 13, helper nam24): a group noun right before the name it heads is one actor with
it (actors/headed_groups.py).

"les militants du collectif Sauvons la Gare": the reader read the name after its head and, beside it, the head noun
alone as a group ("collectif"), a fragment shown as an actor of its own. The two are now one actor, the whole name.
A head noun qualified or followed by anything but the name stays as read; English has no noun that is both a group
and a head today, so its heads stay as they were.

Every sentence is ours; the groups and firms are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.actors import find_entities
from timeline.extraction.actors.headed_groups import headed_groups
from timeline.extraction.actors.lexicon import lex
from timeline.extraction.pipeline import extract
from timeline.models import Actor, Article
from timeline.settings import Options

DAY = dt.date(2026, 12, 1)


def _names(text: str, lang: str) -> list[str]:
    return [a.name for a in find_entities(text, lang, Options()).actors]


def _rows(text: str, lang: str) -> list[list[str]]:
    article = Article(id="t", text=text, source="test", lang=lang, reference_date=DAY)
    return [list(e.actors) for e in extract([article], Options(reference_date=DAY)).events]


@pytest.mark.parametrize(("text", "whole"), [
    ("Une centaine de militants du collectif Sauvons la Gare ont manifesté samedi devant la mairie de Vierzon.",
     "collectif Sauvons la Gare"),
    ("À l'appel du collectif Hôpital Debout, les habitants ont défilé dimanche à Guéret.", "collectif Hôpital Debout"),
    ("Le collectif Vigilance Loire a déposé un recours mardi contre le projet.", "collectif Vigilance Loire"),
])
def test_a_french_group_head_and_its_name_are_one_actor(text: str, whole: str) -> None:
    names = _names(text, "fr")
    assert whole in names, names
    assert "collectif" not in names, names
    assert whole.removeprefix("collectif ") not in names, names


def test_the_row_shows_the_whole_name() -> None:
    rows = _rows("Le collectif Bocage Vivant a manifesté samedi 5 décembre à Rennes contre l'extension de la rocade.",
                 "fr")
    assert rows and "collectif Bocage Vivant" in rows[0], rows
    assert "collectif" not in rows[0], rows


@pytest.mark.parametrize("text", [
    "Le collectif, qui regroupe une dizaine d'associations, a manifesté samedi à Brest.",
    "Le collectif a appelé Vinci à suspendre les travaux lundi.",
])
def test_a_group_head_not_before_a_name_stays_as_read(text: str) -> None:
    assert not any(n.startswith("collectif ") for n in _names(text, "fr")), _names(text, "fr")


@pytest.mark.parametrize(("text", "name"), [
    ("Members of the union Unite walked out at the Harwell depot on Monday.", "Unite"),
    ("The party Reform Wessex chose a new leader in Dorchester on Saturday.", "Reform Wessex"),
])
def test_english_heads_stay_as_read(text: str, name: str) -> None:
    names = _names(text, "en")
    assert name in names, names
    assert not any(n.lower().startswith(("union ", "party ")) for n in names), names


def test_the_join_on_its_own_in_both_languages() -> None:
    text = "les militants du collectif Terres Hautes ont défilé"
    head, name = text.index("collectif"), text.index("Terres")
    actors = [Actor("militants", "org", 4, 13), Actor("collectif", "org", head, head + 9),
              Actor("Terres Hautes", "org", name, name + 13)]
    joined = headed_groups(text, actors, lex("fr"))
    assert [a.name for a in joined] == ["militants", "collectif Terres Hautes"]
    assert (joined[1].start, joined[1].end) == (head, name + 13)
    # not adjacent: a word between the head and the name
    apart = "le collectif local Terres Hautes"
    actors = [Actor("collectif", "org", 3, 12), Actor("Terres Hautes", "org", 19, 32)]
    assert headed_groups(apart, actors, lex("fr")) == actors
    # English: no noun is both a group and a head, nothing is joined
    english = "the unions Unite and GMB"
    actors = [Actor("unions", "org", 4, 10), Actor("Unite", "org", 11, 16)]
    assert headed_groups(english, actors, lex("en")) == actors
