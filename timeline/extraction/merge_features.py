"""What merging compares: a mention's features (``Features``, computed once) and a cluster's (``Cluster``, the union
of its members'), with the key terms, the folded names and the telling's own actors they are made of.

Split from merge.py (module size); merge.py's ``_match`` scores a mention's features against a cluster's.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from timeline import lang as lexicon
from timeline.extraction.actors.names import canonical_name
from timeline.extraction.events.result_clauses import result_clause
from timeline.extraction.events.score_lines import score_line
from timeline.extraction.events.sitting_items import names_body
from timeline.extraction.events.verb_readings import telling_kind
from timeline.extraction.merge_apart import ITEM_TYPES, LENT_ITEM, LENT_MARKET, LISTED, RESULT, date_words, place_keys
from timeline.extraction.merge_families import early_told, late_told
from timeline.extraction.merge_groups import date_span
from timeline.extraction.merge_measures import measures
from timeline.extraction.merge_names import single_names
from timeline.extraction.merge_numbers import amounts, identifiers
from timeline.extraction.merge_places import telling_countries
from timeline.models import UNCOUNTED_ROLES, Mention

__all__ = ["Cluster", "Features", "features_of", "fold", "own_actors", "span"]


def span(mention: Mention) -> tuple[dt.date, dt.date]:
    """First and last day the mention's date can denote."""
    return date_span(mention.date, mention.end_date, mention.precision)


@functools.lru_cache(maxsize=262_144)
def fold(word: str) -> str:
    return lexicon.fold(word)


@functools.cache
def _stopwords() -> frozenset[str]:
    words: set[str] = set()
    for lang in ("fr", "en"):
        words.update(lexicon.fold(w) for w in lexicon.load(f"{lang}/triggers").get("key_stopwords", []) or [])
    return frozenset(words)


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
@functools.lru_cache(maxsize=262_144)
def _term(word: str) -> str:
    """The key term a word gives: folded, after an elision; '' when it is too short, a stop word, or a month or
    weekday name (two tellings of one day share it by construction: it names no happening)."""
    folded = fold(word).split("'")[-1].split("’")[-1]
    return folded if len(folded) >= 3 and folded not in _stopwords() and folded not in date_words() else ""


def _terms(mention: Mention) -> frozenset[str]:
    """Key terms: title words and capitalised words of the sentence, folded, without stop words."""
    trigger = {fold(w) for w in _WORD.findall(mention.trigger)}
    terms = set()
    for word in _WORD.findall(mention.title):
        term = _term(word)
        if term and term not in trigger:
            terms.add(term)
    for word in _WORD.findall(mention.sentence)[1:]:  # the first word is capitalised anyway
        if word[:1].isupper():
            term = _term(word)
            if term and term not in trigger:
                terms.add(term)
    return frozenset(terms)


@dataclass(frozen=True)
class Features:
    """What a mention brings to the comparison, computed once."""

    lo: dt.date
    hi: dt.date
    actors: frozenset[str]
    numbers: frozenset[str]
    terms: frozenset[str]
    story: tuple[str, int]
    trigger: str = ""
    """The trigger word, folded, without a plural s ("congres", "visite", "visitera")."""
    lang: str = ""
    everyone: frozenset[str] = frozenset()
    """Every actor's shown name folded (``_words``), one-word names included (for agreement across languages)."""
    timed: bool = False
    """The date gives a time of day (a clock time, "ce soir"): a moment of one day's programme."""
    sentence: int = -1
    """Where the telling's sentence starts in its article (two happenings of one sentence are told together)."""
    named_here: frozenset[str] = frozenset()
    """The actors of ``everyone`` its own sentence names (not those its context lent it)."""
    kind: str = ""
    """'market' (a security's move) or 'reported' (a figure a saying reports): events/verb_readings.telling_kind;
    'listed' (a line of a results or fixtures list: events/score_lines.py); 'result' (a match told by its result
    verb: events/result_clauses.py)."""
    amounts: frozenset[str] = frozenset()
    """The amounts of money its sentence gives ('350m'): merge_numbers.amounts."""
    time: str | None = None
    """Its time of day ('HH:MM' or a part of the day: Mention.time)."""
    places: frozenset[str] = frozenset()
    """Its places narrower than a country, one key per place in any spelling or language (merge_apart.place_keys)."""
    said: str = ""
    """Its sentence, folded (merge_apart._sequel reads it)."""
    event_type: str = ""
    late: bool = False
    """Told late in its day (merge_families.late_told: the evening, the night, "late on Thursday")."""
    early: bool = False
    """Told as the night before or the early morning of its day (merge_families.early_told)."""
    countries: frozenset[str] = frozenset()
    """The countries it is placed in, its towns' included (merge_places.telling_countries)."""
    singles: frozenset[str] = frozenset()
    """Its one-word actor names its sentence shows as names, an acronym or a capitalised word (merge_names)."""
    measures: frozenset[str] = frozenset()
    """The measures its sentence gives, a figure with its unit ('hour:48': merge_measures)."""

    def signals(self) -> list[tuple[str, object]]:
        """The index signals: something two tellings of one event are likely to share."""
        return ([("s", self.story)] + [("a", a) for a in self.actors] + [("n", n) for n in self.numbers]
                + [("t", t) for t in self.terms] + [("$", v) for v in self.amounts] + [("p", p) for p in self.places]
                + [("1", n) for n in self.singles])


