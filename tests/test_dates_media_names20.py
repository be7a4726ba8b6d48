"""A newspaper or a broadcaster whose name holds a day is a name, never a date (dates/in_names.py; round twenty,
helper spur20, issue 12 and issue 13 precision by narrowing).

Seen in the fresh WiNER date gold (three articles: "Le Journal du dimanche" twice, "la chaîne Russia Today") and in
real-news dev half A (a row dated by that newspaper's "dimanche"). The names are the ``media`` list of
lang/en/actors.yaml (shared by both languages), each word as written but the day's, which pages write in either case.
A day written beside the name, a lower-case "journal du dimanche soir" (a bulletin, no title) and "mail on Sunday"
(no title) keep their dates. Every sentence here was written for these tests; the reference date is Thursday 14 March
2024.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates

THURSDAY = dt.date(2024, 3, 14)

NAMES = [
    ("fr", "Le projet de loi a été dévoilé par Le Journal du dimanche."),
    ("fr", "Selon le Journal du Dimanche, le maire songe à se retirer."),
    ("fr", "Le ministre était souvent invité sur la chaîne Russia Today, financée par l'État russe."),
    ("fr", "Le quotidien Aujourd'hui en France consacre sa une à la grève."),
    ("en", "The minister told the Mail on Sunday that the plan had been dropped."),
    ("en", "The Sunday Times reported that the club had been sold."),
    ("en", "An editorial in the Independent on Sunday called for his resignation."),
    ("en", "The governor gave an interview to USA Today about the budget."),
]

KEPT = [
    ("fr", "Le Journal du Dimanche a révélé dimanche que le ministre allait démissionner.", "2024-03-10"),
    ("fr", "Le journal du dimanche soir a été supprimé par la chaîne.", "2024-03-10"),
    ("en", "The letters were sent by mail on Sunday and arrived late.", "2024-03-10"),
    ("en", "The Sunday Times reported on Tuesday that the club had been sold.", "2024-03-12"),
]


@pytest.mark.parametrize("lang,text", NAMES)
def test_a_day_inside_a_media_name_is_no_date(lang: str, text: str) -> None:
    assert not find_dates(text, THURSDAY, lang), [(m.text, m.value) for m in find_dates(text, THURSDAY, lang)]


@pytest.mark.parametrize("lang,text,day", KEPT)
def test_a_day_beside_the_name_or_no_name_keeps_its_date(lang: str, text: str, day: str) -> None:
    assert day in {str(m.value) for m in find_dates(text, THURSDAY, lang)}, find_dates(text, THURSDAY, lang)
