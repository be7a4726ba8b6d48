"""Load test: N concurrent dashboard sessions for D seconds against a local Streamlit server.

    python -m benchmarks.load_test                          # 20 sessions x 60 s, own server on the seeds
    python -m benchmarks.load_test --sessions 5 --duration 10
    python -m benchmarks.load_test --url http://127.0.0.1:8501 --server-pid 1234   # a running server

Each session is a websocket client speaking Streamlit's own protocol, as the browser does
(``ws://127.0.0.1:PORT/_stcore/stream``, subprotocol "streamlit", protobuf ``BackMsg`` up and
``ForwardMsg`` down). An interaction is one script run: the client sends ``rerun_script`` with the
page's query string and waits for ``script_finished``; its response time is that round trip. The page
keeps every filter and the selected event in the address (app.py ``_url_view``), so filtering and
selecting are address changes: a type filter, a text search, a date range, an actor, an event
selected (ids read from the page's own timeline chart), the selection closed, the filters reset.

Errors: an ``exception`` element in the page, a script run that does not finish successfully, a
timeout (30 s), a dropped connection. Server memory: psutil RSS of the server process (and its
children), sampled every 0.5 s. Bounded: each session stops at the deadline or after
MAX_INTERACTIONS; think time 1-4 s by default (seeded; ``--think MIN MAX``). Localhost only: any other host is refused.

Writes the figures as JSON (``--out``, default artifacts/load_test.json) and prints a summary.
Nothing runs at import; ``main(argv) -> int``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
#: A session never runs more than this many interactions, whatever the duration.
MAX_INTERACTIONS = 2_000
#: An interaction that takes longer than this counts as an error (and ends the session).
RUN_TIMEOUT = 30.0
#: The first run of a fresh server extracts the seeds (spaCy model load included).
WARMUP_TIMEOUT = 300.0
#: Seconds a user waits between two interactions (uniform): reading the page, moving the mouse. A person
#: filtering and clicking events; ``--think 0.5 2`` is the stress variant reported next to it.
THINK_TIME = (1.0, 4.0)
RSS_EVERY = 0.5
#: Targets the test checks (tests/test_load.py).
P95_TARGET_S = 2.0


# ---------------------------------------------------------------- one session


@dataclass
class Sample:
    kind: str
    seconds: float
    ok: bool
    error: str = ""


@dataclass
class PageFacts:
    """What the client learns from a page: event ids on the timeline, event types, actors."""

    event_ids: list[str] = field(default_factory=list)
    exceptions: list[str] = field(default_factory=list)


def _check_local(url: str) -> None:
    host = urlsplit(url).hostname or ""
    if host not in LOCAL_HOSTS:
        raise ValueError(f"the load test only runs against this machine (127.0.0.1/localhost), not {host!r}")


class Session:
    """One websocket client of the Streamlit server: a user's tab."""

    def __init__(self, url: str) -> None:
        from websockets.sync.client import connect

        _check_local(url)
        ws_url = url.replace("http://", "ws://").replace("https://", "wss://").rstrip("/") + "/_stcore/stream"
        self._stack = ExitStack()
        self.ws = self._stack.enter_context(
            connect(ws_url, subprotocols=["streamlit"], max_size=None, open_timeout=RUN_TIMEOUT))  # type: ignore[list-item]

    def close(self) -> None:
        self._stack.close()

    def run(self, query: dict[str, str | list[str]], timeout: float = RUN_TIMEOUT) -> tuple[float, PageFacts]:
        """One script run with this address; (seconds, facts). Raises on timeout or a failed run."""
        from streamlit.proto.BackMsg_pb2 import BackMsg
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        msg = BackMsg()
        msg.rerun_script.query_string = urlencode(query, doseq=True)
        msg.rerun_script.page_script_hash = ""
        facts = PageFacts()
        started = time.monotonic()
        self.ws.send(msg.SerializeToString())
        while True:
            left = timeout - (time.monotonic() - started)
            if left <= 0:
                raise TimeoutError(f"no script_finished within {timeout} s")
            raw = self.ws.recv(timeout=left)
            forward = ForwardMsg()
            forward.ParseFromString(raw if isinstance(raw, bytes) else raw.encode())
            kind = forward.WhichOneof("type")
            if kind == "delta" and forward.delta.WhichOneof("type") == "new_element":
                element = forward.delta.new_element
                which = element.WhichOneof("type")
                if which == "exception":
                    facts.exceptions.append(f"{element.exception.type}: {element.exception.message}"[:300])
                elif which == "plotly_chart" and not facts.event_ids:
                    facts.event_ids = _chart_ids(element.plotly_chart.spec)
            elif kind == "script_finished":
                seconds = time.monotonic() - started
                if forward.script_finished != 0:  # ForwardMsg.FINISHED_SUCCESSFULLY
                    raise RuntimeError(f"script run ended with status {forward.script_finished}")
                return seconds, facts


