"""Step 2: the triggers of one sentence (``_find_triggers``), each with its noun phrase and what keeps it from
telling a happening; the vocabulary they are read with is compiled in vocabulary.py."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from timeline.extraction.events.complements import institution, typed_by_complement
from timeline.extraction.events.enclosures import quoted_object
from timeline.extraction.events.places import in_place_name
from timeline.extraction.events.spans import _clause_breaks, _words_between
from timeline.extraction.events.thing_heads import qualifies_thing
from timeline.extraction.events.topics import topic_nouns
from timeline.extraction.events.verb_shapes import preposition_opens
from timeline.extraction.events.vocabulary import CUE_WINDOW, DAY_ONLY, Rules
from timeline.extraction.sentences import Span


@dataclass(frozen=True)
class _Trigger:
    start: int
    end: int
    event_type: str
    kind: str
    np_start: int
    np_end: int
    framed: bool
    subordinate: bool
    held_object: bool = False
    """The object of a verb of holding ("a tenu une séance", "held a working session")."""
    genitive: bool = False
    """A complement of another noun ("le présidium du congrès", "the secretariat of the summit")."""
    excluded: bool = False
    """Never an event: part of a place name, or a background clause ("since ... took effect")."""
    generic: bool = False
    """A listed verb of holding ("aura lieu", "will be held"): its subject noun gives its type."""
    day_only: bool = False
    """Only a day dates it (a market move: "fell 3% on Monday"); a month or a year is a trend, not an event."""
    relative: int = -1
    """A verb of a relative clause ("le projet de loi qui devait remplacer"): where its pronoun stands (else -1).
    A date before that pronoun belongs to the main clause and does not date this verb."""
    closing: bool = False
    """The verb a date closing its sentence dates from beyond the predicate reach (predicates._closing_predicate):
    its row yields to a typed row of its story and day (events/closing_rows.py)."""


# --------------------------------------------------------------------------- step 2: triggers


_TOKEN = re.compile(r"\w+(?:['\-/°.]\w+)*'?|[^\w\s]")
_HARD_STOP = set(",;:()[]{}«»\"“”?!.…|=<>")


def _noun_phrase(rules: Rules, text: str, folded: str, sentence: Span, start: int, end: int,
                 date_starts: Sequence[int]) -> tuple[int, int]:
    """Extent (np_start, np_end) of a noun trigger's phrase, in article offsets."""
    s_end = sentence.end
    # premodifiers, backwards: "premier", "12e", English capitalised words ("14th National Party")
    np_start = start
    before = list(_TOKEN.finditer(folded, sentence.start, start))
    taken = 0
    for token in reversed(before):
        word = token.group(0)
        original = text[token.start() : token.end()]
        capital = rules.lang == "en" and original[:1].isupper() and token.start() > sentence.start
        if word in rules.tail_stops or taken >= 5:
            break
        if (rules.premodifier and rules.premodifier.match(word)) or capital or word[:1].isdigit():
            np_start = token.start()
            taken += 1
            continue
        break
    # complement, forwards, up to a clause boundary
    np_end = end
    next_date = next((d for d in date_starts if d >= end), s_end)
    for position, token in enumerate(_TOKEN.finditer(folded, end, s_end)):
        word = token.group(0)
        if token.start() >= next_date or word in _HARD_STOP:
            break
        if position == 0 and rules.complement_starts and word not in rules.complement_starts \
                and not text[token.start() : token.start() + 1].isupper() and not word[:1].isdigit():
            break  # English: "talks came ahead of ...": a complement opens with "of", "on", "between" ...
        if word in "-–—" and token.start() > 0 and folded[token.start() - 1] == " ":
            break
        if rules.title_stop and rules.title_stop.match(folded, token.start()):
            break
        if word in rules.place_prepositions:
            following = _TOKEN.match(text, token.end() + 1) if token.end() + 1 < s_end else None
            if following and following.group(0)[:1].isupper():
                break  # "à Hanoï", "in Hanoi": the place is not part of the title
        np_end = token.end()
    # no determiner, preposition or conjunction at the end
    tokens = list(_TOKEN.finditer(folded, end, np_end))
    while tokens and tokens[-1].group(0).rstrip("'") in {w.rstrip("'") for w in rules.tail_stops}:
        tokens.pop()
        np_end = tokens[-1].end() if tokens else end
    return np_start, np_end


_GENITIVE = re.compile(r"(?<![\w'])\w{3,}\s+(?:du|de la|de l'|des|d'|de sa|de son|de ses|de leur|of the|of"
                       r"|of his|of her|of its|of their)\s*$")


