"""Corpus builds: every article under some paths -> a store, incrementally, in parallel.

    1. walk       the paths -> files, sorted (hidden files skipped), streamed
    2. triage     each file's sha256 against the store: unchanged files (same hash, parser version
                  and options) are skipped without being read as articles; files a killed build
                  already extracted are taken from its parts
    3. extract    the other files, in batches, on a process pool (--workers, each worker loads
                  the NER model once; the first one starts when the build begins, so its model
                  loads during the triage: EarlyWorkers) or a dask.distributed cluster (--engine
                  dask); at most 2 x workers batches are in flight, and each batch is written to
                  parts/ as soon as it finishes (a killed build resumes from there)
    4. merge      all mentions of the corpus (stored + new), in corpus order -> events: only the
                  independent groups (merge.components) where something changed are merged
                  again, the others' events are carried over from the previous snapshot, and
                  the tables equal a full re-merge's (remerge.remerge_mentions; merge_by_groups, a few
                  groups at a time, for a first build, --rebuild, or a snapshot merged by
                  other code)
    5. commit     a new snapshot, made current atomically (files.commit_snapshot)

Articles whose file is gone are dropped; articles from files outside this run's paths that
still exist are kept (so ``build a/`` then ``build b/`` gives a store of both).
Ingest problems become 'failed' article records with the reason: nothing is silently dropped.

The phases live in their own modules: triage.py (walk, triage), batch.py and pool.py (extract),
remerge.py (merge), files.py (commit); this one runs them in order (``_Build``).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import pyarrow as pa

from timeline.settings import PARSER_VERSION, Options
from timeline.store import files, safety, schema, warmserver
from timeline.store.batch import BatchResult, FileTask, options_key
from timeline.store.pool import EarlyWorkers, run_batches
from timeline.store.remerge import (
    MergePlan,
    PreviousMerge,
    corpus_order,
    merge_by_groups,
    merge_fingerprint,
    remerge_mentions,
    select_rows,
)
from timeline.store.triage import Contents, Triage, by_path, clear_parts, key, walk, write_part

log = logging.getLogger(__name__)

#: Files per batch: small enough that a killed build loses little and progress moves,
#: big enough that the per-batch overhead (a Parquet part, a round trip) stays small.
BATCH_FILES = 16


# --------------------------------------------------------------------------- summary


@dataclass
class BuildSummary:
    """What a build did; ``text()`` is the end-of-build summary printed by the CLI."""

    store: Path
    read: int = 0
    """Articles extracted by this run."""
    skipped: int = 0
    """Articles unchanged since the last build (same content hash, parser version and options)."""
    resumed: int = 0
    """Articles taken from the parts a killed build left."""
    failed: list[tuple[str, str]] = field(default_factory=list)
    """(article id or file, reason) for what could not be read or extracted in this run."""
    ignored: list[tuple[str, str]] = field(default_factory=list)
    """(file, reason) for files found in folders and not read: hidden, or not an article type."""
    removed: int = 0
    """Articles dropped because their file is gone."""
    kept: int = 0
    """Articles from earlier builds of files outside this run's paths (still present, kept)."""
    events: int = 0
    mentions: int = 0
    articles: int = 0
    """Articles (ok or failed) in the store after the build."""
    snapshot: str = ""
    """The snapshot made current ('' when nothing changed and none was written)."""
    seconds: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)
    """Seconds spent in each phase: extract (walk, triage, batches), merge, commit."""
    engine: str = "local"
    workers: int = 1
    merge_plan: MergePlan | None = None
    """What an incremental re-merge carried over and merged again (None: a full merge)."""

    @property
    def rate(self) -> float:
        """Articles handled (read + skipped + resumed) per second."""
        done = self.read + self.skipped + self.resumed + len(self.failed)
        return done / self.seconds if self.seconds > 0 else 0.0

    def text(self) -> str:
        where = f"snapshot {self.snapshot}" if self.snapshot else "unchanged, no new snapshot"
        lines = [
            f"build finished in {self.seconds:.1f} s ({self.rate:.1f} articles/s, {self.engine}, "
            f"{self.workers} worker{'s' if self.workers > 1 else ''}): store {self.store}, {where}",
            f"  articles read:     {self.read}",
            f"  skipped unchanged: {self.skipped}",
        ]
        if self.resumed:
            lines.append(f"  resumed:           {self.resumed} (from an interrupted build)")
        if self.removed:
            lines.append(f"  removed:           {self.removed} (file gone)")
        if self.kept:
            lines.append(f"  kept:              {self.kept} (from files outside these paths)")
        if self.ignored:
            lines.append(f"  ignored:           {len(self.ignored)} (hidden files, or not an article type)")
        lines.append(f"  failed:            {len(self.failed)}")
        lines += [f"    {name}: {reason}" for name, reason in self.failed[:50]]
        if len(self.failed) > 50:
            lines.append(f"    ... and {len(self.failed) - 50} more (see `python -m timeline stats`)")
        lines.append(f"  events:            {self.events} (from {self.mentions} mentions, {self.articles} articles)")
        return "\n".join(lines)


