"""Shared collections on real files: tokens, caps, expiry, quota eviction, nothing listable."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from timeline.dashboard import share
from timeline.dashboard.share import Collections, Limits, ShareError

NOW = 1_800_000_000.0
DAY = 86_400.0
FILES = [("a.txt", "Le congrès s'est tenu le 22 mars 2025.".encode()), ("b.jsonl", b'{"text": "x"}\n')]


@pytest.fixture()
def store(tmp_path: Path) -> Collections:
    return Collections(tmp_path / "collections", Limits(max_files=3, max_bytes=1000, max_age_s=7 * DAY,
                                                        quota_bytes=4000))


def test_a_saved_collection_reopens_with_its_token(store: Collections) -> None:
    token = store.save(FILES, NOW)
    assert store.load(token, NOW + 60) == FILES


def test_tokens_are_long_random_and_url_safe(store: Collections) -> None:
    tokens = {store.save(FILES, NOW) for _ in range(20)}
    assert len(tokens) == 20
    for token in tokens:
        assert share.valid_token(token)
        assert len(token) * 6 >= 128  # base64url: 6 bits a character
        assert set(token) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def test_the_folder_holds_no_token_and_no_file_name(store: Collections) -> None:
    token = store.save(FILES, NOW)
    names = [p.name for p in store.root.iterdir()]
    assert names == [hashlib.sha256(token.encode()).hexdigest() + ".zip"]
    raw = (store.root / names[0]).read_bytes()
    assert token.encode() not in raw


@pytest.mark.parametrize("token", [
    "", "short", "../../etc/passwd", "a" * 200, "A" * 31 + "/", "Ab" * 16 + "\x00", None, 12345,
], ids=["empty", "short", "traversal", "too-long", "slash", "nul", "none", "number"])
def test_malformed_tokens_open_nothing(store: Collections, token: object) -> None:
    store.save(FILES, NOW)
    assert store.load(token, NOW) is None  # type: ignore[arg-type]


def test_another_token_sees_nothing(store: Collections) -> None:
    store.save(FILES, NOW)
    assert store.load(share.new_token(), NOW) is None


def test_a_file_renamed_to_another_token_is_refused(store: Collections) -> None:
    """The file records its token's hash: a file put under another name (another token) opens nothing."""
    token = store.save(FILES, NOW)
    other = share.new_token()
    os.replace(store._path(token), store._path(other))
    assert store.load(other, NOW) is None


def test_a_collection_expires(store: Collections) -> None:
    token = store.save(FILES, NOW)
    assert store.load(token, NOW + 6 * DAY) == FILES
    assert store.load(token, NOW + 8 * DAY) is None


def test_expired_collections_are_deleted_at_the_next_save(store: Collections) -> None:
    old = store.save(FILES, NOW)
    store.save(FILES, NOW + 8 * DAY)
    assert not store._path(old).exists()


@pytest.mark.parametrize(("files", "words"), [
    ([("x.txt", b"x")] * 4, "at most 3"),
    ([("x.txt", b"x" * 1001)], "at most 0.001 MB"),
    ([], "no articles"),
], ids=["count", "size", "empty"])
def test_caps_are_refused_with_the_fix(store: Collections, files: list[tuple[str, bytes]], words: str) -> None:
    with pytest.raises(ShareError, match=words) as caught:
        store.save(files, NOW)
    assert "Fix:" in str(caught.value)
    assert not store.root.exists() or not list(store.root.iterdir())


def test_the_quota_evicts_the_oldest_first(tmp_path: Path) -> None:
    store = Collections(tmp_path, Limits(max_files=3, max_bytes=10_000, quota_bytes=5_000))
    payload = [("r.bin", os.urandom(1_500))]  # random bytes do not compress: ~1.6 KB a collection
    tokens = [store.save(payload, NOW + i) for i in range(5)]
    kept = [t for t in tokens if store.load(t, NOW + 10) is not None]
    assert kept == tokens[-len(kept):]  # the newest survive
    assert 1 <= len(kept) < 5
    assert sum(p.stat().st_size for p in tmp_path.iterdir()) <= 5_000


def test_a_collection_over_the_quota_is_refused(tmp_path: Path) -> None:
    store = Collections(tmp_path, Limits(max_bytes=10_000, quota_bytes=1_000))
    keep = store.save([("small.txt", b"x")], NOW)
    with pytest.raises(ShareError, match="Fix:"):
        store.save([("big.bin", os.urandom(2_000))], NOW)
    assert store.load(keep, NOW) is not None  # nothing was evicted for a collection that cannot fit


def test_a_damaged_file_opens_nothing(store: Collections) -> None:
    token = store.save(FILES, NOW)
    store._path(token).write_bytes(b"not a zip")
    assert store.load(token, NOW) is None


def test_a_symlinked_collection_is_not_followed(store: Collections, tmp_path: Path) -> None:
    token = store.save(FILES, NOW)
    path = store._path(token)
    real = tmp_path / "elsewhere.zip"
    os.replace(path, real)
    path.symlink_to(real)
    assert store.load(token, NOW) is None


@pytest.mark.parametrize(("env", "expected"), [
    ({"TIMELINE_COLLECTIONS": "/srv/c"}, "/srv/c"),
    ({"TIMELINE_CACHE_DIR": "/tmp/cache"}, "/tmp/cache/collections"),
    ({"XDG_CACHE_HOME": "/x"}, "/x/timeline/collections"),
], ids=["setting", "cache-dir", "xdg"])
def test_the_folder_is_configurable(env: dict[str, str], expected: str) -> None:
    assert share.collections_dir(env) == Path(expected)


def test_the_default_folder_is_under_the_home_cache() -> None:
    assert share.collections_dir({}) == Path.home() / ".cache" / "timeline" / "collections"
