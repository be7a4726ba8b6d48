"""Happenings told across sentences and across listed dates (issue 13, round eight), used by events/__init__.py.

    anaphoric_types   "The union called a nationwide strike. It will begin on June 2": a happening typed `other`
                      whose subject points back ("it", "elle", "ce dernier", "the event") is the happening the
                      sentence before named, and takes that one's type (a strike on June 2, not an `other`)
    dated_by_next     "The prime minister called an early election. It will be on 4 July": a short sentence that holds
                      only a pointing-back subject and a date no trigger took dates the happening the sentence
                      before named and left undated
    joined_lists      "trois jours de deuil national les 16, 17 et 18 juillet": listed consecutive days are one
                      range, before pairing
    listed_dates      "la grève des 12, 14 et 19 juin": a happening dated by the first of a list of other days is a
                      happening on each listed day, after pairing
    type_from_previous "... called an early election. It will be held on 4 July": a generic verb of holding whose
                      subject is a pronoun takes the type of the happening the sentence before named
    lead_announcements "Fiat announced on Friday that ...": in a lead, the announcing verb is the news

The pointing-back words are data: ``anaphoric_subjects`` in lang/<lang>/triggers.yaml (with ``thing_pronouns``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import re
from collections.abc import Sequence
from typing import Any

from timeline import lang as lexicon
from timeline.extraction.events.pairing import _Proto
from timeline.extraction.events.triggers import _Trigger
from timeline.extraction.events.vocabulary import Rules
from timeline.extraction.sentences import Span
from timeline.models import DateMention

__all__ = ["anaphoric_types", "dated_by_next", "joined_lists", "lead_announcements", "listed_dates",
           "type_from_previous"]

#: Words allowed between a pointing-back subject and its verb ("it will", "elle devrait", "ce dernier se").
SUBJECT_GAP = 2


@functools.cache
def _subjects(lang: str) -> tuple[tuple[str, ...], ...]:
    """The pointing-back subjects of a language, folded, as word tuples, longest first."""
    data = lexicon.load(f"{lang}/triggers")
    phrases = [*(data.get("thing_pronouns") or ()), *(data.get("anaphoric_subjects") or ())]
    words = {tuple(lexicon.fold(str(p)).replace("'", "' ").split()) for p in phrases}
    return tuple(sorted(words, key=len, reverse=True))


def _words(folded: str, start: int, end: int) -> list[str]:
    return folded[start:end].replace("'", "' ").replace(",", " ").split()


def _points_back(lang: str, folded: str, sentence: Span, trigger: _Trigger) -> bool:
    """The sentence opens on a pointing-back subject, right before the trigger (or as the trigger: "the event")."""
    lead = _words(folded, sentence.start, trigger.start)
    whole = _words(folded, sentence.start, trigger.end)
    for subject in _subjects(lang):
        n = len(subject)
        if tuple(whole) == subject:
            return True
        if tuple(lead[:n]) == subject and len(lead) - n <= SUBJECT_GAP:
            return True
    return False


def _says_when(trigger: _Trigger, vocabulary: Sequence[_Trigger]) -> bool:
    """The trigger only says that or when something happens: a verb of holding ("aura lieu"), a noun ("the event"),
    or a predicate no vocabulary names ("will begin", "débutera"). A listed `other` verb is a happening of its own
    whose subject is often a person ("Elle annoncera sa candidature"): it keeps its type."""
    listed = any(t.start == trigger.start and t.end == trigger.end for t in vocabulary)
    return trigger.generic or trigger.kind == "noun" or not listed


def anaphoric_types(rules: Rules, folded: str, protos: list[_Proto], triggers_by_sentence: dict[int, list[_Trigger]],
                    sentence_story: Sequence[int]) -> list[_Proto]:
    """An `other` happening whose subject points back and whose trigger only says when (``_says_when``) takes the
    type of the last happening the sentence before named (a noun of a known type, same story): "Les syndicats ont
    appelé à une grève. Elle débutera le 2 juin"."""
    out = []
    for proto in protos:
        i = proto.sentence_index
        if proto.trigger.event_type == "other" and i > 0 and sentence_story[i - 1] == sentence_story[i] \
                and _says_when(proto.trigger, triggers_by_sentence.get(i, ())) \
                and _points_back(rules.lang, folded, proto.sentence, proto.trigger):
            named = [t for t in triggers_by_sentence.get(i - 1, ())
                     if t.kind == "noun" and t.event_type != "other" and not t.excluded]
            if named:
                proto = dataclasses.replace(proto, trigger=dataclasses.replace(proto.trigger,
                                                                               event_type=named[-1].event_type))
        out.append(proto)
    return out


