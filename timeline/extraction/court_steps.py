"""A ruling asked for or put off is a court step: the type a merged row shows (round twenty-two, typ22).

A ruling or a sentence that is only asked for ("le procureur a requis une amende", "prosecutors sought a conviction")
or whose giving is put off ("the judge reserved her ruling", "le jugement a été mis en délibéré") is not given: a court
step, ``other`` (docs/ANNOTATION.md: court steps without a ruling), not the ``decision`` its noun gives the telling.
Put off to a day the sentence names ("au 12 mars", "until 4 March"), that day is the ruling's and the type stays.

Read on the merged row, never on the telling: each telling keeps its trigger's type for pairing, deduplication and
merging, so the rows are those the triggers make and only the type a row shows moves (round twenty-one: a type change
that moves which rows exist or merge is no type change). A row shows ``other`` when its best telling is a
``decision`` and every ``decision`` telling of it is a court step; a ruling told as given by another telling keeps it.

Rules as data: ``court_steps`` in lang/{fr,en}/triggers.yaml, each the ruling's nouns (``trigger``), the words after
it (``objects``, within ``reach`` words) or before it (``before``) that ask for it or put it off, and
``unless_after``, the day it is put off to.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from timeline import lang as lexicon
from timeline.models import Mention

__all__ = ["court_step", "shown_type"]

#: Characters before the ruling's noun that ``before`` reads (as the ``retype`` rules of events/vocabulary.py).
BEFORE_WINDOW = 120


@dataclass(frozen=True)
class _Rule:
    trigger: re.Pattern[str]
    after: re.Pattern[str] | None
    before: re.Pattern[str] | None
    unless: re.Pattern[str] | None


def _alternation(patterns: Sequence[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


@functools.cache
def _rules(lang: str) -> tuple[_Rule, ...]:
    data = lexicon.load(f"{'fr' if lang == 'fr' else 'en'}/triggers").get("court_steps") or ()
    rules = []
    for r in data:
        objects, before, unless = r.get("objects"), r.get("before"), r.get("unless_after")
        rules.append(_Rule(
            trigger=re.compile(rf"(?<![\w-])(?:{_alternation(r['trigger'])})(?!\w)"),
            after=re.compile(rf"^\W*(?:\w+\W+){{0,{int(r.get('reach', 0))}}}(?:{_alternation(objects)})(?!\w)")
            if objects else None,
            before=re.compile(_alternation(before)) if before else None,
            unless=re.compile(rf"^[^.;]{{0,60}}?(?:{_alternation(unless)})") if unless else None))
    return tuple(rules)


@functools.lru_cache(maxsize=4096)
def _court_step(lang: str, sentence: str, trigger: str) -> bool:
    folded, word = lexicon.fold(sentence), lexicon.fold(trigger).strip()
    for rule in _rules(lang):
        for hit in rule.trigger.finditer(folded):
            noun = hit.group(0)
            if not word or (noun not in word and word not in noun):
                continue  # another noun of the sentence, not the telling's trigger
            after = folded[hit.end():]
            if rule.unless is not None and rule.unless.match(after):
                continue
            if (rule.after is not None and rule.after.match(after)) or (
                    rule.before is not None and rule.before.search(folded[max(0, hit.start() - BEFORE_WINDOW):
                                                                          hit.start()])):
                return True
    return False


def court_step(mention: Mention) -> bool:
    """The telling's trigger is a ruling only asked for or put off ("a requis une amende", "reserved her ruling")."""
    return _court_step(mention.lang, mention.sentence, mention.trigger)


def shown_type(best: Mention, members: Sequence[Mention]) -> str:
    """The type an event's row shows: its best telling's, but ``other`` for a ``decision`` whose every ``decision``
    telling is a court step."""
    if best.event_type == "decision" and all(court_step(m) for m in members if m.event_type == "decision"):
        return "other"
    return best.event_type
