"""Actors, round seventeen (issue 13, helper act17): the titles of the courts, prosecutors, police and councils;
the common nouns of companies before a name.

"District Judge X" was read as a place, "Lady Justice X", "Councillor X", "Chief Constable X" glued their title to
the name ("Constable X" with the role "Chief"): the English titles held no judge, no police rank, no councillor
(lang/en/actors.yaml ``titles``; the French list, lang/fr/actors.yaml, the same family). A title before a name is
the person's role, not part of the name, and no place. A name right after a company's common noun ("la société X",
"the operator X") is that company (``named_heads``): French held no "société", "entreprise", "laboratoire".

Every sentence is ours; the people are made up.
"""

from __future__ import annotations

import pytest

from timeline.extraction.actors import find_entities
from timeline.settings import Options


@pytest.mark.parametrize(("lang", "text", "name", "role"), [
    ("en", "District Judge Mara Ellison fined the firm on Monday.", "Mara Ellison", "District Judge"),
    ("en", "Judge Mara Ellison adjourned the trial.", "Mara Ellison", "Judge"),
    ("en", "Lady Justice Fenner said the ruling was flawed.", "Fenner", "Lady Justice"),
    ("en", "Mr Justice Owen Tate dismissed the claim.", "Owen Tate", "Mr Justice"),
    ("en", "Chief Constable Rhys Calder apologised to the family.", "Rhys Calder", "Chief Constable"),
    ("en", "Detective Inspector Sian Moss led the inquiry.", "Sian Moss", "Detective Inspector"),
    ("en", "Councillor Bethan Lloyd said the plan would save money.", "Bethan Lloyd", "Councillor"),
    ("en", "Press Secretary Nora Quill declined to comment.", "Nora Quill", "Press Secretary"),
    ("en", "Chief Financial Officer Ian Royce will leave in May.", "Ian Royce", "Chief Financial Officer"),
    ("fr", "Le juge d'instruction Marc Delorme a renvoyé le dossier.", "Marc Delorme", "juge d'instruction"),
    ("fr", "La procureure de la République Anne Verdier a requis six mois.", "Anne Verdier",
     "procureure de la République"),
    ("fr", "Le capitaine Paul Roche a dirigé l'enquête.", "Paul Roche", "capitaine"),
    ("fr", "La conseillère municipale Léa Morin a démissionné.", "Léa Morin", "conseillère municipale"),
    ("fr", "L'adjoint au maire Hugo Lenoir présentera le projet.", "Hugo Lenoir", "adjoint au maire"),
])
def test_a_title_is_the_role_not_the_name(lang: str, text: str, name: str, role: str) -> None:
    found = find_entities(text, lang, Options())
    people = [(a.name, a.role) for a in found.actors if a.kind == "person"]
    assert (name, role) in [(n, r.strip(" ,")) for n, r in people], (people, found.locations)
    assert not any(name in place for place, _, _ in found.locations)


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("fr", "Le préfet a ordonné l'arrêt d'une tour de la société Brimval Thermique.", "Brimval Thermique"),
    ("fr", "L'enquête porte sur le projet éolien de la société Brimval, sept machines de 150 mètres.", "Brimval"),
    ("fr", "Les salariés de la filiale Brimval Services ont débrayé.", "Brimval Services"),
    ("fr", "Le laboratoire Coravel a retiré deux lots.", "Coravel"),
    ("en", "The fault was confirmed by the operator Brightwell Energy on Monday.", "Brightwell Energy"),
    ("en", "He founded the lender Quarrix in 2019.", "Quarrix"),
])
def test_a_name_after_a_company_noun_is_a_body(lang: str, text: str, name: str) -> None:
    """A capitalised name right after a company's common noun ("la société X", "the operator X": ``named_heads``)
    is that body, and no place."""
    found = find_entities(text, lang, Options())
    assert (name, "org") in [(a.name, a.kind) for a in found.actors], (found.actors, found.locations)
