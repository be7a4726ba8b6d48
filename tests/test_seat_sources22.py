"""Actors, round twenty-two (issue 13, helper act22b): a seat of power that only reports another's act is no actor
of it (actors/seat_sources.py).

"..., a indiqué Matignon", "selon l'Élysée", "L'Élysée a annoncé que <a person> ...", ", said Downing Street",
"the Kremlin said <a person> would ...": the building that stands for an office tells what someone else does; the
reader kept it as an actor. A seat that tells its own act ("The White House says it is considering ..."), a seat
that acts ("L'Élysée a démenti ...": nobody else named) and a seat read as a place stay as they were.

Every sentence is ours; the people are made up.
"""

from __future__ import annotations

import pytest

from timeline.extraction.actors import find_entities
from timeline.extraction.actors.seat_sources import seat_sources
from timeline.models import Actor
from timeline.settings import Options


def _actors(text: str, lang: str) -> list[str]:
    return [a.name for a in find_entities(text, lang, Options()).actors]


@pytest.mark.parametrize(("lang", "text", "seat", "kept"), [
    ("fr", "La ministre de la Culture se rendra vendredi à Arles, a indiqué Matignon.", "Matignon", []),
    ("fr", "Le chef de l'État recevra les syndicats lundi, a annoncé l'Élysée.", "Élysée", []),
    ("fr", "Selon Matignon, la ministre Claire Dufresne partira vendredi.", "Matignon", ["Claire Dufresne"]),
    ("fr", "L'Élysée a annoncé que Paul Garnier réunira les maires jeudi.", "Élysée", ["Paul Garnier"]),
    ("fr", "Le Kremlin a indiqué que Oleg Sarkisov recevra l'émissaire vendredi.", "Kremlin", ["Oleg Sarkisov"]),
    ("en", "The Kremlin said Oleg Sarkisov would meet the envoy on Friday.", "Kremlin", ["Oleg Sarkisov"]),
    ("en", "According to the White House, Martha Keane will travel to Ottawa on Monday.", "White House",
     ["Martha Keane"]),
])
def test_a_seat_that_reports_another_is_no_actor(lang: str, text: str, seat: str, kept: list[str]) -> None:
    actors = _actors(text, lang)
    assert seat not in actors, actors
    for name in kept:
        assert name in actors, actors


@pytest.mark.parametrize(("lang", "text", "seat"), [
    ("en", "The White House says it is considering new aid for carmakers.", "White House"),
    ("fr", "L'Élysée a démenti jeudi les informations du journal.", "Élysée"),
    ("en", "The Kremlin rejected the sanctions on Tuesday.", "Kremlin"),
])
def test_a_seat_that_tells_its_own_act_stays(lang: str, text: str, seat: str) -> None:
    assert seat in _actors(text, lang)


def _seat(text: str, name: str, kind: str = "org") -> Actor:
    start = text.index(name)
    return Actor(name, kind, start, start + len(name))  # type: ignore[arg-type]


@pytest.mark.parametrize(("lang", "text", "names", "left"), [
    # the inverted subject of a reporting verb, after a comma
    ("fr", "Le sommet aura lieu jeudi, a précisé Matignon.", ["Matignon"], []),
    ("en", "The summit will be held on Thursday, said Downing Street.", ["Downing Street"], []),
    # the subject of a reporting verb, another person named: the seat tells that person's act
    ("en", "Downing Street said Anna Pirelli would resign.", ["Downing Street", "Anna Pirelli"], ["Anna Pirelli"]),
    # the subject of a reporting verb, nobody else named: the seat tells its own act
    ("en", "Downing Street said it would publish the report.", ["Downing Street"], ["Downing Street"]),
    # a seat named otherwise, and a name that is no seat
    ("fr", "Anna Pirelli a été reçue à Matignon mardi.", ["Anna Pirelli", "Matignon"], ["Anna Pirelli", "Matignon"]),
    ("fr", "Le projet est prêt, a indiqué Valdor.", ["Valdor"], ["Valdor"]),
])
def test_seat_sources_table(lang: str, text: str, names: list[str], left: list[str]) -> None:
    actors = [_seat(text, n, "person" if n == "Anna Pirelli" else "org") for n in names]
    assert [a.name for a in seat_sources(text, actors, lang)] == left
