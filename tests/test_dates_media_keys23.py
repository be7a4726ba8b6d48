"""A text holding no key of a media name holds no such name (dates/in_names.py ``_Media.keys``; round twenty-three,
helper spd23, issue 12: speed, every output the same).

``drop_named`` searched a window around every mention for a newspaper's or broadcaster's name that holds a day
("Journal du dimanche", "Mail on Sunday"): 2.7% of a warm pass on the speed suite, nearly always in vain. Each name's
longest stretch written as listed (between its day words, case as written) is its key: a match holds it as it is, so
a text holding no key is not searched. Every sentence here was written for these tests; the reference date is
Thursday 14 March 2024.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest

from timeline.extraction.dates import find_dates
from timeline.extraction.dates.in_names import CHARS_PER_MENTION, _may_hold, _media_days

THURSDAY = dt.date(2024, 3, 14)


def test_every_name_holds_a_key_as_written() -> None:
    media = _media_days()
    assert media is not None and media.keys
    assert "" not in media.keys
    names = [alt for alt in media.pattern.pattern.split("(?:", 1)[1].rsplit(")(?!", 1)[0].split("|")]
    assert len(names) >= 10
    # a key is read as written: "Journal du " is cased, a day's word ("Dimanche") is in none of them
    assert "Journal du " in media.keys
    assert not any(day in key.lower() for key in media.keys for day in ("dimanche", "sunday", "today"))


PIECES = ["Le ", "Journal", " du ", "dimanche", "DIMANCHE", "Dimanche", " Ouest-France", "Mail", " on ", "Sunday",
          "sunday", "Russia", "USA", " Today", "today", "The ", " Times", " Telegraph", "Independent", "Aujourd'hui",
          " en France", " le ", "journal", "mail", "usa", " ", ", ", ".\n", "lundi ", "3 mars", "times", "Express",
          " Mirror", "Scotland", "-", "l'", "x", "Journal du ", "Mail on ", "Russia ", "USA ", "Sunday ", "journal du ",
          "Le Journal du "]


def test_no_key_in_a_text_means_no_name_in_it() -> None:
    media = _media_days()
    assert media is not None
    rng = random.Random(23)
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 12)))
        match = media.pattern.search(text)
        if match is not None:
            found += 1
            assert any(key in text for key in media.keys), text
            assert any(key in match.group() for key in media.keys), text
    assert found > 50  # the pieces do make names


NAMES = [
    ("fr", "Le reportage a été publié par Dimanche Ouest-France, qui cite le préfet."),
    ("fr", "Il a confié au Journal du DIMANCHE qu'il quitterait le parti."),
    ("en", "The minister told the SUNDAY Telegraph that the plan had been shelved."),
    ("en", "Scotland on Sunday printed the letter in full."),
]

KEPT = [
    ("fr", "Le conseil municipal se réunira dimanche pour voter le budget.", "2024-03-17"),
    ("fr", "Le journal paraît chaque semaine ; dimanche, le maire a répondu aux lecteurs.", "2024-03-10"),
    ("en", "The ferry to the island was cancelled on Sunday because of the storm.", "2024-03-10"),
    ("en", "The mail arrived on Sunday, two days late.", "2024-03-10"),
]


@pytest.mark.parametrize("lang,text", NAMES)
def test_a_name_with_its_key_is_still_no_date(lang: str, text: str) -> None:
    assert not find_dates(text, THURSDAY, lang), [(m.text, m.value) for m in find_dates(text, THURSDAY, lang)]


@pytest.mark.parametrize("lang,text,day", KEPT)
def test_a_day_with_no_name_keeps_its_date(lang: str, text: str, day: str) -> None:
    assert day in {str(m.value) for m in find_dates(text, THURSDAY, lang)}, find_dates(text, THURSDAY, lang)


def test_a_sparse_text_is_searched_a_dense_one_read_for_keys() -> None:
    media = _media_days()
    assert media is not None
    filler = "Le conseil a longuement débattu du tracé de la future ligne de tramway et des arrêts prévus. " * 12
    assert _may_hold(filler, media, 1)  # few mentions in a long text: each one's window is searched instead
    assert not _may_hold(filler, media, len(filler) // CHARS_PER_MENTION + 1)  # many: the text holds no key
    assert _may_hold(filler + "Selon USA Today, le maire hésite.", media, 10_000)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le conseil a longuement débattu du tracé de la future ligne de tramway et des arrêts prévus. " * 8
     + "Le maire a répondu aux questions du Journal du dimanche sur le calendrier des travaux."),
    ("en", "The council spent the whole evening on the route of the new tram line and its planned stops. " * 8
     + "The mayor answered questions from the Sunday Express about the works."),
])
def test_a_name_in_a_long_text_is_still_no_date(lang: str, text: str) -> None:
    assert not [m for m in find_dates(text, THURSDAY, lang) if m.value == dt.date(2024, 3, 10)]
