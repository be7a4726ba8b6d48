"""Event detection: an article and its dates -> event mentions; events -> the events table.

Pure: no I/O, no clock. The reference date comes with the article (or ``Options``).
Trigger words, cues and labels are data: timeline/lang/<lang>/triggers.yaml.

``detect`` is an ordered cascade of small steps:

    1. sentences     split the text into sentences (timeline.extraction.sentences), drop those inside a
                     caption, credit, byline or dateline (Article.noise)
    2. triggers      find trigger words (nouns "congrès", verbs "a reçu"); mark the ones that name a
                     topic rather than the happening ("préparatifs du 14e Congrès", "mise en œuvre de
                     la résolution", "on the sidelines of the summit"), the ones inside a place name
                     ("Centre d'exposition", "Hanoi Exhibition Centre") or a background clause ("since
                     the agreement took effect"), complements of another noun ("le présidium du
                     congrès", penalised) and objects of a verb of holding ("a tenu une séance", bonus)
    3. dates         keep the dates that can anchor an event: not in noise, not a publication stamp
                     ("Publié le"), not a deadline ("jusqu'au", "avant le", "Registration closes on"),
                     not a horizon or a term ("d'ici 2030", "mandat 2025-2030"), not the date of a
                     statement ("the ministry said on Thursday"), not part of a name ("Révolution
                     d'août", "Tuyet Mai"); "se poursuit jusqu'au 18", "qui doit s'achever le 11
                     décembre" are *until* dates. A bare weekday the date engine put in the past, in a
                     clause in the future tense ("tiendront leur réunion dimanche"), becomes the coming one
    4. pairing       in each sentence, every (date, trigger) pair gets a score: the type priority
                     (named institutional events first: congress, summit, consultation, session,
                     conference, forum, election, decision, ceremony, visit, meeting, other)
                     + a frame bonus ("dans le cadre de la consultation", "lors du congrès")
                     + an object bonus ("held a working session") - a complement penalty
                     + date precision - distance (log of the words between) - clause breaks.
                     Pairs are taken best first; a date and a trigger serve one event each. A topic
                     trigger keeps only a date given by its own event verb ("ahead of the Forum, which
                     will be held on July 11"); a commemorated date ("80e anniversaire de la Fête
                     nationale") anchors nothing; a coarse date containing a finer one in the sentence
                     ("Last year, ... in October 2024") gives way; a bare back-reference to the
                     story's event ("Speaking at the forum, ...") does not start a new one
       A generic verb of holding ("will be held", "aura lieu", "is scheduled for", typed 'other') makes an
                     event whose subject is no trigger noun ("The next edition will be held in April 2027"); a trigger
                     noun of its subject gives it its type ("la 5e édition du salon ... doit se tenir"). A noun whose
                     own event verb introduces the date ("la 2e session, qui se tient du 6 au 24 avril") gets a bonus.
                     A trigger right after "la veille de", "the day before the" is the anchor of a relative date,
                     not the event.
   4b. durations     "for a three-day official visit", "une visite de trois jours": a single start day becomes
                     the range it lasts
    5. until         an until date closes its sentence's event ("which opened on May 5, is scheduled to
                     close on June 27") or the story's earlier event of the same type
    6. parts         "the opening session on Monday", "la cérémonie de clôture" inside a multi-day event
                     of the story are parts of it (their actors join it); a bare generic verb ("se réuniront
                     jeudi et vendredi") with exactly the range of a named event of its story is that event
    7. inherit       a dateless sentence framed by the story's event and telling another happening
                     takes that event's date ("On the sidelines of the forum, ... signed a memorandum");
                     not for future-tense plans ("devrait avoir des entretiens bilatéraux")
    8. context       sentences whose actors join an event: the event sentence; the sentences before it
                     while they open with a subject pronoun ("Il a fait cette déclaration lors du
                     congrès", "Le lendemain, il a reçu"); for a title-only subject ("La ministre doit
                     inaugurer", "the ministry launched") the latest sentence naming that title; later
                     dateless sentences of the story pointing back to it ("lors de l'événement",
                     "Prenant la parole", "la conférence"); the story's headline for its first event
    9. actors        one batched call to timeline.extraction.actors.find_entities_many over the context
                     sentences of the whole article, noise masked out; short person names linked within the article
                     (timeline.extraction.actors.link_names)
   10. mentions      title, status (tense cues of the trigger's clause, then the reference date),
                     confidence and stable ids

Titles: the trigger's noun phrase (premodifiers such as "premier", "12e" + the trigger + its
complement up to a clause boundary; dates, places after "à", purposes after "pour"/"afin" cut),
capitalised, at most TITLE_MAX characters; a bare noun gets its organiser ("Conférence
nationale de la Commission ..."); a teaser story's headline is used when the event is its lead
and the headline names the trigger; a verb trigger gets its clause with the date words removed.

Events dated only by the article's own date (a trigger with no date in its sentence) are not
emitted by default: they cost more precision than they bring recall. ``Options.extra
["published_events"] = True`` emits them for a main story's lead, with date_source='published'.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import hashlib
import logging
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from timeline import lang as lexicon
from timeline.extraction.sentences import Span, fold_keep, split_sentences
from timeline.models import (
    EVENT_COLUMNS,
    EVENT_TYPES,
    MENTION_COLUMNS,
    Article,
    DateMention,
    Event,
    Mention,
    NoiseSpan,
    Story,
)
from timeline.settings import Options

log = logging.getLogger(__name__)

#: Longest title kept (characters); longer noun phrases are cut at a word and end with "…".
TITLE_MAX = 90
#: Scoring of (date, trigger) pairs in one sentence (see the module docstring, step 4).
FRAME_BONUS = 25.0
OBJECT_BONUS = 20.0
PREDICATE_BONUS = 20.0
"""A noun trigger whose own event verb ("qui se tient", "which will be held") introduces the date."""
GENITIVE_PENALTY = 40.0
#: A year-only date this many words or more away from the trigger is not its date ("... in 2024").
FAR_YEAR_WORDS = 12
#: Confidence kept by an event dated by the event its sentence points back to.
INHERITED_WEIGHT = 0.8
NOUN_BONUS = 3.0
DISTANCE_WEIGHT = 8.0
CLAUSE_PENALTY = 15.0
PRECISION_BONUS = {"day": 10.0, "week": 6.0, "month": 4.0, "year": 0.0}
#: How much of the date's precision counts in the confidence.
PRECISION_WEIGHT = {"day": 1.0, "week": 0.8, "month": 0.6, "year": 0.3}
#: Characters looked at before a date or a trigger for a cue ("jusqu'au", "dans le cadre de la").
CUE_WINDOW = 60

__all__ = [
    "TITLE_MAX",
    "Rules",
    "detect",
    "event_type_label",
    "mentions_frame",
    "rules_for",
    "to_frame",
]


# --------------------------------------------------------------------------- word lists


def _alternation(patterns: Sequence[str]) -> str:
    ordered = sorted({p for p in patterns if p}, key=len, reverse=True)
    return "|".join(f"(?:{p})" for p in ordered)


def _words_re(patterns: Sequence[str]) -> re.Pattern[str] | None:
    body = _alternation(patterns)
    return re.compile(rf"(?<![\w'-])(?:{body})(?![\w])") if body else None


def _tail_re(patterns: Sequence[str]) -> re.Pattern[str] | None:
    """Cue at the very end of a window, optionally followed by a determiner."""
    body = _alternation(patterns)
    if not body:
        return None
    determiner = r"(?:\s*(?:le|la|les|l'|un|une|du|de|des|au|aux|sa|son|ses|leur|the|a|an|its|their|on|ce|cette))?"
    return re.compile(rf"(?<!\w)(?:{body}){determiner}[\s,]*$")


@dataclass(frozen=True)
class Rules:
    """The compiled word lists of one language."""

    lang: str
    trigger_re: re.Pattern[str]
    trigger_groups: dict[str, tuple[str, str]]
    """Regex group name -> (event type, 'noun' | 'verb')."""
    priorities: dict[str, float]
    strength: dict[str, float]
    labels: dict[str, str]
    frame: re.Pattern[str] | None
    object_cue: re.Pattern[str] | None
    subordinate: re.Pattern[str] | None
    commemorative: re.Pattern[str] | None
    part_of: re.Pattern[str] | None
    deadline: re.Pattern[str] | None
    deadline_start: re.Pattern[str] | None
    continuation: re.Pattern[str] | None
    end_cue: re.Pattern[str] | None
    reporting: re.Pattern[str] | None
    deadline_nouns: re.Pattern[str] | None
    predicate: re.Pattern[str] | None
    horizon: re.Pattern[str] | None
    horizon_start: re.Pattern[str] | None
    publication: re.Pattern[str] | None
    planned: re.Pattern[str] | None
    future: re.Pattern[str] | None
    past: re.Pattern[str] | None
    held: re.Pattern[str] | None
    anaphors: re.Pattern[str] | None
    pronouns: frozenset[str]
    subject_titles: re.Pattern[str] | None
    title_stop: re.Pattern[str] | None
    premodifier: re.Pattern[str] | None
    tail_stops: frozenset[str]
    place_prepositions: frozenset[str]
    complement_starts: frozenset[str]
    key_stopwords: frozenset[str]
    organiser: re.Pattern[str] | None
    organiser_join: str
    nouns: dict[str, re.Pattern[str]] = field(default_factory=dict)
    duration_before: tuple[re.Pattern[str], ...] = ()
    """Duration right before a trigger ("three-day visit"); group ``n`` is the number of days."""
    duration_after: tuple[re.Pattern[str], ...] = ()
    """Duration right after a trigger ("visite de trois jours"); matched at the trigger's end."""
    numbers: dict[str, int] = field(default_factory=dict)
    """Folded number words of the language ('trois' -> 3)."""


