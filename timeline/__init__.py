"""News articles in, a timeline of dated events out.

    >>> import timeline
    >>> frame = timeline.extract_events("seeds/")          # doctest: +SKIP
    >>> frame[["date", "event_type", "title"]].head()      # doctest: +SKIP

Everything listed in ``__all__`` is the public API; other modules may change freely.
Heavy modules (pandas, spaCy) load on first use, so ``import timeline`` stays fast.
"""

from __future__ import annotations

import importlib
from typing import Any

from timeline.errors import BadArticle, ModelMissing, StoreError, StoreLocked, TimelineError, UnknownFormat
from timeline.models import (
    EVENT_COLUMNS,
    EVENT_TYPES,
    MENTION_COLUMNS,
    Actor,
    Article,
    DateMention,
    Event,
    Mention,
    Problem,
    Story,
)
from timeline.settings import Options

__version__ = "0.1.0"

_LAZY = {
    "extract_events": "timeline.extraction.pipeline",
    "extract": "timeline.extraction.pipeline",
    "Extraction": "timeline.extraction.pipeline",
    "load_articles": "timeline.extraction.ingest",
    "iter_articles": "timeline.extraction.ingest",
    "find_dates": "timeline.extraction.dates",
    "article_dates": "timeline.extraction.pipeline",
    "merge_tellings": "timeline.extraction.pipeline",
    "read_bytes": "timeline.extraction.ingest",
    "Filters": "timeline.store.query",
    "build_store": "timeline.store.build",
    "open_store": "timeline.store",
    "read_events": "timeline.store",
    "filter_events": "timeline.store.query",
}

__all__ = [
    "EVENT_COLUMNS",
    "EVENT_TYPES",
    "MENTION_COLUMNS",
    "Actor",
    "Article",
    "BadArticle",
    "DateMention",
    "Event",
    "Extraction",
    "Filters",
    "Mention",
    "ModelMissing",
    "Options",
    "Problem",
    "StoreError",
    "StoreLocked",
    "Story",
    "TimelineError",
    "UnknownFormat",
    "article_dates",
    "build_store",
    "extract",
    "extract_events",
    "filter_events",
    "find_dates",
    "iter_articles",
    "load_articles",
    "merge_tellings",
    "open_store",
    "read_bytes",
    "read_events",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'timeline' has no attribute {name!r}")
