"""The disk cache of compiled regexes: same matches as re.compile, safe on bad files, gone outside its block."""

from __future__ import annotations

import os
import re
import re._compiler
from pathlib import Path

import pytest
from conftest import SEEDS

from timeline.extraction.actors import regexcache

#: A long pattern of the French tokenizer's kind: case-insensitive alternatives over big letter classes.
LETTERS = "a-zà-öø-ÿ\u0100-\u017f\u0180-\u024f\u1e00-\u1eff"
LONG = "(?iu)" + "|".join(f"(?:^{w}[-‐][{LETTERS}]+$)" for w in (
    "anti", "arc", "avant", "contre", "demi", "extra", "franco", "grand", "haut", "inter", "mi", "néo", "non",
    "post", "pré", "quasi", "semi", "sous", "super", "vice", "(?P<named>ex)", "auto", "bio", "cyber", "éco",
    "euro", "hyper", "infra", "intra", "macro", "méga", "micro", "mini", "multi", "ortho", "para", "pluri",
    "poly", "proto", "pseudo", "radio", "socio", "supra", "télé", "trans", "tri", "ultra", "uni", "vidéo",
    "archi", "co", "dé", "hydro", "photo", "thermo",
)) + f"|(?:^[{LETTERS}]+[-‐](?:l[èe]s?|la|en|des?|d[eu]|sur|sous|aux?|à|et|près|saint)[-‐][{LETTERS}]+$)"
SAMPLES = ["anti-âge", "Contre-Attaque", "EX-président", "vice-président", "Saint-Pierre-et-Miquelon",
           "pomme-de-terre", "arc-en-ciel", "ÉCO-quartier", "non", "néo-", "télé-réalité", "x-y", "sous-sol",
           "Hà-Nội", "ultra‐léger", "prud'homme", "", "-", "anti-", "Trần-Phú", "demi-heure!"]


def _words() -> list[str]:
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir()))
    return sorted(set(re.findall(r"\S+", text)) | set(SAMPLES))


def _outcomes(pattern: re.Pattern[str], words: list[str]) -> list[object]:
    out: list[object] = []
    for w in words:
        m = pattern.match(w)
        out.append(m and (m.span(), m.groupdict()))
        out.append([f.span() for f in pattern.finditer(w + " " + w)])
    return out


def test_long_pattern_compiles_into_the_cache_and_back_with_the_same_matches(tmp_path: Path) -> None:
    assert len(LONG) >= regexcache.MIN_CHARS
    words = _words()
    plain = re.compile(LONG)
    re.purge()
    with regexcache.cached_compiles(tmp_path):
        cold = re.compile(LONG)
    files = list(tmp_path.iterdir())
    assert len(files) == 1 and files[0].stat().st_size > 0
    re.purge()
    with regexcache.cached_compiles(tmp_path):
        warm = re.compile(LONG)
    assert warm is not cold
    assert warm.pattern == plain.pattern and warm.flags == plain.flags and warm.groupindex == plain.groupindex
    assert warm.groups == plain.groups
    assert _outcomes(cold, words) == _outcomes(plain, words) == _outcomes(warm, words)
    assert any(m is not None for m in _outcomes(warm, words)[::2])  # the samples do match somewhere


def test_the_warm_compile_reads_the_file_not_the_pattern(tmp_path: Path) -> None:
    re.purge()
    with regexcache.cached_compiles(tmp_path):
        re.compile(LONG)
    (path,) = tmp_path.iterdir()
    # The same file under another pattern's name: a warm compile that read it would give LONG's program.
    other = LONG.replace("vidéo", "video")
    re.purge()
    with regexcache.cached_compiles(tmp_path):
        re.compile(other)  # a second file, for `other`
    assert len(list(tmp_path.iterdir())) == 2
    key = next(p for p in tmp_path.iterdir() if p != path)
    key.write_bytes(path.read_bytes())  # `other`'s file now holds LONG: refused (another pattern)
    re.purge()
    with regexcache.cached_compiles(tmp_path):
        got = re.compile(other)
    assert got.pattern == other
    assert got.match("vidéo-clip") is None and got.match("video-clip") is not None


@pytest.mark.parametrize("damage", [b"", b"not marshal data", b"\xe9\x00\x00\x00"])
def test_a_damaged_file_falls_back_to_compiling_and_is_rewritten(tmp_path: Path, damage: bytes) -> None:
    re.purge()
    with regexcache.cached_compiles(tmp_path):
        re.compile(LONG)
    (path,) = tmp_path.iterdir()
    good = path.read_bytes()
    path.write_bytes(damage)
    re.purge()
    with regexcache.cached_compiles(tmp_path):
        got = re.compile(LONG)
    re.purge()
    assert _outcomes(got, SAMPLES) == _outcomes(re.compile(LONG), SAMPLES)
    assert path.read_bytes() == good


