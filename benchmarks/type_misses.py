"""Every matched row typed wrong, per dev source, with its evidence (dev sets only).

    python -m benchmarks.type_misses                          # rn-a, rn-b and every read written batch's dev half
    python -m benchmarks.type_misses --sets rn-a,wi-dev       # some sets (names as in benchmarks.loss_by_stage)
    TIMELINE_FRESH=/path python -m benchmarks.type_misses --sets fresh-dev   # fresh real news, dev outlets only
    python -m benchmarks.type_misses --counts                 # the per-set counts of (gold -> predicted) only

``benchmarks.evaluate --confusion`` gives counts only and ``--diff`` leaves out the real-news articles whose rows all
match, so most type errors of matched rows do not show there; this lists them all: the set, the case, gold type ->
predicted type (an accepted ``alt_types`` counts as right), the gold title with every type it accepts, the row's title,
the trigger word, type and date words of each telling merged into the row (which word gave the type), and its evidence.

Test halves are never run here (``--sets`` refuses them: ``benchmarks.dev_cases`` only knows dev halves).
"""

from __future__ import annotations

import sys
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
        tellings = [f"{m.trigger!r}={m.event_type} [{m.date_text}]" for m in extraction.mentions
                    if m.event_id == event.event_id]
        out.append({"case": case.name, "gold_type": gold.type, "pred_type": preds[pi].type, "lang": gold.lang,
                    "title": gold.title_hint, "pred_title": preds[pi].title[:80],
                    "accepted": "/".join((gold.type, *gold.alt_types)), "tellings": "; ".join(tellings)[:300],
                    "evidence": " / ".join(event.evidence)[:400]})
    return out


def dev_sets() -> dict[str, Callable[[], list[dict[str, Any]]]]:
    """rn-a, rn-b and w<batch>-dev for every read written batch (never a test half, never the blind batch)."""
    return dev_cases.dev_sets(case_misses)


def main(argv: Sequence[str] | None = None) -> int:
    return dev_cases.run(
        argv, "python -m benchmarks.type_misses", __doc__ or "", case_misses, column="gold -> predicted",
        key=lambda r: f"{r['gold_type']} -> {r['pred_type']}",
        show=lambda name, r: (f"{name} {r['lang']} {r['case']}: {r['gold_type']} -> {r['pred_type']}\n"
                              f"    gold ({r['accepted']}): {r['title'][:120]!r}\n    row: {r['pred_title']!r}\n"
                              f"    tellings (trigger=type [date]): {r['tellings']}\n"
                              f"    evidence: {r['evidence']!r}"))


if __name__ == "__main__":
    sys.exit(main())
