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
                  the tables equal a full re-merge's (remerge_mentions; merge_by_groups, a few
                  groups at a time, for a first build, --rebuild, or a snapshot merged by
                  other code)
    5. commit     a new snapshot, made current atomically (store.commit_snapshot)

Articles whose file is gone are dropped; articles from files outside this run's paths that
still exist are kept (so ``build a/`` then ``build b/`` gives a store of both).
Ingest problems become 'failed' article records with the reason: nothing is silently dropped.
"""

from __future__ import annotations

import bisect
import concurrent.futures as cf
import contextlib
import datetime as dt
import hashlib
import json
import logging
import multiprocessing
import os
import pickle
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TextIO

import pyarrow as pa
import pyarrow.compute as pc

from timeline import store as st
from timeline.errors import StoreError, TimelineError
from timeline.models import Article, Mention, Problem
from timeline.settings import PARSER_VERSION, Options

log = logging.getLogger(__name__)

#: Files per batch: small enough that a killed build loses little and progress moves,
#: big enough that the per-batch overhead (a Parquet part, a round trip) stays small.
BATCH_FILES = 16

#: At most this many batches to run: a local build starts no further worker for them; they run
#: on the early worker and a fork of it (workers > 1) or in this process (see _results).
#: Extraction costs ~0.01-0.045 s of CPU per article once the NER model is loaded, while each new
#: pool worker pays an interpreter start and a model load (~2 s; 5 s without timeline.extraction.actors.regexcache):
#: below ~128 files a second worker's start costs more than it saves (benchmarks/build_bench.py re-runs).
SMALL_WORK_BATCHES = 8

#: Batches in flight per worker: bounds memory (texts are read in the workers, one batch at a time).
IN_FLIGHT_PER_WORKER = 2

#: The start of the error of an article whose extraction raised: such articles are retried by the
#: next build (a bug fixed since), while files ingest cannot read are not (same bytes, same answer).
EXTRACTION_FAILED = "extraction failed"

#: A tiny article that makes a worker load its models before its first real batch.
_WARM_UP = Article(
    id="warm-up",
    text="Le président Tô Lâm a reçu le Premier ministre japonais à Hanoï le 22 mars 2025.",
    source="warm-up",
    reference_date=dt.date(2025, 3, 23),
    reference_source="user",
)


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


def options_key(options: Options) -> str:
    """A short fingerprint of the Options that change what extraction produces."""
    values = asdict(options)
    values["extra"] = repr(sorted(values.get("extra", {}).items()))
    return hashlib.sha256(json.dumps(values, sort_keys=True, default=str).encode()).hexdigest()[:16]


# --------------------------------------------------------------------------- the per-batch work


@dataclass(frozen=True)
class FileTask:
    """One file to extract: where it is, its hash, and the articles of it the store already has."""

    path: str
    """Absolute path."""
    given: str
    """The path as the user gave it (recorded as the article's source)."""
    article_id: str
    """The id ingest gives the file's article (records of a JSON file become id#n)."""
    file_hash: str
    known: tuple[tuple[str, str], ...] = ()
    """(article id, content hash) already stored with this parser version and options: skipped."""


@dataclass
class BatchResult:
    """What one batch produced: article records (dicts with ARTICLE_COLUMNS) and its mentions."""

    records: list[dict[str, Any]]
    mentions: pa.Table
    articles: int = 0
    """Articles extracted (not counting failures or unchanged ones)."""


def _record(**values: Any) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(st.ARTICLE_COLUMNS)
    row.update(values)
    return row


def _failed(task: FileTask, article_id: str, reason: str, config: str, ordinal: int = 0) -> dict[str, Any]:
    return _record(article_id=article_id, path=task.path, source=task.given, file_id=task.article_id, ordinal=ordinal,
                   file_hash=task.file_hash, content_hash="", parser_version=PARSER_VERSION, config=config,
                   status="failed", error=reason, n_mentions=0, reference_source="none", lang="", title="", url="")


def _problem_id(task: FileTask, problem: Problem) -> str:
    return task.article_id + (f" (line {problem.line})" if problem.line is not None else "")


def process_batch(tasks: Sequence[FileTask], options: Options) -> BatchResult:
    """Read and extract the files of one batch (runs in a worker; touches no store).

    Every article becomes a record: 'ok' with its mentions, 'failed' with the reason (an ingest
    problem, or an exception of the extractor), or 'unchanged' (already stored: no extraction).
    """
    from timeline.extraction import ingest, pipeline

    config = options_key(options)
    records: list[dict[str, Any]] = []
    rows: list[tuple[Mention, str, int, int]] = []
    extracted = 0
    for task in tasks:
        known = dict(task.known)
        warnings: list[str] = []
        first = len(records)
        ordinal = 0
        try:
            items = list(_iter_file(ingest, task, options))
        except Exception as exc:  # one bad file must not stop the corpus
            log.warning("%s: cannot read: %s", task.given, exc)
            records.append(_failed(task, task.article_id, f"cannot read: {type(exc).__name__}: {exc}",
                                   config))
            continue
        for item in items:
            if isinstance(item, Problem):
                if item.severity == "warning":
                    warnings.append(item.message())
                else:
                    records.append(_failed(task, _problem_id(task, item), item.message(), config, ordinal))
                    ordinal += 1
                continue
            article = item
            base = dict(article_id=article.id, path=task.path, source=task.given, file_id=task.article_id,
                        ordinal=ordinal, file_hash=task.file_hash, content_hash=article.content_hash,
                        reference_date=article.reference_date, reference_source=article.reference_source,
                        lang=article.lang, title=article.title, url=article.url,
                        parser_version=PARSER_VERSION, config=config, error="")
            if article.content_hash and known.get(article.id) == article.content_hash:
                records.append(_record(**base, status="unchanged", n_mentions=0))
                ordinal += 1
                continue
            try:
                mentions = pipeline.extract_article(article, options)
            except Exception as exc:  # reported as a failed article, with the reason
                log.warning("%s: extraction failed: %s", article.id, exc)
                log.debug("extraction of %s failed", article.id, exc_info=True)
                records.append(_record(**{**base, "error": f"{EXTRACTION_FAILED}: {type(exc).__name__}: {exc}"},
                                       status="failed", n_mentions=0))
                ordinal += 1
                continue
            rows.extend((m, task.path, ordinal, seq) for seq, m in enumerate(mentions))
            records.append(_record(**base, status="ok", n_mentions=len(mentions)))
            extracted += 1
            ordinal += 1
        if len(records) == first:
            records.append(_failed(task, task.article_id,
                                   "; ".join(warnings) or "no article found in this file", config))
        elif warnings:
            for record in records[first:]:
                record["error"] = "; ".join(filter(None, [record["error"], *warnings]))
    return BatchResult(records, st.mentions_table(rows), extracted)


def process_batches(batches: Sequence[list[FileTask]], options: Options, processes: int) -> list[BatchResult]:
    """process_batch over a few batches, on ``processes`` processes made by forking this one (a
    pool worker whose model is loaded: the forks share it, copy-on-write, instead of each
    loading its own). The results are those of process_batch on each batch, in order; batches
    of a fork that fails are run here."""
    if processes <= 1 or len(batches) < 2 or not hasattr(os, "fork"):
        return [process_batch(batch, options) for batch in batches]
    shares = [list(range(len(batches)))[k::processes] for k in range(processes)]
    children: list[tuple[int, int, list[int]]] = []
    for share in shares[1:]:
        if not share:
            continue
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the fork: its share, pickled into the pipe, then out without any clean-up
            code = 1
            try:
                os.close(read_end)
                with os.fdopen(write_end, "wb") as out:
                    out.write(pickle.dumps([process_batch(batches[i], options) for i in share]))
                code = 0
            finally:
                os._exit(code)
        os.close(write_end)
        children.append((pid, read_end, share))
    results: dict[int, BatchResult] = {i: process_batch(batches[i], options) for i in shares[0]}
    for pid, read_end, share in children:
        with os.fdopen(read_end, "rb") as source:
            data = source.read()
        _, status = os.waitpid(pid, 0)
        try:
            done = pickle.loads(data) if status == 0 else None
        except Exception:  # a fork that died half-way: its batches again, here
            done = None
        if done is None or len(done) != len(share):
            log.warning("a forked extraction failed (status %s): its batches run again", status)
            done = [process_batch(batches[i], options) for i in share]
        results.update(zip(share, done, strict=True))
    return [results[i] for i in range(len(batches))]


def _iter_file(ingest: Any, task: FileTask, options: Options) -> Iterator[Article | Problem]:
    """ingest's reading of one file under the id it would get in a walk of the whole corpus."""
    yield from ingest.read_file(Path(task.path), task.article_id, options)


def warm_up(options: Options) -> None:
    """Load the models of this process once (process-pool initializer, dask worker set-up)."""
    from timeline.extraction import pipeline

    started = time.perf_counter()
    try:
        pipeline.extract_article(_WARM_UP, options)
    except Exception as exc:  # the real batches will report the problem
        log.warning("warm-up failed: %s", exc)
    log.info("worker %s warmed up in %.1f s", os.getpid(), time.perf_counter() - started)


# --------------------------------------------------------------------------- engines


class _InProcess:
    """workers=1: run the batches in this process (no pickling, the model loads once here)."""

    def __init__(self, options: Options) -> None:
        self.options = options

    def run(self, batches: Iterator[list[FileTask]], limit: int,
            on_wait: Callable[[], None] | None = None) -> Iterator[BatchResult]:
        for batch in batches:
            yield process_batch(batch, self.options)

    def close(self) -> None:
        pass


def _fork_is_safe() -> bool:
    """Forking copies one thread only: safe on Linux while this process runs no other thread."""
    import threading

    return sys.platform.startswith("linux") and threading.active_count() == 1


def _new_executor(options: Options, fork: bool = False) -> cf.ProcessPoolExecutor:
    """One worker process that warms its models once (in the initializer): spawned (a fresh
    interpreter), or with ``fork`` a fork of this process, which has timeline imported already
    (about 0.6 s less before its model loads; only while _fork_is_safe)."""
    context = multiprocessing.get_context("fork" if fork and _fork_is_safe() else "spawn")
    return cf.ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=warm_up, initargs=(options,))


