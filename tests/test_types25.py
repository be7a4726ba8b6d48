"""Event types on fresh real news, round twenty-five (typ25; docs/ANNOTATION.md the judge).

Two classes counted in at least two sources (fresh dev outlets, real-news dev), both built as data in
lang/{fr,en}/triggers.yaml:

- a sport match told by a word of meeting or travel ("encounter", "rencontre", "déplacement") is `other`, as the guide
  types matches, when its sentence tells a match around the word (``match_cues``: a score, a result verb, a league's
  round, a club, a stage of a competition): a ``retype`` rule read by events/triggers.py ``_retyped``;
- an incident told by a word its family lacked: a quake (the short noun), a collision told by its verb, a body found
  ("was found dead", "a été retrouvée morte").

Controls keep the meeting or the visit when no match is told. Strict xfails: classes counted and not built. Every
sentence is written for the test (none comes from the fresh pages, the real-news or the written sets).
"""

from __future__ import annotations

import pytest

from tests.fixtures.row_types import types

MATCHES = [
    ("en", "In the late game, the encounter between the two seeds was tight, and Leeds Tigers beat Hull Rovers 3-2 "
           "on Sunday.", ["other"]),
    ("en", "Rovers won the title on Saturday after a tense encounter with Town that ended 2-1.", ["other"]),
    ("en", "The encounter on Friday was the first of the Super League playoffs for both sides.", ["other"]),
    ("fr", "Au terme d'une rencontre disputée, Lens s'est imposé à Nantes (2-1) ce samedi, pour la 12e journée de "
           "Ligue 1.", ["other"]),
    ("fr", "Le FC Nortville a perdu deux joueurs lors de son déplacement de mercredi à Lorvan (1-1).", ["other"]),
    ("fr", "La rencontre de dimanche, en demi-finale du tournoi, a tourné à l'avantage des Niçois.", ["other"]),
]

MEETINGS = [
    # no match told: the meeting or the trip stays
    ("en", "The foreign ministers held an encounter in Geneva on Monday to discuss the ceasefire.", ["meeting"]),
    ("en", "The finance ministers' encounter on Tuesday ended with a joint statement on tariffs.", ["meeting"]),
    ("fr", "Le ministre a eu une rencontre avec les syndicats mardi pour préparer la réforme.", ["meeting"]),
    ("fr", "La rencontre entre les deux présidents, lundi à Paris, a été saluée comme une victoire diplomatique.",
     ["meeting"]),
    ("fr", "Le déplacement du Premier ministre à Brest aura lieu mercredi.", ["visit"]),
    # a date range or an age span is no score
    ("fr", "La rencontre des maires aura lieu les 5-6 juin à Tours.", ["meeting"]),
]

INCIDENTS = [
    ("en", "A 71-year-old woman was found dead at her home in Leeds on Saturday.", ["incident"]),
    ("en", "The magnitude-6.1 quake shook the coastal towns on Tuesday evening.", ["incident"]),
    ("en", "A freight train collided with a bus at a level crossing near Derby on Friday.", ["incident"]),
    ("fr", "Une retraitée de 71 ans a été retrouvée morte à son domicile samedi.", ["incident"]),
    ("fr", "Le corps d'un randonneur a été découvert sans vie jeudi dans le massif.", ["incident"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MATCHES + MEETINGS + INCIDENTS)
def test_row_type(lang: str, text: str, expected: list[str]) -> None:
    assert types(text, lang) == expected


# Counted on fresh dev and real-news dev, not built this round (docs/BENCHMARKS.md, typ25): each fails today.
NOT_BUILT = [
    # the row's happening is the election its session held; the session's noun types it
    ("fr", "Lors de la séance d'installation du conseil jeudi, Marie Durand a été élue présidente.", ["election"]),
    # a court's sentences told by the noun and a verb of pronouncing: a decision (one source only)
    ("fr", "Mardi, le tribunal a prononcé huit peines de prison ferme contre les pilleurs du magasin.", ["decision"]),
]


@pytest.mark.xfail(strict=True, reason="counted on fresh dev and real-news dev, not built (typ25)")
@pytest.mark.parametrize(("lang", "text", "expected"), NOT_BUILT)
def test_not_built(lang: str, text: str, expected: list[str]) -> None:
    assert types(text, lang) == expected