# --------------------------------------------------------------------------- progress


class Progress:
    """A one-line progress bar (files done, articles, articles per second, ETA) on a terminal."""

    def __init__(self, total: int, stream: TextIO | None, min_interval: float = 0.25) -> None:
        self.total = total
        self.stream = stream
        self.files = 0
        self.articles = 0
        self.started = time.monotonic()
        self._last = 0.0
        self.min_interval = min_interval

    def update(self, files: int, articles: int) -> None:
        self.files += files
        self.articles += articles
        now = time.monotonic()
        if self.stream is not None and (now - self._last >= self.min_interval or self.files >= self.total):
            self._last = now
            self.stream.write("\r" + self.line(now))
            self.stream.flush()

    def line(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-9)
        rate = self.articles / elapsed
        fraction = self.files / self.total if self.total else 1.0
        width = 24
        bar = "#" * int(width * fraction) + "-" * (width - int(width * fraction))
        eta = (elapsed / self.files) * (self.total - self.files) if self.files else 0.0
        return (f"build [{bar}] {self.files}/{self.total} files  {self.articles} articles  "
                f"{rate:.1f}/s  ETA {int(eta) // 60}:{int(eta) % 60:02d} ")

    def close(self) -> None:
        if self.stream is not None and self.total:
            self.stream.write("\n")
            self.stream.flush()




# --------------------------------------------------------------------------- the build


@dataclass(frozen=True)
class BuildPlan:
    """How to run one build: build_store's parameters, resolved once."""

    root: Path
    """The store folder (absolute)."""
    options: Options = field(default_factory=Options)
    workers: int = 1
    engine: str = "local"
    """'local' (this process, or a process pool) or 'dask'."""
    scheduler: str | None = None
    """A dask scheduler's address (None: a LocalCluster)."""
    rebuild: bool = False
    wait: float = 0.0
    batch_files: int = BATCH_FILES
    progress: TextIO | None = None
    """Where the progress bar goes (None: nowhere)."""
    free_model: bool = False


def build_store(paths: Sequence[str | os.PathLike[str]], store: str | os.PathLike[str] | None = None,
                workers: int = 1, engine: str = "local", scheduler: str | None = None,
                options: Options | None = None, *, rebuild: bool = False, wait: float = 0.0,
                batch_files: int = BATCH_FILES, progress: TextIO | bool | None = None,
                free_model: bool = False) -> BuildSummary:
    """Extract every article under ``paths`` into the store, incrementally; see the module doc.

    ``rebuild`` ignores what the store holds (re-extracts everything); ``wait`` is how long to
    wait for another build's lock before StoreLocked; ``progress`` is the stream for the progress
    bar (default: stderr when it is a terminal; False for none). ``free_model`` (what the build
    command does) unloads the NER model once extraction is over if this build loaded it in this
    process (one worker), so that it is not held through the merge; a caller that extracts again
    afterwards would load it again, hence off by default.
    """
    stream = sys.stderr if progress is True or (progress is None and sys.stderr.isatty()) else (progress or None)
    plan = BuildPlan(root=files.store_path(store).resolve(), options=options or Options(), workers=workers,
                     engine=engine, scheduler=scheduler, rebuild=rebuild, wait=wait, batch_files=batch_files,
                     progress=stream, free_model=free_model)
    return _Build(plan).run(paths)


