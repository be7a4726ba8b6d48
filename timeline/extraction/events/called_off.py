"""A schedule undone is no happening on its day (round eighteen, a narrowing).

"The swimming gala planned for Thursday has been postponed", "il a annulé sa visite officielle prévue pour le 31
janvier", "the council called off the hearing scheduled for 3 May": the date is the noun's schedule (its participle of
a plan holds it, events/participles.py) and the sentence says the plan was called off, postponed or moved. Nothing
happens on that day, so the noun takes no row from it (docs/ANNOTATION.md: a negated or hypothetical happening is
no row). The undoing verb either governs the noun as its object, right before its phrase ("a annulé sa visite",
"postponed the vote"), or follows the date as the noun's passive predicate ("has been postponed", "a été annulée").
A new date of the moved happening ("postponed to 5 June", "reportée au 5 juin") is not held by a participle of a
plan, so it still dates the happening. Counted on real-news dev half B and written batch h's dev half
(docs/BENCHMARKS.md, "Spurious rows that are no events, round eighteen"). Word families: ``called_off`` in
lang/<lang>/triggers.yaml (folded regular expressions).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from timeline import lang as lexicon
from timeline.extraction.events.participles import Held
from timeline.extraction.events.triggers import _Trigger
from timeline.models import DateMention

#: Words at most between an undoing verb and the noun it governs ("a annulé sa visite officielle": two), and between
#: the auxiliary after the date and the undoing participle ("a finalement été annulée": two).
OBJECT_WORDS = 3
AUXILIARY_WORDS = 3
#: Characters at most looked back from a date for a plan told in the past, in its clause ("were to take delivery in
#: May", "the summit was due to open on Saturday"), and between the plan's date and the contrast that undoes it.
PLAN_REACH = 60
CONTRAST_REACH = 40


@dataclass(frozen=True)
class _Cues:
    before: re.Pattern[str] | None
    """Ends right before a noun's phrase: an undoing verb and a few words ("cancelled the ", "a annulé sa ")."""
    after: re.Pattern[str] | None
    """Matches right after a date: an auxiliary, a few words, an undoing participle (" has been postponed")."""
    past_plan: re.Pattern[str] | None = None
    """A plan told in the past ("were to", "was due to", "devait")."""
    but_not: re.Pattern[str] | None = None
    """Matches after a plan's date: a contrast and what undoes the plan (", but will now", "mais a été reportée")."""
    originally: re.Pattern[str] | None = None
    """Ends right before a date: a plan told as changed ("originally scheduled for ", "initialement prévu le ")."""


@functools.cache
def _cues(lang: str) -> _Cues:
    triggers = lexicon.load(f"{lang if lang in ('fr', 'en') else 'en'}/triggers")
    table = triggers.get("called_off") or {}
    verbs = [str(v) for v in table.get("verbs") or ()]
    auxiliaries = [re.escape(lexicon.fold(str(a))) for a in table.get("auxiliaries") or ()]
    if not verbs:
        return _Cues(None, None)
    first = [re.escape(lexicon.fold(str(w))) for w in table.get("originally") or ()]
    own = triggers.get("participle_dates") or {}
    ahead = [re.escape(lexicon.fold(str(w))) for w in own.get("ahead") or ()]
    tails = [re.escape(lexicon.fold(str(w))) for w in [*(own.get("tail") or ()), "le", "on", "in", "en"]]
    originally = re.compile(rf"\b(?:{'|'.join(first)})\s+(?:{'|'.join(ahead)})(?:\s+(?:{'|'.join(tails)}))*\s+$") \
        if first and ahead else None
    undo = "|".join(f"(?:{v})" for v in verbs)
    before = re.compile(rf"\b(?:{undo})(?:\s+[\w'’-]+){{0,{OBJECT_WORDS}}}\s+$")
    after = re.compile(rf"\s+(?:{'|'.join(auxiliaries)})(?:\s+[\w'’-]+){{0,{AUXILIARY_WORDS - 1}}}?\s+(?:{undo})\b") \
        if auxiliaries else None
    plans = [re.escape(lexicon.fold(str(p))) for p in table.get("past_plans") or ()]
    contrasts = [re.escape(lexicon.fold(str(c))) for c in table.get("contrasts") or ()]
    instead = [re.escape(lexicon.fold(str(w))) for w in table.get("instead") or ()]
    if not (plans and contrasts):
        return _Cues(before, after, originally=originally)
    past_plan = re.compile(rf"\b(?:{'|'.join(plans)})\b")
    but_not = re.compile(rf"[^.;!?]{{0,{CONTRAST_REACH}}}?[\s,]\s*(?:{'|'.join(contrasts)})\b(?:\s+[\w'’-]+){{0,"
                         rf"{AUXILIARY_WORDS}}}?\s+(?:{'|'.join([*instead, undo])})\b")
    return _Cues(before, after, past_plan, but_not, originally)


def undone(lang: str, folded: str, trigger: _Trigger, date: DateMention, held: Held | None) -> bool:
    """Whether ``date`` is the day of a plan the sentence calls off or moves (``called_off``), of a plan told in the
    past that a contrast right after its date undoes (``plan_undone``), or a plan's first day (``moved``)."""
    return called_off(lang, folded, trigger, date, held) or plan_undone(lang, folded, date) or moved(lang, folded, date)


def moved(lang: str, folded: str, date: DateMention) -> bool:
    """Whether ``date`` is a plan's first day, told as changed since ("the vote, originally scheduled for Saturday,
    will take place on March 21", "le vote initialement prévu samedi"): nothing happens on it, and no trigger takes
    it; the new day, if the text gives one, still dates the happening."""
    cues = _cues(lang)
    if cues.originally is None:
        return False
    return cues.originally.search(folded, max(0, date.start - PLAN_REACH), date.start) is not None


def plan_undone(lang: str, folded: str, date: DateMention) -> bool:
    """Whether ``date`` is the day of a plan told in the past in its clause ("were to take delivery in May", "the
    summit was due to open on Saturday", "devait se tenir lundi") that a contrast right after undoes ("..., but will
    now receive it in June", "..., mais elle a été reportée"): nothing happened on that day, and no trigger takes it,
    neither the plan's nor the undoing verb's. Without the contrast, the plan stays a row (docs/ANNOTATION.md: a past
    day's "devait", "was to" without its outcome has no status)."""
    cues = _cues(lang)
    if cues.past_plan is None or cues.but_not is None:
        return False
    clause = re.split(r"[.;:!?,()]", folded[max(0, date.start - PLAN_REACH) : date.start])[-1]
    return bool(cues.past_plan.search(clause)) and cues.but_not.match(folded, date.end) is not None


def called_off(lang: str, folded: str, trigger: _Trigger, date: DateMention, held: Held | None) -> bool:
    """Whether ``date``, a noun trigger's schedule (``held`` by a participle of a plan after the noun), is the day of
    a happening the sentence calls off or moves: the noun is the object of an undoing verb ("cancelled the gala
    planned for Thursday") or the subject of its passive ("the gala planned for Thursday has been postponed")."""
    if trigger.kind != "noun" or held is None or not held.ahead or held.start < trigger.end:
        return False
    cues = _cues(lang)
    if cues.before is not None and cues.before.search(folded, max(0, trigger.np_start - 80), trigger.np_start):
        return True
    return cues.after is not None and cues.after.match(folded, date.end) is not None