class _Pool:
    """Spawned worker processes (one single-worker executor each, so that one can be started
    early: see EarlyWorkers); each warms its models once in the initializer."""

    def __init__(self, options: Options, workers: int, started: Sequence[cf.ProcessPoolExecutor] = ()) -> None:
        self.options = options
        self.executors = [*started, *(_new_executor(options) for _ in range(workers - len(started)))]
        self.finished = False

    def run(self, batches: Iterator[list[FileTask]], limit: int,
            on_wait: Callable[[], None] | None = None) -> Iterator[BatchResult]:
        try:
            yield from self._run(batches, limit, on_wait)
        except BrokenProcessPool as exc:
            raise TimelineError(
                "a build worker died (out of memory, or killed). The batches already done are kept: "
                "Fix: run the same build again to resume (with fewer --workers if memory is short)") from exc

    def _run(self, batches: Iterator[list[FileTask]], limit: int,
             on_wait: Callable[[], None] | None) -> Iterator[BatchResult]:
        pending: dict[cf.Future[BatchResult], int] = {}
        load = [0] * len(self.executors)

        def finished() -> Iterator[BatchResult]:
            nonlocal on_wait
            if on_wait is not None:
                on_wait, call = None, on_wait
                call()
            done, _ = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
            for future in done:
                load[pending.pop(future)] -= 1
            yield from (f.result() for f in done)

        for batch in batches:
            worker = load.index(min(load))
            pending[self.executors[worker].submit(process_batch, batch, self.options)] = worker
            load[worker] += 1
            while len(pending) >= limit:
                yield from finished()
        while pending:
            yield from finished()
        self.finished = True

    def run_forked(self, batches: Sequence[list[FileTask]], processes: int,
                   on_wait: Callable[[], None] | None = None) -> Iterator[BatchResult]:
        """A few batches as one task of the first worker, split over forks of it (process_batches)."""
        try:
            future = self.executors[0].submit(process_batches, list(batches), self.options, processes)
            if on_wait is not None:
                on_wait()
            results = future.result()
        except BrokenProcessPool as exc:
            raise TimelineError(
                "a build worker died (out of memory, or killed). "
                "Fix: run the same build again (with fewer --workers if memory is short)") from exc
        self.finished = True
        yield from results

    def close(self) -> None:
        # When every batch is done the workers only have to exit: no need to wait for them.
        for executor in self.executors:
            executor.shutdown(wait=not self.finished, cancel_futures=True)


