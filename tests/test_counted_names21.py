"""Actors, round twenty-one (issue 13, helper act21): a count of people of a nationality and the head of a numbered
provision are no actors (actors/counted_names.py).

"Forty British holidaymakers were moved", "Quarante Britanniques ont été relogés": number words opening a sentence
before a nationality were read as an organisation (English) or a person (French). "The carmaker filed for Chapter
11 protection", "under Section 28 of the act": the provision's head was read alone as an organisation. Both are
now left out of the actors; a body whose name opens with a nationality ("British Airways"), a person named like a
number, and a provision head that is not followed by a number keep their reading.

Every sentence is ours; the firms, places and people are made up.
"""

from __future__ import annotations

import pytest

from timeline.extraction.actors import find_entities
from timeline.extraction.actors.counted_names import counted_people, numbered_provision
from timeline.settings import Options


def _actors(text: str, lang: str) -> list[str]:
    return [a.name for a in find_entities(text, lang, Options()).actors]


@pytest.mark.parametrize(("lang", "text", "absent"), [
    ("en", "Forty British walkers were flown to a hospital in Inverness on Sunday.", "Forty British"),
    ("en", "Twelve German students were stranded at the ferry port overnight.", "Twelve German students"),
    ("en", "Seven French climbers reached the summit on Tuesday morning.", "Seven French"),
    ("en", "Twenty-five Dutch cyclists set off from Calais on Friday.", "Twenty-five Dutch"),
    ("fr", "Quarante Britanniques ont été relogés dans un gymnase de Dunkerque mardi.", "Quarante Britanniques"),
    ("fr", "Douze Allemands ont été évacués du camping samedi matin.", "Douze Allemands"),
    ("en", "The Merrivale bakery chain filed for Chapter 11 protection on Thursday.", "Chapter"),
    ("en", "Under Section 28 of the act, the board must publish its accounts by June.", "Section"),
])
def test_a_count_of_people_or_a_provision_is_no_actor(lang: str, text: str, absent: str) -> None:
    assert absent not in _actors(text, lang), _actors(text, lang)


@pytest.mark.parametrize(("lang", "text", "kept"), [
    ("en", "British Airways said on Monday it would cut flights to Inverness.", "British Airways"),
    ("en", "Dutch Rail Partners signed the contract with Tarnwell Robotics on Friday.", "Tarnwell Robotics"),
    ("fr", "La société Verlaine Emballages a annoncé mardi la fermeture de son site de Laval.", "Verlaine Emballages"),
    ("en", "Helen Sevenoaks, the mayor of Kelbridge, opened the library on Monday.", "Helen Sevenoaks"),
])
def test_names_that_are_no_count_stay(lang: str, text: str, kept: str) -> None:
    assert any(kept in a for a in _actors(text, lang)), _actors(text, lang)


@pytest.mark.parametrize(("lang", "name", "expected"), [
    ("en", "Forty British", True),
    ("en", "Two hundred Spanish", True),
    ("en", "Several Germans", True),
    ("en", "Twelve German students", True),
    ("en", "Twelve German Rail", False),
    ("fr", "Vingt-cinq Britanniques", True),
    ("fr", "Sept Français", True),
    ("en", "British Airways", False),
    ("en", "Forty", False),
    ("en", "Seven Oaks", False),
    ("fr", "Trois Rivières", False),
])
def test_counted_people(lang: str, name: str, expected: bool) -> None:
    assert counted_people(name, lang) is expected


@pytest.mark.parametrize(("lang", "text", "start", "end", "expected"), [
    ("en", "filed for Chapter 11 protection", 10, 17, True),
    ("en", "under Section 28 of the act", 6, 13, True),
    ("fr", "selon l'Article 16 de la Constitution", 8, 15, True),
    ("en", "the Chapter met on Monday", 4, 11, False),  # no number after it
    ("en", "the Harlow Chapter 3 report", 4, 18, False),  # a longer name
])
def test_numbered_provision(lang: str, text: str, start: int, end: int, expected: bool) -> None:
    assert numbered_provision(text, start, end, lang) is expected
