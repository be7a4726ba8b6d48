"""Uploaded files -> events, in a worker process with a time budget (no streamlit here).

    extract_uploads(files, lang, ...)   what the page calls: one worker process per upload, stopped when
                                        over its budget; the file being read then is named, left out, and
                                        the other files are read again without it
    read_files(files, lang, ...)        the work itself (runs in the worker; also callable in-process)
    printable(text)                     text that any widget can encode (lone surrogates replaced)

Why a process: extraction is CPU-bound Python. In the server's own thread it holds the GIL, so every
other visitor's page waits behind one big or hostile upload (issue 15 measured ~31 s). In a worker the
server thread only waits on a pipe, and a runaway worker is killed, which a thread cannot be.

Each upload forks the server ("fork" start method): the child starts at once with everything the server
has loaded (the spaCy model included, shared copy-on-write), reads the files and sends the result back
over a pipe. Not "spawn" or "forkserver": their children re-import the main module, which under Streamlit
is app.py itself (Streamlit puts the page's module in sys.modules["__main__"]), so every worker would run
the page. Forking a process that has threads is allowed on Linux; the child only runs our code, and a
child that hangs is killed at the budget like a slow one. Where fork is missing, "spawn" is used.
"""

from __future__ import annotations

import datetime as dt
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, MutableMapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from timeline.dashboard import i18n
from timeline.dashboard.share import Collections, ShareError
from timeline.dashboard.views import Upload, why_no_events
from timeline.settings import Options

log = logging.getLogger(__name__)

#: Seconds one upload may take in its worker before it is stopped. A 20 MB upload of ~700-word articles
#: takes ~40-60 s on one core of the CI machine (50 articles/s); twice that leaves room for a slow host.
UPLOAD_BUDGET_S = float(os.environ.get("TIMELINE_UPLOAD_BUDGET", "120") or 120)
#: Upload workers running at once on a server (each may grow to the model's ~400 MB): more wait their turn.
MAX_WORKERS = 2
_SLOTS = threading.BoundedSemaphore(MAX_WORKERS)

Progress = Callable[[float, str], None]


def printable(text: Any) -> str:
    """``str(text)`` with lone surrogates (from a hostile JSON key or file name) replaced, so st.text,
    the websocket's UTF-8 and the browser never choke on it."""
    return str(text).encode("utf-8", errors="replace").decode("utf-8")


@dataclass(frozen=True)
class Overtime:
    """An upload stopped over its budget, with the file it was reading then."""

    name: str
    index: int
    seconds: float


def read_files(files: Sequence[tuple[str, bytes]], lang: str, *, max_files: int, max_mb: float,
               progress: Progress | None = None, options: Options | None = None) -> Upload:
    """Read and extract uploaded files (name, bytes), file by file, then merge them as one corpus.

    At most ``max_files`` files and ``max_mb`` MB in all are read (what is cut is said in
    ``notices``); each file's problems are returned; an upload without events says why.
    """
    import timeline as api

    options = options or Options(today=dt.date.today())  # the edge: the clock dates year-less datelines
    notices: list[str] = []
    if len(files) > max_files:
        notices.append(i18n.t("upload_too_many", lang, n=len(files), max=max_files))
        files = files[:max_files]
    articles: list[Any] = []
    problems: list[Any] = []
    tellings: list[Any] = []
    used, limit = 0, max_mb * 1_000_000
    for i, (name, data) in enumerate(files):
        if progress is not None:
            progress(i / max(len(files), 1), i18n.t("upload_progress", lang, name=printable(name), i=i + 1,
                                                    n=len(files)))
        if len(data) > limit:
            notices.append(i18n.t("upload_too_big", lang, name=printable(name), mb=i18n.number(len(data) / 1e6, lang),
                                  max=i18n.number(max_mb, lang)))
            continue
        if used + len(data) > limit:
            notices.append(i18n.t("upload_total_too_big", lang, name=printable(name), max=i18n.number(max_mb, lang)))
            break
        used += len(data)
        found, file_problems = api.read_bytes(name, data, options)
        articles.extend(found)
        problems.extend(file_problems)
        try:
            tellings.extend(api.extract(found, options).mentions if found else ())
        except api.ModelMissing:  # no spaCy model: actors from the rule layer only
            options = replace(options, use_ner=False)
            tellings.extend(api.extract(found, options).mentions)
    if progress is not None:
        progress(1.0, i18n.t("upload_extracting", lang))
    merged = api.merge_tellings(tellings) if tellings else api.Extraction()
    events, mentions = merged.events_frame(), merged.mentions_frame()
    why = ""
    if events.empty:
        n_dates = sum(len(api.article_dates(a, options)) for a in articles)
        why = why_no_events(len(articles), n_dates, problems, lang)
    return Upload((), events, mentions, problems, len(files), len(articles), notices, why, tuple(tellings),
                  articles=tuple(_info(a) for a in articles))


