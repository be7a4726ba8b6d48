"""Fresh real news from many outlets: our event gold of pages nobody on the team had read (round twenty-five).

    TIMELINE_FRESH=/path/to/pages python -m benchmarks.fresh_news --split both [--diff] [--no-baseline] [--json]
    ... --present-only                       (a folder holding only some of the pages: the others named, not scored)
    ... --by-outlet                          (one line per outlet: rows, matched, missed, spurious)

Four collectors (helpers frA, frB, enA, enB) took news reports from the stored public pages of the
session's search tool (``corpus: pages``), at most two per outlet, and wrote the events gold by hand
from the text alone, following docs/ANNOTATION.md, before anyone ran the pipeline on them. The gold
(``benchmarks/fresh/events_*.jsonl``: ids, urls, outlets and rows, no article text) lives here; the
texts (``pages_*.jsonl``, the shape of a JSONL input: ``id``, ``url``, ``lang``, ``title``,
``published``, ``text``) stay outside the repository, in ``$TIMELINE_FRESH``. Without that folder
this benchmark cannot run: it is a yardstick of the session that gathered the pages, reported in
docs/BENCHMARKS.md, not a CI floor.

The split is fixed by outlet, never by article: an outlet's pages are all dev or all test
(``split_of``, a hash of the outlet's domain), so that test measures outlets a change was never
developed on. Matching and counting are those of the real-news gold (``benchmarks.realnews_events``),
dateparser's ``search_dates`` side by side as the baseline.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks import evaluate as ev
from benchmarks import realnews_events as rne
from benchmarks.realnews import SPLITS

log = logging.getLogger(__name__)

GOLD_DIR = Path(__file__).resolve().parent / "fresh"


def fresh_dir() -> Path | None:
    """The folder of the pages' texts: ``$TIMELINE_FRESH`` when it holds a ``pages_*.jsonl``."""
    env = os.environ.get("TIMELINE_FRESH")
    if env and any(Path(env).glob("pages_*.jsonl")):
        return Path(env)
    return None


def split_of(outlet: str) -> str:
    """``dev`` or ``test`` for every page of one outlet (its domain, without ``www.``)."""
    return "test" if zlib.crc32(outlet.strip().lower().encode("utf-8")) % 2 else "dev"


def load_cases(splits: Sequence[str] = SPLITS, folder: Path | None = None,
               gold_dir: Path = GOLD_DIR, present_only: bool = False) -> list[rne.RealCase]:
    """Every annotated page of the given splits, with its text; a gold line without its page is a GoldError.

    With ``present_only`` a gold line whose page the folder does not hold is left out instead, and the pages left
    out are named in one warning (a folder rebuilt in part: round thirty-two recovered 272 of the 330 pages).
    """
    folder = folder or fresh_dir()
    if folder is None:
        raise FileNotFoundError("fresh pages not found: set TIMELINE_FRESH to the folder of pages_*.jsonl")
    gold = rne.load_gold(gold_dir)
    records: dict[tuple[str, str], dict[str, Any]] = {}
    for file in sorted({file for file, _ in gold}):
        path = folder / file
        if not path.is_file():
            if present_only:
                continue
            raise ev.GoldError(f"{file}: no such file in {folder} (the gold names it)")
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                records[(file, record["id"])] = record
    cases = []
    absent = sorted(key[1] for key in gold if key not in records)
    if absent and present_only:
        log.warning("%d of %d gold pages have no text in %s, scored without them: %s", len(absent), len(gold),
                    folder, ", ".join(absent))
    for key in sorted(gold):
        row = gold[key]
        record = records.get(key)
        if record is None and present_only:
            continue
        if record is None:
            raise ev.GoldError(f"{row['_where']}: page {key[1]} is not in {key[0]}")
        split = split_of(row.get("outlet") or record.get("outlet", ""))
        if row.get("split") != split:
            raise ev.GoldError(f"{row['_where']}: split {row.get('split')!r} but outlet {row.get('outlet')!r} "
                               f"is {split!r} (benchmarks/fresh_news.split_of)")
        if split not in splits:
            continue
        record = {**record, "_split": split}
        lang = row.get("lang") or record.get("lang", "fr")
        events = tuple(rne._gold_event(raw, lang, f"{row['_where']} event {i}")
                       for i, raw in enumerate(row.get("events", [])))
        case = ev.Case(name=record["id"], inputs=(), reference_dates={}, events=events,
                       not_actors=ev.DEFAULT_NOT_ACTORS, lang=lang)
        cases.append(rne.RealCase(case, record, split))
    return cases


