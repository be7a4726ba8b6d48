"""Protest groups, round seventeen (issue 13, helper act17b): the finite light verb is no part of the group.

"Les syndicats appellent à un débrayage lundi", "les syndicats prévoient aussi un rassemblement jeudi": the group
before a light verb whose object is the protest's noun was read with the verb glued to it ("syndicats appellent",
"syndicats prévoient"), as only the participles of the light verbs were listed ("ont mené", "appelés"). The finite
forms of the light verbs and of the verbs of calling and planning (``light_verb_tenses`` in lang/fr/triggers.yaml)
are taken off the group's phrase, as are the words between them ("aussi"). Counted in written batches b and e (dev).
They do not open a group where none was read: the light verb right before the protest's noun is still one of
``light_verbs``.

Every sentence is ours.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.events_support import one_story
from timeline.extraction.pipeline import extract_article, merge_tellings
from timeline.settings import Options

REF = dt.date(2024, 3, 13)
NO_NER = Options(use_ner=False)


def _actors(lang: str, text: str) -> list[str]:
    events = merge_tellings(extract_article(one_story(text, lang, REF), NO_NER)).events
    return [name for e in events if e.event_type == "protest" for name in e.actors]


@pytest.mark.parametrize(("text", "group", "glued"), [
    ("Les cheminots appellent à une grève reconductible lundi.", "cheminots", "cheminots appellent"),
    ("Les infirmiers prévoient aussi un rassemblement jeudi devant l'hôpital.", "infirmiers", "infirmiers prévoient"),
    ("Les éleveurs organisent une opération escargot vendredi sur la rocade.", "éleveurs", "éleveurs organisent"),
    ("Les routiers mèneront une opération escargot lundi.", "routiers", "routiers mèneront"),
    ("Les enseignants préparent une nouvelle grève pour mardi.", "enseignants", "enseignants préparent"),
])
def test_the_verb_is_no_part_of_the_group(text: str, group: str, glued: str) -> None:
    actors = _actors("fr", text)
    assert glued not in actors, actors
    assert group in actors, actors


@pytest.mark.parametrize(("text", "group"), [
    ("Lundi, les routiers ont mené une opération escargot sur la rocade.", "routiers"),
    ("On Tuesday, dock workers staged a 24-hour strike.", "dock workers"),
])
def test_the_participles_still_read_their_group(text: str, group: str) -> None:
    lang = "fr" if " les " in text else "en"
    assert group in _actors(lang, text)
