"""Merging: the mentions of the whole corpus -> one row per event.

Two mentions tell the same event when

    1. their types are equal; or, in two articles, of one family (``merge_families``: a
       session and a meeting, a riot and a protest), or their days a day apart when the earlier
       is told late in its day or the later early ("overnight", "cette nuit"), with evidence of
       their own (``merge_families.loose_score``, weighed below every ordinary match),
    2. their dates are compatible: the same day; a day inside a range; a month (or year) that
       contains the other's day ("En décembre 2024, la résolution 57" and "publiée le 22 décembre
       2024"); overlapping ranges,
    3. and they share something that names the event: the same story of the same article
       (headline, lead and body tell one event), or a shared actor (folded, canonical), or a
       shared identifying number of the title ("57", "12e"; not a quantity, "62 ans", nor a clock
       time, "08h30 -": ``merge_numbers``) with no conflicting one, or a shared amount of money
       ("€350 million" = "350 millions d'euros"), or at least KEY_TERMS_NEEDED shared key terms
       (capitalised words and title words, folded; stop words, months, weekdays out) when they are no
       strangers: two tellings of other stories that each name people of their own, none in
       common, are two happenings (``merge_apart.strangers``);
    4. across languages (a mention joining a cluster told in another language) their actors also
       agree (``merge_apart.actors_agree``): key terms and numbers say little when the words differ, so an
       English and a French telling merge only when they name the same actors, one name per actor
       across languages (``actors.name_identity``: "Bureau politique" = "Politburo");
    5. and never two tellings of two articles placed apart, in two countries or two towns, sharing no
       actor (``merge_places.places_conflict``).

Scale: mentions are taken finest date first (ranges, days, weeks, months, years), each joins
the best matching cluster found through a block index keyed by (family, day | month | year), so
the work is near-linear in the number of mentions: no all-pairs comparison.

Ids do not depend on input order: mentions are sorted before clustering, and an event's id is
a hash of the smallest mention id of its cluster.

Independent groups (what lets a build re-merge only part of a corpus, exactly)
------------------------------------------------------------------------------
A mention's *nodes* (``nodes``) are (family, year, month) triples: its type's family
(``merge_families.family``: the type itself when it is in no family) with every month its date
span [lo, hi] (``_span``) touches, or with all twelve months of its year for a year-precision
mention. Two nodes are linked when one mention has both, or when two mentions with the same
mention id have them; the connected components of this graph (``components``) split the corpus
into groups that ``merge`` treats independently:

    1. An index key is (kind, family, bucket, signal). If the key k is among the ``_lookup_keys``
       of a mention m and the ``_home_keys`` of a cluster founder f, then m and f share a node:
       a day k ("d") lies in both spans (a single day also looks up the days before and after
       of its own month), so both have its month; "M" (a day-ish founder, a
       month-ish prober) and "m" (the reverse) name a month both spans touch; "Y" is filed by a
       day- or month-ish founder for every year its span touches (so it has a month of that
       year) and looked up only by year mentions (which have all its months); "y" is filed only
       by year founders (all months) and looked up for a year the prober's span touches. A
       cluster is filed only under its founder's home keys, so every posting list a mention
       reads holds clusters founded in its own group, and a mention joins such a cluster or
       founds one: by induction all members of a cluster are in its founder's group, and what
       a mention finds, the posting lengths MAX_TERM_POSTING looks at, the clusters' features
       and the scores depend on its own group's mentions alone.
    2. The mentions are taken in one global sorted order; its restriction to a group is the
       group's own sorted order (same key, and a stable sort keeps ties in input order). Cluster
       numbers grow in creation order, so a group's clusters get the same relative numbers
       alone as in the whole corpus, and the (score, -cid) tie-break picks the same cluster.
    3. A repeated mention id is skipped after its first telling: all tellings of one id are in
       one group (they are linked), so the first of them is the same in both runs.
    4. What is left is corpus-wide: the canonical actor names (``canonical_names`` over every
       name of the corpus). ``merge(..., names=...)`` takes them from the caller.

Hence ``merge`` over any union of whole groups, given the corpus's names, returns exactly the
events (ids, rows, member order) that ``merge`` over the whole corpus gives for those groups, and
an event's members all lie in one group. timeline/build.py uses this: after a change it
re-merges only the groups whose mentions changed (added, removed, or an actor whose canonical
name changed) and carries the others' events over from the previous snapshot.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import functools
import hashlib
import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from timeline import lang as lexicon
from timeline.extraction.actors.names import canonical_name, name_identity, place_name
from timeline.extraction.events.verb_readings import telling_kind
from timeline.extraction.merge_apart import actors_agree, apart, date_words, place_keys, same_place, strangers, within
from timeline.extraction.merge_families import early_told, family, late_told, loose_score
from timeline.extraction.merge_numbers import amounts, identifiers
from timeline.extraction.merge_places import places_conflict, telling_countries
from timeline.models import UNCOUNTED_ROLES, Event, Mention

log = logging.getLogger(__name__)

#: Shared key terms needed to merge two mentions that share no actor, number or story.
KEY_TERMS_NEEDED = 2
#: Ranges longer than this many days are indexed by month, not by day.
MAX_INDEXED_RANGE_DAYS = 62
#: A key term filed under more clusters than this in one block is too common to find candidates by.
MAX_TERM_POSTING = 50
#: Confidence gained per extra article telling the event.
SOURCE_BONUS = 0.05

__all__ = ["KEY_TERMS_NEEDED", "Node", "canonical_names", "components", "merge", "merge_ids", "nodes"]

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def _span(mention: Mention) -> tuple[dt.date, dt.date]:
    """First and last day the mention's date can denote."""
    return _date_span(mention.date, mention.end_date, mention.precision)


