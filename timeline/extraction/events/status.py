"""Step 10: status (held / planned) and confidence of an event mention."""

from __future__ import annotations

import datetime as dt
import functools
import re

from timeline.extraction.events import scorer
from timeline.extraction.events.pairing import _Proto
from timeline.extraction.events.vocabulary import Rules
from timeline.extraction.sentences import Span


def _precision_key(value: dt.date, precision: str) -> tuple[int, ...]:
    if precision == "year":
        return (value.year,)
    if precision == "month":
        return (value.year, value.month)
    return (value.year, value.month, value.day)


def _clause(folded: str, proto: _Proto) -> Span:
    """The clause holding the trigger and its date: tense cues are read there, not in the whole sentence."""
    sentence = proto.sentence
    lo = min(proto.trigger.np_start, proto.date.start) if sentence.start <= proto.date.start < sentence.end \
        else proto.trigger.np_start
    hi = max(proto.trigger.end, proto.date.end) if sentence.start <= proto.date.start < sentence.end \
        else proto.trigger.end
    before = folded[sentence.start : lo]
    after = folded[hi : sentence.end]
    start = lo - len(re.split(r"[,;:]\s|\bwhich\b|\bqui\b", before)[-1])
    # a verb's reported clause ("a annoncé mardi que les documents seront transmis"): its tense is the news's, not
    # the announcement's
    breaks = r"[,;:]\s|\bwhich\b|\bqui\b|\bthat\b|\bque\b|\bqu'" if proto.trigger.kind == "verb" else \
        r"[,;:]\s|\bwhich\b|\bqui\b"
    end = hi + len(re.split(breaks, after)[0])
    return Span(start, end, folded[start:end])


@functools.lru_cache(maxsize=64)
def _cues(planned: re.Pattern[str] | None, held: re.Pattern[str] | None, folded: str, start: int, end: int
          ) -> tuple[bool, bool]:
    """(a planned cue, a held cue) in one sentence: read once per sentence, not once per event in it (issue 15)."""
    return bool(planned and planned.search(folded, start, end)), bool(held and held.search(folded, start, end))


def _status(rules: Rules, folded: str, sentence: Span, start: dt.date, end: dt.date | None, precision: str,
            reference: dt.date | None) -> str:
    planned_cue, held_cue = _cues(rules.planned, rules.held, folded, sentence.start, sentence.end)
    by_tense = "planned" if planned_cue and not held_cue else "held"
    if reference is None:
        return by_tense
    first = _precision_key(start, precision)
    ref = _precision_key(reference, precision)[: len(first)]
    if first > ref:
        return "planned"
    if first < ref:
        return "held"
    return by_tense


def _confidence(rules: Rules, proto: _Proto, has_actors: bool, mentions: int = 1) -> float:
    """The mention's confidence, one of its article's ``mentions``: the learned model of events/scorer.py (hand-set
    weights before; docs/BENCHMARKS.md)."""
    return scorer.confidence(rules, proto, has_actors, mentions)
