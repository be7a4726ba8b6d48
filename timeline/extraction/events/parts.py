"""Steps 4b-7: durations, until-dates, published-date events, parts of a bigger event, inherited dates."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import logging
from collections.abc import Sequence

from timeline.extraction.events.pairing import MAX_EVENT_DAYS, _Proto
from timeline.extraction.events.triggers import _Trigger
from timeline.extraction.events.vocabulary import Rules
from timeline.extraction.sentences import Span
from timeline.models import DateMention, Story

log = logging.getLogger(__name__)


# --------------------------------------------------------------------------- step 4b: durations

MAX_DURATION_DAYS = 31
DURATION_REACH = 40
"""Characters before / after a trigger searched for its duration ("a three-day official visit")."""


def _count(rules: Rules, word: str) -> int | None:
    """'3' -> 3, 'three' -> 3, 'trois' -> 3; None for anything else."""
    if word.isdigit():
        return int(word)
    return rules.numbers.get(word)


def _duration(rules: Rules, folded: str, sentence: Span, trigger: _Trigger) -> int | None:
    """The number of days written next to one noun trigger, if any."""
    start = max(sentence.start, trigger.start - DURATION_REACH)
    end = min(sentence.end, trigger.end + DURATION_REACH)
    for pattern in rules.duration_before:
        match = pattern.search(folded, start, trigger.start)
        if match:
            return _count(rules, match.group("n"))
    for pattern in rules.duration_after:
        match = pattern.match(folded[trigger.end : end])
        if match:
            return _count(rules, match.group("n"))
    return None


def _apply_durations(rules: Rules, folded: str, protos: list[_Proto],
                     triggers_by_sentence: dict[int, list[_Trigger]]) -> list[_Proto]:
    """A single day next to "for a three-day visit", "une visite de trois jours" becomes the range it lasts.

    A verb trigger ("will visit Japan for three days") looks after itself, then at the nouns of its type that
    follow it in the sentence ("arrived in Hanoi on December 10 for a three-day official visit").
    """
    result = []
    for proto in protos:
        date, trigger = proto.date, proto.trigger
        if proto.until or proto.end_date is not None or date.end_value is not None or date.precision != "day":
            result.append(proto)
            continue
        anchors = [trigger] if trigger.kind == "noun" else [trigger] + [
            t for t in triggers_by_sentence.get(proto.sentence_index, ())
            if t.kind == "noun" and t.event_type == trigger.event_type and t.start >= trigger.end]
        days = None
        for anchor in anchors:
            days = _duration(rules, folded, proto.sentence, anchor)
            if days is not None:
                break
        if days is not None and 2 <= days <= MAX_DURATION_DAYS:
            proto = dataclasses.replace(proto, end_date=date.value + dt.timedelta(days=days - 1))
        result.append(proto)
    return result


# --------------------------------------------------------------------------- step 5: until


#: Letters of a trigger's stem two tellings of one 'other' happening share ("the tournament" / "le tournoi").
OTHER_STEM = 5


def _trigger_stem(proto: _Proto) -> str:
    offset = proto.sentence.start
    words = proto.sentence.text[proto.trigger.start - offset : proto.trigger.end - offset].lower().split()
    return words[-1][:OTHER_STEM] if words else ""


def _same_other(earlier: _Proto, proto: _Proto) -> bool:
    """'other' gathers unrelated happenings: an until-date closes an earlier 'other' only when both name it with one
    word ("The tournament ends on March 14" does not close "drew 17-17 on Sunday"); each other type is one kind."""
    return proto.trigger.event_type != "other" or _trigger_stem(earlier) == _trigger_stem(proto)


def _apply_until(protos: list[_Proto]) -> list[_Proto]:
    """Fold "se poursuit jusqu'au 18" into the story's earlier mention of the same type."""
    result: list[_Proto] = []
    for proto in protos:
        if not proto.until:
            result.append(proto)
            continue
        for i in range(len(result) - 1, -1, -1):
            earlier = result[i]
            end = proto.date.end_value or proto.date.value
            if end <= earlier.date.value and proto.date.relative:  # a year-less end guessed in the past
                try:
                    end = end.replace(year=end.year + 1)
                except ValueError:  # 29 February
                    end = end + dt.timedelta(days=365)
            if (end - earlier.date.value).days > MAX_EVENT_DAYS:
                continue
            # a verb of holding ("où il se tiendra jusqu'au 12", "where it runs until"): its subject, the happening
            # told before it, gives its type, so it closes the latest one
            same = proto.trigger.generic or (earlier.trigger.event_type == proto.trigger.event_type
                                             and _same_other(earlier, proto))
            if (earlier.story == proto.story and same and earlier.date.value < end
                    and earlier.date.precision == "day"):
                result[i] = _Proto(earlier.sentence, earlier.sentence_index, earlier.story, earlier.trigger,
                                   earlier.date, False, earlier.score, end_date=end)
                break
        else:
            log.debug("until-date %r has no start in its story: dropped", proto.date.text)
    return result


