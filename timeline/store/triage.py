"""Triage, the build's first phase: walk the paths, hash each file, and decide what to extract
again: files unchanged since the stored snapshot (same bytes, id, parser version and options) are
taken as they are, files a killed build already extracted are taken from its parts, the others
become FileTasks for the workers."""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from timeline.errors import StoreError
from timeline.settings import PARSER_VERSION
from timeline.store import files, schema
from timeline.store.batch import EXTRACTION_FAILED, BatchResult, FileTask, failed_record

if TYPE_CHECKING:
    from timeline.store.build import BuildSummary, Progress

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------- walking and hashing


@dataclass(frozen=True)
class Found:
    """One entry of a walk: a file to read (with the article id ingest gives it) or a problem."""

    path: Path
    article_id: str
    """What ingest.iter_articles would call it: the file name, or its path relative to the folder given."""
    problem: str = ""
    """Why it is not read ('' for a file to read)."""
    severity: str = "error"
    resolved: str = ""
    """The file's resolved absolute path, when the walk knows it ('' otherwise: Path.resolve())."""


def walk(
    paths: Iterable[str | os.PathLike[str]], skip: Path | None = None, taken: Mapping[str, str] | None = None
) -> Iterator[Found]:
    """The files under the paths, in ingest.iter_articles's order and with its article ids.

    ingest.iter_files does the walking (sorted, recursive; hidden entries, unknown file types and
    special files in folders are warnings; a missing path or a folder without articles is an
    error); ``skip`` (the store itself) is left out.
    """
    from timeline.extraction import ingest

    paths = [Path(p) for p in ([paths] if isinstance(paths, (str, os.PathLike)) else paths)]
    folders = [ingest.display_name(p) + "/" for p in paths if p.is_dir()]
    for item in ingest.iter_files(paths, skip=skip, taken=taken):  # taken: ids the store holds for other files
        if isinstance(item, ingest.FileEntry):
            yield Found(item.path, item.article_id, resolved=item.resolved)
            continue
        # Name a skipped file as iter_articles would name it: relative to the folder given.
        name = next((item.file[len(f):] for f in folders if item.file.startswith(f)), item.file)
        reason = item.reason + (f". Fix: {item.fix}" if item.fix else "")
        yield Found(Path(item.file), name, reason, item.severity)


def ingest_name(path: Path) -> str:
    """A path as ingest shows it in problems (control characters escaped)."""
    from timeline.extraction import ingest

    return ingest.display_name(path)


def file_hash(path: Path) -> str:
    """sha256 of the file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# --------------------------------------------------------------------------- what the store has


def by_path(table: pa.Table | None) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    if table is None:
        return out
    for row in table.to_pylist():
        out.setdefault(row["path"], []).append(row)
    return out


def reusable(records: list[dict[str, Any]] | None, file_id: str, digest: str, config: str) -> bool:
    """Whether stored records of a file stand for it now: same bytes, id, parser version and options."""
    return bool(records) and all(
        r["file_hash"] == digest and r["file_id"] == file_id and r["parser_version"] == PARSER_VERSION
        and r["config"] == config and r["status"] != "unchanged"
        and not (r["error"] or "").startswith(EXTRACTION_FAILED) for r in records or ())


def pending_parts(parts: Path) -> tuple[dict[str, list[dict[str, Any]]], dict[str, str]]:
    """Records left by a killed build (path -> records) and which part holds each path."""
    found: dict[str, list[dict[str, Any]]] = {}
    part_of: dict[str, str] = {}
    if not parts.is_dir():
        return found, part_of
    for file in sorted(parts.glob("*.articles.parquet")):
        name = file.name.removesuffix(".articles.parquet")
        try:
            table = files.read_table(file, schema.ARTICLE_SCHEMA)
            if not (parts / f"{name}.mentions.parquet").is_file():
                raise StoreError(f"{name}: mentions part missing")
        except StoreError as exc:
            log.warning("ignoring a damaged part of an interrupted build: %s", exc)
            continue
        for path, records in by_path(table).items():
            if path not in found:
                found[path] = records
                part_of[path] = name
    return found, part_of


def write_part(parts: Path, result: BatchResult) -> str:
    """Write a batch's mentions, then its article records (the part is complete once both exist)."""
    keys = sorted(f"{r['path']}\x00{r['file_hash']}" for r in result.records)
    name = hashlib.sha256("\n".join(keys).encode()).hexdigest()[:24]
    files.write_table(result.mentions, parts / f"{name}.mentions.parquet")
    files.write_table(pa.Table.from_pylist(result.records, schema=schema.ARTICLE_SCHEMA),
                      parts / f"{name}.articles.parquet")
    return name


