"""Build speed, round thirty-two: the warm-up's patterns from one collection of programs
(regexcache.collected_compiles), the build's wait hook beside the warm server's warm-up (pool._Beside,
pool._unforked), the fork server's quick exit (warmserver._quick_exit). Each changes when work is done, never
what it gives: the patterns compiled from the collection must match as re.compile's do, in both languages."""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from timeline.extraction.actors import regexcache
from timeline.store import pool, warmserver

#: (pattern, flags, own sentence, the matches re.compile's pattern finds there): French and English.
PATTERNS = [
    (r"(?<![\w-])(?:ministre|ministère)\s+(?:de\s+l['’]|des\s+|du\s+)?(\w+)", re.I,
     "La ministre de l'Agriculture Mireille Dubreuil a visité Pontcarré le 3 avril.", ["ministre de l'Agriculture"]),
    (r"\b(?P<day>\d{1,2})\s+(?P<month>janvier|février|mars|avril)\b", 0,
     "Le conseil s'est réuni le 12 février puis le 4 mars à Vallauris.", ["12 février", "4 mars"]),
    (r"(?i:\bthe\s+)?(?P<head>Senate|Assembly)\s+of\s+([A-Z]\w+)", 0,
     "The Senate of Norlund voted on Tuesday; the Assembly of Vestria did not.",
     ["The Senate of Norlund", "the Assembly of Vestria"]),
    (r"\b(?:on\s+)?(Monday|Tuesday|Wednesday)\b", re.I,
     "Officials in Brackenford said on Tuesday that talks resume Wednesday.", ["on Tuesday", "Wednesday"]),
]


def _found(pattern: re.Pattern[str], text: str) -> list[str]:
    return [m.group(0) for m in pattern.finditer(text)]


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("TIMELINE_REGEX_CACHE", raising=False)
    re.purge()  # re.compile's own cache would answer without compiling
    yield tmp_path
    re.purge()


@pytest.mark.parametrize(("pattern", "flags", "text", "expected"), PATTERNS)
def test_collected_patterns_match_as_compiled(folder: Path, pattern: str, flags: int, text: str,
                                              expected: list[str]) -> None:
    plain = re.compile(pattern, flags)
    re.purge()
    with regexcache.collected_compiles(folder):  # first block: compiled, then written
        first = re.compile(pattern, flags)
    re.purge()
    with regexcache.collected_compiles(folder):  # second block: from the file
        second = re.compile(pattern, flags)
    for got in (first, second):
        assert got.pattern == plain.pattern and got.flags == plain.flags
        assert got.groups == plain.groups and got.groupindex == plain.groupindex
        assert _found(got, text) == _found(plain, text) == expected


