"""Step 2: the trigger vocabulary compiled from lang/<lang>/triggers.yaml, and the triggers of one sentence."""

from __future__ import annotations

import dataclasses
import functools
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from timeline import lang as lexicon
from timeline.extraction.events.complements import institution, typed_by_complement
from timeline.extraction.events.enclosures import quoted_object
from timeline.extraction.events.inflect import apposed_verbs, lemma_verbs
from timeline.extraction.events.places import in_place_name
from timeline.extraction.events.spans import _clause_breaks, _words_between
from timeline.extraction.events.wordlists import (
    _alternation,
    _ordered,
    _person_titles,
    _tail_re,
    _words_re,
    counted_re,
    reporting_cues,
)
from timeline.extraction.prefixscan import PrefixScanner
from timeline.extraction.sentences import Span
from timeline.models import EVENT_TYPES

log = logging.getLogger(__name__)


#: Characters looked at before a date or a trigger for a cue ("jusqu'au", "dans le cadre de la").
CUE_WINDOW = 60


@dataclass(frozen=True)
class Rules:
    """The compiled word lists of one language."""

    lang: str
    trigger_re: PrefixScanner
    """Every trigger: ``trigger_re.pattern`` is the one regex, ``trigger_re.finditer`` its matches."""
    trigger_groups: dict[str, tuple[str, str]]
    """Regex group name -> (event type, 'noun' | 'verb')."""
    priorities: dict[str, float]
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
    """Verbs of saying right before a date: when it was told, not when anything happens (``speech_verbs``)."""
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
    auxiliaries: frozenset[str] = frozenset()
    """Words before a past participle: a "noun" right after one is the participle ("a annoncé" is no "annonce")."""
    statement: re.Pattern[str] | None = None
    """Right after a verb trigger: it reports a statement ("a annoncé que", "announced that"), no happening."""
    predicate_forms: re.Pattern[str] | None = None
    """Finite verb forms a date may modify when no trigger names the happening (events/predicates.py)."""
    reporting_verbs: re.Pattern[str] | None = None
    """Their last word when they report a statement ("said", "declare"): no happening."""
    retold: re.Pattern[str] | None = None
    """A sentence opening that refers back to the story's happening ("The announcement came ...", "L'annonce a été")."""
    lead_announcements: re.Pattern[str] | None = None
    """In a story's lead, a dated announcement is the news ("GM announced on Wednesday that"): no statement."""
    reported_clause: re.Pattern[str] | None = None
    """Right after a dated saying of a story's lead ("said on Tuesday that"): the clause it reports opens here."""
    reported_other_day: re.Pattern[str] | None = None
    tense_links: re.Pattern[str] | None = None
    """Coordinators between two conjuncts of one clause, each with its own tense ("began on Monday and will")."""
    same_day_links: re.Pattern[str] | None = None
    """Links of two conjuncts that tell two happenings of one day ("and", "et"): events/coordination.py."""
    one_happening: frozenset[frozenset[str]] = frozenset()
    """Pairs of types that tell one happening in two conjuncts (a crowd gathers and demonstrates: meeting, protest)."""
    reporting_that: re.Pattern[str] | None = None
    """Verbs that say only when a "that" clause follows their date ("a reconnu mardi que", not "a reconnu mardi
    l'État"; "recalled on Monday that", not "recalled on Monday 300,000 cars")."""
    """In that clause, a tense of another time than the saying's ("that it had signed", "that it would cut"):
    the saying's day dates nothing there."""
    determiners: frozenset[str] = frozenset()
    """Words opening a noun phrase: an "-ed" word after one is an adjective ("the restructured GM"), no predicate."""
    thing_pronouns: frozenset[str] = frozenset()
    """Pronouns that can stand for a happening of the sentence before ("It will be held", "Elle aura lieu")."""
    person_pronouns: frozenset[str] = frozenset()
    """Subject pronouns that stand for one person ("il", "elle", "he", "she"): their antecedent is a person."""
    person_titles: re.Pattern[str] | None = None
    """A person named again by a title of actors.yaml ("le porte-parole", "l'ancien candidat", "ce membre"):
    a determiner, at most one adjective, the title (``_person_titles``)."""
    vague_units: re.Pattern[str] | None = None
    """Units of an offset too coarse to date a happening ("il y a dix ans", "30 ans après", "in six years")."""
    retype: tuple[tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None, str], ...] = ()
    """(trigger, object after, object before, type): a trigger whose object names another happening takes its type."""
    figure: re.Pattern[str] | None = None
    """A quantity ("$1.6 billion", "23%", "3 millions d'euros"): with a month or a year, an 'other' happening is a
    figure."""
    price: re.Pattern[str] | None = None
    """A unit price ("for US$29", "priced at 199 euros"): what a thing costs, no figure of the period."""
    comparison: re.Pattern[str] | None = None
    """Right before a date, it names a period compared with ("compared to March 2008", "par rapport à 2015")."""
    negated: re.Pattern[str] | None = None
    """Right before a date: the date is denied ("et non le 30 septembre", "rather than on Monday"), no happening."""
    predicate_precisions: frozenset[str] = frozenset({"day", "month"})
    """The precisions of a date that may make its predicate an event (events/predicates.py)."""
    birth: re.Pattern[str] | None = None
    """In a date's clause, before it: a birth ("born in Paris on", "né le"), no happening of the news."""
    date_terms: re.Pattern[str] | None = None
    """Right after a date or before it in its clause: a deadline or a target ("a June 1 deadline"), no happening."""
    role: re.Pattern[str] | None = None
    """Right before a trigger noun: it says what a person runs for ("le candidat LR à la présidentielle",
    "a candidate for the presidency"): the noun names a role, no happening."""
    counted: re.Pattern[str] | None = None
    """Right before a trigger noun, a cardinal ("58 annulations", "trois grèves", "12 cancellations"): the noun counts
    things, a figure, not one happening."""


