"""One list of days, one head (round twenty-six, typ26), used by events/happenings.py before ``crossing.listed_dates``.

Pairing gives each trigger one date, so the days of one list ("cesseront le travail les 3, 4, 10 et 11 mars, ont
annoncé lundi les syndicats lors d'une assemblée générale", "will walk out on 3, 4, 10 and 11 March, the unions
announced ...") go to several triggers: the first days to the list's own verb, the later ones to whatever stands
nearest after them (the verb that reports the list, the occasion it was told at) or to a word further before it.
A list of days joined only by commas and "et" / "and" (``crossing._lists``) is one complement of one word: when its
days were paired with two triggers or more, the nearest of them before the list (else the nearest after it, "Les 5 et
12 janvier, les enseignants seront en grève, a annoncé le syndicat lors d'une conférence de presse") dates every listed
day that another trigger took.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from timeline.extraction.events.crossing import _lists
from timeline.extraction.events.pairing import _Proto
from timeline.models import DateMention

__all__ = ["list_heads"]


def _plain(proto: _Proto) -> bool:
    """A pairing of one single day with a trigger of its sentence (no until, no range, none borrowed)."""
    return not (proto.until or proto.inherited or proto.end_date or proto.date.end_value
                or proto.date.precision != "day")


def _head(items: Sequence[_Proto], list_start: int, list_end: int) -> _Proto | None:
    """The pairing whose trigger stands nearest before the list (else nearest after it), when the list's days went to
    two triggers or more."""
    if len({p.trigger.start for p in items}) < 2:
        return None
    before = [p for p in items if p.trigger.end <= list_start]
    if before:
        return max(before, key=lambda p: p.trigger.end)
    after = [p for p in items if p.trigger.start >= list_end]
    return min(after, key=lambda p: p.trigger.start) if after else None


def list_heads(text: str, protos: list[_Proto], dates_by_sentence: dict[int, list[tuple[DateMention, str]]]
               ) -> list[_Proto]:
    """Every listed day another trigger took goes to the list's head, the nearest trigger before the list among
    those its days were paired with (see the module's docstring)."""
    by_day: dict[tuple[int, int], list[_Proto]] = {}
    for proto in protos:
        if _plain(proto):
            by_day.setdefault((proto.sentence_index, proto.date.start), []).append(proto)
    moved: dict[int, _Proto] = {}
    for index, found in dates_by_sentence.items():
        for group in _lists(text, found):
            items = [p for date, _ in group for p in by_day.get((index, date.start), ())]
            head = _head(items, group[0][0].start, group[-1][0].end) if len(group) > 1 else None
            if head is None:
                continue
            for proto in items:
                if proto.trigger.start != head.trigger.start:
                    moved[id(proto)] = dataclasses.replace(head, date=proto.date, score=proto.score)
    if not moved:
        return protos
    out: list[_Proto] = []
    seen: set[tuple[int, int, int]] = set()
    for proto in protos:
        proto = moved.get(id(proto), proto)
        key = (proto.sentence_index, proto.date.start, proto.trigger.start)
        if key not in seen:
            seen.add(key)
            out.append(proto)
    return out