def test_second_block_reads_programs_without_parsing(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with regexcache.collected_compiles(folder):
        for pattern, flags, _, _ in PATTERNS:
            re.compile(pattern, flags)
    assert len(list(folder.glob(f"{regexcache.COLLECTION_KIND}-*"))) == 1
    re.purge()

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed again")

    import re._parser as parser

    monkeypatch.setattr(parser, "parse", refuse)
    with regexcache.collected_compiles(folder):
        for pattern, flags, text, expected in PATTERNS:
            assert _found(re.compile(pattern, flags), text) == expected


def test_file_keeps_only_the_last_blocks_patterns(folder: Path) -> None:
    import marshal

    with regexcache.collected_compiles(folder):
        re.compile(PATTERNS[0][0], PATTERNS[0][1])
    re.purge()
    with regexcache.collected_compiles(folder):  # a new pattern: the file is written again, with this block's own
        re.compile(PATTERNS[1][0], PATTERNS[1][1])
    (path,) = folder.glob(f"{regexcache.COLLECTION_KIND}-*")
    assert set(marshal.loads(path.read_bytes())) == {(PATTERNS[1][0], PATTERNS[1][1])}


def test_inner_block_and_switch_off_leave_no_file(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inner = folder / "inner"
    with regexcache.collected_compiles(folder), regexcache.collected_compiles(inner):  # the outer one collects
        re.compile(PATTERNS[2][0], PATTERNS[2][1])
    assert not inner.exists() and list(folder.glob(f"{regexcache.COLLECTION_KIND}-*"))
    re.purge()
    off = folder / "off"
    monkeypatch.setenv("TIMELINE_REGEX_CACHE", "0")
    with regexcache.collected_compiles(off):
        assert _found(re.compile(PATTERNS[3][0], PATTERNS[3][1]), PATTERNS[3][2]) == PATTERNS[3][3]
    assert not off.exists()


def test_bad_pattern_still_raises_and_foreign_file_is_ignored(folder: Path) -> None:
    with pytest.raises(re.error), regexcache.collected_compiles(folder):
        re.compile(r"(?P<a>x)(?P<a>y)")
    path = folder / f"{regexcache.COLLECTION_KIND}-{regexcache._key('', 0, regexcache._internals()[2])}"
    path.write_bytes(b"not marshal data")
    re.purge()
    with regexcache.collected_compiles(folder):
        assert _found(re.compile(PATTERNS[1][0]), PATTERNS[1][2]) == PATTERNS[1][3]


def test_beside_runs_at_once_and_joins() -> None:
    started = threading.Event()
    release = threading.Event()
    done: list[int] = []

    def work() -> None:
        started.set()
        release.wait(5)
        done.append(1)

    beside = pool._Beside(work)
    assert started.wait(5)  # running before anyone waits for it
    assert not done
    release.set()
    beside()
    assert done == [1]


def test_beside_hands_its_error_to_the_caller() -> None:
    def work() -> None:
        raise ValueError("no snapshot")

    beside = pool._Beside(work)
    with pytest.raises(ValueError, match="no snapshot"):
        beside()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forkserver: Linux")
def test_unforked_only_for_a_warm_servers_executor_without_a_worker() -> None:
    warm = cf.ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("forkserver"))
    spawned = cf.ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    try:
        assert pool._unforked(warm)  # no task yet: no worker
        assert not pool._unforked(spawned)
    finally:
        warm.shutdown()
        spawned.shutdown()


def test_run_calls_the_hook_beside_the_first_task(monkeypatch: pytest.MonkeyPatch) -> None:
    """With an unforked warm executor the hook is running when the first task is submitted (the submit of a warm
    server's first task blocks till the server has warmed); before, it ran only at the first wait for a result."""
    hook_ran = threading.Event()
    at_submit: list[bool] = []

    class Fake:
        def submit(self, fn: object, batch: object, options: object) -> cf.Future[object]:
            at_submit.append(hook_ran.wait(2))
            future: cf.Future[object] = cf.Future()
            future.set_result(batch)
            return future

    monkeypatch.setattr(pool, "_unforked", lambda executor: True)
    runner = pool._Pool.__new__(pool._Pool)
    runner.options, runner.executors, runner.finished = None, [Fake()], False
    calls: list[int] = []

    def hook() -> None:
        calls.append(1)
        hook_ran.set()

    assert sorted(runner.run(iter([["a"], ["b"]]), limit=4, on_wait=hook)) == [["a"], ["b"]]
    assert at_submit == [True, True] and calls == [1]


def test_run_calls_the_hook_at_the_first_wait_otherwise(monkeypatch: pytest.MonkeyPatch) -> None:
    at_submit: list[bool] = []
    calls: list[int] = []

    class Fake:
        def submit(self, fn: object, batch: object, options: object) -> cf.Future[object]:
            at_submit.append(bool(calls))
            future: cf.Future[object] = cf.Future()
            future.set_result(batch)
            return future

    monkeypatch.setattr(pool, "_unforked", lambda executor: False)
    runner = pool._Pool.__new__(pool._Pool)
    runner.options, runner.executors, runner.finished = None, [Fake()], False
    assert sorted(runner.run(iter([["a"], ["b"]]), limit=4, on_wait=lambda: calls.append(1))) == [["a"], ["b"]]
    assert at_submit == [False, False] and calls == [1]


QUICK_EXIT = """
import atexit, os, sys
from timeline.store import warmserver
atexit.register(print, "tear-down ran", flush=True)  # registered first: runs after the quick exit, if ever
atexit.register(warmserver._quick_exit, int(sys.argv[1]) or os.getpid())
print("server out", flush=True)
sys.exit(int(sys.argv[2]))
"""


@pytest.mark.parametrize(("own", "code", "expected_code", "torn_down"), [
    (True, 3, 0, False),  # the server itself: straight out, the later exit handlers skipped
    (False, 3, 3, True),  # another process (a worker forked from it): passed by, its own exit as usual
])
def test_quick_exit_only_in_the_server(own: bool, code: int, expected_code: int, torn_down: bool) -> None:
    root = str(Path(__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([root, os.environ.get("PYTHONPATH", "")])}
    other = "0" if own else str(os.getpid())  # a pid that is not the child's
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", QUICK_EXIT, other, str(code)], capture_output=True, text=True,
                          env=env, timeout=120)
    assert time.perf_counter() - started < 120
    assert "server out" in done.stdout
    assert done.returncode == expected_code
    assert ("tear-down ran" in done.stdout) is torn_down


def test_the_server_registers_its_quick_exit_after_warming(monkeypatch: pytest.MonkeyPatch) -> None:
    registered: list[tuple[object, ...]] = []
    monkeypatch.setattr(warmserver.atexit, "register", lambda *args: registered.append(args))
    monkeypatch.setattr(warmserver, "_warm", lambda data: True)
    monkeypatch.setenv(warmserver.OPTIONS_ENV, "x")
    monkeypatch.setattr(warmserver, "warmed", False)
    warmserver._warm_server()
    assert warmserver.warmed and registered == [(warmserver._quick_exit, os.getpid())]
    registered.clear()
    monkeypatch.setattr(warmserver, "_warm", lambda data: False)  # options unreadable: not warmed, no quick exit
    monkeypatch.setattr(warmserver, "warmed", False)
    monkeypatch.setenv(warmserver.OPTIONS_ENV, "x")
    warmserver._warm_server()
    assert not warmserver.warmed and registered == []