_ORGANISER = {
    "fr": (r"(?:a|ont|avait|avaient) (?:organise|tenu|accueilli)|organisera|organise|tiendra|tiendront|tient|tiennent",
           "de"),
    "en": (r"organi[sz]ed|hosted|held|will hold|will host|holds|hosts|convened", "of"),
}


@functools.cache
def rules_for(lang: str) -> Rules:
    """The compiled rules of ``lang`` ('fr' or 'en'; any other language gets the English rules)."""
    lang = lang if lang in ("fr", "en") else "en"
    data: dict[str, Any] = lexicon.load(f"{lang}/triggers")
    groups: dict[str, tuple[str, str]] = {}
    parts: list[str] = []
    noun_res: dict[str, re.Pattern[str]] = {}
    for kind in ("verbs", "nouns"):  # verbs first: "a eu un entretien" beats "entretien"
        for event_type, patterns in (data.get(kind) or {}).items():
            if event_type not in EVENT_TYPES or not patterns:
                log.warning("triggers_%s.yaml: unknown event type %r ignored", lang, event_type)
                continue
            name = f"{kind[0]}_{event_type}"
            groups[name] = (event_type, kind[:-1])
            parts.append(f"(?P<{name}>{_alternation(patterns)})")
            if kind == "nouns":
                noun_res[event_type] = re.compile(rf"(?<![\w'-])(?:{_alternation(patterns)})(?!\w)")
    trigger_re = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w])")
    organiser, join = _ORGANISER[lang]
    deadline = list(data.get("deadline_cues") or [])
    horizon = list(data.get("horizon_cues") or [])
    return Rules(
        lang=lang,
        trigger_re=trigger_re,
        trigger_groups=groups,
        priorities={k: float(v) for k, v in (data.get("priorities") or {}).items()},
        strength={k: float(v) for k, v in (data.get("strength") or {}).items()},
        labels=dict(data.get("labels") or {}),
        frame=_tail_re(data.get("frame_cues") or []),
        object_cue=_tail_re(data.get("object_cues") or []),
        subordinate=_tail_re(data.get("subordinate_cues") or []),
        part_of=_words_re(data.get("part_of") or []),
        commemorative=re.compile(rf"(?:{_alternation(data.get('commemorative') or [])})$")
        if data.get("commemorative") else None,
        deadline=_tail_re(deadline),
        deadline_start=re.compile(rf"^(?:{_alternation(deadline)})(?!\w)") if deadline else None,
        continuation=_words_re(data.get("continuation_cues") or []),
        end_cue=_tail_re(data.get("end_cues") or []),
        reporting=_tail_re(data.get("reporting_cues") or []),
        deadline_nouns=_words_re(data.get("deadline_nouns") or []),
        predicate=_words_re(data.get("event_predicates") or []),
        horizon=_tail_re(horizon),
        horizon_start=re.compile(rf"^(?:{_alternation(horizon)})(?!\w)") if horizon else None,
        publication=_tail_re(data.get("publication_cues") or []),
        planned=_words_re(data.get("planned_cues") or []),
        future=_words_re(data.get("future_tense") or []),
        past=_words_re(data.get("past_tense") or []),
        held=_words_re(data.get("held_cues") or []),
        anaphors=_words_re(data.get("anaphors") or []),
        pronouns=frozenset(data.get("pronouns") or []),
        subject_titles=re.compile(rf"(?:{_alternation(data.get('subject_titles') or [])})(?!\w)")
        if data.get("subject_titles") else None,
        title_stop=re.compile(rf"(?:{_alternation(data.get('title_stops') or [])})(?![\w])"),
        premodifier=re.compile(rf"(?:{_alternation(data.get('title_premodifiers') or [])})$"),
        tail_stops=frozenset(data.get("title_tail_stops") or []),
        place_prepositions=frozenset(data.get("place_prepositions") or []),
        complement_starts=frozenset(data.get("complement_starts") or []),
        key_stopwords=frozenset(data.get("key_stopwords") or []),
        organiser=re.compile(rf"(?<![\w'])(?<!se )(?<!s')(?:{organiser})(?!\w)"),
        organiser_join=join,
        nouns=noun_res,
        duration_before=tuple(re.compile(p) for p in data.get("duration_before") or []),
        duration_after=tuple(re.compile(p) for p in data.get("duration_after") or []),
        numbers={lexicon.fold(str(k)): int(v) for k, v in (lexicon.load(f"{lang}/words").get("numbers") or {}).items()},
    )


