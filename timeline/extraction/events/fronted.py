"""A fronted subordinate clause keeps its date (issue 13): "After the minister resigned on Monday, the parliament held
a vote", "Alors que les syndicats manifestaient lundi, le Sénat a adopté la réforme". A clause opened by a
conjunction of time or contrast (``fronted_openers`` in ``lang/*/triggers.yaml``) at the start of a sentence and
closed by a comma dates the happening it tells, not the main clause's; and a date of the main clause does not date
the happening of the fronted clause. A clause with no trigger of its own ("While in Berlin on Monday, the minister
met ...") keeps nothing apart: its date frames the main clause."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from timeline import lang as lexicon
from timeline.extraction.events.triggers import _Trigger
from timeline.extraction.sentences import Span
from timeline.models import DateMention

#: The clause ends at the first comma (or semicolon) after its opener, at most this many characters in.
CLAUSE_REACH = 200


@functools.cache
def _opener(lang: str) -> re.Pattern[str] | None:
    words = [w for w in lexicon.load(f"{lang}/triggers").get("fronted_openers") or () if w]
    if not words:
        return None
    body = "|".join(sorted(words, key=len, reverse=True))
    return re.compile(rf"[\s\"«“'(-]*(?:{body})(?![\w'])")


def fronted_clause(lang: str, folded: str, sentence: Span) -> tuple[int, int] | None:
    """(start, end) of the fronted subordinate clause that opens ``sentence``, or None."""
    pattern = _opener(lang)
    if pattern is None:
        return None
    match = pattern.match(folded, sentence.start, sentence.end)
    if match is None:
        return None
    close = re.compile(r"[,;]\s").search(folded, match.end(), min(sentence.end, match.end() + CLAUSE_REACH))
    return (sentence.start, close.start()) if close else None


def kept_apart(clause: tuple[int, int] | None, triggers: Sequence[_Trigger], trigger: _Trigger,
               date: DateMention) -> bool:
    """True when the date and the trigger stand on either side of the end of a fronted clause that holds a trigger
    of its own: the date belongs to its own side only."""
    if clause is None:
        return False
    start, end = clause
    date_in = start <= date.start and date.end <= end
    trigger_in = start <= trigger.start and trigger.end <= end
    if date_in == trigger_in:
        return False
    return any(start <= t.start and t.end <= end and not t.excluded for t in triggers)
