"""The dev halves the row-listing tools run a per-case function over (``type_misses``, ``actor_misses``), and their
command line (``run``).

``dev_sets(per_case)`` maps each dev set's name, as ``benchmarks.loss_by_stage`` names them (``rn-a``, ``rn-b``,
``w<batch>-dev`` for every read written batch; ``fresh-dev``, the fresh real news's dev outlets of round twenty-five,
when ``$TIMELINE_FRESH`` holds their pages), to a function giving ``per_case``'s rows over that set's cases, each
run as its scorer runs it (the real-news record through ingest; a written case with its fallback reference date and
its clock). Test halves and the blind batch are never in it.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from benchmarks import evaluate as ev

Rows = list[dict[str, Any]]
PerCase = Callable[[ev.Case, Any], Rows]


def _realnews(half: str, per_case: PerCase) -> Rows:
    from benchmarks import realnews_events as rn
    from benchmarks.realnews import dev_half
    from timeline.extraction.pipeline import extract

    out: Rows = []
    for real in rn.load_real_cases(("dev",)):
        if dev_half(real.record["id"]) != half:
            continue
        articles, options = rn.read_record(real.record)
        out += per_case(real.case, extract(articles, options))
    return out


def _fresh(per_case: PerCase) -> Rows:
    """Fresh dev pages (round twenty-five), run as ``benchmarks.fresh_news --present-only`` runs them (a page the folder
    lacks is left out, named in a warning: the folder holds 272 of the 330 pages); never its test split."""
    from benchmarks import fresh_news
    from benchmarks import realnews_events as rn
    from timeline.extraction.pipeline import extract

    out: Rows = []
    for real in fresh_news.load_cases(("dev",), present_only=True):
        articles, options = rn.read_record(real.record)
        out += per_case(real.case, extract(articles, options))
    return out


def _written(batch: str, per_case: PerCase) -> Rows:
    from benchmarks import written_set
    from timeline.extraction.pipeline import extract
    from timeline.settings import Options

    out: Rows = []
    for case in written_set.load_split("dev", batch):
        options = Options(reference_date=case.fallback_reference, today=case.run_date)
        out += per_case(case, extract(list(case.inputs), options))
    return out


def dev_sets(per_case: PerCase) -> dict[str, Callable[[], Rows]]:
    """rn-a, rn-b, w<batch>-dev for every read written batch, and fresh-dev when ``$TIMELINE_FRESH`` holds the fresh
    pages (never a test half, never the blind batch)."""
    from benchmarks import fresh_news, written_set

    sets: dict[str, Callable[[], Rows]] = {"rn-a": lambda: _realnews("a", per_case),
                                           "rn-b": lambda: _realnews("b", per_case)}
    if fresh_news.fresh_dir() is not None:
        sets["fresh-dev"] = lambda: _fresh(per_case)
    for batch in written_set.GROUPS["read"]:
        if written_set.split_folder("dev", batch).is_dir():
            sets[f"w{batch}-dev"] = lambda batch=batch: _written(batch, per_case)
    return sets


def run(argv: Sequence[str] | None, prog: str, doc: str, per_case: PerCase, key: Callable[[dict[str, Any]], str],
        show: Callable[[str, dict[str, Any]], str], column: str) -> int:
    """A row-listing tool's command line: ``--sets`` (default: every dev set), ``--counts`` (the table only); each
    row printed by ``show(set name, row)``, then one table of rows per ``key`` (the ``column``) and per set."""
    parser = argparse.ArgumentParser(prog=prog, description=doc.splitlines()[0])
    parser.add_argument("--sets", default="", help="comma-separated dev set names (default: all)")
    parser.add_argument("--counts", action="store_true", help=f"counts by {column} only")
    args = parser.parse_args(argv)
    sets = dev_sets(per_case)
    names = [n for n in args.sets.split(",") if n] or list(sets)
    unknown = [n for n in names if n not in sets]
    if unknown:
        print(f"not a dev set: {unknown} (known: {sorted(sets)})", file=sys.stderr)
        return 2
    counts: dict[str, Counter[str]] = {}
    for name in names:
        rows = sets[name]()
        counts[name] = Counter(key(r) for r in rows)
        counts[name]["total"] = len(rows)
        if not args.counts:
            for r in rows:
                print(show(name, r))
    keys = sorted({k for c in counts.values() for k in c}, key=lambda k: (k == "total", k))
    print(f"\n| {column} | " + " | ".join(counts) + " |\n|" + "---|" * (len(counts) + 1))
    for k in keys:
        print(f"| {k} | " + " | ".join(str(counts[n][k]) for n in counts) + " |")
    return 0
