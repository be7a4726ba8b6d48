"""Our errors on a Recognizers-Text suite, by value, one line each, counted by kind:

    python -m benchmarks.dates_errors                              # English file, future convention
    python -m benchmarks.dates_errors --mode past --kind wrong     # only matched spans with a wrong value
    python -m benchmarks.dates_errors --suite recognizers_text_fr_datetime

Kinds, as ``benchmarks.dates_bench`` scores them: ``missed`` (a gold date no prediction overlaps),
``wrong`` (overlapping span, another first or last day), ``extra`` (a prediction that overlaps no gold
entity at all). The lines show the gold and predicted (first, last) days and the words of each side.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from benchmarks.dates_bench import SUITES_DIR, _reference, _value_ok, load_recognizers, ours


def errors(path: Path, mode: str) -> list[tuple[str, str, str]]:
    """(kind, case id, line) of every error of ours on one Recognizers file."""
    out = []
    for case, golds in load_recognizers(path):
        text = case["text"]
        preds = ours(text, _reference(case), case.get("lang", "fr"), mode)
        dates = [g for g in golds if g.is_date]
        others = [g for g in golds if not g.is_date]
        used: set[int] = set()
        for p in preds:
            hit = next((i for i, g in enumerate(dates) if i not in used and p.start < g.end and g.start < p.end), None)
            said = f"{text[p.start:p.end]!r} -> {_days(p.first, p.last, (p.open, p.bound) if p.open else None)}"
            if hit is None:
                if not any(p.start < g.end and g.start < p.end for g in others):
                    out.append(("extra", case["id"], f"{said} | {text}"))
                continue
            used.add(hit)
            gold = dates[hit]
            if not _value_ok(p, gold.values[mode]):
                want = gold.values[mode]
                wanted = _days(*want) if want else "not resolved"
                out.append(("wrong", case["id"], f"{text[gold.start:gold.end]!r} = {wanted}; ours {said} | {text}"))
        for i, g in enumerate(dates):
            if i not in used:
                want = g.values[mode]
                wanted = _days(*want) if want else "not resolved"
                out.append(("missed", case["id"], f"{text[g.start:g.end]!r} = {wanted} | {text}"))
    return out


def _days(first: dt.date | None, last: dt.date | None, open_: tuple[str, dt.date | None] | None = None) -> str:
    if open_ is not None:  # "..2018-01-01" open towards the past, "2017-01-01.." towards the future
        return f"..{open_[1]}" if open_[0] == "past" else f"{open_[1]}.."
    return f"{first}" if last is None or last == first else f"{first}..{last}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.dates_errors", description=__doc__.split("\n\n")[0])
    parser.add_argument("--suite", default="recognizers_text_en_datetime")
    parser.add_argument("--suites", type=Path, default=SUITES_DIR, help="folder of the *.jsonl suites")
    parser.add_argument("--mode", choices=("future", "past"), default="future")
    parser.add_argument("--kind", choices=("missed", "wrong", "extra"), action="append")
    args = parser.parse_args(argv)
    found = errors(args.suites / f"{args.suite}.jsonl", args.mode)
    for kind, case_id, line in found:
        if not args.kind or kind in args.kind:
            print(f"{kind:6} {case_id} {line}")
    print(dict(Counter(kind for kind, _, _ in found)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