def _info(article: Any) -> dict[str, Any]:
    """What the sources list shows of an article (no text)."""
    when = article.reference_date if article.reference_source in ("metadata", "dateline", "url") else None
    return {"id": article.id, "title": article.title, "url": article.url, "date": when}


# --- the worker ----------------------------------------------------------------------------


def _context() -> Any:
    return multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")


def _child(conn: Any, files: list[tuple[str, bytes]], lang: str, limits: tuple[int, float],
           options: Options | None) -> None:
    """The worker: progress messages, then ("done", Upload) or ("error", text)."""
    try:
        def progress(share: float, text: str) -> None:
            conn.send(("progress", share, text))
        upload = read_files(files, lang, max_files=limits[0], max_mb=limits[1], progress=progress, options=options)
        conn.send(("done", upload))
    except Exception as exc:  # the page says it; the server log has the traceback
        log.exception("upload worker failed")
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def run_in_worker(files: Sequence[tuple[str, bytes]], lang: str, *, max_files: int, max_mb: float,
                  budget_s: float, progress: Progress | None = None,
                  options: Options | None = None) -> Upload | Overtime:
    """``read_files`` in a worker process; an Overtime (naming the file) when it runs past ``budget_s``."""
    context = _context()
    receive, send = context.Pipe(duplex=False)
    worker = context.Process(target=_child, args=(send, list(files), lang, (max_files, max_mb), options),
                             daemon=True, name="timeline-upload")
    started = time.monotonic()
    worker.start()
    send.close()
    current = 0
    try:
        while True:
            left = budget_s - (time.monotonic() - started)
            if left <= 0 or not receive.poll(left):
                return Overtime(printable(files[min(current, len(files) - 1)][0]) if files else "", current,
                                budget_s)
            try:
                message = receive.recv()
            except EOFError:
                raise RuntimeError(f"the upload worker stopped (exit code {worker.exitcode})") from None
            if message[0] == "progress":
                current = min(round(message[1] * len(files)), max(len(files) - 1, 0))
                if progress is not None:
                    progress(message[1], message[2])
            elif message[0] == "done":
                return message[1]  # type: ignore[no-any-return]
            else:
                raise RuntimeError(message[1])
    finally:
        receive.close()
        if worker.is_alive():
            worker.kill()
        worker.join(timeout=5)


def extract_uploads(files: Sequence[tuple[str, bytes]], lang: str, *, max_files: int, max_mb: float,
                    budget_s: float = UPLOAD_BUDGET_S, progress: Progress | None = None,
                    options: Options | None = None) -> Upload:
    """What the page calls: the upload read in a worker within ``budget_s``.

    A file that keeps the worker past the budget is named in a notice and left out; the other files are
    then read again without it (once: a second overrun stops the upload, with the same notice).
    """
    if not _SLOTS.acquire(timeout=budget_s):
        raise RuntimeError(i18n.t("upload_busy", lang))
    try:
        notices: list[str] = []
        remaining = list(files)
        for _attempt in range(2):
            result = run_in_worker(remaining, lang, max_files=max_files, max_mb=max_mb, budget_s=budget_s,
                                   progress=progress, options=options)
            if isinstance(result, Upload):
                result.notices[:0] = notices
                return result
            log.warning("upload over its %.0f s budget while reading %s", budget_s, result.name)
            notices.append(i18n.t("upload_over_budget", lang, name=result.name, seconds=i18n.number(budget_s, lang)))
            del remaining[result.index]
            if not remaining:
                break
        return Upload((), _empty(), _empty(), [], len(files), 0, notices, i18n.t("upload_stopped", lang))
    finally:
        _SLOTS.release()


