"""Step 1 of event detection: an article laid out as a ``Page``: its sentences (noise left out), the story of each,
and each story's headline and lead sentence.

Split from events/__init__.py (module size).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from timeline.extraction.events.spans import _in_spans, _reference, _stories, _story_at
from timeline.extraction.events.story_day import head_days
from timeline.extraction.events.vocabulary import Rules, rules_for
from timeline.extraction.sentences import Span, fold_keep, split_sentences
from timeline.models import Article, DateMention, NoiseSpan, Story
from timeline.settings import Options

__all__ = ["Page", "layout"]


@dataclass
class Page:
    """One article laid out for detection: its sentences (noise left out), stories, headlines and leads."""

    article: Article
    rules: Rules
    folded: str
    noise: list[tuple[int, int]]
    stories: tuple[Story, ...]
    sentences: list[Span]
    sentence_story: list[int]
    headlines: dict[int, int]
    leads: dict[int, int]
    reference: Any

    @functools.cached_property
    def lead_set(self) -> frozenset[int]:
        """The lead sentences of the stories that have a headline (a text without one has no lead to tell apart)."""
        return frozenset(i for story, i in self.leads.items() if story in self.headlines)

    @property
    def text(self) -> str:
        return self.article.text


def layout(article: Article, options: Options, dates: Sequence[DateMention] = ()) -> Page | None:
    """Step 1: sentences outside noise, the story of each, and each story's headline and lead sentence."""
    text = article.text
    rules = rules_for(article.lang)
    folded = fold_keep(text)
    noise = sorted((n.start, n.end) for n in article.noise if isinstance(n, NoiseSpan))
    stories = _stories(article)
    story_starts = [s.start for s in stories]
    sentences = head_days(text, [s for s in split_sentences(text, lang=rules.lang)
                                 if not _in_spans(s.start, s.end, noise)], dates)  # "Mardi. Le conseil a ...": one
    if not sentences:
        return None
    sentence_story = [_story_at(stories, story_starts, s.start).index for s in sentences]
    headlines: dict[int, int] = {}
    leads: dict[int, int] = {}
    for i, sentence in enumerate(sentences):
        story = _story_at(stories, story_starts, sentence.start)
        if story.headline and story.index not in headlines and fold_keep(story.headline.strip())[:30] == \
                folded[sentence.start : sentence.start + min(30, len(story.headline.strip()))]:
            headlines[story.index] = i
        elif story.index not in leads and sentence.start >= story.start:  # not an outlet line above it
            leads[story.index] = i
    return Page(article, rules, folded, noise, stories, sentences, sentence_story, headlines, leads,
                 _reference(article, options))
