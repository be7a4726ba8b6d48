"""The store's files: where a store is, its snapshots and CURRENT, atomic writes, and the lock.

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
moment leaves the previous version readable.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import logging
import os
import re
import shutil
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from timeline.errors import StoreError, StoreLocked
from timeline.models import EVENT_COLUMNS, MENTION_COLUMNS
from timeline.store import safety
from timeline.store.schema import (
    ADDED_COLUMNS,
    ARTICLE_SCHEMA,
    ARTICLES_FILE,
    EVENT_LIST_COLUMNS,
    EVENT_SCHEMA,
    EVENTS_FILE,
    MANIFEST_FILE,
    MENTION_LIST_COLUMNS,
    MENTION_SCHEMA,
    MENTIONS_FILE,
    REBUILD_FIX,
    STORE_FORMAT,
    to_frame,
)

log = logging.getLogger(__name__)

#: The store used when none is given: ./store inside the project (gitignored).
DEFAULT_STORE = Path(__file__).resolve().parents[2] / "store"

#: Snapshots kept after a commit: the current one and the one before it (a reader that
#: resolved CURRENT just before the switch can finish reading).
KEEP_SNAPSHOTS = 2

#: What CURRENT holds: a snapshot's number (commit_snapshot writes 6 digits, more after 999999).
SNAPSHOT_NAME = re.compile(r"[0-9]{1,18}")
#: The fix for a damaged CURRENT: a build with --rebuild writes a new one.
POINTER_FIX = "run build with --rebuild (it writes a new CURRENT), or delete the store folder and build again"
#: The fix for an entry of the store that is not what a build writes there.
ENTRY_FIX = "delete or move it (a build recreates what the store needs), or use another --store"

# --------------------------------------------------------------------------- paths and snapshots


def store_path(store: str | os.PathLike[str] | None) -> Path:
    """The store folder: the one given, else ./store inside the project."""
    return Path(store) if store is not None else DEFAULT_STORE


def current_snapshot(store: str | os.PathLike[str] | None) -> Path | None:
    """The folder of the store's current snapshot, or None for a store never built.

    CURRENT is read with a bound and never through a link (safety.read_small); its content is
    never shown: a pointer that is not a snapshot number is reported as such.
    """
    root = store_path(store)
    pointer = root / "CURRENT"
    data = safety.read_small(pointer, safety.MAX_POINTER_BYTES, POINTER_FIX)
    if data is None:
        return None
    name = data.decode("ascii", "replace").strip()
    if not SNAPSHOT_NAME.fullmatch(name):
        raise StoreError(f"{pointer} does not hold a snapshot number (what a build writes there). Fix: {POINTER_FIX}")
    snapshots = root / "snapshots"
    safety.entry(snapshots, "a folder", REBUILD_FIX)
    snapshot = snapshots / name
    if safety.entry(snapshot, "a folder", REBUILD_FIX) is None:
        raise StoreError(f"{pointer} points to a missing snapshot {name}. Fix: {POINTER_FIX}")
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


@contextlib.contextmanager
def _atomic(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path`` to write; fsync'ed and moved onto ``path`` (os.replace) when
    the block ends without an error, removed in any case."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()  # a stale one (a link, say) is removed, never written through
    try:
        yield tmp
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def write_table(table: pa.Table, path: Path) -> None:
    """Write a Parquet file atomically: a temporary file, fsync'ed, then os.replace."""
    with _atomic(path) as tmp:
        pq.write_table(table, tmp, compression="zstd", row_group_size=128 * 1024)


def write_tables(tables: Iterable[pa.Table], path: Path, schema: pa.Schema) -> int:
    """Stream tables (chunks of one table) into one Parquet file, atomically; returns the row count."""
    rows = 0
    with _atomic(path) as tmp, pq.ParquetWriter(tmp, schema, compression="zstd") as writer:
        for table in tables:
            writer.write_table(table.cast(schema), row_group_size=128 * 1024)
            rows += table.num_rows
    return rows


def read_table(path: Path, schema: pa.Schema, columns: Sequence[str] | None = None) -> pa.Table:
    """Read one of the store's Parquet files, or raise a StoreError naming it and the fix."""
    safety.entry(path, "a file", REBUILD_FIX)
    wanted = schema if columns is None else pa.schema([schema.field(c) for c in columns])
    try:
        present = set(pq.read_schema(path).names)
        missing = [c for c in wanted.names if c in ADDED_COLUMNS and c not in present]  # an older snapshot
        table = pq.read_table(path, columns=[c for c in wanted.names if c not in missing]
                              if columns is not None or missing else None)
    except FileNotFoundError as exc:
        raise StoreError(f"{path} is missing. Fix: {REBUILD_FIX}") from exc
    except (OSError, pa.ArrowException) as exc:
        raise StoreError(f"{path} is corrupt or unreadable ({exc}). Fix: {REBUILD_FIX}") from exc
    for name in missing:
        table = table.append_column(name, pa.nulls(table.num_rows, ADDED_COLUMNS[name]))
    try:
        return table.select(wanted.names).cast(wanted)
    except (KeyError, pa.ArrowException) as exc:
        raise StoreError(f"{path} does not have the expected columns ({exc}). Fix: {REBUILD_FIX}") from exc


