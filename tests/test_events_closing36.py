"""The rows of a date closing its sentence (events/closing_rows.py; round thirty-six, room mis36, issue 13).

Round thirty-five's closing path (tests/test_events_closing35.py) made rows typed ``other`` beside a typed row of
their story, and the written sets' floors fell. Here: (a) an ``other`` closing row on the day of a typed row of its
story is that row told again and yields to it; (c) an ``other`` closing row stands only when its verb is a lemma
the trigger vocabulary knows (lang/<lang>/triggers.yaml ``lemmas``, read by rule from the form). Every sentence
here was written for these tests. The reference date is Thursday 14 March 2024.
"""

from __future__ import annotations

import pytest

from tests.events_support import thursday_rows
from timeline.extraction.events.closing_rows import happening_verb, verb_bases

rows = thursday_rows

LEAD = {"en": "Riverside had a busy week, the local paper reports. ",
        "fr": "La semaine a été chargée à Montclar, selon le journal local. "}

ROWS = [
    # (a) the closing row retells the story's typed row of its day: one row, the typed one
    ("en", "The harbour councillors held a stormy meeting on Tuesday. Afterwards the councillors repainted the whole "
           "of the old ferry terminal building beside the river quay on Tuesday.", {("2024-03-12", "meeting")}),
    ("fr", "Les élus du port ont tenu une réunion houleuse mardi. Ensuite les élus ont repeint toute la vieille gare "
           "maritime au bord du quai de la rivière mardi.", {("2024-03-12", "meeting")}),
    # (c) an `other` row stands only for a lemma the trigger vocabulary knows: none for "clinched", "décroché" ...
    ("en", "The volunteers of the Riverside lifeboat station clinched the national rescue trophy in front of a large "
           "crowd on Sunday.", frozenset()),
    ("fr", "Les bénévoles de la station de sauvetage ont décroché le trophée national du sauvetage devant une foule "
           "nombreuse dimanche.", frozenset()),
    # ... nor for a verb of a state, a stance or a possession
    ("en", "The old ferry company ignored two formal warnings from the harbour authority of Riverside on Tuesday.",
     frozenset()),
    ("fr", "Le vieil armateur avait ignoré les deux mises en demeure répétées de la capitainerie du port de Montclar "
           "mardi.", frozenset()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS, ids=[f"{lg}:{t[:40]}" for lg, t, _ in ROWS])
def test_closing_rows(lang: str, text: str, expected: frozenset[tuple[str, str]]) -> None:
    assert rows(lang, LEAD[lang] + text) == frozenset(expected)


VERBS = [
    ("en", "launched", True), ("en", "has acquired", True), ("en", "were evacuated", True),
    ("en", "clinched", False), ("en", "has commissioned", False), ("en", "declared", False), ("en", "will pay", False),
    ("en", "ignored", False), ("en", "remained", False),
    ("fr", "a lance", True), ("fr", "seront nommes", True), ("fr", "ont manifeste", True),
    ("fr", "a repeint", False), ("fr", "avait ignore", False), ("fr", "avait obtenu", False), ("fr", "restait", False),
]


@pytest.mark.parametrize(("lang", "verb", "happening"), VERBS, ids=[f"{lg}:{v}" for lg, v, _ in VERBS])
def test_happening_verbs(lang: str, verb: str, happening: bool) -> None:
    assert happening_verb(lang, verb) is happening


@pytest.mark.parametrize(("lang", "verb", "lemma"), [
    ("en", "clinched", "clinch"), ("en", "placed", "place"), ("en", "stopped", "stop"), ("en", "carried", "carry"),
    ("fr", "seront reloges", "reloger"), ("fr", "a repeint", "repeindre"), ("fr", "s'etait tenue", "tenir"),
])
def test_verb_bases(lang: str, verb: str, lemma: str) -> None:
    assert lemma in verb_bases(lang, verb)
