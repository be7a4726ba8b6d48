"""Corpus build speed and memory: articles per second with 1 and 2 workers and Dask, re-run times.

    python -m benchmarks.build_bench --sizes 1000 10000 --modes 1 2 dask

For each size N, a synthetic corpus (benchmarks.make_corpus, seed 0) is written once under
benchmarks/out/corpusN. Each mode builds a fresh store in a child process
(``timeline.store.build.build_store``; the NER model loads inside the timed build), while this process
samples the RSS of the child and all its descendants (workers, dask nannies) every 0.1 s.
Then, with --rerun-mode (default: 2 workers), it times an unchanged re-run and a re-run after
changing 1% of the files (a sentence appended, or with --change start put first so that all
their mentions move; the files are restored afterwards).

With ``--baseline DIR`` (another checkout of the project, e.g. a ``git worktree`` of an older commit), each
full build also runs with that checkout's code on the same corpus, the two taking turns ``--turns`` times;
each side keeps its best build and the ratio is printed with the load beside it (a fair comparison on a
shared machine; the same interpreter runs both).

Articles per second = (articles read + failed) / build seconds (from walk to committed snapshot).
Results go to stdout and to benchmarks/out/build_bench.json. ``--no-ner`` builds with the rule
layer only (Options(use_ner=False)): the build machinery's own cost and memory at scale.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

OUT = Path("benchmarks/out")

BUILD = """
import datetime as dt, json, sys, logging
logging.basicConfig(level=logging.ERROR)
try:
    from timeline.store.build import build_store
except ImportError:  # a checkout from before the package was split by stage (issue 11): --baseline
    from timeline.build import build_store
from timeline.settings import Options
corpus, where, workers, engine, ner = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5] == "1"
s = build_store([corpus], store=where, workers=workers, engine=engine, options=Options(use_ner=ner), progress=False,
                free_model=True)  # as the build command does
plan = s.merge_plan and {"groups": s.merge_plan.groups, "remerged_groups": s.merge_plan.remerged_groups,
                         "remerged_mentions": s.merge_plan.remerged_mentions}
print(json.dumps({"read": s.read, "skipped": s.skipped, "failed": len(s.failed), "events": s.events,
                  "mentions": s.mentions, "seconds": s.seconds, "snapshot": s.snapshot, "phases": s.phases,
                  "merge_plan": plan}))
