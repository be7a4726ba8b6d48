"""A happening named by a purpose phrase gives way to the act that pursues it (issue 13, round thirty-four, typ34).

"La préfecture a signé un arrêté pour proscrire tout rassemblement ce dimanche", "The union called a meeting on
Monday in order to prepare the strike": the phrase opened by a purpose cue (``purpose_cues`` in
``lang/*/triggers.yaml``: "pour" or "afin de" before an infinitive, "in order to", "so as to") names what the act
of its clause aims at, not the act. When the clause holds a typed trigger of its own before the phrase (the act:
the ban's order, the meeting), the phrase's trigger gives way to it for any date of the sentence: the row is the
act's, typed by it, instead of the stronger word the phrase holds. A phrase after an act with no typed word ("left
Kinshasa on Tuesday for Nairobi to take part in the forum": "left" is no typed trigger) keeps its trigger: the row
is not lost, and no row falls back to ``other`` beside a typed word.

The phrase runs from its cue to the next clause stop (a comma, a semicolon, a colon, a bracket, a dash) or the end
of the sentence.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from timeline import lang as lexicon
from timeline.extraction.events.spans import _clause_breaks
from timeline.extraction.events.triggers import _Trigger
from timeline.extraction.sentences import Span

#: What ends a purpose phrase: a clause stop.
_PHRASE_END = re.compile(r"[;:()]|,\s|\s[-–—]\s")


@functools.cache
def _cue(lang: str) -> re.Pattern[str] | None:
    """``purpose_cues`` of lang/<lang>/triggers.yaml (folded regular expressions) as one pattern of whole words."""
    cues = [c for c in lexicon.load(f"{lang}/triggers").get("purpose_cues") or () if c]
    if not cues:
        return None
    return re.compile(rf"(?<![\w'])(?:{'|'.join(sorted(cues, key=len, reverse=True))})(?:(?<=')|(?![\w']))")


def purpose_phrases(lang: str, folded: str, sentence: Span) -> list[tuple[int, int]]:
    """(start, end) of each purpose phrase of ``sentence``: its cue, up to the next clause stop."""
    pattern = _cue(lang)
    if pattern is None:
        return []
    out = []
    for match in pattern.finditer(folded, sentence.start, sentence.end):
        stop = _PHRASE_END.search(folded, match.end(), sentence.end)
        out.append((match.start(), stop.start() if stop else sentence.end))
    return out


def gives_way(folded: str, phrases: Sequence[tuple[int, int]], triggers: Sequence[_Trigger],
              trigger: _Trigger) -> bool:
    """True when ``trigger`` stands in a purpose phrase after a typed trigger of the phrase's own clause (the act):
    "a signé un arrêté pour proscrire tout rassemblement", "called a meeting in order to prepare the strike"."""
    for start, end in phrases:
        if not (start <= trigger.start and trigger.end <= end):
            continue
        return any(not t.excluded and t.event_type != "other" and t is not trigger and t.end <= start
                   and not any(s <= t.start and t.end <= e for s, e in phrases)
                   and not _clause_breaks(folded, t.end, start) for t in triggers)
    return False


def yielding_triggers(lang: str, folded: str, sentence: Span, triggers: Sequence[_Trigger]) -> frozenset[int]:
    """The starts of the triggers of ``sentence`` that give way to the act of their clause (``gives_way``)."""
    phrases = purpose_phrases(lang, folded, sentence)
    if not phrases:
        return frozenset()
    return frozenset(t.start for t in triggers if gives_way(folded, phrases, triggers, t))
