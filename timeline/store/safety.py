"""The store touches only itself: every entry is looked at (lstat, O_NOFOLLOW) before it is read,
written or deleted, and every small file is read with a bound.

- An entry that is a symbolic link is refused, never followed: LOCK, CURRENT, snapshots/, parts/,
  a snapshot's folder and its files. A link could lead out of the store (a LOCK pointing at a file
  elsewhere would be truncated, a parts/ pointing elsewhere emptied).
- An entry of the wrong kind is refused: a FIFO, a device or a socket where a file should be
  (reading one could block forever, or never end: /dev/zero), a folder where a file should be.
- CURRENT and manifest.json are read whole, so they are read with a bound (MAX_POINTER_BYTES,
  MAX_MANIFEST_BYTES), without blocking (O_NONBLOCK), and their content is never put in a message.

Each refusal is a StoreError naming the path, what it is, and the fix. The checks look at an entry
just before it is used; they guard against mistakes and stray files, not against a local attacker
swapping entries in between (the store folder is the user's own).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from timeline.errors import StoreError

#: CURRENT holds a snapshot's number and a newline (7 bytes): a few hundred is plenty.
MAX_POINTER_BYTES = 256
#: manifest.json holds a dozen counts and hashes (under 1 KB).
MAX_MANIFEST_BYTES = 1 << 20

#: Errors of a store that cannot be written (read-only, no permission, no space).
WRITE_ERRORS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC, errno.EDQUOT})

_NOT_FOLLOWED = "the store reads and writes only its own files and folders, never through links"


def kind(mode: int) -> str:
    """What an lstat mode is, in words."""
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a file"


def refused(path: Path, found: str, expected: str, fix: str) -> StoreError:
    """The error for a store entry of the wrong kind."""
    return StoreError(f"{path} is {found}, not {expected}: {_NOT_FOLLOWED}. Fix: {fix}")


def entry(path: Path, expected: str, fix: str) -> os.stat_result | None:
    """The lstat of a store entry that must be ``expected`` ('a file' or 'a folder'), without
    following a link; None when it does not exist; a StoreError when it is anything else."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreError(f"cannot look at {path} ({exc.strerror}). Fix: {fix}") from exc
    wanted = stat.S_ISREG if expected == "a file" else stat.S_ISDIR
    if not wanted(info.st_mode):
        raise refused(path, kind(info.st_mode), expected, fix)
    return info


def read_small(path: Path, limit: int, fix: str) -> bytes | None:
    """The bytes of a small regular file of the store, at most ``limit`` of them; None when it
    does not exist. A link, a FIFO, a device or a folder is refused without being read (opened
    with O_NOFOLLOW and O_NONBLOCK, so that opening a FIFO does not wait for a writer)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        return None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise refused(path, "a symbolic link", "a file", fix) from None
        raise StoreError(f"cannot read {path} ({exc.strerror}). Fix: {fix}") from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise refused(path, kind(info.st_mode), "a file", fix)
        if info.st_size > limit:
            raise StoreError(f"{path} is {info.st_size:,} bytes, more than a store writes there "
                             f"(at most {limit:,}). Fix: {fix}")
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise StoreError(f"{path} is more than {limit:,} bytes, more than a store writes there. Fix: {fix}")
        return b"".join(chunks)
    finally:
        os.close(fd)


def open_lock(path: Path, fix: str) -> int:
    """A descriptor of the store's LOCK (created if missing), refused when it is a link, a folder,
    a special file or a file with other names (a hard link: truncating it would change another file)."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise refused(path, "a symbolic link", "a file", fix) from None
        if exc.errno == errno.EISDIR:
            raise refused(path, "a folder", "a file", fix) from None
        raise
    info = os.fstat(fd)
    problem = "" if stat.S_ISREG(info.st_mode) else kind(info.st_mode)
    if not problem and info.st_nlink > 1:
        problem = f"a file with {info.st_nlink - 1} other name(s) (a hard link)"
    if problem:
        os.close(fd)
        raise refused(path, problem, "a file of its own", fix)
    return fd


def unwritable(exc: OSError, root: Path) -> StoreError | None:
    """A StoreError for an OSError that says the store cannot be written (read-only, no
    permission, no space), when it is about a path in the store; None for any other error."""
    if exc.errno not in WRITE_ERRORS:
        return None
    where = Path(os.fsdecode(exc.filename)) if exc.filename else root
    if where != root and root not in where.parents:
        return None
    fix = ("free some disk space, or use another --store" if exc.errno in (errno.ENOSPC, errno.EDQUOT) else
           f"make {root} writable for this user, or use another --store (reading a read-only store works)")
    return StoreError(f"cannot write the store: {where}: {exc.strerror}. Fix: {fix}")