_ORGANISER = {
    "fr": (r"(?:a|ont|avait|avaient) (?:organise|tenu|accueilli)|organisera|organise|tiendra|tiendront|tient|tiennent",
           "de"),
    "en": (r"organi[sz]ed|hosted|held|will hold|will host|holds|hosts|convened", "of"),
}


#: Trigger groups by prefix: listed verbs (generic verbs of holding for 'other'), verbs generated from lemmas,
#: listed verbs and lemma verbs that only a day can date (market moves: "shares fell 3% on Monday", "the Dow closed
#: lower on Tuesday", not "GDP rose in 2024"), nouns.
GROUP_PREFIXES = (("v", "verbs"), ("w", "verbs_day_only"), ("l", "lemmas"), ("d", "lemmas_day_only"), ("n", "nouns"))
DAY_ONLY = ("w_", "d_")


def _trigger_groups(lang: str, data: dict[str, Any]
                    ) -> tuple[dict[str, tuple[str, str]], PrefixScanner, dict[str, re.Pattern[str]]]:
    """Group name -> (type, kind), the one trigger alternation (verbs first: "a eu un entretien" beats "entretien"),
    scanned by prefix (extraction/prefixscan.py: the same matches as the one regex, several times faster)."""
    groups: dict[str, tuple[str, str]] = {}
    parts: list[tuple[str, list[str]]] = []
    noun_res: dict[str, re.Pattern[str]] = {}
    all_nouns = [p for patterns in (data.get("nouns") or {}).values() for p in patterns or ()]
    for prefix, key in GROUP_PREFIXES:
        table = data.get(key) or {}
        if key.startswith("lemmas"):
            table = lemma_verbs(lang, table, all_nouns, data.get("control_verbs") or ())
        if key == "lemmas_day_only":  # a participle in apposition: dated by a day only ("élu en 2008" is background)
            for event_type, patterns in apposed_verbs(lang, data.get("lemmas") or {}).items():
                table[event_type] = [*table.get(event_type, []), *patterns]
        for event_type, patterns in table.items():
            if event_type not in EVENT_TYPES or not patterns:
                log.warning("triggers_%s.yaml: unknown event type %r ignored", lang, event_type)
                continue
            name = f"{prefix}_{event_type}"
            groups[name] = (event_type, "noun" if prefix == "n" else "verb")
            parts.append((name, _ordered(patterns)))
            if prefix == "n":
                noun_res[event_type] = re.compile(rf"(?<![\w'-])(?:{_alternation(patterns)})(?!\w)")
    return groups, PrefixScanner(parts, head=r"(?<![\w-])", tail=r"(?![\w])"), noun_res


#: Rules fields read as whole words anywhere in a window (field: list in triggers.yaml).
_WORD_FIELDS = {"part_of": "part_of", "continuation": "continuation_cues", "deadline_nouns": "deadline_nouns",
    "predicate": "event_predicates", "planned": "planned_cues", "future": "future_tense", "past": "past_tense",
    "tense_links": "tense_links", "same_day_links": "same_day_links",
    "held": "held_cues", "anaphors": "anaphors", "predicate_forms": "predicate_forms",
    "lead_announcements": "lead_announcements", "reported_other_day": "reported_other_day", "retold": "retold",
    "vague_units": "vague_units", "birth": "birth_cues", "date_terms": "date_terms"}
#: Rules fields read as a cue ending a window, a determiner allowed after it.
_TAIL_FIELDS = {"frame": "frame_cues", "object_cue": "object_cues", "subordinate": "subordinate_cues",
    "end_cue": "end_cues", "publication": "publication_cues", "comparison": "comparison_cues",
    "negated": "negated_cues", "role": "role_cues"}
#: Rules fields that are plain sets of words.
_SET_FIELDS = {"pronouns": "pronouns", "tail_stops": "title_tail_stops", "place_prepositions": "place_prepositions",
    "complement_starts": "complement_starts", "key_stopwords": "key_stopwords", "auxiliaries": "auxiliaries",
    "determiners": "determiners", "thing_pronouns": "thing_pronouns", "person_pronouns": "person_pronouns"}
#: Rules fields that match their list anywhere, inside words too.
_ALTERNATION_FIELDS = {"reporting_verbs": "reporting_verbs", "figure": "figure_cues", "price": "price_cues"}


