"""What the event and actor tables of rounds eight to ten share: one article of one story, its merged events, the
actors of the one event of 2 March 2025 in an article written to a file."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from timeline.extraction.pipeline import extract, extract_article, merge_tellings
from timeline.models import Article, Story
from timeline.settings import Options

NO_NER = Options(use_ner=False)
MARCH_2 = dt.date(2025, 3, 2)


def one_story(text: str, lang: str, reference: dt.date, headline: str | None = None) -> Article:
    """``text`` as one article of one story, its headline (if any) on the first line."""
    full = f"{headline}\n\n{text}" if headline else text
    return Article(id="t", text=full, source="t.txt", lang=lang, reference_date=reference,
                   stories=(Story(0, 0, len(full), headline=headline),))


def story_rows(lang: str, text: str, reference: dt.date) -> list[tuple[dt.date, str]]:
    """The pipeline's events of ``text`` as one story, rule layer only: (date, type), in the pipeline's order."""
    return [(e.date, e.event_type) for e in extract([one_story(text, lang, reference)], NO_NER).events]


def merged_events(text: str, lang: str, reference: dt.date, headline: str | None = None) -> list[tuple[dt.date, str]]:
    """The merged events of that article, rule layer only: (date, type), sorted."""
    mentions = extract_article(one_story(text, lang, reference, headline), NO_NER)
    return sorted((e.date, e.event_type) for e in merge_tellings(mentions).events)


THURSDAY = dt.date(2024, 3, 14)


def thursday_rows(lang: str, text: str) -> frozenset[tuple[str, str]]:
    """The merged events of ``text``, one story of an article of Thursday 14 March 2024, rule layer only, as
    (ISO date, type): the tables of round twelve (verb shapes, frames, fronted dates)."""
    options = Options(use_ner=False, reference_date=THURSDAY)
    events = merge_tellings(extract_article(one_story(text, lang, THURSDAY), options)).events
    return frozenset((e.date.isoformat(), e.event_type) for e in events)


def thursday_protest_actors(lang: str, text: str) -> list[tuple[str, ...]]:
    """The actors of each protest row of ``text``, one story of an article of Thursday 14 March 2024, rule layer
    only (the protest group tables of rounds sixteen and thirty-four)."""
    options = Options(use_ner=False, reference_date=THURSDAY)
    events = merge_tellings(extract_article(one_story(text, lang, THURSDAY), options)).events
    return [e.actors for e in events if e.event_type == "protest"]


def event_actors(tmp_path: Path, lang: str, text: str, use_ner: bool) -> tuple[str, ...]:
    """The actors of the one event dated 2 March 2025 of ``text``, an article of 3 March written to a JSON file."""
    path = tmp_path / "article.json"
    path.write_text(json.dumps({"title": "", "text": text, "lang": lang, "published": "2025-03-03"}),
                    encoding="utf-8")
    options = Options(reference_date=dt.date(2025, 3, 3), use_ner=use_ner)
    events = [e for e in extract([path], options).events if e.date == MARCH_2]
    assert len(events) == 1, [(e.date, e.event_type, e.title, e.actors) for e in events]
    return events[0].actors
