"""Where the dashboard's events come from: the sample articles, an events file or a store, plus a session's uploads.

    folder_key                         a cache key for a folder of articles
    extract_folder / read_files / open_store   the three shared sources (app.py caches them per server)
    Base, load_base                    the server's shared events and how to name them, errors said plainly
    view_source                        the shared events plus one session's uploads
    article_infos                      title, URL and date of the articles (seeds and uploads)

No streamlit here: app.py wraps the loaders in ``st.cache_resource`` and hands them to ``load_base``.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import hashlib
import logging
import os
from collections.abc import Callable, Mapping, MutableMapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from timeline.dashboard import citations, i18n
from timeline.dashboard.views import Upload, merged_with, public_text
from timeline.errors import StoreError
from timeline.models import Mention
from timeline.store.query import EventSource, Filters, MemorySource

log = logging.getLogger("timeline.app")


def folder_key(folder: Path) -> str:
    """A small cache key for a folder of articles: the hash of its files' names and bytes."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.name.encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def mtime_key(*paths: str) -> str:
    return "|".join(f"{p}:{os.stat(p).st_mtime_ns}" for p in paths if p)


def freeze_shared() -> None:
    """Keep what was just loaded for every session (events, the spaCy model) out of the garbage collector.

    Streamlit runs a full ``gc.collect()`` after every script run (``runner.postScriptGC``); without this
    it scans the model's millions of objects each time, about 60% of the server's CPU under load
    (py-spy, docs/RELIABILITY.md). Reference counting still frees them; only cycles among them stay.
    """
    gc.collect()
    gc.freeze()
    atexit.unregister(gc.unfreeze)
    atexit.register(gc.unfreeze)  # at exit, let the interpreter's teardown see and free them as usual


def extract_folder(folder: str, key: str = "") -> tuple[MemorySource, tuple[Mention, ...], tuple[str, ...]]:
    """The sample articles' events and mentions, and what went wrong on the way (to show).

    ``key`` (``folder_key``: the files' hash) is for the page's cache only: new files, a new extraction."""
    import timeline as api

    notes: list[str] = []
    try:
        extraction = api.extract([folder], api.Options())
    except api.ModelMissing as exc:  # no spaCy model (e.g. a bare deploy): actors from the rule layer only
        log.warning("no spaCy model, extracting without NER: %s", exc)
        notes.append(f"{exc} (actors were found with rules only)")
        extraction = api.extract([folder], api.Options(use_ner=False))
    source = MemorySource(extraction.events_frame(), extraction.mentions_frame())
    log.info("seeds %s: %d events from %d articles", folder, len(source), len(extraction.articles))
    freeze_shared()
    return source, tuple(extraction.mentions), tuple(notes + [p.message() for p in extraction.problems])


def read_files(events_path: str, mentions_path: str, key: str = "") -> MemorySource:
    """An events file (and its mentions file, if any) as a source (``key``, ``mtime_key``: for the cache)."""
    from timeline.store.query import read_events_file, read_mentions_file

    mentions = read_mentions_file(mentions_path) if mentions_path else None
    source = MemorySource(read_events_file(events_path), mentions)
    freeze_shared()
    return source


def open_store(snapshot: str) -> EventSource:
    from timeline import store

    source = store.StoreSource(Path(snapshot))
    freeze_shared()
    return source


def current_snapshot(path: str) -> str:
    from timeline import store

    return str(store.require_snapshot(path))


@dataclass
class Base:
    """The shared events of this server (seeds, an events file or a store) and how to name them."""

    source: EventSource | None
    label: str
    errors: list[str] = field(default_factory=list)
    warnings: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    """The shared articles' mentions when they are at hand (the seeds): uploads are merged with them."""


@dataclass(frozen=True)
class Loaders:
    """The cached loaders app.py hands in (each one ``st.cache_resource`` around the function of this module)."""

    seeds: Callable[[str, str], tuple[MemorySource, tuple[Mention, ...], tuple[str, ...]]]
    files: Callable[[str, str, str], MemorySource]
    store: Callable[[str], EventSource]
    spinner: Callable[[str], AbstractContextManager[Any]] = lambda text: contextlib.nullcontext()
    infos: Callable[[str, str], Mapping[str, Mapping[str, Any]]] = lambda folder, key: {}
    """Title, URL and date of each article of a folder (``citations.folder_infos``), for the sources list."""
    store_infos: Callable[[str, str], Mapping[str, Mapping[str, Any]]] = lambda store, snapshot: {}
    """The same for the articles of a store (``citations.store_infos``), keyed by its current snapshot."""
    file_infos: Callable[[str, Any], Mapping[str, Mapping[str, Any]]] = lambda key, source: file_infos(key, source)
    """The URL of each article of an events file (``file_infos``), keyed by the files' ``mtime_key``."""


