"""The store: a corpus's events, mentions and articles as Parquet files, read with DuckDB.

Layout of a store folder (``./store`` inside the project by default)::

    LOCK                      flock'ed by the build that writes the store (one at a time)
    CURRENT                   the name of the snapshot readers use, replaced atomically (os.replace)
    snapshots/000007/         one complete, immutable version of the store
        articles.parquet      one row per article (or failed file): id, path, hashes, status, error
        mentions.parquet      one row per telling of an event, with its event_id (+ what re-merging needs)
        events.parquet        the merged events (EVENT_COLUMNS + span_end, search_text), sorted by date
        manifest.json         counts, parser version, what the snapshot was built from
    parts/                    per-batch results of a build not yet committed (a killed build resumes from them)

Readers resolve CURRENT once and only ever read a complete snapshot, so a build killed at any
moment leaves the previous version readable. Schemas are declared once here (``ARTICLE_SCHEMA``,
``MENTION_SCHEMA``, ``EVENT_SCHEMA``): list columns cannot be inferred from empty batches.

``open_store(path)`` answers the dashboard's queries (query.EventSource) in SQL over the
Parquet files, loading only what the current view needs.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import logging
import os
import shutil
import threading
import time
import weakref
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import fields
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from timeline.store import query
from timeline.errors import StoreError, StoreLocked
from timeline.models import EVENT_COLUMNS, EVENT_TYPES, MENTION_COLUMNS, Event, Mention
from timeline.store.query import Facets, Filters

log = logging.getLogger(__name__)

#: The store used when none is given: ./store inside the project (gitignored).
DEFAULT_STORE = Path(__file__).resolve().parent.parent / "store"

#: Snapshots kept after a commit: the current one and the one before it (a reader that
#: resolved CURRENT just before the switch can finish reading).
KEEP_SNAPSHOTS = 2

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

_EVENT_LIST_COLUMNS = ("actors", "locations", "sources", "urls", "evidence")
_MENTION_LIST_COLUMNS = ("actors", "locations")


# --------------------------------------------------------------------------- paths and snapshots


def store_path(store: str | os.PathLike[str] | None) -> Path:
    """The store folder: the one given, else ./store inside the project."""
    return Path(store) if store is not None else DEFAULT_STORE


def current_snapshot(store: str | os.PathLike[str] | None) -> Path | None:
    """The folder of the store's current snapshot, or None for a store never built."""
    root = store_path(store)
    pointer = root / "CURRENT"
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreError(f"cannot read {pointer}: {exc}. Fix: {REBUILD_FIX}") from exc
    snapshot = root / "snapshots" / name
    if not name or "/" in name or not snapshot.is_dir():
        raise StoreError(f"{pointer} points to a missing snapshot {name!r}. Fix: {REBUILD_FIX}")
    return snapshot


def require_snapshot(store: str | os.PathLike[str] | None) -> Path:
    """The current snapshot, or a StoreError that says how to make one."""
    snapshot = current_snapshot(store)
    if snapshot is None:
        root = store_path(store)
        raise StoreError(f"no store at {root}. Fix: run `python -m timeline build PATH --store {root}` first")
    return snapshot


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_table(table: pa.Table, path: Path) -> None:
    """Write a Parquet file atomically: a temporary file, fsync'ed, then os.replace."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        pq.write_table(table, tmp, compression="zstd", row_group_size=128 * 1024)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def read_table(path: Path, schema: pa.Schema, columns: Sequence[str] | None = None) -> pa.Table:
    """Read one of the store's Parquet files, or raise a StoreError naming it and the fix."""
    try:
        table = pq.read_table(path, columns=list(columns) if columns is not None else None)
    except FileNotFoundError as exc:
        raise StoreError(f"{path} is missing. Fix: {REBUILD_FIX}") from exc
    except (OSError, pa.ArrowException) as exc:
        raise StoreError(f"{path} is corrupt or unreadable ({exc}). Fix: {REBUILD_FIX}") from exc
    wanted = schema if columns is None else pa.schema([schema.field(c) for c in columns])
    try:
        return table.select(wanted.names).cast(wanted)
    except (KeyError, pa.ArrowException) as exc:
        raise StoreError(f"{path} does not have the expected columns ({exc}). Fix: {REBUILD_FIX}") from exc


