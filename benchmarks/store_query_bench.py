"""Dashboard query latency on a big store: 10^6 synthetic events written through store.py's writer.

    python -m benchmarks.store_query_bench --events 1000000

Writes (once; reused while --events and --seed match) a store under benchmarks/out/, then in a
fresh process opens it with ``store.open_store`` and times what the dashboard asks: facets,
filter + count, pages of events (the columns the page shows), one event in full, a histogram, top
actors. Each query runs --repeat times with the source's answer cache emptied before each run (every
run a filter change): the first run (cold) and the median are reported, with the process's RSS.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

ACTORS = [f"{s} {m} {g}" for s in ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi")
          for m in ("Văn", "Thị", "Minh", "Đức", "Quốc") for g in ("Chính", "Hùng", "Lâm", "Cường", "Hải", "Lan")]
ORGS = ["Assemblée nationale", "ASEAN", "Parti communiste vietnamien", "Union européenne", "Quốc hội", "VNA"]
PLACES = ["Hanoï", "Hô Chi Minh-Ville", "Đà Nẵng", "Huế", "Paris", "Tokyo", "Jakarta", "Cần Thơ"]
TYPES = ["congress", "conference", "consultation", "meeting", "visit", "summit", "session", "decision", "election",
         "ceremony", "forum", "other"]
SENTENCE = ("le congrès national s'est tenu à en présence du secrétaire général la conférence sur la transformation "
            "numérique a réuni les délégués de toutes les provinces pour discuter de la coopération économique")
WORDS = SENTENCE.split(" ")


def synthetic_events(n: int, seed: int, chunk: int = 100_000) -> Iterator[Any]:
    """Tables of ``chunk`` events each, in date order, built from Event records by store.events_table."""
    from timeline import store
    from timeline.models import Event

    rng = random.Random(seed)
    start = dt.date(2015, 1, 1)
    days = [start + dt.timedelta(days=int(i * 4000 / n)) for i in range(n)]
    for lo in range(0, n, chunk):
        events = []
        for i in range(lo, min(lo + chunk, n)):
            precision = rng.choices(["day", "week", "month", "year"], weights=[80, 5, 12, 3])[0]
            actors = tuple(rng.sample(ACTORS, rng.randrange(0, 3)) + rng.sample(ORGS, rng.randrange(0, 2)))
            sources = tuple(f"a{rng.randrange(n // 5):07d}.txt" for _ in range(rng.randrange(1, 3)))
            sentence = " ".join(rng.choices(WORDS, k=22)).capitalize() + "."
            events.append(Event(
                event_id=f"ev{i:08d}", date=days[i],
                end_date=days[i] + dt.timedelta(days=2) if rng.random() < 0.1 else None,
                precision=precision, date_text=days[i].isoformat(), date_source="text",
                status=rng.choice(["held", "held", "planned"]), event_type=rng.choice(TYPES),
                title=" ".join(rng.choices(WORDS, k=6)).capitalize(), actors=actors,
                roles={a: "délégué" for a in actors[:1]}, locations=(rng.choice(PLACES),), sources=sources,
                urls=(), evidence=(sentence,), n_sources=len(sources), confidence=round(rng.random(), 2), lang="fr"))
        yield store.events_table(events)


def write_store(root: Path, n: int, seed: int) -> float:
    """Write the store (unless already there); returns the seconds it took (0 when reused)."""
    from timeline import store

    if store.current_snapshot(root) is not None:
        manifest = store.read_manifest(root)
        if manifest.get("events") == n and manifest.get("seed") == seed:
            return 0.0
    started = time.perf_counter()
    with store.locked(root):
        store.commit_snapshot(root, store.ARTICLE_SCHEMA.empty_table(), store.MENTION_SCHEMA.empty_table(),
                              synthetic_events(n, seed), {"events": n, "seed": seed, "synthetic": True})
    return time.perf_counter() - started


def timed(fn: Callable[[], Any], repeat: int, forget: Callable[[], None] = lambda: None) -> dict[str, float]:
    """Cold (first) and median milliseconds; ``forget`` runs before each call (a source's answer cache)."""
    times = []
    for _ in range(repeat):
        forget()
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return {"cold_ms": round(times[0], 1), "median_ms": round(statistics.median(times), 1)}


def measure(root: Path, repeat: int) -> dict[str, Any]:
    """Open the store and time the dashboard's queries (run in a fresh process)."""
    import psutil

    from timeline import store
    from timeline.store.query import PAGE_COLUMNS, Filters

    process = psutil.Process()
    rss_start = process.memory_info().rss
    started = time.perf_counter()
    source = store.open_store(root)
    open_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    facets = source.facets()
    facets_ms = (time.perf_counter() - started) * 1000
    actor = facets.actors[5][0]
    view = Filters(start=dt.date(2019, 1, 1), end=dt.date(2020, 12, 31), types=("meeting", "visit", "summit"))
    results: dict[str, Any] = {"open_ms": round(open_ms, 1), "facets (first call; cached after)": {
        "cold_ms": round(facets_ms, 1), "median_ms": round(facets_ms, 1)}}
    started = time.perf_counter()
    source.count(Filters(text="delegues"))
    first_search_ms = round((time.perf_counter() - started) * 1000, 1)
    results["first text search (reads search_text once)"] = {"cold_ms": first_search_ms, "median_ms": None}
    queries: dict[str, Callable[[], Any]] = {
        "count (all)": lambda: source.count(Filters()),
        "count (2 years, 3 types)": lambda: source.count(view),
        "count (actor)": lambda: source.count(Filters(actors=(actor,))),
        "count (text 'congres')": lambda: source.count(Filters(text="Congres")),
        "events page of 500 (2 years, 3 types)": lambda: source.events(view, limit=500, columns=PAGE_COLUMNS),
        "events page of 500 (text)": lambda: source.events(Filters(text="transformation numerique"), limit=500,
                                                           columns=PAGE_COLUMNS),
        "events page of 10,000 (2 months)": lambda: source.events(
            Filters(start=dt.date(2020, 3, 1), end=dt.date(2020, 4, 30)), limit=10_000, columns=PAGE_COLUMNS),
        "one event, every column (details)": lambda: source.event("ev00500000"),
        "histogram month (all)": lambda: source.histogram(Filters(), "month"),
        "histogram week (2 years)": lambda: source.histogram(view, "week"),
        "top actors 10 (all)": lambda: source.top_actors(Filters(), 10),
        "top actors 10 (2 years, 3 types)": lambda: source.top_actors(view, 10),
    }
    cache = getattr(source, "_cache", None)
    for name, query in queries.items():  # every run a new question: no answer kept from the run before
        results[name] = timed(query, repeat, cache.clear if cache is not None else lambda: None)
    results["summary, asked again (cached)"] = timed(lambda: source.summary(view), repeat)
    results["n_events"] = facets.n_events
    results["rss_mb"] = round(process.memory_info().rss / 2**20)
    results["rss_start_mb"] = round(rss_start / 2**20)
    results["peak_rss_mb"] = round(getattr(process.memory_info(), "peak_wset", 0) / 2**20) or None
    try:
        import resource

        results["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    except ImportError:
        pass
    source.close()
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--store", type=Path, default=None, help="default: benchmarks/out/query_store_<events>")
    parser.add_argument("--measure-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    root = args.store or Path("benchmarks/out") / f"query_store_{args.events}"
    if args.measure_only:
        print(json.dumps(measure(root, args.repeat), ensure_ascii=False))
        return 0
    seconds = write_store(root, args.events, args.seed)
    print(f"store {root}: {args.events} events" + (f", written in {seconds:.1f} s" if seconds else " (reused)"))
    out = subprocess.run([sys.executable, "-m", "benchmarks.store_query_bench", "--measure-only", "--store",
                          str(root), "--repeat", str(args.repeat)], check=True, capture_output=True, text=True)
    results = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"open_store: {results.pop('open_ms')} ms; RSS {results.pop('rss_start_mb')} MB at start, "
          f"{results.pop('rss_mb')} MB after the queries (peak {results.pop('peak_rss_mb')} MB)")
    print(f"{'query':<46}{'cold ms':>10}{'median ms':>12}")
    n_events = results.pop("n_events")
    for name, value in results.items():
        print(f"{name:<46}{value['cold_ms']:>10}{value['median_ms'] if value['median_ms'] is not None else '':>12}")
    print(f"({n_events} events; median of {args.repeat} runs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