"""


def peak_rss_of_tree(proc: subprocess.Popen[str], stop: threading.Event, out: dict[str, int]) -> None:
    """Sample the memory of a process and all its descendants until ``stop``; keep the largest sums.

    ``peak`` sums RSS, which counts a page shared by forked workers (the loaded model) once per worker;
    ``peak_pss`` sums PSS (each shared page split among its sharers, Linux only), the tree's real footprint.
    """
    import psutil

    try:
        root = psutil.Process(proc.pid)
    except psutil.NoSuchProcess:
        return
    peak = peak_pss = 0
    while not stop.is_set():
        total = total_pss = 0
        try:
            for p in [root, *root.children(recursive=True)]:
                try:
                    total += p.memory_info().rss
                    total_pss += getattr(p.memory_full_info(), "pss", 0)
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    continue
        except psutil.NoSuchProcess:
            break
        peak, peak_pss = max(peak, total), max(peak_pss, total_pss)
        stop.wait(0.25)
    out["peak"] = peak
    out["peak_pss"] = peak_pss


def run_build(corpus: Path, where: Path, workers: int, engine: str, ner: bool = True,
              code: Path | None = None) -> dict[str, Any]:
    """One build in a child process; ``code``: the checkout whose ``timeline`` it imports (default: this one)."""
    started = time.perf_counter()
    env = None
    if code is not None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(code.resolve()), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen([sys.executable, "-c", BUILD, str(corpus.resolve()), str(where.resolve()), str(workers),
                             engine, "1" if ner else "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            cwd=code.resolve() if code is not None else None)
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    stop = threading.Event()
    peak: dict[str, int] = {}
    sampler = threading.Thread(target=peak_rss_of_tree, args=(proc, stop, peak))
    sampler.start()
    stdout, stderr = proc.communicate()
    stop.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the build and the workers it waited for
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        raise RuntimeError(f"build failed ({proc.returncode}): {stderr[-3000:]}")
    result = json.loads(stdout.strip().splitlines()[-1])
    result["wall"] = time.perf_counter() - started
    result["peak_rss_mb"] = round(peak.get("peak", 0) / 2**20)
    result["peak_pss_mb"] = round(peak.get("peak_pss", 0) / 2**20) or None  # None: no PSS on this system
    handled = result["read"] + result["failed"]
    result["articles_per_s"] = round(handled / result["seconds"], 1) if result["seconds"] else None
    result["cpu_seconds"] = round(cpu, 2)
    """CPU time of the whole build (interpreter start and model loads included): on a loaded machine the
    fairer measure of work done; ``articles_per_cpu_s`` is what one free core would give."""
    result["articles_per_cpu_s"] = round(handled / cpu, 1) if cpu else None
    return result


def change_files(corpus: Path, fraction: float, where: str = "end") -> dict[Path, bytes]:
    """Add a sentence to ``fraction`` of the articles, evenly spread; returns the originals to restore.

    ``where="end"`` appends it (the articles' other mentions stay as they were); ``"start"`` puts
    it before the text, so that every mention of those articles moves (new offsets, new ids).
    """
    files = sorted(corpus.iterdir())
    count = max(1, round(len(files) * fraction))
    step = len(files) / count
    sentence = "Le Premier ministre a reçu une délégation le 3 mars 2025."
    originals = {}
    for path in (files[int(i * step)] for i in range(count)):
        originals[path] = data = path.read_bytes()
        if path.suffix == ".json":
            record = json.loads(data)
            record["text"] = (record["text"] + "\n\n" + sentence if where == "end"
                              else sentence + "\n\n" + record["text"])
            path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
        elif where == "end":
            path.write_bytes(data + f"\n{sentence}\n".encode())
        else:
            path.write_bytes(f"{sentence}\n\n".encode() + data)
    return originals


def mode_args(mode: str) -> tuple[int, str]:
    return (2, "dask") if mode == "dask" else (int(mode), "local")


def previous_full_build(n: int, mode: str) -> float | None:
    """Seconds of the last full build of this size and mode recorded in build_bench.json."""
    path = OUT / "build_bench.json"
    if not path.is_file():
        return None
    found = None
    for report in json.loads(path.read_text()).values():
        for size in report.get("sizes", []):
            if size.get("articles") == n and mode in size.get("builds", {}):
                found = size["builds"][mode].get("seconds") or found
    return found


def compare(corpus: Path, n: int, mode: str, ner: bool, baseline: Path, turns: int) -> dict[str, Any]:
    """Full builds of this code and of ``baseline`` taking turns; each keeps its best; the ratio."""
    workers, engine = mode_args(mode)
    best: dict[str, dict[str, Any]] = {}
    best_cpu: dict[str, dict[str, Any]] = {}
    for turn in range(turns):
        for side, code in (("baseline", baseline), ("this", None)):
            where = OUT / f"bench_store_{n}_{mode}_{side}"
            shutil.rmtree(where, ignore_errors=True)
            result = run_build(corpus, where, workers, engine, ner, code=code)
            result["load"] = os.getloadavg()[0]
            print(f"  turn {turn + 1}, {side:>8}: {result['articles_per_s']} articles/s, {result['seconds']:.1f} s, "
                  f"CPU {result['cpu_seconds']:.1f} s ({result['articles_per_cpu_s']} articles per CPU-second), "
                  f"{result['events']} events; load {result['load']:.1f}", flush=True)
            if side not in best or result["seconds"] < best[side]["seconds"]:
                best[side] = result
            if side not in best_cpu or result["cpu_seconds"] < best_cpu[side]["cpu_seconds"]:
                best_cpu[side] = result
    ratio = best["baseline"]["seconds"] / best["this"]["seconds"]
    cpu_ratio = best_cpu["baseline"]["cpu_seconds"] / best_cpu["this"]["cpu_seconds"]
    print(f"  {n} articles, mode {mode}, best of {turns}: this {best['this']['articles_per_s']} articles/s, "
          f"baseline ({baseline}) {best['baseline']['articles_per_s']} articles/s: {ratio:.2f}x; CPU time "
          f"{best_cpu['this']['cpu_seconds']:.1f} s against {best_cpu['baseline']['cpu_seconds']:.1f} s: "
          f"{cpu_ratio:.2f}x", flush=True)
    return {"baseline": str(baseline), "turns": turns, "best": best, "ratio": round(ratio, 3),
            "best_cpu": best_cpu, "cpu_ratio": round(cpu_ratio, 3)}


def bench_size(n: int, modes: Sequence[str], rerun_mode: str | None, ner: bool = True,
               rerun_only: bool = False, change: str = "end", baseline: Path | None = None,
               turns: int = 2) -> dict[str, Any]:
    from benchmarks.make_corpus import make_corpus

    corpus = OUT / f"corpus{n}"
    if not corpus.is_dir() or sum(1 for _ in corpus.iterdir()) != n:
        shutil.rmtree(corpus, ignore_errors=True)
        make_corpus(n, corpus, seed=0)
    results: dict[str, Any] = {"articles": n, "ner": ner, "builds": {}}
    if baseline is not None:
        results["compare"] = {mode: compare(corpus, n, mode, ner, baseline, turns) for mode in modes}
        return results
    for mode in () if rerun_only else modes:
        where = OUT / f"bench_store_{n}_{mode}"
        shutil.rmtree(where, ignore_errors=True)
        workers, engine = mode_args(mode)
        result = run_build(corpus, where, workers, engine, ner)
        results["builds"][mode] = result
        print(f"  {n} articles, {mode:>4}: {result['articles_per_s']} articles/s, {result['seconds']:.1f} s "
              f"(wall {result['wall']:.1f} s, CPU {result['cpu_seconds']:.1f} s), "
              f"peak RSS sum {result['peak_rss_mb']} MB (PSS {result['peak_pss_mb']} MB), {result['events']} events, "
              f"{result['failed']} failed; load {os.getloadavg()[0]:.1f}", flush=True)
    if rerun_mode is None:
        return results
    where = OUT / f"bench_store_{n}_{rerun_mode}"
    workers, engine = mode_args(rerun_mode)
    if rerun_only:
        full = previous_full_build(n, rerun_mode)
        run_build(corpus, where, workers, engine, ner)  # bring the store in line with the files
    elif rerun_mode in results["builds"]:
        full = results["builds"][rerun_mode]["seconds"]
    else:
        return results

    def share(seconds: float) -> str:
        return f" = {100 * seconds / full:.1f}% of the full build ({full:.1f} s)" if full else ""

    unchanged = run_build(corpus, where, workers, engine, ner)
    originals = change_files(corpus, 0.01, change)
    try:
        changed = run_build(corpus, where, workers, engine, ner)
    finally:
        for path, data in originals.items():
            path.write_bytes(data)
    run_build(corpus, where, workers, engine, ner)  # back in line with the restored files
    results["rerun_unchanged"] = {**unchanged, "full_build_seconds": full}
    results["rerun_1pct"] = {**changed, "changed_files": len(originals), "change": change, "full_build_seconds": full}
    print(f"  re-run unchanged: {unchanged['seconds']:.2f} s ({unchanged['skipped']} skipped)"
          f"{share(unchanged['seconds'])}; load {os.getloadavg()[0]:.1f}", flush=True)
    print(f"  re-run with {len(originals)} files changed: {changed['seconds']:.2f} s ({changed['read']} read)"
          f"{share(changed['seconds'])}, phases {changed.get('phases')}, re-merged {changed.get('merge_plan')}; "
          f"load {os.getloadavg()[0]:.1f}", flush=True)
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--modes", nargs="+", default=["1", "2", "dask"], help="1, 2 (workers) or dask")
    parser.add_argument("--rerun-mode", default="2", help="mode used for the re-run timings ('none' to skip)")
    parser.add_argument("--no-ner", action="store_true", help="rule layer only (Options(use_ner=False))")
    parser.add_argument("--rerun-only", action="store_true",
                        help="only the re-run timings, on the store of an earlier run of the same size")
    parser.add_argument("--change", choices=["end", "start"], default="end",
                        help="where the 1%% re-run adds its sentence: 'end' (the articles' other mentions stay) "
                             "or 'start' (every mention of the changed articles moves)")
    parser.add_argument("--baseline", type=Path,
                        help="another checkout of the project: full builds with its code and this one's, taking turns")
    parser.add_argument("--turns", type=int, default=2, help="--baseline: builds per side (the best is kept)")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {"cpus": os.cpu_count(), "load_before": os.getloadavg()[0], "sizes": []}
    for n in args.sizes:
        print(f"{n} articles:", flush=True)
        report["sizes"].append(bench_size(n, args.modes, None if args.rerun_mode == "none" else args.rerun_mode,
                                          ner=not args.no_ner, rerun_only=args.rerun_only, change=args.change,
                                          baseline=args.baseline, turns=args.turns))
    report["load_after"] = os.getloadavg()[0]
    path = OUT / "build_bench.json"
    previous = json.loads(path.read_text()) if path.is_file() else {}
    key = (",".join(map(str, args.sizes)) + ":" + ",".join(args.modes) + (":no-ner" if args.no_ner else "")
           + (":rerun-only" if args.rerun_only else "") + (f":change-{args.change}" if args.change != "end" else "")
           + (f":baseline-{args.baseline}" if args.baseline else ""))
    previous[key] = report
    path.write_text(json.dumps(previous, indent=2))
    print(f"results in {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
