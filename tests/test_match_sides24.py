"""Actors, round twenty-four (issue 13, helper act24b): a match the prose names by its two sides ("le match en retard
Vierzon BC – Nevers ASB", "the rearranged Selby Town v Goole AFC match") has both sides as its actors
(actors/match_sides.py).

On main the rules read such sides as fragments ("BC", "ASB"), or a club named by its town as the row's place and no
actor. Only after (or right before) a match noun of ``match_sides`` in lang/<lang>/actors.yaml; a meeting of two
persons ("la rencontre Macron - Poutine") is no match.

Every sentence is ours; the clubs and towns are made up or used as plain towns.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.actors.match_sides import match_sides, side_spans
from timeline.extraction.pipeline import extract
from timeline.models import Actor, Article
from timeline.settings import Options

DAY = dt.date(2026, 12, 4)


def _rows(text: str, lang: str) -> list[list[str]]:
    article = Article(id="t", text=text, source="test", lang=lang, reference_date=DAY)
    return [list(e.actors) for e in extract([article], Options(reference_date=DAY)).events]


def _sides(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in side_spans(text, lang)]


@pytest.mark.parametrize(("lang", "text", "sides"), [
    ("fr", "Le match en retard Vierzon BC – Nevers ASB, reporté le 2 novembre à cause d'une panne de chauffage, "
           "sera joué le mercredi 9 décembre.", ["Vierzon BC", "Nevers ASB"]),
    ("fr", "Le match Brest - Lorient, reporté à cause de la neige, sera joué le mardi 8 décembre à 20 h.",
     ["Brest", "Lorient"]),
])
def test_the_sides_of_a_match_are_its_actors(lang: str, text: str, sides: list[str]) -> None:
    rows = _rows(text, lang)
    assert rows, rows
    assert all(set(sides) <= set(actors) for actors in rows), rows  # main: ["BC", "ASB"], or none (towns)
    assert not any(a in ("BC", "ASB") for actors in rows for a in actors), rows


@pytest.mark.parametrize(("lang", "text", "sides"), [
    ("fr", "Le derby Nantes – Rennes se jouera dimanche.", ["Nantes", "Rennes"]),
    ("fr", "Le match en retard Vierzon BC – Nevers ASB sera joué mercredi.", ["Vierzon BC", "Nevers ASB"]),
    ("en", "The rearranged Selby Town v Goole AFC match will be played on Tuesday.", ["Selby Town", "Goole AFC"]),
    ("en", "The derby Hallam Rovers - Crookes United was called off.", ["Hallam Rovers", "Crookes United"]),
    # no match noun, or a noun that names a talk between persons: no sides
    ("fr", "La rencontre Lemaire - Vautrin aura lieu lundi.", []),
    ("fr", "La ligne Paris - Lyon sera fermée samedi.", []),
    ("en", "The meeting Hallam - Crookes was held on Monday.", []),
])
def test_side_spans(lang: str, text: str, sides: list[str]) -> None:
    assert _sides(text, lang) == sides


def test_a_fragment_gives_way_and_a_person_stays() -> None:
    text = "Le match en retard Vierzon BC – Nevers ASB sera joué mercredi."
    frag = [Actor("BC", "org", text.index("BC"), text.index("BC") + 2)]
    assert [a.name for a in match_sides(text, frag, "fr")] == ["Vierzon BC", "Nevers ASB"]
    text = "Le match Lemaire - Vautrin sera rejoué."
    person = [Actor("Lemaire", "person", 9, 16)]
    assert [a.name for a in match_sides(text, person, "fr")] == ["Lemaire", "Vautrin"]
    assert match_sides(text, person, "fr")[0].kind == "person"