#: At most this many words after the date of a sentence that only says when ("It is planned for June 30, in the
#: main hall of the town museum"): a longer sentence tells something of its own.
DATE_SENTENCE_WORDS = 6


def dated_by_next(rules: Rules, folded: str, sentences: Sequence[Span], sentence_story: Sequence[int],
                  protos: list[_Proto], triggers_by_sentence: dict[int, list[_Trigger]],
                  dates_by_sentence: dict[int, list[tuple[DateMention, str]]]) -> list[_Proto]:
    """"... called an early election. It will be on 4 July", "Le président a convoqué un référendum. Celui-ci est
    fixé au 12 juin": a sentence that opens on a pointing-back subject and holds little else than a date no trigger
    took dates the last happening the sentence before named (a noun of a known type, same story) that no date of
    its own sentence dated. The event is told by the naming sentence, dated from the next one."""
    taken = {p.date.start for p in protos}
    dated_triggers = {p.trigger.start for p in protos}
    added: list[_Proto] = []
    for index, found in dates_by_sentence.items():
        free = [d for d, role in found if role == "event" and d.start not in taken]
        if len(free) != 1 or len(found) != 1 or index == 0 or sentence_story[index - 1] != sentence_story[index]:
            continue
        date, sentence = free[0], sentences[index]
        if not _opens_on_subject(rules.lang, folded, sentence, date):
            continue
        named = [t for t in triggers_by_sentence.get(index - 1, ()) if t.kind == "noun" and t.event_type != "other"
                 and not (t.excluded or t.subordinate or t.genitive) and t.start not in dated_triggers]
        if not named:
            continue
        before = sentences[index - 1]
        added.append(_Proto(before, index - 1, sentence_story[index - 1], named[-1], date, False, 0.0,
                            inherited=True))
    return sorted([*protos, *added], key=lambda p: (p.sentence.start, p.date.start)) if added else protos


def _opens_on_subject(lang: str, folded: str, sentence: Span, date: DateMention) -> bool:
    """The sentence is a pointing-back subject, words that only say when ("will be on", "est fixé au", "is planned
    for": ``date_sentence_words``), the date, and a few words after it: nothing else to tell ("Il sera à Lyon le 3
    juin" is a person's whereabouts)."""
    words = _words(folded, sentence.start, sentence.end)
    subject = next((s for s in _subjects(lang) if tuple(words[: len(s)]) == s), None)
    if subject is None or not sentence.start <= date.start < date.end <= sentence.end:
        return False
    between = _words(folded, sentence.start, date.start)[len(subject):]
    after = _words(folded, date.end, sentence.end)
    allowed = _when_words(lang)
    return all(w.strip(".") in allowed for w in between) and len(after) <= DATE_SENTENCE_WORDS


@functools.cache
def _when_words(lang: str) -> frozenset[str]:
    data = lexicon.load(f"{lang}/triggers")
    return frozenset(lexicon.fold(str(w)) for w in data.get("date_sentence_words") or ())


#: What may stand between two dates of one list: a comma, "et", "and", "&".
_LIST_GAP = re.compile(r"\s*(?:,|,?\s*(?:et|and|&))\s*")


