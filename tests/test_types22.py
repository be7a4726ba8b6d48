"""Event types chosen better among found rows, round twenty-two (typ22; docs/ANNOTATION.md the judge).

One class counted in two dev sources (written batches i and k, dev halves): a ruling or a sentence that is only asked
for ("le procureur a requis une amende", "prosecutors sought a conviction") or whose giving is put off ("the judge
reserved her ruling", "le jugement a été mis en délibéré") is not given: a court step, ``other`` (the guide: court
steps without a ruling), not the ``decision`` of its noun. Put off to a day the sentence names ("au 12 mars", "until 4
March"), that day is the ruling's own and the type stays. Rulings given, sentences passed and fines imposed keep
``decision`` (controls). The merged row shows it (extraction/shown_types.py, rules as data in
lang/{fr,en}/triggers.yaml ``court_steps``); each telling keeps its trigger's ``decision``, so which rows exist and
merge does not move.
Every sentence is written for the test (none comes from the real-news or written sets).
"""

from __future__ import annotations

import pytest

from tests.fixtures.row_types import telling_types, types

COURT_STEPS = [
    # asked for: a prosecutor's requests
    ("fr", "Mardi, l'avocate générale a requis une amende de 30 000 euros contre la coopérative.", ["other"]),
    ("fr", "Le substitut du procureur a requis lundi la condamnation des trois gérants.", ["other"]),
    ("fr", "Vendredi, le parquet a requis l'acquittement de l'infirmière.", ["other"]),
    # put off: deliberation, a ruling deferred
    ("fr", "Le jugement a été mis en délibéré jeudi soir.", ["other"]),
    ("fr", "La décision a été mise en délibéré mercredi après six heures de débats.", ["other"]),
    ("fr", "Le tribunal administratif a reporté mardi sa décision.", ["other"]),
    ("en", "The magistrate reserved his ruling on Wednesday after hearing both sides.", ["other"]),
    ("en", "On Tuesday the tribunal deferred its decision on the planning appeal.", ["other"]),
    ("en", "Judgment was reserved on Friday at the end of the appeal.", ["other"]),
    ("en", "The panel postponed its verdict on Monday.", ["other"]),
]

RULINGS = [
    # given: a ruling, a sentence, a fine imposed
    ("fr", "Le tribunal correctionnel a condamné jeudi la coopérative à une amende de 30 000 euros.", ["decision"]),
    ("fr", "La cour d'appel a infligé mardi une amende de 5 000 euros au transporteur.", ["decision"]),
    ("en", "The court fined the water company £3m on Thursday.", ["decision"]),
    ("en", "The appeal court upheld the ruling on Wednesday.", ["decision"]),
    ("en", "The jury returned its verdict on Tuesday.", ["decision"]),
    # put off to a day it names: that day is the ruling's
    ("fr", "Le tribunal a mis sa décision en délibéré au 9 février.", ["decision"]),
    ("fr", "Le tribunal a reporté sa décision au 17 mars.", ["decision"]),
    ("en", "The court deferred its decision to next week.", ["decision"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), COURT_STEPS)
def test_a_ruling_asked_for_or_put_off_is_a_court_step(lang: str, text: str, expected: list[str]) -> None:
    assert types(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), RULINGS)
def test_a_ruling_given_or_put_off_to_its_day_keeps_its_type(lang: str, text: str, expected: list[str]) -> None:
    assert types(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [(lang, text) for lang, text, _ in COURT_STEPS[:3] + COURT_STEPS[6:7]])
def test_the_telling_keeps_its_trigger_type(lang: str, text: str) -> None:
    assert telling_types(text, lang) == ["decision"]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le 3 mars, le procureur a requis une amende de 40 000 euros contre le transporteur. "
           "Le 3 mars, le tribunal a condamné le transporteur à une amende de 40 000 euros."),
    ("en", "The judge reserved her ruling on the fine on Monday. The judge imposed the fine on Monday after a short "
           "hearing."),
])
def test_a_ruling_told_as_given_by_another_telling_keeps_the_row_a_decision(lang: str, text: str) -> None:
    # one row of two tellings, one a court step, one the ruling given: the row is the decision
    assert types(text, lang) == ["decision"]


OTHER_SENSES = [
    # a word read in another sense by the words around it: the row shows `other`
    ("fr", "Les coureurs arriveront au sommet du col du Galibier le 18 juillet.", ["other"]),
    ("fr", "Les alpinistes ont atteint mardi le sommet de la montagne.", ["other"]),
    ("fr", "L'atelier de peinture s'arrêtera le 30 juin.", ["other"]),
    ("fr", "Le tournage s'est arrêté lundi après la tempête.", ["other"]),
    ("en", "The probe lifted off from Baikonur on Wednesday.", ["other"]),
    ("en", "The riders will reach the summit of the pass on 12 July.", ["other"]),
    # controls: a leaders' summit, an arrest, a ban lifted
    ("fr", "Le sommet de l'Union africaine s'ouvrira le 9 février à Addis-Abeba.", ["summit"]),
    ("fr", "Les gendarmes ont arrêté mardi deux hommes près de la gare.", ["incident"]),
    ("en", "The summit of Nato leaders will open on 8 July.", ["summit"]),
    ("en", "The city lifted the curfew on Sunday.", ["decision"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OTHER_SENSES)
def test_a_word_read_in_another_sense_shows_other(lang: str, text: str, expected: list[str]) -> None:
    assert types(text, lang) == expected