def _genitive(rules: Rules, folded: str, lo: int, np_start: int, date_ends: Sequence[int]) -> bool:
    """A trigger noun after "du", "des", "of the" and a noun is that noun's complement ("le présidium du congrès").
    Not after a date ("ont entamé jeudi des négociations": "des" is an article) nor after a participle ("ont
    entamé des négociations", "a eu d'importantes conséquences")."""
    match = _GENITIVE.search(folded, lo, np_start)
    if match is None:
        return False
    head = match.start()
    before = folded[max(lo, head - 20) : head].split()
    if before and before[-1] in rules.auxiliaries:
        return False  # the word is a participle: "des" is an article
    word_end = head + len(folded[head:np_start].split()[0])
    return word_end not in date_ends  # "jeudi des négociations": the word is the date's last, "des" an article


_IN_NAME = re.compile(r"(?<=\S)\s+[A-ZÀ-ÖØ-Þ][\w-]+(?:\s+\w+)?\s+(?:d['’]|de\s|des\s|du\s)$")


_PLACE_AFTER = re.compile(r"\s+(?:Centre|Center|Hall|Palace|Hotel|Building|Complex|Park|Square|Street|Road|Grounds?"
                          r"|Venue|Stadium|Arena)\b")
_SINCE = re.compile(r"(?:\bsince\b|\bdepuis que\b|\bdepuis qu')[^,;]*$")




def _after_auxiliary(rules: Rules, folded: str, lo: int, start: int) -> bool:
    before = folded[max(lo, start - 12) : start].split()
    return bool(before) and before[-1] in rules.auxiliaries


_RELATIVE_VERB = re.compile(r"(?<![\w'])(?:qui|which|who)\s+(?:[\w']+\s+){0,3}$")


def _relative_pronoun(folded: str, lo: int, start: int) -> int:
    """Where the relative pronoun that opens a verb's clause stands ("qui devait remplacer", "which had approved"),
    at most three words before the verb; -1 when the verb is no relative clause's."""
    match = _RELATIVE_VERB.search(folded, max(lo, start - 40), start)
    return match.start() if match else -1


def _retyped(rules: Rules, folded: str, word: str, bounds: tuple[int, int, int, int], event_type: str) -> str:
    """The type a trigger takes from its object ("voted to pass the law": a decision; "launched a campaign").

    ``bounds``: sentence start, trigger start, trigger end, sentence end. The object may also come before,
    as the antecedent of a relative ("la loi ..., sur laquelle les députés voteront").
    """
    lo, start, end, hi = bounds
    for trigger, after, before, new_type in rules.retype:
        if not trigger.search(word):
            continue
        if after.match(folded[end : min(hi, end + 80)]) or (
                before is not None and before.search(folded[max(lo, start - 120) : start])):
            return new_type
    return event_type


#: Words at most between a happening's noun and the comma before a participle that describes it.
APPOSED_NOUN_WORDS = 6


def _describes_noun(folded: str, start: int, word: str, before: Sequence[_Trigger]) -> bool:
    """A bare participle after a comma ("publiée", no auxiliary) right behind a happening's noun describes that
    noun ("sa résolution n°57, publiée le 22 décembre"): the noun, not a second happening, takes the date."""
    if " " in word or folded[max(0, start - 2) : start] != ", ":
        return False
    return any(t.kind == "noun" and t.end <= start and _words_between(folded, t.end, start) <= APPOSED_NOUN_WORDS
               and not re.search(r"[.;:!?]", folded[t.end : start - 2]) for t in before)


