"""Seconds to load the NER model in a fresh process, without and with the regex cache (extract.actors.regexcache).

    python -m benchmarks.model_load_bench --repeat 5

Each run is a new interpreter that times ``timeline.extraction.actors.load_model("fr")`` (spaCy's import
included, timeline's own imports not). Modes, side by side in the same run:
``off`` (TIMELINE_REGEX_CACHE=0: plain re.compile, as spaCy does alone), ``cold`` (an empty cache
folder: compile, then write) and ``warm`` (the folder the cold run filled). Medians go to stdout
and to benchmarks/out/model_load_bench.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

OUT = Path("benchmarks/out")

LOAD = """
import json, time
import timeline.extraction.actors as actors
started = time.perf_counter()
actors.load_model("fr")
print(json.dumps({"seconds": time.perf_counter() - started}))
"""


def one_load(cache: Path, enabled: bool) -> float:
    env = {**os.environ, "TIMELINE_CACHE_DIR": str(cache), "TIMELINE_REGEX_CACHE": "1" if enabled else "0"}
    done = subprocess.run([sys.executable, "-c", LOAD], env=env, capture_output=True, text=True, check=True)
    return float(json.loads(done.stdout.strip().splitlines()[-1])["seconds"])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    times: dict[str, list[float]] = {"off": [], "cold": [], "warm": []}
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "cache"
        for _ in range(args.repeat):  # interleaved, so that a busy spell hits every mode alike
            times["off"].append(one_load(cache, enabled=False))
            shutil.rmtree(cache, ignore_errors=True)
            times["cold"].append(one_load(cache, enabled=True))
            times["warm"].append(one_load(cache, enabled=True))
        size = sum(f.stat().st_size for f in cache.iterdir())
    report = {mode: {"median_s": round(statistics.median(v), 3), "runs": [round(x, 3) for x in v]}
              for mode, v in times.items()}
    report["cache_bytes"] = size
    report["load_after"] = os.getloadavg()[0]
    for mode in ("off", "cold", "warm"):
        print(f"  {mode:>4}: median {report[mode]['median_s']:.2f} s over {args.repeat} fresh processes "
              f"{report[mode]['runs']}")
    print(f"  cache on disk: {size / 2**20:.1f} MB; load {report['load_after']:.1f}")
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "model_load_bench.json").write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
