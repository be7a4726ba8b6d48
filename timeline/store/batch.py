"""The per-batch work of a build worker: read a batch of files, extract their articles, and
return article records and mentions (touches no store). Runs in a pool worker, a fork of one, a
dask worker, or the build's own process (see pool.py)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import pickle
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa

from timeline.models import Article, Mention, Problem
from timeline.settings import PARSER_VERSION, Options
from timeline.store import schema

log = logging.getLogger(__name__)

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



def options_key(options: Options) -> str:
    """A short fingerprint of the Options that change what extraction produces.

    ``today`` (the run's clock) is left out: it only dates a dateline without a year that nothing else dates,
    and a store's first reading of such a page, made nearest its publication, is the better one; keying on
    it would re-extract the whole store every day."""
    values = asdict(options)
    values.pop("today", None)
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
    row: dict[str, Any] = dict.fromkeys(schema.ARTICLE_COLUMNS)
    row.update(values)
    return row


def failed_record(task: FileTask, article_id: str, reason: str, config: str, ordinal: int = 0) -> dict[str, Any]:
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
            records.append(failed_record(task, task.article_id, f"cannot read: {type(exc).__name__}: {exc}",
                                   config))
            continue
        for item in items:
            if isinstance(item, Problem):
                if item.severity == "warning":
                    warnings.append(item.message())
                else:
                    records.append(failed_record(task, _problem_id(task, item), item.message(), config, ordinal))
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
            records.append(failed_record(task, task.article_id,
                                   "; ".join(warnings) or "no article found in this file", config))
        elif warnings:
            for record in records[first:]:
                record["error"] = "; ".join(filter(None, [record["error"], *warnings]))
    return BatchResult(records, schema.mentions_table(rows), extracted)


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
    from timeline.extraction.actors.regexcache import collected_compiles

    started = time.perf_counter()
    try:
        with collected_compiles():  # the word lists' patterns, compiled at first use: their programs from disk
            pipeline.extract_article(_WARM_UP, options)
    except Exception as exc:  # the real batches will report the problem
        log.warning("warm-up failed: %s", exc)
    log.info("worker %s warmed up in %.1f s", os.getpid(), time.perf_counter() - started)