def _date_span(start: dt.date, end: dt.date | None, precision: str) -> tuple[dt.date, dt.date]:
    if precision == "year":
        return dt.date(start.year, 1, 1), dt.date(start.year, 12, 31)
    if precision == "month":
        last = calendar.monthrange(start.year, start.month)[1]
        return dt.date(start.year, start.month, 1), dt.date(start.year, start.month, last)
    if precision == "week":
        return start, max(end or start, start + dt.timedelta(days=6))
    return start, max(end or start, start)


#: An (event type, year, month) triple: see "Independent groups" in the module doc.
Node = tuple[str, int, int]


def nodes(event_type: str, date: dt.date, end_date: dt.date | None, precision: str) -> list[Node]:
    """The nodes of a mention: its type's family (merge_families.family: a telling may join a cluster of another
    type of its family) with each month its date span touches (all twelve for a year)."""
    label = family(event_type)
    lo, hi = _date_span(date, end_date, precision)
    if precision == "year":
        return [(label, year, month) for year in range(lo.year, hi.year + 1) for month in range(1, 13)]
    return [(label, year, month) for year, month in _months(lo, hi)]


def components(nodes_of: Iterable[Sequence[Node]], mention_ids: Iterable[str]) -> dict[Node, frozenset[Node]]:
    """Node -> the nodes of its group (see the module doc): union-find over the nodes, linked by
    each mention's own nodes and by mentions that share a mention id."""
    parent: dict[Node, Node] = {}

    def find(node: Node) -> Node:
        parent.setdefault(node, node)
        root = node
        while parent[root] != root:
            root = parent[root]
        while parent[node] != root:
            parent[node], node = root, parent[node]
        return root

    def union(a: Node, b: Node) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    first_of_id: dict[str, Node] = {}
    for own, mention_id in zip(nodes_of, mention_ids, strict=True):
        if not own:
            continue
        head = own[0]
        if len(own) > 1:
            for node in own[1:]:
                union(head, node)
        elif head not in parent:
            parent[head] = head
        first = first_of_id.setdefault(mention_id, head)
        if first != head:
            union(first, head)
    members: dict[Node, set[Node]] = defaultdict(set)
    for node in list(parent):
        members[find(node)].add(node)
    frozen = {root: frozenset(group) for root, group in members.items()}
    return {node: frozen[find(node)] for node in parent}



@functools.lru_cache(maxsize=262_144)
def _fold(word: str) -> str:
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
    folded = _fold(word).split("'")[-1].split("’")[-1]
    return folded if len(folded) >= 3 and folded not in _stopwords() and folded not in date_words() else ""


def _terms(mention: Mention) -> frozenset[str]:
    """Key terms: title words and capitalised words of the sentence, folded, without stop words."""
    trigger = {_fold(w) for w in _WORD.findall(mention.trigger)}
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
class _Features:
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
    """'market' (a security's move) or 'reported' (a figure a saying reports): events/verb_readings.telling_kind."""
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

    def signals(self) -> list[tuple[str, object]]:
        """The index signals: something two tellings of one event are likely to share."""
        return ([("s", self.story)] + [("a", a) for a in self.actors] + [("n", n) for n in self.numbers]
                + [("t", t) for t in self.terms] + [("$", v) for v in self.amounts] + [("p", p) for p in self.places])


