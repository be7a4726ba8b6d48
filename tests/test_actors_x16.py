"""Actors on text nobody read, round sixteen (issue 13, helper act16): a striking group as the protest's actor,
bodies named in lower case by their standing or kind, a town before a score as its club.

Measured first (docs/BENCHMARKS.md "Actors on text nobody read, round sixteen"; ``python -m benchmarks.actor_misses``):

- the group that strikes, named by its trade, was a missed gold actor in written c and d dev (and read, though not
  as the gold writes it, in real-news dev half B): "X sont en grève", "X sont appelés à la grève", "X began a 48-hour
  strike", its subject long ("X du service ... de ...") or after a count ("About 500 X at ... in ..."). The protest
  reader (events/protesters.py) took a subject only before a light verb it listed and only as a whole phrase of at
  most five words: ``light_verbs`` now holds the turns of a state or a call, a hyphenated length ("48-hour"), and a
  count opens the subject; a subject too long for a group's name gives its head ("soignants", "dockers");
- a town standing for its club right before a match's score in brackets ("à Rennes (2-2)") was a missed gold actor
  in both real-news dev halves: actors/clubs.py adds such a place as an actor too;
- a council or committee by its standing ("la commission permanente") and a town's music body ("l'harmonie
  municipale de ...") were missed gold actors in written d and i dev: ``body_adjectives`` and
  ``lowercase_org_heads`` in lang/fr/actors.yaml.

Every sentence is ours; the places, firms and people are made up or common.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.events_support import one_story, thursday_protest_actors
from timeline.extraction.actors import find_entities
from timeline.extraction.pipeline import extract_article, merge_tellings
from timeline.settings import Options

THURSDAY = dt.date(2024, 3, 14)
RULES = Options(use_ner=False, reference_date=THURSDAY)


_protest_actors = thursday_protest_actors


@pytest.mark.parametrize(("lang", "text", "group"), [
    ("fr", "Les contrôleurs aériens sont appelés à la grève mardi par leur syndicat.", "contrôleurs aériens"),
    ("fr", "Les infirmières du service de pédiatrie de l'hôpital de Quimper sont en grève depuis lundi.",
     "infirmières du service de pédiatrie"),  # act34: the group with the complement that says which
    ("fr", "Les éboueurs de la métropole sont en grève depuis mardi, à l'appel de la CGT.",
     "éboueurs de la métropole"),
    ("fr", "Les agents de la mairie de Brest sont entrés en grève mardi.", "agents de la mairie"),
    ("fr", "Les chauffeurs de bus se sont mis en grève lundi.", "chauffeurs de bus"),
    ("en", "About 200 cleaners at the Rowan Street offices in Leeds began a three-day strike on Tuesday.",
     "cleaners"),
    ("en", "Some 1,500 nurses at three hospitals in Glasgow staged a walkout on Tuesday.", "nurses"),
    ("en", "Refuse collectors were called out on strike on Tuesday by their union.", "Refuse collectors"),
    ("en", "The porters went on strike on Monday over pay.", "porters"),
])
def test_the_striking_group_is_the_protests_actor(lang: str, text: str, group: str) -> None:
    rows = _protest_actors(lang, text)
    assert len(rows) == 1, rows
    assert group in rows[0]


@pytest.mark.parametrize(("lang", "text", "wrong"), [
    # the head before its complement, not a place in the complement read as the group
    ("en", "Some 1,500 nurses at three hospitals in Glasgow staged a walkout on Tuesday.",
     "three hospitals in Glasgow"),
    ("fr", "Les infirmières du service de pédiatrie de l'hôpital de Quimper sont en grève depuis lundi.",
     "hôpital de Quimper"),
])
def test_no_group_from_the_subjects_complement(lang: str, text: str, wrong: str) -> None:
    rows = _protest_actors(lang, text)
    assert rows and all(wrong not in row for row in rows), rows


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Les infirmières de l'hôpital de Quimper ont reçu mardi une prime exceptionnelle."),
    ("en", "About 200 cleaners at the offices in Leeds received a pay rise on Tuesday."),
])
def test_a_group_outside_a_protest_is_no_actor(lang: str, text: str) -> None:
    events = merge_tellings(extract_article(one_story(text, lang, THURSDAY), RULES)).events
    assert all(not {"infirmières", "cleaners"} & set(e.actors) for e in events)


@pytest.mark.parametrize(("text", "body"), [
    ("La commission permanente se réunira le 4 avril pour voter les aides.", "commission permanente"),
    ("La commission permanente du département a voté jeudi les subventions.", "commission permanente du département"),
    ("Le conseil consultatif des jeunes a rendu son avis lundi.", "conseil consultatif des jeunes"),
    ("Le conseil scientifique a rendu lundi son avis.", "conseil scientifique"),
    ("L'harmonie municipale de Saint-Brieuc jouera dimanche au kiosque.", "harmonie municipale de Saint-Brieuc"),
    ("La chorale paroissiale de Bréhat chantera samedi soir.", "chorale paroissiale de Bréhat"),
    ("La fanfare municipale défilera le 14 juillet.", "fanfare municipale"),
])
def test_a_body_by_its_standing_or_kind_is_an_actor(text: str, body: str) -> None:
    assert body in [a.name for a in find_entities(text, "fr", RULES).actors]


@pytest.mark.parametrize("text", [
    "Il vit en harmonie avec la nature depuis lundi.",
    "Une harmonie parfaite a régné mardi entre les deux équipes.",
    "Les deux pays travaillent en permanence ensemble depuis lundi.",
])
def test_the_common_nouns_alone_name_no_body(text: str) -> None:
    assert find_entities(text, "fr", RULES).actors == ()


@pytest.mark.parametrize(("text", "club"), [
    ("Le FC Lorient est rentré de son déplacement de samedi à Marseille (1-2).", "Marseille"),
    ("Le club, très faible dimanche à Bordeaux en championnat (0-3), inquiète ses supporters.", "Bordeaux"),
])
def test_a_town_before_a_score_is_also_its_club(text: str, club: str) -> None:
    found = find_entities(text, "fr", RULES)
    assert club in [a.name for a in found.actors]
    assert club in [p for p, _, _ in found.locations]  # the match was played there: still a place


def test_a_town_before_a_score_is_its_club_in_english_too() -> None:
    found = find_entities("The side lost again on Saturday at Leeds (0-2).", "en", Options())  # the model's place
    assert "Leeds" in [a.name for a in found.actors]


@pytest.mark.parametrize("text", [
    "Il est né à Lyon (Rhône) en 1950.",
    "Le Stade brestois a gagné samedi à Lille, puis a perdu à Nice, avant un nul (1-1) mercredi.",
    "La France a battu l'Italie (2-1) samedi.",
])
def test_no_club_without_a_score_right_after_the_town(text: str) -> None:
    names = [a.name for a in find_entities(text, "fr", RULES).actors]
    assert not {"Lyon", "Lille", "Nice", "Rhône"} & set(names), names