def event_type_label(event_type: str, lang: str = "en") -> str:
    """The label people read for an event type: ``event_type_label("meeting", "fr") == "Réunion"``."""
    labels = rules_for(lang).labels if lang in ("fr", "en") else rules_for("en").labels
    return str(labels.get(event_type) or event_type.replace("_", " ").capitalize())


# --------------------------------------------------------------------------- small records


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


@dataclass(frozen=True)
class _Proto:
    """A pairing of one date and one trigger in one sentence, before it becomes a Mention."""

    sentence: Span
    sentence_index: int
    story: int
    trigger: _Trigger
    date: DateMention
    until: bool
    score: float
    end_date: dt.date | None = None
    inherited: bool = False
    """Dated by the event its sentence points back to ("On the sidelines of the forum, ... signed")."""


# --------------------------------------------------------------------------- helpers


def _in_spans(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """True when [start, end) lies inside one of the (sorted) spans."""
    i = bisect.bisect_right(spans, (start, math.inf)) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _mask(text: str, start: int, noise: Sequence[tuple[int, int]]) -> str:
    """``text`` (which starts at ``start``) with the characters of noise spans blanked out."""
    end = start + len(text)
    chars = list(text)
    changed = False
    for s, e in noise:
        if s < end and start < e:
            for i in range(max(s, start), min(e, end)):
                chars[i - start] = " "
            changed = True
    return "".join(chars) if changed else text


def _stories(article: Article) -> tuple[Story, ...]:
    if article.stories:
        return tuple(sorted(article.stories, key=lambda s: s.start))
    return (Story(index=0, start=0, end=len(article.text)),)


def _story_at(stories: Sequence[Story], starts: Sequence[int], offset: int) -> Story:
    i = max(0, bisect.bisect_right(starts, offset) - 1)
    return stories[i]


def _words_between(folded: str, start: int, end: int) -> int:
    return len(re.findall(r"\w+", folded[start:end])) if end > start else 0


_CLAUSE_BREAK = re.compile(
    r"[;:()]|\s[-–—]\s|,\s*(?:et|mais|puis|tandis|and|but|while|then)\b|\bet (?:a|ont|s'|se|est|sont)\b"
    r"|\band (?:has|have|was|were|will|then)\b|\bqui\b|\bwhich\b|\bwho\b"
    r"|\b(?:said|says|told|added|announced|que|qu')"
)


def _clause_breaks(folded: str, start: int, end: int) -> int:
    return len(_CLAUSE_BREAK.findall(folded[start:end])) if end > start else 0


def _stable_id(*parts: object) -> str:
    return hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def _reference(article: Article, options: Options) -> dt.date | None:
    return article.reference_date or options.reference_date


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


_IN_NAME = re.compile(r"(?<=\S)\s+[A-ZÀ-ÖØ-Þ][\w-]+(?:\s+\w+)?\s+(?:d['’]|de\s|des\s|du\s)$")


_PLACE_AFTER = re.compile(r"\s+(?:Centre|Center|Hall|Palace|Hotel|Building|Complex|Park|Square|Street|Road|Grounds?"
                          r"|Venue|Stadium|Arena)\b")
_SINCE = re.compile(r"(?:\bsince\b|\bdepuis que\b|\bdepuis qu')[^,;]*$")


def _find_triggers(rules: Rules, text: str, folded: str, sentence: Span, date_starts: Sequence[int]) -> list[_Trigger]:
    found: list[_Trigger] = []
    for match in rules.trigger_re.finditer(folded, sentence.start, sentence.end):
        name = match.lastgroup or ""
        event_type, kind = rules.trigger_groups[name]
        start, end = match.span()
        if kind == "noun":
            np_start, np_end = _noun_phrase(rules, text, folded, sentence, start, end, date_starts)
        else:
            np_start, np_end = start, end
        window = folded[max(sentence.start, np_start - CUE_WINDOW) : np_start]
        framed = bool(rules.frame and rules.frame.search(window))
        subordinate = bool(rules.subordinate and rules.subordinate.search(window))
        excluded = False
        if kind == "noun" and (_IN_NAME.search(text[max(sentence.start, np_start - 40) : np_start])
                               or _PLACE_AFTER.match(text, end)):
            subordinate = excluded = True  # "Centre d'exposition de Saigon", "Hanoi Exhibition Centre": a place
        if kind == "verb" and _SINCE.search(folded, max(sentence.start, start - 80), start):
            subordinate = excluded = True  # "since the agreement took effect five years ago": background
        held_object = kind == "noun" and bool(rules.object_cue and rules.object_cue.search(window))
        genitive = (kind == "noun" and not framed and not held_object and not subordinate
                    and np_start > sentence.start + 3
                    and bool(_GENITIVE.search(window)))
        found.append(_Trigger(start, end, event_type, kind, np_start, np_end, framed, subordinate, held_object,
                              genitive, excluded))
    # a trigger inside another trigger's noun phrase is its complement ("conférence sur la loi")
    kept = []
    for trigger in found:
        inside = any(o is not trigger and o.kind == "noun" and o.start < trigger.start and trigger.end <= o.np_end
                     for o in found)
        if not inside:
            kept.append(trigger)
    return kept


# --------------------------------------------------------------------------- step 3: dates


_NAMED = re.compile(r"(?<![.!?]\s)\b[A-ZÀ-ÖØ-Þ][\w-]+\s+(?:d['’]|de\s|du\s|of\s)$")


def _date_role(rules: Rules, folded: str, sentence: Span, date: DateMention, original: str = "") -> str | None:
    """'event' for a date that can anchor an event, 'until' for an end, None for no event date."""
    if date.precision == "year" and date.end_value is not None and date.end_value.year > date.value.year:
        return None  # a term or a period: "2025-2030"
    window = folded[max(sentence.start, date.start - CUE_WINDOW) : date.start]
    head = folded[date.start : date.end]
    words = original[date.start : date.end].split()
    before = original[max(0, date.start - 40) : date.start]
    if (date.precision == "month" and len(words) == 1 and words[0][:1].isupper()
            and re.search(r"\b[A-ZÀ-ÖØ-ÞĐ][\w-]*\s+$", before) and not re.search(r"[.!?:]\s*$", before)):
        return None  # "Nguyen Thi Tuyet Mai": a name, not the month of May
    if date.precision in ("month", "year") and _NAMED.search(before):
        return None  # part of a name: "la Révolution d'août", "the October Revolution" is left to the date engine
    if rules.publication and rules.publication.search(window) and not re.search(r"\w", _strip_cue(window)):
        return None  # "Publié le 20/12/2025"
    coarse = date.precision in ("year", "month")
    if coarse and ((rules.horizon and rules.horizon.search(window))
                   or (rules.horizon_start and rules.horizon_start.match(head))):
        return None  # "d'ici 2030", "mandat 2025-2030", "by 2030"
    if rules.reporting and rules.reporting.search(window):
        return None  # "the ministry said on Thursday": when it was told, not when it happens
    if rules.end_cue and rules.end_cue.search(window):
        if rules.deadline_nouns and rules.deadline_nouns.search(folded, sentence.start, date.start):
            return None  # "Registration for the expo closes on June 20": a deadline
        return "until"  # "la session, qui doit s'achever le 11 décembre"
    deadline = bool(rules.deadline and rules.deadline.search(window))
    if deadline or (rules.deadline_start and rules.deadline_start.match(head)):
        if rules.continuation and rules.continuation.search(folded, sentence.start, date.start):
            return "until"  # "se poursuit jusqu'au 18 octobre"
        return None  # "inscriptions ouvertes jusqu'au ...", "avant le ..."
    return "event"


def _strip_cue(window: str) -> str:
    """What stands before a publication cue in its window (nothing for a stamp)."""
    line = window.rsplit("\n", 1)[-1]
    match = re.search(r"(?:publi|mis |mise |modifi|date de|derni|paru|posted|updated|last|first|modified)", line)
    return line[: match.start()] if match else line


_PAST_WORDS = re.compile(r"dernier|derniere|passe|passee|last|past|previous|ago|hier|yesterday")


def _future_weekday(rules: Rules, folded: str, sentence: Span, date: DateMention,
                    reference: dt.date | None) -> DateMention:
    """A bare weekday the date engine put in the past, in a sentence in the future tense: the coming one.

    "Les ministres tiendront leur propre réunion dimanche" (page of Saturday 24 May) is Sunday 25 May.
    """
    if (reference is None or not date.relative or date.precision != "day" or date.end_value is not None
            or not date.value < reference <= date.value + dt.timedelta(days=6)):
        return date
    words = folded[date.start : date.end]
    if re.search(r"\d", words) or _PAST_WORDS.search(words) or rules.future is None:
        return date
    before = folded[sentence.start : date.start]
    after = folded[date.end : sentence.end]
    clause_start = date.start - len(re.split(r"[,;:()]", before)[-1])
    clause_end = date.end + len(re.split(r"[,;:()]", after)[0])
    if len(re.findall(r"\w+", folded[clause_start:clause_end])) <= 3:  # "Vendredi, ..., X rencontrera ..."
        clause_start, clause_end = sentence.start, sentence.end
        if rules.past and rules.past.search(folded, sentence.start, sentence.end):
            return date  # "On Sunday, the Prime Minister inaugurated ...": past tense wins
    if not rules.future.search(folded, clause_start, clause_end):
        return date
    if "weekday" not in date.rule and not any(w in words for w in _weekday_words(rules.lang)):
        return date
    shifted = date.value + dt.timedelta(days=7)
    note = "the coming weekday: the sentence is in the future tense"
    return dataclasses.replace(date, value=shifted, explanation=f"{date.explanation}; {note}".lstrip("; "))


@functools.cache
def _weekday_words(lang: str) -> tuple[str, ...]:
    return tuple(lexicon.fold(w) for w in (lexicon.load(f"{lang}/words").get("weekdays") or {}))


# --------------------------------------------------------------------------- step 4: pairing


_DEFINITE = re.compile(r"(?:\b(?:le|la|les|ce|cette|the|this)\s+|\bl')$")
#: A definite back-reference ("the forum") pairs only with a date this close ("the forum on Monday").
BACK_REFERENCE_WORDS = 3
#: An end date further than this after the start is not the end of that event.
MAX_EVENT_DAYS = 120
#: A topic trigger ("ahead of the Forum") keeps a date at most this many words after its phrase.
SUBORDINATE_REACH = 8
_OF = re.compile(r"^\s*(?:,\s*)?(?:(?:et|and)\s+)?(?:de la|de l'|du|des|de|d'|of the|of)\s*$")


def _commemorated(rules: Rules, folded: str, trigger: _Trigger, date: DateMention) -> bool:
    """True when the date names what a commemorative noun celebrates ("anniversaire du 2 septembre 1945")."""
    if trigger.kind != "noun" or rules.commemorative is None or date.start < trigger.end:
        return False
    if not rules.commemorative.match(folded[trigger.start : trigger.end]):
        return False
    return bool(_OF.match(folded[trigger.end : date.start]) or _OF.match(folded[trigger.np_end : date.start]))


def _gap_words(folded: str, trigger: _Trigger, date: DateMention) -> int:
    if trigger.end <= date.start:
        return _words_between(folded, trigger.end, date.start)
    return _words_between(folded, date.end, min(trigger.np_start, trigger.start))


def _own_predicate(rules: Rules, folded: str, trigger: _Trigger, date: DateMention) -> bool:
    """A topic trigger with its own event verb right before its date ("the Forum, which will be held on July 11")."""
    if date.start < trigger.end or _words_between(folded, trigger.np_end, date.start) > SUBORDINATE_REACH:
        return False
    gap = (max(trigger.np_end, trigger.end), date.start)
    return bool(rules.predicate and rules.predicate.search(folded, *gap))


def _pair_score(rules: Rules, folded: str, trigger: _Trigger, date: DateMention) -> float:
    if trigger.end <= date.start:
        gap = (trigger.end, date.start)
    elif date.end <= trigger.start:
        gap = (date.end, trigger.np_start if trigger.np_start < trigger.start else trigger.start)
    else:
        gap = (0, 0)
    words = _words_between(folded, *gap)
    breaks = _clause_breaks(folded, *gap)
    own = trigger.kind == "noun" and _own_predicate(rules, folded, trigger, date)
    if own:  # "lors de la 2e session, qui se tient du 6 au 24 avril": the date of the session, not of the law
        breaks = 0
    return (rules.priorities.get(trigger.event_type, 20.0)
            + (PREDICATE_BONUS if own else 0.0)
            + (FRAME_BONUS if trigger.framed else 0.0)
            + (OBJECT_BONUS if trigger.held_object else 0.0)
            - (GENITIVE_PENALTY if trigger.genitive else 0.0)
            + (NOUN_BONUS if trigger.kind == "noun" else 0.0)
            + PRECISION_BONUS.get(date.precision, 0.0)
            - DISTANCE_WEIGHT * math.log2(1 + words)
            - CLAUSE_PENALTY * breaks)


def _pair(rules: Rules, folded: str, sentence: Span, index: int, story: int,
          triggers: Sequence[_Trigger], dates: Sequence[tuple[DateMention, str]],
          told: set[str] | frozenset[str] = frozenset()) -> list[_Proto]:
    """The (date, trigger) pairs of one sentence, best first; ``told``: event types the story already has."""
    candidates = []
    spans = [_date_span(d) for d, _ in dates]
    coarse = {i for i, (lo, hi) in enumerate(spans) if dates[i][0].precision != "day"
              and any(j != i and lo <= lo2 and hi2 <= hi and (hi2 - lo2) < (hi - lo)
                     for j, (lo2, hi2) in enumerate(spans))}
    consumed = {number for number, (date, _) in enumerate(dates)
                if any(_commemorated(rules, folded, t, date) for t in triggers)}
    for trigger in triggers:
        if trigger.excluded:
            continue
        for number, (date, role) in enumerate(dates):
            if trigger.subordinate and not _own_predicate(rules, folded, trigger, date):
                continue  # "préparatifs du 14e Congrès", but "ahead of the Forum, which will be held on July 11"
            if number in coarse or number in consumed:
                # "Last year, ... in October 2024": the finer date inside it tells the day;
                # "80e anniversaire de la Fête nationale": the date is what is celebrated
                continue
            if trigger.start < date.end and date.start < trigger.end:
                continue  # the trigger word is part of the date ("fête du 2 septembre" is fine, overlap is not)
            if date.precision == "year" and _gap_words(folded, trigger, date) >= FAR_YEAR_WORDS:
                continue
            bare = trigger.np_start == trigger.start and trigger.np_end == trigger.end  # "the forum", "la réunion"
            if (role == "event" and bare and trigger.event_type in told
                    and _DEFINITE.search(folded, max(0, trigger.np_start - 8), trigger.np_start)
                    and _gap_words(folded, trigger, date) > BACK_REFERENCE_WORDS):
                continue  # "Speaking at the forum, ... five years ago": the story's forum, not a new one
            score = _pair_score(rules, folded, trigger, date)
            candidates.append((score, -date.start, -trigger.start, trigger, date, role))
    candidates.sort(key=lambda c: (c[0], c[1], c[2]), reverse=True)
    used_triggers: set[int] = set()
    used_dates: set[int] = set()
    protos = []
    for score, _, _, trigger, date, role in candidates:
        if trigger.start in used_triggers or date.start in used_dates:
            continue
        used_triggers.add(trigger.start)
        used_dates.add(date.start)
        protos.append(_Proto(sentence, index, story, trigger, date, role == "until", score))
    # "which opened on May 5, is scheduled to close on June 27": the end of this sentence's event
    for date, role in dates:
        if role != "until" or date.start in used_dates:
            continue
        before = [p for p in protos if not p.until and p.date.start < date.start and p.date.value < date.value]
        if before:
            opener = max(before, key=lambda p: p.date.start)
            protos[protos.index(opener)] = dataclasses.replace(opener, end_date=date.end_value or date.value)
    return protos


def _date_span(date: DateMention) -> tuple[dt.date, dt.date]:
    """First and last day a date mention can denote."""
    start = date.value
    if date.precision == "year":
        return dt.date(start.year, 1, 1), dt.date((date.end_value or start).year, 12, 31)
    if date.precision == "month":
        last = date.end_value or start
        following = dt.date(last.year + (last.month == 12), last.month % 12 + 1, 1)
        return dt.date(start.year, start.month, 1), following - dt.timedelta(days=1)
    if date.precision == "week":
        return start, max(date.end_value or start, start + dt.timedelta(days=6))
    return start, max(date.end_value or start, start)


SUBJECT_REACH = 10
"""Words between a generic verb of holding and the trigger noun of its subject."""


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
        if trigger.kind == "verb" and trigger.event_type == "other":
            subjects = [t for t in triggers if t.kind == "noun" and t.end <= trigger.start and not t.excluded
                        and t.event_type != "other"
                        and _words_between(folded, t.end, trigger.start) <= SUBJECT_REACH
                        and not _clause_breaks(folded, t.end, _relative_start(folded, t.end, trigger.start))]
            if subjects:
                trigger = dataclasses.replace(trigger, event_type=subjects[-1].event_type)
        result.append(trigger)
    return result


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
            if (earlier.story == proto.story and earlier.trigger.event_type == proto.trigger.event_type
                    and earlier.date.value < end and earlier.date.precision == "day"):
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
        named = {t.event_type for t in triggers if t.kind == "noun" and (t.framed or t.subordinate)}
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
                  and not t.genitive and t.event_type != "other"]
        if not others:
            continue
        trigger = max(others, key=lambda t: (t.kind == "verb" or t.held_object, -t.start))
        added.append(_Proto(sentences[index], index, story, trigger, referenced.date, False, 0.0,
                            end_date=referenced.end_date, inherited=True))
    return sorted([*protos, *added], key=lambda p: (p.sentence.start, p.date.start))


