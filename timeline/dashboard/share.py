"""Shared collections: a session's uploaded files kept on the server under an unguessable token.

    new_token                 a fresh token (secrets.token_urlsafe, 192 bits)
    Collections(root, ...)    save(files, now) -> token; load(token, now) -> files or None; evict(now)
    collections_dir           where collections live (TIMELINE_COLLECTIONS, else the cache folder)

Pure file logic, no streamlit. Time is an input (``now``, seconds since the epoch), so expiry and
eviction are tested without a clock.

What makes a token the only key:
- the token is never stored: a collection's file is named by the sha256 of the token, and the
  file records that hash again, compared with ``hmac.compare_digest``;
- there is no listing: nothing maps anything back to tokens, and the page never shows the folder;
- a malformed token is refused before any file is touched (no path can be built from it).

Caps: files per collection, bytes per collection, an age after which a collection is gone, and a
quota for the whole folder: saving past the quota evicts the oldest collections first.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import logging
import os
import re
import secrets
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

#: Bytes of randomness in a token: 24 bytes = 192 bits (the issue asks for at least 128).
TOKEN_BYTES = 24
_TOKEN = re.compile(r"[A-Za-z0-9_-]{22,86}")
SUFFIX = ".zip"
FORMAT = 1


@dataclass(frozen=True)
class Limits:
    """What one collection and the whole folder may hold."""

    max_files: int = 20
    """Files in one collection (the uploader's own cap)."""
    max_bytes: int = 20_000_000
    """Bytes of one collection's files, uncompressed (the uploader's own cap)."""
    max_age_s: float = 30 * 86_400.0
    """A collection older than this is gone (30 days): a link is not an archive."""
    quota_bytes: int = 500_000_000
    """The folder's size on disk; saving past it evicts the oldest collections first."""


class ShareError(ValueError):
    """A collection cannot be saved (over a cap); the message says which cap and the fix."""


def collections_dir(environ: Mapping[str, str] | None = None) -> Path:
    """``$TIMELINE_COLLECTIONS``, else ``$TIMELINE_CACHE_DIR/collections``, else
    ``$XDG_CACHE_HOME/timeline/collections``, else ``~/.cache/timeline/collections``."""
    env = os.environ if environ is None else environ
    if env.get("TIMELINE_COLLECTIONS"):
        return Path(env["TIMELINE_COLLECTIONS"])
    if env.get("TIMELINE_CACHE_DIR"):
        return Path(env["TIMELINE_CACHE_DIR"]) / "collections"
    base = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "timeline" / "collections"


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def valid_token(token: object) -> bool:
    return isinstance(token, str) and _TOKEN.fullmatch(token) is not None


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


class Collections:
    """The collections folder. Every method is safe to call from several processes: files are written
    under a temporary name and renamed into place; a file that vanishes mid-read is simply gone."""

    def __init__(self, root: Path, limits: Limits | None = None) -> None:
        self.root = Path(root)
        self.limits = limits or Limits()

    def _path(self, token: str) -> Path:
        return self.root / f"{_digest(token)}{SUFFIX}"

    def save(self, files: Sequence[tuple[str, bytes]], now: float) -> str:
        """Store the files under a new token and return it. Raises ShareError over a cap."""
        limits = self.limits
        if not files:
            raise ShareError("There are no articles to share. Fix: add articles first.")
        if len(files) > limits.max_files:
            raise ShareError(f"{len(files)} files: a shared collection holds at most {limits.max_files}. "
                             "Fix: share fewer files.")
        size = sum(len(data) for _, data in files)
        if size > limits.max_bytes:
            raise ShareError(f"{size / 1e6:.1f} MB: a shared collection holds at most {limits.max_bytes / 1e6:g} MB. "
                             "Fix: share fewer or smaller files.")
        token = new_token()
        manifest = {"format": FORMAT, "digest": _digest(token), "created": float(now),
                    "names": [str(name) for name, _ in files]}
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=True))
            for i, (_, data) in enumerate(files):
                archive.writestr(f"{i:03d}", data)  # entry names are ours: no user name reaches a path
        payload = buffer.getvalue()
        self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.evict(now, room=len(payload))
        path = self._path(token)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
        with open(temporary, "xb") as out:
            out.write(payload)
        os.utime(temporary, (now, now))  # eviction goes by age: the file's time is the time given
        os.replace(temporary, path)
        return token

    def load(self, token: str, now: float) -> list[tuple[str, bytes]] | None:
        """The files of a collection, or None: unknown, expired, malformed or damaged (all alike)."""
        if not valid_token(token):
            return None
        path = self._path(token)
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            return None
        try:
            with os.fdopen(fd, "rb") as handle:
                payload = handle.read(self.limits.max_bytes * 2 + 1_000_000)
            return self._files(payload, token, now)
        except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
            log.warning("collection %s unreadable: %s", path.name[:12], exc)
            return None

    def _files(self, payload: bytes, token: str, now: float) -> list[tuple[str, bytes]] | None:
        limits = self.limits
        with zipfile.ZipFile(io.BytesIO(payload)) as archive:
            manifest = json.loads(archive.read("manifest.json"))
            if not hmac.compare_digest(str(manifest.get("digest", "")), _digest(token)):
                return None
            if now - float(manifest["created"]) > limits.max_age_s:
                return None
            names = [str(n) for n in manifest["names"]][: limits.max_files]
            infos = [archive.getinfo(f"{i:03d}") for i in range(len(names))]
            if sum(info.file_size for info in infos) > limits.max_bytes:
                return None
            files = []
            for name, info in zip(names, infos, strict=True):
                with archive.open(info) as entry:
                    data = entry.read(limits.max_bytes + 1)
                files.append((name, data))
            if sum(len(data) for _, data in files) > limits.max_bytes:
                return None
            return files

    def _entries(self) -> list[tuple[float, int, Path]]:
        """(modified, size, path) of every collection file, oldest first."""
        out = []
        try:
            children = list(self.root.iterdir())
        except OSError:
            return []
        for path in children:
            if not path.name.endswith(SUFFIX) or path.is_symlink():
                continue
            try:
                stat = path.stat()
            except OSError:
                continue
            out.append((stat.st_mtime, stat.st_size, path))
        return sorted(out)

    def evict(self, now: float, room: int = 0) -> list[Path]:
        """Delete expired collections, then the oldest ones until ``room`` more bytes fit in the quota."""
        if room > self.limits.quota_bytes:
            raise ShareError("The collection is bigger than the server's space for shared collections. "
                             "Fix: share fewer or smaller files.")
        entries = self._entries()
        removed = []
        total = sum(size for _, size, _ in entries)
        for modified, size, path in entries:
            expired = now - modified > self.limits.max_age_s
            if not expired and total + room <= self.limits.quota_bytes:
                continue
            try:
                path.unlink()
            except OSError:
                continue
            total -= size
            removed.append(path)
        return removed


def link(page_url: str, params: Mapping[str, str | list[str]]) -> str:
    """The page's address with a view's query string: what the Share button shows to copy."""
    from urllib.parse import urlencode, urlsplit, urlunsplit

    parts = urlsplit(page_url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(params, doseq=True), ""))
