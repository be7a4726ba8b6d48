"""Events, round six (issue 13): precision on real news by general evidence, not by sentence.

Every sentence is written for the test (none comes from the real-news files). The dates come from the real
date engine (``extract_article``), so each case reads the date engine and the event rules together.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.pipeline import extract_article
from timeline.models import Article, Story
from timeline.settings import Options

REF = dt.date(2025, 12, 20)  # a Saturday
NO_NER = Options(use_ner=False)


def events(text: str, lang: str) -> list[tuple[dt.date, str, str]]:
    article = Article(id="r6", text=text, source="r6.txt", lang=lang, reference_date=REF,
                      stories=(Story(0, 0, len(text)),))
    return [(m.date, m.precision, m.event_type) for m in extract_article(article, NO_NER)]


# A clock time with no day, in a story that narrates a day of the past week: the hour may be that day's.
CLOCK_OF_NARRATED_DAY = [
    ("fr", "Le jeudi 18 décembre, le président a inauguré le nouveau pont de la ville. La foule était nombreuse "
           "sur les quais. Le cortège est arrivé vers 9 h 45 devant la mairie."),
    ("fr", "Mercredi 17 décembre, des milliers de personnes ont défilé dans la capitale. Les syndicats étaient "
           "tous présents. Des échauffourées ont eu lieu peu avant 11 h place de la Nation."),
    ("en", "On Thursday, December 18, the president opened the new bridge. The crowd was large along the river. "
           "The motorcade arrived at 9:45 a.m. in front of the town hall."),
]


@pytest.mark.parametrize(("lang", "text"), CLOCK_OF_NARRATED_DAY,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CLOCK_OF_NARRATED_DAY)])
def test_a_clock_time_in_a_story_of_another_recent_day_dates_no_event(lang: str, text: str) -> None:
    found = events(text, lang)
    assert found, "the narrated day itself is an event"
    assert all(e[0] != REF for e in found), found


# The page's own day told hour by hour, or a story naming only an older day, keeps its clock times.
CLOCK_KEPT = [
    ("fr", "Le président a tenu une réunion de crise vers 9 h 45 à l'Élysée."),
    ("fr", "L'attentat du 14 juillet avait fait 86 morts. Les familles étaient là. Un hommage national a été rendu vers 11 h aux Invalides."),
    ("en", "The president held a crisis meeting at 9:45 a.m. at the White House."),
]


@pytest.mark.parametrize(("lang", "text"), CLOCK_KEPT, ids=[f"{c[0]}-{i}" for i, c in enumerate(CLOCK_KEPT)])
def test_a_clock_time_of_the_pages_own_day_still_dates_an_event(lang: str, text: str) -> None:
    assert REF in [e[0] for e in events(text, lang)]
