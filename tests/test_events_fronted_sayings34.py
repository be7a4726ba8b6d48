"""A date that opens its sentence and dates a verb of saying is the saying's day: no happening named after the verb
takes it (events/fronted_sayings.py, round thirty-four, room spr34; counts in docs/BENCHMARKS.md, "spr34").

Every sentence here was written for these tests. The reference date is Thursday 14 March 2024; each text opens on a
lead of its own (a lead's dated saying may be the news, so the gate reads only the sentences after it), and the rows
asked about are those of Monday 11 March.
"""

from __future__ import annotations

import pytest

from tests.events_support import thursday_rows

MONDAY = "2024-03-11"
LEAD = {
    "fr": "Le tribunal de Valcourt a jugé mercredi douze prévenus après les émeutes du centre-ville. ",
    "en": "The Valcourt court tried twelve defendants on Wednesday after the riots in the town centre. ",
}


def monday_rows(lang: str, text: str) -> frozenset[tuple[str, str]]:
    return frozenset(row for row in thursday_rows(lang, LEAD[lang] + text) if row[0] == MONDAY)


# The fronted date dates the saying; what is said, or where, is no happening of that day.
SAYINGS = [
    # fr: a subject and its apposition between the date and the saying
    ("fr", "Lundi, Maître Irène Vasseur, avocate de trois prévenus, a souligné le contraste entre les scènes de "
           "pillage et les dossiers présentés."),
    ("fr", "Lundi, l'avocat de la défense a mis en avant la violence des pillages dans les commerces."),
    ("fr", "Plus tard dans la journée de lundi, un porte-parole du maire, Hugo Laine, a déclaré lors d'une "
           "conférence de presse que les coffres n'avaient pas été forcés."),
    # en: the same shapes
    ("en", "On Monday, Irene Vasseur, a lawyer for three defendants, stressed the contrast between the scenes of "
           "looting and the files before the court."),
    ("en", "On Monday, a spokesman for the mayor, Hugo Laine, said at a press conference that the town's accounts "
           "were intact."),
]


@pytest.mark.parametrize(("lang", "text"), SAYINGS, ids=[f"{lg}:{t[:40]}" for lg, t in SAYINGS])
def test_a_fronted_saying_dates_nothing_it_names(lang: str, text: str) -> None:
    assert monday_rows(lang, text) == frozenset()


# Controls: the date dates another verb first, or the fronted verb announces, or does something (the row's type is
# the pipeline's today: these rows guard the day, not the typing).
KEPT = [
    # a deed before the saying that closes the sentence: the deed keeps its day
    ("fr", "Lundi, des manifestants ont incendié deux voitures devant la mairie, a indiqué la préfecture.",
     "incident"),
    ("en", "On Monday, protesters set fire to two cars outside the town hall, the prefecture said.", "protest"),
    # an announcing verb is no saying: the announcement is a step of the story (events/statements.py)
    ("fr", "Lundi, la société Ferlane a annoncé la fermeture de son usine de Valcourt.", "other"),
    ("en", "On Monday, the Ferlane company announced the closure of its Valcourt plant.", "other"),
    # a relative clause holds the saying: the main verb is the deed
    ("fr", "Lundi, le maire, qui a déclaré l'état d'urgence, a fermé les écoles de la ville.", "other"),
]


@pytest.mark.parametrize(("lang", "text", "kind"), KEPT, ids=[f"{lg}:{t[:40]}" for lg, t, _ in KEPT])
def test_a_fronted_deed_or_announcement_keeps_its_day(lang: str, text: str, kind: str) -> None:
    assert {row[1] for row in monday_rows(lang, text)} == {kind}
