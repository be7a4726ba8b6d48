"""One happening told before its day by one article and after it by another is one row, round twenty (issue 13's
merge; helper mrg20).

Sentences written for these tests, run through the real date engine and event rules (no NER) and merged as one corpus:
a French article of Monday 9 March 2026 and an English one of Friday 13 March share a landslide near a made-up town
(merged by its town) and each tells the regional council's sitting of Thursday 12 March. A telling's status is judged
against its own article's reference date (events/status.py), so the Monday article's sitting is planned and the
Friday article's held: merge_linked read that as two happenings and kept them apart. It no longer does; what keeps
two happenings apart still does (another town, a second happening of that Thursday in one article, two stories).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.merge_support import NO_NER
from timeline.extraction import merge as merging
from timeline.extraction.pipeline import extract_article
from timeline.models import Article, Story

MONDAY = dt.date(2026, 3, 9)
FRIDAY = dt.date(2026, 3, 13)
SLIDE_FR = "Un glissement de terrain a enseveli 2 km de route samedi près de Corbenay-les-Eaux. "
SLIDE_EN = "A landslide buried 2 km of road near Corbenay-les-Eaux on Saturday. "
SITTING_FR = "Le conseil régional se réunira jeudi en séance extraordinaire à Corbenay-les-Eaux."
SITTING_EN = "The regional council met in an extraordinary sitting in Corbenay-les-Eaux on Thursday."
SLIDE = {"fr:glissement de terrain", "en:landslide"}


def _article(article_id: str, lang: str, text: str, day: dt.date) -> Article:
    return Article(id=article_id, text=text, source=f"{article_id}.txt", lang=lang, reference_date=day,
                   stories=(Story(0, 0, len(text)),))


def _rows(*articles: Article) -> list[list[str]]:
    """The (article, trigger) tellings of each merged row, with each telling's day and status checked."""
    mentions = [m for a in articles for m in extract_article(a, NO_NER)]
    _, tellings = merging.merge(mentions)
    by_event: dict[str, list[str]] = {}
    for mention in tellings:
        by_event.setdefault(mention.event_id, []).append(f"{mention.article_id}:{mention.trigger.lower()}")
    return sorted(sorted(found) for found in by_event.values())


def _statuses(*articles: Article) -> dict[str, tuple[dt.date, str]]:
    return {a.id: (m.date, m.status) for a in articles for m in extract_article(a, NO_NER)
            if m.date == dt.date(2026, 3, 12)}


def test_the_sitting_is_planned_in_the_monday_article_and_held_in_the_friday_one() -> None:
    french = _article("fr", "fr", SLIDE_FR + SITTING_FR, MONDAY)
    english = _article("en", "en", SLIDE_EN + SITTING_EN, FRIDAY)
    assert _statuses(french, english) == {"fr": (dt.date(2026, 3, 12), "planned"),
                                          "en": (dt.date(2026, 3, 12), "held")}


@pytest.mark.parametrize("french_first", [True, False])
def test_a_sitting_told_before_and_after_its_day_is_one_row(french_first: bool) -> None:
    french = _article("fr", "fr", SLIDE_FR + SITTING_FR, MONDAY)
    english = _article("en", "en", SLIDE_EN + SITTING_EN, FRIDAY)
    found = _rows(*((french, english) if french_first else (english, french)))
    sitting = [row for row in found if not SLIDE & set(row)]
    assert len(sitting) == 1 and {r.split(":")[0] for r in sitting[0]} == {"en", "fr"}, found


@pytest.mark.parametrize(("label", "english", "french"), [
    ("two sittings of one Thursday, in two towns", SLIDE_EN + SITTING_EN.replace("in Corbenay-les-Eaux",
                                                                                 "in Valdrome"),
     SLIDE_FR + SITTING_FR),
    ("the English article tells a second meeting that Thursday: which one is the sitting is not known",
     SLIDE_EN + SITTING_EN + " The mayor of Valdrome met the farmers on Thursday.", SLIDE_FR + SITTING_FR),
    ("two stories: a landslide near another town, the articles share no happening", SLIDE_EN + SITTING_EN,
     "Un glissement de terrain a enseveli 2 km de route samedi près de Valdrome. " + SITTING_FR),
])
def test_stays_apart(label: str, english: str, french: str) -> None:
    found = _rows(_article("en", "en", english, FRIDAY), _article("fr", "fr", french, MONDAY))
    assert all(len(row) == 1 for row in found if not SLIDE & set(row)), (label, found)