def _empty() -> Any:
    import pandas as pd

    return pd.DataFrame()


# --- the session's articles and the collection that keeps them --------------------------------

#: Session-state keys (besides state.K.COLLECTION, the token the URL carries).
LINKED, SAVED = "_linked_collection", "_saved_collection"


def files_key(files: Sequence[tuple[str, bytes]]) -> tuple[tuple[str, str], ...]:
    """What identifies a set of files: their names and content hashes."""
    import hashlib

    return tuple((name, hashlib.sha256(data).hexdigest()) for name, data in files)


def session_files(state: MutableMapping[str, Any], uploaded: Sequence[tuple[str, bytes]], store: Collections,
                  now: float, lang: str, token_key: str = "collection") -> tuple[list[tuple[str, bytes]], list[str]]:
    """The session's articles: those of the link it was opened with (``state[token_key]``), plus the files in
    its uploader; and notices to show.

    Whenever the uploader adds files, the whole set is kept as a new collection and its token replaces
    ``state[token_key]`` (the page writes it into the URL), so a reload, or the link given to someone,
    opens the same articles. Removing the files from the uploader goes back to the link's own articles.
    """
    notices: list[str] = []
    token = str(state.get(token_key) or "")
    linked = state.get(LINKED)
    saved = state.get(SAVED)
    if token and (linked is None or linked[0] != token) and (saved is None or saved[1] != token):
        files = store.load(token, now)
        if files is None:
            notices.append(i18n.t("shared_missing", lang))
            token, linked = "", None
        else:
            linked = (token, files)
        state[LINKED] = linked
    base = list(linked[1]) if linked else []
    if not uploaded:
        state[token_key] = linked[0] if linked else ""
        return base, notices
    seen = set(files_key(base))
    files = base + [f for f, k in zip(uploaded, files_key(uploaded), strict=True) if k not in seen]
    key = files_key(files)
    if saved is None or saved[0] != key:
        try:
            saved = (key, store.save(files, now))
            state[SAVED] = saved
        except ShareError as exc:  # over a cap: the articles stay in this session only
            notices.append(i18n.t("share_failed", lang, error=str(exc)))
            state[token_key] = linked[0] if linked else ""
            return files, notices
        except OSError as exc:  # a read-only or full disk: same
            log.warning("cannot keep a collection: %s", exc)
            notices.append(i18n.t("share_failed", lang, error=type(exc).__name__))
            state[token_key] = linked[0] if linked else ""
            return files, notices
    state[token_key] = saved[1]
    return files, notices


def forget_link(state: MutableMapping[str, Any], token_key: str = "collection") -> None:
    """The "remove the shared articles" button: the session no longer shows the link's articles."""
    state[LINKED] = None
    state[SAVED] = None
    state[token_key] = ""


def session_upload(state: MutableMapping[str, Any], chosen: Sequence[tuple[str, bytes]], lang: str, *,
                   max_files: int, max_mb: float, start_progress: Callable[[], Any]) -> tuple[Upload | None, str]:
    """The session's Upload for ``chosen`` files (read again only when they changed), or None; and an error
    message (markdown-escaped) when reading failed.

    ``start_progress()`` gives a progress bar (``.progress(share, text=...)``, ``.empty()``), made only when
    the files must be read."""
    from timeline.dashboard.views import escape_markdown

    if not chosen:
        state.pop("upload", None)
        return None, ""
    key = files_key(chosen)
    upload: Upload | None = state.get("upload")
    if upload is not None and upload.key == key:
        return upload, ""
    bar = start_progress()
    try:
        upload = extract_uploads(chosen, lang, max_files=max_files, max_mb=max_mb,
                                 progress=lambda share, text: bar.progress(share, text=text))
    except Exception as exc:
        log.exception("upload failed")
        return None, i18n.t("upload_failed", lang, error=escape_markdown(printable(exc)))
    finally:
        bar.empty()
    upload.key = key
    state["upload"] = upload
    state.pop("upload_source", None)
    return upload, ""