@dataclass
class _Cluster:
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

    def add(self, mention: Mention, features: _Features) -> list[tuple[str, object]]:
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
        if features.lo == self.lo:
            self.late = self.late or features.late
            self.early = self.early or features.early
        return new

    def _has(self, signal: tuple[str, object]) -> bool:
        kind, value = signal
        pool = {"s": self.stories, "a": self.actors, "n": self.numbers, "t": self.terms, "$": self.amounts,
                "p": self.places}[kind]
        return value in pool


def _days(lo: dt.date, hi: dt.date) -> Iterable[dt.date]:
    day = lo
    while day <= hi:
        yield day
        day += dt.timedelta(days=1)


def _months(lo: dt.date, hi: dt.date) -> Iterable[tuple[int, int]]:
    year, month = lo.year, lo.month
    while (year, month) <= (hi.year, hi.month):
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _home_keys(label: str, precision: str, lo: dt.date, hi: dt.date) -> list[tuple[object, ...]]:
    """Where a cluster is filed: its own blocks (d, m, y) and the coarser blocks containing it (M, Y), under its
    type's family (``label``: merge_families.family; ``_match`` weighs the types)."""
    years = [("Y", label, y) for y in range(lo.year, hi.year + 1)]
    if precision == "year":
        return [("y", label, y) for y in range(lo.year, hi.year + 1)]
    months = list(_months(lo, hi))
    if precision == "month" or (hi - lo).days > MAX_INDEXED_RANGE_DAYS:
        return [("m", label, y, m) for y, m in months] + years
    return [("d", label, day) for day in _days(lo, hi)] + [("M", label, y, m) for y, m in months] + years


def _lookup_keys(label: str, precision: str, lo: dt.date, hi: dt.date) -> list[tuple[object, ...]]:
    """The blocks where a compatible cluster of a mention covering [lo, hi] is filed; for a single day, the days
    before and after in its month as well (a telling a day apart: merge_families; not across a month's end, which
    would tie every month of a family into one group of ``components``)."""
    years = list(range(lo.year, hi.year + 1))
    if precision == "year":
        return [("Y", label, y) for y in years] + [("y", label, y) for y in years]
    months = list(_months(lo, hi))
    coarse = [("m", label, y, m) for y, m in months] + [("y", label, y) for y in years]
    if precision == "month" or (hi - lo).days > MAX_INDEXED_RANGE_DAYS:
        return [("M", label, y, m) for y, m in months] + coarse
    if lo == hi:
        near = (lo - dt.timedelta(days=1), hi + dt.timedelta(days=1))
        lo, hi = (day if day.month == lo.month else lo for day in near)
    return [("d", label, day) for day in _days(lo, hi)] + coarse


def _own_actors(mention: Mention) -> tuple[str, ...]:
    """The telling's own actors: those its story lent it (role LENT_ROLE, events step 9e) do not say which event it
    is, as every event of the story is lent them."""
    lent = {name for name, role in mention.roles if role in UNCOUNTED_ROLES}  # and a protest's group (GROUP_ROLE)
    return tuple(a for a in mention.actors if a not in lent) if lent else mention.actors


def _features(mention: Mention, names: Mapping[str, str]) -> _Features:
    lo, hi = _span(mention)
    own = _own_actors(mention)
    # one-word names ("Vietnam", "Politburo") are too common to tell two events apart
    actors = frozenset(_fold(names.get(a, a)) for a in own if len(names.get(a, a).split()) >= 2)
    story = (mention.article_id, mention.story_index)
    trigger = _fold(mention.trigger).rstrip("s")
    everyone = frozenset(_words(names.get(a, a)) for a in own)
    sentence = _fold(mention.sentence)
    named_here = frozenset(_words(names.get(a, a)) for a in own if _fold(a) in sentence)
    kind = telling_kind(mention.lang, sentence, _fold(mention.trigger)) if mention.event_type == "other" else ""
    return _Features(lo, hi, actors, identifiers(mention.title), _terms(mention), story, trigger, mention.lang,
                     everyone, mention.time is not None, mention.sentence_start, named_here, kind,
                     amounts(mention.sentence), mention.time, place_keys(mention.locations), sentence,
                     mention.event_type, late_told(mention), early_told(mention), telling_countries(mention))


@functools.lru_cache(maxsize=65536)
def _words(name: str) -> str:
    """A name as folded words, through its alias entry ("Bureau politique" -> "politburo")."""
    return " ".join(_fold(canonical_name(name)).replace("-", " ").replace("'", " ").replace("’", " ").split())