def batched(tasks: Iterable[FileTask], size: int) -> Iterator[list[FileTask]]:
    """Tasks in lists of ``size`` (the last one shorter)."""
    batch: list[FileTask] = []
    for task in tasks:
        batch.append(task)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class _Build:
    """One build, phase by phase (``run``): triage, extract, merge, commit."""

    def __init__(self, plan: BuildPlan) -> None:
        self.plan = plan
        self.started = time.monotonic()
        self.summary = BuildSummary(store=plan.root, engine=plan.engine, workers=plan.workers)
        self.config = options_key(plan.options)
        self.fingerprint = merge_fingerprint()
        self.parts = plan.root / "parts"
        self.contents = Contents()
        self.snapshot: Path | None = None
        self.previous: dict[str, list[dict[str, Any]]] = {}
        """path -> its article records in the previous snapshot."""
        self.previous_merge: PreviousMerge | None = None

    def run(self, paths: Sequence[str | os.PathLike[str]]) -> BuildSummary:
        try:
            return self._run(paths)
        except OSError as exc:  # a read-only store, or a full disk: the message and the fix
            error = safety.unwritable(exc, self.plan.root)
            if error is None:
                raise
            raise error from exc

    def _run(self, paths: Sequence[str | os.PathLike[str]]) -> BuildSummary:
        plan, summary = self.plan, self.summary
        early = EarlyWorkers(plan.options, 1) if plan.engine == "local" and plan.workers > 1 else None
        with contextlib.ExitStack() as cleanup:
            if early is not None:
                cleanup.callback(warmserver.stop)  # the workers' warm fork server, if one started (after early.close)
                early.start()  # before the lock: a forked worker would hold a copy of the lock's descriptor
                cleanup.callback(early.close)  # stopped at once if it is not used
            cleanup.enter_context(files.locked(plan.root, wait=plan.wait))
            files.check_layout(plan.root, rebuild=plan.rebuild)  # links, special files: refused before any work
            self.snapshot = None if plan.rebuild else files.current_snapshot(plan.root)
            if self.snapshot is not None:
                self.previous = by_path(files.read_table(self.snapshot / schema.ARTICLES_FILE, schema.ARTICLE_SCHEMA))
            if plan.rebuild:
                clear_parts(self.parts)
            self.contents.changed = plan.rebuild or self.snapshot is None
            # An id the store already holds for another file (an earlier build of another folder) is not reused.
            held = {r["file_id"]: path for path, records in self.previous.items() for r in records}
            found = list(walk(paths, skip=plan.root, taken=held))
            bar = Progress(sum(f.severity != "warning" for f in found), plan.progress)
            triage = Triage(self.previous, self.parts, self.config, self.contents, summary, bar)
            self.extract(batched(triage.tasks(found), plan.batch_files), early, bar)
            self.carry_over()
            if self.contents.changed:
                self.commit(*self.merge())
            else:
                self.unchanged()
            clear_parts(self.parts)
        summary.seconds = time.monotonic() - self.started
        log.info("build: %s", summary.text())
        return summary

    def extract(self, batches: Iterator[list[FileTask]], early: EarlyWorkers | None, bar: Progress) -> None:
        """Run the batches the triage yields; write each result to parts/ as it comes."""
        from timeline.extraction import actors

        plan = self.plan
        stall_after = _stall_batches()
        done = 0
        models_before = actors.loaded_models()
        try:
            for result in run_batches(batches, plan.engine, plan.workers, plan.scheduler, plan.options, early,
                                      self.read_previous):
                name = write_part(self.parts, result)
                done += 1
                self.take(result, name)
                bar.update(len({r["path"] for r in result.records}), len(result.records))
                if stall_after is not None and done >= stall_after:
                    files.stall_forever(f"batches:{done}")
        finally:
            bar.close()
        if plan.free_model and not models_before:  # loaded by this build, in this process (one worker)
            actors.unload_models()

    def take(self, result: BatchResult, part: str) -> None:
        """A batch's records into the new snapshot's contents (unchanged articles: the stored record)."""
        contents, summary = self.contents, self.summary
        for record in result.records:
            k = key(record["path"], record["article_id"])
            if record["status"] == "unchanged":
                old = {r["article_id"]: r for r in self.previous.get(record["path"], [])}[record["article_id"]]
                record = {**old, "file_hash": record["file_hash"], "ordinal": record["ordinal"]}
                contents.from_previous.add(k)
                summary.skipped += 1
            else:
                contents.from_parts.setdefault(part, set()).add(k)
                if record["status"] == "failed":
                    summary.failed.append((record["article_id"], record["error"]))
                else:
                    summary.read += 1
            contents.final.setdefault(record["path"], []).append(record)

    def read_previous(self) -> None:
        """While the workers extract: the previous snapshot's merge, ready for re-merging, and what merging loads
        on first use (``merge.prepare``: built here while the workers run, not after them, when this process merges
        alone)."""
        from timeline.extraction import merge

        merge.prepare()
        if self.snapshot is not None and self.previous_merge is None:
            self.previous_merge = PreviousMerge.load(self.snapshot, self.fingerprint)
            if self.previous_merge is not None:
                self.previous_merge.prepare()

    def carry_over(self) -> None:
        """Articles of the previous snapshot not seen in this run: kept while their file exists."""
        contents, summary = self.contents, self.summary
        for path, old in self.previous.items():
            if path in contents.final:
                continue
            if os.path.isfile(path):
                contents.final[path] = old
                contents.from_previous.update(key(path, r["article_id"]) for r in old)
                summary.kept += len(old)
            else:
                summary.removed += len(old)
                contents.changed = True
        summary.articles = sum(len(v) for v in contents.final.values())

    def unchanged(self) -> None:
        """Nothing changed: no new snapshot; the summary counts the current one (checked readable)."""
        assert self.snapshot is not None  # nothing changed: there is a current snapshot
        for name, table_schema in ((schema.EVENTS_FILE, schema.EVENT_SCHEMA),
                                   (schema.MENTIONS_FILE, schema.MENTION_SCHEMA)):
            files.read_table(self.snapshot / name, table_schema, columns=[table_schema.names[0]])  # corrupt: the fix
        self.summary.snapshot = ""
        manifest = files.read_manifest(self.plan.root)
        self.summary.events = int(manifest.get("events", 0))
        self.summary.mentions = int(manifest.get("mentions", 0))

    def merge(self) -> tuple[pa.Table, pa.Table]:
        """The new corpus's events and mentions tables: re-merging only what changed when the
        previous snapshot was merged by this code, else in full."""
        files.stall_at("merge")
        contents, summary, phases = self.contents, self.summary, self.summary.phases
        phases["extract"] = time.monotonic() - self.started
        fresh = [select_rows(files.read_table(self.parts / f"{name}.mentions.parquet", schema.MENTION_SCHEMA), keys)
                 for name, keys in contents.from_parts.items()]
        if contents.from_previous and self.previous_merge is None:
            self.previous_merge = PreviousMerge.load(self.snapshot, self.fingerprint)
        if self.previous_merge is not None and contents.from_previous:
            new_rows = pa.concat_tables(fresh) if fresh else schema.MENTION_SCHEMA.empty_table()
            events, merged, summary.merge_plan = remerge_mentions(contents.from_previous, new_rows,
                                                                  self.previous_merge)
        else:
            tables = fresh
            if self.snapshot is not None and contents.from_previous:
                stored = files.read_table(self.snapshot / schema.MENTIONS_FILE, schema.MENTION_SCHEMA)
                tables = [select_rows(stored, contents.from_previous), *fresh]
            mentions = pa.concat_tables(tables) if tables else schema.MENTION_SCHEMA.empty_table()
            events, merged = merge_by_groups(mentions)
        phases["merge"] = time.monotonic() - self.started - phases["extract"]
        return events, merged

    def commit(self, events: pa.Table, merged: pa.Table) -> None:
        """Write the new snapshot (articles in corpus order) and make it current."""
        summary, phases = self.summary, self.summary.phases
        records = [r for rows in self.contents.final.values() for r in rows]
        ordered = [records[i] for i in corpus_order([r["path"] for r in records], [r["ordinal"] for r in records])]
        articles = pa.Table.from_pylist(ordered, schema=schema.ARTICLE_SCHEMA)
        manifest = {"parser_version": PARSER_VERSION, "config": self.config, "articles": articles.num_rows,
                    "mentions": merged.num_rows, "events": events.num_rows,
                    "failed": sum(r["status"] == "failed" for r in ordered), "merge": self.fingerprint}
        committed = files.commit_snapshot(self.plan.root, articles, merged, events, manifest)
        phases["commit"] = time.monotonic() - self.started - phases["extract"] - phases["merge"]
        summary.snapshot = committed.name
        summary.events = events.num_rows
        summary.mentions = merged.num_rows


def _stall_batches() -> int | None:
    """Test hook: TIMELINE_BUILD_STALL=batches:N stops the build after N batches are written."""
    value = os.environ.get("TIMELINE_BUILD_STALL", "")
    if value.startswith("batches:") and value[8:].isdigit():
        return int(value[8:])
    return None
