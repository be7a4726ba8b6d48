"""Step 4d: two happenings of one day told in one sentence ("Le ministre a inauguré l'usine mardi et a rencontré
les syndicats", "On Monday the council approved the budget and the mayor resigned").

The pairing gives each date one trigger. A verb of another type in a conjunct joined by ``same_day_links``
("and", "et") after both the paired trigger and its day is a second happening of that day: it gets a row of its
own, with its own type. The same happening named twice keeps one row: a conjunct of the same type ("se sont réunis
mardi et ont tenu une réunion") or of a pair of types one happening is told with (``one_happening_types``: a crowd
that gathers and demonstrates; the row takes the pair's last type, the protest, whichever verb the day was paired
with), a noun pointing back ("et sa démission a surpris"), a verb of saying ("and said").
A conjunct in the future, a relative clause or a date of its own tells another day.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence

from timeline import lang as lexicon
from timeline.extraction.events.pairing import _Proto
from timeline.extraction.events.status_cues import denied_or_hedged
from timeline.extraction.events.triggers import _Trigger
from timeline.extraction.events.vocabulary import Rules
from timeline.extraction.sentences import Span
from timeline.models import DateMention

__all__ = ["coordinated"]

#: Words at most between the link and the second verb: its subject and auxiliary ("et le maire a démissionné").
LINK_REACH = 6
#: What closes the first conjunct: a clause of its own follows, no conjunct of the same day.
_CLOSED = re.compile(r"[;:()«»\"“”]|\s[-–—]\s")
#: A relative or subordinate clause opening the second conjunct: its verb is not the day's.
_SUBORDINATE = re.compile(r"\b(?:qui|que|qu'|dont|ou|lorsque|quand|which|who|that|when|where|after|before|apres|"
                          r"avant)\b")
#: A score below any pairing's: the row comes after the paired ones.
COORDINATED_SCORE = -100.0


@functools.cache
def _naming_types(lang: str) -> dict[frozenset[str], str]:
    """Each ``one_happening_types`` pair and the type that names its one happening: the pair's last."""
    pairs = lexicon.load(f"{lang}/triggers").get("one_happening_types") or ()
    return {frozenset(str(t) for t in pair): str(pair[-1]) for pair in pairs}


def _naming_type(lang: str, types: frozenset[str]) -> str | None:
    return _naming_types(lang).get(types)


def _end(trigger: _Trigger) -> int:
    return max(trigger.end, trigger.np_end) if trigger.kind == "noun" else trigger.end


def _second(rules: Rules, folded: str, sentence: Span, proto: _Proto, trigger: _Trigger,
            dates: Sequence[DateMention]) -> str | None:
    """Is ``trigger`` a verb of another type in a conjunct of the same day as ``proto``: the two on either side of
    a link, the day before the link ("a inauguré l'usine mardi et a rencontré", "On Monday the council approved the
    budget and the mayor resigned"; the paired trigger may be the second one, "met the king on Tuesday and visited a
    school"), no date after it? "add" then; "swap" when the paired trigger is the second one and its conjunct is in
    the future ("a inauguré l'usine mardi et rencontrera les syndicats": the day is the inauguration's); else None."""
    first = proto.trigger
    types = frozenset((trigger.event_type, first.event_type))
    one = types in rules.one_happening  # "s'est réunie place de la République et a manifesté": one protest
    if (trigger.kind != "verb" or trigger.excluded or trigger.generic or trigger.subordinate or trigger.relative >= 0
            or len(types) == 1 or "other" in types or rules.same_day_links is None):
        return None
    early, late = (first, trigger) if first.start < trigger.start else (trigger, first)
    date = proto.date
    opening = max(_end(early), date.end if date.start > early.start else _end(early))
    if late.start <= opening or date.start >= late.start:
        return None
    links = list(rules.same_day_links.finditer(folded, opening, late.start))
    if not links or _CLOSED.search(folded, _end(early), late.start):
        return None
    link = links[-1]
    if len(folded[link.end() : late.start].split()) > LINK_REACH or _SUBORDINATE.search(
            folded, min(date.end, _end(early)), late.start):
        return None  # "visited the province, where they toured the zone and met": a relative clause's verbs
    if denied_or_hedged(rules.lang, folded, sentence, trigger.start, trigger.end, False):
        return None  # "met on Tuesday and did not vote": no second happening
    if any(link.end() <= d.start < sentence.end for d in dates):
        return None  # "et démissionnera en juin": a date of its own conjunct
    if rules.future and rules.future.search(folded, link.end(), late.end):
        return "swap" if late is first and not one else None
    if one:  # protest: one row, typed by the pair's last type (its verb names the happening)
        return "swap" if trigger.event_type == _naming_type(rules.lang, types) else None
    return "add"


def coordinated(rules: Rules, folded: str, sentence: Span, triggers: Sequence[_Trigger], protos: list[_Proto],
                dates: Sequence[DateMention]) -> list[_Proto]:
    """Step 4d: a row for each verb of another type that a same-day conjunct adds to a day-dated pairing; the day
    moved to the first conjunct's verb when the paired one is a future's of the second."""
    used = {p.trigger.start for p in protos}
    out: list[_Proto] = []
    extra: list[_Proto] = []
    for proto in protos:
        if proto.until or proto.date.precision != "day":
            out.append(proto)
            continue
        for trigger in triggers:
            reading = None if trigger.start in used else _second(rules, folded, sentence, proto, trigger, dates)
            if reading is None:
                continue
            used.add(trigger.start)
            if reading == "swap":
                proto = dataclasses.replace(proto, trigger=trigger, end_date=None)
                break
            extra.append(dataclasses.replace(proto, trigger=trigger, score=COORDINATED_SCORE, end_date=None))
        out.append(proto)
    return out + extra
