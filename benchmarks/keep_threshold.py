"""Whether to drop events under a confidence threshold: the choice, made on dev out-of-fold scores.

``benchmarks/train_confidence.py`` calls ``choose`` with the calibrated out-of-fold confidence of every scored dev
event (each seed's folds) and writes the result to the model file's ``keep`` entry; the pipeline keeps every event
while that threshold is 0 (README, "Confidence").

Precision and recall are the real-news scorer's (benchmarks/evaluate.py): an event right with a full date match
counts 1, a partial match 0.5, a spurious one 0; events matched to an optional gold row are out of the table and of
precision; recall divides by the core gold rows of every dev article, those where nothing was found included (the
annotations are in the repository, so no real-news text is read here). Dropping an event is taken to leave the
other events' matches as they are.

Rule (develop on half A, confirm on half B, as docs/BENCHMARKS.md's protocol says): the threshold of ``GRID`` that
maximises F1 on half A (the lowest one on ties, so 0 when none beats keeping all) is kept only when it also raises
F1 on half B by at least ``MIN_GAIN``; else 0. A calibrated confidence p is worth keeping when p > F1 / 2 (dropping
an event of chance p changes F1 = 2 TP / (predicted + gold) by the sign of F1 / 2 - p): with F1 near 0.85 that is
about 0.42, the region the grid covers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

GRID: tuple[float, ...] = tuple(round(0.05 * i, 2) for i in range(19))
"""0, 0.05, ..., 0.9."""
MIN_GAIN = 0.002
"""F1 on half B must rise by at least this much (about one event of B's 140) for a threshold to be kept."""


@dataclass(frozen=True)
class Scored:
    """One scored dev event: its article, its out-of-fold confidence and its outcome (1, 0.5 or 0)."""

    article: str
    confidence: float
    label: float


def gold_counts(split: str = "dev") -> dict[str, int]:
    """Core gold rows per annotated article of the split (read from the repository's annotations only)."""
    from benchmarks.realnews_events import load_gold

    return {article: sum(1 for event in row.get("events", []) if event.get("core", True))
            for (_, article), row in load_gold().items() if row.get("split") == split}


def half_of(article: str) -> str:
    from benchmarks.realnews import dev_half

    return dev_half(article)


def scores(events: Sequence[Scored], gold: Mapping[str, int], threshold: float) -> dict[str, float]:
    """Precision, recall and F1 over the articles of ``gold`` when events under ``threshold`` are dropped."""
    kept = [e for e in events if e.article in gold and e.confidence >= threshold]
    right = sum(e.label for e in kept)
    total = sum(gold.values())
    precision = right / len(kept) if kept else 0.0
    recall = right / total if total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "kept": len(kept)}


def curve(runs: Sequence[Sequence[Scored]], gold: Mapping[str, int]) -> dict[float, dict[str, float]]:
    """Per threshold of ``GRID``: the figures of ``scores`` averaged over runs (one run per seed's folds)."""
    out: dict[float, dict[str, float]] = {}
    for threshold in GRID:
        each = [scores(run, gold, threshold) for run in runs]
        out[threshold] = {key: sum(s[key] for s in each) / len(each) for key in each[0]}
    return out


def choose(runs: Sequence[Sequence[Scored]], gold: Mapping[str, int]) -> dict[str, Any]:
    """The threshold (see the module docstring) and the F1 curves on half A, half B and the whole of dev."""
    halves = {name: {a: n for a, n in gold.items() if half_of(a) == name} for name in "ab"}
    curves = {"a": curve(runs, halves["a"]), "b": curve(runs, halves["b"]), "dev": curve(runs, gold)}
    best_a = max(GRID, key=lambda t: (round(curves["a"][t]["f1"], 6), -t))
    gain_b = curves["b"][best_a]["f1"] - curves["b"][0.0]["f1"]
    threshold = best_a if best_a > 0 and gain_b >= MIN_GAIN else 0.0
    return {
        "threshold": threshold,
        "best_on_a": best_a,
        "f1_gain_on_b": round(gain_b, 4),
        "rule": f"argmax of out-of-fold F1 on dev half A, kept if F1 on half B rises by >= {MIN_GAIN}; else 0",
        "f1": {name: {f"{t:.2f}": round(c[t]["f1"], 4) for t in GRID} for name, c in curves.items()},
        "kept_share_dev": {f"{t:.2f}": round(curves["dev"][t]["kept"] / max(1.0, curves["dev"][0.0]["kept"]), 4)
                           for t in GRID},
    }


def format_choice(keep: Mapping[str, Any]) -> str:
    """Markdown: F1 by threshold on A, B and dev, and the choice."""
    shown = [t for t in keep["f1"]["dev"] if float(t) in (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)]
    lines = ["| out-of-fold F1 | " + " | ".join(shown) + " |", "|---|" + "---|" * len(shown)]
    for name in ("a", "b", "dev"):
        lines.append(f"| {name} | " + " | ".join(f"{keep['f1'][name][t]:.3f}" for t in shown) + " |")
    lines.append("| dev events kept | " + " | ".join(f"{keep['kept_share_dev'][t]:.2f}" for t in shown) + " |")
    lines.append(f"\nchosen threshold {keep['threshold']:g} (best on A {keep['best_on_a']:g}, "
                 f"F1 gain on B {keep['f1_gain_on_b']:+.4f})")
    return "\n".join(lines)
