"""A weekday read with its trailing words, then the day written after it, is one date (dates/compose.py,
``_trailed_weekday_date``, round thirty-four).

"mardi prochain, le 8 décembre", "ce dimanche matin 1er mai": the weekday step read "mardi prochain" or "ce dimanche
matin", the calendar step the day, and the two stood apart (the fresh pages' and the written batches' gold write one
date). The words between are ``weekday_date_trailers`` in lang/*/words.yaml. The day's words say which day; the
weekday's reading gives the year when it falls on that day and month. Sentences of our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import Options, find_dates

REF = dt.date(2026, 12, 3)  # a Thursday


def _found(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.value.isoformat(), m.time) for m in find_dates(text, REF, lang, Options(reference_date=REF))]


@pytest.mark.parametrize("lang, text, expected", [
    # French: "prochain", "dernier", a part of the day between the weekday and its day
    ("fr", "Le jury rendra son avis mardi prochain, le 8 décembre, à la mairie.",
     ("mardi prochain, le 8 décembre", "2026-12-08", None)),
    ("fr", "La troupe a joué mardi dernier 1er décembre devant une salle comble.",
     ("mardi dernier 1er décembre", "2026-12-01", None)),
    ("fr", "Le préfet visitera la digue jeudi soir 10 décembre avec les maires.",
     ("jeudi soir 10 décembre", "2026-12-10", "evening")),
    ("fr", "Le maire a inauguré ce dimanche matin 29 novembre la nouvelle halle.",
     ("ce dimanche matin 29 novembre", "2026-11-29", "morning")),
    # English: the same words after the weekday
    ("en", "The jury will rule on Tuesday evening, December 8, at the town hall.",
     ("Tuesday evening, December 8", "2026-12-08", "evening")),
    ("en", "The mayor opened the new market on Sunday morning, November 29, with a speech.",
     ("Sunday morning, November 29", "2026-11-29", "morning")),
])
def test_a_weekday_and_its_trailing_words_join_the_day_after_them(lang: str, text: str,
                                                                   expected: tuple[str, str, str | None]) -> None:
    assert expected in _found(text, lang)


@pytest.mark.parametrize("lang, text, expected", [
    # a word outside the list between them: two dates, as before
    ("fr", "Le jury siégera mardi et le 8 décembre à la mairie.",
     [("mardi", "2026-12-08"), ("8 décembre", "2026-12-08")]),
    # a sentence between them: two dates
    ("fr", "Le jury siégera mardi. Le 8 décembre, il rendra son avis.",
     [("mardi", "2026-12-08"), ("8 décembre", "2026-12-08")]),
    ("en", "The jury sits on Tuesday and on December 8 it will rule.",
     [("Tuesday", "2026-12-08"), ("December 8", "2026-12-08")]),
])
def test_a_weekday_apart_from_the_day_stays_apart(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, v, _ in _found(text, lang)] == expected


def test_the_weekday_reading_gives_the_year_when_it_falls_on_the_day() -> None:
    """"8 décembre" alone leans by the tense of its sentence; "mardi prochain" says next Tuesday: the 8th of this
    December, whatever year the day alone took."""
    found = _found("Le jury a dit qu'il rendra son avis mardi prochain, le 8 décembre.", "fr")
    assert ("mardi prochain, le 8 décembre", "2026-12-08", None) in found


def test_a_weekday_that_falls_on_another_day_lowers_the_confidence() -> None:
    (m,) = [m for m in find_dates("La fête aura lieu samedi soir 10 décembre sur la place.", REF, "fr",
                                  Options(reference_date=REF)) if "décembre" in m.text]
    assert (m.text, m.value.isoformat()) == ("samedi soir 10 décembre", "2026-12-10")
    assert m.confidence <= 0.5
