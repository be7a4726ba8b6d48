"""The whole extraction, glued: files -> articles -> dates -> event mentions -> merged events.

    1. ingest.iter_articles    files and folders -> Article (or Problem), streamed
    2. dates.find_dates        Article text -> DateMention, resolved against the reference date
    3. events.detect           Article + dates -> Mention (one telling of one event, with actors)
    4. merge.merge             all mentions of the corpus -> Event rows (+ mentions with event ids)
    5. events.to_frame         Event rows -> the events DataFrame (EVENT_COLUMNS)

Steps 2-3 are per article (``extract_article``) so that a store can run them in parallel
and cache them; step 4 always runs over the whole corpus.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from timeline.extraction import dates, events, ingest, merge
from timeline.extraction.ingest.links import ascii_digits
from timeline.models import Article, DateMention, Event, Mention, Problem
from timeline.settings import Options

Input = str | os.PathLike[str] | Article


@dataclass
class Extraction:
    """What one extraction run produced."""

    events: list[Event] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    """Every telling, with the ``event_id`` of the row it merged into."""
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def events_frame(self) -> pd.DataFrame:
        return events.to_frame(self.events)

    def mentions_frame(self) -> pd.DataFrame:
        return events.mentions_frame(self.mentions)


def article_dates(article: Article, options: Options) -> list[DateMention]:
    """Every temporal expression of one article, resolved against its reference date.

    Digits of other scripts (fullwidth ２０２５, Arabic-Indic ٢٠٢٥) are read as ASCII digits, one
    character for one, so every offset still indexes ``article.text``.
    """
    text = ascii_digits(article.text)
    found = dates.find_dates(
        text,
        reference=article.reference_date,
        lang=article.lang,
        options=options,
        stories=article.stories,
        reference_guessed=article.reference_source == "text",
    )
    if text is article.text:
        return found
    return [replace(m, text=article.text[m.start : m.end]) for m in found]  # the words as written


def extract_article(article: Article, options: Options) -> list[Mention]:
    """Steps 2-3 for one article: its event mentions, not yet merged."""
    return events.detect(article, article_dates(article, options), options)


def read_inputs(inputs: Iterable[Input], options: Options) -> tuple[list[Article], list[Problem]]:
    """Articles given as such, plus those read from files and folders (with their problems)."""
    articles: list[Article] = []
    paths: list[Path] = []
    for item in inputs:
        if isinstance(item, Article):
            articles.append(item)
        else:
            paths.append(Path(item))
    problems: list[Problem] = []
    for item in ingest.iter_articles(paths, options):
        (problems if isinstance(item, Problem) else articles).append(item)
    return articles, problems


def extract(inputs: Input | Iterable[Input], options: Options | None = None) -> Extraction:
    """Run the whole pipeline over files, folders or Article objects."""
    options = options or Options()
    if isinstance(inputs, (str, os.PathLike, Article)):
        inputs = [inputs]
    articles, problems = read_inputs(inputs, options)
    mentions = [m for article in articles for m in extract_article(article, options)]
    merged_events, merged_mentions = merge.merge(mentions)
    return Extraction(merged_events, merged_mentions, articles, problems)


def merge_tellings(mentions: Iterable[Mention]) -> Extraction:
    """Step 4 alone: tellings already extracted (from several runs) merged as one corpus."""
    merged_events, merged_mentions = merge.merge(list(mentions))
    return Extraction(merged_events, merged_mentions)


def extract_events(inputs: Input | Iterable[Input], options: Options | None = None) -> pd.DataFrame:
    """The events table (one row per event, EVENT_COLUMNS) for files, folders or articles.

    >>> extract_events("seeds/")[["date", "event_type", "title"]]  # doctest: +SKIP
    """
    return extract(inputs, options).events_frame()