def _chart_ids(spec: str) -> list[str]:
    try:
        figure = json.loads(spec)
    except ValueError:
        return []
    ids = []
    for trace in figure.get("data", []):
        for cell in trace.get("customdata", []) or []:
            if isinstance(cell, list) and cell and isinstance(cell[0], str):
                ids.append(cell[0])
    return list(dict.fromkeys(ids))


# ---------------------------------------------------------------- what a user does

TYPES = ("congress", "conference", "consultation", "meeting", "visit", "summit", "decision")
SEARCHES = ("conf", "Vietnam", "Laos", "congrès", "ministre", "2025", "zzz-nothing")


def interactions(rng: random.Random, ids: Sequence[str]) -> Iterator[tuple[str, dict[str, str | list[str]]]]:
    """An endless, seeded walk over the page: (interaction name, address)."""
    view: dict[str, str | list[str]] = {}
    while True:
        kind = rng.choice(("type", "search", "dates", "select", "select", "close", "lanes", "reset"))
        if kind == "type":
            view = {**view, "type": rng.sample(TYPES, rng.randint(1, 3))}
        elif kind == "search":
            view = {**view, "q": rng.choice(SEARCHES)}
        elif kind == "dates":
            view = {**view, "from": f"2025-{rng.randint(1, 6):02d}-01", "to": f"2025-{rng.randint(7, 12):02d}-28"}
        elif kind == "select" and ids:
            view = {k: v for k, v in view.items() if k in ("lanes",)}  # select from the full timeline
            view["event"] = rng.choice(list(ids))
        elif kind == "close":
            view = {k: v for k, v in view.items() if k != "event"}
        elif kind == "lanes":
            view = {**view, "lanes": "actor" if view.get("lanes") != "actor" else "type"}
        else:
            view = {}
        yield kind, dict(view)


def user(url: str, seed: int, deadline: float, out: list[Sample], lock: threading.Lock,
         think: tuple[float, float] = THINK_TIME) -> None:
    """One user: open the page, then filter and select until the deadline."""
    rng = random.Random(seed)
    local: list[Sample] = []
    try:
        session = Session(url)
    except Exception as exc:  # a refused connection is an error, not a crash of the benchmark
        local.append(Sample("connect", 0.0, False, f"{type(exc).__name__}: {exc}"))
        with lock:
            out.extend(local)
        return
    try:
        seconds, facts = session.run({})
        local.append(Sample("open", seconds, not facts.exceptions, "; ".join(facts.exceptions)))
        ids = facts.event_ids
        for n, (kind, query) in enumerate(interactions(rng, ids)):
            if time.monotonic() >= deadline or n >= MAX_INTERACTIONS:
                break
            time.sleep(rng.uniform(*think))
            try:
                seconds, facts = session.run(query)
            except Exception as exc:
                local.append(Sample(kind, RUN_TIMEOUT, False, f"{type(exc).__name__}: {exc}"[:300]))
                break
            local.append(Sample(kind, seconds, not facts.exceptions, "; ".join(facts.exceptions)))
            ids = ids or facts.event_ids
    except Exception as exc:
        local.append(Sample("open", RUN_TIMEOUT, False, f"{type(exc).__name__}: {exc}"[:300]))
    finally:
        session.close()
        with lock:
            out.extend(local)