def write_tables(tables: Iterable[pa.Table], path: Path, schema: pa.Schema) -> int:
    """Stream tables (chunks of one table) into one Parquet file, atomically; returns the row count."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    rows = 0
    try:
        with pq.ParquetWriter(tmp, schema, compression="zstd") as writer:
            for table in tables:
                writer.write_table(table.cast(schema), row_group_size=128 * 1024)
                rows += table.num_rows
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return rows


def commit_snapshot(store: Path, articles: pa.Table, mentions: pa.Table, events: pa.Table | Iterable[pa.Table],
                    manifest: dict[str, Any]) -> Path:
    """Write a new snapshot, then switch CURRENT to it atomically; keep the last KEEP_SNAPSHOTS.

    ``events`` may be one table or an iterable of chunks (sorted by date across chunks), for
    stores too big to hold as one table.

    The caller holds the store's lock. A crash before the switch leaves the previous snapshot
    current (and a stray temporary folder the next commit removes).
    """
    snapshots = store / "snapshots"
    snapshots.mkdir(parents=True, exist_ok=True)
    try:
        current = current_snapshot(store)
    except StoreError:  # a damaged pointer: this commit replaces it
        current = None
    if current is not None:  # snapshots newer than CURRENT: a build killed before its switch
        for orphan in snapshots.iterdir():
            if orphan.name.isdigit() and int(orphan.name) > int(current.name):
                shutil.rmtree(orphan, ignore_errors=True)
    numbers = [int(p.name) for p in snapshots.iterdir() if p.name.isdigit()]
    name = f"{max(numbers, default=0) + 1:06d}"
    for stray in snapshots.glob(".tmp-*"):
        shutil.rmtree(stray, ignore_errors=True)
    tmp = snapshots / f".tmp-{name}"
    tmp.mkdir()
    write_table(articles, tmp / ARTICLES_FILE)
    write_table(mentions, tmp / MENTIONS_FILE)
    if isinstance(events, pa.Table):
        write_table(events, tmp / EVENTS_FILE)
    else:
        write_tables(events, tmp / EVENTS_FILE, EVENT_SCHEMA)
    (tmp / MANIFEST_FILE).write_text(json.dumps({"format": STORE_FORMAT, **manifest}, indent=2, default=str),
                                      encoding="utf-8")
    _fsync_dir(tmp)
    os.rename(tmp, snapshots / name)
    _fsync_dir(snapshots)
    _stall("current")
    pointer_tmp = store / f".CURRENT.{os.getpid()}.tmp"
    pointer_tmp.write_text(name + "\n", encoding="utf-8")
    with open(pointer_tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(pointer_tmp, store / "CURRENT")
    _fsync_dir(store)
    keep = sorted((p for p in snapshots.iterdir() if p.name.isdigit()), key=lambda p: int(p.name))
    for old in keep[:-KEEP_SNAPSHOTS]:
        shutil.rmtree(old, ignore_errors=True)
    log.info("store %s: snapshot %s is current", store, name)
    return snapshots / name


def _stall(point: str) -> None:
    """Test hook: TIMELINE_BUILD_STALL=<point> makes a build stop here (to be killed by a test)."""
    if os.environ.get("TIMELINE_BUILD_STALL", "") == point:
        stall_forever(point)


def stall_forever(point: str) -> None:
    """Announce the stall on stderr (the test waits for it), then sleep until killed."""
    os.write(2, f"TIMELINE_BUILD_STALLED {point}\n".encode())
    while True:
        time.sleep(60)


# --------------------------------------------------------------------------- the lock


@contextlib.contextmanager
def locked(store: Path, wait: float = 0.0) -> Iterator[None]:
    """Hold the store's OS lock (fcntl.flock on store/LOCK) for the duration of a build.

    Raises StoreLocked when another process holds it for more than ``wait`` seconds. The lock
    dies with its process, so a killed build never leaves the store locked.
    """
    store.mkdir(parents=True, exist_ok=True)
    fd = os.open(store / "LOCK", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                    raise StoreError(f"cannot lock {store / 'LOCK'}: {exc}") from exc
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip() or "?"
                    raise StoreLocked(
                        f"another build (pid {holder}) is writing the store {store}. "
                        "Fix: wait for it to finish, or use another --store"
                    ) from None
                time.sleep(0.1)
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)  # releases the lock


# --------------------------------------------------------------------------- records <-> Arrow


def mentions_table(rows: Iterable[tuple[Mention, str, int, int]]) -> pa.Table:
    """(mention, path, ordinal, seq) rows as a table with MENTION_SCHEMA."""
    columns: dict[str, list[Any]] = {name: [] for name in MENTION_SCHEMA.names}
    for mention, path, ordinal, seq in rows:
        for name in MENTION_COLUMNS:
            value = getattr(mention, name)
            columns[name].append(list(value) if name in _MENTION_LIST_COLUMNS else value)
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
            if name in _EVENT_LIST_COLUMNS:
                value = list(value)
            elif name == "roles":
                value = list(value.items())
            columns[name].append(value)
        columns["span_end"].append(query.span_end(event.date, event.end_date, event.precision))
        columns["search_text"].append(query.search_text(event.title, event.evidence))
    return pa.table(columns, schema=EVENT_SCHEMA)


# --------------------------------------------------------------------------- reading


def _frame(table: pa.Table, list_columns: Sequence[str]) -> pd.DataFrame:
    """Arrow -> pandas as query.normalize_events makes it: Python dates, lists, roles as dicts."""
    frame = table.to_pandas(date_as_object=True)
    for name in list_columns:
        if name in frame.columns:
            frame[name] = pd.Series([list(v) if v is not None else [] for v in frame[name]], dtype=object)
    if "roles" in frame.columns:
        frame["roles"] = pd.Series([_roles_dict(v) for v in frame["roles"]], dtype=object)
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


def read_events(store: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """The store's events table (EVENT_COLUMNS), sorted by date then event_id."""
    snapshot = require_snapshot(store)
    table = read_table(snapshot / EVENTS_FILE, EVENT_SCHEMA, EVENT_COLUMNS)
    return _frame(table, _EVENT_LIST_COLUMNS)


