"""Files, folders and uploads: the walk, bounded reads, dispatch to the format readers."""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import stat
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from timeline.extraction.ingest.articles import DEFAULT_OPTIONS
from timeline.extraction.ingest.formats import (
    ACCEPTED,
    ACCEPTED_TEXT,
    EML_EXTENSIONS,
    HTML_EXTENSIONS,
    JSON_EXTENSIONS,
    JSONL_EXTENSIONS,
    MHTML_EXTENSIONS,
    TEXT_EXTENSIONS,
    TEXT_KEEP_BYTES,
    Blob,
    read_text,
)
from timeline.extraction.ingest.mime import read_eml, read_mhtml
from timeline.extraction.ingest.pages import read_html
from timeline.extraction.ingest.records import read_json, read_jsonl
from timeline.extraction.ingest.text import Unreadable, display_name, sniff_binary, upload_name
from timeline.models import Article, Problem
from timeline.settings import MAX_FILE_BYTES, Options

log = logging.getLogger(__name__)

_CHUNK = 1 << 20

_READERS = {
    **dict.fromkeys(TEXT_EXTENSIONS, read_text),
    **dict.fromkeys(HTML_EXTENSIONS, read_html),
    **dict.fromkeys(JSON_EXTENSIONS, read_json),
    **dict.fromkeys(JSONL_EXTENSIONS, read_jsonl),
    **dict.fromkeys(MHTML_EXTENSIONS, read_mhtml),
    **dict.fromkeys(EML_EXTENSIONS, read_eml),
}


def _extension(name: str) -> str:
    return os.path.splitext(name)[1].lower()


def _unknown_format(name: str, severity: str) -> Problem:
    ext = _extension(name) or "no extension"
    return Problem(name, f"unknown file type ({ext}), not read",
                   f"give articles as one of: {ACCEPTED_TEXT}", severity=severity)  # type: ignore[arg-type]


def _encodable(problem: Problem) -> Problem:
    """``problem`` with lone surrogates escaped (\\ud800): a message quoting a record's key must print anywhere."""
    try:
        (problem.reason + problem.fix).encode("utf-8")
    except UnicodeEncodeError:
        return replace(problem, reason=display_name(problem.reason), fix=display_name(problem.fix))
    return problem


def _read_blob(blob: Blob, options: Options) -> Iterator[Article | Problem]:
    """Dispatch one file's bytes to its format reader; every failure becomes a Problem."""
    if blob.size == 0:
        yield Problem(blob.name, "empty file (0 bytes)", "check that the export or download finished")
        return
    kind = sniff_binary(blob.data[:8192])
    if kind:
        yield Problem(blob.name, f"binary file ({kind}), not an article",
                      "export it as text, HTML or JSON")
        return
    reader = _READERS[blob.ext]
    produced = False
    try:
        for item in reader(blob, options):
            produced = True
            yield _encodable(item) if isinstance(item, Problem) else item
    except Unreadable as exc:
        yield _encodable(Problem(blob.name, exc.reason, exc.fix))
    except (RecursionError, MemoryError, ValueError) as exc:  # a parser choking on hostile input
        log.warning("could not read %s: %s", blob.name, exc)
        if produced:
            yield Problem(blob.name, f"reading stopped early ({type(exc).__name__})", "check the end of the file",
                          severity="warning")
        else:
            yield Problem(blob.name, f"could not be read ({type(exc).__name__})",
                          "check the file, or save it again as UTF-8 text")


def read_bytes(name: str, data: bytes, options: Options = DEFAULT_OPTIONS) -> tuple[list[Article], list[Problem]]:
    """Articles and problems of one uploaded file. Nothing is written anywhere.

    ``name`` is untrusted: problems show it as given (control characters escaped); the article
    id is its last component only ("../../x.txt" -> "x.txt").
    """
    base = upload_name(name)
    shown = display_name(name or base)
    if _extension(base) not in ACCEPTED:
        return [], [_unknown_format(shown, "error")]
    keep = _keep_bytes(base)
    blob = Blob(display_name(base), shown, shown, data[:keep], len(data), hashlib.sha256(data).hexdigest(),
                 len(data) > keep, _extension(base))
    articles: list[Article] = []
    problems: list[Problem] = []
    for item in _read_blob(blob, options):
        (problems if isinstance(item, Problem) else articles).append(item)
    return articles, problems


# ---------------------------------------------------------------- files and folders


#: Why a walked entry is not read, and the fix: (reason, fix).
HIDDEN_FILE = ("hidden file skipped", "give it by name to read it")
HIDDEN_FOLDER = ("hidden folder skipped", "give it by name to read it")
LINK = ("symbolic link, not followed (links found in folders are never followed)",
        "copy the file itself into the folder, or give the link by name on the command line")
