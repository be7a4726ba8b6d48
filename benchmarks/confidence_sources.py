"""The confidence fit judged across many dev sources: real-news dev and the written batches' dev halves (issue 13).

    python -m benchmarks.confidence_sources --collect   # run the pipeline on the dev halves of the read batches
    python -m benchmarks.confidence_sources --compare   # each procedure, every dev source scored by a fit without it

Why. The shipped fit (benchmarks/train_confidence.py) learns from real-news dev only and is judged by leaving one of
its six sources out; every one of them was tuned on, so its calibration holds on dev and not on unseen text (round
twenty: dev ECE 0.013, real-news test 0.130). The written batches' dev halves (a to m, each written by another helper;
m was blind until round twenty's end) are thirteen more sources, of other text and other writers. Here each is a
source of the table (``w<batch>-dev``), next to the six real-news ones, and every procedure is judged by the same
yardstick: each of the nineteen sources scored by the procedure fitted without it (C, Platt map and all).

``--collect`` writes ``benchmarks/written/confidence_written_dev.jsonl``: per mention of a scored event, numbers only
(article ``w<batch>-<case>``, event number, source, outcome, the model's features), in the schema of
``benchmarks/realnews/confidence_dev.jsonl``. Blind batches (``written_set.BLIND``) and test halves are never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from benchmarks import train_confidence as tc
from benchmarks.calibration import reliability

WRITTEN_TABLE = Path(__file__).resolve().parent / "written" / "confidence_written_dev.jsonl"


FRESHEST = tc.SOURCES_PREFIX + "wj-dev,wk-dev,wl-dev,wm-dev"
"""The dev halves read fewest rounds (j from round seventeen, k nineteen, l twenty, m twenty-one)."""


def written_source(batch: str) -> str:
    return f"w{batch}-dev"


def collect_written() -> list[dict[str, Any]]:
    """The dev halves of every read batch, in the real-news table's schema."""
    from benchmarks import written_confidence as wc
    from benchmarks.written_set import GROUPS

    rows = []
    for row in wc.collect(GROUPS["read"], split="dev"):
        rows.append({"article": f"w{row['batch']}-{row['case']}", "event": row["event"], "lang": "",
                     "source": written_source(row["batch"]), "label": row["label"], "features": row["features"],
                     "sources": row["sources"]})
    WRITTEN_TABLE.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in rows), encoding="utf-8")
    return rows


def read_all() -> list[dict[str, Any]]:
    """The real-news dev table and the written dev table, one list."""
    return tc.read_table() + tc.read_table(WRITTEN_TABLE)


def is_realnews(row: Mapping[str, Any]) -> bool:
    source = str(row.get("source", ""))
    return not (source.startswith("w") and source.endswith("-dev"))  # winer-2016 is real news


Procedure = Callable[[Sequence[dict[str, Any]]], dict[str, Any]]
"""A whole training command: the table rows it may learn from -> a model of ``train_confidence.fit``."""


def procedures(names: Sequence[str]) -> dict[str, tuple[Procedure, bool]]:
    """name -> (procedure, whether it learns from the written rows too)."""
    def fit(**kw: Any) -> Procedure:
        return lambda rows: tc.fit(rows, names, **kw)
    return {
        "shipped: real news only, map on half B": (fit(), False),
        "real news only, map on all": (fit(calibrate_on=None), False),
        "real news + written, map on half B": (fit(), True),
        "real news + written, map on all": (fit(calibrate_on=None), True),
        "real news + written, map by source": (fit(calibrate_on=tc.BY_SOURCE), True),
        "real news + written, map on all, C <= 1": (fit(calibrate_on=None, c_grid=(0.1, 0.3, 1.0)), True),
        "real news + written, map on the freshest (j-m)": (fit(calibrate_on=FRESHEST), True),
        "real news + written, map on all, without near": (
            lambda rows: tc.fit(rows, [n for n in names if n != "near"], calibrate_on=None), True),
    }


def compare(rows: Sequence[dict[str, Any]], names: Sequence[str],
            chosen: Sequence[str] | None = None) -> dict[str, Any]:
    """Per procedure: every source of ``rows`` scored by the procedure fitted on the rows it may learn from,
    without that source; per source and pooled (all, real news, written): events, log loss, ECE, AUC, gap."""
    out: dict[str, Any] = {}
    sources = sorted({str(r["source"]) for r in rows})
    for name, (procedure, written) in procedures(names).items():
        if chosen and name not in chosen:
            continue
        per: dict[str, list[tuple[float, float]]] = {}
        for source in sources:
            train = [r for r in rows if r["source"] != source and (written or is_realnews(r))]
            model = procedure(train)
            per[source] = tc.event_probabilities(model, [r for r in rows if r["source"] == source])
            sys.stderr.write(f"{name}: {source} done\n")
        pooled = {"all": [p for s in sources for p in per[s]],
                  "real news": [p for s in sources if is_realnews({"source": s}) for p in per[s]],
                  "written": [p for s in sources if not is_realnews({"source": s}) for p in per[s]]}
        out[name] = {"sources": {s: tc._scored(per[s]) for s in sources},
                     "pooled": {k: tc._scored(v) for k, v in pooled.items() if v}}
    return out


def format_compare(result: Mapping[str, Any]) -> str:
    lines = ["| procedure | pooled | events | precision | mean confidence | log loss | ECE | AUC | bins (n, gap) |",
             "|---|---|---|---|---|---|---|---|---|"]
    for name, r in result.items():
        for part, t in r["pooled"].items():
            bins = ", ".join(f"{b['bin']} {b['n']} {b['gap']:+.2f}" for b in t["bins"] if b["n"])
            lines.append(f"| {name} | {part} | {t['n']} | {t['precision']:.3f} | {t['mean_confidence']:.3f} | "
                         f"{t['log_loss']:.3f} | {t['ece']:.3f} | {_auc(t)} | {bins} |")
    names = list(result)
    lines += ["", "| source | events | precision | " + " | ".join(f"{n}: conf / LL / ECE" for n in names) + " |",
              "|" + "---|" * (3 + len(names))]
    first = result[names[0]]["sources"]
    for source, t in first.items():
        cells = [f"{result[n]['sources'][source]['mean_confidence']:.2f} / "
                 f"{result[n]['sources'][source]['log_loss']:.3f} / {result[n]['sources'][source]['ece']:.3f}"
                 for n in names]
        lines.append(f"| {source} | {t['n']} | {t['precision']:.2f} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _auc(t: Mapping[str, Any]) -> str:
    return f"{t['auc']:.3f}" if t.get("auc") is not None else "-"


def main(argv: Sequence[str] | None = None) -> int:
    from timeline.extraction.events import scorer

    parser = argparse.ArgumentParser(prog="python -m benchmarks.confidence_sources",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--collect", action="store_true", help=f"write {WRITTEN_TABLE.name} from the read dev halves")
    parser.add_argument("--compare", action="store_true", help="score every procedure leave-one-source-out")
    parser.add_argument("--only", nargs="*", default=None, help="only these procedures (names as printed)")
    parser.add_argument("--json", type=Path, help="also write the comparison as JSON here")
    args = parser.parse_args(argv)
    if args.collect:
        rows = collect_written()
        sys.stdout.write(f"wrote {WRITTEN_TABLE} ({len(rows)} mentions)\n")
    if args.compare:
        result = compare(read_all(), scorer.FEATURES, args.only)
        if args.json:
            args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
        sys.stdout.write(format_compare(result) + "\n")
    return 0


__all__ = ["collect_written", "compare", "read_all", "reliability"]

if __name__ == "__main__":
    raise SystemExit(main())