@functools.cache
def rules_for(lang: str) -> Rules:
    """The compiled rules of ``lang`` ('fr' or 'en'; any other language gets the English rules)."""
    lang = lang if lang in ("fr", "en") else "en"
    data: dict[str, Any] = lexicon.load(f"{lang}/triggers")
    groups, trigger_re, noun_res = _trigger_groups(lang, data)
    organiser, join = _ORGANISER[lang]
    retype = tuple((re.compile(rf"(?:{_alternation(r['trigger'])})$"),
                    re.compile(rf"^\W*(?:\w+\W+){{0,{int(r.get('reach', 4))}}}(?:{_alternation(r['objects'])})(?!\w)"),
                    re.compile(_alternation(r["before"])) if r.get("before") else None,
                    str(r["type"])) for r in data.get("retype") or ())
    deadline = list(data.get("deadline_cues") or [])
    horizon = list(data.get("horizon_cues") or [])
    return Rules(
        **{field: _words_re(data.get(key) or []) for field, key in _WORD_FIELDS.items()},
        one_happening=frozenset(frozenset(str(t) for t in pair) for pair in data.get("one_happening_types") or ()),
        **{field: _tail_re(data.get(key) or []) for field, key in _TAIL_FIELDS.items()},
        **{field: frozenset(data.get(key) or ()) for field, key in _SET_FIELDS.items()},
        **{field: re.compile(_alternation(data[key])) if data.get(key) else None
           for field, key in _ALTERNATION_FIELDS.items()},
        lang=lang,
        trigger_re=trigger_re,
        trigger_groups=groups,
        priorities={k: float(v) for k, v in (data.get("priorities") or {}).items()},
        labels=dict(data.get("labels") or {}),
        commemorative=re.compile(rf"(?:{_alternation(data.get('commemorative') or [])})$")
        if data.get("commemorative") else None,
        deadline=_tail_re(deadline),
        deadline_start=re.compile(rf"^(?:{_alternation(deadline)})(?!\w)") if deadline else None,
        reporting=_tail_re(reporting_cues(data)),
        reporting_that=_tail_re(reporting_cues(data, "speech_verbs_that")),
        horizon=_tail_re(horizon),
        horizon_start=re.compile(rf"^(?:{_alternation(horizon)})(?!\w)") if horizon else None,
        subject_titles=re.compile(rf"(?:{_alternation(data.get('subject_titles') or [])})(?!\w)")
        if data.get("subject_titles") else None,
        title_stop=re.compile(rf"(?:{_alternation(data.get('title_stops') or [])})(?![\w])"),
        premodifier=re.compile(rf"(?:{_alternation(data.get('title_premodifiers') or [])})$"),
        organiser=re.compile(rf"(?<![\w'])(?<!se )(?<!s')(?:{organiser})(?!\w)"),
        organiser_join=join,
        nouns=noun_res,
        duration_before=tuple(re.compile(p) for p in data.get("duration_before") or []),
        duration_after=tuple(re.compile(p) for p in data.get("duration_after") or []),
        numbers={lexicon.fold(str(k)): int(v) for k, v in (lexicon.load(f"{lang}/words").get("numbers") or {}).items()},
        statement=_statement_re(data),
        retype=retype,
        reported_clause=(re.compile(rf"[\s,]*(?:{_alternation(data['reported_clause'])})(?:(?<=')|(?![\w]))")
                         if data.get("reported_clause") else None),
        person_titles=_person_titles(lang, data),
        predicate_precisions=frozenset(data.get("predicate_precisions") or ("day", "month")),
        counted=counted_re(data.get("counted_cues") or []),
    )


def event_type_label(event_type: str, lang: str = "en") -> str:
    """The label people read for an event type: ``event_type_label("meeting", "fr") == "Réunion"``."""
    labels = rules_for(lang).labels if lang in ("fr", "en") else rules_for("en").labels
    return str(labels.get(event_type) or event_type.replace("_", " ").capitalize())


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


def _statement_re(data: dict[str, Any]) -> re.Pattern[str] | None:
    """A statement cue right after a verb, past at most three words that are no determiner ("a annoncé mardi que")."""
    if not data.get("statement_cues"):
        return None
    # not past the head of a compound conjunction either: "a démissionné lundi, après que le parlement a voté" is no
    # reported clause ("conjunction_heads")
    skip = _alternation([*(data.get("determiners") or ["the"]), *(data.get("conjunction_heads") or [])])
    cue = _alternation(data["statement_cues"])
    return re.compile(rf"^\W*(?:(?!(?:{skip})\b)\w+\W+){{0,3}}?(?:{cue})(?:(?<=')|(?!\w))")


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
        retyped = _retyped(rules, folded, match.group(0), (sentence.start, start, end, sentence.end), event_type)
        # a market's verb retyped by its object is that happening, dated as it is ("cut its key rate last December":
        # a decision, no move of a day)
        day_only = name.startswith(DAY_ONLY) and retyped == event_type
        event_type = retyped
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
