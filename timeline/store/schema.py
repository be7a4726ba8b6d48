"""The store's tables: file names, the Arrow schemas, and records <-> Arrow <-> pandas.

Schemas are declared once here (``ARTICLE_SCHEMA``, ``MENTION_SCHEMA``, ``EVENT_SCHEMA``): list
columns cannot be inferred from empty batches.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import fields
from typing import Any

import pandas as pd
import pyarrow as pa

from timeline.models import EVENT_COLUMNS, MENTION_COLUMNS, Event, Mention
from timeline.store import query

ARTICLES_FILE = "articles.parquet"
MENTIONS_FILE = "mentions.parquet"
EVENTS_FILE = "events.parquet"
MANIFEST_FILE = "manifest.json"
STORE_FORMAT = 1
"""Bumped when the layout or a schema changes incompatibly."""

REBUILD_FIX = "delete the store folder (or run build with --rebuild) and build again"

_LIST = pa.list_(pa.string())
_ROLES = pa.list_(pa.struct([("name", pa.string()), ("role", pa.string())]))

ARTICLE_SCHEMA = pa.schema([
    pa.field("article_id", pa.string()),
    pa.field("path", pa.string()),
    pa.field("source", pa.string()),
    pa.field("file_id", pa.string()),
    pa.field("ordinal", pa.int32()),
    pa.field("file_hash", pa.string()),
    pa.field("content_hash", pa.string()),
    pa.field("reference_date", pa.date32()),
    pa.field("reference_source", pa.string()),
    pa.field("lang", pa.string()),
    pa.field("title", pa.string()),
    pa.field("url", pa.string()),
    pa.field("parser_version", pa.string()),
    pa.field("config", pa.string()),
    pa.field("status", pa.string()),
    pa.field("error", pa.string()),
    pa.field("n_mentions", pa.int32()),
])
"""One row per article read (status 'ok') or file/record that failed (status 'failed', error says why).

