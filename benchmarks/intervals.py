"""How much a real-news figure moves with the articles drawn: 95% intervals by resampling articles.

    python -m benchmarks.realnews_events --split both --intervals
    python -m benchmarks.evaluate --realnews both --intervals

Our test split is 95 articles (48 English gold events), so a change of one matched row moves a figure by 0.01-0.02;
a start -> end difference inside these intervals is not evidence. Each draw takes the split's articles (of one
language, or all) with replacement, sums their counts (an article's rows stay together, as they are not independent)
and recomputes the metric; the interval is the 2.5th and 97.5th percentiles over ``DRAWS`` seeded draws.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from benchmarks.evaluate import Tally

#: Seeded draws per interval.
DRAWS = 1000
#: The metrics given an interval.
METRICS = ("precision", "recall", "f1", "type_accuracy", "actor_recall")


def article_tallies(results: Sequence[tuple[str, dict[str, Tally]]], split: str, lang: str) -> list[Tally]:
    """One tally per article of ``split`` that has rows of ``lang`` ('all': every article, its languages summed)."""
    out = []
    for one_split, by_lang in results:
        if one_split != split:
            continue
        if lang == "all":
            total = Tally()
            for tally in by_lang.values():
                total.add(tally)
            out.append(total)
        elif lang in by_lang:
            out.append(by_lang[lang])
    return out


def bootstrap(tallies: Sequence[Tally], draws: int = DRAWS, seed: int = 10) -> dict[str, tuple[float, float] | None]:
    """metric -> (low, high), the 95% percentile interval over ``draws`` resamplings of the articles; None for a
    metric no draw defines (no gold actors, say)."""
    rng = random.Random(seed)
    values: dict[str, list[float]] = {m: [] for m in METRICS}
    for _ in range(draws if tallies else 0):
        total = Tally()
        for tally in rng.choices(tallies, k=len(tallies)):
            total.add(tally)
        metrics = total.metrics()
        for name in METRICS:
            value = metrics[name]
            if value is not None:
                values[name].append(float(value))
    out: dict[str, tuple[float, float] | None] = {}
    for name, seen in values.items():
        seen.sort()
        out[name] = (seen[int(0.025 * (len(seen) - 1))], seen[int(0.975 * (len(seen) - 1))]) if seen else None
    return out


def format_intervals(results: Sequence[tuple[str, dict[str, Tally]]], splits: Sequence[str]) -> str:
    """A markdown table: one column per split and language, each metric's value [low-high]."""
    columns = [(s, lang) for s in splits for lang in ("fr", "en", "all")]
    cells: dict[tuple[str, str], dict[str, str]] = {}
    for split, lang in columns:
        tallies = article_tallies(results, split, lang)
        total = Tally()
        for tally in tallies:
            total.add(tally)
        metrics, bounds = total.metrics(), bootstrap(tallies)
        cells[(split, lang)] = {}
        for name in METRICS:
            value, bound = metrics[name], bounds[name]
            shown = "n/a" if value is None else f"{value:.2f}"
            cells[(split, lang)][name] = f"{shown} [{bound[0]:.2f}-{bound[1]:.2f}]" if bound else shown
    head = "| metric (95% interval, articles resampled) | " + " | ".join(f"{s} {lang}" for s, lang in columns) + " |"
    rule = "|---" * (len(columns) + 1) + "|"
    rows = [f"| {name} | " + " | ".join(cells[c][name] for c in columns) + " |" for name in METRICS]
    return "\n".join([head, rule, *rows])
