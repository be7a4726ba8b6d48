"""Actors, round twenty-four (issue 13, helper cap24): a political direction written with its capital ("la Gauche",
"la Droite", "l'Extrême droite", "the Far Right") is a side of politics, never an actor of its own (``stop_entities``
in lang/<lang>/actors.yaml); a party or a group whose name holds the word keeps its whole name.

On main the French rules read "Gauche" of "les primaires de la Gauche" as a body (rn-a, rn-b); the English model
reads "the Far Right" the same way. Bare English "Left" / "Right" and one-token forms ("Centre-Right") are not on the
list: as stop words they cut "Left Party", "Centre-Right Union".

Every sentence is ours; persons and parties are made up or used as plain names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.pipeline import extract
from timeline.models import Article
from timeline.settings import Options

DAY = dt.date(2026, 12, 4)


def _actors(text: str, lang: str) -> list[str]:
    article = Article(id="t", text=text, source="test", lang=lang, reference_date=DAY)
    return [a for e in extract([article], Options(reference_date=DAY)).events for a in e.actors]


@pytest.mark.parametrize(("lang", "text", "side", "kept"), [
    ("fr", "Le 3 mars 2024, la maire de Lyon, Odile Berthier, candidate aux primaires de la Gauche, a inauguré une "
           "crèche.", "Gauche", ["Odile Berthier"]),
    ("fr", "Le 5 juin 2022, Paul Garnier a rejoint la Gauche socialiste, a annoncé le Parti socialiste. La Droite est "
           "au pouvoir.", "Droite", ["Paul Garnier", "Gauche socialiste", "Parti socialiste"]),
    ("fr", "Le 11 mai 2023, l'Extrême droite a manifesté à Marseille, selon la préfecture.", "Extrême droite", []),
    ("en", "The Far Right rallied in Dresden on 9 May 2023, police said.", "Far Right", ["police"]),
    ("en", "On 9 May 2023, supporters of the Hard Left marched through Glasgow with the RMT union.", "Hard Left",
     ["RMT"]),
])
def test_a_political_side_is_no_actor(lang: str, text: str, side: str, kept: list[str]) -> None:
    actors = _actors(text, lang)
    assert side not in actors
    assert all(name in actors for name in kept), actors


@pytest.mark.parametrize(("lang", "text", "names"), [
    ("fr", "Le 12 avril 2023, le Front de gauche et le Parti de Gauche ont manifesté à Nantes contre la réforme.",
     ["Front de gauche", "Parti de Gauche"]),
    ("en", "On 4 May 2023, the Left Party and the Alternative Right marched in Berlin.",
     ["Left Party", "Alternative Right"]),
    ("en", "On 7 May 2023, the Far Right Alliance and the Centre-Right Union signed a pact in Vienna.",
     ["Far Right Alliance", "Centre-Right Union"]),
])
def test_a_name_that_holds_the_side_stays_whole(lang: str, text: str, names: list[str]) -> None:
    actors = _actors(text, lang)
    assert all(name in actors for name in names), actors