@dataclass
class Cluster:
    event_type: str
    lo: dt.date
    hi: dt.date
    date_keys: list[tuple[object, ...]]
    members: list[Mention] = field(default_factory=list)
    actors: set[str] = field(default_factory=set)
    numbers: set[str] = field(default_factory=set)
    terms: set[str] = field(default_factory=set)
    stories: set[tuple[str, int]] = field(default_factory=set)
    triggers: set[str] = field(default_factory=set)
    langs: set[str] = field(default_factory=set)
    everyone: set[str] = field(default_factory=set)
    timed: bool = False
    sentences: set[tuple[str, int]] = field(default_factory=set)
    """(article, sentence start) of each member."""
    named_here: set[str] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)
    amounts: set[str] = field(default_factory=set)
    times: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    types: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    late: bool = False
    """A member of the cluster's own day is told late in it (merge_families)."""
    early: bool = False
    singles: set[str] = field(default_factory=set)
    measures: set[str] = field(default_factory=set)

    def add(self, mention: Mention, features: Features) -> list[tuple[str, object]]:
        """Add a member; return the signals that are new to the cluster (to index them)."""
        new = [s for s in features.signals() if not self._has(s)]
        self.members.append(mention)
        self.actors.update(features.actors)
        self.numbers.update(features.numbers)
        self.terms.update(features.terms)
        self.stories.add(features.story)
        self.triggers.add(features.trigger)
        self.langs.add(features.lang)
        self.everyone.update(features.everyone)
        self.timed = self.timed or features.timed
        self.sentences.add((features.story[0], features.sentence))
        self.named_here.update(features.named_here)
        self.kinds.add(features.kind)
        self.amounts.update(features.amounts)
        self.times.update([features.time] if features.time else [])
        self.places.update(features.places)
        self.types.add(features.event_type)
        self.countries.update(features.countries)
        self.singles.update(features.singles)
        self.measures.update(features.measures)
        if features.lo == self.lo:
            self.late = self.late or features.late
            self.early = self.early or features.early
        return new

    def _has(self, signal: tuple[str, object]) -> bool:
        kind, value = signal
        pool = {"s": self.stories, "a": self.actors, "n": self.numbers, "t": self.terms, "$": self.amounts,
                "p": self.places, "1": self.singles}[kind]
        return value in pool



def own_actors(mention: Mention) -> tuple[str, ...]:
    """The telling's own actors: those its story lent it (role LENT_ROLE, events step 9e) do not say which event it
    is, as every event of the story is lent them."""
    lent = {name for name, role in mention.roles if role in UNCOUNTED_ROLES}  # and a protest's group (GROUP_ROLE)
    return tuple(a for a in mention.actors if a not in lent) if lent else mention.actors


def features_of(mention: Mention, names: Mapping[str, str]) -> Features:
    lo, hi = span(mention)
    own = own_actors(mention)
    # one-word names ("Vietnam", "Politburo") are too common to tell two events apart
    actors = frozenset(fold(names.get(a, a)) for a in own if len(names.get(a, a).split()) >= 2)
    story = (mention.article_id, mention.story_index)
    trigger = fold(mention.trigger).rstrip("s")
    everyone = frozenset(_words(names.get(a, a)) for a in own)
    sentence = fold(mention.sentence)
    named_here = frozenset(_words(names.get(a, a)) for a in own if fold(a) in sentence)
    kind = telling_kind(mention.lang, sentence, fold(mention.trigger)) if mention.event_type == "other" else ""
    kind = LISTED if mention.event_type == "other" and score_line(mention.trigger) else kind  # a results list's line
    if mention.event_type == "other" and result_clause(mention.trigger, mention.lang):
        kind = RESULT  # a match told by its result verb (events/result_clauses.py)
    told_here = mention.sentence_start <= mention.date_start < mention.sentence_start + len(mention.sentence)
    if kind == "market" and mention.precision == "day" and not told_here:
        kind = LENT_MARKET  # a day's move its sentence does not date (events/market_days.py)
    if mention.event_type in ITEM_TYPES and mention.precision == "day" and not told_here \
            and names_body(mention.lang, sentence):
        kind = LENT_ITEM  # a sitting's item its sentence does not date (events/sitting_items.py)
    return Features(lo, hi, actors, identifiers(mention.title), _terms(mention), story, trigger, mention.lang,
                     everyone, mention.time is not None, mention.sentence_start, named_here, kind,
                     amounts(mention.sentence), mention.time, place_keys(mention.locations), sentence,
                     mention.event_type, late_told(mention), early_told(mention), telling_countries(mention),
                    single_names(mention, own, names), measures(mention.sentence))


@functools.lru_cache(maxsize=65536)
def _words(name: str) -> str:
    """A name as folded words, through its alias entry ("Bureau politique" -> "politburo")."""
    return " ".join(fold(canonical_name(name)).replace("-", " ").replace("'", " ").replace("’", " ").split())