def by_outlet(results: Sequence[tuple[str, ev.CaseResult]], cases: Sequence[rne.RealCase]) -> list[str]:
    """One line per outlet: split, pages, core gold rows, matched, missed, spurious."""
    outlet_of = {real.case.name: real.record.get("outlet", "?") for real in cases}
    table: dict[tuple[str, str], ev.Tally] = {}
    pages: dict[tuple[str, str], int] = {}
    for split, result in results:
        key = (split, outlet_of.get(result.name, "?"))
        pages[key] = pages.get(key, 0) + 1
        for tally in result.tallies.values():
            table.setdefault(key, ev.Tally()).add(tally)
    lines = ["| split | outlet | pages | P | R | types | actors |", "|---|---|---|---|---|---|---|"]
    for key in sorted(table):
        m = table[key].metrics()
        lines.append(f"| {key[0]} | {key[1]} | {pages[key]} | {ev._fmt(m.get('precision'))} | "
                     f"{ev._fmt(m.get('recall'))} | {ev._fmt(m.get('type_accuracy'))} | "
                     f"{ev._fmt(m.get('actor_recall'))} |")
    return lines


def evaluate_fresh(splits: Sequence[str] = SPLITS, baseline: bool = True, with_intervals: bool = False,
                   folder: Path | None = None, gold_dir: Path = GOLD_DIR,
                   present_only: bool = False) -> tuple[dict[str, Any], list[str]]:
    """The report (as benchmarks.realnews_events's, with ``n_outlets``) and the per-outlet lines."""
    cases = load_cases(splits, folder, gold_dir, present_only)
    report, results = rne.report_of(cases, splits, baseline, with_intervals)
    report["n_outlets"] = {s: len({r.record.get("outlet") for r in cases if r.split == s}) for s in splits}
    return report, by_outlet(results, cases)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.fresh_news", description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=(*SPLITS, "both"), default="dev")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--no-baseline", action="store_true", help="skip dateparser")
    parser.add_argument("--diff", action="store_true", help="print each page's missing/spurious rows")
    parser.add_argument("--by-outlet", action="store_true", help="one line per outlet")
    parser.add_argument("--intervals", action="store_true", help="95%% intervals, resampling pages")
    parser.add_argument("--present-only", action="store_true",
                        help="score the pages the folder holds; the gold pages without text are named, not scored")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    splits = SPLITS if args.split == "both" else (args.split,)
    try:
        report, outlets = evaluate_fresh(splits, baseline=not args.no_baseline, with_intervals=args.intervals,
                                         present_only=args.present_only)
    except FileNotFoundError as exc:
        sys.stderr.write(f"{exc}\n")
        return 2
    except ev.GoldError as exc:
        sys.stderr.write(f"bad fresh gold: {exc}\n")
        return 2
    if args.json:
        sys.stdout.write(json.dumps(report, indent=2, default=str) + "\n")
        return 0
    sys.stdout.write(f"fresh news: {report['n_articles']} pages, outlets {report['n_outlets']}\n\n"
                     f"{rne.format_table(report)}\n")
    if args.by_outlet:
        sys.stdout.write("\n" + "\n".join(outlets) + "\n")
    if args.diff:
        for case in report["cases"]:
            if not case["clean"]:
                sys.stdout.write(f"\n[{case['split']}] {case['diff']}\n")
    if args.intervals:
        sys.stdout.write(f"\n{report['intervals']}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