``path`` is the absolute path of the file (identity for incremental builds), ``source`` the path
as given, ``file_id`` the id ingest gives the file (its JSON records are ``file_id#n``),
``ordinal`` the record's position in its file, ``file_hash`` the sha256 of the whole file,
``config`` a fingerprint of the Options that change extraction."""

ARTICLE_COLUMNS: tuple[str, ...] = tuple(ARTICLE_SCHEMA.names)

_MENTION_TYPES: dict[str, pa.DataType] = {
    "event_id": pa.string(),
    "mention_id": pa.string(),
    "article_id": pa.string(),
    "sentence": pa.string(),
    "sentence_start": pa.int64(),
    "date_text": pa.string(),
    "date_start": pa.int64(),
    "date_end": pa.int64(),
    "date": pa.date32(),
    "end_date": pa.date32(),
    "precision": pa.string(),
    "time": pa.string(),
    "open_end": pa.string(),
    "resolution": pa.string(),
    "event_type": pa.string(),
    "trigger": pa.string(),
    "title": pa.string(),
    "status": pa.string(),
    "actors": _LIST,
    "locations": _LIST,
    "url": pa.string(),
    "lang": pa.string(),
    "story_index": pa.int32(),
    "confidence": pa.float64(),
    # Beyond MENTION_COLUMNS: what rebuilding the Mention objects (re-merging) needs.
    "date_source": pa.string(),
    "roles": _ROLES,
    "path": pa.string(),
    "ordinal": pa.int32(),
    "seq": pa.int32(),
}
MENTION_SCHEMA = pa.schema([(name, _MENTION_TYPES[name]) for name in (*MENTION_COLUMNS, "date_source", "roles",
                                                                         "path", "ordinal", "seq")])
"""MENTION_COLUMNS, then date_source and roles (to rebuild Mention objects for re-merging) and
path, ordinal, seq (the corpus order, so that merging does not depend on which batch ran first)."""

_EVENT_TYPES: dict[str, pa.DataType] = {
    "event_id": pa.string(),
    "date": pa.date32(),
    "end_date": pa.date32(),
    "precision": pa.string(),
    "time": pa.string(),
    "open_end": pa.string(),
    "date_text": pa.string(),
    "date_source": pa.string(),
    "status": pa.string(),
    "event_type": pa.string(),
    "title": pa.string(),
    "actors": _LIST,
    "roles": pa.map_(pa.string(), pa.string()),
    "locations": _LIST,
    "sources": _LIST,
    "urls": _LIST,
    "evidence": _LIST,
    "n_sources": pa.int32(),
    "confidence": pa.float64(),
    "lang": pa.string(),
}
EVENT_SCHEMA = pa.schema([*[(name, _EVENT_TYPES[name]) for name in EVENT_COLUMNS],
                          ("span_end", pa.date32()), ("search_text", pa.string())])
"""EVENT_COLUMNS, then two columns computed once at write time with query.py's own functions, so
that SQL filters give exactly MemorySource's answers: ``span_end`` (query.span_end: the last day
the event covers, what Filters.start is compared with) and ``search_text`` (query.search_text:
folded title and evidence, what Filters.text searches)."""

ADDED_COLUMNS: dict[str, pa.DataType] = {"time": pa.string(), "open_end": pa.string()}
"""Nullable columns added after STORE_FORMAT 1 was first written: a snapshot written before lacks them
and is read as if they held nulls (files.read_table, StoreSource), so an old store still opens."""

EVENT_LIST_COLUMNS = ("actors", "locations", "sources", "urls", "evidence")
MENTION_LIST_COLUMNS = ("actors", "locations")


# --------------------------------------------------------------------------- records <-> Arrow


def mentions_table(rows: Iterable[tuple[Mention, str, int, int]]) -> pa.Table:
    """(mention, path, ordinal, seq) rows as a table with MENTION_SCHEMA."""
    columns: dict[str, list[Any]] = {name: [] for name in MENTION_SCHEMA.names}
    for mention, path, ordinal, seq in rows:
        for name in MENTION_COLUMNS:
            value = getattr(mention, name)
            columns[name].append(list(value) if name in MENTION_LIST_COLUMNS else value)
        columns["date_source"].append(mention.date_source)
        columns["roles"].append([{"name": n, "role": r} for n, r in mention.roles])
        columns["path"].append(path)
        columns["ordinal"].append(ordinal)
        columns["seq"].append(seq)
    return pa.table(columns, schema=MENTION_SCHEMA)


_MENTION_FIELDS = tuple(f.name for f in fields(Mention))


def mentions_from_table(table: pa.Table) -> list[Mention]:
    """The Mention objects of a MENTION_SCHEMA table (event_id kept as stored)."""
    columns = {name: table.column(name).to_pylist() for name in _MENTION_FIELDS}
    columns["actors"] = [tuple(v or ()) for v in columns["actors"]]
    columns["locations"] = [tuple(v or ()) for v in columns["locations"]]
    columns["roles"] = [tuple((r["name"], r["role"]) for r in v or ()) for v in columns["roles"]]
    names = list(columns)
    return [Mention(**dict(zip(names, values, strict=True))) for values in zip(*columns.values(), strict=True)]


def events_table(events: Iterable[Event]) -> pa.Table:
    """Event rows as a table with EVENT_SCHEMA, sorted by date then event_id."""
    ordered = sorted(events, key=lambda e: (e.date, e.event_id))
    columns: dict[str, list[Any]] = {name: [] for name in EVENT_SCHEMA.names}
    for event in ordered:
        for name in EVENT_COLUMNS:
            value = getattr(event, name)
            if name in EVENT_LIST_COLUMNS:
                value = list(value)
            elif name == "roles":
                value = list(value.items())
            columns[name].append(value)
        columns["span_end"].append(query.span_end(event.date, event.end_date, event.precision))
        columns["search_text"].append(query.search_text(event.title, event.evidence, event.actors, event.locations))
    return pa.table(columns, schema=EVENT_SCHEMA)


# --------------------------------------------------------------------------- Arrow -> pandas


def to_frame(table: pa.Table, list_columns: Sequence[str]) -> pd.DataFrame:
    """Arrow -> pandas as query.normalize_events makes it: Python dates, lists, roles as dicts."""
    frame = table.to_pandas(date_as_object=True)
    for name in list_columns:
        if name in frame.columns:
            frame[name] = pd.Series([list(v) if v is not None else [] for v in frame[name]], dtype=object)
    if "roles" in frame.columns:
        frame["roles"] = pd.Series([_roles_dict(v) for v in frame["roles"]], dtype=object)
    for name in ADDED_COLUMNS:  # nullable text: None when missing (never NaN)
        if name in frame.columns:
            frame[name] = pd.Series([v if isinstance(v, str) else None for v in frame[name]], dtype=object)
    for name in ("date", "end_date", "reference_date"):
        if name in frame.columns:
            frame[name] = pd.Series([None if v is None or v is pd.NaT else v for v in frame[name]], dtype=object)
    return frame


def _roles_dict(value: Any) -> dict[str, str]:
    if value is None:
        return {}
    if isinstance(value, dict):
        return dict(value)
    out = {}
    for item in value:
        if isinstance(item, dict):
            out[item.get("name") or item.get("key")] = item.get("role") or item.get("value")
        else:
            out[item[0]] = item[1]
    return out