def _match(cluster: _Cluster, features: _Features) -> float | None:
    """How well a mention fits a cluster (None: it does not). One of another type or a day apart is weighed by
    merge_families.loose_score, below every ordinary match. Tellings placed apart never merge (merge_places)."""
    if places_conflict(cluster, features):
        return None
    if features.lo > cluster.hi or cluster.lo > features.hi or features.event_type not in cluster.types:
        agree = cluster.langs == {features.lang} or actors_agree(features.everyone, cluster.everyone)
        return loose_score(cluster, features, agree)
    placed = same_place(cluster, features)
    if cluster.langs != {features.lang} and not placed and not actors_agree(features.everyone, cluster.everyone):
        return None
    if features.story in cluster.stories:
        if apart(cluster, features):
            return None
        inside = features.lo == features.hi and cluster.lo < cluster.hi and features.lo != cluster.lo
        around = cluster.lo == cluster.hi and features.lo < features.hi and features.lo != cluster.lo
        if not (inside or around) or features.trigger in cluster.triggers:
            return 100.0
        return 10.0 * len(features.actors & cluster.actors) or None
        # a day inside the story's multi-day event, told with another word ("il visitera une usine jeudi"
        # during "sa visite de travail du 10 au 14 août"): a part of its own unless names are shared; and the
        # reverse, a span told with another word than the day inside it ("des inondations ont touché en ce début
        # juin ..." and "une réunion de crise mardi"): the day sorts first, the span must not take its date
    if features.numbers and cluster.numbers and not features.numbers & cluster.numbers:
        return None
    shared_actors = len(features.actors & cluster.actors)
    shared_numbers = len(features.numbers & cluster.numbers)
    shared_terms = len(features.terms & cluster.terms)
    shared_amounts = len(features.amounts & cluster.amounts)
    if not (shared_actors or shared_numbers or shared_amounts or placed) and (
            shared_terms < KEY_TERMS_NEEDED or strangers(cluster, features)):
        return None
    return 10.0 * (shared_actors + shared_numbers + shared_amounts + placed) + shared_terms


def _canonical(mentions: Iterable[Mention]) -> dict[str, str]:
    return canonical_names(name for m in mentions for name in m.actors)


def canonical_names(actor_names: Iterable[str]) -> dict[str, str]:
    """Every actor name of a corpus -> the name merging uses for it (depends only on the set of names)."""
    names = sorted(set(actor_names))
    if not names:
        return {}
    try:
        from timeline.extraction.actors import canonical_names
    except ImportError:
        log.warning("timeline.extraction.actors is not available: actor names are not canonicalised")
        return {name: name for name in names}
    mapping = dict(canonical_names(names))
    return {name: mapping.get(name, name) for name in names}


def _sort_key(mention: Mention) -> tuple[object, ...]:
    return (_PRECISION_RANK.get(mention.precision, 4), 0 if mention.end_date else 1, mention.date,
            mention.article_id, mention.mention_id)


def _best(members: list[Mention]) -> Mention:
    """The telling the event's date and type come from: the finest date; of single days (a day apart:
    merge_families), the earlier (a night is dated by the day it began); a typed telling before an `other` one."""
    return min(members, key=lambda m: (_PRECISION_RANK.get(m.precision, 4), 0 if m.end_date else 1,
                                       m.date if m.end_date is None else dt.date.min, m.event_type == "other",
                                       -m.confidence, m.article_id, m.mention_id))


def _time(best: Mention, members: list[Mention]) -> str | None:
    """The event's time of day: what the tellings dated on the best one's day say, when they agree.

    A clock time ('21:45') beats a part of the day ('evening') it falls in; two different clock times,
    two different parts, or a clock time outside the part another telling gives: no time.
    """
    if best.precision != "day":
        return None
    said = {m.time for m in members if m.time and m.precision == "day" and m.date == best.date}
    clocks = {t for t in said if ":" in t}
    parts = said - clocks
    if len(clocks) > 1 or (not clocks and len(parts) > 1):
        return None
    if clocks:
        clock = next(iter(clocks))
        return clock if all(within(clock, part) for part in parts) else None
    return next(iter(parts), None)


def _title(members: list[Mention]) -> str:
    def quality(m: Mention) -> tuple[object, ...]:
        return (not m.title.endswith("…"), min(len(m.title.split()), 10), m.confidence, m.mention_id)
    return max(members, key=quality).title if members else ""