# --------------------------------------------------------------------------- step 8: titles & status


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" ,;:-–—")


def _cap(text: str, tail_stops: frozenset[str] = frozenset()) -> str:
    """A title: cleaned, first letter capitalised, and past TITLE_MAX cut at a word, without the words
    that cannot end it ("… du Programme d'action du…" -> "… du Programme d'action…")."""
    text = _clean(text)
    if len(text) > TITLE_MAX:
        words = text[: TITLE_MAX - 1].split(" ")
        if len(words) > 1:
            words.pop()  # the word the cut went through (or the one before a space)
        stops = {lexicon.fold(w).rstrip("'’") for w in tail_stops}
        while len(words) > 1 and lexicon.fold(words[-1]).rstrip(",;:'’") in stops:
            words.pop()
        text = " ".join(words).rstrip(" ,;:-–—'’") + "…"
    return text[:1].upper() + text[1:]


_PURPOSE = re.compile(r"\s*((?:pour (?:celebrer|marquer|commemorer|fêter|feter|célébrer|commémorer)|marquant|celebrant"
                      r"|célébrant|to (?:mark|celebrate|commemorate)|marking|celebrating|commemorating|on|sur)"
                      r"\s[^,;:.()«»\"]{3,80})")
_FR_OF = {"le": "du", "les": "des", "la": "de la", "l'": "de l'"}


