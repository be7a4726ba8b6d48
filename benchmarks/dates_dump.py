"""Every ``find_dates`` result over the real-news files, the peer suites and the seeds, in both settings of a
bare weekday and with no reference date: one line per mention. A speed change must leave it byte-identical:

    python -m benchmarks.dates_dump /tmp/after.txt   # in the changed tree, then the same in main's; diff them
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from timeline.extraction.dates import find_dates
from timeline.settings import Options

REALNEWS = Path("/work/shared/realnews")
SUITES = Path("/work/shared/benchmarks")
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
#: The reference date of texts that have none (the suites, the seeds).
REFERENCE = dt.date(2025, 12, 20)


def texts() -> list[tuple[str, str, dt.date]]:
    """(lang, text, reference) of every text the dump reads."""
    docs = []
    for path in sorted(REALNEWS.glob("*.jsonl")):
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
    main(sys.argv[1])