def _find_triggers(rules: Rules, text: str, folded: str, sentence: Span, date_starts: Sequence[int],
                   date_ends: Sequence[int] = ()) -> list[_Trigger]:
    found: list[_Trigger] = []
    for match in rules.trigger_re.finditer(folded, sentence.start, sentence.end):
        name = match.lastgroup or ""
        event_type, kind = rules.trigger_groups[name]
        start, end = match.span()
        if kind == "noun" and _after_auxiliary(rules, folded, sentence.start, start):
            continue  # "a annoncé", "ont voté": a participle the vocabulary has no verb for, not the noun
        if kind == "verb" and preposition_opens(rules.lang, text, start, end):
            continue  # "à Limoges" folded as "a limogés": a preposition and a name, no listed verb (typ36)
        retyped = _retyped(rules, folded, match.group(0), (sentence.start, start, end, sentence.end), event_type)
        # a market's verb retyped by its object is that happening, dated as it is ("cut its key rate last December":
        # a decision, no move of a day)
        day_only = name.startswith(DAY_ONLY) and retyped == event_type
        event_type = retyped
        if kind == "noun" and qualifies_thing(rules.lang, folded, sentence.start, start, end):
            event_type = "other"  # "la fenêtre de tir", "the launch window": a kind of thing, no happening's type
        if kind == "noun":
            np_start, np_end = _noun_phrase(rules, text, folded, sentence, start, end, date_starts)
        else:
            np_start, np_end = start, end
        window = folded[max(sentence.start, np_start - CUE_WINDOW) : np_start]
        framed = bool(rules.frame and rules.frame.search(window))
        subordinate = bool(rules.subordinate and rules.subordinate.search(window))
        excluded = False
        if kind == "noun" and (_IN_NAME.search(text[max(sentence.start, np_start - 40) : np_start])
                               or _PLACE_AFTER.match(text, end) or in_place_name(rules.lang, folded, sentence.start,
                                                                                 start, end)):
            subordinate = excluded = True  # "Centre d'exposition de Saigon", "Hanoi Exhibition Centre": a place
        if kind == "noun" and (institution(rules.lang, text, sentence.start, start, end)
                               or quoted_object(rules.lang, text, folded, sentence.start, start)):
            excluded = True  # "pleaded before Congress": the assembly; "ont dénoncé « une décision »": what was said
        if kind == "noun" and rules.role and rules.role.search(window):
            excluded = True  # "le candidat LR à la présidentielle": what he runs for, no happening (nor a topic)
        if kind == "noun" and rules.counted and rules.counted.search(folded, max(sentence.start, start - 24), start):
            excluded = True  # "58 annulations sont prévues mardi": a count of things, a figure
        if _SINCE.search(folded, max(sentence.start, np_start - 80), np_start):
            subordinate = excluded = True  # "since the agreement took effect five years ago": background
        if kind == "verb" and rules.statement and rules.statement.match(folded[end : min(sentence.end, end + 60)]):
            excluded = True  # "a annoncé mardi que ...", "announced that ...": a statement, not a happening
        if kind == "verb" and _describes_noun(folded, start, match.group(0), found):
            excluded = True  # "sa résolution, publiée le 22 décembre": the resolution's date, told by a participle
        if kind == "verb" and _capitalised_name(text, sentence, start):
            excluded = True  # "programs such as Lost and Desperate Housewives": a title, not the verb
        held_object = kind == "noun" and bool(rules.object_cue and rules.object_cue.search(window))
        genitive = (kind == "noun" and not framed and not held_object and not subordinate
                    and np_start > sentence.start + 3
                    and _genitive(rules, folded, max(sentence.start, np_start - CUE_WINDOW), np_start, date_ends))
        relative = _relative_pronoun(folded, sentence.start, start) if kind == "verb" else -1
        found.append(_Trigger(start, end, event_type, kind, np_start, np_end, framed, subordinate, held_object,
                              genitive, excluded, generic=name == "v_other", day_only=day_only,
                              relative=relative))
    found = typed_by_complement(rules.lang, folded, _cut_at_verbs(rules, folded, found), date_starts,
                                sorted(date_ends))
    # "une motion demandant le déplacement", "démêler les responsabilités dans le carambolage": a topic
    found = topic_nouns(rules.lang, folded, sentence.start, found, date_starts)
    # a trigger inside another trigger's noun phrase is its complement ("conférence sur la loi")
    kept = []
    for trigger in found:
        inside = any(o is not trigger and o.kind == "noun" and o.start < trigger.start and trigger.end <= o.np_end
                     for o in found)
        if not inside:
            kept.append(trigger)
    return _settings(rules, folded, sentence.start, _typed_by_object(rules, folded, kept))


def _cut_at_verbs(rules: Rules, folded: str, triggers: list[_Trigger]) -> list[_Trigger]:
    """A noun's phrase ends before a finite verb trigger: the verb is the clause's predicate, not a complement of
    the noun ("le candidat à la présidentielle manifestera le 1er mai": a protest, not the election's title). Not a
    "verb" right after a preposition or a determiner: that is a noun ("a session on rules of origin")."""
    stops = rules.tail_stops | rules.determiners

    def finite(t: _Trigger) -> bool:
        before = folded[max(0, t.start - 20) : t.start].split()
        return t.kind == "verb" and not t.generic and not t.excluded and not (before and before[-1] in stops)

    verbs = [t.start for t in triggers if finite(t)]
    out = []
    for t in triggers:
        cut = min((v for v in verbs if t.kind == "noun" and t.end < v < t.np_end), default=None)
        out.append(t if cut is None else dataclasses.replace(t, np_end=cut - 1))
    return out