class EarlyWorkers:
    """The pool's workers, started when a build begins, so that their models load (about 2 s
    each: spaCy's import and the model's files; the French tokenizer's regex comes compiled from
    timeline.extraction.actors.regexcache) while this process walks and
    hashes the files and reads the previous snapshot. They become the pool (see _results); when
    there is nothing to extract they are stopped before they have done anything. The results do
    not depend on them: the same process_batch runs on the same batches."""

    def __init__(self, options: Options, workers: int) -> None:
        self.options = options
        self.workers = workers
        self.executors: list[cf.ProcessPoolExecutor] = []

    def start(self) -> None:
        while len(self.executors) < self.workers:
            # The first one is a fork when no thread runs yet (a pool's first task starts a thread).
            executor = _new_executor(self.options, fork=not self.executors)
            executor.submit(os.getpid)  # a process pool starts its worker on the first task
            self.executors.append(executor)

    def take(self) -> list[cf.ProcessPoolExecutor]:
        """The started executors, handed over to a pool (which closes them)."""
        started, self.executors = self.executors, []
        return started

    def close(self) -> None:
        """Stop the workers not handed over (without waiting for their models to load)."""
        for executor in self.take():
            _terminate(executor)


def _terminate(executor: cf.ProcessPoolExecutor) -> None:
    """Stop an executor's workers now (what Python 3.14's terminate_workers does)."""
    if hasattr(executor, "terminate_workers"):  # Python >= 3.14
        executor.terminate_workers()
        return
    processes = list(getattr(executor, "_processes", {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(ProcessLookupError, OSError):
            process.terminate()
    for process in processes:
        process.join()


class _Dask:
    """The same batches on a dask.distributed cluster: the scheduler given, else a LocalCluster."""

    def __init__(self, options: Options, workers: int, scheduler: str | None) -> None:
        try:
            from dask import distributed
        except ImportError as exc:
            raise TimelineError(
                "--engine dask needs dask.distributed, which is not installed. "
                "Fix: pip install 'timeline[dask]' (or use --engine local)") from exc
        self.distributed = distributed
        self.options = options
        self.cluster = None
        if scheduler:
            self.client = distributed.Client(scheduler)
        else:
            self.cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                    dashboard_address=None, silence_logs=logging.WARNING)
            self.client = distributed.Client(self.cluster)
        self.client.run(warm_up, options)

    def run(self, batches: Iterator[list[FileTask]], limit: int,
            on_wait: Callable[[], None] | None = None) -> Iterator[BatchResult]:
        pending: set[Any] = set()
        for batch in batches:
            pending.add(self.client.submit(process_batch, batch, self.options, pure=False))
            while len(pending) >= limit:
                done, not_done = self.distributed.wait(pending, return_when="FIRST_COMPLETED")
                pending = set(not_done)
                yield from (f.result() for f in done)
        while pending:
            done, not_done = self.distributed.wait(pending, return_when="FIRST_COMPLETED")
            pending = set(not_done)
            yield from (f.result() for f in done)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _engine(engine: str, workers: int, scheduler: str | None, options: Options) -> Any:
    if engine == "dask":
        return _Dask(options, workers, scheduler)
    if engine != "local":
        raise ValueError(f"engine must be 'local' or 'dask', not {engine!r}")
    return _InProcess(options) if workers <= 1 else _Pool(options, workers)


# --------------------------------------------------------------------------- the build


def _by_path(table: pa.Table | None) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    if table is None:
        return out
    for row in table.to_pylist():
        out.setdefault(row["path"], []).append(row)
    return out


def _reusable(records: list[dict[str, Any]] | None, file_id: str, digest: str, config: str) -> bool:
    """Whether stored records of a file stand for it now: same bytes, id, parser version and options."""
    return bool(records) and all(
        r["file_hash"] == digest and r["file_id"] == file_id and r["parser_version"] == PARSER_VERSION
        and r["config"] == config and r["status"] != "unchanged"
        and not (r["error"] or "").startswith(EXTRACTION_FAILED) for r in records or ())


def _pending_parts(parts: Path) -> tuple[dict[str, list[dict[str, Any]]], dict[str, str]]:
    """Records left by a killed build (path -> records) and which part holds each path."""
    by_path: dict[str, list[dict[str, Any]]] = {}
    part_of: dict[str, str] = {}
    if not parts.is_dir():
        return by_path, part_of
    for file in sorted(parts.glob("*.articles.parquet")):
        name = file.name.removesuffix(".articles.parquet")
        try:
            table = st.read_table(file, st.ARTICLE_SCHEMA)
            if not (parts / f"{name}.mentions.parquet").is_file():
                raise StoreError(f"{name}: mentions part missing")
        except StoreError as exc:
            log.warning("ignoring a damaged part of an interrupted build: %s", exc)
            continue
        for path, records in _by_path(table).items():
            if path not in by_path:
                by_path[path] = records
                part_of[path] = name
    return by_path, part_of


def _keys(table: pa.Table) -> pa.Array:
    return pc.binary_join_element_wise(table["path"], table["article_id"], "\x00")


def _select(table: pa.Table, keys: set[str]) -> pa.Table:
    if not keys or table.num_rows == 0:
        return table.slice(0, 0)
    return table.filter(pc.is_in(_keys(table), value_set=pa.array(sorted(keys), pa.string())))


def corpus_order(paths: Sequence[str], *keys: Sequence[int | None]) -> list[int]:
    """Row positions in the order ingest walks a corpus: path components compared one by one
    (a folder's entries sorted by name), then the other keys (record, mention)."""
    cache: dict[str, tuple[str, ...]] = {}

    def parts(path: str) -> tuple[str, ...]:
        if path not in cache:
            cache[path] = Path(path).parts
        return cache[path]

    return sorted(range(len(paths)), key=lambda i: (parts(paths[i]), *(k[i] or 0 for k in keys)))


def merge_mentions(table: pa.Table) -> tuple[list[Any], pa.Table]:
    """Merge the corpus's mentions (in corpus order) -> (events, mentions table with event ids), all
    at once: the reference that merge_by_groups (what builds run) is tested against."""
    from timeline.extraction import merge

    table = table.take(pa.array(corpus_order(table["path"].to_pylist(), table["ordinal"].to_pylist(),
                                    table["seq"].to_pylist()), pa.int64()))
    table = table.set_column(table.schema.get_field_index("event_id"), "event_id",
                             pa.array([""] * table.num_rows, pa.string()))  # merging fills it in again
    mentions = st.mentions_from_table(table)
    places: dict[str, list[tuple[str, int, int]]] = {}
    for m, path, ordinal, seq in zip(mentions, table["path"].to_pylist(), table["ordinal"].to_pylist(),
                                     table["seq"].to_pylist(), strict=True):
        places.setdefault(m.mention_id, []).append((path, ordinal, seq))
    events, merged = merge.merge(mentions)
    rows = []
    for m in merged:
        found = places.get(m.mention_id)
        rows.append((m, *(found.pop(0) if found else ("", 0, 0))))
    return list(events), st.mentions_table(rows)


#: Rows merged per merge.merge_ids call in merge_by_groups: whole groups are gathered up to this
#: size, so that only this many mentions are Python objects at once (a few KB each).
MERGE_CHUNK_ROWS = 4_000


def merge_by_groups(table: pa.Table) -> tuple[pa.Table, pa.Table]:
    """merge_mentions's events and mentions tables, merged a few groups of merge.components at a
    time: by merge's "Independent groups" argument, the same rows, event ids and order, but only
    about MERGE_CHUNK_ROWS mentions are Python objects at once, so a full merge's memory grows with
    the Arrow table of the mentions, not with a corpus of objects."""
    from timeline.extraction import merge

    table = table.take(pa.array(corpus_order(table["path"].to_pylist(), table["ordinal"].to_pylist(),
                                             table["seq"].to_pylist()), pa.int64()))
    nodes = _node_lists(table)
    groups = merge.components(nodes, table["mention_id"].to_pylist())
    event_ids = [""] * table.num_rows
    events = _merge_groups(table, _rows_by_group(nodes, groups), merge.canonical_names(_actor_names(table)),
                           event_ids)
    table = table.set_column(table.schema.get_field_index("event_id"), "event_id", pa.array(event_ids, pa.string()))
    return _by_date(events), table


def _rows_by_group(nodes: Sequence[Sequence[tuple[str, int, int]]], groups: Mapping[Any, frozenset[Any]],
                   keep: Callable[[int], bool] = lambda i: True) -> list[list[int]]:
    """The row numbers of each group (rows in order; groups in the order of their first row)."""
    rows_of: dict[frozenset[Any], list[int]] = {}
    for i, own in enumerate(nodes):
        if keep(i):
            rows_of.setdefault(groups[own[0]], []).append(i)
    return list(rows_of.values())


def _merge_groups(table: pa.Table, groups: Sequence[list[int]], names: Mapping[str, str],
                  event_ids: list[str]) -> pa.Table:
    """Merge the rows of whole groups, gathered up to MERGE_CHUNK_ROWS per merge.merge_ids call
    (a union of whole groups merges as each group alone); fills ``event_ids`` at those rows and
    returns their events (unsorted)."""
    from timeline.extraction import merge

    events: list[pa.Table] = [st.EVENT_SCHEMA.empty_table()]
    chunk: list[int] = []
    for position, rows in enumerate(groups, 1):
        chunk += rows
        if len(chunk) < MERGE_CHUNK_ROWS and position < len(groups):
            continue
        merged, ids = merge.merge_ids(st.mentions_from_table(table.take(pa.array(chunk, pa.int64()))), names=names)
        for i, event_id in zip(chunk, ids, strict=True):
            event_ids[i] = event_id
        events.append(st.events_table(merged))
        chunk = []
    return pa.concat_tables(events)


def _by_date(events: pa.Table) -> pa.Table:
    return events.take(pc.sort_indices(events, sort_keys=[("date", "ascending"), ("event_id", "ascending")]))


#: The modules and data whose code decides the merged tables (merge, canonical names, the rows written):
#: a snapshot merged by other code is re-merged in full, never carried over.
_MERGE_SOURCES = ("store/*.py", "extraction/merge.py", "extraction/actors/*.py", "lang/*.py", "lang/**/*.yaml", "models.py")


def merge_fingerprint() -> str:
    """A hash of the code and word lists that merging depends on (stored in each snapshot's manifest)."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for file in sorted({file for pattern in _MERGE_SOURCES for file in root.glob(pattern)}):
        digest.update(file.relative_to(root).as_posix().encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def _row_key(row: dict[str, Any]) -> tuple[Any, ...]:
    """A mentions-table row as a hashable value, event_id left out (what merging reads)."""
    return tuple(
        tuple(tuple(v.values()) if isinstance(v, dict) else v for v in value) if isinstance(value, list) else value
        for name, value in row.items() if name != "event_id")


def _node_lists(table: pa.Table) -> list[list[tuple[str, int, int]]]:
    """merge.nodes of every row (one list object per distinct date, shared)."""
    from timeline.extraction import merge

    cache: dict[tuple[Any, ...], list[tuple[str, int, int]]] = {}
    out = []
    for key in zip(table["event_type"].to_pylist(), table["date"].to_pylist(), table["end_date"].to_pylist(),
                   table["precision"].to_pylist(), strict=True):
        found = cache.get(key)
        if found is None:
            found = cache[key] = merge.nodes(*key)
        out.append(found)
    return out


def _actor_names(table: pa.Table) -> frozenset[str]:
    return frozenset(pc.unique(pc.list_flatten(table["actors"])).to_pylist())


def _rows_with_names(table: pa.Table, names: set[str]) -> list[int]:
    if not names or table.num_rows == 0:
        return []
    actors = table["actors"].combine_chunks()
    hits = pc.is_in(pc.list_flatten(actors), value_set=pa.array(sorted(names), pa.string()))
    return sorted(set(pc.filter(pc.list_parent_indices(actors), hits).to_pylist()))


@dataclass
class MergePlan:
    """What an incremental re-merge did (in BuildSummary.merge_plan)."""

    groups: int = 0
    """Independent groups of the corpus (merge.components)."""
    remerged_groups: int = 0
    remerged_mentions: int = 0
    carried_events: int = 0


class PreviousMerge:
    """The previous snapshot's merge: its mentions and events tables, and what a re-merge needs of
    them (row nodes, groups, canonical names, the event id of each mention id), computed once by
    ``prepare`` (a build calls it while its worker loads the model)."""

    def __init__(self, mentions: pa.Table, events: pa.Table) -> None:
        self.mentions = mentions
        self.events = events
        self._ready = False

    @classmethod
    def load(cls, snapshot: Path | None, fingerprint: str) -> PreviousMerge | None:
        """The snapshot's merge, when it was made by this code (else None: merge in full)."""
        if snapshot is None:
            return None
        try:
            manifest = json.loads((snapshot / st.MANIFEST_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if manifest.get("merge") != fingerprint:
            return None
        return cls(st.read_table(snapshot / st.MENTIONS_FILE, st.MENTION_SCHEMA),
                   st.read_table(snapshot / st.EVENTS_FILE, st.EVENT_SCHEMA))

    def prepare(self) -> PreviousMerge:
        from timeline.extraction import merge

        if not self._ready:
            self.nodes = _node_lists(self.mentions)
            self.mention_ids: list[str] = self.mentions["mention_id"].to_pylist()
            self.groups = merge.components(self.nodes, self.mention_ids)
            self.actor_names = _actor_names(self.mentions)
            self.names = merge.canonical_names(self.actor_names)
            self.paths: list[str] = self.mentions["path"].to_pylist()
            self.ordinals: list[int | None] = self.mentions["ordinal"].to_pylist()
            self.seqs: list[int | None] = self.mentions["seq"].to_pylist()
            self.event_of = dict(zip(self.mention_ids, self.mentions["event_id"].to_pylist(), strict=True))
            self.keys = _keys(self.mentions)
            self._ready = True
        return self


def remerge_mentions(kept: set[str], fresh: pa.Table, previous: PreviousMerge) -> tuple[pa.Table, pa.Table, MergePlan]:
    """The events and mentions tables ``merge_mentions`` would give for the corpus made of the
    previous snapshot's mentions of the articles ``kept`` ("path NUL article id" keys) and the
    rows ``fresh`` (extracted since), re-merging only the groups that changed.

    A group of merge.components is carried over (its events, and its mentions' event ids, taken
    from the previous snapshot, no Python objects built) when it is a group of the previous
    corpus too, none of its mentions was added or removed (rows compared whole: an article
    extracted again whose rows did not change changes nothing) and no actor name of its mentions
    got another canonical name; the other groups are merged again (merge.merge with the
    corpus-wide canonical names). By merge's "Independent groups" argument the result equals a
    full re-merge: the same rows, event ids and order. The previous snapshot must have been
    merged by this code (PreviousMerge.load checks merge_fingerprint).
    """
    from timeline.extraction import merge

    old = previous.prepare()
    kept_mask = pc.is_in(old.keys, value_set=pa.array(sorted(kept), pa.string()))
    kept_at = pc.indices_nonzero(kept_mask).to_pylist()
    dropped = old.mentions.filter(pc.invert(kept_mask))
    # The corpus order: the previous rows are in it already (every merge writes them so), so
    # the fresh rows, sorted, are inserted where the stable sort of kept + fresh would put them.
    parts: dict[str, tuple[str, ...]] = {}

    def order_key(path: str, ordinal: int | None, seq: int | None) -> tuple[Any, ...]:
        if path not in parts:
            parts[path] = Path(path).parts
        return parts[path], ordinal or 0, seq or 0

    fresh_paths, fresh_ordinals, fresh_seqs = (fresh[c].to_pylist() for c in ("path", "ordinal", "seq"))
    order: list[int] = []
    done = 0
    for j in corpus_order(fresh_paths, fresh_ordinals, fresh_seqs):
        at = bisect.bisect_right(kept_at, order_key(fresh_paths[j], fresh_ordinals[j], fresh_seqs[j]), lo=done,
                                 key=lambda i: order_key(old.paths[i], old.ordinals[i], old.seqs[i]))
        order += kept_at[done:at]
        order.append(old.mentions.num_rows + j)
        done = at
    order += kept_at[done:]
    table = pa.concat_tables([old.mentions, fresh]).take(pa.array(order, pa.int64()))
    fresh_nodes = _node_lists(fresh)
    nodes = [old.nodes[i] if i < len(old.nodes) else fresh_nodes[i - len(old.nodes)] for i in order]

    # What changed: rows extracted again that are the same as before change nothing.
    fresh_rows = Counter(_row_key(r) for r in fresh.to_pylist())
    touched: set[tuple[str, int, int]] = set()
    for row in dropped.to_pylist():
        key = _row_key(row)
        if fresh_rows.get(key, 0) > 0:
            fresh_rows[key] -= 1
        else:  # removed
            touched.update(merge.nodes(row["event_type"], row["date"], row["end_date"], row["precision"]))
    columns = [c for c in fresh.schema.names if c != "event_id"]
    for key in +fresh_rows:  # added
        row = dict(zip(columns, key, strict=True))
        touched.update(merge.nodes(row["event_type"], row["date"], row["end_date"], row["precision"]))
    actor_names = _actor_names(table)  # canonical names depend on the set of names only
    names = old.names if actor_names == old.actor_names else merge.canonical_names(actor_names)
    renamed = {n for n in names.keys() | old.names.keys() if names.get(n) != old.names.get(n)}
    for i in _rows_with_names(table, renamed):
        touched.update(nodes[i])
    for i in _rows_with_names(old.mentions, renamed):
        touched.update(old.nodes[i])

    mention_ids = table["mention_id"].to_pylist()
    groups = merge.components(nodes, mention_ids)
    clean_groups = {group for node, group in groups.items() if old.groups.get(node) == group and not group & touched}
    clean = [groups[own[0]] in clean_groups for own in nodes]
    dirty = [i for i, ok in enumerate(clean) if not ok]
    event_ids = [old.event_of[m] if ok else "" for m, ok in zip(mention_ids, clean, strict=True)]
    events = _merge_groups(table, _rows_by_group(nodes, groups, keep=lambda i: not clean[i]), names, event_ids)
    carried = sorted({e for e, ok in zip(event_ids, clean, strict=True) if ok})
    kept_events = old.events.filter(pc.is_in(old.events["event_id"], value_set=pa.array(carried, pa.string())))
    all_events = _by_date(pa.concat_tables([kept_events, events]))
    table = table.set_column(table.schema.get_field_index("event_id"), "event_id", pa.array(event_ids, pa.string()))
    all_groups = set(groups.values())
    plan = MergePlan(groups=len(all_groups), remerged_groups=len(all_groups) - len(clean_groups),
                     remerged_mentions=len(dirty), carried_events=kept_events.num_rows)
    return all_events, table, plan


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
    options = options or Options()
    root = st.store_path(store).resolve()
    started = time.monotonic()
    summary = BuildSummary(store=root, engine=engine, workers=workers)
    stream = sys.stderr if progress is True or (progress is None and sys.stderr.isatty()) else (progress or None)
    config = options_key(options)
    fingerprint = merge_fingerprint()
    previous_merge: PreviousMerge | None = None
    early = EarlyWorkers(options, 1) if engine == "local" and workers > 1 else None
    with contextlib.ExitStack() as cleanup:
        if early is not None:
            early.start()  # before the lock: a forked worker would hold a copy of the lock's descriptor
            cleanup.callback(early.close)  # stopped at once if it is not used
        cleanup.enter_context(st.locked(root, wait=wait))
        parts = root / "parts"
        snapshot = None if rebuild else st.current_snapshot(root)
        previous = _by_path(st.read_table(snapshot / st.ARTICLES_FILE, st.ARTICLE_SCHEMA)) if snapshot else {}
        if rebuild and parts.is_dir():
            for stale in parts.iterdir():
                stale.unlink()
        pending, part_of = _pending_parts(parts)

        # An id the store already holds for another file (an earlier build of another folder) is not reused.
        held = {r["file_id"]: path for path, records in previous.items() for r in records}
        files = list(walk(paths, skip=root, taken=held))
        bar = Progress(sum(f.severity != "warning" for f in files), stream)
        final: dict[str, list[dict[str, Any]]] = {}
        """path -> its article records in the new snapshot."""
        from_previous: set[str] = set()
        """(path NUL article id) keys whose mentions come from the previous snapshot."""
        from_parts: dict[str, set[str]] = {}
        """part name -> keys whose mentions come from that part."""
        changed = rebuild or snapshot is None

        def fail(found: Found, path: str, reason: str) -> None:
            """Record a file that could not be read as a failed article (kept in the store, with its reason)."""
            nonlocal changed
            final[path] = [_failed(FileTask(path, str(found.path), found.article_id, ""), found.article_id,
                                   reason, config)]
            summary.failed.append((found.article_id, reason))
            changed = True
            bar.update(1, 0)

        def tasks() -> Iterator[FileTask]:
            nonlocal changed
            for found in files:
                path = found.resolved or str(found.path.resolve())
                if found.problem:
                    reason = f"{ingest_name(found.path)}: {found.problem}"
                    if found.severity == "warning":
                        summary.ignored.append((found.article_id, reason))
                    else:
                        fail(found, path, reason)
                    continue
                try:
                    digest = file_hash(found.path)
                except OSError as exc:
                    fail(found, path,
                         f"{ingest_name(found.path)}: could not be opened ({exc.strerror or type(exc).__name__})")
                    continue
                old = previous.get(path)
                if _reusable(old, found.article_id, digest, config):
                    final[path] = old or []
                    from_previous.update(f"{path}\x00{r['article_id']}" for r in old or ())
                    summary.skipped += len(old or ())
                    bar.update(1, len(old or ()))
                    continue
                if _reusable(pending.get(path), found.article_id, digest, config):
                    final[path] = pending[path]
                    from_parts.setdefault(part_of[path], set()).update(
                        f"{path}\x00{r['article_id']}" for r in pending[path])
                    summary.resumed += len(pending[path])
                    changed = True
                    bar.update(1, len(pending[path]))
                    continue
                changed = True
                known = tuple((r["article_id"], r["content_hash"]) for r in old or ()
                              if r["status"] == "ok" and r["parser_version"] == PARSER_VERSION
                              and r["config"] == config and r["file_id"] == found.article_id)
                yield FileTask(path, str(found.path), found.article_id, digest, known)

        def batches() -> Iterator[list[FileTask]]:
            batch: list[FileTask] = []
            for task in tasks():
                batch.append(task)
                if len(batch) >= batch_files:
                    yield batch
                    batch = []
            if batch:
                yield batch

        def read_previous() -> None:
            """While the workers extract: the previous snapshot's merge, ready for re-merging."""
            nonlocal previous_merge
            if snapshot is not None and previous_merge is None:
                previous_merge = PreviousMerge.load(snapshot, fingerprint)
                if previous_merge is not None:
                    previous_merge.prepare()

        stall_after = _stall_batches()
        done_batches = 0
        from timeline.extraction import actors

        models_before = actors.loaded_models()
        try:
            for result in _results(batches(), engine, workers, scheduler, options, early, read_previous):
                name = _write_part(parts, result)
                done_batches += 1
                for record in result.records:
                    key = f"{record['path']}\x00{record['article_id']}"
                    if record["status"] == "unchanged":
                        old = {r["article_id"]: r for r in previous.get(record["path"], [])}[record["article_id"]]
                        record = {**old, "file_hash": record["file_hash"], "ordinal": record["ordinal"]}
                        from_previous.add(key)
                        summary.skipped += 1
                    else:
                        from_parts.setdefault(name, set()).add(key)
                        if record["status"] == "failed":
                            summary.failed.append((record["article_id"], record["error"]))
                        else:
                            summary.read += 1
                    final.setdefault(record["path"], []).append(record)
                bar.update(len({r["path"] for r in result.records}), len(result.records))
                if stall_after is not None and done_batches >= stall_after:
                    st.stall_forever(f"batches:{done_batches}")
        finally:
            bar.close()
        if free_model and not models_before:  # loaded by this build, in this process (one worker)
            actors.unload_models()

        for path, old in previous.items():
            if path in final:
                continue
            if os.path.isfile(path):
                final[path] = old
                from_previous.update(f"{path}\x00{r['article_id']}" for r in old)
                summary.kept += len(old)
            else:
                summary.removed += len(old)
                changed = True
        summary.articles = sum(len(v) for v in final.values())

        if not changed:
            assert snapshot is not None  # nothing changed: there is a current snapshot
            for name, schema in ((st.EVENTS_FILE, st.EVENT_SCHEMA), (st.MENTIONS_FILE, st.MENTION_SCHEMA)):
                st.read_table(snapshot / name, schema, columns=[schema.names[0]])  # corrupt: StoreError + the fix
            summary.snapshot = ""
            manifest = st.read_manifest(root)
            summary.events = int(manifest.get("events", 0))
            summary.mentions = int(manifest.get("mentions", 0))
        else:
            _stall("merge")
            summary.phases["extract"] = time.monotonic() - started
            fresh = [_select(st.read_table(parts / f"{name}.mentions.parquet", st.MENTION_SCHEMA), keys)
                     for name, keys in from_parts.items()]
            if from_previous and previous_merge is None:
                previous_merge = PreviousMerge.load(snapshot, fingerprint)
            if previous_merge is not None and from_previous:
                new_rows = pa.concat_tables(fresh) if fresh else st.MENTION_SCHEMA.empty_table()
                events_table, merged, summary.merge_plan = remerge_mentions(from_previous, new_rows, previous_merge)
            else:
                tables = fresh
                if snapshot is not None and from_previous:
                    tables = [_select(st.read_table(snapshot / st.MENTIONS_FILE, st.MENTION_SCHEMA), from_previous),
                              *fresh]
                mentions = pa.concat_tables(tables) if tables else st.MENTION_SCHEMA.empty_table()
                events_table, merged = merge_by_groups(mentions)
            summary.phases["merge"] = time.monotonic() - started - summary.phases["extract"]
            records = [r for rows in final.values() for r in rows]
            ordered = [records[i] for i in corpus_order([r["path"] for r in records],
                                                        [r["ordinal"] for r in records])]
            articles = pa.Table.from_pylist(ordered, schema=st.ARTICLE_SCHEMA)
            manifest = {"parser_version": PARSER_VERSION, "config": config, "articles": articles.num_rows,
                        "mentions": merged.num_rows, "events": events_table.num_rows,
                        "failed": sum(r["status"] == "failed" for r in ordered), "merge": fingerprint}
            committed = st.commit_snapshot(root, articles, merged, events_table, manifest)
            summary.phases["commit"] = time.monotonic() - started - summary.phases["extract"] - summary.phases["merge"]
            summary.snapshot = committed.name
            summary.events = events_table.num_rows
            summary.mentions = merged.num_rows
        if parts.is_dir():
            for stale in parts.iterdir():
                stale.unlink()
    summary.seconds = time.monotonic() - started
    log.info("build: %s", summary.text())
    return summary


def _results(batches: Iterator[list[FileTask]], engine: str, workers: int, scheduler: str | None,
             options: Options, early: EarlyWorkers | None = None,
             on_wait: Callable[[], None] | None = None) -> Iterator[BatchResult]:
    """Run the batches on the chosen engine; starts it only if there is a batch to run.

    A local build with no more than SMALL_WORK_BATCHES batches to run (an incremental build
    after a few changes) starts no other worker, whose start and model load would cost more than
    the work: with ``workers`` > 1 the batches go, as one task, to the early worker (``early``,
    started when the build began, so its model has been loading since), which splits them over
    forks of itself sharing its loaded model (process_batches); with one worker they run in this
    process. While pool workers run, ``on_wait`` runs here once (the build reads the previous
    snapshot).
    """
    ahead: list[list[FileTask]] = []
    for batch in batches:
        ahead.append(batch)
        if len(ahead) > SMALL_WORK_BATCHES:
            break
    small = engine == "local" and len(ahead) <= SMALL_WORK_BATCHES
    started = early.take() if early is not None else []
    if not ahead or not (engine == "local" and workers > 1):
        for executor in started:
            _terminate(executor)
        started = []
    if not ahead:
        return
    if started:
        runner: Any = _Pool(options, 1 if small else workers, started)
    else:
        runner = _engine(engine, 1 if small else workers, scheduler, options)
    try:
        if started and small:
            yield from runner.run_forked(ahead, min(workers, len(ahead)), on_wait)
            return

        def all_batches() -> Iterator[list[FileTask]]:
            yield from ahead
            yield from batches

        yield from runner.run(all_batches(), limit=max(1, workers) * IN_FLIGHT_PER_WORKER, on_wait=on_wait)
    finally:
        runner.close()


def _write_part(parts: Path, result: BatchResult) -> str:
    """Write a batch's mentions, then its article records (the part is complete once both exist)."""
    keys = sorted(f"{r['path']}\x00{r['file_hash']}" for r in result.records)
    name = hashlib.sha256("\n".join(keys).encode()).hexdigest()[:24]
    st.write_table(result.mentions, parts / f"{name}.mentions.parquet")
    st.write_table(pa.Table.from_pylist(result.records, schema=st.ARTICLE_SCHEMA),
                   parts / f"{name}.articles.parquet")
    return name


def _stall_batches() -> int | None:
    """Test hook: TIMELINE_BUILD_STALL=batches:N stops the build after N batches are written."""
    value = os.environ.get("TIMELINE_BUILD_STALL", "")
    if value.startswith("batches:") and value[8:].isdigit():
        return int(value[8:])
    return None


def _stall(point: str) -> None:
    st._stall(point)
