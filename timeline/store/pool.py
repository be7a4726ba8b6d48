"""The engines that run a build's batches: this process (one worker), a pool of worker processes
(started early, while the build walks the files: EarlyWorkers), or a dask.distributed cluster."""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import logging
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from timeline.errors import TimelineError
from timeline.settings import Options
from timeline.store import warmserver
from timeline.store.batch import BatchResult, FileTask, process_batch, process_batches, warm_up

log = logging.getLogger(__name__)

#: At most this many batches to run: a local build starts no further worker for them; they run
#: on the early worker and a fork of it (workers > 1) or in this process (see run_batches).
#: Extraction costs ~0.01-0.045 s of CPU per article once the NER model is loaded, while each new
#: pool worker pays an interpreter start and a model load (~2 s; 5 s without timeline.extraction.actors.regexcache):
#: below ~128 files a second worker's start costs more than it saves (benchmarks/build_bench.py re-runs).
SMALL_WORK_BATCHES = 8

#: Batches in flight per worker: bounds memory (texts are read in the workers, one batch at a time).
IN_FLIGHT_PER_WORKER = 2

# --------------------------------------------------------------------------- engines


class _InProcess:
    """workers=1: run the batches in this process (no pickling, the model loads once here)."""

    def __init__(self, options: Options) -> None:
        self.options = options

    def run(self, batches: Iterator[list[FileTask]], limit: int,
            on_wait: Callable[[], None] | None = None) -> Iterator[BatchResult]:
        for batch in batches:
            yield process_batch(batch, self.options)

    def close(self) -> None:
        pass


def _fork_is_safe() -> bool:
    """Forking copies one thread only: safe on Linux while this process runs no other thread."""
    import threading

    return sys.platform.startswith("linux") and threading.active_count() == 1


def _new_executor(options: Options, fork: bool = False) -> cf.ProcessPoolExecutor:
    """One worker process that warms its models once (in the initializer): a fork of the warm
    fork server (warmserver: its models are loaded once for all the workers, the initializer
    then finds them loaded), else spawned (a fresh interpreter), or with ``fork`` a fork of this
    process, which has timeline imported already (about 0.6 s less before its model loads; only
    while _fork_is_safe)."""
    context = warmserver.context(options)
    if context is None:
        context = multiprocessing.get_context("fork" if fork and _fork_is_safe() else "spawn")
    return cf.ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=warm_up, initargs=(options,))


def _is_warm(executor: cf.ProcessPoolExecutor) -> bool:
    """The executor's workers are forks of the warm fork server."""
    context = getattr(executor, "_mp_context", None)
    return context is not None and context.get_start_method() == "forkserver"


def _unforked(executor: cf.ProcessPoolExecutor) -> bool:
    """A warm server's executor whose worker is not forked yet (its first task waits for the server's warm-up)."""
    return _is_warm(executor) and not getattr(executor, "_processes", None)


class _Beside:
    """A call run at once on a thread of its own; calling the object waits for it (and raises what it raised)."""

    def __init__(self, call: Callable[[], None]) -> None:
        import threading

        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, args=(call,), name="build-on-wait", daemon=True)
        self.thread.start()

    def _run(self, call: Callable[[], None]) -> None:
        try:
            call()
        except BaseException as exc:  # handed to the caller at the join
            self.error = exc

    def __call__(self) -> None:
        self.thread.join()
        if self.error is not None:
            raise self.error


class _Pool:
    """Spawned worker processes (one single-worker executor each, so that one can be started
    early: see EarlyWorkers); each warms its models once in the initializer."""

    def __init__(self, options: Options, workers: int, started: Sequence[cf.ProcessPoolExecutor] = ()) -> None:
        self.options = options
        self.executors = [*started, *(_new_executor(options) for _ in range(workers - len(started)))]
        self.finished = False

    def run(self, batches: Iterator[list[FileTask]], limit: int,
            on_wait: Callable[[], None] | None = None) -> Iterator[BatchResult]:
        try:
            yield from self._run(batches, limit, on_wait)
        except BrokenProcessPool as exc:
            raise TimelineError(
                "a build worker died (out of memory, or killed). The batches already done are kept: "
                "Fix: run the same build again to resume (with fewer --workers if memory is short)") from exc

    def _run(self, batches: Iterator[list[FileTask]], limit: int,
             on_wait: Callable[[], None] | None) -> Iterator[BatchResult]:
        pending: dict[cf.Future[BatchResult], int] = {}
        load = [0] * len(self.executors)
        if on_wait is not None and any(_unforked(executor) for executor in self.executors):
            # The first task of a warm server's executor waits till the server has warmed (some 6 s of CPU, one
            # core busy): the wait's work starts now, beside it, not beside two extracting workers.
            on_wait = _Beside(on_wait)

        def finished() -> Iterator[BatchResult]:
            nonlocal on_wait
            if on_wait is not None:
                on_wait, call = None, on_wait
                call()
            done, _ = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
            for future in done:
                load[pending.pop(future)] -= 1
            yield from (f.result() for f in done)

        for batch in batches:
            worker = load.index(min(load))
            pending[self.executors[worker].submit(process_batch, batch, self.options)] = worker
            load[worker] += 1
            while len(pending) >= limit:
                yield from finished()
        while pending:
            yield from finished()
        self.finished = True

    def run_forked(self, batches: Sequence[list[FileTask]], processes: int,
                   on_wait: Callable[[], None] | None = None) -> Iterator[BatchResult]:
        """A few batches as one task of the first worker, split over forks of it (process_batches)."""
        try:
            future = self.executors[0].submit(process_batches, list(batches), self.options, processes)
            if on_wait is not None:
                on_wait()
            results = future.result()
        except BrokenProcessPool as exc:
            raise TimelineError(
                "a build worker died (out of memory, or killed). "
                "Fix: run the same build again (with fewer --workers if memory is short)") from exc
        self.finished = True
        yield from results

    def close(self) -> None:
        # When every batch is done the workers only have to exit: no need to wait for them.
        for executor in self.executors:
            executor.shutdown(wait=not self.finished, cancel_futures=True)


