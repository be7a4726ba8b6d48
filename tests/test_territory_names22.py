"""Actors, round twenty-two (issue 13, helper act22): a body named with its territory is one actor
(actors/territory_names.py).

"La FNSEA de la Marne", "le Medef de la Somme", "Tissages de la Lys": the reader kept two organisations, the body
and a one-word organisation that is its territory ("Marne", "Lys"), or a cut name ending in its link ("Verreries
de") and the territory. They are now one organisation spanning both. A second name of two words, an acronym, a
person, a country and a bare "de" ("la CGT de Renault": two bodies) are not joined. "La FDSEA de la Mayenne", "la
CFDT du Morbihan": a territory the reader keeps as a place is the end of the body's name too, and stays a place.

Every sentence is ours; the firms, places and people are made up.
"""

from __future__ import annotations

import pytest

from timeline.extraction.actors import find_entities
from timeline.extraction.actors.territory_names import join_territories
from timeline.models import Actor
from timeline.settings import Options


def _actors(text: str, lang: str) -> list[str]:
    return [a.name for a in find_entities(text, lang, Options()).actors]


@pytest.mark.parametrize(("lang", "text", "joined", "gone"), [
    ("fr", "La FNSEA de la Marne a appelé jeudi à manifester devant la préfecture de Châlons.",
     "FNSEA de la Marne", "Marne"),
    ("fr", "Le Medef de la Somme dénonce la hausse de la taxe foncière.", "Medef de la Somme", "Somme"),
    ("fr", "Le fabricant Verreries de la Somme a présenté lundi un plan de départs.", "Verreries de la Somme",
     "Somme"),
    ("fr", "Le syndicat FO de la Gironde a déposé un préavis de grève pour vendredi.", "FO de la Gironde",
     "Gironde"),
    ("fr", "Le fabricant de draps Filatures de la Lys a annoncé la fermeture de son atelier de Comines.",
     "Filatures de la Lys", "Lys"),
    ("en", "The strike was called by Unite of the North after talks failed on Monday.", "Unite of the North",
     "North"),
    # the territory read as a place: the body's name runs on to it, the place stays a place
    ("fr", "Deux cents éleveurs ont défilé à l'appel de la FDSEA de la Mayenne.", "FDSEA de la Mayenne", "FDSEA"),
    ("fr", "La CFDT du Morbihan a signé l'accord salarial mardi.", "CFDT du Morbihan", "CFDT"),
])
def test_a_body_and_its_territory_are_one_actor(lang: str, text: str, joined: str, gone: str) -> None:
    actors = _actors(text, lang)
    assert joined in actors, actors
    assert gone not in actors, actors


@pytest.mark.parametrize(("lang", "text", "kept"), [
    ("fr", "La CGT de Renault appelle à la grève à Flins mardi.", ["CGT", "Renault"]),
    ("fr", "Mardi, la CGT de Brest a appelé à la grève.", ["CGT"]),
    ("fr", "La commission des affaires sociales du Sénat a voté mercredi.",
     ["commission des affaires sociales", "Sénat"]),
    ("fr", "Le Conseil de sécurité de l'ONU a voté la résolution mercredi.", ["Conseil de sécurité de l'ONU"]),
    ("fr", "Renault et Peugeot ont publié leurs ventes de mars.", ["Renault", "Peugeot"]),
    ("fr", "Le président du Medef, Hervé Galland, a répondu aux syndicats.", ["Medef", "Hervé Galland"]),
    ("en", "Shares of Brockton rose after Harlow Foods of Basildon reported profits.",
     ["Brockton", "Harlow Foods of Basildon"]),
    ("en", "The chairman of Tarnwell Robotics resigned on Friday.", ["Tarnwell Robotics"]),
])
def test_two_bodies_or_one_name_stay_as_read(lang: str, text: str, kept: list[str]) -> None:
    actors = _actors(text, lang)
    assert [a for a in actors if a in kept] == kept, actors


_FR = "La FNSEA de la Marne et la CGT de Renault ont signé, puis Tissages du Nord."


@pytest.mark.parametrize(("actors", "places", "expected"), [
    # body, "de la", one-word org: joined
    ([Actor("FNSEA", "org", 3, 8), Actor("Marne", "org", 15, 20)], [], ["FNSEA de la Marne"]),
    # a bare "de" is no territory link: two bodies
    ([Actor("CGT", "org", 27, 30), Actor("Renault", "org", 34, 41)], [], ["CGT", "Renault"]),
    # an unread capitalised word before "du" opens the name
    ([Actor("Nord", "org", 70, 74)], [], ["Tissages du Nord"]),
    # ... not when the reader keeps it as a place
    ([Actor("Nord", "org", 70, 74)], [("Tissages", 58, 66)], ["Nord"]),
    # a cut name ending in its link runs on to the word the link leads to
    ([Actor("FNSEA de", "org", 3, 11)], [], ["FNSEA de la Marne"]),
    # a person or a country is never the body nor the territory
    ([Actor("FNSEA", "person", 3, 8), Actor("Marne", "org", 15, 20)], [], ["FNSEA", "Marne"]),
    ([Actor("FNSEA", "org", 3, 8), Actor("Marne", "country", 15, 20)], [], ["FNSEA", "Marne"]),
])
def test_join_territories_table(actors: list[Actor], places: list[tuple[str, int, int]],
                                expected: list[str]) -> None:
    assert _FR[58:66] == "Tissages" and _FR[70:74] == "Nord"
    assert [a.name for a in join_territories(_FR, actors, "fr", places)] == expected


def test_the_place_stays_a_place() -> None:
    places = [p for p, _, _ in find_entities("La CFDT du Morbihan a signé l'accord mardi.", "fr", Options()).locations]
    assert places == ["Morbihan"]


def test_an_acronym_is_no_territory() -> None:
    text = "Le Conseil de la BCE a voté."
    actors = [Actor("Conseil", "org", 3, 10), Actor("BCE", "org", 17, 20)]
    assert [a.name for a in join_territories(text, actors, "fr")] == ["Conseil", "BCE"]
