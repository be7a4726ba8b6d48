"""Finite forms from a vocabulary with its inflections (events/finite_verbs.py, lang/<lang>/finite_verbs.yaml; round
thirty-one, room cand31): a French present, imperfect or passé simple, an English irregular past, and the compound
pasts the listed forms missed ("se sont introduits", "a mis", "aurait été"), as predicates a date no trigger took
may modify.

benchmarks/loss_by_stage.py put these dates at "iv no candidate: no verb form". Every sentence here was written for
these tests; each of FOUND makes no event on main (1a5dbdd1). The reference date is Thursday 14 March 2024. The
controls: a noun after its determiner, a habit with no date of
its own, a negation, a state.
"""

from __future__ import annotations

import pytest

from tests.events_support import thursday_rows
from timeline.extraction.events.finite_verbs import finite_forms, finite_pattern, lemma_of, participle_read
from timeline.extraction.events.verb_shapes import shape_type

rows = thursday_rows

FOUND = [
    # the imperfect of a fronted date's main verb
    ("fr", "Mardi dernier, le conseil régional échouait une nouvelle fois à adopter son budget.",
     {("2024-03-12", "other")}),
    # the present of a reopening
    ("fr", "Le marché couvert rouvre ses portes le 21 mars.", {("2024-03-21", "other")}),
    # the passé simple
    ("fr", "Le 2 mars, la petite troupe franchit le col sous la neige.", {("2024-03-02", "other")}),
    # the plural of a participle in "-its" after a reflexive auxiliary
    ("fr", "Une trentaine de lycéens se sont introduits, mardi soir, dans le gymnase.", {("2024-03-12", "other")}),
    # the short participle "mis"
    ("fr", "Le gérant a mis la clé sous la porte le 4 mars.", {("2024-03-04", "other")}),
    # an English irregular past and a short regular one
    ("en", "The night train sped through the valley on March 5.", {("2024-03-05", "other")}),
    ("en", "The two sisters dug a well behind the farm on Monday.", {("2024-03-11", "other")}),
]

CONTROLS = [
    # a noun after its determiner
    ("fr", "La touche de couleur du 21 mars plaît aux passants.", frozenset()),
    # a negation tells no happening
    ("en", "The night train never sped through the valley on March 5.", frozenset()),
    # a habit: no date of its own
    ("fr", "Le musée rouvre ses salles tous les jours sauf le lundi.", frozenset()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FOUND, ids=[f"{lg}:{t[:40]}" for lg, t, _ in FOUND])
def test_a_finite_form_dates_its_happening(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert rows(lang, text) == frozenset(expected)


@pytest.mark.parametrize(("lang", "text", "expected"), CONTROLS, ids=[f"{lg}:{t[:40]}" for lg, t, _ in CONTROLS])
def test_a_finite_form_controls(lang: str, text: str, expected: frozenset[tuple[str, str]]) -> None:
    assert rows(lang, text) == expected


@pytest.mark.parametrize(("lang", "form", "lemma"), [
    ("fr", "echouait", "echouer"), ("fr", "plongeait", "plonger"), ("fr", "franchissent", "franchir"),
    ("fr", "survient", "survenir"), ("fr", "s'ouvre", "ouvrir"), ("en", "swept", "sweep"), ("en", "has swept", "sweep"),
    ("en", "died", "die"),
])
def test_the_inflections_of_the_vocabulary(lang: str, form: str, lemma: str) -> None:
    assert lemma_of(lang, form) == lemma


def test_the_rules_of_each_group() -> None:
    forms = finite_forms("fr", {"er": ["nager"], "ir": ["bondir"], "irregular": {"venir": ["vient"]}})
    assert {"nage", "nagent", "nageait", "nageaient", "nagea", "nagerent"} <= set(forms)
    assert {"bondit", "bondissent", "bondissait", "bondissaient", "bondirent"} <= set(forms)
    assert forms["vient"] == "venir"
    english = finite_forms("en", {"irregular": ["wring|wrung|wrung", "grind|-|ground"]})
    assert english["wrung"] == "wring" and english["was wrung"] == "wring"
    assert "ground" not in english and english["has ground"] == "grind"
    assert finite_forms("fr", {}) == {}


def test_a_written_participle_is_no_present() -> None:
    text = "le bal organisé mardi, le comité organise"
    assert participle_read("fr", text, 7, 15)
    assert not participle_read("fr", text, 33, 41)
    assert not participle_read("en", "swept", 0, 5)


def test_whole_words_only() -> None:
    pattern = finite_pattern("fr")
    assert pattern is not None
    assert [m.group(0) for m in pattern.finditer("l'organiseur organisait; elle s'ouvre")] == ["organisait", "s'ouvre"]


def test_an_event_verb_types_its_form() -> None:
    assert shape_type("fr", "elit") == "election"
    assert shape_type("fr", "echouait") == "other"