def _lists(text: str, found: Sequence[tuple[DateMention, str]]) -> list[list[tuple[DateMention, str]]]:
    """The sentence's event dates grouped into lists: single days, each joined to the one before by a list gap."""
    groups: list[list[tuple[DateMention, str]]] = []
    for date, role in sorted(found, key=lambda f: f[0].start):
        single = role == "event" and date.precision == "day" and date.end_value is None
        last = groups[-1][-1] if groups else None
        if single and last is not None and last[1] == "event" and last[0].precision == "day" \
                and last[0].end_value is None and last[0].end <= date.start \
                and _LIST_GAP.fullmatch(text, last[0].end, date.start):
            groups[-1].append((date, role))
        else:
            groups.append([(date, role)])
    return groups


def _consecutive(days: Sequence[dt.date]) -> bool:
    return all(b - a == dt.timedelta(days=1) for a, b in itertools.pairwise(days))


def joined_lists(text: str, dates_by_sentence: dict[int, list[tuple[DateMention, str]]]
                 ) -> dict[int, list[tuple[DateMention, str]]]:
    """Listed consecutive days are one range before pairing: "trois jours de deuil les 16, 17 et 18 juillet",
    "se tiendra les 26, 27 et 28 juin" (the date engine reads each day of such a list as a day of its own)."""
    out: dict[int, list[tuple[DateMention, str]]] = {}
    for index, found in dates_by_sentence.items():
        kept: list[tuple[DateMention, str]] = []
        for group in _lists(text, found):
            days = [d.value for d, _ in group]
            if len(group) > 1 and _consecutive(days):
                first, last = group[0][0], group[-1][0]
                kept.append((dataclasses.replace(first, end=last.end, text=text[first.start:last.end],
                                                 end_value=last.value, end_start=last.start), "event"))
            else:
                kept.extend(group)
        out[index] = sorted(kept, key=lambda f: f[0].start) if len(kept) != len(found) else found
    return out


def listed_dates(text: str, protos: list[_Proto], dates_by_sentence: dict[int, list[tuple[DateMention, str]]]
                 ) -> list[_Proto]:
    """A happening dated by the first day of a list of days that are not consecutive ("la grève des 12, 14 et 19
    juin", "Elles auront lieu les 13 et 20 juin") is a happening on each: the listed days no other trigger took
    make one more happening each, with the same trigger."""
    taken = {p.date.start for p in protos}
    out: list[_Proto] = []
    for proto in protos:
        out.append(proto)
        if proto.until or proto.inherited or proto.end_date or proto.date.end_value or proto.date.precision != "day":
            continue
        for group in _lists(text, dates_by_sentence.get(proto.sentence_index, ())):
            if len(group) > 1 and group[0][0].start == proto.date.start:
                out.extend(dataclasses.replace(proto, date=d) for d, _ in group[1:] if d.start not in taken)
    return sorted(out, key=lambda p: (p.sentence.start, p.date.start))


def type_from_previous(page: Any, sentence: Span, triggers: list[_Trigger], previous: Sequence[_Trigger]
                        ) -> list[_Trigger]:
    """"… called an early election. It will be held on 4 July": a generic verb of holding whose subject is a
    pronoun takes the type of the last happening named in the sentence before."""
    named = [t for t in previous if t.kind == "noun" and t.event_type != "other" and not t.excluded]
    pronouns = page.rules.thing_pronouns
    if not named or not pronouns:
        return triggers
    out = []
    for trigger in triggers:
        lead = page.folded[sentence.start : trigger.start].split()
        if trigger.generic and trigger.event_type == "other" and lead and len(lead) <= 2 and lead[0] in pronouns:
            trigger = dataclasses.replace(trigger, event_type=named[-1].event_type)
        out.append(trigger)
    return out


def lead_announcements(page: Any, triggers: list[_Trigger]) -> list[_Trigger]:
    """In a story's lead, an announcement verb followed by "that" is the news, not a statement ("Fiat announced on
    Friday that it intends to buy ..."): the verb is kept as a trigger."""
    pattern = page.rules.lead_announcements
    if pattern is None:
        return triggers
    return [dataclasses.replace(t, excluded=False)
            if t.kind == "verb" and t.excluded and pattern.fullmatch(page.folded, t.start, t.end) else t
            for t in triggers]
