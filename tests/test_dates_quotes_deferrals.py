"""Two readings of a bare weekday's week (issue 12, class 2), with sentences of our own.

* A tense inside a quotation is the speaker's, not the date's, when the date stands outside it: '"We will not give
  in," the minister told reporters on Tuesday' is the Tuesday just past (straight quotes open and close alike, so
  an odd number of them between the cue and the date is a quotation's edge).
* A deferral verb points ahead only with its preposition: "reporté à mardi" is the coming Tuesday, "a été reporté
  mardi" is the day of the deferral (``deferred_before`` in lang/fr/words.yaml).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import find_dates

FRIDAY = dt.date(2025, 12, 19)
LAST_TUESDAY, NEXT_TUESDAY = dt.date(2025, 12, 16), dt.date(2025, 12, 23)
LAST_MONDAY, NEXT_MONDAY = dt.date(2025, 12, 15), dt.date(2025, 12, 22)

CASES = [
    # the quotation's future does not move the telling's day
    ("en", '"We will not give in," the minister told a press conference on Tuesday.', "Tuesday", LAST_TUESDAY),
    ("en", '"Prices will rise again," the bakers\' union warned on Monday.', "Monday", LAST_MONDAY),
    ("en", 'The mayor told the council on Tuesday: "We will appeal."', "Tuesday", LAST_TUESDAY),
    ("fr", "« Nous ne reculerons pas », a lancé mardi la ministre.", "mardi", LAST_TUESDAY),
    ("fr", '"Nous ferons appel", a prévenu lundi l\'avocat du club.', "lundi", LAST_MONDAY),
    # controls: a future of the date's own side still looks ahead
    ("en", "The minister will give a press conference on Tuesday.", "Tuesday", NEXT_TUESDAY),
    ("en", '"We will hold the vote on Monday," the speaker said.', "Monday", NEXT_MONDAY),
    ("fr", "« Nous porterons plainte lundi », a confié la victime.", "lundi", NEXT_MONDAY),
    ("fr", "La ministre tiendra une conférence de presse mardi.", "mardi", NEXT_TUESDAY),
    # a deferral: with its preposition the new term ahead, without it the day it was decided
    ("fr", "Le conseil de l'agglomération a été reporté mardi.", "mardi", LAST_TUESDAY),
    ("fr", "La séance du conseil, prévue en janvier, a été ajournée lundi.", "lundi", LAST_MONDAY),
    ("fr", "Le conseil de l'agglomération a été reporté à mardi.", "mardi", NEXT_TUESDAY),
    ("fr", "L'audience a été renvoyée à lundi.", "lundi", NEXT_MONDAY),
    ("en", "The council meeting was postponed until Tuesday.", "Tuesday", NEXT_TUESDAY),
    ("en", "The council meeting was postponed on Tuesday.", "Tuesday", LAST_TUESDAY),
]


@pytest.mark.parametrize(("lang", "text", "words", "value"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_the_week_of_a_weekday(lang: str, text: str, words: str, value: dt.date) -> None:
    found = [(m.text, m.value) for m in find_dates(text, FRIDAY, lang)]
    assert (words, value) in found, found


def test_the_deferral_month_keeps_its_year_ahead() -> None:
    """A numbered day after "renvoyé au" is the next one: the preposition is there."""
    found = [(m.text, m.value) for m in find_dates("Le procès a été renvoyé au 4 mai.", FRIDAY, "fr")]
    assert any(value == dt.date(2026, 5, 4) for _, value in found), found