def _event(members: list[Mention], names: Mapping[str, str]) -> Event:
    best = _best(members)
    ordered = sorted(members, key=lambda m: (m is not best, m.article_id, m.sentence_start, m.date_start))
    actors: list[str] = []
    roles: dict[str, str] = {}
    seen: set[str] = set()
    role_of = {id(m): dict(m.roles) for m in ordered}
    lent = [(m, name) for m in ordered for name, role in m.roles if role in UNCOUNTED_ROLES]
    for mention, name in [(m, a) for m in ordered for a in _own_actors(m)] + lent:  # lent ones after all own ones
        role = role_of[id(mention)].get(name, "")
        canonical = names.get(name, name)
        key = name_identity(canonical)
        if key not in seen:
            seen.add(key)
            actors.append(canonical)
        if role and role not in UNCOUNTED_ROLES and canonical not in roles:
            roles[canonical] = role  # a lent actor is shown as any other, with no role
    places: dict[str, str] = {}
    for mention in ordered:
        for place in mention.locations:  # one name per place, without the corpus: "Hanoï", "Hà Nội" -> "Hanoi"
            shown = place_name(place)
            places.setdefault(name_identity(shown), shown)
    locations = list(places.values())
    sources = tuple(sorted({m.article_id for m in members}))
    by_position = sorted(members, key=lambda m: (m.article_id, m.sentence_start))
    urls = list(dict.fromkeys(m.url for m in by_position if m.url))
    evidence = list(dict.fromkeys(m.sentence for m in by_position))
    first_id = min(m.mention_id for m in members)
    return Event(
        event_id=hashlib.sha1(f"event|{first_id}".encode()).hexdigest()[:16],
        date=best.date,
        end_date=best.end_date,
        precision=best.precision,
        date_text=best.date_text,
        date_source="text" if any(m.date_source == "text" for m in members) else best.date_source,
        status="held" if any(m.status == "held" for m in members) else "planned",
        event_type=best.event_type,
        title=_title(members),
        actors=tuple(actors),
        roles=roles,
        locations=tuple(locations),
        sources=sources,
        urls=tuple(urls),
        evidence=tuple(evidence),
        n_sources=len(sources),
        confidence=round(min(0.99, max(m.confidence for m in members) + SOURCE_BONUS * (len(sources) - 1)), 3),
        lang=best.lang,
        time=_time(best, members),
        open_end=best.open_end,
    )


def merge(mentions: Iterable[Mention], names: Mapping[str, str] | None = None) -> tuple[list[Event], list[Mention]]:
    """Merge the mentions of a corpus into events.

    Returns the events sorted by (date, event_id) and the mentions (in the order given) with
    ``event_id`` filled in. The result does not depend on the order of the input.

    ``names`` (default: ``canonical_names`` of the mentions' actors) is the canonical-name
    mapping of the whole corpus, for merging only some of its groups (see the module doc).
    """
    given = list(mentions)
    events, event_ids = merge_ids(given, names)
    return events, [dataclasses.replace(m, event_id=e) for m, e in zip(given, event_ids, strict=True)]


def merge_ids(given: Sequence[Mention], names: Mapping[str, str] | None = None) -> tuple[list[Event], list[str]]:
    """``merge``, with the event id of each mention given instead of the mentions."""
    names = _canonical(given) if names is None else names
    index: dict[tuple[object, ...], dict[tuple[str, object], list[int]]] = {}
    """date key -> signal -> the clusters filed there."""
    clusters: list[_Cluster] = []
    cluster_of: dict[str, int] = {}
    for mention in sorted(given, key=_sort_key):
        if mention.mention_id in cluster_of:
            continue  # the same telling given twice
        features = _features(mention, names)
        best: tuple[float, int] | None = None
        seen: set[int] = set()
        signals = features.signals()
        for date_key in _lookup_keys(family(mention.event_type), mention.precision, features.lo, features.hi):
            block = index.get(date_key)
            if block is None:
                continue
            for signal in signals:
                posting = block.get(signal)
                if not posting or (signal[0] == "t" and len(posting) > MAX_TERM_POSTING):
                    continue  # nothing there, or a common word: a real match will share something rarer too
                for cid in posting:
                    if cid in seen:
                        continue
                    seen.add(cid)
                    score = _match(clusters[cid], features)
                    if score is not None and (best is None or (score, -cid) > (best[0], -best[1])):
                        best = (score, cid)
        if best is None:
            cid = len(clusters)
            keys = _home_keys(family(mention.event_type), mention.precision, features.lo, features.hi)
            clusters.append(_Cluster(mention.event_type, features.lo, features.hi, keys))
        else:
            cid = best[1]
        cluster = clusters[cid]
        new = cluster.add(mention, features)
        if new:
            for date_key in cluster.date_keys:
                block = index.setdefault(date_key, {})
                for signal in new:
                    block.setdefault(signal, []).append(cid)
        cluster_of[mention.mention_id] = cid
    events = [_event(c.members, names) for c in clusters]
    event_ids = [events[cluster_of[m.mention_id]].event_id for m in given]
    events.sort(key=lambda e: (e.date, e.event_id))
    return events, event_ids