def test_an_unwritable_cache_still_compiles(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    re.purge()
    with regexcache.cached_compiles(blocker / "cache"):
        got = re.compile(LONG)
    assert got.match("vice-président") is not None
    assert blocker.read_text().startswith("a file")


def test_short_patterns_and_bad_patterns_go_the_ordinary_way(tmp_path: Path) -> None:
    re.purge()
    with regexcache.cached_compiles(tmp_path):
        assert re.compile(r"\d+-\d+").match("17-20")
        with pytest.raises(re.error):
            re.compile(LONG + "|(unclosed")
    assert list(tmp_path.iterdir()) == []


def test_outside_the_block_re_is_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = re._compiler.compile
    with regexcache.cached_compiles(tmp_path):
        assert re._compiler.compile is not original
    assert re._compiler.compile is original
    with pytest.raises(RuntimeError), regexcache.cached_compiles(tmp_path):
        raise RuntimeError("a failing load")
    assert re._compiler.compile is original
    monkeypatch.setenv("TIMELINE_REGEX_CACHE", "0")
    with regexcache.cached_compiles(tmp_path):
        assert re._compiler.compile is original


def test_cache_dir_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "own"))
    assert regexcache.cache_dir() == tmp_path / "own"
    monkeypatch.delenv("TIMELINE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert regexcache.cache_dir() == tmp_path / "xdg" / "timeline"


def test_spacy_french_token_match_is_the_same_from_the_cache(tmp_path: Path) -> None:
    """The pattern this cache exists for: spaCy's own TOKEN_MATCH, cold and warm, against re.compile."""
    tokenizer_exceptions = pytest.importorskip("spacy.lang.fr.tokenizer_exceptions")
    original = tokenizer_exceptions.TOKEN_MATCH.__self__
    assert len(original.pattern) >= regexcache.MIN_CHARS
    words = [*_words(), "entr'amis", "faux-vampire", "Saint-Germain-en-Laye", "états-unis", "hip-hop"]
    re.purge()
    with regexcache.cached_compiles(tmp_path):
        cold = re.compile(original.pattern)
    re.purge()
    with regexcache.cached_compiles(tmp_path):
        warm = re.compile(original.pattern)
    assert [bool(original.match(w)) for w in words] == [bool(cold.match(w)) for w in words] \
        == [bool(warm.match(w)) for w in words]
    assert sum(bool(warm.match(w)) for w in words) >= 5


def test_cached_value_is_computed_once_then_read_back(tmp_path: Path) -> None:
    calls: list[int] = []

    def compute() -> dict[str, object]:
        calls.append(1)
        return {"pattern": LONG, "program": regexcache.program(LONG)}

    first = regexcache.cached_value("test", LONG, compute, tmp_path)
    again = regexcache.cached_value("test", LONG, compute, tmp_path)
    assert len(calls) == 1 and again == first
    rebuilt = regexcache.from_program(LONG, again["program"])
    assert _outcomes(rebuilt, _words()) == _outcomes(re.compile(LONG), _words())
    (path,) = tmp_path.iterdir()
    path.write_bytes(b"not marshal data")  # a damaged file only costs the computation
    assert regexcache.cached_value("test", LONG, compute, tmp_path) == first and len(calls) == 2
    other = regexcache.cached_value("test", LONG + "x", lambda: "other", tmp_path)
    assert other == "other" and len(list(tmp_path.iterdir())) == 2


def _cache_files(folder: Path) -> set[Path]:
    return {p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".tmp-")}


def test_the_folder_keeps_the_recently_used_files_and_leaves_subfolders_alone(tmp_path: Path) -> None:
    (tmp_path / "collections").mkdir()  # shared collections live beside the cache
    (tmp_path / "collections" / "kept").write_text("a user's collection")
    stale = tmp_path / ".tmp-abandoned"
    stale.write_bytes(b"half a write")
    os.utime(stale, (1_000, 1_000))
    keep = 4
    file_of: dict[int, Path] = {}
    for n in range(keep):
        before = _cache_files(tmp_path)
        assert regexcache.cached_value("test", f"material {n}", lambda n=n: n, tmp_path) == n
        (file_of[n],) = _cache_files(tmp_path) - before
        os.utime(file_of[n], (2_000 + n, 2_000 + n))  # written in order, long ago
    assert regexcache.cached_value("test", "material 0", lambda: -1, tmp_path) == 0  # a read refreshes it
    regexcache._make_room(tmp_path, keep=keep)  # room for one more: the least recently used goes
    assert _cache_files(tmp_path) == {file_of[0], file_of[2], file_of[3]}
    assert not stale.exists()  # an abandoned temporary file goes too
    assert (tmp_path / "collections" / "kept").read_text() == "a user's collection"
