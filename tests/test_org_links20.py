"""Actors, round twenty (issue 13, helper act20): one name per body across an article's mentions, and a group noun
that heads the name after it.

- "Halbrook Homes reported ... / Halbrook also said it will open ... on March 2.": the second row shows "Halbrook
  Homes", the one longer name the article reads for "Halbrook" (events/org_links.py); never a name holding it as
  a complement ("Conseil de sécurité de l'ONU" for "l'ONU"), glued by a hyphen, with a product's code ("Airbus
  A350") or a list, never for an acronym ("KRC" beside "KRC Joint Committee": an organ of it); two longer
  names ("Brackwell Aerospace", "Brackwell Motors") leave it as it is.
- "Le collectif « Causse Vivant » appelle ...": the group noun "collectif" heads the name after it and is no actor
  of its own (actors/name_heads.py); "Le collectif a annoncé ..." keeps it.

Every sentence is ours; the people, firms and places are made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_actors_context10 import _extract
from timeline.extraction.actors import find_entities_many
from timeline.extraction.events.org_links import may_hold
from timeline.settings import Options


@pytest.mark.parametrize(("lang", "short", "longer", "expected"), [
    ("en", "Halbrook", "Halbrook Homes", True),
    ("en", "Harriers", "Tarrow Harriers", True),
    ("en", "Air Force", "United States Air Force", True),
    ("en", "Halbrook", "Halbrook-based Lending", False),  # glued by a hyphen
    ("en", "Airbus", "Airbus A350", False),  # a product's code
    ("en", "Ashby", "Ashby Leisure Centre and Morley Village Hall", False),  # a list
    ("en", "Kelmouth", "University of Kelmouth", False),  # a complement: another body
    ("en", "Halbrook", "Halbrookes Group", False),  # not a word of its own
    ("en", "Halbrook", "Halbrook employees", False),  # a group of its people, not the firm
    ("fr", "Canard", "Le Canard déchaîné", True),
    ("fr", "Ardelle", "Banque Ardelle", True),
    ("fr", "ONU", "Conseil de sécurité de l'ONU", False),  # a complement
    ("fr", "députés", "chambre des députés du Valmont", False),
    ("fr", "Vernaize", "Vernaize et Fils Associés et Cie", False),  # a list joiner
    ("fr", "Kervalec", "Kervalec 2030", False),  # a code
    ("fr", "Sénat", "Sénat une majorité", False),  # a reading run on into the clause
    ("fr", "Kervalec", "salariés de Kervalec", False),  # a complement, and a group
])
def test_may_hold(lang: str, short: str, longer: str, expected: bool) -> None:
    assert may_hold(short, longer, lang) is expected


def _march_2(tmp_path: Path, lang: str, text: str) -> list[str]:
    events, _ = _extract(tmp_path, [(lang, "Firm", text)])
    [event] = [e for e in events if (e.date.month, e.date.day) == (3, 2)]
    return list(event.actors)


@pytest.mark.parametrize(("lang", "text", "shown", "short"), [
    ("en", "Halbrook Homes reported a fall in profit on Thursday.\n\n"
           "Halbrook also said it will open a new office on March 2.", "Halbrook Homes", "Halbrook"),
    ("en", "The Tarrow Harriers beat the Pennine Owls 52-48 on Saturday.\n\n"
           "The Harriers will play the Lunsford Rovers on March 2.", "Tarrow Harriers", "Harriers"),
    ("fr", "La Banque Ardelle a publié lundi des résultats en baisse.\n\n"
           "La banque Ardelle recevra les syndicats le 2 mars.", "Banque Ardelle", "Ardelle"),
])
def test_a_body_named_short_is_shown_by_its_full_name(tmp_path: Path, lang: str, text: str, shown: str,
                                                      short: str) -> None:
    actors = _march_2(tmp_path, lang, text)
    assert shown in actors
    assert short not in actors


@pytest.mark.parametrize(("lang", "text", "kept"), [
    # two longer names: which one is meant is not known
    ("en", "Brackwell Aerospace and Brackwell Motors both reported losses on Monday.\n\n"
           "Brackwell will meet its lenders on March 2.", "Brackwell"),
    # a product of the firm is not the firm
    ("en", "Airbus delivered its first Airbus A350 to Corvane Airways on Monday.\n\n"
           "Airbus will deliver two more jets on March 2.", "Airbus"),
    # a council of the UN is not the UN
    ("fr", "Le Conseil de sécurité de l'ONU s'est réuni lundi.\n\n"
           "L'ONU enverra un émissaire à Kandor le 2 mars.", "United Nations"),
    # an acronym is a body's whole name: the longer name holding it is one of its organs or branches
    ("en", "The KRC Joint Committee met in Vientiane on Monday.\n\n"
           "The KRC will publish its report on March 2.", "KRC"),
    ("fr", "La CGT Cheminots a appelé à la grève lundi.\n\nLa CGT manifestera à Paris le 2 mars.", "CGT"),
])
def test_a_short_name_kept(tmp_path: Path, lang: str, text: str, kept: str) -> None:
    assert _march_2(tmp_path, lang, text) == [kept]


def _names(lang: str, text: str) -> list[str]:
    [entities] = find_entities_many([text], lang, Options(), [0])
    return [a.name for a in entities.actors]


@pytest.mark.parametrize(("lang", "text", "name", "head"), [
    ("fr", "Le collectif « Causse Vivant », qui conteste le projet, appelle à un rassemblement samedi.",
     "Causse Vivant", "collectif"),
    ("fr", "Une pétition a été lancée à l'appel du collectif Sauvons la Maternité de Brives, samedi.",
     "Sauvons la Maternité de Brives", "collectif"),
    ("fr", "Des militants du collectif Terres du Vexin ont manifesté contre le projet.", "Terres du Vexin",
     "collectif"),
])
def test_a_group_noun_heading_a_name_is_no_actor(lang: str, text: str, name: str, head: str) -> None:
    names = _names(lang, text)
    assert name in names
    assert head not in names


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("fr", "Le collectif a annoncé lundi un recours devant le tribunal administratif.", "collectif"),
    ("fr", "Les militants ont manifesté devant la mairie de Brives samedi.", "militants"),
    ("en", "Protesters marched outside the offices of Halbrook Homes on Saturday.", "Protesters"),
])
def test_a_group_noun_alone_stays(lang: str, text: str, name: str) -> None:
    assert name in _names(lang, text)
