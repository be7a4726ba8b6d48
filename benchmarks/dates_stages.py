"""Where ``find_dates`` spends its time, stage by stage, on the two corpora of ``dates_bench --speed``.

    python -m benchmarks.dates_stages              # the suite texts joined into articles
    python -m benchmarks.dates_stages --corpus seeds --passes 5

Each step of the cascade (``DATE_STEPS``), each pass after it (``story_focus``, ``attach_clocks``, ``compose``'s
merges...) and the set-up (the trigger scans, the windows) is timed by ``time.perf_counter`` around its call, the
process's other work left out; the sum of the best pass's stages is printed next to the whole call's time (the rest:
the code of ``find_dates`` between the stages). ``_lean`` (the tense of a date's sentence, ``resolve._lean``), which
the steps and the passes call, is timed apart too: its share is inside theirs. Timers add some 0.3 microseconds a
call: read the shares, not the absolute times, and compare runs of one machine only. No result of the engine changes.

On a loaded machine the clock moves by a factor of two between runs; instructions do not. ``--one STAGE`` runs a warm
pass, then one more in which only that stage's calls go through ``itertools.starmap``, so that callgrind counts them
alone (every call of the stage in that pass, what it calls included; ``--one find_dates`` counts the whole pass):

    valgrind --tool=callgrind --collect-atstart=no --toggle-collect=starmap_next \\
        python -m benchmarks.dates_stages --one _lean
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import importlib
import itertools
import pkgutil
import time
from collections.abc import Callable, Sequence
from typing import Any

import timeline.extraction.dates as engine
from benchmarks.dates_bench import SUITES_DIR, speed_corpora
from timeline.settings import Options

#: The passes after the cascade and the set-up's helpers, as ``find_dates`` names them in its module.
PASSES = ("story_focus", "resolve_anchors", "anchor_periods", "attach_clocks", "_join_ranges", "attach_parts",
          "_with_modifiers", "_merge_named_days", "attach_lone_parts", "merge_relative_years", "merge_quarter_years",
          "merge_weeks", "merge_ranked_days", "merge_now_ranges", "merge_weekday_dates", "mark_open_ends",
          "non_ascii", "lowered", "spans_lowered", "month_spans", "_merged", "_union", "Gate")


def _timed(name: str, func: Callable[..., Any], spent: collections.Counter[str],
           calls: collections.Counter[str], through: str | None = None) -> Callable[..., Any]:
    """``func`` timed into ``spent`` and counted into ``calls`` under ``name``; with ``through`` (a stage's name), that
    stage's calls run through ``itertools.starmap`` instead (``--one``), a call inside another one's not twice."""
    if through is not None:
        if name.removeprefix("step ").split(" ")[0] != through:
            return func
        depth = [0]

        def counted(*args: Any, **kwargs: Any) -> Any:
            spent[name] += 1
            if depth[0]:
                return func(*args, **kwargs)
            depth[0] += 1
            out: list[Any] = []
            try:
                collections.deque(itertools.starmap(lambda: out.append(func(*args, **kwargs)), [()]), maxlen=0)
            finally:
                depth[0] -= 1
            return out[0]
        return counted

    def timed(*args: Any, **kwargs: Any) -> Any:
        begin = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            spent[name] += time.perf_counter() - begin
            calls[name] += 1
    return timed


def instrument(spent: collections.Counter[str], calls: collections.Counter[str],
               through: str | None = None) -> Callable[[], None]:
    """Put timers on the stages (and on ``_lean`` wherever it was imported); returns what takes them off. With
    ``through``, only that stage is wrapped, and through ``itertools.starmap`` (``_timed``)."""
    undo: list[tuple[object, str, object]] = []

    def swap(owner: object, attr: str, label: str) -> None:
        old = getattr(owner, attr)
        undo.append((owner, attr, old))
        setattr(owner, attr, _timed(label, old, spent, calls, through))

    undo.append((engine, "DATE_STEPS", engine.DATE_STEPS))
    engine.DATE_STEPS = tuple((name, _timed(f"step {name}", step, spent, calls, through))
                              for name, step in engine.DATE_STEPS)
    for name in PASSES:
        swap(engine, name, name)
    lean = importlib.import_module("timeline.extraction.dates.resolve")._lean
    for info in pkgutil.iter_modules(engine.__path__):
        module = importlib.import_module(f"{engine.__name__}.{info.name}")
        if getattr(module, "_lean", None) is lean:
            swap(module, "_lean", "_lean (inside the stages)")

    def restore() -> None:
        for owner, attr, old in reversed(undo):
            setattr(owner, attr, old)
    return restore


def stages(docs: Sequence[tuple[str, str]], passes: int = 3) -> tuple[float, dict[str, tuple[float, int]]]:
    """(the best pass's time of ``find_dates`` in all, {stage: (its seconds, its calls) in that pass})."""
    ref, options = dt.date(2025, 12, 20), Options(bare_weekday="past")
    for lang, text in docs:  # warm: patterns compiled, caches filled
        engine.find_dates(text, ref, lang, options)
    best: tuple[float, dict[str, tuple[float, int]]] = (float("inf"), {})
    for _ in range(passes):
        spent: collections.Counter[str] = collections.Counter()
        calls: collections.Counter[str] = collections.Counter()
        restore = instrument(spent, calls)
        try:
            begin = time.perf_counter()
            for lang, text in docs:
                engine.find_dates(text, ref, lang, options)
            total = time.perf_counter() - begin
        finally:
            restore()
        if total < best[0]:
            best = (total, {name: (spent[name], calls[name]) for name in spent})
    return best


def one_stage(docs: Sequence[tuple[str, str]], stage: str) -> None:
    """A warm pass, then one in which the calls of ``stage`` (a step's name, a pass of ``PASSES``, ``_lean`` or
    ``find_dates``) run through ``itertools.starmap`` (the engine never calls it): what callgrind counts."""
    ref, options = dt.date(2025, 12, 20), Options(bare_weekday="past")
    for lang, text in docs:
        engine.find_dates(text, ref, lang, options)
    if stage == "find_dates":
        collections.deque(itertools.starmap(lambda lang, text: engine.find_dates(text, ref, lang, options), docs),
                          maxlen=0)
        return
    spent: collections.Counter[str] = collections.Counter()
    restore = instrument(spent, collections.Counter(), through=stage)
    try:
        for lang, text in docs:
            engine.find_dates(text, ref, lang, options)
    finally:
        restore()
    if not spent:
        raise SystemExit(f"dates_stages: no stage named {stage!r} ran")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.dates_stages", description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=("suite", "seeds"), default="suite",
                        help="dates_bench's speed corpus: the suite texts joined into articles, or the seeds")
    parser.add_argument("--passes", type=int, default=3, help="timed passes; the fastest is shown")
    parser.add_argument("--top", type=int, default=25, help="how many stages to print")
    parser.add_argument("--one", metavar="STAGE",
                        help="no timing: one pass with only STAGE run through starmap, for callgrind (see above)")
    args = parser.parse_args(argv)
    docs = list(speed_corpora(SUITES_DIR).values())[0 if args.corpus == "suite" else 1]
    if args.one:
        one_stage(docs, args.one)
        return 0
    total, found = stages(docs, args.passes)
    timed = sum(s for name, (s, _) in found.items() if not name.startswith("_lean"))
    print(f"find_dates over {len(docs)} articles: {total * 1000:.1f} ms (best of {args.passes}, timers on); "
          f"the stages {timed * 1000:.1f} ms, the code between them {(total - timed) * 1000:.1f} ms\n")
    print("| stage | ms | share | calls |\n| --- | --- | --- | --- |")
    for name, (seconds, calls) in sorted(found.items(), key=lambda kv: -kv[1][0])[:args.top]:
        print(f"| {name} | {seconds * 1000:.2f} | {seconds / total:.1%} | {calls} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
