"""Actor precision next to actor recall, counts only, per dev set and language (dev sets and the golden set only).

    python -m benchmarks.actor_precision                        # rn-a, rn-b and every read written batch's dev half
    python -m benchmarks.actor_precision --sets rn-a,golden     # some sets (names as in benchmarks.loss_by_stage)

Over the matched rows whose gold names its actors (a gold row without actors says nothing of who): ``gold`` the
gold actors, ``found`` those among the row's actors (recall = found / gold, as ``benchmarks.evaluate`` counts it),
``pred`` the row's actors, ``wrong`` those that are no gold actor of the row (precision = 1 - wrong / pred). A gold
row lists the actors that matter, not every name, so ``wrong`` is an upper bound: compare it before -> after, never
as a figure of its own. No row or name is printed, so the counts can be read without reading the articles.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from benchmarks import dev_cases
from benchmarks import evaluate as ev

FIELDS = ("rows", "gold", "found", "pred", "wrong")


def case_counts(case: ev.Case, extraction: Any) -> list[dict[str, Any]]:
    """One count row per language of the case: rows, gold, found, pred, wrong (see the module's docstring)."""
    preds = [ev.from_event(e) for e in extraction.events]
    by_lang: dict[str, Counter[str]] = {}
    for gi, pi, _ in ev.match(case.events, preds):
        gold = case.events[gi]
        if gold.optional or not gold.actors:
            continue
        counts = by_lang.setdefault(gold.lang, Counter())
        names = list(dict.fromkeys(preds[pi].actors))
        counts["rows"] += 1
        counts["gold"] += len(gold.actors)
        counts["found"] += sum(ev.actor_found(a, names) for a in gold.actors)
        counts["pred"] += len(names)
        counts["wrong"] += sum(not any(ev.actor_found(a, [name]) for a in gold.actors) for name in names)
    return [{"lang": lang, **counts} for lang, counts in by_lang.items()]


def _golden() -> list[dict[str, Any]]:
    from timeline.extraction.pipeline import extract
    from timeline.settings import Options

    out: list[dict[str, Any]] = []
    for case in ev.load_cases():
        options = Options(reference_date=case.fallback_reference, today=case.run_date)
        out += case_counts(case, extract(list(case.inputs), options))
    return out


def sets() -> dict[str, Callable[[], list[dict[str, Any]]]]:
    """Every dev set of ``benchmarks.dev_cases`` (never a test half, never the blind batch) and ``golden``."""
    return {**dev_cases.dev_sets(case_counts), "golden": _golden}


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "-"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.actor_precision", description=(__doc__ or "").split(
        "\n")[0])
    parser.add_argument("--sets", default="", help="comma-separated set names (default: every dev set)")
    args = parser.parse_args(argv)
    known = sets()
    names = [n for n in args.sets.split(",") if n] or [n for n in known if n != "golden"]
    unknown = [n for n in names if n not in known]
    if unknown:
        print(f"not a dev set: {unknown} (known: {sorted(known)})", file=sys.stderr)
        return 2
    print("| set | lang | " + " | ".join(FIELDS) + " | recall | precision |\n|" + "---|" * (len(FIELDS) + 4))
    for name in names:
        totals: dict[str, Counter[str]] = {}
        for row in known[name]():
            totals.setdefault(row["lang"], Counter()).update({k: row.get(k, 0) for k in FIELDS})
        for lang in (*sorted(totals), "all") if len(totals) > 1 else sorted(totals):
            c = totals[lang] if lang != "all" else sum(totals.values(), Counter())
            print(f"| {name} | {lang} | " + " | ".join(str(c[k]) for k in FIELDS)
                  + f" | {_ratio(c['found'], c['gold'])} | {_ratio(c['pred'] - c['wrong'], c['pred'])} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
