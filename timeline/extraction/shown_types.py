"""The type a merged row shows, read again on its tellings: a word that is not what its type says (round twenty-two,
typ22), an ``other`` telling whose own words name a family (typ22b).

Two families of rules, both showing ``other``:
- *court steps* (``court_steps``): a ruling or a sentence only asked for ("le procureur a requis une amende",
  "prosecutors sought a conviction") or whose giving is put off ("the judge reserved her ruling", "le jugement a été
  mis en délibéré") is not given: a court step, ``other`` (docs/ANNOTATION.md: court steps without a ruling), not the
  ``decision`` of its noun; put off to a day the sentence names ("au 12 mars", "until 4 March"), that day is the
  ruling's and the type stays (``unless_after``);
- *other senses* (``other_senses``): a word read in another sense by the words around it: the summit of a mountain,
  a pass or a building is a place, not a leaders' summit ("au sommet du mont", "the summit of the tower"); a
  reflexive "s'arrêter" is to stop, not an arrest ("la production s'arrêtera"); a rocket that "lifted off" is
  launched, not a ban lifted (round twenty-one's class S, typ21, read here on the row).

And the other way round (round twenty-two's second wave, typ22b), a row typed ``other`` shows the family its own
words name (each rule's ``type``):
- *occasion families* (``occasion_families``): a thing presented at a press conference is told by the conference
  (``conference``), one presented to councillors, a board or at a council meeting by the meeting (``meeting``);
- *own nouns* (``own_nouns``): a generic verb whose own subject or object is a noun of a family that no trigger list
  holds alone: "un hommage lui sera rendu" (``ceremony``), "the outage began", "la panne a commencé" (``incident``),
  "will hold an investor day" (``conference``).
A row shows such a family when every one of its ``other`` tellings names the same.

And (round twenty-four, typ24) a row an occasion typed shows the family of the act done at it (``occasion_acts``):
"the board approved the appointment at a meeting on Wednesday" (``election``), "ils ont entamé une grève de la faim
à l'occasion de l'anniversaire" (``protest``), "the treaty was signed at a ceremony" (``decision``): the converse of
``occasion_families`` (a verb of no family is told by its occasion, an act of a family is not). A row shows the act's
family when every telling of its best telling's type names the same.

Read on the merged row, never on the telling: each telling keeps its trigger's type for pairing, deduplication and
merging, so the rows are those the triggers make and only the type a row shows moves (round twenty-one: a type change
that moves which rows exist or merge is no type change; typ21 retyped the tellings and was dropped). A row shows
``other`` when every telling of its best telling's type is such a word.

Rules as data in lang/{fr,en}/triggers.yaml, each the words (``trigger``), the words after them (``objects``, within
``reach`` words) or before them (``before``) that tell the other reading, and ``unless_after``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from timeline import lang as lexicon
from timeline.models import Mention

__all__ = ["act_type", "family_type", "not_its_type", "shown_type"]

#: Characters before the word that ``before`` reads (as the ``retype`` rules of events/vocabulary.py).
BEFORE_WINDOW = 120

#: The data keys of lang/*/triggers.yaml read here: rules showing ``other`` on a row of another type.
KEYS = ("court_steps", "other_senses")

#: The data keys of rules showing a family (each rule's ``type``) on a row typed ``other`` (round twenty-two, typ22b).
FAMILY_KEYS = ("occasion_families", "own_nouns")

#: The data key of rules showing the family of an act done at an occasion on the row the occasion typed (typ24).
ACT_KEYS = ("occasion_acts",)


@dataclass(frozen=True)
class _Rule:
    trigger: re.Pattern[str]
    after: re.Pattern[str] | None
    before: re.Pattern[str] | None
    unless: re.Pattern[str] | None
    shows: str = "other"
    window: int = BEFORE_WINDOW


def _alternation(patterns: Sequence[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


@functools.cache
def _rules(lang: str, keys: tuple[str, ...] = KEYS) -> tuple[_Rule, ...]:
    data = lexicon.load(f"{'fr' if lang == 'fr' else 'en'}/triggers")
    rules = []
    for r in [r for key in keys for r in data.get(key) or ()]:
        objects, before, unless = r.get("objects"), r.get("before"), r.get("unless_after")
        rules.append(_Rule(
            trigger=re.compile(rf"(?<![\w-])(?:{_alternation(r['trigger'])})(?!\w)"),
            after=re.compile(rf"^\W*(?:\w+\W+){{0,{int(r.get('reach', 0))}}}(?:{_alternation(objects)})(?!\w)")
            if objects else None,
            before=re.compile(_alternation(before)) if before else None,
            unless=re.compile(rf"^[^.;]{{0,60}}?(?:{_alternation(unless)})") if unless else None,
            shows=str(r.get("type", "other")), window=int(r.get("window", BEFORE_WINDOW))))
    return tuple(rules)


@functools.cache
def _any_trigger(lang: str, keys: tuple[str, ...]) -> re.Pattern[str] | None:
    """The words of every rule of ``keys`` in one pattern: where none is found no rule reads the sentence (one scan
    instead of one per rule); None when ``keys`` holds no rule."""
    data = lexicon.load(f"{'fr' if lang == 'fr' else 'en'}/triggers")
    words = [w for key in keys for r in data.get(key) or () for w in r["trigger"]]
    return re.compile(rf"(?<![\w-])(?:{_alternation(words)})(?!\w)") if words else None


@functools.lru_cache(maxsize=4096)
def _other_reading(lang: str, sentence: str, trigger: str, keys: tuple[str, ...] = KEYS) -> str | None:
    """The type the first rule of ``keys`` that reads the telling's trigger in this sentence shows, or None."""
    folded, word = lexicon.fold(sentence), lexicon.fold(trigger).strip()
    found = _any_trigger(lang, keys)
    if found is None or not found.search(folded):
        return None
    for rule in _rules(lang, keys):
        for hit in rule.trigger.finditer(folded):
            found = hit.group(0)
            if not word or (found not in word and word not in found):
                continue  # another word of the sentence, not the telling's trigger
            after = folded[hit.end():]
            if rule.unless is not None and rule.unless.match(after):
                continue
            if (rule.after is not None and rule.after.match(after)) or (
                    rule.before is not None and rule.before.search(folded[max(0, hit.start() - rule.window):
                                                                          hit.start()])):
                return rule.shows
    return None


