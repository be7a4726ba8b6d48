"""frk29: a build's pool workers are forks of one warmed fork server (timeline/store/warmserver.py),
which loads the models once for all of them; the stores equal those of workers that warm on their own."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest

from timeline import store
from timeline.settings import Options
from timeline.store import build, pool, warmserver
from timeline.store.query import normalize_events

pytestmark = pytest.mark.skipif(not warmserver.usable(), reason="the warm fork server is Linux only")

OPTIONS = Options(reference_date=dt.date(2026, 4, 30), use_ner=False)

TEXTS = [
    "Le conseil régional de Bretagne a adopté son budget le 12 mars 2026 à Rennes.",
    "The harbour authority of Dover closed two docks on 14 March 2026 after a storm.",
    "La ministre de la Culture a inauguré un musée à Nantes le 2 avril 2026.",
    "The city council of Cork approved a new tram line on April 3, 2026.",
    "Le tribunal de Lille a condamné un ancien maire le 20 avril 2026.",
    "A court in Denver fined a chemical company on 21 April 2026.",
]


def _in_worker() -> tuple[bool, int]:
    return warmserver.warmed, os.getppid()


@pytest.fixture(autouse=True)
def _stopped_server() -> Any:
    yield
    warmserver.stop()


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for i, text in enumerate(TEXTS):
        (folder / f"a{i}.txt").write_text(text, encoding="utf-8")
    return folder


def test_a_worker_is_a_fork_of_the_warmed_server() -> None:
    executor = pool._new_executor(OPTIONS)
    try:
        assert executor._mp_context.get_start_method() == "forkserver"  # type: ignore[attr-defined]
        warmed, parent = executor.submit(_in_worker).result(timeout=300)
    finally:
        executor.shutdown()
    assert warmed  # what the server loaded, the worker has without loading it
    assert parent != os.getpid()  # the server's child, not this process's


def test_switched_off_or_unavailable_the_workers_start_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(warmserver.SWITCH_ENV, "0")
    assert warmserver.context(OPTIONS) is None
    monkeypatch.delenv(warmserver.SWITCH_ENV)
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    assert warmserver.context(OPTIONS) is None
    executor = pool._new_executor(OPTIONS)
    try:
        assert executor._mp_context.get_start_method() == "spawn"  # type: ignore[attr-defined]
    finally:
        executor.shutdown()


def test_a_dead_worker_breaks_its_pool_not_the_server() -> None:
    dying = pool._new_executor(OPTIONS)
    with pytest.raises(BrokenProcessPool):
        dying.submit(os._exit, 3).result(timeout=300)
    dying.shutdown()
    executor = pool._new_executor(OPTIONS)  # the next worker still comes warm from the same server
    try:
        assert executor.submit(_in_worker).result(timeout=300)[0]
    finally:
        executor.shutdown()


def _rows(where: Path) -> list[dict[str, Any]]:
    return sorted(normalize_events(store.read_events(where)).to_dict("records"), key=lambda r: r["event_id"])


def _mentions(where: Path) -> Any:
    return store.read_mentions(where).sort_values("mention_id").reset_index(drop=True)


@pytest.mark.slow
def test_warm_and_cold_workers_give_the_same_store(corpus: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pool, "SMALL_WORK_BATCHES", 0)  # a pool even for this small corpus
    methods: list[str | None] = []
    context = warmserver.context

    def spy(options: Options) -> Any:
        found = context(options)
        methods.append(found.get_start_method() if found is not None else None)
        return found

    monkeypatch.setattr(warmserver, "context", spy)
    warm = build.build_store([corpus], store=tmp_path / "warm", options=OPTIONS, progress=False, workers=2,
                             batch_files=2)
    assert methods == ["forkserver", "forkserver"]
    assert warmserver._started is None  # stopped at the build's end
    monkeypatch.setenv(warmserver.SWITCH_ENV, "0")
    cold = build.build_store([corpus], store=tmp_path / "cold", options=OPTIONS, progress=False, workers=2,
                             batch_files=2)
    assert methods[2:] == [None, None]
    assert (warm.read, len(warm.failed), warm.events) == (cold.read, len(cold.failed), cold.events)
    assert warm.events > 0
    assert _rows(tmp_path / "warm") == _rows(tmp_path / "cold")
    assert _mentions(tmp_path / "warm").equals(_mentions(tmp_path / "cold"))

