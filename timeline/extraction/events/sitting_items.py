"""Step 7d: a sitting's items told after it without a date take the sitting's day (round twenty-nine, two29).

A report of a council's, a parliament's or a cabinet's sitting dates the sitting once and then goes item by item:
"The council met on Monday with four items on its agenda. [...] The council also approved the sale of the depot.",
"Le conseil s'est réuni lundi. [...] Le budget supplémentaire a été adopté par 28 voix contre 2." Each adopted item
is a happening of its own (docs/ANNOTATION.md: a sitting and each decision it takes are rows), but its sentence holds
no date, so pairing never saw it and the sitting's row took the day alone (loss_by_stage: "vi merged, one telling for
two rows").

Only such a sentence is read so: it holds no date and no pair of its own, its first typed verb is a decision or a
vote (``sitting_items.item_types`` in lang/<lang>/triggers.yaml), not in a relative or background clause, neither
denied nor in the future or a plan, with no auxiliary of an earlier past before it (``earlier``: "had approved",
"avait adopté"), not opening on the frame of a text or programme (``framed_openers``: "As part of a law, ..."), no
saying in it (``sayings``: its speaker would come out as the item's actor), and its subject is
the sitting's body named by its kind or its members right before the verb (``subjects``: "the council", "members",
"le conseil", "l'assemblée", "les élus"). A passive is not read so: on the dev sets it retold the day's decision
("was sentenced", "a été adopté"). It takes the day of the last dated sentence of its story when that sentence tells
a sitting (``sitting_types``: a session, or a decision or a vote whose sentence names a body of ``subjects``) of one
day, not in the future; any other dated sentence in between stops the lending, and so do more than ``ITEM_REACH``
sentences. Step 8 gives an item its sitting's sentence as context (``sitting_contexts``): the body it names by its
kind is shown by its own name.

Merging keeps such an item apart from a telling of its type of another sentence (``merge_apart.apart``,
``LENT_ITEM``): two items of one sitting are two decisions, one story and one day notwithstanding.

This is not the plain "a dateless sentence takes the day before it" (mis25 measured it and dropped it): only a decision
told of the sitting's own body, right after the sitting, is read so.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from timeline import lang as lexicon
from timeline.extraction.events.pairing import _Proto
from timeline.extraction.events.status_cues import denied_or_hedged
from timeline.extraction.events.triggers import _Trigger
from timeline.extraction.events.vocabulary import Rules
from timeline.extraction.events.wordlists import _words_re
from timeline.extraction.sentences import Span
from timeline.models import DateMention

__all__ = ["ITEM_REACH", "names_body", "sitting_contexts", "sitting_items"]

#: An item stands at most this many sentences after its sitting's dated sentence: a report's run of items, not a
#: later paragraph of background.
ITEM_REACH = 8
#: The subject word stands at most this many words before the verb ("Le conseil a aussi approuvé").
SUBJECT_WORDS = 4


@functools.cache
def _data(lang: str) -> dict[str, object]:
    return lexicon.load(f"{lang}/triggers").get("sitting_items") or {}


@functools.cache
def _pattern(lang: str, key: str) -> re.Pattern[str] | None:
    words = _data(lang).get(key) or ()
    return _words_re([lexicon.fold(str(w)) for w in words]) if words else None  # type: ignore[union-attr]


def _types(lang: str, key: str) -> frozenset[str]:
    return frozenset(str(t) for t in _data(lang).get(key) or ())  # type: ignore[union-attr]


def _ahead(rules: Rules, folded: str, sentence: Span) -> bool:
    return any(p is not None and p.search(folded, sentence.start, sentence.end) for p in (rules.future, rules.planned))


def _sitting_day(rules: Rules, folded: str, sentence: Span, protos: Sequence[_Proto]) -> DateMention | None:
    """The one past day of a sitting this dated sentence tells, else None."""
    kinds = _types(rules.lang, "sitting_types")
    body = names_body(rules.lang, folded[sentence.start : sentence.end])
    days = [p.date for p in protos if p.trigger.event_type in kinds and (body or p.trigger.event_type == "session")
            and not p.until and p.end_date is None
            and p.date.precision == "day" and p.date.end_value is None and p.date.open_end is None]
    if len({d.value for d in days}) != 1 or len({p.date.value for p in protos}) != 1 or _ahead(rules, folded, sentence):
        return None
    return days[0]


def names_body(lang: str, folded: str) -> bool:
    """The folded text names a sitting's body by its kind or its members (``subjects``); merging asks it too."""
    subjects = _pattern(lang, "subjects")
    return subjects is not None and subjects.search(folded) is not None