def not_its_type(mention: Mention) -> bool:
    """The telling's trigger is not what its type says: a ruling only asked for or put off ("a requis une amende",
    "reserved her ruling"), a word read in another sense ("au sommet du mont", "s'arrêtera", "lifted off")."""
    return _other_reading(mention.lang, mention.sentence, mention.trigger) is not None


def family_type(mention: Mention) -> str | None:
    """The family an ``other`` telling's own words name: the occasion of a thing presented at a press conference
    (``conference``) or to councillors (``meeting``); a generic verb's own noun of a family no trigger list holds
    ("un hommage lui sera rendu": ``ceremony``; "the outage began": ``incident``; "will hold an investor day":
    ``conference``); None when no rule of ``FAMILY_KEYS`` reads it."""
    return _other_reading(mention.lang, mention.sentence, mention.trigger, FAMILY_KEYS)


def act_type(mention: Mention) -> str | None:
    """The family of the act done at the occasion that typed the telling ("approved the appointment at a meeting":
    ``election``; "a entamé une grève de la faim à l'occasion de l'anniversaire": ``protest``), or None."""
    return _other_reading(mention.lang, mention.sentence, mention.trigger, ACT_KEYS)


def shown_type(best: Mention, members: Sequence[Mention]) -> str:
    """The type an event's row shows: its best telling's, but ``other`` when every telling of that type is not what
    the type says, the family of the act done at an occasion when every telling of that type names the same, and
    the family an ``other`` row's own words name when every ``other`` telling names the same."""
    if best.event_type != "other" and all(not_its_type(m) for m in members if m.event_type == best.event_type):
        return "other"
    if best.event_type != "other":
        acts = {act_type(m) for m in members if m.event_type == best.event_type}
        if len(acts) == 1 and None not in acts:
            return acts.pop()
    if best.event_type == "other":
        named = {family_type(m) for m in members if m.event_type == "other"}
        if len(named) == 1 and None not in named:
            return named.pop()
    return best.event_type