def _of(lang: str, subject: str) -> str:
    """ "de la Commission", "du présidium", "of the Ministry": the organiser as a complement."""
    match = re.match(r"(les|le|la|the)\s+|(l['’])", subject, flags=re.IGNORECASE)
    head = (match.group(1) or match.group(2)).lower().replace("’", "'") if match else ""
    rest = subject[match.end() :] if match else subject
    if lang == "fr":
        return f"{_FR_OF.get(head, 'de')} {rest}".replace("' ", "'") if head else f"de {rest}"
    return f"of the {rest}" if head == "the" else f"by {rest}"


_ANCHOR_COMPLEMENT = re.compile(r"^\s*(?:de la|de l['’]|du|des|de|d['’]|of the|of)\s*[^,.;]{0,60},\s*", re.IGNORECASE)
_SUBJECT_LEAD = re.compile(r"^[\W_]+")


def _title(rules: Rules, text: str, folded: str, proto: _Proto, story: Story, lead_index: int | None,
           headline_span: Span | None, siblings: Sequence[_Trigger] = ()) -> str:
    trigger = proto.trigger
    if trigger.kind == "verb":  # "a présidé ... une réunion interministérielle": the object names it
        objects = [t for t in siblings if t.kind == "noun" and t.event_type == trigger.event_type
                   and t.start > trigger.end and not t.subordinate
                   and _words_between(folded, trigger.end, t.start) <= 12]
        subjects = [t for t in siblings if t.kind == "noun" and t.event_type == trigger.event_type
                    and t.end <= trigger.start and not t.subordinate]
        if objects or subjects:
            chosen = objects[0] if objects else subjects[-1]
            proto = dataclasses.replace(proto, trigger=chosen)
            trigger = chosen
    stem = folded[trigger.start : trigger.end][:6]
    if (story.kind == "teaser" and headline_span is not None and lead_index is not None
            and proto.sentence_index in (lead_index, lead_index - 1)
            and stem and stem in fold_keep(headline_span.text)):
        return _cap(headline_span.text, rules.tail_stops)
    if trigger.kind == "noun":
        phrase = _clean(text[trigger.np_start : trigger.np_end])
        if len(phrase.split()) <= 3 and rules.organiser:
            sentence_start = proto.sentence.start
            match = rules.organiser.search(folded, sentence_start, trigger.start)
            if match and match.start() > sentence_start:
                begin = sentence_start
                if proto.date.end <= match.start():  # "Last week, X held ..." : the subject follows the date
                    begin = max(begin, proto.date.end)
                subject = _clean(text[begin : match.start()])
                if subject and len(subject.split()) <= 25:
                    return _cap(f"{phrase} {_of(rules.lang, subject)}", rules.tail_stops)
        if len(phrase.split()) <= 2:  # "une cérémonie pour célébrer le 96e anniversaire du Parti": keep the purpose
            purpose = _PURPOSE.match(text, trigger.np_end)
            if purpose:
                return _cap(phrase + " " + purpose.group(1), rules.tail_stops)
        return _cap(phrase, rules.tail_stops)
    sentence = proto.sentence
    if trigger.event_type == "other":  # "The next edition will be held in April 2027": its subject names it
        subject = _clean(_SUBJECT_LEAD.sub("", text[sentence.start : trigger.start].rsplit(",", 1)[-1]))
        if subject and len(subject.split()) <= 12 and not (sentence.start <= proto.date.start < trigger.start):
            return _cap(subject, rules.tail_stops)
    # a verb: its clause without the date words
    if not sentence.start <= proto.date.start < sentence.end:
        return _cap(text[sentence.start : sentence.end].rstrip("."), rules.tail_stops)
    after = text[proto.date.end : sentence.end]
    if not text[sentence.start : proto.date.start].strip(" ,"):  # "La veille de l'ouverture du sommet, X a": X a
        after = _ANCHOR_COMPLEMENT.sub("", after, count=1)
    body = re.sub(r"\b(?:le|ce|du|on|this|ces?)\s*$", "", text[sentence.start : proto.date.start].rstrip(" ,"),
                  flags=re.IGNORECASE) + " " + after
    return _cap(re.sub(r"\s+,", ",", body).rstrip("."), rules.tail_stops)


