"""How far a second reader agrees with the real-news gold: inter-annotator agreement under docs/ANNOTATION.md.

    python -m benchmarks.agreement                 (P, R, F1, types, actors per language and corpus)
    python -m benchmarks.agreement --all-rows      (the second reader's borderline rows count as predictions too)
    python -m benchmarks.agreement --diff          (each article's disagreements, as the scorer prints them)
    TIMELINE_FRESH=... python -m benchmarks.agreement --fresh   (round twenty-five: iaa25's 16 fresh pages
                                                   against the collectors' gold in benchmarks/fresh/)

It also counts, over all the rows of both readers (core or not), which rows both wrote and whether they agree on
calling them core (``core_flags``: a 2x2 table and Cohen's kappa), since the core/borderline line is where
two readers of the same guide part most.

The second reader's lines (``benchmarks/realnews/agreement/second_reader.jsonl``, same format as the gold
files) are scored as if they were predictions against the first gold (``benchmarks/realnews/events_*.jsonl``),
with the matching of ``benchmarks.realnews_events`` (its ``load_gold`` and ``_gold_event``) and of the golden set
(``benchmarks.evaluate.score_case``): the first reader's borderline rows are optional, and by default only the
second reader's core rows are predictions, so precision is "of the rows reader 2 calls core, the share reader 1
has at all" and recall "of reader 1's core rows, the share reader 2 also calls core". No article text is read.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks import evaluate as ev
from benchmarks.realnews_events import GOLD_DIR, _gold_event, load_gold

SECOND_READER = GOLD_DIR / "agreement" / "second_reader.jsonl"
FRESH_GOLD_DIR = Path(__file__).resolve().parent / "fresh"
FRESH_SECOND_READER = FRESH_GOLD_DIR / "agreement" / "iaa25.jsonl"
METRICS = ("precision", "recall", "f1", "type_accuracy", "actor_recall", "date_exact", "n_gold", "n_pred")
CORPUS = {"fr_wikinews_winer.jsonl": "winer", "fr_timebank_dev.jsonl": "frtb", "en_wikinews_meantime.jsonl": "meantime"}


def group_of(second: dict[str, Any]) -> str:
    """The column of a line beside its language: the real-news corpus, or for fresh pages their split (dev/test)."""
    if second["file"] in CORPUS:
        return CORPUS[second["file"]]
    return str(second.get("split") or second["file"])


def load_second(path: Path = SECOND_READER) -> list[dict[str, Any]]:
    """The second reader's annotation lines, in file order."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def as_prediction(raw: dict[str, Any], lang: str) -> ev.Predicted:
    """One of the second reader's rows as the scorer's prediction (its title hint stands for the title)."""
    end = raw.get("end_date")
    return ev.Predicted(
        date=dt.date.fromisoformat(raw["date"]), end_date=dt.date.fromisoformat(end) if end else None,
        precision=raw.get("precision", "day"), type=raw["type"], status=raw.get("status") or "",
        actors=tuple(raw.get("actors", ())), title=raw.get("title_hint", ""), lang=lang,
    )


def score_pair(first: dict[str, Any], second: dict[str, Any], all_rows: bool = False) -> ev.CaseResult:
    """Reader 2's line scored against reader 1's line of the same article."""
    lang = first.get("lang", "fr")
    gold = tuple(_gold_event(raw, lang, f"{first['_where']} event {i}") for i, raw in enumerate(first["events"]))
    preds = [as_prediction(raw, lang) for raw in second["events"] if all_rows or raw.get("core", True)]
    case = ev.Case(name=second["id"], inputs=(), reference_dates={}, events=gold, not_actors=(), lang=lang)
    return ev.score_case(case, preds, {})


def agreement(all_rows: bool = False, second_path: Path = SECOND_READER, gold_dir: Path = GOLD_DIR
              ) -> tuple[dict[str, dict[str, float | int | None]], list[ev.CaseResult]]:
    """Metrics by language, by corpus and for 'all', and the per-article results."""
    gold = load_gold(gold_dir)
    tallies: dict[str, ev.Tally] = {}
    results = []
    for second in load_second(second_path):
        first = gold.get((second["file"], second["id"]))
        if first is None:
            raise ev.GoldError(f"{second['id']}: no first-reader line in {gold_dir}")
        result = score_pair(first, second, all_rows)
        results.append(result)
        for tally in result.tallies.values():
            for key in (first.get("lang", "fr"), group_of(second), "all"):
                tallies.setdefault(key, ev.Tally()).add(tally)
    return {key: tally.metrics() for key, tally in tallies.items()}, results


