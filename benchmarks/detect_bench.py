"""Speed of event detection alone: ``events.detect`` over synthetic articles, rule layer (no NER).

    python -m benchmarks.detect_bench [--n 300] [--repeat 3]

Articles come from ``benchmarks/out/corpus1000`` (written by ``benchmarks.build_bench`` /
``benchmarks.make_corpus``); their dates are found once, outside the timing. Reports the best of
``--repeat`` runs in articles per second. Compare two versions in the same run (same load).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "out" / "corpus1000"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.detect_bench", description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    from timeline.extraction import events
    from timeline.extraction.pipeline import article_dates, read_inputs
    from timeline.settings import Options

    files = sorted(p for p in CORPUS.rglob("*") if p.is_file())[: args.n]
    if not files:
        sys.stderr.write(f"no corpus in {CORPUS}: run `python -m benchmarks.build_bench --sizes 1000` first\n")
        return 2
    options = Options(use_ner=False)
    articles, _ = read_inputs(files, options)
    dated = [(a, article_dates(a, options)) for a in articles]
    best = float("inf")
    for _ in range(args.repeat):
        start = time.perf_counter()
        mentions = sum(len(events.detect(a, d, options)) for a, d in dated)
        best = min(best, time.perf_counter() - start)
    sys.stdout.write(f"{len(articles)} articles: detect {best:.2f} s = {len(articles) / best:.1f} articles/s, "
                     f"{mentions} mentions\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