# ---------------------------------------------------------------- the server and its memory


@contextmanager
def local_server(env: dict[str, str] | None = None) -> Iterator[tuple[str, int]]:
    """A `streamlit run app.py` on a free port of 127.0.0.1 (the seeds unless ``env`` says otherwise)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    cmd = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
           "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
           "--server.fileWatcherType", "none"]
    clean = {k: v for k, v in os.environ.items() if not k.startswith("TIMELINE_")}
    proc = subprocess.Popen(cmd, cwd=ROOT, env={**clean, **(env or {})}, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"streamlit exited with code {proc.returncode}")
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("streamlit did not start within 60 s") from None
                time.sleep(0.3)
        yield url, proc.pid
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


class RssSampler:
    """Resident memory of a process tree, sampled in a thread."""

    def __init__(self, pid: int) -> None:
        import psutil

        self.process = psutil.Process(pid)
        self.samples: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def rss_mb(self) -> float:
        import psutil

        total = 0
        for proc in [self.process, *self.process.children(recursive=True)]:
            try:
                total += proc.memory_info().rss
            except psutil.Error:
                continue
        return total / 2**20

    def cpu_s(self) -> float:
        import psutil

        total = 0.0
        for proc in [self.process, *self.process.children(recursive=True)]:
            try:
                times = proc.cpu_times()
            except psutil.Error:
                continue
            total += times.user + times.system
        return total

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                self.samples.append(self.rss_mb())
            except Exception:
                return
            self._stop.wait(RSS_EVERY)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


# ---------------------------------------------------------------- the run and its report


@dataclass
class Report:
    sessions: int
    duration_s: float
    interactions: int
    errors: int
    error_examples: list[str]
    p50_s: float
    p95_s: float
    max_s: float
    p95_by_kind: dict[str, float]
    count_by_kind: dict[str, int]
    rss_before_mb: float
    rss_peak_mb: float
    rss_after_mb: float
    warmup_s: float
    think_s: tuple[float, float] = THINK_TIME
    server_cpu_s: float = 0.0
    """CPU seconds (user + system) the server process tree used during the load phase."""
    load_average: tuple[float, float, float] = (0.0, 0.0, 0.0)
    """The machine's 1/5/15-minute load average at the end (2 cores, shared with other jobs)."""

    def text(self) -> str:
        kinds = ", ".join(f"{k} {self.count_by_kind[k]} (p95 {v:.2f} s)" for k, v in sorted(self.p95_by_kind.items()))
        return "\n".join([
            f"{self.sessions} sessions x {self.duration_s:.0f} s (think time {self.think_s[0]}-{self.think_s[1]} s): "
            f"{self.interactions} interactions, {self.errors} errors",
            f"response time: p50 {self.p50_s:.2f} s, p95 {self.p95_s:.2f} s, max {self.max_s:.2f} s",
            f"by interaction: {kinds}",
            f"server RSS: {self.rss_before_mb:.0f} MB before, peak {self.rss_peak_mb:.0f} MB, "
            f"{self.rss_after_mb:.0f} MB after (warm-up run {self.warmup_s:.1f} s, not counted)",
            f"server CPU: {self.server_cpu_s:.1f} s over {self.duration_s:.0f} s "
            f"({self.server_cpu_s / max(self.duration_s, 1e-9):.2f} cores); "
            f"machine load average (1/5/15 min): {' / '.join(f'{x:.1f}' for x in self.load_average)}",
            *(f"error: {e}" for e in self.error_examples),
        ])


