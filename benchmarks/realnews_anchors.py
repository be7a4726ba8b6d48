"""Which happening does a date anchor? Our pairing against TimeML's gold links, on the dev split only.

    python -m benchmarks.realnews_anchors [--split dev] [--show N]

French TimeBank (``event_time_links``) and MEANTIME (each event's ``tlinks``) say which EVENT a time
expression anchors. For every DATE expression (not the article's own date) that anchors at least one
event of its own sentence, we look at what the pipeline made of it:

- ``emitted``: a mention of ours is dated by that expression;
- ``agree``: the trigger of that mention is one of the gold anchored events (their spans overlap);
- ``reporting``: every gold anchored event is a saying verb (TimeML class REPORTING / SPEECH_COGNITIVE
  with a verb), which our rules leave out on purpose ("said on Tuesday").

It measures the mechanism, not the events gold: TimeML anchors states and sayings too. Tune on dev
only; the test split is refused unless ``--split test`` is asked for once a change is done.
"""

from __future__ import annotations

import argparse
import bisect
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from benchmarks.realnews import iter_records

#: Gold relations that put an event at (or around) the date, rather than before or after it.
ANCHORING = frozenset({"IS_INCLUDED", "INCLUDES", "SIMULTANEOUS", "DURING", "BEGUN_BY", "BEGINS", "ENDED_BY", "ENDS",
                       None})
SAYING = frozenset({"REPORTING", "SPEECH_COGNITIVE"})


@dataclass
class Tally:
    """Counts of one language."""

    anchored: int = 0
    emitted: int = 0
    agree: int = 0
    reporting: int = 0
    reporting_emitted: int = 0
    examples: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Anchor:
    """One gold date expression with the spans of the events of its sentence it anchors."""

    start: int
    end: int
    text: str
    events: tuple[tuple[int, int, str], ...]
    saying: bool


def _sentence_ends(text: str, lang: str) -> list[int]:
    from timeline.extraction.sentences import split_sentences

    return [s.end for s in split_sentences(text, lang=lang)]


def _same_sentence(ends: Sequence[int], a: int, b: int) -> bool:
    return bisect.bisect_left(ends, a) == bisect.bisect_left(ends, b)


def _timebank_anchors(record: dict[str, Any]) -> Iterator[tuple[dict, list[dict]]]:
    timex = {t["tid"]: t for t in record.get("timex", ())}
    events = {e.get("eiid") or e["eid"]: e for e in record.get("events", ())}
    by_timex: dict[str, list[dict]] = {}
    for link in record.get("event_time_links", ()):
        if link.get("relType") in ANCHORING and link["timex"] in timex and link["event"] in events:
            by_timex.setdefault(link["timex"], []).append(events[link["event"]])
    for tid, anchored in by_timex.items():
        yield timex[tid], anchored


def _meantime_anchors(record: dict[str, Any]) -> Iterator[tuple[dict, list[dict]]]:
    timex = {t["tid"]: t for t in record.get("timex", ())}
    by_timex: dict[str, list[dict]] = {}
    for event in record.get("events", ()):
        for link in event.get("tlinks", ()):
            if link.get("reltype") in ANCHORING and link.get("timex") in timex:
                by_timex.setdefault(link["timex"], []).append(event)
    for tid, anchored in by_timex.items():
        yield timex[tid], anchored


def gold_anchors(record: dict[str, Any], lang: str) -> list[Anchor]:
    """The record's DATE expressions (not its creation time) that anchor events of their own sentence."""
    text = record["text"]
    ends = _sentence_ends(text, lang)
    pairs = _timebank_anchors(record) if "event_time_links" in record else _meantime_anchors(record)
    out = []
    for timex, events in pairs:
        if timex.get("type") != "DATE" or timex.get("function") == "CREATION_TIME" or "start" not in timex:
            continue
        near = [e for e in events if "start" in e and _same_sentence(ends, e["start"], timex["start"])]
        if not near:
            continue
        saying = all(e.get("class") in SAYING and (e.get("pos") or "VERB") == "VERB" for e in near)
        out.append(Anchor(timex["start"], timex["end"], timex["text"],
                          tuple((e["start"], e["end"], e["text"]) for e in near), saying))
    return out


def our_pairs(record: dict[str, Any]) -> tuple[str, list[tuple[int, int, int, int]]]:
    """The article text as read, and each mention's (date start, date end, trigger start, trigger end)."""
    from benchmarks.realnews_events import _record_line
    from timeline.extraction import ingest
    from timeline.extraction.events.spans import _stable_id
    from timeline.extraction.pipeline import extract_article
    from timeline.settings import Options

    options = Options()
    articles, _ = ingest.read_bytes(f"{record['id']}.jsonl", _record_line(record), options)
    out = []
    text = ""
    for article in articles:
        text = article.text
        for mention in extract_article(article, options):
            sentence = mention.sentence_start
            at = text.find(mention.trigger, sentence)
            while at >= 0:
                if _stable_id(article.id, mention.date_start, at) == mention.mention_id:
                    out.append((mention.date_start, mention.date_end, at, at + len(mention.trigger)))
                    break
                at = text.find(mention.trigger, at + 1)
    return text, out


def measure(split: str = "dev", show: int = 0) -> dict[str, Tally]:
    tallies = {"fr": Tally(), "en": Tally()}
    for file, lang in (("fr_timebank_dev.jsonl", "fr"), ("en_wikinews_meantime.jsonl", "en")):
        for record in iter_records(file, split):
            text, pairs = our_pairs(record)
            if text != record["text"]:
                continue  # offsets would not line up (ingest changed the text)
            tally = tallies[lang]
            for anchor in gold_anchors(record, lang):
                tally.anchored += 1
                tally.reporting += anchor.saying
                ours = [p for p in pairs if p[0] < anchor.end and anchor.start < p[1]]
                if not ours:
                    if not anchor.saying and len(tally.missed) < show:
                        gold = ", ".join(t for _, _, t in anchor.events)
                        tally.missed.append(f"{record['id']}: {anchor.text!r} gold [{gold}] ours none")
                    continue
                tally.emitted += 1
                tally.reporting_emitted += anchor.saying
                hit = any(a < t_end and t_start < b for _, _, t_start, t_end in ours for a, b, _ in anchor.events)
                tally.agree += hit
                if not hit and len(tally.examples) < show:
                    got = ", ".join(text[s:e] for _, _, s, e in ours)
                    gold = ", ".join(t for _, _, t in anchor.events)
                    tally.examples.append(f"{record['id']}: {anchor.text!r} gold [{gold}] ours [{got}]")
    return tallies


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--show", type=int, default=0, help="print this many disagreements per language")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    tallies = measure(args.split, args.show)
    report = {lang: {"anchored_dates": t.anchored, "emitted": t.emitted, "agree": t.agree,
                     "agree_of_emitted": round(t.agree / t.emitted, 3) if t.emitted else None,
                     "saying_only": t.reporting, "saying_only_emitted": t.reporting_emitted}
              for lang, t in tallies.items()}
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"| {args.split} | anchored dates | emitted | our trigger = gold anchor | gold anchor only a saying verb"
          " (emitted) |")
    print("|---|---|---|---|---|")
    for lang, row in report.items():
        print(f"| {lang} | {row['anchored_dates']} | {row['emitted']} | {row['agree']} ({row['agree_of_emitted']}) "
              f"| {row['saying_only']} ({row['saying_only_emitted']}) |")
    for lang, tally in tallies.items():
        for line in tally.examples + tally.missed:
            print(f"  {lang} {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