def _precision_key(value: dt.date, precision: str) -> tuple[int, ...]:
    if precision == "year":
        return (value.year,)
    if precision == "month":
        return (value.year, value.month)
    return (value.year, value.month, value.day)


def _clause(folded: str, proto: _Proto) -> Span:
    """The clause holding the trigger and its date: tense cues are read there, not in the whole sentence."""
    sentence = proto.sentence
    lo = min(proto.trigger.np_start, proto.date.start) if sentence.start <= proto.date.start < sentence.end \
        else proto.trigger.np_start
    hi = max(proto.trigger.end, proto.date.end) if sentence.start <= proto.date.start < sentence.end \
        else proto.trigger.end
    before = folded[sentence.start : lo]
    after = folded[hi : sentence.end]
    start = lo - len(re.split(r"[,;:]\s|\bwhich\b|\bqui\b", before)[-1])
    end = hi + len(re.split(r"[,;:]\s|\bwhich\b|\bqui\b", after)[0])
    return Span(start, end, folded[start:end])


def _status(rules: Rules, folded: str, sentence: Span, start: dt.date, end: dt.date | None, precision: str,
            reference: dt.date | None) -> str:
    planned_cue = bool(rules.planned and rules.planned.search(folded, sentence.start, sentence.end))
    held_cue = bool(rules.held and rules.held.search(folded, sentence.start, sentence.end))
    by_tense = "planned" if planned_cue and not held_cue else "held"
    if reference is None:
        return by_tense
    first = _precision_key(start, precision)
    ref = _precision_key(reference, precision)[: len(first)]
    if first > ref:
        return "planned"
    if first < ref:
        return "held"
    return by_tense


def _confidence(rules: Rules, proto: _Proto, has_actors: bool) -> float:
    strength = rules.strength.get(proto.trigger.kind, 0.8)
    if proto.trigger.event_type == "other":
        strength = rules.strength.get("other", 0.4)
    score = (0.3 + 0.25 * strength + 0.15 * has_actors
             + 0.15 * PRECISION_WEIGHT.get(proto.date.precision, 0.3)
             + 0.1 * (proto.trigger.framed or proto.trigger.np_end - proto.trigger.np_start > 25)
             + 0.05 * (proto.story == 0))
    score *= max(0.0, min(1.0, proto.date.confidence)) * (INHERITED_WEIGHT if proto.inherited else 1.0)
    return round(max(0.05, min(0.99, score)), 3)


# --------------------------------------------------------------------------- step 6-7: context and actors


#: How many sentences back a subject pronoun ("Il a reçu ...") may look for its person.
PRONOUN_REACH = 3
#: How many sentences back a title-only subject ("La ministre", "the ministry") may look for its name.
TITLE_REACH = 6


def _opens_with_pronoun(rules: Rules, folded: str, sentence: Span, text: str = "") -> bool | str:
    """"Il a reçu ...", "Le lendemain, il a reçu ...", "He said ...", "La ministre doit inaugurer ..."."""
    head = folded[sentence.start : sentence.end][:80]
    words = re.findall(r"[\w']+", head[:40])
    after_comma = re.findall(r"[\w']+", head.split(",", 1)[1][:40]) if "," in head[:40] else []
    openers = {words[0].rstrip("'") if words else "", after_comma[0].rstrip("'") if after_comma else ""}
    if openers & rules.pronouns:
        return True
    if rules.subject_titles is None or not text:
        return False
    starts = [0] + ([head.index(",") + 1] if "," in head[:40] else [])
    for offset in starts:
        lead = len(head[offset:]) - len(head[offset:].lstrip())
        match = rules.subject_titles.match(head, offset + lead)
        if match:
            following = text[sentence.start + match.end() : sentence.start + match.end() + 30].lstrip(" ,")
            if not following[:1].isupper():  # "La ministre doit ..." but not "Le ministre Nguyen Manh Hung ..."
                return match.group(0)  # the title as written: "la ministre", "the ministry"
    return False