class EarlyWorkers:
    """The pool's workers, started when a build begins, so that their models load (about 2 s
    each: spaCy's import and the model's files; the French tokenizer's regex comes compiled from
    timeline.extraction.actors.regexcache) while this process walks and
    hashes the files and reads the previous snapshot. They become the pool (see run_batches); when
    there is nothing to extract they are stopped before they have done anything. The results do
    not depend on them: the same process_batch runs on the same batches."""

    def __init__(self, options: Options, workers: int) -> None:
        self.options = options
        self.workers = workers
        self.executors: list[cf.ProcessPoolExecutor] = []

    def start(self) -> None:
        while len(self.executors) < self.workers:
            # The first one is a fork when no thread runs yet (a pool's first task starts a thread).
            executor = _new_executor(self.options, fork=not self.executors)
            if not _is_warm(executor):  # (a fork of the warm server waits for its warm-up: forked at the first batch)
                executor.submit(os.getpid)  # a process pool starts its worker on the first task
            self.executors.append(executor)

    def take(self) -> list[cf.ProcessPoolExecutor]:
        """The started executors, handed over to a pool (which closes them)."""
        started, self.executors = self.executors, []
        return started

    def close(self) -> None:
        """Stop the workers not handed over (without waiting for their models to load)."""
        for executor in self.take():
            _terminate(executor)


def _terminate(executor: cf.ProcessPoolExecutor) -> None:
    """Stop an executor's workers now (what Python 3.14's terminate_workers does)."""
    if hasattr(executor, "terminate_workers"):  # Python >= 3.14
        executor.terminate_workers()
        return
    processes = list(getattr(executor, "_processes", {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(ProcessLookupError, OSError):
            process.terminate()
    for process in processes:
        process.join()


class _Dask:
    """The same batches on a dask.distributed cluster: the scheduler given, else a LocalCluster."""

    def __init__(self, options: Options, workers: int, scheduler: str | None) -> None:
        try:
            from dask import distributed
        except ImportError as exc:
            raise TimelineError(
                "--engine dask needs dask.distributed, which is not installed. "
                "Fix: pip install 'timeline[dask]' (or use --engine local)") from exc
        self.distributed = distributed
        self.options = options
        self.cluster = None
        if scheduler:
            self.client = distributed.Client(scheduler)
        else:
            self.cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                    dashboard_address=None, silence_logs=logging.WARNING)
            self.client = distributed.Client(self.cluster)
        self.client.run(warm_up, options)

    def run(self, batches: Iterator[list[FileTask]], limit: int,
            on_wait: Callable[[], None] | None = None) -> Iterator[BatchResult]:
        pending: set[Any] = set()
        for batch in batches:
            pending.add(self.client.submit(process_batch, batch, self.options, pure=False))
            while len(pending) >= limit:
                done, not_done = self.distributed.wait(pending, return_when="FIRST_COMPLETED")
                pending = set(not_done)
                yield from (f.result() for f in done)
        while pending:
            done, not_done = self.distributed.wait(pending, return_when="FIRST_COMPLETED")
            pending = set(not_done)
            yield from (f.result() for f in done)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _engine(engine: str, workers: int, scheduler: str | None, options: Options) -> Any:
    if engine == "dask":
        return _Dask(options, workers, scheduler)
    if engine != "local":
        raise ValueError(f"engine must be 'local' or 'dask', not {engine!r}")
    return _InProcess(options) if workers <= 1 else _Pool(options, workers)



def run_batches(batches: Iterator[list[FileTask]], engine: str, workers: int, scheduler: str | None,
             options: Options, early: EarlyWorkers | None = None,
             on_wait: Callable[[], None] | None = None) -> Iterator[BatchResult]:
    """Run the batches on the chosen engine; starts it only if there is a batch to run.

    A local build with no more than SMALL_WORK_BATCHES batches to run (an incremental build
    after a few changes) starts no other worker, whose start and model load would cost more than
    the work: with ``workers`` > 1 the batches go, as one task, to the early worker (``early``,
    started when the build began, so its model has been loading since), which splits them over
    forks of itself sharing its loaded model (process_batches); with one worker they run in this
    process. While pool workers run, ``on_wait`` runs here once (the build reads the previous
    snapshot): from the first task on, beside it, when the workers are forks of a warm server not
    forked yet (``_unforked``: the first task waits for the server's warm-up), else at the first
    wait for a result.
    """
    ahead: list[list[FileTask]] = []
    for batch in batches:
        ahead.append(batch)
        if len(ahead) > SMALL_WORK_BATCHES:
            break
    small = engine == "local" and len(ahead) <= SMALL_WORK_BATCHES
    started = early.take() if early is not None else []
    if not ahead or not (engine == "local" and workers > 1):
        for executor in started:
            _terminate(executor)
        started = []
    if not ahead:
        return
    if started:
        runner: Any = _Pool(options, 1 if small else workers, started)
    else:
        runner = _engine(engine, 1 if small else workers, scheduler, options)
    try:
        if started and small:
            yield from runner.run_forked(ahead, min(workers, len(ahead)), on_wait)
            return

        def all_batches() -> Iterator[list[FileTask]]:
            yield from ahead
            yield from batches

        yield from runner.run(all_batches(), limit=max(1, workers) * IN_FLIGHT_PER_WORKER, on_wait=on_wait)
    finally:
        runner.close()

