"""The events and mentions tables (DataFrames) built from records."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from timeline.models import EVENT_COLUMNS, MENTION_COLUMNS, Event, Mention

# --------------------------------------------------------------------------- frames


def to_frame(events: Sequence[Event]) -> pd.DataFrame:
    """The events table: one row per event, columns EVENT_COLUMNS in order.

    Dates are ``datetime.date`` objects (``end_date`` None for a single day), list columns hold
    Python lists and ``roles`` a dict.
    """
    rows = []
    for event in events:
        rows.append({
            "event_id": event.event_id,
            "date": event.date,
            "end_date": event.end_date,
            "precision": event.precision,
            "time": event.time,
            "open_end": event.open_end,
            "date_text": event.date_text,
            "date_source": event.date_source,
            "status": event.status,
            "event_type": event.event_type,
            "title": event.title,
            "actors": list(event.actors),
            "roles": dict(event.roles),
            "locations": list(event.locations),
            "sources": list(event.sources),
            "urls": list(event.urls),
            "evidence": list(event.evidence),
            "n_sources": int(event.n_sources),
            "confidence": float(event.confidence),
            "lang": event.lang,
        })
    frame = pd.DataFrame(rows, columns=list(EVENT_COLUMNS))
    for column in ("date", "end_date", "actors", "roles", "locations", "sources", "urls", "evidence"):
        frame[column] = pd.Series([row[column] for row in rows], dtype=object, index=frame.index)
    if not rows:
        frame = frame.astype({"n_sources": "int64", "confidence": "float64"})
    return frame


def mentions_frame(mentions: Sequence[Mention]) -> pd.DataFrame:
    """The mentions table: one row per telling, columns MENTION_COLUMNS in order."""
    rows = []
    for mention in mentions:
        row = {column: getattr(mention, column) for column in MENTION_COLUMNS}
        row["actors"] = list(mention.actors)
        row["locations"] = list(mention.locations)
        rows.append(row)
    frame = pd.DataFrame(rows, columns=list(MENTION_COLUMNS))
    for column in ("date", "end_date", "actors", "locations"):
        frame[column] = pd.Series([row[column] for row in rows], dtype=object, index=frame.index)
    return frame
