"""A warm start for the build's pool workers: a fork server (multiprocessing's "forkserver" start
method) whose one process imports the package and loads the models once (spaCy, the word lists'
lazily compiled patterns), then forks every worker from itself, so the workers share what it loaded
(copy-on-write) instead of each loading its own (about 6-7 s of CPU a worker).

The server is a fresh interpreter (started with exec, not a fork of the build's process: no lock,
thread or descriptor of the build is inherited); it runs this module at import (multiprocessing's
preload), which warms the models for the options the build passes in the environment, then forks
workers on request. Linux only; anywhere else (or when anything here fails) ``context`` returns None
and the pool starts its workers as before (pool._new_executor). The results do not depend on it:
each worker still runs warm_up(options) and the same process_batch on the same batches.
"""

from __future__ import annotations

import atexit
import base64
import contextlib
import datetime as dt
import logging
import multiprocessing
import os
import pickle
import sys
from multiprocessing.context import BaseContext

from timeline.models import Article
from timeline.settings import Options

log = logging.getLogger(__name__)

#: The build's options, pickled, for the server's warm-up (set only while the server starts).
OPTIONS_ENV = "TIMELINE_WARM_SERVER_OPTIONS"

#: Set to "0" to start workers without the warm server (each loads its own models, as before).
SWITCH_ENV = "TIMELINE_WARM_SERVER"

#: One small article a language, so that the server loads every language's model before forking.
_WARM_UP_EN = Article(
    id="warm-up-en",
    text="The mayor of Lyon met the German trade minister in Geneva on 4 May 2024.",
    source="warm-up",
    reference_date=dt.date(2024, 5, 5),
    reference_source="user",
)

#: The options whose server was started by this process (None: not started here).
_started: Options | None = None

#: True in the fork server once it has warmed, and so in every worker forked from it.
warmed = False


def usable() -> bool:
    """The forkserver start method exists here (Linux) and is not switched off."""
    return (sys.platform.startswith("linux") and os.environ.get(SWITCH_ENV, "1") != "0"
            and "forkserver" in multiprocessing.get_all_start_methods())


def context(options: Options) -> BaseContext | None:
    """A "forkserver" context whose server has warmed the models for ``options``; started (not
    waited for: it warms while the build walks its files) at the first call of a process. None if
    unusable or its start failed (the caller then spawns or forks workers as before)."""
    global _started
    if not usable():
        return None
    try:
        from multiprocessing import forkserver

        ctx = multiprocessing.get_context("forkserver")
        if _started is None:
            ctx.set_forkserver_preload([__name__])
            os.environ[OPTIONS_ENV] = base64.b64encode(pickle.dumps(options)).decode("ascii")
            try:
                forkserver.ensure_running()
            finally:
                os.environ.pop(OPTIONS_ENV, None)
            _started = options
        return ctx
    except Exception as exc:  # no fork server: the workers start as before
        log.warning("warm fork server unavailable (%s): workers load their own models", exc)
        return None


def stop() -> None:
    """Stop the fork server this process started (the end of a build: its memory is freed, and
    the next build warms one for its own options). Its workers are not stopped by it."""
    global _started
    if _started is None:
        return
    _started = None
    try:
        from multiprocessing import forkserver

        forkserver._forkserver._stop()
    except Exception as exc:  # already gone
        log.debug("warm fork server: stop: %s", exc)


def _warm_server() -> None:
    """In the fork server, at import: warm the models for the build's options (once)."""
    global warmed
    data = os.environ.pop(OPTIONS_ENV, None)
    if not data:
        return
    from timeline.extraction.actors.regexcache import collected_compiles

    with collected_compiles():  # the package's patterns, compiled at import and at first use: from disk
        if not _warm(data):
            return
    warmed = True
    atexit.register(_quick_exit, os.getpid())


def _warm(data: str) -> bool:
    """The fork server's warm-up for the pickled options ``data`` (False: the options are unreadable)."""
    from timeline.store.batch import process_batch, warm_up  # noqa: F401  (imported for the forks)

    try:
        options = pickle.loads(base64.b64decode(data))
    except Exception as exc:
        log.warning("warm fork server: options unreadable (%s)", exc)
        return False
    warm_up(options)
    if "en" in options.languages:
        from timeline.extraction import pipeline

        try:
            pipeline.extract_article(_WARM_UP_EN, options)
        except Exception as exc:  # the real batches will report the problem
            log.warning("warm-up failed: %s", exc)
    return True


def _quick_exit(server: int) -> None:
    """The fork server's exit (``stop``, the end of a build, waits for it): straight out, without the interpreter's
    tear-down of the warmed models (some 2.6 s of the build's wall clock on a loaded machine, measured in
    docs/BENCHMARKS.md "bld32"). Registered at exit in the server only; its forks (the workers) inherit it and
    pass it by: they end through ``os._exit`` (multiprocessing), and the pid check keeps it the server's."""
    if os.getpid() != server:
        return
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, OSError, ValueError):  # closed or absent
            stream.flush()
    os._exit(0)


_warm_server()