SPECIAL = ("not a regular file (device, pipe or socket), skipped", "remove it from the folder")
UNLISTED = ("folder could not be listed", "check that you may read it")


def _keep_bytes(name: str) -> int:
    return min(TEXT_KEEP_BYTES, MAX_FILE_BYTES) if _extension(name) in TEXT_EXTENSIONS else MAX_FILE_BYTES


class NotRegular(OSError):
    """The path opened is not a regular file (a FIFO, a device, a socket, a folder)."""


def _read_path(path: Path, keep: int, follow: bool = True) -> tuple[bytes, int, str]:
    """(first ``keep`` bytes, size, sha256 of all bytes) of a regular file, in bounded chunks.

    The file is opened without blocking and checked on the open descriptor (no race with a swap):
    a FIFO, a device (/dev/zero) or a socket raises NotRegular, so nothing hangs or fills memory.
    ``follow`` False refuses a symbolic link (ELOOP).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    if not follow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb", buffering=0) as fh:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegular(errno.EINVAL, "not a regular file (device, pipe, socket or folder)")
        digest = hashlib.sha256()
        kept = bytearray()
        size = 0
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
            if len(kept) < keep:
                kept += chunk[: keep - len(kept)]
    return bytes(kept), size, digest.hexdigest()


def read_file(
    path: str | os.PathLike[str],
    article_id: str | None = None,
    options: Options = DEFAULT_OPTIONS,
    *,
    follow: bool = True,
) -> Iterator[Article | Problem]:
    """Articles and problems of one file; ``article_id`` defaults to the file name (see iter_files).

    ``follow`` False: a symbolic link is refused (a file found in a folder, swapped for a link).
    """
    path = Path(path)
    shown = display_name(path)
    if _extension(path.name) not in ACCEPTED:
        yield _unknown_format(shown, "error")
        return
    keep = _keep_bytes(path.name)
    try:
        data, size, digest = _read_path(path, keep, follow)
    except NotRegular:
        yield Problem(shown, "not a regular file (device, pipe or socket), not read",
                      "give a regular file or a folder of articles")
        return
    except OSError as exc:
        if exc.errno == errno.ELOOP and not follow:
            yield Problem(shown, LINK[0], LINK[1], severity="warning")
            return
        yield Problem(shown, f"could not be opened ({exc.strerror or type(exc).__name__})",
                      "check that the file exists and that you may read it")
        return
    blob = Blob(article_id or display_name(path.name), shown, shown, data, size, digest, size > keep,
                _extension(path.name))
    yield from _read_blob(blob, options)


def _inside(path: str, folder: str | None) -> bool:
    """``path`` is ``folder`` or under it (both resolved)."""
    return folder is not None and (path == folder or path.startswith(folder + os.sep))


def _entry_kind(entry: os.DirEntry[str]) -> str:
    """'link', 'dir', 'file' or 'special', without following links (a vanished entry is 'special')."""
    try:
        if entry.is_symlink():
            return "link"
        if entry.is_dir(follow_symlinks=False):
            return "dir"
        if entry.is_file(follow_symlinks=False):
            return "file"
    except OSError:
        pass
    return "special"


def _list(folder: Path) -> list[os.DirEntry[str]]:
    with os.scandir(folder) as entries:
        return sorted(entries, key=lambda e: e.name)


def _walk(top: Path, skip: str | None = None) -> Iterator[tuple[Path, tuple[str, str] | None, str]]:
    """(path, (reason, fix) or None, resolved path) for every entry under ``top``, depth first in
    sorted order. Links found here are reported and never followed, so the walk stays inside
    ``top``; special files and hidden entries are reported; ``skip`` (the store) is left out silently."""
    real_top = os.path.realpath(top)
    if _inside(real_top, skip):
        return
    try:
        first = _list(top)
    except OSError as exc:
        yield top, (f"{UNLISTED[0]} ({exc.strerror or type(exc).__name__})", UNLISTED[1]), ""
        return
    # An explicit stack, not recursion: a folder nested thousands deep is walked like any other.
    stack: list[tuple[str, Iterator[os.DirEntry[str]]]] = [(real_top, iter(first))]
    while stack:
        real, entries = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            continue
        path = Path(entry.path)
        kind = _entry_kind(entry)
        resolved = os.path.realpath(path) if kind == "link" else os.path.join(real, entry.name)
        if _inside(resolved, skip):
            continue  # the skipped folder (the store), or a link into it
        if entry.name.startswith("."):
            yield path, HIDDEN_FOLDER if kind == "dir" else HIDDEN_FILE, resolved
        elif kind == "link":
            yield path, LINK, resolved
        elif kind == "dir":
            try:
                stack.append((resolved, iter(_list(path))))
            except OSError as exc:
                yield path, (f"{UNLISTED[0]} ({exc.strerror or type(exc).__name__})", UNLISTED[1]), resolved
        elif kind == "file":
            yield path, None, resolved
        else:  # a device, pipe or socket: reading it could block forever or never end
            yield path, SPECIAL, resolved


def _resolve(path: Path) -> str:
    """``path`` with every link resolved; as given (absolute) when a link loop stops that."""
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):  # a link loop (RuntimeError before Python 3.13)
        return os.path.abspath(path)


@dataclass(frozen=True)
class FileEntry:
    """A file to read, with the article id iter_articles gives it."""

    path: Path
    article_id: str
    resolved: str = ""
    """The absolute path with every link resolved (``Path.resolve()``), when the walk knows it."""
    follow: bool = False
    """True for a path given by name (a link given so is followed); False for a file found in a folder."""


def iter_files(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    skip: Path | None = None,
    taken: Mapping[str, str] | None = None,
) -> Iterator[FileEntry | Problem]:
    """The article files under ``paths`` in reading order, with their ids; what is not read, as Problems.

    Folders are walked recursively in sorted order. Ids: a file given by name is ``name``; a
    file found in a folder is its path relative to that folder (``sub/a.txt``). An id already
    used, in this walk or in ``taken`` (id -> resolved path of the file a store holds under it) by
    another file, gets the name of the folder it was found in first (``b/sub/a.txt``), then
    ``~2``, ``~3``...: never an absolute path. Hidden entries, links, unknown file types and
    special files found in folders are warnings; a missing path or a folder without article files
    is an error. ``skip`` (e.g. a store inside the corpus folder) is left out silently.
    """
    if isinstance(paths, (str, os.PathLike)):  # one path, not an iterable of characters
        paths = [paths]
    skipped = str(skip.resolve()) if skip is not None else None
    used: set[str] = set()
    held = dict(taken or {})

    def unique(candidate: str, root: str, resolved: str) -> str:
        def free(name: str) -> bool:
            return name not in used and held.get(name, resolved) == resolved

        article_id = candidate if free(candidate) else f"{root}/{candidate}"
        base, k = article_id, 2
        while not free(article_id):
            article_id = f"{base}~{k}"
            k += 1
        used.add(article_id)
        return article_id

    for given in paths:
        path = Path(given)
        shown = display_name(path)
        if path.is_dir():
            found = 0
            root = display_name(Path(_resolve(path)).name or "root")
            for file, why, resolved in _walk(path, skipped):
                if why is not None:
                    yield Problem(display_name(file), why[0], why[1], severity="warning")
                    continue
                if _extension(file.name) not in ACCEPTED:
                    yield _unknown_format(display_name(file), "warning")
                    continue
                found += 1
                yield FileEntry(file, unique(display_name(file.relative_to(path).as_posix()), root, resolved), resolved)
            if not found:
                yield Problem(shown, "no article files in this folder",
                              f"put articles in it as {ACCEPTED_TEXT} files")
        elif path.is_file():
            if _extension(path.name) not in ACCEPTED:
                yield _unknown_format(shown, "error")
                continue
            resolved = _resolve(path)
            root = display_name(Path(resolved).parent.name or "root")
            yield FileEntry(path, unique(display_name(path.name), root, resolved), resolved, follow=True)
        elif path.exists():
            yield Problem(shown, "not a regular file (device, pipe or socket)", "give a file or a folder of articles")
        elif path.is_symlink():
            yield Problem(shown, "a symbolic link that leads nowhere (its target is missing, or links loop)",
                          "give the file itself, or fix the link")
        else:
            yield Problem(shown, "no such file or folder", "check the path (and its spelling)")


def iter_articles(
    paths: Iterable[str | os.PathLike[str]], options: Options = DEFAULT_OPTIONS
) -> Iterator[Article | Problem]:
    """Articles (and Problems) of files and folders, walked recursively in sorted order, one file at a time.

    Ids are those of ``iter_files``; JSON records are ``name#n`` (n-th record, from 1).
    """
    for entry in iter_files(paths):
        if isinstance(entry, Problem):
            yield entry
        else:
            yield from read_file(entry.path, entry.article_id, options, follow=entry.follow)


def load_articles(
    paths: Iterable[str | os.PathLike[str]], options: Options = DEFAULT_OPTIONS
) -> tuple[list[Article], list[Problem]]:
    """All articles and problems of ``paths`` (see iter_articles)."""
    articles: list[Article] = []
    problems: list[Problem] = []
    for item in iter_articles(paths, options):
        (problems if isinstance(item, Problem) else articles).append(item)
    return articles, problems
