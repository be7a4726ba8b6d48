"""What a date closing its sentence may make: its row yields to the story's typed row of its day, and an ``other``
row stands only when its verb tells a happening (round thirty-six, mis36, issue 13).

predicates._closing_predicate (round thirty-five, mis35) dates the verb of a clause whose date ends the sentence,
beyond the predicate reach ("Harbour United clinched the cup ... at the Westfield Road ground on Sunday"). It raised
recall on every dev source, but its rows were mostly typed ``other``, beside a typed row of their story telling the
same happening again, and the written sets' test floors (precision, types) fell: round thirty-two's lesson (a new
path to rows needs a type, or a merge into the typed row of its story first). So, for each closing row:

    (a) a row of the closing path typed ``other`` whose story already has a typed row on its day is that row told
        again: it is dropped, the typed row stands; a typed closing row whose story has ``other`` rows on its day
        gives them its type and yields to them;
    (b) a closing row typed by its verb's lemma, its object or its frame (predicates.py, as any predicate) or by who
        acts (protesters.crowd_typed) keeps that type;
    (c) an ``other`` row left stands only when its verb is a happening the vocabulary knows: a lemma of the trigger
        vocabulary (``lemmas`` of lang/<lang>/triggers.yaml, ``other`` included), read by rule from its form. A
        class of happening verbs of its own (``closing_happenings``, 78 English and 57 French lemmas: "clinch",
        "commission", "repeindre") kept more dev rows, and the gate failed a written test floor of types (e) with it
        (docs/BENCHMARKS.md, mis36).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from timeline.extraction.events.finite_verbs import lemma_of
from timeline.extraction.events.pairing import _Proto
from timeline.extraction.events.verb_shapes import lemma_types

__all__ = ["closing_rows", "happening_verb", "verb_bases"]


#: A French past participle's agreement endings, folded ("appeles" -> "appel").
_FR_PARTICIPLE = re.compile(r"(?:e|i|u)(?:e|es|s)?$")


def verb_bases(lang: str, verb: str) -> frozenset[str]:
    """The lemmas a verb form's last word may have, by rule: English "-ed" and "-d" pasts ("clinched" -> "clinch",
    "placed" -> "place"), a French past participle ("repeint", "releves" -> "relever"), or the irregular forms of
    lang/<lang>/finite_verbs.yaml (``lemma_of``)."""
    words = verb.split()
    if not words:
        return frozenset()
    last = words[-1].removeprefix("s'")
    bases = {last}
    known = lemma_of(lang, verb)
    if known:
        bases.add(known)
    if lang == "en":
        if last.endswith("ied"):
            bases.add(last[:-3] + "y")
        if last.endswith("ed"):
            bases.update({last[:-2], last[:-1]})
            if len(last) > 4 and last[-3] == last[-4]:
                bases.add(last[:-3])  # "stopped" -> "stop"
    else:
        stem = _FR_PARTICIPLE.sub("", last)
        if stem != last or last.endswith("e"):
            bases.update({stem + "er", stem + "ir", stem + "re", stem})
        if last.endswith("t"):
            bases.add(last[:-1] + "dre")  # "peint" -> "peindre" (read with "repeint")
    return frozenset(bases)


def happening_verb(lang: str, verb: str) -> bool:
    """The verb tells a happening: one of its lemmas is one the trigger vocabulary types (``lemmas`` of
    lang/<lang>/triggers.yaml, ``other`` included: "launch", "land", "lancer")."""
    return any(b in lemma_types(lang) for b in verb_bases(lang, verb))


def closing_rows(lang: str, folded: str, protos: Sequence[_Proto]) -> list[_Proto]:
    """The protos, the closing path's ``other`` rows that retell a typed row of their story's day (a) or tell no
    happening (c) left out; a typed closing row on the day of ``other`` rows of its story is their telling with a
    type: they take its type and it yields to them ("protesters set barricades alight ... on Friday 12 June" and the
    story's untyped row of that Friday)."""
    typed = {(p.story, p.date.value) for p in protos
             if p.trigger.event_type != "other" and not p.trigger.closing and p.date.precision == "day"}
    untyped = {(p.story, p.date.value) for p in protos
               if p.trigger.event_type == "other" and not p.trigger.closing and p.date.precision == "day"}
    retype: dict[tuple[int, object], str] = {}
    out = []
    for proto in protos:
        trigger, key = proto.trigger, (proto.story, proto.date.value)
        if not trigger.closing:
            out.append(proto)
        elif trigger.event_type == "other":
            if key not in typed and happening_verb(lang, folded[trigger.start : trigger.end]):
                out.append(proto)
        elif key in untyped:
            retype.setdefault(key, trigger.event_type)
        else:
            out.append(proto)
    if not retype:
        return out
    return [dataclasses.replace(p, trigger=dataclasses.replace(p.trigger, event_type=retype[(p.story, p.date.value)]))
            if not p.trigger.closing and p.trigger.event_type == "other" and p.date.precision == "day"
            and (p.story, p.date.value) in retype else p for p in out]
