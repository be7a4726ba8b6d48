"""Actor recall on the real-news event gold (benchmarks/realnews/events_*.jsonl), dev and test side by side.

    python -m benchmarks.actors_realnews                  # every gold file, both splits, our pipeline as shipped
    python -m benchmarks.actors_realnews --lang en --split dev --misses 20   # and 20 missed actors with context
    python -m benchmarks.actors_realnews --split dev --lost 40   # gold actors read but not put on their event
    python -m benchmarks.actors_realnews --no-ner         # the rule layer only (Options.use_ner=False)
    python -m benchmarks.actors_realnews --lang en --en-rules   # English without its borrowed model (baseline)
    python -m benchmarks.actors_realnews --entities --split dev --misses 40   # the corpora's own entity gold

Two figures per file and split:

* ``event actors``: the events scorer's actor recall (``benchmarks.evaluate.score_case``): over gold events
  matched to a predicted event, the share of their gold actors found among that event's actors.
* ``actor precision``: over the same matched events, the share of predicted actors that are one of the
  event's gold actors. Gold lists only the actors a reader would name, so this is a lower bound, for
  comparing two runs, not an absolute figure.
* ``entity actors``: what the actor stage can find at all, whatever the events stage did: the share of
  gold actors (of every gold event) found among the actors ``find_entities`` reads in ANY sentence of
  the article. It separates "the name was never read" from "it was read but not put on the event".

``--entities`` scores against the corpora's own entity annotation instead (far more names than the event
gold): MEANTIME's named mentions (``syntactic_type`` NAM) of organisations and persons (a mention without a
type takes the type of a typed mention of the same words in the article; untyped ones are counted apart),
WiNER's Person and Organization. Recall by kind: the share of an article's distinct gold names found among
the names ``find_entities`` reads in any of its sentences (``evaluate.actor_found``).

Each article is run alone (no cross-article merge), its ``reference_date`` from the gold as the
fallback reference date. The article text comes from ``../shared/realnews`` (never the repository).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks import evaluate as ev
from benchmarks.realnews import SPLITS, iter_records, realnews_dir

GOLD = Path(__file__).resolve().parent / "realnews"
#: gold file -> the shared real-news file its articles come from
SOURCES = {
    "events_en_wikinews_meantime_dev.jsonl": "en_wikinews_meantime.jsonl",
    "events_en_wikinews_meantime_test.jsonl": "en_wikinews_meantime.jsonl",
    "events_fr_wikinews_winer.jsonl": "fr_wikinews_winer.jsonl",
    "events_fr_timebank.jsonl": "fr_timebank_dev.jsonl",
}


def _gold_events(record: dict[str, Any]) -> tuple[ev.GoldEvent, ...]:
    out = []
    for raw in record.get("events", []):
        end = raw.get("end_date")
        out.append(ev.GoldEvent(
            date=dt.date.fromisoformat(raw["date"]), end_date=dt.date.fromisoformat(end) if end else None,
            precision=raw.get("precision", "day"), type=raw["type"], status=raw.get("status"),
            actors=tuple(raw.get("actors", ())), title_hint=raw.get("title_hint", ""),
            alt_types=tuple(raw.get("alt_types", ())), lang=record["lang"],
        ))
    return tuple(out)


def _texts(source: str) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in iter_records(source)}


def _entity_names(text: str, lang: str, use_ner: bool) -> list[str]:
    from timeline.extraction.actors import find_entities_many
    from timeline.extraction.sentences import split_sentences
    from timeline.settings import Options

    sentences = [s.text for s in split_sentences(text, lang=lang)]
    found = find_entities_many(sentences, lang, Options(use_ner=use_ner))
    return [a.name for e in found for a in e.actors]


def score(gold_file: str, split: str, use_ner: bool, misses: int, lost: int = 0) -> dict[str, Any]:
    from timeline.extraction.pipeline import extract
    from timeline.settings import Options

    records = [json.loads(line) for line in (GOLD / gold_file).read_text(encoding="utf-8").splitlines() if line]
    articles = _texts(SOURCES[gold_file])
    # $TIMELINE_DEV_HALF leaves only one half of dev among the texts: score the same half
    records = [r for r in records if r["split"] == split and r["id"] in articles]
    if not records:
        return {}
    total = ev.Tally()
    found_entities = n_entities = right = said = 0
    missed: list[str] = []
    dropped: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for record in records:
            article = articles[record["id"]]
            path = Path(tmp) / f"{record['id']}.json"
            keep = {k: article.get(k) for k in ("id", "title", "text", "published", "lang", "url")}
            path.write_text(json.dumps(keep, ensure_ascii=False), encoding="utf-8")
            reference = dt.date.fromisoformat(record["reference_date"])
            result = extract([path], Options(reference_date=reference, use_ner=use_ner))
            preds = [ev.from_event(e) for e in result.events]
            case = ev.Case(name=record["id"], inputs=(path,), reference_dates={}, events=_gold_events(record),
                           not_actors=ev.DEFAULT_NOT_ACTORS, lang=record["lang"])
            for tally in ev.score_case(case, preds, {}).tallies.values():
                total.add(tally)
            for gi, pi, _ in ev.match(case.events, preds):
                gold_actors = case.events[gi].actors
                if gold_actors:
                    absent = [g for g in gold_actors if not ev.actor_found(g, preds[pi].actors)]
                    if absent and len(dropped) < lost:
                        evidence = " / ".join(result.events[pi].evidence)[:300]
                        dropped.append(f"{record['id']}: {absent} (event has {list(preds[pi].actors)}) {evidence!r}")
                    said += len(preds[pi].actors)
                    right += sum(any(ev.actor_found(g, [name]) for g in gold_actors) for name in preds[pi].actors)
            names = _entity_names(f"{article.get('title', '')}\n\n{article['text']}", record["lang"], use_ner)
            for gold in case.events:
                for actor in gold.actors:
                    n_entities += 1
                    if ev.actor_found(actor, names):
                        found_entities += 1
                    elif len(missed) < misses:
                        missed.append(f"{record['id']}: {actor!r} (read: {sorted(set(names))[:12]})")
    metrics = total.metrics()
    return {
        "event_actor_recall": metrics["actor_recall"], "event_actors": total.actors_total,
        "actor_precision": right / said if said else None, "predicted_actors": said,
        "entity_actor_recall": found_entities / n_entities if n_entities else None, "entity_actors": n_entities,
        "precision": metrics["precision"], "recall": metrics["recall"], "missed": missed, "lost": dropped,
    }


#: the corpus files with entity annotations, and how their mention types map to our kinds
ENTITY_FILES = {"en_wikinews_meantime.jsonl": "en", "fr_wikinews_winer.jsonl": "fr"}
_KINDS = {"ORG": "organisation", "PER": "person", "Organization": "organisation", "Person": "person"}


def _gold_names(record: dict[str, Any]) -> dict[str, str]:
    """One article's named persons and organisations from the corpus: name -> kind."""
    raw = record.get("entities") or []
    if isinstance(raw, str):
        import ast

        raw = ast.literal_eval(raw)
    typed = {m["text"]: m["type"] for m in raw if m.get("type")}
    out: dict[str, str] = {}
    for mention in raw:
        if "syntactic_type" in mention and mention.get("syntactic_type") != "NAM":
            continue
        text = mention["text"].strip()
        kind = _KINDS.get(mention.get("type") or typed.get(text, ""))
        if kind is None and "syntactic_type" in mention and not mention.get("type") and text not in typed:
            kind = "untyped name"
        if kind is None or "(" in text or text.lower() in {"he", "she", "it", "they"}:
            continue
        out.setdefault(text.removeprefix("the ").removeprefix("The "), kind)
    return out


