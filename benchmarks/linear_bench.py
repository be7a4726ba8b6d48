"""Linear time on any text (issue 15): adversarial inputs grown from 10 KB to 1 MB, each command's core timed.

    python -m benchmarks.linear_bench                          # every pattern, every stage, 10 KB .. 1 MB
    python -m benchmarks.linear_bench --patterns digits anchors --stages dates --sizes 10000 100000
    python -m benchmarks.linear_bench --timeout 60 --json out.json
    python -m benchmarks.linear_bench --inputs                 # the hostile inputs of issue 15: outcome, time, memory

Stages (what each command runs on one article, the model loaded beforehand and not counted):

    dates            make_article (language, layout, reference date) + dates.find_dates   (``timeline dates``)
    extract-no-ner   the same + events.detect with the rule layer for actors          (``extract --no-ner``)
    extract          the same with spaCy NER                                           (``timeline extract``)

Each (pattern, stage, size) runs in its own process with a timeout, so one runaway never stops
the table; a stage that times out at one size is not run at the larger ones. The text is given
to the core directly, past ingest's per-article cap, so that the growth of the core itself is
measured. Figures are CPU seconds of the child (the machine is shared: wall time is noisier)
and its peak RSS. ``growth`` is the ratio of CPU time between one size and the size 10x below;
the target is at most ~12x (linear, with some slack for noise).

Patterns are ours (see PATTERNS): runs of digits, punctuation, dates, date words, anchors
("la veille" / "le lendemain" chains), capitalised words, one sentence without punctuation,
and a plain news-like text as the linear baseline.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (10_000, 100_000, 1_000_000)
STAGES = ("dates", "extract-no-ner", "extract")
TARGET_GROWTH = 12.0

_BASELINE = (
    "Le Premier ministre a reçu lundi à Hanoï l'ambassadeur du Japon. Les deux parties ont signé un accord "
    "de coopération le 12 mars 2025. La veille, le ministre des Affaires étrangères avait rencontré son "
    "homologue. Le sommet se tiendra le 3 avril 2026 à Tokyo, selon l'agence VNA.\n"
)


def _repeat(unit: str) -> Callable[[int], str]:
    def make(size: int) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return make


def _digits(size: int) -> str:
    return "Le rapport cite " + ("1234567890" * (size // 10 + 1))[: size - 30] + " unités.\n"


def _one_sentence(size: int) -> str:
    unit = ("le ministre a signé un accord le 12 mars 2025 puis a rencontré le président à Hanoï "
            "et annoncé une réforme lundi avant de démissionner en avril ")
    return _repeat(unit)(size)


#: name -> text of about ``size`` characters.
PATTERNS: dict[str, Callable[[int], str]] = {
    "baseline": _repeat(_BASELINE),
    "digits": _digits,
    "digit-groups": _repeat("12 345 6789 2025 10 000 42,5 % 3.14 "),
    "punctuation": _repeat(".,;:!?-–/()[]«»…'\"*#@ "),
    "dates": _repeat("le 12 mars 2025, le 13/03/2025, 2025-03-14, du 1er au 3 avril 2026, "),
    "date-words": _repeat("lundi mars hier demain janvier printemps semaine prochaine mardi soir l'an dernier "),
    "anchors": _repeat("La veille, le lendemain, le surlendemain, deux jours plus tard, l'avant-veille, "),
    "capitalised": _repeat("Nguyen Van An Tran Thi Binh Le Hoai Trung Comité Central Bureau Politique Hanoï "),
    "capitalised-trigger": _repeat("Le Ministre Nguyen Van An Tran Thi Binh Le Hoai Trung Du Comité Central A Signé "
                                   "Le Traité Avec Le Bureau Politique De Hanoï Le 12 Mars 2025 Et "),
    "one-sentence": _one_sentence,
}


def _child(pattern: str, stage: str, size: int) -> dict[str, object]:
    """Run one stage on one text in this process; CPU seconds of the core alone."""
    import resource

    from timeline.extraction import dates, events, ingest
    from timeline.settings import Options

    options = Options(use_ner=stage == "extract")
    text = PATTERNS[pattern](size)
    warm = ingest.make_article("warm", _BASELINE, "warm", options)  # load word lists and the model first
    events.detect(warm, dates.find_dates(warm.text, reference=warm.reference_date, lang=warm.lang), options)
    wall, cpu = time.perf_counter(), time.process_time()
    article = ingest.make_article("bench", text, "bench", options, lang="fr")
    found = dates.find_dates(article.text, reference=article.reference_date, lang=article.lang,
                             options=options, stories=article.stories)
    n_events = len(events.detect(article, found, options)) if stage != "dates" else 0
    return {
        "cpu": time.process_time() - cpu,
        "wall": time.perf_counter() - wall,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "dates": len(found),
        "events": n_events,
        "chars": len(text),
    }


def run_one(pattern: str, stage: str, size: int, timeout: float) -> dict[str, object]:
    """One measurement in a fresh process; {'timeout': seconds} when it ran out of time."""
    cmd = [sys.executable, "-m", "benchmarks.linear_bench", "--child", pattern, stage, str(size)]
    try:
        done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"timeout": timeout}
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit {done.returncode}"}
    return json.loads(done.stdout.strip().splitlines()[-1])


def _cell(result: dict[str, object]) -> str:
    if "timeout" in result:
        return f"> {result['timeout']:.0f} s"
    if "error" in result:
        return "error"
    if "skipped" in result:
        return "not run"
    return f"{result['cpu']:.2f} s"


def _growth(results: list[dict[str, object]]) -> str:
    ratios = []
    for small, big in itertools.pairwise(results):
        if "cpu" in small and "cpu" in big:
            ratios.append(f"{big['cpu'] / max(small['cpu'], 0.01):.1f}x")  # type: ignore[operator]
        elif "cpu" in small and "timeout" in big:
            ratios.append(f"> {big['timeout'] / max(small['cpu'], 0.01):.0f}x")  # type: ignore[operator]
        else:
            ratios.append("?")
    return " / ".join(ratios)


# ---------------------------------------------------------------- hostile inputs (issue 15, points 2 and 5)


def _write_inputs(root: Path) -> dict[str, list[str]]:
    """The hostile inputs under ``root``; name -> the CLI arguments that read them."""
    fr = "Le ministre a reçu l'ambassadeur du Japon à Hanoï le 12 mars 2025 pour une visite de travail."
    cases: dict[str, list[str]] = {}
    links = root / "links"
    links.mkdir()
    (links / "good.txt").write_text(fr, encoding="utf-8")
    for name, target in {"root": "/", "parent": "..", "passwd.txt": "/etc/passwd", "proc": "/proc/self",
                         "zero.txt": "/dev/zero", "a_loop.txt": "b_loop.txt", "b_loop.txt": "a_loop.txt"}.items():
        (links / name).symlink_to(target)
    os.mkfifo(links / "pipe.txt")
    cases["folder with links to /, .., /etc/passwd, /proc, /dev/zero, a loop, and a FIFO"] = ["dates", str(links)]
    good = json.dumps({"text": fr})
    (root / "surrogate.jsonl").write_text('{"\\ud800": 1}\n' + good + "\n", encoding="utf-8")
    cases["JSONL line with a lone-surrogate key, then a good line"] = ["dates", str(root / "surrogate.jsonl")]
    (root / "deep.html").write_text("<div>" * 20_000 + fr + "</div>" * 20_000, encoding="utf-8")
    cases["HTML nested 20,000 deep"] = ["dates", str(root / "deep.html")]
    (root / "deep.jsonl").write_text(good + "\n" + "[" * 100_000 + "]" * 100_000 + "\n" + good + "\n",
                                     encoding="utf-8")
    cases["JSONL line nested 10^5 deep between two good lines"] = ["dates", str(root / "deep.jsonl")]
    digits = "Le sommet s'est tenu le ２０２５-０３-２２ puis le ٢٣ mars ٢٠٢٥."
    (root / "digits.txt").write_text(digits, encoding="utf-8")
    cases["fullwidth and Arabic-Indic digits"] = ["dates", str(root / "digits.txt")]
    (root / "ids.jsonl").write_text("\n".join(json.dumps({"text": fr, "id": i}) for i in ("a", "b", "a")) + "\n",
                                    encoding="utf-8")
    cases["records with their own ids, one duplicate"] = ["dates", str(root / "ids.jsonl")]
    (root / "urls.jsonl").write_text("\n".join(json.dumps({"text": fr, "url": u}) for u in (
        "http://127.0.0.1:8501/", "http://user:pass@example.com/", "http://10.0.0.1/", "https://exa\u202emple.com/"
    )) + "\n", encoding="utf-8")
    cases["record URLs: loopback, user:pass@, private, a bidi control"] = [
        "extract", "--no-ner", str(root / "urls.jsonl")]
    (root / "tiny.json").write_text(json.dumps([{"text": f"R{n}"} for n in range(1_000_000)]), encoding="utf-8")
    cases["13 MB JSON of 10^6 tiny records"] = ["dates", str(root / "tiny.json")]
    (root / "long.txt").write_text(_BASELINE * (1_000_000 // len(_BASELINE)), encoding="utf-8")
    cases["1 MB article (past the 500,000-character cap)"] = ["extract", "--no-ner", str(root / "long.txt")]
    for folder in ("a", "b"):
        (root / folder).mkdir()
        (root / folder / "x.txt").write_text(fr, encoding="utf-8")
    cases["build a/ then build b/ on one store (same file names)"] = [
        "build", str(root / "a"), "--store", str(root / "store"), "&&",
        "build", str(root / "b"), "--store", str(root / "store")]
    return cases


def _run_input(args: list[str], timeout: float) -> tuple[str, float, float, str]:
    """(outcome, seconds, peak RSS MB, stderr lines) of the CLI on one input (/usr/bin/time measures)."""
    parts = [args] if "&&" not in args else [args[: args.index("&&")], args[args.index("&&") + 1 :]]
    seconds, rss = 0.0, 0.0
    err: list[str] = []
    codes: list[int] = []
    for part in parts:
        cmd = ["/usr/bin/time", "-f", "TIME %e %M", sys.executable, "-m", "timeline", *part]
        try:
            done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            return "timeout", timeout, 0.0, ""
        lines = done.stderr.strip().splitlines()
        took = next(line for line in reversed(lines) if line.startswith("TIME "))
        seconds += float(took.split()[1])
        rss = max(rss, float(took.split()[2]) / 1024)
        err += [line for line in lines if line.startswith(("warning:", "error:"))]
        codes.append(done.returncode)
    return f"exit {'/'.join(map(str, codes))}", seconds, rss, " / ".join(err)


def run_inputs(timeout: float) -> None:
    import tempfile

    print(f"# hostile inputs  {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}  "
          f"load {Path('/proc/loadavg').read_text().split()[:3]}")
    print("| input | command | outcome | time | peak RSS |\n|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, args in _write_inputs(Path(tmp)).items():
            outcome, seconds, rss, messages = _run_input(args, timeout)
            shown = " ".join(a for a in args[:2] if not a.startswith("/"))
            messages = messages.replace(tmp, "…")
            print(f"| {name} | `{shown}` | {outcome}: {messages[:400]} | {seconds:.1f} s | {rss:.0f} MB |", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--patterns", nargs="*", default=list(PATTERNS), choices=list(PATTERNS))
    parser.add_argument("--stages", nargs="*", default=list(STAGES), choices=list(STAGES))
    parser.add_argument("--sizes", nargs="*", type=int, default=list(SIZES))
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per run (default 120)")
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    parser.add_argument("--inputs", action="store_true", help="the hostile inputs of issue 15 instead")
    parser.add_argument("--child", nargs=3, metavar=("PATTERN", "STAGE", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(_child(args.child[0], args.child[1], int(args.child[2]))))
        return 0
    if args.inputs:
        run_inputs(args.timeout)
        return 0
    sizes = sorted(args.sizes)
    print(f"# linear_bench  {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}  "
          f"load {Path('/proc/loadavg').read_text().split()[:3]}  cpus {os.cpu_count()}")
    header = "| pattern | stage | " + " | ".join(f"{s // 1000:,} KB" for s in sizes) + " | growth per 10x | peak RSS |"
    print(header)
    print("|" + "---|" * (header.count("|") - 1))
    raw: list[dict[str, object]] = []
    worst = 0.0
    for pattern in args.patterns:
        for stage in args.stages:
            results: list[dict[str, object]] = []
            for size in sizes:
                if results and "cpu" not in results[-1]:
                    results.append({"skipped": True})
                    continue
                results.append(run_one(pattern, stage, size, args.timeout))
            for small, big in itertools.pairwise(results):
                if "cpu" in small and "cpu" in big and small["cpu"] >= 0.05:  # type: ignore[operator]
                    worst = max(worst, big["cpu"] / small["cpu"])  # type: ignore[operator]
            rss = max((float(r["rss_mb"]) for r in results if "rss_mb" in r), default=0.0)  # type: ignore[arg-type]
            cells = " | ".join(_cell(r) for r in results)
            print(f"| {pattern} | {stage} | {cells} | {_growth(results)} | {rss:.0f} MB |", flush=True)
            raw.append({"pattern": pattern, "stage": stage, "sizes": sizes, "results": results})
    print(f"\nworst growth per 10x (runs of >= 0.05 s): {worst:.1f}x (target <= {TARGET_GROWTH:.0f}x)")
    if args.json:
        args.json.write_text(json.dumps(raw, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
