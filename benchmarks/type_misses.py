"""Every matched row typed wrong, per dev source, with its evidence (dev sets only).

    python -m benchmarks.type_misses                          # rn-a, rn-b and every read written batch's dev half
    python -m benchmarks.type_misses --sets rn-a,wi-dev       # some sets (names as in benchmarks.loss_by_stage)
    python -m benchmarks.type_misses --counts                 # the per-set counts of (gold -> predicted) only

``benchmarks.evaluate --confusion`` gives counts only and ``--diff`` leaves out the real-news articles whose rows all
match, so most type errors of matched rows do not show there; this lists them all: the set, the case, gold type ->
predicted type (an accepted ``alt_types`` counts as right), the gold title, the row's title and its evidence.

Test halves are never run here (``--sets`` refuses them: ``benchmarks.dev_cases`` only knows dev halves).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from benchmarks import dev_cases
from benchmarks import evaluate as ev


def case_misses(case: ev.Case, extraction: Any) -> list[dict[str, Any]]:
    """The matched rows of one case whose type is wrong (optional gold rows left out)."""
    preds = [ev.from_event(e) for e in extraction.events]
    out: list[dict[str, Any]] = []
    for gi, pi, _ in ev.match(case.events, preds):
        gold = case.events[gi]
        if gold.optional or ev.type_ok(gold, preds[pi]):
            continue
        event = extraction.events[pi]
        out.append({"case": case.name, "gold_type": gold.type, "pred_type": preds[pi].type, "lang": gold.lang,
                    "title": gold.title_hint, "pred_title": preds[pi].title[:80],
                    "evidence": " / ".join(event.evidence)[:400]})
    return out


def dev_sets() -> dict[str, Callable[[], list[dict[str, Any]]]]:
    """rn-a, rn-b and w<batch>-dev for every read written batch (never a test half, never the blind batch)."""
    return dev_cases.dev_sets(case_misses)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.type_misses", description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="", help="comma-separated dev set names (default: all)")
    parser.add_argument("--counts", action="store_true", help="counts of (gold -> predicted) only")
    args = parser.parse_args(argv)
    sets = dev_sets()
    names = [n for n in args.sets.split(",") if n] or list(sets)
    unknown = [n for n in names if n not in sets]
    if unknown:
        print(f"not a dev set: {unknown} (known: {sorted(sets)})", file=sys.stderr)
        return 2
    counts: dict[str, Counter[str]] = {}
    for name in names:
        rows = sets[name]()
        counts[name] = Counter(f"{r['gold_type']} -> {r['pred_type']}" for r in rows)
        counts[name]["total"] = len(rows)
        if args.counts:
            continue
        for r in rows:
            print(f"{name} {r['lang']} {r['case']}: {r['gold_type']} -> {r['pred_type']}\n"
                  f"    gold: {r['title'][:120]!r}\n    row: {r['pred_title']!r}\n    evidence: {r['evidence']!r}")
    keys = sorted({k for c in counts.values() for k in c}, key=lambda k: (k == "total", k))
    print("\n| gold -> predicted | " + " | ".join(counts) + " |\n|" + "---|" * (len(counts) + 1))
    for key in keys:
        print(f"| {key} | " + " | ".join(str(counts[n][key]) for n in counts) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