def load_base(settings: dict[str, str], default_seeds: Path, lang: str, loaders: Loaders) -> Base:
    """The server's shared events, from a store, an events file or a folder (the seeds), in that order.

    Errors name the file without its server path (the server log has it) and say the fix.
    """
    if settings.get("store"):
        path = settings["store"]
        try:
            with loaders.spinner(i18n.t("loading_store", lang)):
                label = i18n.t("source_store", lang, path=public_text(path))
                return Base(loaders.store(current_snapshot(path)), label)
        except ImportError as exc:
            return Base(None, "", [i18n.t("store_missing", lang, error=public_text(exc))])
        except Exception as exc:  # the store says what is wrong and the fix; the server log has the paths
            log.exception("cannot open store %s", path)
            return Base(None, "", [i18n.t("store_failed", lang, path=public_text(path), error=public_text(exc))])
    if settings.get("events"):
        path, mentions = settings["events"], settings.get("mentions", "")
        try:
            return Base(loaders.files(path, mentions, mtime_key(path, mentions)),
                        i18n.t("source_file", lang, path=public_text(path)))
        except Exception as exc:
            log.exception("cannot read events file %s", path)
            return Base(None, "", [i18n.t("events_file_failed", lang, path=public_text(path),
                                          error=public_text(exc))])
    folder = Path(settings.get("seeds") or default_seeds)
    try:
        with loaders.spinner(i18n.t("loading", lang)):
            source, tellings, problems = loaders.seeds(str(folder), folder_key(folder))
        return Base(source, i18n.t("source_seeds", lang), warnings=problems, mentions=tellings)
    except Exception as exc:  # extraction is being written by others: degrade, do not crash
        log.exception("extraction of %s failed", folder)
        return Base(None, "", [i18n.t("extract_failed", lang, error=public_text(f"{type(exc).__name__}: {exc}"))])


def view_source(base: Base, upload: Upload | None, cache: MutableMapping[str, Any]) -> EventSource | None:
    """The base events plus this session's uploads (a per-session MemorySource, never shared).

    With the seeds, uploads are merged with them as one corpus (the same event told in an upload and a seed
    is one row with both sources); with an events file, shown beside them; with a store, on their own.
    ``cache`` is the session's state: the merged source is kept there until the upload or the base changes.
    """
    if upload is None or upload.events.empty:
        return base.source
    cached = cache.get("upload_source")
    if cached is not None and cached[0] == (upload.key, id(base.source)):
        return cached[1]
    if isinstance(base.source, MemorySource) and base.mentions:
        source = MemorySource(*merged_with(base.mentions, upload))
    elif isinstance(base.source, MemorySource):
        shared = base.source.events(Filters())
        events = pd.concat([shared, upload.events], ignore_index=True)
        mentions = pd.concat([base.source.mentions(list(shared["event_id"])), upload.mentions], ignore_index=True)
        source = MemorySource(events, mentions)
    else:  # a store: the session's uploads are shown on their own
        source = MemorySource(upload.events, upload.mentions)
    cache["upload_source"] = ((upload.key, id(base.source)), source)
    return source


def file_infos(key: str, _source: EventSource | None) -> dict[str, Mapping[str, Any]]:
    """The articles of an events file (``_source``, read by ``read_files``): their URLs (``citations.link_infos``);
    ``key`` (``mtime_key`` of the files) is for the page's cache."""
    if not isinstance(_source, MemorySource):
        return {}
    events = _source.events(Filters())
    return citations.link_infos(events, _source.mentions(list(events["event_id"])))


def article_infos(settings: dict[str, str], default_seeds: Path, upload: Upload | None,
                  loaders: Loaders, base: Base | None = None) -> dict[str, Mapping[str, Any]]:
    """What the sources list knows of each article: the store's (its articles table), the sample articles'
    (ingest only) and the session's uploads'. An events file carries no titles: its articles go by outlet (the
    URL its mentions or events give, with ``base``: the events file's source)."""
    infos: dict[str, Mapping[str, Any]] = {}
    if settings.get("store"):
        try:
            path = settings["store"]
            infos.update(loaders.store_infos(path, current_snapshot(path)))
        except (StoreError, OSError):
            pass  # the store's own error is the page's message (load_base); its articles then go by outlet
    elif settings.get("events"):
        if base is not None and base.source is not None:
            paths = (settings["events"], settings.get("mentions", ""))
            with contextlib.suppress(OSError):
                infos.update(loaders.file_infos(mtime_key(*paths), base.source))
    else:
        folder = Path(settings.get("seeds") or default_seeds)
        infos.update(loaders.infos(str(folder), folder_key(folder)))
    if upload is not None:
        infos.update(citations.infos_by_id(upload.articles))
    return infos


def article_names(source: EventSource | None, infos: Mapping[str, Mapping[str, Any]], lang: str,
                  cache: MutableMapping[str, Any]) -> dict[str, str]:
    """Each article of the source named for people (``citations.article_names``: title and outlet), kept in the
    session's ``cache`` until the source, the language or the known articles change."""
    if source is None:
        return {}
    key = (id(source), lang, len(infos))
    cached = cache.get("_article_names")
    if cached is None or cached[0] != key:
        cached = (key, citations.article_names(source.facets().sources, infos, lang))
        cache["_article_names"] = cached
    return dict(cached[1])


def source_label(base: Base, upload: Upload | None, lang: str) -> str:
    """What the page's caption names as its data: the base, plus the session's uploads."""
    if upload is None or upload.events.empty:
        return base.label
    return base.label + " " + i18n.t("source_uploads", lang, n=upload.n_articles)


def merged_note(base: Base, upload: Upload | None, source: EventSource | None, lang: str) -> str:
    """'N new events, M merged into events already shown' when some of the upload's events merged, else ''."""
    counts = upload_counts(base, upload, source)
    return i18n.t("upload_merged", lang, new=counts[0], merged=counts[1]) if counts and counts[1] else ""


def upload_counts(base: Base, upload: Upload | None, source: EventSource | None) -> tuple[int, int] | None:
    """(new, merged): of the upload's events, how many are new rows in the view and how many merged into
    events the shared articles already tell (None without an upload's events)."""
    if upload is None or upload.events.empty or source is None:
        return None
    shared = base.source.facets().n_events if isinstance(base.source, MemorySource) else 0
    new = max(0, min(len(upload.events), source.facets().n_events - shared))
    return new, len(upload.events) - new
