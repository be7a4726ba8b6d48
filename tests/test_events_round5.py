"""Events, round five (issue 13): background years, clock times of a narrated day, verb forms, governing types.

Every sentence is written for the test (none comes from the real-news files). The dates come from the real
date engine (``extract_article``), so each case reads the date engine and the event rules together.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.pipeline import extract_article
from timeline.models import Article, Story
from timeline.settings import Options

REF = dt.date(2025, 12, 20)
NO_NER = Options(use_ner=False)


def events(text: str, lang: str) -> list[tuple[dt.date, str, str]]:
    article = Article(id="r5", text=text, source="r5.txt", lang=lang, reference_date=REF,
                      stories=(Story(0, 0, len(text)),))
    return [(m.date, m.precision, m.event_type) for m in extract_article(article, NO_NER)]


# A year alone, before the article's year: background history, no event of the news.
BACKGROUND_YEARS = [
    ("fr", "Ancien ministre, il avait été battu à la primaire de 2011 par son rival."),
    ("fr", "De 2019 à 2022, elle a donné douze conférences rémunérées à l'étranger."),
    ("en", "He lost the party primary in 2011 to his rival."),
    ("en", "From 2019 to 2022 the group held three congresses in the capital."),
]


@pytest.mark.parametrize(("lang", "text"), BACKGROUND_YEARS, ids=[f"{c[0]}-{i}" for i, c in enumerate(BACKGROUND_YEARS)])
def test_a_past_year_alone_dates_background_not_an_event(lang: str, text: str) -> None:
    assert [e for e in events(text, lang) if e[1] == "year"] == []


# A coming year, or a past year with a finer date, still dates a happening.
YEARS_KEPT = [
    ("fr", "Le prochain congrès du parti se tiendra en 2027 à Lyon.", dt.date(2027, 1, 1), "year"),
    ("en", "The next party congress will be held in 2027 in Lyon.", dt.date(2027, 1, 1), "year"),
    ("fr", "Le congrès du parti s'est tenu le 3 mars 2019 à Lyon.", dt.date(2019, 3, 3), "day"),
]


@pytest.mark.parametrize(("lang", "text", "value", "precision"), YEARS_KEPT,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(YEARS_KEPT)])
def test_a_coming_year_or_a_full_date_still_dates_an_event(lang: str, text: str, value: dt.date,
                                                           precision: str) -> None:
    assert (value, precision) in [(e[0], e[1]) for e in events(text, lang)]
