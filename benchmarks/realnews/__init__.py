"""Real news for development and measurement: the articles live in ``../shared/realnews/``.

Only ids, splits and our own annotations live here; the article text never enters the repository.

Splits are fixed once and never tuned on (the README of ``shared/realnews`` suggests them):

    fr_wikinews_winer     test = articles published in 2018; dev = 2016-2017
    en_wikinews_meantime  test = the stock-market subcorpus (``corpus_stock``); dev = the others
    fr_timebank_dev       test = every fourth document by sorted id (index % 4 == 3); dev = the rest

To check that a change carries to articles it was not developed on, ``$TIMELINE_DEV_HALF`` (``a`` or ``b``) keeps
only one half of dev, by a hash of the id that does not move when files grow (``dev_half``): develop on one half,
confirm on the other. Test is never halved.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
FILES = ("fr_timebank_dev.jsonl", "en_wikinews_meantime.jsonl", "fr_wikinews_winer.jsonl")
SPLITS = ("dev", "test")


def realnews_dir() -> Path | None:
    """The folder of real articles: ``$TIMELINE_REALNEWS``, else ``../shared/realnews`` beside the repo."""
    env = os.environ.get("TIMELINE_REALNEWS")
    candidates = [Path(env)] if env else []
    candidates.append(ROOT.parent / "shared" / "realnews")
    for folder in candidates:
        if (folder / FILES[0]).is_file():
            return folder
    return None


def split_of(file: str, record: dict[str, Any], index: int) -> str:
    """Which split one record belongs to (``index`` is its rank among the file's sorted ids)."""
    if file.startswith("fr_wikinews_winer"):
        return "test" if str(record.get("published", "")).startswith("2018") else "dev"
    if file.startswith("en_wikinews_meantime"):
        return "test" if record.get("origin", {}).get("subcorpus") == "corpus_stock" else "dev"
    if file.startswith("fr_timebank"):
        return "test" if index % 4 == 3 else "dev"
    raise ValueError(f"unknown real-news file {file!r}")


def dev_half(article_id: str) -> str:
    """``a`` or ``b``: the fixed half of dev an article belongs to."""
    return "ab"[zlib.crc32(article_id.encode("utf-8")) % 2]


def iter_records(file: str, split: str | None = None, folder: Path | None = None) -> Iterator[dict[str, Any]]:
    """The records of one file in id order, each with ``_split`` set; only ``split`` when given."""
    folder = folder or realnews_dir()
    if folder is None:
        raise FileNotFoundError(
            "real news not found: set TIMELINE_REALNEWS or place shared/realnews beside the repository"
        )
    with open(folder / file, encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    records.sort(key=lambda r: r["id"])
    half = os.environ.get("TIMELINE_DEV_HALF", "").strip().lower()
    if half not in ("", "a", "b"):
        raise ValueError(f"TIMELINE_DEV_HALF={half!r}: use 'a', 'b' or leave it unset")
    for index, record in enumerate(records):
        record["_split"] = split_of(file, record, index)
        if half and record["_split"] == "dev" and dev_half(record["id"]) != half:
            continue
        if split is None or record["_split"] == split:
            yield record
