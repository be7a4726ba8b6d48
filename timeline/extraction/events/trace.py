"""A trace of event detection, stage by stage, for benchmarks/loss_by_stage.py and benchmarks/detector_table.py (off
unless a caller turns it on).

``tracing()`` is a context manager that turns it on for the code it wraps and yields the trace: article id -> what
each stage of ``events.detect`` kept. When it is off (always, outside that tool and its test) every hook below
returns at its first line, after one context-variable lookup: detection does the same work and gives the same
mentions either way.

Per article the trace holds:
    dates       the date mentions detection starts from (after the clock and anchor joins)
    sentences   the sentences detection reads (noise left out), and ``noise``, the spans it masks
    gates       date start -> the gate of step 3 that dropped it ("noise", "role:said", "settled", ...)
    eligible    date start -> its role ('event', 'until', ...) once step 3 is done
    candidates  sentence index -> how many trigger or predicate candidates it had
    predicates  the starts of the candidates a date's predicate made
    stages      stage name -> the (date start, trigger start) pairs alive after that stage, in pipeline order
    final       mention id -> (date start, trigger start, trigger kind or 'predicate', date rule or 'story_day',
                role, inherited)
    page        the laid-out page (events.layout.Page: sentences, stories, headlines, leads, reference)
    triggers    sentence index -> its triggers (events.triggers._Trigger), as pairing and the later stages read them
    weak        the starts of the eligible dates too weak a reading to date an event (date_readings.weak_reading)
    protos      the pairings kept after the last stage (events.pairing._Proto), in the order of the mentions
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from typing import Any

_TRACE: ContextVar[dict[str, dict[str, Any]] | None] = ContextVar("timeline_events_trace", default=None)
_GATE: ContextVar[list[str] | None] = ContextVar("timeline_events_gate", default=None)


@contextlib.contextmanager
def tracing() -> Iterator[dict[str, dict[str, Any]]]:
    """Turn the trace on for the block; yields article id -> that article's trace."""
    trace: dict[str, dict[str, Any]] = {}
    token, gate_token = _TRACE.set(trace), _GATE.set([])
    try:
        yield trace
    finally:
        _TRACE.reset(token)
        _GATE.reset(gate_token)


def article(article_id: str) -> dict[str, Any] | None:
    """This article's trace, or None when tracing is off."""
    trace = _TRACE.get()
    if trace is None:
        return None
    return trace.setdefault(article_id, {"dates": [], "sentences": [], "noise": [], "gates": {}, "eligible": {},
                                         "candidates": {}, "predicates": set(), "stages": {}, "final": {},
                                         "page": None, "triggers": {}, "weak": set(), "protos": []})


def gate(name: str) -> None:
    """A gate of step 3 drops a date: remember which (read back by ``gated``). Returns None, the gate's answer."""
    names = _GATE.get()
    if names is not None:
        names.append(name)


def gated(record: dict[str, Any] | None, start: int, fallback: str) -> None:
    """Step 3 dropped the date at ``start``: the last gate named since, else ``fallback``."""
    names = _GATE.get()
    if record is None or names is None:
        return
    record["gates"].setdefault(start, f"role:{names[-1]}" if names and fallback == "role" else fallback)
    names.clear()


def stage(record: dict[str, Any] | None, name: str, protos: Iterable[Any]) -> None:
    """The (date start, trigger start) pairs alive after one stage."""
    if record is not None:
        record["stages"][name] = {(p.date.start, p.trigger.start) for p in protos}


def candidates(record: dict[str, Any] | None, sentence: int, found: Iterable[Any]) -> None:
    """How many trigger or predicate candidates (not excluded) a dated sentence had."""
    if record is not None:
        record["candidates"][sentence] = sum(not getattr(t, "excluded", False) for t in found)


def final(record: dict[str, Any] | None, protos: Iterable[Any], mentions: Iterable[Any]) -> None:
    """Each mention made, by id: its date and trigger starts, the trigger's kind, the date's rule and how it came."""
    if record is None:
        return
    for proto, mention in zip(protos, mentions, strict=True):
        role = record["eligible"].get(proto.date.start, (None, "not eligible"))[1]
        kind = "predicate" if proto.trigger.start in record["predicates"] else proto.trigger.kind
        rule = "story_day" if "story's lead" in (proto.date.explanation or "") else proto.date.rule
        record["final"][mention.mention_id] = (proto.date.start, proto.trigger.start, kind, rule, role,
                                               proto.inherited)


def predicates(record: dict[str, Any] | None, found: Iterable[Any]) -> None:
    """The candidates a date's predicate made (events/predicates.py), by start: a path of their own."""
    if record is not None:
        record["predicates"].update(t.start for t in found)


def detected(record: dict[str, Any] | None, page: Any, triggers: dict[int, list[Any]], weak: set[int],
             protos: Iterable[Any]) -> None:
    """What steps 2-7 leave: the page, the triggers by sentence, the weak dates and the pairings kept."""
    if record is not None:
        record.update(page=page, triggers=triggers, weak=set(weak), protos=list(protos))
