"""Actors, round seventeen (issue 13, helper act17): the titles of the courts, prosecutors, police and councils.

"District Judge X" was read as a place, "Lady Justice X", "Councillor X", "Chief Constable X" glued their title to
the name ("Constable X" with the role "Chief"): the English titles held no judge, no police rank, no councillor
(lang/en/actors.yaml ``titles``; the French list, lang/fr/actors.yaml, the same family). A title before a name is
the person's role, not part of the name, and no place.

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