def score_entities(source: str, split: str, use_ner: bool, misses: int) -> dict[str, Any]:
    """Recall by kind of the corpus's own named persons and organisations (see the module's docstring)."""
    found: dict[str, list[int]] = {}
    missed: list[str] = []
    for record in iter_records(source, split):
        names = _entity_names(f"{record.get('title', '')}\n\n{record['text']}", ENTITY_FILES[source], use_ner)
        for gold, kind in _gold_names(record).items():
            tally = found.setdefault(kind, [0, 0])
            tally[1] += 1
            if ev.actor_found(gold, names):
                tally[0] += 1
            elif len(missed) < misses:
                missed.append(f"{record['id']} {kind}: {gold!r}")
    return {"recall": {kind: (hit / total, total) for kind, (hit, total) in sorted(found.items())}, "missed": missed}


def _print_entities(args: argparse.Namespace) -> int:
    for source, lang in ENTITY_FILES.items():
        if args.lang and lang != args.lang:
            continue
        for split in SPLITS:
            if args.split and split != args.split:
                continue
            result = score_entities(source, split, not args.no_ner, args.misses)
            cells = "  ".join(f"{kind} {r:.3f} of {n}" for kind, (r, n) in result["recall"].items())
            print(f"{source} {split}: {cells}")
            for line in result["missed"]:
                print(f"    missed {line}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=("fr", "en"))
    parser.add_argument("--split", choices=SPLITS)
    parser.add_argument("--no-ner", action="store_true", help="rule layer only")
    parser.add_argument("--misses", type=int, default=0, help="show this many gold actors never read")
    parser.add_argument("--lost", type=int, default=0,
                        help="show this many gold actors missing from their matched event, with its sentences")
    parser.add_argument("--en-rules", action="store_true",
                        help="read English with the rule layer alone (no borrowed model): the baseline of issue 13")
    parser.add_argument("--entities", action="store_true",
                        help="score against the corpora's own entity gold (MEANTIME, WiNER), recall by kind")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.en_rules:
        from timeline.extraction.actors import model

        model.MODEL_NAMES.pop("en", None)
    if realnews_dir() is None:
        print("real news not found (see benchmarks/realnews/__init__.py)", file=sys.stderr)
        return 2
    if args.entities:
        return _print_entities(args)
    report: dict[str, dict[str, Any]] = {}
    for gold_file in SOURCES:
        lang = gold_file.split("_")[1]
        if args.lang and lang != args.lang:
            continue
        for split in SPLITS:
            if args.split and split != args.split:
                continue
            result = score(gold_file, split, not args.no_ner, args.misses, args.lost)
            if result:
                report[f"{gold_file.removeprefix('events_').removesuffix('.jsonl')} {split}"] = result
    if args.json:
        print(json.dumps(report, indent=2))
        return 0

    def pct(value: float | None) -> str:
        return "  -  " if value is None else f"{value:.3f}"

    print(f"{'file split':34} {'event actors':>16} {'actor precision':>16} {'entity actors':>16} {'P':>6} {'R':>6}")
    for name, r in report.items():
        print(f"{name:34} {pct(r['event_actor_recall'])} of {r['event_actors']:4}  "
              f"{pct(r['actor_precision'])} of {r['predicted_actors']:4}  "
              f"{pct(r['entity_actor_recall'])} of {r['entity_actors']:4}  {pct(r['precision'])} {pct(r['recall'])}")
        for line in r["missed"]:
            print(f"    missed {line}")
        for line in r["lost"]:
            print(f"    lost {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
