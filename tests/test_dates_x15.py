"""Date classes seen in two sources or more, round fifteen (issue 12, class 7: things that are not calendar dates).

A date word inside a name or a title is no date (``timeline/extraction/dates/in_names.py``, word lists
``name_date_words`` and ``title_openers`` in ``lang/*/words.yaml``): a word running text writes in lower case,
capitalised in mid-sentence right after another capitalised word ("le salon Bâtir Demain", "USA Today"), and a French
title opened by a capitalised article in mid-sentence ("il a chanté Un dimanche de janvier, ..."). The same words
at a sentence's start, in a headline written in title case, or after a lower-case word stay dates.

Every sentence is written for these tests (none is taken from an article). News conventions (``bare_weekday='past'``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates
from timeline.settings import Options

REF = dt.date(2026, 3, 11)  # a Wednesday: the article's date


def found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(m.text, m.value.isoformat()) for m in find_dates(text, REF, lang, Options(reference_date=REF,
                                                                                        bare_weekday="past"))]


# (lang, sentence, the words that are no date, the dates still read in it)
NAMES = [
    ("fr", "Les artisans exposeront au salon Construire Demain, du 14 au 16 mai à Nantes.", "Demain",
     [("du 14 au 16 mai", "2026-05-14")]),
    ("fr", "La chanteuse a présenté l'album Rêver Aujourd'hui lors d'un concert vendredi.", "Aujourd'hui",
     [("vendredi", "2026-03-06")]),
    ("fr", "Le festival Nuits de Juillet a été annulé mardi faute de public.", "Juillet", [("mardi", "2026-03-10")]),
    ("en", "The figures were first reported by USA Today on Monday.", "Today", [("Monday", "2026-03-09")]),
    ("en", "She was a guest on the radio show Music Tomorrow last week.", "Tomorrow", []),
    ("fr", "Le chœur a repris Un dimanche de janvier, devant le maire, le 8 mars.", "janvier",
     [("8 mars", "2026-03-08")]),
    ("fr", "L'orchestre a joué Une nuit de juin avant l'entracte.", "juin", []),
]


@pytest.mark.parametrize(("lang", "text", "not_date", "dates"), NAMES)
def test_date_word_in_a_name_or_title_is_no_date(lang: str, text: str, not_date: str,
                                                  dates: list[tuple[str, str]]) -> None:
    got = found(text, lang)
    assert not [g for g in got if not_date in g[0]], got
    for words, value in dates:
        assert any(words in g[0] and g[1] == value for g in got), (words, value, got)


# (lang, sentence, the date word, its value): the same words where they are dates
DATES = [
    ("fr", "Demain, les artisans ouvriront le salon à Nantes.", "Demain", "2026-03-12"),
    ("fr", "Les artisans ouvriront demain le salon de Nantes.", "demain", "2026-03-12"),
    ("fr", "Le salon ouvrira Demain selon les organisateurs.", "Demain", "2026-03-12"),  # a capital after a lower case
    ("en", "Today the council approved the budget.", "Today", "2026-03-11"),
    ("en", "The council Approved The Budget Today", "Today", "2026-03-11"),  # a headline in title case
    ("fr", "Un dimanche de janvier, les artisans ont ouvert le salon.", "janvier", "2026-01"),  # sentence start
    ("fr", "Il est parti Vendredi, selon sa famille.", "Vendredi", "2026-03-06"),
    ("en", "Class A shares fell on Monday in Frankfurt.", "Monday", "2026-03-09"),  # no title opener in English
]


@pytest.mark.parametrize(("lang", "text", "word", "value"), DATES)
def test_same_words_outside_a_name_stay_dates(lang: str, text: str, word: str, value: str) -> None:
    got = found(text, lang)
    assert any(word in g[0] and g[1].startswith(value) for g in got), got


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Ils reviendront lasemaine prochaine.", []),  # a typo glues the article to the unit: no date
    ("fr", "Ils reviendront la semaine prochaine.", [("la semaine prochaine", "2026-03-16")]),
    ("fr", "Ils reviendront l'année prochaine.", [("l'année prochaine", "2027-01-01")]),
    ("fr", "Ils reviendront l’an prochain.", [("l’an prochain", "2027-01-01")]),
])
def test_a_period_after_its_article_needs_a_space_but_after_an_elision(lang: str, text: str,
                                                                       expected: list[tuple[str, str]]) -> None:
    assert found(text, lang) == expected
