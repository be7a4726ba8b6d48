"""What the event tables of rounds eight and nine share: one article of one story, its merged events."""

from __future__ import annotations

import datetime as dt

from timeline.extraction.pipeline import extract_article, merge_tellings
from timeline.models import Article, Story
from timeline.settings import Options

NO_NER = Options(use_ner=False)


def one_story(text: str, lang: str, reference: dt.date, headline: str | None = None) -> Article:
    """``text`` as one article of one story, its headline (if any) on the first line."""
    full = f"{headline}\n\n{text}" if headline else text
    return Article(id="t", text=full, source="t.txt", lang=lang, reference_date=reference,
                   stories=(Story(0, 0, len(full), headline=headline),))


def merged_events(text: str, lang: str, reference: dt.date, headline: str | None = None) -> list[tuple[dt.date, str]]:
    """The merged events of that article, rule layer only: (date, type), sorted."""
    mentions = extract_article(one_story(text, lang, reference, headline), NO_NER)
    return sorted((e.date, e.event_type) for e in merge_tellings(mentions).events)