def _context(rules: Rules, text: str, folded: str, sentences: Sequence[Span], sentence_story: Sequence[int],
             protos: Sequence[_Proto], headlines: dict[int, int], dated: set[int],
             triggers_by_sentence: dict[int, list[_Trigger]]) -> list[list[int]]:
    """For each proto, the indexes of the sentences whose actors join it (its own first)."""
    contexts: list[list[int]] = [[p.sentence_index] for p in protos]
    first_in_story: dict[int, int] = {}
    for i, proto in enumerate(protos):
        first_in_story.setdefault(proto.story, i)
        index = proto.sentence_index
        # "Il a fait cette déclaration lors du congrès": the subject is in an earlier sentence
        back = index
        opener = _opens_with_pronoun(rules, folded, sentences[back], text)
        if isinstance(opener, str):  # "La ministre doit inaugurer ...": the latest sentence naming "la ministre"
            head = opener.split()[-1].split("'")[-1]
            for pattern in (rf"\b{re.escape(opener)}\b", rf"\b{re.escape(head)}"):  # the title, else its head word
                found = next((earlier for earlier in range(index - 1, max(-1, index - 1 - TITLE_REACH), -1)
                              if sentence_story[earlier] == proto.story
                              and re.search(pattern, folded[sentences[earlier].start : sentences[earlier].end])), None)
                if found is not None:
                    contexts[i].append(found)
                    break
            continue
        while (_opens_with_pronoun(rules, folded, sentences[back], text) is True and back > 0
               and index - back < PRONOUN_REACH and sentence_story[back - 1] == proto.story):
            back -= 1
            contexts[i].append(back)
    for story, i in first_in_story.items():
        head = headlines.get(story)
        if head is not None and head not in contexts[i]:
            contexts[i].append(head)
    # dateless sentences pointing back: generic anaphor -> story's first event, same noun -> latest of its type
    by_type: dict[tuple[int, str], list[tuple[int, int]]] = {}
    for i, proto in enumerate(protos):
        by_type.setdefault((proto.story, proto.trigger.event_type), []).append((proto.sentence_index, i))
    for entries in by_type.values():
        entries.sort()
    for index, sentence in enumerate(sentences):
        if index in dated:
            continue
        story = sentence_story[index]
        target: int | None = None
        same_type = {t.event_type for t in triggers_by_sentence.get(index, [])
                     if t.kind == "noun" and not t.subordinate}
        for event_type in same_type:
            entries = by_type.get((story, event_type), [])
            k = bisect.bisect_left(entries, (index, -1)) - 1
            if k >= 0 and (target is None or entries[k][1] > target):
                target = entries[k][1]
        if target is None and rules.anaphors and rules.anaphors.search(folded, sentence.start, sentence.end):
            target = first_in_story.get(story)
            if target is not None and protos[target].sentence_index > index:
                target = None
        if target is not None and index not in contexts[target]:
            contexts[target].append(index)
    return contexts


_CREDIT_WORDS = frozenset({"photo", "photos", "source", "vna", "afp", "reuters", "ap", "xinhua", "ttxvn", "epa",
                           "efe", "dpa", "ansa", "getty images", "getty", "vnexpress", "photo vna", "credit"})


def _find_actors(article: Article, options: Options, spans: Sequence[Span],
                 noise: Sequence[tuple[int, int]]) -> list[Any]:
    """Entities of each span (None for all when the actor module is missing)."""
    if not spans:
        return []
    try:
        from timeline.extraction import actors as actor_module
    except ImportError:  # the actor module is written in parallel; events still work without it
        log.warning("timeline.extraction.actors is not available: events get no actors")
        return [None] * len(spans)
    texts = [_mask(span.text, span.start, noise) for span in spans]
    # a sentence told twice on a page (a lead repeated in a teaser) is read once
    first: dict[str, int] = {}
    for number, sentence_text in enumerate(texts):
        first.setdefault(sentence_text, number)
    unique = sorted(first.values())
    # Acronyms are kept as written ("ASEAN", "OIM"): merge.canonical_names links them to their expansion
    # across the corpus; expanding them here (find_acronyms) cost time and lowered actor recall on the golden set.
    found = actor_module.find_entities_many([texts[n] for n in unique], article.lang, options,
                                            [spans[n].start for n in unique])
    by_text = {texts[n]: entities for n, entities in zip(unique, found, strict=True)}
    return [by_text[sentence_text] for sentence_text in texts]


def _person_links(entities: Sequence[Any], article: Article) -> dict[str, str]:
    """Within one article, a person's short name -> the full name it is part of ("Hung" -> "Nguyen Manh Hung").

    The full names come from the event sentences and from the rest of the article (a name given
    in full in a sentence that tells no event, then by surname in the event's sentence).
    """
    people = sorted({_clean(a.name) for e in entities if e is not None for a in getattr(e, "actors", ())
                     if getattr(a, "kind", "") == "person"})
    if not people:
        return {}
    from timeline.extraction.actors import article_names, link_names

    known = set(people)
    if any(len(p.split()) == 1 for p in people):  # a surname alone: look for its full name in the article
        known |= {_clean(n) for n in article_names(article.text, article.lang)}
    known = sorted(known)
    if len(known) < 2:
        return {}
    wanted = set(people)
    return {raw: linked for raw, linked in link_names(known).items() if raw in wanted and raw != linked}


_MARKUP = re.compile(r"[=<>{}\[\]|\\]|__")
#: A name never touches these: "=HYPERLINK(...)", "<img src=x>" are markup or formulas in the text.
_MARKUP_BEFORE = frozenset("=<{[|\\")
_MARKUP_AFTER = frozenset("=(<>{[|")