def clear_parts(parts: Path) -> None:
    """Delete the parts of a build (committed, or ignored by --rebuild)."""
    if parts.is_dir():
        for stale in parts.iterdir():
            stale.unlink()


# --------------------------------------------------------------------------- the triage


def key(path: str, article_id: str) -> str:
    """An article's key in a build: its file's absolute path and its id."""
    return f"{path}\x00{article_id}"


@dataclass
class Contents:
    """What the new snapshot is made of, filled in by the triage and the extraction."""

    final: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    """path -> its article records in the new snapshot."""
    from_previous: set[str] = field(default_factory=set)
    """Keys (see ``key``) whose mentions come from the previous snapshot."""
    from_parts: dict[str, set[str]] = field(default_factory=dict)
    """part name -> keys whose mentions come from that part."""
    changed: bool = False
    """Whether the new snapshot differs from the current one (else none is written)."""


class Triage:
    """Each file found against what the store has: a file that cannot be read becomes a failed
    article; a file unchanged since the previous snapshot, or extracted by a killed build (its
    parts), is taken as it is; the others become FileTasks (``tasks``). Fills ``contents`` and the
    summary's counts as it goes."""

    def __init__(self, previous: dict[str, list[dict[str, Any]]], parts: Path, config: str,
                 contents: Contents, summary: BuildSummary, bar: Progress) -> None:
        self.previous = previous
        self.pending, self.part_of = pending_parts(parts)
        self.config = config
        self.contents = contents
        self.summary = summary
        self.bar = bar

    def fail(self, found: Found, path: str, reason: str) -> None:
        """Record a file that could not be read as a failed article (kept in the store, with its reason)."""
        self.contents.final[path] = [failed_record(FileTask(path, str(found.path), found.article_id, ""),
                                                   found.article_id, reason, self.config)]
        self.summary.failed.append((found.article_id, reason))
        self.contents.changed = True
        self.bar.update(1, 0)

    def tasks(self, found_files: Iterable[Found]) -> Iterator[FileTask]:
        """The files to extract, in walk order (the others are taken as they are, or failed)."""
        for found in found_files:
            path = found.resolved or str(found.path.resolve())
            if found.problem:
                reason = f"{ingest_name(found.path)}: {found.problem}"
                if found.severity == "warning":
                    self.summary.ignored.append((found.article_id, reason))
                else:
                    self.fail(found, path, reason)
                continue
            try:
                digest = file_hash(found.path)
            except OSError as exc:
                self.fail(found, path,
                          f"{ingest_name(found.path)}: could not be opened ({exc.strerror or type(exc).__name__})")
                continue
            if not self._taken(found, path, digest):
                self.contents.changed = True
                yield FileTask(path, str(found.path), found.article_id, digest, self._known(found, path))

    def _taken(self, found: Found, path: str, digest: str) -> bool:
        """Take the file's records from the previous snapshot or a killed build's parts, if they stand for it."""
        old = self.previous.get(path)
        contents = self.contents
        if reusable(old, found.article_id, digest, self.config):
            contents.final[path] = old or []
            contents.from_previous.update(key(path, r["article_id"]) for r in old or ())
            self.summary.skipped += len(old or ())
            self.bar.update(1, len(old or ()))
            return True
        pending = self.pending.get(path)
        if reusable(pending, found.article_id, digest, self.config):
            contents.final[path] = pending or []
            contents.from_parts.setdefault(self.part_of[path], set()).update(
                key(path, r["article_id"]) for r in pending or ())
            self.summary.resumed += len(pending or ())
            contents.changed = True
            self.bar.update(1, len(pending or ()))
            return True
        return False

    def _known(self, found: Found, path: str) -> tuple[tuple[str, str], ...]:
        """(article id, content hash) of the file's articles already stored with this parser and options."""
        return tuple((r["article_id"], r["content_hash"]) for r in self.previous.get(path) or ()
                     if r["status"] == "ok" and r["parser_version"] == PARSER_VERSION
                     and r["config"] == self.config and r["file_id"] == found.article_id)
