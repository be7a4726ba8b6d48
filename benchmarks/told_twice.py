"""Rows told twice that stayed apart, and why: ``python -m benchmarks.told_twice [--batch a..j|all] [--no-clock]``.

For every core gold row of a written batch's DEV half told by several articles (never the test half: its errors are
not read), the row the scorer matched, and when it does not name every source, the first reason found, in the order
the pipeline meets them (docs/BENCHMARKS.md, "Told twice, round fourteen"):

    undated       an article of the pair has no reference date (a dateline without a year, read without a clock)
    no telling    an article of the pair has no row of the gold row's day (not found, or dated elsewhere)
    type          each has a row of the day, but one article none of the gold type or a type merge_families relates
                  to it (this happening typed otherwise, or found on another day while another happening is typed)
    merge         both have a related row of the day: merge.py's comparison keeps them apart (actors, places,
                  numbers, key terms, a within-article merge that took one side elsewhere)

``--no-clock`` runs without the set's clock (``written_set.WRITTEN_ON``): datelines without a year stay undated.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
from collections import Counter
from collections.abc import Sequence

from benchmarks import evaluate as ev
from benchmarks import written_set as ws

__all__ = ["REASONS", "why_apart"]

REASONS = ("undated", "no telling", "type", "merge")


def _rows_of(article: str, gold: ev.GoldEvent, preds: Sequence[ev.Predicted]) -> list[ev.Predicted]:
    """The predicted rows citing one article dated as the gold row (a full date match)."""
    return [p for p in preds if article in ev.cited(p) and ev.date_match(gold, p) == "full"]


def why_apart(gold: ev.GoldEvent, preds: Sequence[ev.Predicted], references: dict[str, object]) -> str:
    """The first reason (REASONS) a gold row told by several articles is not one predicted row."""
    from timeline.extraction.merge_families import related

    if any(references.get(source) is None for source in gold.sources):
        return "undated"
    rows = [_rows_of(source, gold, preds) for source in gold.sources]
    if not all(rows):
        return "no telling"
    typed = [[p for p in found if related(p.type, gold.type) or ev.type_ok(gold, p)] for found in rows]
    if not all(typed):
        return "type"
    return "merge"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--batch", default="all", choices=(*ws.BATCHES, "all"))
    parser.add_argument("--no-clock", action="store_true", help="run without the set's clock")
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)
    counts: Counter[str] = Counter()
    for batch in ws.GROUPS["read"] if args.batch == "all" else (args.batch,):  # never a blind batch unless named
        for case in ws.load_split("dev", batch):
            if args.no_clock:
                case = dataclasses.replace(case, run_date=None)
            twice = [g for g in case.events if len(g.sources) > 1 and not g.optional]
            if not twice:
                continue
            preds, references, _, _ = ev.run_pipeline(case)
            matched = {gi: preds[pi] for gi, pi, _ in ev.match(case.events, preds)}
            for gi, gold in enumerate(case.events):
                if gold not in twice:
                    continue
                row = matched.get(gi)
                reason = "merged" if row is not None and ev.merged_sources(gold, row) else why_apart(
                    gold, preds, references)
                counts[reason] += 1
                print(f"{batch} {case.name}: {gold.date} {gold.type} {list(gold.actors)[:2]} -> {reason}")
    print(", ".join(f"{reason} {counts[reason]}" for reason in ("merged", *REASONS)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