PUBLISHED_RULE = "article_date"


def _published(stories: Sequence[Story], leads: dict[int, int], headlines: dict[int, int], sentences: Sequence[Span],
               triggers_by_sentence: dict[int, list[_Trigger]], protos: Sequence[_Proto],
               reference: dt.date) -> list[_Proto]:
    """With ``Options.extra["published_events"]``: a main story with no dated event, whose headline or lead has a
    trigger, gets one event dated by the article's own date (date_source 'published')."""
    added = []
    for story in stories:
        if story.kind != "main" or any(p.story == story.index for p in protos):
            continue
        for index in (headlines.get(story.index), leads.get(story.index)):
            if index is None:
                continue
            triggers = [t for t in triggers_by_sentence.get(index, []) if not t.subordinate]
            if not triggers:
                continue
            trigger = max(triggers, key=lambda t: (t.kind == "noun", -t.start))
            span = sentences[index]
            stamp = DateMention(text="", start=span.start, end=span.start, value=reference, precision="day",
                                rule=PUBLISHED_RULE, confidence=0.6, explanation="the article's own date")
            added.append(_Proto(span, index, story.index, trigger, stamp, False, 0.0))
            break
    return added


def _absorb_parts(rules: Rules, folded: str, protos: list[_Proto],
                  absorbed: list[tuple[_Proto, int]]) -> list[_Proto]:
    """"The opening session on Monday", "la cérémonie de clôture" are parts of the story's bigger event.

    A part is dropped when another event of its story covers its date; its sentence still gives actors
    (``absorbed`` collects (event, sentence index) pairs for the context step).
    """
    if rules.part_of is None:
        return protos
    kept = []
    for proto in protos:
        phrase = folded[proto.trigger.np_start : max(proto.trigger.np_end, proto.trigger.end)]
        window = folded[max(proto.sentence.start, proto.trigger.np_start - 20) : proto.trigger.end + 25]
        if rules.part_of.search(phrase) or rules.part_of.search(window):
            day = proto.date.value
            whole = [o for o in protos if o is not proto and o.story == proto.story
                     and (o.end_date is not None or o.date.end_value is not None)]
            covering = [o for o in whole if o.date.value <= day <= (o.end_date or o.date.end_value or o.date.value)]
            if covering:
                absorbed.append((covering[0], proto.sentence_index))
                continue
        kept.append(proto)
    return kept


def _absorb_retold(rules: Rules, folded: str, protos: list[_Proto],
                   absorbed: list[tuple[_Proto, int]]) -> list[_Proto]:
    """"Apple announced Friday that ... The announcement came in a press conference held on Friday": a sentence
    opening on a back-reference to the story's happening (``retold`` in lang/<lang>/triggers.yaml) with the date of
    an earlier event of its story tells that event again; its sentence still gives actors."""
    if rules.retold is None:
        return protos
    kept: list[_Proto] = []
    first: dict[tuple[int, object], _Proto] = {}  # (story, day) -> its first event: one look-up a proto (linear)
    for proto in protos:
        earlier = first.get((proto.story, proto.date.value))
        if (earlier is not None and earlier.sentence_index < proto.sentence_index
                and rules.retold.match(folded, proto.sentence.start, proto.sentence.start + 40)):
            absorbed.append((earlier, proto.sentence_index))
            continue
        kept.append(proto)
        first.setdefault((proto.story, proto.date.value), proto)
    return kept


GENERIC_VERB_TYPES = frozenset({"meeting", "visit", "other"})
"""Types of a bare verb ("se réuniront", "will meet") that a named event of the same dates may absorb."""