def read_mentions(store: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """The store's mentions table (MENTION_COLUMNS)."""
    snapshot = require_snapshot(store)
    table = read_table(snapshot / MENTIONS_FILE, MENTION_SCHEMA, MENTION_COLUMNS)
    return _frame(table, _MENTION_LIST_COLUMNS)


def read_articles(store: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """The store's articles table (ARTICLE_COLUMNS): one row per article or failed file."""
    snapshot = require_snapshot(store)
    return _frame(read_table(snapshot / ARTICLES_FILE, ARTICLE_SCHEMA), ())


def read_manifest(store: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    snapshot = require_snapshot(store)
    try:
        return json.loads((snapshot / MANIFEST_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreError(f"{snapshot / MANIFEST_FILE} is unreadable ({exc}). Fix: {REBUILD_FIX}") from exc


# --------------------------------------------------------------------------- DuckDB queries


def _sql_path(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


#: Results kept per source (a snapshot never changes, so an answer for the same Filters stays right):
#: a page rerun that does not change the filters (an event selected, another tab) asks nothing again.
RESULT_CACHE = 256
#: ... and at most this many rows of pages, histograms and rankings in all (a page row of the dashboard
#: is about 1 KB: some 50 MB), the oldest answers going first. A text search's matching rows (8 bytes
#: each) count a hundredth.
CACHE_ROWS = 50_000
#: Text searches whose matching rows are kept.
TEXT_CACHE = 16


def _weight(value: Any) -> int:
    """What an answer costs the cache (see CACHE_ROWS)."""
    if isinstance(value, pd.DataFrame):
        return len(value) + 1
    if isinstance(value, pa.Table):
        return value.num_rows // 100 + 1
    return 1

# The columns the filters test, read once from the events file when a source opens: actor, article
# and place names become integer codes numbered in name order (so ordering by code is ordering by
# name), type, status and precision stay dictionary-encoded, `r` is the row's number in the file and
# `o` its rank in (date, event_id) order, the order pages are given in. About 64 bytes an event.
_INDEX_COLUMNS = ("date", "span_end", "event_type", "status", "precision", "actors", "sources", "locations")
_CODED = {"actors": "actor_ids", "sources": "source_ids", "locations": "location_ids"}


def _coded(chunks: Sequence[pa.Array]) -> tuple[pa.ChunkedArray, list[str]]:
    """list<dictionary<string>> chunks -> list<int32> codes into the sorted names, and those names.

    A null list becomes an empty one; a name told twice in one cell counts once."""
    chunks = [chunk for chunk in chunks if len(chunk)]
    found = pc.drop_null(pc.unique(pa.concat_arrays([c.values.dictionary.cast(pa.string()) for c in chunks]
                                                   or [pa.array([], pa.string())])))
    value_set = found.take(pc.sort_indices(found))  # byte order of UTF-8 = code point order = Python's sorted
    names: list[str] = value_set.to_pylist()
    out = []
    for chunk in chunks:
        mapping = pc.index_in(chunk.values.dictionary, value_set=value_set).cast(pa.int32())
        offsets = np.asarray(chunk.offsets.to_numpy(), dtype=np.int64)
        indices = chunk.values.indices[offsets[0]:offsets[-1]]
        codes = np.asarray(mapping.take(indices).to_numpy(zero_copy_only=False), dtype=np.int64)
        offsets = offsets - offsets[0]
        rows = np.repeat(np.arange(len(chunk), dtype=np.int64), np.diff(offsets))
        keys = np.sort(rows * max(len(names), 1) + codes)  # nearly sorted already: rows ascend
        if len(keys) > 1 and bool((keys[1:] == keys[:-1]).any()):  # a name twice in a cell: keep one
            keys = np.unique(keys)
            rows, codes = keys // max(len(names), 1), keys % max(len(names), 1)
            offsets = np.concatenate([[0], np.cumsum(np.bincount(rows, minlength=len(chunk)))])
        out.append(pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), pa.array(codes, pa.int32())))
    return pa.chunked_array(out, pa.list_(pa.int32())), names


def _date_order(path: Path) -> pa.Array | None:
    """None when the file's rows are in (date, event_id) order (a build writes them so), else the order."""
    file = pq.ParquetFile(path)
    last: tuple[Any, Any] | None = None
    for group in range(file.num_row_groups):
        part = file.read_row_group(group, columns=["date", "event_id"])
        if part.num_rows == 0:
            continue
        dates, ids = part.column("date"), part.column("event_id")
        first = (dates[0].as_py(), ids[0].as_py())
        ordered = last is None or last <= first
        if ordered and part.num_rows > 1:
            d0, d1, i0, i1 = dates[:-1], dates[1:], ids[:-1], ids[1:]
            ok = pc.or_(pc.less(d0, d1), pc.and_(pc.equal(d0, d1), pc.less_equal(i0, i1)))
            ordered = bool(pc.all(ok).as_py())
        if not ordered:
            table = pq.read_table(path, columns=["date", "event_id"])
            return pc.sort_indices(table, sort_keys=[("date", "ascending"), ("event_id", "ascending")])
        last = (dates[-1].as_py(), ids[-1].as_py())
    return None


def load_index(path: Path) -> tuple[pa.Table, dict[str, list[str]]]:
    """The filter index of an events file (see _INDEX_COLUMNS) and the names behind its codes."""
    file = pq.ParquetFile(path, read_dictionary=["event_type", "status", "precision",
                                                 *(f"{c}.list.element" for c in _CODED)])
    groups = [file.read_row_group(i, columns=list(_INDEX_COLUMNS)) for i in range(file.num_row_groups)]
    raw = pa.concat_tables(groups) if groups else file.schema_arrow.empty_table().select(list(_INDEX_COLUMNS))
    n = raw.num_rows
    columns: dict[str, Any] = {
        "r": pa.array(np.arange(n, dtype=np.int64)),
        "date": raw.column("date"),
        "span_end": raw.column("span_end"),
        "event_type": raw.column("event_type"),
        "status": raw.column("status"),
        "coarse": pc.is_in(raw.column("precision").cast(pa.string()),
                           value_set=pa.array(query.COARSE_PRECISIONS, pa.string())),
    }
    names: dict[str, list[str]] = {}
    for column, coded in _CODED.items():
        columns[coded], names[column] = _coded(raw.column(column).chunks)
    table = pa.table(columns)
    order = _date_order(path) if n else None
    if order is not None:
        table = table.take(order)
    table = table.append_column("o", pa.array(np.arange(n, dtype=np.int64))).combine_chunks()
    pa.default_memory_pool().release_unused()
    return table, names


#: What a page of events carries when the caller asks for no particular columns.
_ALL = tuple(EVENT_COLUMNS)


class StoreSource:
    """query.EventSource over a store snapshot: every filter and aggregation runs in DuckDB.

    When the source opens, the columns the filters test (dates, type, status, precision, actors,
    articles, places) are read once from the snapshot's Parquet file into a compact Arrow table
    (``load_index``: names as integer codes, about 64 bytes an event, about a second for 10^6
    events) that DuckDB scans in place. Every filter, count, histogram and ranking is SQL over it
    (tens of milliseconds on 10^6 events). Text search scans ``search_text``, read from the Parquet
    file on the first search and kept in memory (the one text column a search must read in full).
    Titles, evidence and the other texts stay in the Parquet file and are read only for the rows a
    view shows (``events(..., columns=...)``) or the one event it details (``event``).

    The snapshot is fixed when the source is opened (a later build does not change what an open
    source answers), so answers are cached per Filters (RESULT_CACHE, CACHE_ROWS). Safe to share
    between threads: each query uses its own cursor.
    """

    def __init__(self, snapshot: Path, memory_limit: str = "1GB") -> None:
        import duckdb

        self.snapshot = snapshot
        for name in (EVENTS_FILE, MENTIONS_FILE):
            path = snapshot / name
            try:
                pq.read_metadata(path)
            except FileNotFoundError as exc:
                raise StoreError(f"{path} is missing. Fix: {REBUILD_FIX}") from exc
            except (OSError, pa.ArrowException) as exc:
                raise StoreError(f"{path} is corrupt or unreadable ({exc}). Fix: {REBUILD_FIX}") from exc
        self._events_path = _sql_path(snapshot / EVENTS_FILE)
        self._con = duckdb.connect(config={"memory_limit": memory_limit, "threads": 2})
        weakref.finalize(self, self._con.close)  # closed when collected, or at exit if still open
        self._lock = threading.Lock()
        self._cache: dict[tuple[Any, ...], Any] = {}
        self._cache_rows = 0
        self._facets: Facets | None = None
        self._search: pa.Table | None = None
        self._text_lock = threading.Lock()
        try:
            self._con.execute(f"CREATE VIEW events AS SELECT * FROM read_parquet({self._events_path}, "
                              "file_row_number = true)")
            self._con.execute(
                f"CREATE VIEW mentions AS SELECT * FROM read_parquet({_sql_path(snapshot / MENTIONS_FILE)})")
            self._index, names = load_index(snapshot / EVENTS_FILE)
        except (duckdb.Error, OSError, pa.ArrowException, KeyError) as exc:
            self._con.close()
            raise StoreError(f"{snapshot / EVENTS_FILE} cannot be read ({exc}). Fix: {REBUILD_FIX}") from exc
        self._actor_names, self._source_names, self._location_names = (
            names["actors"], names["sources"], names["locations"])
        self._codes = {column: {name: i for i, name in enumerate(names[column])} for column in _CODED}

    def close(self) -> None:
        self._con.close()

    def _query(self, sql: str, params: Sequence[Any] = (), tables: dict[str, pa.Table] | None = None) -> Any:
        """Run one query on its own cursor (``tables``: Arrow tables the query reads by name)."""
        import duckdb

        with self._lock:
            cursor = self._con.cursor()
        try:
            for name, table in {"idx": self._index, **(tables or {})}.items():
                cursor.register(name, table)
            return cursor.sql(sql, params=list(params)).to_arrow_table()
        except duckdb.Error as exc:
            raise StoreError(f"query on {self.snapshot} failed ({exc}). Fix: {REBUILD_FIX}") from exc
        finally:
            cursor.close()

    def _cached(self, key: tuple[Any, ...], compute: Any) -> Any:
        with self._lock:
            if key in self._cache:
                return self._cache[key]
        value = compute()
        self._keep(key, value)
        return value

    def _keep(self, key: tuple[Any, ...], value: Any) -> None:
        """Cache an answer, dropping the oldest ones beyond RESULT_CACHE answers or CACHE_ROWS rows."""
        weight = _weight(value)
        with self._lock:
            if key in self._cache:
                return
            self._cache[key] = value
            self._cache_rows += weight
            while len(self._cache) > 1 and (len(self._cache) > RESULT_CACHE or self._cache_rows > CACHE_ROWS):
                oldest = next(iter(self._cache))
                self._cache_rows -= _weight(self._cache.pop(oldest))

    def _texts(self) -> pa.Table:
        """(r, search_text) of every event, read from the Parquet file on the first text search and kept:
        DuckDB scans it in memory about 3x faster than in the file (10^6 events: 89 vs 272 ms)."""
        with self._text_lock:
            if self._search is None:
                column = pq.read_table(self.snapshot / EVENTS_FILE, columns=["search_text"]).column(0)
                self._search = pa.table({"r": pa.array(np.arange(len(column), dtype=np.int64)),
                                         "search_text": column})
            return self._search

    def _text_rows(self, needle: str) -> pa.Table:
        """File rows whose search text contains ``needle`` (cached for the last TEXT_CACHE searches)."""
        def scan() -> pa.Table:
            return self._query("SELECT r FROM texts WHERE contains(search_text, ?)", [needle],
                               {"texts": self._texts()})
        key = ("text", needle)
        with self._lock:
            found = self._cache.get(key)
            texts = [k for k in self._cache if k[0] == "text"]
            if found is None and len(texts) >= TEXT_CACHE:
                self._cache_rows -= _weight(self._cache.pop(texts[0]))
        if found is None:
            found = scan()
            self._keep(key, found)
        return found

    def _where(self, filters: Filters) -> tuple[str, list[Any], dict[str, pa.Table]]:
        """The WHERE clause over ``idx`` for the filters, its parameters and the tables it reads."""
        clauses: list[str] = []
        params: list[Any] = []
        tables: dict[str, pa.Table] = {}
        if filters.start is not None:
            clauses.append("span_end >= ?")
            params.append(filters.start)
        if filters.end is not None:
            clauses.append("date <= ?")
            params.append(filters.end)
        for column, values in (("event_type", filters.types), ("status", filters.statuses)):
            if values:
                clauses.append(f"list_contains(?::VARCHAR[], {column})")
                params.append(list(values))
        for column, values in (("actors", filters.actors), ("sources", filters.sources),
                               ("locations", filters.locations)):
            if values:
                codes = self._codes[column]
                wanted = sorted({codes[v] for v in values if v in codes})
                if not wanted:
                    clauses.append("false")
                else:  # an OR of list_contains is about 2x faster than list_has_any (DuckDB 2.0, 10^6 rows)
                    clauses.append("(" + " OR ".join([f"list_contains({_CODED[column]}, ?)"] * len(wanted)) + ")")
                    params.extend(wanted)
        needle = query.fold_query(filters.text)
        if needle:
            tables["text_hits"] = self._text_rows(needle)
            clauses.append("r IN (SELECT r FROM text_hits)")
        if not filters.include_coarse:
            clauses.append("NOT coarse")
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params, tables

    def facets(self) -> Facets:
        """What the filters can choose from (computed once: a snapshot never changes)."""
        if self._facets is None:
            self._facets = self._compute_facets()
        return self._facets

    def _compute_facets(self) -> Facets:
        summary = self._query("SELECT count(*) AS n, min(date) AS lo, max(span_end) AS hi FROM idx").to_pylist()[0]
        types = {r["event_type"] for r in self._query("SELECT DISTINCT event_type FROM idx").to_pylist()}
        ordered_types = tuple(t for t in EVENT_TYPES if t in types) + tuple(sorted(types - set(EVENT_TYPES)))
        actors = self._query("SELECT id, count(*) AS n FROM (SELECT unnest(actor_ids) AS id FROM idx) "
                             "GROUP BY id ORDER BY n DESC, id").to_pylist()
        return Facets(
            types=ordered_types,
            actors=tuple((self._actor_names[r["id"]], r["n"]) for r in actors),
            sources=tuple(self._source_names),
            locations=tuple(self._location_names),
            min_date=summary["lo"],
            max_date=summary["hi"],
            n_events=summary["n"],
        )

    def __len__(self) -> int:
        return self.facets().n_events

    def summary(self, filters: Filters) -> query.Summary:
        """The header's numbers for a view (what query.summarize asks a source for)."""
        return self._cached(("summary", filters), lambda: self._summary(filters))  # type: ignore[no-any-return]

    def _summary(self, filters: Filters) -> query.Summary:
        where, params, tables = self._where(filters)
        row = self._query(
            "SELECT count(*) AS n, min(date) AS first, max(span_end) AS last, "
            "(SELECT count(DISTINCT s) FROM (SELECT unnest(source_ids) AS s FROM idx" + where + ")) AS articles, "
            "(SELECT count(DISTINCT a) FROM (SELECT unnest(actor_ids) AS a FROM idx" + where + ")) AS actors "
            "FROM idx" + where, [*params, *params, *params], tables).to_pylist()[0]
        if not row["n"]:
            return query.Summary()
        return query.Summary(n_events=row["n"], n_articles=row["articles"], n_actors=row["actors"],
                             first=row["first"], last=row["last"])

    def count(self, filters: Filters) -> int:
        def compute() -> int:
            where, params, tables = self._where(filters)
            return int(self._query(f"SELECT count(*) AS n FROM idx{where}", params, tables).column("n")[0].as_py())
        return self._cached(("count", filters), compute)  # type: ignore[no-any-return]

    def events(self, filters: Filters, limit: int | None = None,
               columns: Sequence[str] | None = None) -> pd.DataFrame:
        """Matching events sorted by date then event_id; ``columns`` (default: all of EVENT_COLUMNS)
        names the ones to read, so a page that shows no evidence does not read it."""
        wanted = tuple(c for c in EVENT_COLUMNS if columns is None or c in columns or c == "event_id")
        frame = self._cached(("events", filters, limit, wanted), lambda: self._events(filters, limit, wanted))
        return frame.copy()  # type: ignore[no-any-return]

    def _events(self, filters: Filters, limit: int | None, columns: tuple[str, ...]) -> pd.DataFrame:
        where, params, tables = self._where(filters)
        schema = pa.schema([EVENT_SCHEMA.field(c) for c in columns])
        page = self._query(f"SELECT o, r FROM idx{where} ORDER BY o" + ("" if limit is None else " LIMIT ?"),
                           params if limit is None else [*params, int(limit)], tables)
        if page.num_rows == 0:
            return _frame(schema.empty_table(), _EVENT_LIST_COLUMNS)
        rows = page.column("r")
        # Read just those rows (the file_row_number range lets DuckDB skip the row groups outside it).
        table = self._query(
            f"SELECT {', '.join('p.' + c for c in columns)} FROM read_parquet({self._events_path}, "
            "file_row_number = true) p JOIN page ON p.file_row_number = page.r "
            "WHERE p.file_row_number BETWEEN ? AND ? ORDER BY page.o",
            [pc.min(rows).as_py(), pc.max(rows).as_py()], {"page": page})
        return _frame(table.cast(schema), _EVENT_LIST_COLUMNS)

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event's full row as a dict (None when the id is unknown)."""
        def compute() -> dict[str, Any] | None:
            table = self._query(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE event_id = ? LIMIT 1",
                                [event_id])
            frame = _frame(table.cast(pa.schema([EVENT_SCHEMA.field(c) for c in EVENT_COLUMNS])),
                           _EVENT_LIST_COLUMNS)
            return frame.iloc[0].to_dict() if len(frame) else None
        found = self._cached(("event", event_id), compute)
        return dict(found) if found is not None else None

    def mentions(self, event_ids: Sequence[str]) -> pd.DataFrame:
        schema = pa.schema([MENTION_SCHEMA.field(c) for c in MENTION_COLUMNS])
        if not event_ids:
            return _frame(schema.empty_table(), _MENTION_LIST_COLUMNS)
        table = self._query(
            f"SELECT {', '.join(MENTION_COLUMNS)} FROM mentions WHERE list_contains(?::VARCHAR[], event_id) "
            "ORDER BY event_id, path, ordinal, seq", [list(event_ids)])
        return _frame(table.cast(schema), _MENTION_LIST_COLUMNS)

    def histogram(self, filters: Filters, freq: str) -> pd.DataFrame:
        if freq not in ("day", "week", "month"):
            raise ValueError(f"freq must be 'day', 'week' or 'month', not {freq!r}")
        frame = self._cached(("histogram", filters, freq), lambda: self._histogram(filters, freq))
        return frame.copy()  # type: ignore[no-any-return]

    def _histogram(self, filters: Filters, freq: str) -> pd.DataFrame:
        where, params, tables = self._where(filters)
        table = self._query(
            f"SELECT CAST(date_trunc('{freq}', date) AS DATE) AS period, event_type, count(*) AS n "
            f"FROM idx{where} GROUP BY period, event_type ORDER BY period, event_type", params, tables)
        frame = table.to_pandas(date_as_object=True)
        frame["n"] = frame["n"].astype("int64")
        return frame[["period", "event_type", "n"]]

    def top_actors(self, filters: Filters, n: int) -> pd.DataFrame:
        frame = self._cached(("top_actors", filters, n), lambda: self._top_actors(filters, n))
        return frame.copy()  # type: ignore[no-any-return]

    def _top_actors(self, filters: Filters, n: int) -> pd.DataFrame:
        where, params, tables = self._where(filters)
        # codes are numbered in name order: "total DESC, id" is "most events, then by name"
        table = self._query(
            "SELECT id, event_type, n FROM (SELECT id, event_type, count(*) AS n, "
            "sum(count(*)) OVER (PARTITION BY id) AS total "
            f"FROM (SELECT event_type, unnest(actor_ids) AS id FROM idx{where}) "
            "GROUP BY id, event_type) "
            "QUALIFY dense_rank() OVER (ORDER BY total DESC, id) <= ? "
            "ORDER BY total DESC, id, n DESC, event_type", [*params, int(n)], tables)
        names = self._actor_names
        return pd.DataFrame({
            "actor": pd.Series([names[i] for i in table.column("id").to_pylist()], dtype=object),
            "event_type": pd.Series(table.column("event_type").to_pylist(), dtype=object),
            "n": pd.Series(table.column("n").to_pylist(), dtype="int64"),
        })


def open_store(store: str | os.PathLike[str] | None = None) -> StoreSource:
    """An EventSource over the store's current snapshot (StoreError if there is none)."""
    return StoreSource(require_snapshot(store))


# --------------------------------------------------------------------------- stats


def stats_text(store: str | os.PathLike[str] | None = None, top: int = 10) -> str:
    """Counts by type and month, top actors and failed articles, as text for a terminal."""
    source = open_store(store)
    try:
        facets = source.facets()
        by_type = source._query("SELECT event_type, count(*) AS n FROM events GROUP BY event_type "
                                "ORDER BY n DESC, event_type").to_pylist()
        by_month = source._query("SELECT strftime(date, '%Y-%m') AS month, count(*) AS n FROM events "
                                 "GROUP BY month ORDER BY month").to_pylist()
    finally:
        source.close()
    articles = read_articles(store)
    failed = articles[articles["status"] == "failed"]
    manifest = read_manifest(store)
    lines = [
        f"store {store_path(store)} (snapshot {source.snapshot.name}, parser {manifest.get('parser_version', '?')})",
        f"articles: {int((articles['status'] != 'failed').sum())} read, {len(failed)} failed",
        f"events: {facets.n_events}"
        + (f" from {facets.min_date} to {facets.max_date}" if facets.min_date is not None else ""),
        "",
        "events by type:",
        *[f"  {r['event_type']:<14}{r['n']:>8}" for r in by_type],
        "",
        "events by month:",
        *[f"  {r['month']:<14}{r['n']:>8}" for r in by_month],
        "",
        f"top actors (of {len(facets.actors)}):",
        *[f"  {n:>8}  {name}" for name, n in facets.actors[:top]],
        "",
        f"failed articles: {len(failed)}",
        *[f"  {r.article_id}: {r.error}" for r in failed.itertuples()],
    ]
    return "\n".join(lines) + "\n"