def check_layout(store: Path, rebuild: bool = False) -> None:
    """Refuse a store whose entries are not what builds write there (links, special files, a
    folder in parts/), before anything is read, written or deleted. With ``rebuild`` a damaged
    CURRENT is allowed (the build replaces it), unless it is a folder."""
    current = store / "CURRENT"
    if not rebuild:
        safety.entry(current, "a file", POINTER_FIX)
    elif current.is_dir() and not current.is_symlink():
        raise safety.refused(current, "a folder", "a file", ENTRY_FIX)
    for folder, child_kind in (("snapshots", "a folder"), ("parts", "a file")):
        path = store / folder
        if safety.entry(path, "a folder", ENTRY_FIX) is None:
            continue
        for child in sorted(path.iterdir()):
            if folder == "parts" or child.name.isdigit():
                safety.entry(child, child_kind, f"move {child} out of the store, or use another --store")


def _remove(path: Path) -> None:
    """Delete an entry of the store: a folder with what it holds, anything else (a link) as itself."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def commit_snapshot(store: Path, articles: pa.Table, mentions: pa.Table, events: pa.Table | Iterable[pa.Table],
                    manifest: dict[str, Any]) -> Path:
    """Write a new snapshot, then switch CURRENT to it atomically; keep the last KEEP_SNAPSHOTS.

    ``events`` may be one table or an iterable of chunks (sorted by date across chunks), for
    stores too big to hold as one table.

    The caller holds the store's lock. A crash before the switch leaves the previous snapshot
    current (and a stray temporary folder the next commit removes).
    """
    snapshots = store / "snapshots"
    check_layout(store, rebuild=True)
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
        _remove(stray)
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
    stall_at("current")
    with _atomic(store / "CURRENT") as pointer:
        pointer.write_text(name + "\n", encoding="utf-8")
    _fsync_dir(store)
    keep = sorted((p for p in snapshots.iterdir() if p.name.isdigit()), key=lambda p: int(p.name))
    for old in keep[:-KEEP_SNAPSHOTS]:
        shutil.rmtree(old, ignore_errors=True)
    log.info("store %s: snapshot %s is current", store, name)
    return snapshots / name


def stall_at(point: str) -> None:
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
    if store.exists() and not store.is_dir():
        raise StoreError(f"{store} is not a folder, so it cannot be a store. "
                         "Fix: give --store a folder (a new one, or a store)")
    store.mkdir(parents=True, exist_ok=True)
    fd = safety.open_lock(store / "LOCK", ENTRY_FIX)
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
                    holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
                    holder = holder if holder.isdigit() else "?"
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


# --------------------------------------------------------------------------- reading


def read_events(store: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """The store's events table (EVENT_COLUMNS), sorted by date then event_id."""
    snapshot = require_snapshot(store)
    table = read_table(snapshot / EVENTS_FILE, EVENT_SCHEMA, EVENT_COLUMNS)
    return to_frame(table, EVENT_LIST_COLUMNS)


def read_mentions(store: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """The store's mentions table (MENTION_COLUMNS)."""
    snapshot = require_snapshot(store)
    table = read_table(snapshot / MENTIONS_FILE, MENTION_SCHEMA, MENTION_COLUMNS)
    return to_frame(table, MENTION_LIST_COLUMNS)


def read_articles(store: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """The store's articles table (ARTICLE_COLUMNS): one row per article or failed file."""
    snapshot = require_snapshot(store)
    return to_frame(read_table(snapshot / ARTICLES_FILE, ARTICLE_SCHEMA), ())


def read_manifest(store: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    return manifest_of(require_snapshot(store))


def manifest_of(snapshot: Path) -> dict[str, Any]:
    """A snapshot's manifest.json (read with a bound, never through a link)."""
    path = snapshot / MANIFEST_FILE
    data = safety.read_small(path, safety.MAX_MANIFEST_BYTES, REBUILD_FIX)
    if data is None:
        raise StoreError(f"{path} is missing. Fix: {REBUILD_FIX}")
    try:
        manifest = json.loads(data)
    except ValueError as exc:
        raise StoreError(f"{path} is not valid JSON (at {getattr(exc, 'pos', '?')}). Fix: {REBUILD_FIX}") from None
    if not isinstance(manifest, dict):
        raise StoreError(f"{path} is not a JSON object. Fix: {REBUILD_FIX}")
    return manifest

