"""Time and memory of the CLI on each damaged-store case of tests/test_store_faults.py (docs/RELIABILITY.md).

For each case: a small store is built, copied, damaged as the test damages it, then
``python -m timeline build`` and ``python -m timeline stats`` run on it as real processes; the row
gives each command's exit status, wall time, and peak RSS (the child's ru_maxrss).

    python -m benchmarks.store_faults
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = ("import resource, subprocess, sys, time; t = time.monotonic(); "
         "r = subprocess.run(sys.argv[1:], capture_output=True, timeout=300); "
         "print(r.returncode, round(time.monotonic() - t, 2), "
         "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)")


def measure(args: list[str]) -> tuple[int, float, int]:
    """(exit status, seconds, peak RSS in MB) of one command, run by a fresh parent of its own."""
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=400)
    code, seconds, rss = done.stdout.split()
    return int(code), float(seconds), int(rss)


def main(argv: list[str] | None = None) -> int:
    from tests import test_store_faults as faults
    from timeline.settings import Options
    from timeline.store import build

    work = Path(tempfile.mkdtemp(prefix="store-faults-"))
    try:
        corpus = work / "articles"
        corpus.mkdir()
        for name, text in faults.ARTICLES.items():
            (corpus / name).write_text(text, encoding="utf-8")
        built = work / "built"
        build.build_store([corpus], store=built, progress=False,
                          options=Options(use_ner=False, reference_date=dt.date(2025, 12, 20)))
        cli = [sys.executable, "-m", "timeline"]
        print("| case | build: exit, time, peak RSS | stats: exit, time, peak RSS |")
        print("| --- | --- | --- |")
        for name, fault, _message, _refusing in [("undamaged", lambda s, o: None, "", ()), *faults.CASES]:
            case = work / name
            where, outside = case / "store", case / "outside"
            (outside / "parts").mkdir(parents=True)
            (outside / "snaps").mkdir()
            (outside / "victim.txt").write_text("keep me\n", encoding="utf-8")
            (outside / "secret.txt").write_text(faults.SECRET + "\n", encoding="utf-8")
            shutil.copytree(built, where, symlinks=True)
            fault(where, outside)
            row = [measure([*cli, "build", str(corpus), "--store", str(where), *faults.BUILD_ARGS]),
                   measure([*cli, "stats", "--store", str(where)])]
            print(f"| {name} | " + " | ".join(f"{c}, {s:.1f} s, {m} MB" for c, s, m in row) + " |", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