OBJECT_WORDS = 4
"""Words at most between a general verb and the trigger noun of its object ("a annoncé cet après-midi la
promulgation": 3, the date's words included)."""


def _typed_by_object(rules: Rules, folded: str, triggers: list[_Trigger]) -> list[_Trigger]:
    """A general verb (a lemma typed 'other': "annoncer", "lancer", "remettre", "announce") takes the type of the
    trigger noun that is its object: "a annoncé sa démission" is an election, "ont remis leurs lettres de créance" a
    ceremony, "launched an attack" an incident. The object follows within OBJECT_WORDS, with no clause break, right
    after a determiner ("annoncé à la réunion" names where, not what)."""
    result = []
    for trigger in triggers:
        if trigger.kind == "verb" and trigger.event_type == "other" and not (trigger.generic or trigger.day_only):
            for noun in triggers:
                if (noun.kind != "noun" or noun.start < trigger.end or noun.event_type == "other" or noun.excluded
                        or noun.framed or noun.subordinate or noun.genitive):
                    continue
                before = folded[trigger.end : noun.np_start]
                words = before.split()
                if (len(words) <= OBJECT_WORDS and words and words[-1] in rules.determiners
                        and not _clause_breaks(folded, trigger.end, noun.np_start)):
                    trigger = dataclasses.replace(trigger, event_type=noun.event_type)
                break
        result.append(trigger)
    return result


#: Words before a framed noun that opens its sentence ("At its first meeting", "Lors de sa réunion").
FRONTED_WORDS = 3


def _settings(rules: Rules, folded: str, start: int, triggers: list[_Trigger]) -> list[_Trigger]:
    """A framed noun opening its sentence, whose phrase a comma closes before a typed verb that outranks it, is
    the setting of that verb's happening ("At its first meeting the same day, the committee re-elected X": an
    election; the meeting only places it): a subordinate noun."""
    verbs = [t for t in triggers if t.kind == "verb" and not (t.excluded or t.subordinate or t.generic)
             and t.event_type != "other"]
    if not verbs:
        return triggers
    rank = rules.priorities

    def setting(t: _Trigger) -> bool:
        return (t.kind == "noun" and t.framed and not t.held_object
                and len(folded[start:t.np_start].split()) <= FRONTED_WORDS
                and any(v.start > t.np_end and "," in folded[t.np_end:v.start]
                        and rank.get(v.event_type, 0.0) > rank.get(t.event_type, 0.0) for v in verbs))

    return [dataclasses.replace(t, framed=False, subordinate=True) if setting(t) else t for t in triggers]


_OPENER = re.compile(r"(?:^|[.!?:;\"«“(\[]|[-–—])\s*$")


def _capitalised_name(text: str, sentence: Span, start: int) -> bool:
    """A verb written with a capital inside a sentence that is not in title case is a name ("such as Lost")."""
    if not text[start : start + 1].isupper() or _OPENER.search(text, max(sentence.start, start - 3), start):
        return False
    if start <= sentence.start or not text[sentence.start : start].strip():
        return False
    words = re.findall(r"[^\W\d_][\w'-]*", text[sentence.start : sentence.end])
    capitals = sum(w[0].isupper() for w in words)
    return capitals * 2 < len(words)  # a headline in title case capitalises every verb


SUBJECT_REACH = 10  # words between a generic verb of holding and the trigger noun of its subject


_RELATIVE_TAIL = re.compile(r",?\s*(?:qui|which|that)\s+(?:\w+\s+){0,2}$")


def _relative_start(folded: str, start: int, end: int) -> int:
    """Where "…, which (is) " / "…, qui " ending [start, end) begins (``end`` if it does not)."""
    match = _RELATIVE_TAIL.search(folded, start, end)
    return match.start() if match else end


def _type_generic_verbs(folded: str, triggers: list[_Trigger]) -> list[_Trigger]:
    """A generic verb of holding ("doit se tenir", typed 'other') takes the type of its subject noun.

    "la 5e édition du salon du livre doit se tenir du 3 au 6 avril" is a forum even though "salon" is
    the complement of "édition".
    """
    result = []
    for trigger in triggers:
        if trigger.generic:
            subjects = [t for t in triggers if t.kind == "noun" and t.end <= trigger.start and not t.excluded
                        and t.event_type != "other"
                        and _words_between(folded, t.end, trigger.start) <= SUBJECT_REACH
                        and not _clause_breaks(folded, t.end, _relative_start(folded, t.end, trigger.start))]
            if subjects:
                trigger = dataclasses.replace(trigger, event_type=subjects[-1].event_type)
        result.append(trigger)
    return result
