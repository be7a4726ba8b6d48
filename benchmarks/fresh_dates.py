"""Date gold of the fresh real-news pages (round twenty-five): our date engine next to dateparser's ``search_dates``.

    TIMELINE_FRESH=/path/to/pages python -m benchmarks.fresh_dates --split dev            # figures, both systems
    TIMELINE_FRESH=/path/to/pages python -m benchmarks.fresh_dates --split dev --errors   # our errors, per outlet
    TIMELINE_FRESH=/path/to/pages python -m benchmarks.fresh_dates --split test --json    # test: figures only

The pages are those of ``benchmarks.fresh_news`` (90 pages of 82 outlets, French and English, split by outlet with
``fresh_news.split_of``); their texts stay outside the repository, in ``$TIMELINE_FRESH``. So does their date gold,
``$TIMELINE_FRESH/dates_gold.jsonl``: its ``text`` words are quotes of the pages. One line per page::

    {"id": ..., "file": "pages_frA.jsonl", "split": "dev", "outlet": ..., "lang": "fr", "published": "2019-03-22",
     "dates": [{"text": "ce samedi 23 mars", "value": "2019-03-23"}, ...]}

The gold was written by hand from the page text alone, before the date engine or dateparser ran on any page (helper
dgo25), following the written set's conventions (benchmarks/written_e/README.md, "The date gold"): every calendar
date or time expression in the order of the text, resolved against the page's ``published`` date as a reader would;
a part of the day is its day, a day and its clock in one phrase one entry valued with the clock, a list one entry
per date on one text, a range ``start/end``; durations, offsets ("ten years ago"), recurring slots and periods
without a value in these forms absent. A page with no date has an empty list (every prediction on it is spurious).

Matching and metrics are those of ``benchmarks.written_dates`` (``gold_timexes``: entries found in order, lists and
ranges spanned one member per value, a period's part before a date read inside as TimeML spans it,
``benchmarks.timeml_extent``, round 27; ``bridge``: a day and its clock found apart inside one entry are one
prediction) and ``benchmarks.realnews_dates`` (value F1: overlapping spans, same granularity and value; strict: the
same normalised span too; relaxed: the same day). Our engine is read as ``written_dates`` reads it: the pages file
through ``timeline.load_articles`` (the reference date as ingest finds it: the record's ``published``), then
``timeline.article_dates``, under ``Options(today=WRITTEN_ON)``; dateparser gets the page's ``published`` date.
Errors (``--errors``) are printed for dev only; test is scored, never read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks import evaluate as ev
from benchmarks import fresh_news as fn
from benchmarks import realnews_dates as rd
from benchmarks import written_dates as wd
from benchmarks import written_set as ws
from timeline import Options, load_articles

GOLD_NAME = "dates_gold.jsonl"
SPLITS = ("dev", "test")
SYSTEMS = wd.SYSTEMS
LANGS = wd.LANGS


def load_gold(folder: Path) -> list[dict[str, Any]]:
    """The gold lines, each checked: its page exists in its file, its split is its outlet's."""
    path = folder / GOLD_NAME
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no date gold (one line per page: id, file, split, dates)")
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        where = f"{GOLD_NAME}:{n}"
        for key in ("id", "file", "split", "dates"):
            if key not in row:
                raise ev.GoldError(f"{where}: no {key!r}")
        row["_where"] = where
        rows.append(row)
    return rows


def _pages(folder: Path, file: str) -> dict[str, dict[str, Any]]:
    path = folder / file
    if not path.is_file():
        raise ev.GoldError(f"{file}: no such file in {folder} (the date gold names it)")
    return {r["id"]: r for r in map(json.loads, filter(str.strip, path.read_text(encoding="utf-8").splitlines()))}


