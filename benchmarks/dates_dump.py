"""Every ``find_dates`` result over the real-news files, the peer suites and the seeds, in both settings of a
bare weekday and with no reference date: one line per mention. A speed change must leave it byte-identical:

    python -m benchmarks.dates_dump /tmp/after.txt   # in the changed tree, then the same in main's; diff them
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from benchmarks.dates_bench import SUITES_DIR as SUITES
from benchmarks.realnews import realnews_dir
from timeline.extraction.dates import find_dates
from timeline.settings import Options

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
#: The reference date of texts that have none (the suites, the seeds).
REFERENCE = dt.date(2025, 12, 20)


def texts() -> list[tuple[str, str, dt.date]]:
    """(lang, text, reference) of every text the dump reads."""
    docs = []
    realnews = realnews_dir()
    if realnews is None or not SUITES.is_dir():
        raise SystemExit(f"dates_dump: needs ../shared/realnews and {SUITES} beside the repository")
    for path in sorted(realnews.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            docs.append((row.get("lang", "fr"), row["text"], dt.date.fromisoformat(row["published"][:10])))
    for path in sorted(SUITES.glob("*.jsonl")):
        lang = "en" if "_en_" in path.name else "fr"
        docs += [(lang, json.loads(line)["text"], REFERENCE) for line in path.read_text(encoding="utf-8").splitlines()]
    for path in sorted(SEEDS.glob("*.txt")):
        docs += [(lang, path.read_text(encoding="utf-8"), REFERENCE) for lang in ("fr", "en")]
    return docs


def main(out_path: str) -> None:
    docs = texts()
    with open(out_path, "w", encoding="utf-8") as out:
        for lang, text, ref in docs:
            for reference, mode in ((ref, "past"), (ref, "future"), (None, "past")):
                for mention in find_dates(text, reference, lang, Options(bare_weekday=mode)):
                    out.write(repr(mention) + "\n")
            out.write("--\n")
    print(f"{len(docs)} texts x 3 settings -> {out_path}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m benchmarks.dates_dump", description=__doc__.splitlines()[0])
    parser.add_argument("out", help="the file to write (one line per mention; diff two of them)")
    main(parser.parse_args().out)