def _touches_markup(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if 0 < start <= len(text) else " "
    after = text[end] if 0 <= end < len(text) else " "
    return before in _MARKUP_BEFORE or after in _MARKUP_AFTER


def _actors_of(entities: Any, noise: Sequence[tuple[int, int]], text: str = ""
               ) -> tuple[list[tuple[str, str]], list[str]]:
    """(name, role) pairs and location names of one entities record, noise, credits and markup left out."""
    if entities is None:
        return [], []
    people = []
    for actor in getattr(entities, "actors", ()) or ():
        name = _clean(actor.name)
        if not name or lexicon.fold(name) in _CREDIT_WORDS or _overlaps(actor.start, actor.end, noise):
            continue
        if _MARKUP.search(name) or (text and _touches_markup(text, actor.start, actor.end)):
            continue  # code or markup in the article text ("window.__pwned=2", "=HYPERLINK("), not a name
        people.append((name, _clean(actor.role or "")))
    places = []
    for location in getattr(entities, "locations", ()) or ():
        place = location[0] if isinstance(location, (tuple, list)) else str(location)
        if place and lexicon.fold(place) not in _CREDIT_WORDS:
            places.append(_clean(place))
    return people, places


# --------------------------------------------------------------------------- detect


def detect(article: Article, dates: list[DateMention], options: Options) -> list[Mention]:
    """The event mentions of one article: dated happenings with their trigger, title and actors.

    Pure: the same article and dates give the same mentions (same ids) on every run.
    """
    text = article.text
    if not text or (not dates and not options.extra.get("published_events")):
        return []
    rules = rules_for(article.lang)
    folded = fold_keep(text)
    noise = sorted((n.start, n.end) for n in article.noise if isinstance(n, NoiseSpan))
    stories = _stories(article)
    story_starts = [s.start for s in stories]

    # 1. sentences
    sentences: list[Span] = []
    for sentence in split_sentences(text, lang=rules.lang):
        if _in_spans(sentence.start, sentence.end, noise):
            continue
        sentences.append(sentence)
    if not sentences:
        return []
    sentence_starts = [s.start for s in sentences]
    sentence_story = [_story_at(stories, story_starts, s.start).index for s in sentences]
    headlines: dict[int, int] = {}
    leads: dict[int, int] = {}
    for i, sentence in enumerate(sentences):
        story = _story_at(stories, story_starts, sentence.start)
        if story.headline and story.index not in headlines and fold_keep(story.headline.strip())[:30] == \
                folded[sentence.start : sentence.start + min(30, len(story.headline.strip()))]:
            headlines[story.index] = i
        elif story.index not in leads:
            leads[story.index] = i

    # 3. dates, by sentence
    dates_by_sentence: dict[int, list[tuple[DateMention, str]]] = {}
    reference = _reference(article, options)
    for date in sorted(dates, key=lambda d: (d.start, d.end)):
        if date.end <= date.start or _overlaps(date.start, date.end, noise):
            continue
        i = bisect.bisect_right(sentence_starts, date.start) - 1
        if i < 0 or date.end > sentences[i].end + 1:
            continue
        role = _date_role(rules, folded, sentences[i], date, text)
        if role is not None and options.bare_weekday == "past":
            date = _future_weekday(rules, folded, sentences[i], date, reference)
        if role is not None:
            dates_by_sentence.setdefault(i, []).append((date, role))
    all_date_starts = sorted(d.start for d in dates)

    # 2 + 4. triggers and pairing, sentence by sentence
    triggers_by_sentence: dict[int, list[_Trigger]] = {}
    protos: list[_Proto] = []
    for i, sentence in enumerate(sentences):
        lo = bisect.bisect_left(all_date_starts, sentence.start)
        hi = bisect.bisect_left(all_date_starts, sentence.end)
        triggers = _type_generic_verbs(folded, _find_triggers(rules, text, folded, sentence, all_date_starts[lo:hi]))
        if triggers:
            triggers_by_sentence[i] = triggers
        if triggers and i in dates_by_sentence:
            told = {p.trigger.event_type for p in protos if p.story == sentence_story[i]}
            protos.extend(_pair(rules, folded, sentence, i, sentence_story[i], triggers, dates_by_sentence[i], told))
    protos.sort(key=lambda p: (p.sentence.start, p.date.start))

    # 5. until-dates, then happenings dated by the event their sentence points back to
    protos = _apply_until(_apply_durations(rules, folded, protos, triggers_by_sentence))
    if options.extra.get("published_events") and reference is not None:
        protos.extend(_published(stories, leads, headlines, sentences, triggers_by_sentence, protos, reference))
    if not protos:
        return []
    absorbed: list[tuple[_Proto, int]] = []
    protos = _absorb_same_range(_absorb_parts(rules, folded, protos, absorbed), absorbed)
    protos = _inherit_dates(rules, folded, protos, triggers_by_sentence, set(dates_by_sentence), sentences,
                            sentence_story)

    # 6-7. context sentences and one batched actor call
    contexts = _context(rules, text, folded, sentences, sentence_story, protos, headlines,
                        {p.sentence_index for p in protos}, triggers_by_sentence)
    for whole, index in absorbed:
        if whole in protos and index not in contexts[protos.index(whole)]:
            contexts[protos.index(whole)].append(index)
    needed = sorted({i for ctx in contexts for i in ctx})
    entities = _find_actors(article, options, [sentences[i] for i in needed], noise)
    by_sentence = dict(zip(needed, entities, strict=True))
    links = _person_links(entities, article)

    # 8. mentions
    title_text = _mask(text, 0, noise) if noise else text  # no dateline or credit in a title
    mentions = []
    for proto, context in zip(protos, contexts, strict=True):
        actors: dict[str, str] = {}
        keys: dict[str, str] = {}
        places: list[str] = []
        nearby: list[str] = []
        for position, index in enumerate(context):
            people, locs = _actors_of(by_sentence.get(index), noise, text)
            for raw, role in people:
                name = links.get(raw, raw)
                key = keys.setdefault(lexicon.fold(name), name)
                if role and not actors.get(key):
                    actors[key] = role
                else:
                    actors.setdefault(key, "")
            for place in locs:
                pool = places if position == 0 else nearby
                if lexicon.fold(place) not in {lexicon.fold(p) for p in pool}:
                    pool.append(place)
        places = places or nearby
        story = next(s for s in stories if s.index == proto.story)
        date = proto.date
        end_date = proto.end_date or date.end_value
        if end_date is not None and end_date <= date.value:
            end_date = None
        trigger_text = text[proto.trigger.start : proto.trigger.end]
        headline_index = headlines.get(proto.story)
        mentions.append(Mention(
            mention_id=_stable_id(article.id, date.start, proto.trigger.start),
            article_id=article.id,
            date=date.value,
            end_date=end_date,
            precision=date.precision,
            date_text=date.text,
            date_start=date.start,
            date_end=date.end,
            sentence=proto.sentence.text,
            sentence_start=proto.sentence.start,
            event_type=proto.trigger.event_type,
            trigger=trigger_text,
            title=_title(rules, title_text, folded, proto, story, leads.get(proto.story),
                         sentences[headline_index] if headline_index is not None else None,
                         triggers_by_sentence.get(proto.sentence_index, ())),
            status=_status(rules, folded, _clause(folded, proto), date.value, end_date, date.precision, reference),
            date_source="published" if date.rule == PUBLISHED_RULE else "text",
            actors=tuple(actors),
            roles=tuple((name, role) for name, role in actors.items() if role),
            locations=tuple(places),
            url=article.url,
            lang=article.lang,
            story_index=proto.story,
            confidence=_confidence(rules, proto, bool(actors)),
            resolution=date.explanation,
        ))
    return mentions


# --------------------------------------------------------------------------- frames


def to_frame(events: Sequence[Event]) -> pd.DataFrame:
    """The events table: one row per event, columns EVENT_COLUMNS in order.

    Dates are ``datetime.date`` objects (``end_date`` None for a single day), list columns hold
    Python lists and ``roles`` a dict.
    """
    rows = []
    for event in events:
        rows.append({
            "event_id": event.event_id,
            "date": event.date,
            "end_date": event.end_date,
            "precision": event.precision,
            "date_text": event.date_text,
            "date_source": event.date_source,
            "status": event.status,
            "event_type": event.event_type,
            "title": event.title,
            "actors": list(event.actors),
            "roles": dict(event.roles),
            "locations": list(event.locations),
            "sources": list(event.sources),
            "urls": list(event.urls),
            "evidence": list(event.evidence),
            "n_sources": int(event.n_sources),
            "confidence": float(event.confidence),
            "lang": event.lang,
        })
    frame = pd.DataFrame(rows, columns=list(EVENT_COLUMNS))
    for column in ("date", "end_date", "actors", "roles", "locations", "sources", "urls", "evidence"):
        frame[column] = pd.Series([row[column] for row in rows], dtype=object, index=frame.index)
    if not rows:
        frame = frame.astype({"n_sources": "int64", "confidence": "float64"})
    return frame


def mentions_frame(mentions: Sequence[Mention]) -> pd.DataFrame:
    """The mentions table: one row per telling, columns MENTION_COLUMNS in order."""
    rows = []
    for mention in mentions:
        row = {column: getattr(mention, column) for column in MENTION_COLUMNS}
        row["actors"] = list(mention.actors)
        row["locations"] = list(mention.locations)
        rows.append(row)
    frame = pd.DataFrame(rows, columns=list(MENTION_COLUMNS))
    for column in ("date", "end_date", "actors", "locations"):
        frame[column] = pd.Series([row[column] for row in rows], dtype=object, index=frame.index)
    return frame