def docs(splits: Sequence[str], folder: Path | None = None, extent: bool = True
         ) -> dict[str, list[tuple[str, str, str, rd.Doc]]]:
    """system -> [(split, language, outlet, Doc)] over every page of the given splits (``extent``: the gold read in
    TimeML's extent, as scored, ``benchmarks.timeml_extent``; False: as written)."""
    folder = folder or fn.fresh_dir()
    if folder is None:
        raise FileNotFoundError("fresh pages not found: set TIMELINE_FRESH to the folder of pages_*.jsonl")
    options = Options(today=ws.WRITTEN_ON)
    out: dict[str, list[tuple[str, str, str, rd.Doc]]] = {s: [] for s in SYSTEMS}
    gold = load_gold(folder)
    by_file: dict[str, list[dict[str, Any]]] = {}
    for row in gold:
        by_file.setdefault(row["file"], []).append(row)
    for file, rows in sorted(by_file.items()):
        records = _pages(folder, file)
        wanted = []
        for row in rows:
            record = records.get(row["id"])
            if record is None:
                raise ev.GoldError(f"{row['_where']}: page {row['id']} is not in {file}")
            split = fn.split_of(record.get("outlet", ""))
            if row["split"] != split:
                raise ev.GoldError(f"{row['_where']}: split {row['split']!r} but outlet {record.get('outlet')!r} "
                                   f"is {split!r} (benchmarks/fresh_news.split_of)")
            if split in splits:
                wanted.append((row, record))
        if not wanted:
            continue
        articles, _ = load_articles([folder / file], options)
        read = {a.id.rpartition("#")[2]: a for a in articles}
        for row, record in wanted:
            article = read.get(row["id"])
            text = article.text if article is not None else record["text"]
            lang = record.get("lang") or (article.lang if article is not None else "fr")
            golds = wd.gold_timexes(text, row["dates"], f"{row['_where']} {row['id']}", extent=extent)
            published = dt.date.fromisoformat(str(record["published"])[:10])
            shown = {"text": text, "id": row["id"], "published": str(article.reference_date if article else None)}
            ours = [] if article is None else wd._read(article, options)
            theirs = rd.dateparser_alone(text, published, lang)
            for system, found in (("ours", ours), ("dateparser", theirs)):
                doc = rd.Doc(shown, golds, wd.bridge(golds, found), 0, 0, [])
                out[system].append((row["split"], lang, record.get("outlet", "?"), doc))
    return out


def score(splits: Sequence[str], folder: Path | None = None
          ) -> tuple[dict[str, dict[str, dict[str, dict[str, float]]]], list[tuple[str, str, str, rd.Doc]]]:
    """(split -> system -> language -> rd.summarise figures, our (split, lang, outlet, Doc) for the errors)."""
    found = docs(splits, folder)
    figures = {split: {s: {lang: rd.summarise(d for sp, la, _, d in found[s] if sp == split and lang in (la, "all"))
                           for lang in LANGS} for s in SYSTEMS}
               for split in splits}
    return figures, found["ours"]


def by_outlet(found: Sequence[tuple[str, str, str, rd.Doc]]) -> list[str]:
    """One line per outlet: pages, gold, predicted, value hits, and our errors by kind."""
    kinds = ("missed", "spurious", "wrong value", "wrong granularity", "wrong span")
    table: dict[tuple[str, str], Counter[str]] = {}
    for split, _, outlet, doc in found:
        c = table.setdefault((split, outlet), Counter())
        c["pages"] += 1
        n = rd.counts(doc)
        c.update({k: n[k] for k in ("gold", "predicted", "value_tp")})
        c.update(e.kind for e in rd.errors(doc))
    lines = ["| split | outlet | pages | gold | predicted | value hits | " + " | ".join(kinds) + " |",
             "|---" * (6 + len(kinds)) + "|"]
    for (split, outlet), c in sorted(table.items()):
        lines.append(f"| {split} | {outlet} | {c['pages']} | {c['gold']} | {c['predicted']} | {c['value_tp']} | "
                     + " | ".join(str(c[k]) for k in kinds) + " |")
    return lines


def table(figures: dict[str, dict[str, dict[str, float]]]) -> str:
    return wd.table(figures)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.fresh_dates", description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="dev", choices=(*SPLITS, "both"))
    parser.add_argument("--errors", action="store_true", help="our errors, listed and counted per outlet (dev only)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    splits = SPLITS if args.split == "both" else (args.split,)
    if args.errors and "test" in splits:
        sys.stderr.write("--errors reads errors: only on --split dev (test is scored, never read)\n")
        return 2
    if fn.fresh_dir() is None:
        sys.stderr.write("fresh pages not found: set TIMELINE_FRESH to the folder of pages_*.jsonl "
                         f"and {GOLD_NAME}\n")
        return 2
    results, ours = score(splits)
    if args.json:
        sys.stdout.write(json.dumps(results, indent=2) + "\n")
    else:
        for split, figures in results.items():
            sys.stdout.write(f"fresh pages, {split}, dates\n\n{table(figures)}\n\n")
    if args.errors:
        sys.stdout.write("\n".join(by_outlet(ours)) + "\n\n")
        for _, _, outlet, doc in ours:
            for error in rd.errors(doc):
                sys.stdout.write(f"{error.kind} ({outlet}): {error.describe()}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