def core_flags(second_path: Path = SECOND_READER, gold_dir: Path = GOLD_DIR) -> dict[str, float | int | None]:
    """All rows of both readers matched one to one: how many each wrote alone, and the core flags of shared rows."""
    gold = load_gold(gold_dir)
    counts = {"both_core": 0, "both_borderline": 0, "core_1_only": 0, "core_2_only": 0, "only_1": 0, "only_2": 0}
    for second in load_second(second_path):
        first = gold[(second["file"], second["id"])]
        lang = first.get("lang", "fr")
        rows = [(_gold_event(raw, lang, first["_where"]), raw.get("core", True)) for raw in first["events"]]
        gold_rows = [dataclasses.replace(event, optional=False) for event, _ in rows]
        preds = [as_prediction(raw, lang) for raw in second["events"]]
        pairs = ev.match(gold_rows, preds)
        for gi, pi, _ in pairs:
            one, two = rows[gi][1], second["events"][pi].get("core", True)
            key = "both_core" if one and two else "both_borderline" if not (one or two) else \
                "core_1_only" if one else "core_2_only"
            counts[key] += 1
        counts["only_1"] += len(rows) - len(pairs)
        counts["only_2"] += len(preds) - len(pairs)
    shared = counts["both_core"] + counts["both_borderline"] + counts["core_1_only"] + counts["core_2_only"]
    observed = (counts["both_core"] + counts["both_borderline"]) / shared if shared else None
    p1 = (counts["both_core"] + counts["core_1_only"]) / shared if shared else 0.0
    p2 = (counts["both_core"] + counts["core_2_only"]) / shared if shared else 0.0
    chance = p1 * p2 + (1 - p1) * (1 - p2)
    kappa = (observed - chance) / (1 - chance) if observed is not None and chance < 1 else None
    return {**counts, "shared": shared, "core_agreement": observed, "kappa": kappa}


def format_table(metrics: dict[str, dict[str, float | int | None]]) -> str:
    """Markdown: one row per metric, one column per language then corpus."""
    cols = [c for c in ("fr", "en", "winer", "frtb", "meantime", "dev", "test", "all") if c in metrics]
    lines = ["| metric | " + " | ".join(cols) + " |", "|" + "---|" * (len(cols) + 1)]
    lines += [f"| {m} | " + " | ".join(ev._fmt(metrics[c].get(m)) for c in cols) + " |" for m in METRICS]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.agreement", description=__doc__.splitlines()[0])
    parser.add_argument("--all-rows", action="store_true", help="reader 2's borderline rows are predictions too")
    parser.add_argument("--diff", action="store_true", help="print each article's disagreements")
    parser.add_argument("--fresh", action="store_true",
                        help="score benchmarks/fresh/agreement/iaa25.jsonl against the fresh gold (benchmarks/fresh/)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    second_path, gold_dir = (FRESH_SECOND_READER, FRESH_GOLD_DIR) if args.fresh else (SECOND_READER, GOLD_DIR)
    metrics, results = agreement(args.all_rows, second_path, gold_dir)
    if args.json:
        sys.stdout.write(json.dumps(metrics, indent=2, sort_keys=True) + "\n")
        return 0
    view = "all of reader 2's rows" if args.all_rows else "reader 2's core rows"
    sys.stdout.write(f"agreement: {len(results)} articles, {view} against reader 1's gold\n\n"
                     f"{format_table(metrics)}\n")
    flags = core_flags(second_path, gold_dir)
    sys.stdout.write("\nrows (core or not) both readers wrote: {shared}; core flag agreed on {agreed} "
                     "(kappa {kappa}); core for reader 1 only {core_1_only}, for reader 2 only {core_2_only}; "
                     "rows of reader 1 alone {only_1}, of reader 2 alone {only_2}\n".format(
                         agreed=flags["both_core"] + flags["both_borderline"],
                         **{k: ev._fmt(v) for k, v in flags.items()}))
    if args.diff:
        for result in results:
            if not result.clean or result.wrong:
                sys.stdout.write(f"\n{result.diff()}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
