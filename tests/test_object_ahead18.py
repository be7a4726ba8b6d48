"""A past verb of announcing, deciding or asking, with its object between it and a year-less date, gives the date no
past lean (dates/object_ahead.py): the date takes the nearer year. Sentences of our own, both languages."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates

REF = dt.date(2026, 4, 15)  # a Wednesday


def _value(text: str, lang: str, words: str, reference: dt.date = REF) -> dt.date:
    found = [m for m in find_dates(text, reference, lang) if m.text.endswith(words)]
    assert found, f"{words!r} not found in {text!r}"
    return found[0].value


@pytest.mark.parametrize(("lang", "text", "words", "value"), [
    # the verb's object stands between it and the date: the thing announced, asked or decided is ahead
    ("fr", "Le syndicat a annoncé lundi la tenue d'une nouvelle réunion le 20 avril.", "20 avril",
     dt.date(2026, 4, 20)),
    ("fr", "La mairie a annoncé l'ouverture d'un nouveau marché le 2 mai.", "2 mai", dt.date(2026, 5, 2)),
    ("fr", "Les élus avaient demandé à la société un bilan complet avant le 28 avril.", "28 avril",
     dt.date(2026, 4, 28)),
    ("fr", "La fédération a décidé de reporter la finale du tournoi au 9 mai.", "9 mai", dt.date(2026, 5, 9)),
    ("fr", "Le conseil a convoqué les riverains à une réunion publique le 24 avril.", "24 avril",
     dt.date(2026, 4, 24)),
    ("en", "The council announced on Monday a new round of talks on April 20.", "April 20", dt.date(2026, 4, 20)),
    ("en", "The regulator had asked the carrier for a written answer by 30 April.", "30 April", dt.date(2026, 4, 30)),
    ("en", "The board decided to move the annual meeting to May 9.", "May 9", dt.date(2026, 5, 9)),
    ("en", "The mayor promised residents a public hearing on 24 April.", "24 April", dt.date(2026, 4, 24)),
    # a date right after the verb is the verb's own: the past keeps it behind us
    ("fr", "Le directeur a annoncé le 20 avril son départ à la retraite.", "20 avril", dt.date(2025, 4, 20)),
    ("en", "The firm announced on April 20 that it would close two depots.", "April 20", dt.date(2025, 4, 20)),
    # a past verb of another kind keeps its lean, object or not
    ("fr", "Le vent a arraché la toiture du gymnase le 20 avril.", "20 avril", dt.date(2025, 4, 20)),
    ("en", "The storm tore the roof off the gym on April 20.", "April 20", dt.date(2025, 4, 20)),
    # a date behind the reference stays behind it
    ("fr", "La préfecture a annoncé la fermeture du col le 2 avril.", "2 avril", dt.date(2026, 4, 2)),
    ("en", "The club confirmed the signing of a new striker on April 2.", "April 2", dt.date(2026, 4, 2)),
])
def test_year_of_a_date_in_an_announced_object(lang: str, text: str, words: str, value: dt.date) -> None:
    assert _value(text, lang, words) == value


@pytest.mark.parametrize(("lang", "text", "words", "value"), [
    # a weekday's week is not this rule's: "lundi" after an announcing verb keeps the last Monday
    ("fr", "Le syndicat a annoncé la tenue d'une réunion lundi.", "lundi", dt.date(2026, 4, 13)),
    ("en", "The union announced a walkout on Monday.", "Monday", dt.date(2026, 4, 13)),
])
def test_weekdays_keep_their_lean(lang: str, text: str, words: str, value: dt.date) -> None:
    assert _value(text, lang, words) == value
