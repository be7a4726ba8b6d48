"""An event's name that also names the body holding it (actors/event_bodies.py; round seventeen, helper hdl17).

A conference or a congress of its members and a festival under its town's name are bodies; a conference of a town,
on a topic or a press conference stays a happening. Our own sentences, both languages; the people are made up.
"""

from __future__ import annotations

import pytest

from timeline.extraction.actors import find_entities_many

# (sentence, language, name, is it an actor?)
ROWS = [
    ("Le président réunira la Conférence des évêques de France jeudi matin.", "fr",
     "Conférence des évêques de France", True),
    ("Le Congrès des maires de France a adopté une motion mardi.", "fr", "Congrès des maires de France", True),
    ("La Conférence des présidents d'université a demandé un report de la réforme.", "fr",
     "Conférence des présidents d'université", True),
    ("Le Festival d'Avignon a annoncé lundi l'annulation de deux spectacles.", "fr", "Festival d'Avignon", True),
    ("Le directeur du Festival de Cannes a présenté la sélection mardi.", "fr", "Festival de Cannes", True),
    ("The Conference of Bishops issued a statement on Monday.", "en", "Conference of Bishops", True),
    ("The Congress of Mayors voted a resolution on Tuesday.", "en", "Congress of Mayors", True),
    # a happening: a town's conference, a topic, a kind
    ("La Conférence de Paris sur le climat s'ouvrira le 30 novembre.", "fr", "Conférence de Paris", False),
    ("La Conférence sur la sécurité se tiendra jeudi à Munich.", "fr", "Conférence sur la sécurité", False),
    ("Le Festival des Lumières commence samedi.", "fr", "Festival des Lumières", False),
    ("The Conference on Ocean Plastics opens on Monday in Lisbon.", "en", "Conference on Ocean Plastics", False),
]


@pytest.mark.parametrize(("sentence", "lang", "name", "actor"), ROWS)
def test_event_name_as_body(sentence: str, lang: str, name: str, actor: bool) -> None:
    names = [a.name for a in find_entities_many([sentence], lang)[0].actors]
    head = name.split()[0]
    if actor:
        assert name in names, names
    else:
        assert not any(n.startswith(head) for n in names), names