def _subject(lang: str, folded: str, sentence: Span, trigger: _Trigger) -> bool:
    """The sitting's body is the verb's subject: named right before it."""
    words = folded[sentence.start : trigger.start].split()
    return names_body(lang, " ".join(words[-SUBJECT_WORDS - 2 :]))


def _item(rules: Rules, folded: str, sentence: Span, triggers: Sequence[_Trigger]) -> _Trigger | None:
    """The sentence's first typed verb when it is a decision or a vote of the sitting's body, told in the past."""
    first = next((t for t in triggers if t.kind == "verb" and t.event_type != "other"
                  and not (t.excluded or t.subordinate or t.genitive or t.generic) and t.relative < 0), None)
    if first is None or first.event_type not in _types(rules.lang, "item_types"):
        return None
    earlier = _pattern(rules.lang, "earlier")
    if earlier is not None and earlier.search(folded, sentence.start, first.end):
        return None  # "had approved", "avait adopté": a step before the sitting
    if denied_or_hedged(rules.lang, folded, sentence, first.start, first.end, False):
        return None
    framed = _pattern(rules.lang, "framed_openers")
    opening = framed.search(folded, sentence.start, first.start) if framed is not None else None
    if opening is not None and not folded[sentence.start:opening.start()].strip(" \"'«“"):
        return None  # "As part of a law ..., lawmakers voted ...": a detail of the text, not an item of the sitting
    sayings = _pattern(rules.lang, "sayings")
    if sayings is not None and sayings.search(folded, sentence.start, sentence.end):
        return None  # "approved the order after the minister said ...": the speaker would come out as its actor
    return first if _subject(rules.lang, folded, sentence, first) else None


def sitting_items(rules: Rules, folded: str, protos: list[_Proto], triggers_by_sentence: dict[int, list[_Trigger]],
                  dates: Sequence[DateMention], sentences: Sequence[Span], sentence_story: Sequence[int]
                  ) -> list[_Proto]:
    """The items of each story's sitting told without a date (see the module), with the sitting's day."""
    if not sentences or not protos or not _data(rules.lang):
        return protos
    starts = [s.start for s in sentences]
    with_date = {bisect.bisect_right(starts, d.start) - 1 for d in dates}
    by_sentence: dict[int, list[_Proto]] = {}
    for proto in protos:
        by_sentence.setdefault(proto.sentence_index, []).append(proto)
    lent: dict[int, tuple[DateMention, int] | None] = {}
    added: list[_Proto] = []
    for index, sentence in enumerate(sentences):
        story = sentence_story[index]
        if index in with_date:
            found = [p for p in by_sentence.get(index, ()) if not p.inherited]
            day = _sitting_day(rules, folded, sentence, found) if found else None
            lent[story] = (day, index) if day is not None else None
            continue
        held = lent.get(story)
        if held is None or index in by_sentence or index - held[1] > ITEM_REACH or _ahead(rules, folded, sentence):
            continue
        trigger = _item(rules, folded, sentence, triggers_by_sentence.get(index, ()))
        if trigger is not None:
            added.append(_Proto(sentence, index, story, trigger, held[0], False, 0.0, inherited=True))
    return sorted([*protos, *added], key=lambda p: (p.sentence.start, p.date.start)) if added else protos


def sitting_contexts(lang: str, folded: str, protos: Sequence[_Proto], contexts: list[list[int]],
                     sentences: Sequence[Span]) -> None:
    """Step 8 for the items: the sitting's sentence joins an item's context, so that the body the item names by its
    kind ("le conseil", "members") is shown by the sitting's own name (an inherited decision or vote whose date
    stands in a sentence of its story naming a body)."""
    starts = [s.start for s in sentences]
    for proto, context in zip(protos, contexts, strict=True):
        if not proto.inherited or proto.trigger.event_type not in _types(lang, "item_types"):
            continue
        index = bisect.bisect_right(starts, proto.date.start) - 1
        if 0 <= index < proto.sentence_index and index not in context \
                and names_body(lang, folded[sentences[index].start : sentences[index].end]):
            context.append(index)