def _absorb_same_range(protos: list[_Proto], absorbed: list[tuple[_Proto, int]]) -> list[_Proto]:
    """"se réuniront jeudi et vendredi" and "le sommet, prévu les 19 et 20 mars" in one story are one event.

    A bare verb of a generic type whose multi-day range is exactly that of a noun trigger of its story
    joins that event (its sentence still gives actors).
    """
    def span(proto: _Proto) -> tuple[dt.date, dt.date | None]:
        return proto.date.value, proto.end_date or proto.date.end_value

    named: dict[tuple[int, dt.date, dt.date | None], _Proto] = {}
    for proto in protos:
        if proto.trigger.kind == "noun" and not proto.until:
            named.setdefault((proto.story, *span(proto)), proto)
    kept = []
    for proto in protos:
        start, end = span(proto)
        whole = named.get((proto.story, start, end))
        if (whole is not None and proto.trigger.kind == "verb" and proto.trigger.event_type in GENERIC_VERB_TYPES
                and not proto.until and end is not None and end > start and proto.date.precision == "day"):
            absorbed.append((whole, proto.sentence_index))
            continue
        kept.append(proto)
    return kept


#: Words at most before a framing noun, and after it up to the comma that closes its phrase, for the phrase to be
#: the sentence's opening frame ("Lors du sommet de l'ASEAN à Hanoi, ...", "On the sidelines of the forum, ...").
OPENING_WORDS = 6
CLOSING_WORDS = 8

#: Types that tell one act three ways: a vote adopts a decision, an election is a vote ("les parlementaires ont voté"
#: after "le Parlement a adopté la loi"; "le scrutin" after "la primaire"): no second happening inherits a date.
ONE_ACT = frozenset({"vote", "election", "decision"})


def _opening_frame(folded: str, sentence: Span, noun: _Trigger) -> bool:
    """The noun's phrase opens the sentence and a comma closes it soon after: a frame of time for the main clause
    ("Lors du sommet, les deux dirigeants se sont entretenus"), not a subject or an object that names a happening
    ("L'organisation de la primaire est critiquée par ceux qui estiment que le scrutin ...")."""
    lead = folded[sentence.start : noun.start].split()
    if len(lead) > OPENING_WORDS:
        return False
    tail = folded[noun.end : sentence.end]
    comma = tail.find(",")
    return comma >= 0 and len(tail[:comma].split()) <= CLOSING_WORDS


def _inherit_dates(rules: Rules, folded: str, protos: list[_Proto], triggers_by_sentence: dict[int, list[_Trigger]],
                   dated: set[int], sentences: Sequence[Span], sentence_story: Sequence[int]) -> list[_Proto]:
    """A dateless sentence naming an earlier event of its story and another happening gets that event's date.

    "On the sidelines of the forum, the People's Committee and the EIB signed a memorandum" is a signing on
    the forum's day; "Lors du sommet, les deux dirigeants se sont entretenus" a meeting on the summit's day.
    Only for a framed reference ("lors du", "on the sidelines of") and a sentence not in the future tense
    (vague plans such as "devrait avoir des entretiens bilatéraux" are not events).
    """
    added: list[_Proto] = []
    by_story: dict[int, list[_Proto]] = {}
    for proto in sorted(protos, key=lambda p: p.sentence_index):
        by_story.setdefault(proto.story, []).append(proto)
    starts = {story: [p.sentence_index for p in items] for story, items in by_story.items()}
    for index, triggers in triggers_by_sentence.items():
        if index in dated:
            continue
        story = sentence_story[index]
        named = {t.event_type for t in triggers if t.kind == "noun" and (t.framed or t.subordinate)
                 and _opening_frame(folded, sentences[index], t)}
        if not named or story not in by_story:
            continue
        k = bisect.bisect_left(starts[story], index)
        referenced = next((p for p in reversed(by_story[story][:k]) if p.trigger.event_type in named), None)
        if referenced is None:
            continue
        span = sentences[index]
        if (rules.future and rules.future.search(folded, span.start, span.end)) or (
                rules.planned and rules.planned.search(folded, span.start, span.end)):
            continue
        others = [t for t in triggers if t.event_type != referenced.trigger.event_type and not t.subordinate
                  and not t.genitive and t.event_type != "other"
                  and not {t.event_type, referenced.trigger.event_type} <= ONE_ACT]
        if not others:
            continue
        trigger = max(others, key=lambda t: (t.kind == "verb" or t.held_object, -t.start))
        added.append(_Proto(sentences[index], index, story, trigger, referenced.date, False, 0.0,
                            end_date=referenced.end_date, inherited=True))
    return sorted([*protos, *added], key=lambda p: (p.sentence.start, p.date.start))
