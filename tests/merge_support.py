"""Short articles merged for real: the rows a corpus of one-telling articles comes out as (merge tests' helper)."""

from __future__ import annotations

import datetime as dt

from timeline.extraction import merge as merging
from timeline.extraction.pipeline import extract_article
from timeline.models import Article, Story
from timeline.settings import Options

NO_NER = Options(use_ner=False)
MONDAY = dt.date(2026, 3, 2)


def article(article_id: str, lang: str, text: str) -> Article:
    """One article of one story, dated Monday 2 March 2026."""
    return Article(id=article_id, text=text, source=f"{article_id}.txt", lang=lang, reference_date=MONDAY,
                   stories=(Story(0, 0, len(text)),))


def rows(*articles: Article) -> list[list[str]]:
    """The (article, trigger) tellings of each merged row, for a corpus of articles each giving a telling."""
    mentions = [m for a in articles for m in extract_article(a, NO_NER)]
    assert {m.article_id for m in mentions} == {a.id for a in articles}, [(m.article_id, m.trigger) for m in mentions]
    _, tellings = merging.merge(mentions)
    by_event: dict[str, list[str]] = {}
    for mention in tellings:
        by_event.setdefault(mention.event_id, []).append(f"{mention.article_id}:{mention.trigger.lower()}")
    return sorted(sorted(found) for found in by_event.values())
