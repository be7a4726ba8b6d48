"""Step 2's vocabulary: the word lists of lang/<lang>/triggers.yaml compiled into one language's ``Rules``
(``rules_for``), and the labels of the event types."""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass, field
from typing import Any

from timeline import lang as lexicon
from timeline.extraction.events.inflect import apposed_verbs, lemma_verbs
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
    period_end: re.Pattern[str] | None = None
    """Right before a date, it names the period a figure covers ("in the 13 weeks to", "sur les neuf mois clos le")."""
    negated: re.Pattern[str] | None = None
    """Right before a date: the date is denied ("et non le 30 septembre", "rather than on Monday"), no happening."""
    predicate_precisions: frozenset[str] = frozenset({"day", "month"})
    """The precisions of a date that may make its predicate an event (events/predicates.py)."""
    birth: re.Pattern[str] | None = None
    """In a date's clause, before it: a birth ("born in Paris on", "né le"), no happening of the news."""
    date_terms: re.Pattern[str] | None = None
    figure_periods: re.Pattern[str] | None = None
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
    "vague_units": "vague_units", "birth": "birth_cues", "date_terms": "date_terms",
    "figure_periods": "figure_period_nouns"}
#: Rules fields read as a cue ending a window, a determiner allowed after it.
_TAIL_FIELDS = {"frame": "frame_cues", "object_cue": "object_cues", "subordinate": "subordinate_cues",
    "end_cue": "end_cues", "publication": "publication_cues", "comparison": "comparison_cues",
    "period_end": "period_end_cues",
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


def _statement_re(data: dict[str, Any]) -> re.Pattern[str] | None:
    """A statement cue right after a verb, past at most three words that are no determiner ("a annoncé mardi que")."""
    if not data.get("statement_cues"):
        return None
    # not past the head of a compound conjunction either: "a démissionné lundi, après que le parlement a voté" is no
    # reported clause ("conjunction_heads")
    skip = _alternation([*(data.get("determiners") or ["the"]), *(data.get("conjunction_heads") or [])])
    cue = _alternation(data["statement_cues"])
    return re.compile(rf"^\W*(?:(?!(?:{skip})\b)\w+\W+){{0,3}}?(?:{cue})(?:(?<=')|(?!\w))")