def percentile(values: Sequence[float], q: float) -> float:
    if not values:
        return 0.0
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def run_load(url: str, server_pid: int, sessions: int = 20, duration: float = 60.0, seed: int = 7,
             think: tuple[float, float] = THINK_TIME) -> Report:
    """Warm the server up with one session (the first run extracts the seeds), then run the sessions."""
    _check_local(url)
    warm = Session(url)
    try:
        warmup, _ = warm.run({}, timeout=WARMUP_TIMEOUT)
    finally:
        warm.close()
    samples: list[Sample] = []
    lock = threading.Lock()
    with RssSampler(server_pid) as rss:
        before = rss.rss_mb()
        cpu_before = rss.cpu_s()
        deadline = time.monotonic() + duration
        threads = [threading.Thread(target=user, args=(url, seed * 1000 + i, deadline, samples, lock, think),
                                    daemon=True)
                   for i in range(sessions)]
        for thread in threads:
            thread.start()
            time.sleep(0.05)  # users arrive over a second, not in the same millisecond
        for thread in threads:
            thread.join(timeout=duration + RUN_TIMEOUT * 3)
        time.sleep(RSS_EVERY * 2)
        after = rss.rss_mb()
        cpu = rss.cpu_s() - cpu_before
        peak = max([before, after, *rss.samples])
    times = [s.seconds for s in samples if s.ok]
    by_kind: dict[str, list[float]] = {}
    for s in samples:
        if s.ok:
            by_kind.setdefault(s.kind, []).append(s.seconds)
    errors = [s for s in samples if not s.ok]
    return Report(
        sessions=sessions, duration_s=duration, interactions=len(samples), errors=len(errors),
        error_examples=sorted({f"{s.kind}: {s.error}" for s in errors})[:5],
        p50_s=round(percentile(times, 50), 3), p95_s=round(percentile(times, 95), 3),
        max_s=round(max(times, default=0.0), 3),
        p95_by_kind={k: round(percentile(v, 95), 3) for k, v in by_kind.items()},
        count_by_kind={k: len(v) for k, v in by_kind.items()},
        rss_before_mb=round(before, 1), rss_peak_mb=round(peak, 1), rss_after_mb=round(after, 1),
        warmup_s=round(warmup, 2),
        think_s=think,
        server_cpu_s=round(cpu, 1),
        load_average=tuple(round(x, 2) for x in os.getloadavg()),  # type: ignore[arg-type]
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.load_test", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of load after the warm-up")
    parser.add_argument("--url", help="a running server on this machine (default: start one on the seeds)")
    parser.add_argument("--server-pid", type=int, help="its pid, for the memory figures (with --url)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--think", type=float, nargs=2, default=THINK_TIME, metavar=("MIN", "MAX"),
                        help="seconds between two interactions of a user (uniform)")
    parser.add_argument("--out", type=Path, default=ROOT / "artifacts" / "load_test.json")
    args = parser.parse_args(argv)
    if not 1 <= args.sessions <= 200:
        parser.error("--sessions must be between 1 and 200")
    if not 0 <= args.think[0] <= args.think[1]:
        parser.error("--think MIN MAX: 0 <= MIN <= MAX")
    if args.url:
        if args.server_pid is None:
            parser.error("--url needs --server-pid (the server's memory is part of the report)")
        report = run_load(args.url, args.server_pid, args.sessions, args.duration, args.seed, tuple(args.think))
    else:
        with local_server() as (url, pid):
            report = run_load(url, pid, args.sessions, args.duration, args.seed, tuple(args.think))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    figures: dict[str, Any] = {"command": "python -m benchmarks.load_test " + " ".join(argv or sys.argv[1:]),
                               "measured_at_utc": time.strftime("%Y-%m-%d %H:%M", time.gmtime()),
                               **asdict(report)}
    args.out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(report.text())
    print(f"figures written to {args.out}")
    return 0 if report.errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
