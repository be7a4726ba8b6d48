"""The store: a corpus's events, mentions and articles as Parquet snapshots, read with DuckDB.

The room, one module per concern (docs/ARCHITECTURE.md):

    schema.py    file names, the Arrow schemas, records <-> Arrow <-> pandas
    files.py     where a store is, its snapshots and CURRENT, atomic writes, the lock, reading tables
    index.py     the filter index a DuckDB source scans
    source.py    StoreSource (query.EventSource in SQL), open_store, stats_text
    query.py     Filters, Facets, Summary, EventSource and the in-memory source (MemorySource)
    frames.py    cells and frames in their plain Python form (dates, lists, roles), events files
    build.py     a corpus build and its phases: triage, extract, merge, commit
    triage.py    walking and hashing the files, deciding what to extract again
    batch.py     the per-batch work of a worker (read files, extract articles)
    pool.py      the engines that run batches: this process, a process pool, dask
    remerge.py   merging the corpus's mentions, in full or only the groups that changed

This module re-exports what callers use (``open_store``, ``read_events``, ...), so that
``from timeline import store`` keeps one front door.
"""

from __future__ import annotations

from timeline.store.files import (
    DEFAULT_STORE,
    KEEP_SNAPSHOTS,
    commit_snapshot,
    current_snapshot,
    locked,
    read_articles,
    read_events,
    read_manifest,
    read_mentions,
    read_table,
    require_snapshot,
    stall_forever,
    store_path,
    write_table,
    write_tables,
)
from timeline.store.schema import (
    ARTICLE_COLUMNS,
    ARTICLE_SCHEMA,
    ARTICLES_FILE,
    EVENT_SCHEMA,
    EVENTS_FILE,
    MANIFEST_FILE,
    MENTION_SCHEMA,
    MENTIONS_FILE,
    REBUILD_FIX,
    STORE_FORMAT,
    events_table,
    mentions_from_table,
    mentions_table,
)
from timeline.store.source import StoreSource, open_store, stats_text

__all__ = [
    "ARTICLES_FILE",
    "ARTICLE_COLUMNS",
    "ARTICLE_SCHEMA",
    "DEFAULT_STORE",
    "EVENTS_FILE",
    "EVENT_SCHEMA",
    "KEEP_SNAPSHOTS",
    "MANIFEST_FILE",
    "MENTIONS_FILE",
    "MENTION_SCHEMA",
    "REBUILD_FIX",
    "STORE_FORMAT",
    "StoreSource",
    "commit_snapshot",
    "current_snapshot",
    "events_table",
    "locked",
    "mentions_from_table",
    "mentions_table",
    "open_store",
    "read_articles",
    "read_events",
    "read_manifest",
    "read_mentions",
    "read_table",
    "require_snapshot",
    "stall_forever",
    "stats_text",
    "store_path",
    "write_table",
    "write_tables",
]
