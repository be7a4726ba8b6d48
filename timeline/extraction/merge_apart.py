"""Merging: when two same-day tellings of one story tell two happenings (``apart``), and when a nameless telling
and another of one place are one (``same_place``), used by merge.py.

Split from merge.py (module size); the synonym groups are data: ``same_predicate`` in timeline/lang/merge.yaml.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from timeline import lang as lexicon
from timeline.extraction.actors.names import name_identity, place_name
from timeline.extraction.dates.clock_day import minutes

if TYPE_CHECKING:
    from timeline.extraction.merge_features import Cluster, Features

#: the merge's name for a telling of a line of a results or fixtures list (events/score_lines.py): merge_features
#: gives it as ``Features.kind``, and ``apart`` keeps two such lines apart. It lives here, not in events/, so that
#: importing the merge first (as a store's re-merge does) does not import the events package half-way.
LISTED = "listed"
#: the merge's name for a match told by its result verb between its two sides (events/result_clauses.py: "Rovers beat
#: Town 3-1, while Westmoor drew with Kingsport"): two such clauses of one day with no side in common are two matches
#: (``apart``; round thirty, spo30).
RESULT = "result"
#: the merge's name for a market move whose day its sentence does not tell (events/market_days.py: "Its stock slid
#: 5% at the open." after the story's dated news): the day's reaction, a happening of its own, never a retelling of
#: the news of another sentence (``apart``; round twenty-eight, sam28).
LENT_MARKET = "lent market"
#: the merge's name for a decision or a vote whose day its sentence does not tell (events/sitting_items.py: "The
#: council also approved the sale." after the story's dated sitting): an item of the sitting, a happening of its own,
#: never a retelling of a decision of another sentence (``apart``; round twenty-nine, two29).
LENT_ITEM = "lent item"
#: The types such an item is told with.
ITEM_TYPES = frozenset({"decision", "vote"})

#: Two predicates are one when their main words share this many first letters ("announced", "announcement").
PREDICATE_STEM = 5

#: Two tellings are strangers only when each names at least this many people or bodies (``strangers``).
STRANGERS_NAMED = 2

#: The clock hours each part of the day covers (start inclusive, end exclusive; night wraps past midnight).
PART_HOURS = {"morning": (5, 12), "noon": (11, 14), "afternoon": (12, 18), "evening": (17, 24), "night": (20, 6)}
#: Two times of day sharing at most this many hours are two moments ("cette nuit" 20-6 and "ce matin" 5-12).
MOMENT_OVERLAP_HOURS = 1

__all__ = ["CROSS_LANGUAGE_AGREEMENT", "MOMENT_OVERLAP_HOURS", "PART_HOURS", "PREDICATE_STEM", "STRANGERS_NAMED",
           "actors_agree", "apart", "common_names", "countries", "date_words", "disjoint", "every_country",
           "picked_up", "place_keys", "proper_names", "same_place", "same_predicate", "strangers", "within"]


def _stem(trigger: str) -> str:
    """The predicate a trigger names: the first PREDICATE_STEM letters of the last word, after an elision
    ("had been filed": "filed", "s'entretenir": "entre")."""
    words = trigger.split()
    if not words:
        return ""
    word = words[-1].split("'")[-1].split("’")[-1].rstrip("s")
    return word[:PREDICATE_STEM]


@functools.cache
def date_words() -> frozenset[str]:
    """Month and weekday names (lang/*/words.yaml), folded: two tellings of one day share them, they name no event."""
    words: set[str] = set()
    for lang in ("fr", "en"):
        table = lexicon.load(f"{lang}/words")
        for key in ("months", "weekdays"):
            words.update(lexicon.fold(str(w)) for w in table.get(key, {}) or {})
    return frozenset(words)


@functools.cache
def _synonyms() -> dict[str, frozenset[int]]:
    """Predicate stem -> the groups of ``same_predicate`` (lang/merge.yaml) it belongs to."""
    groups: dict[str, set[int]] = defaultdict(set)
    for number, group in enumerate(lexicon.load("merge").get("same_predicate", []) or []):
        for word in group:
            groups[_stem(lexicon.fold(str(word)))].add(number)
    return {stem: frozenset(found) for stem, found in groups.items()}


def same_predicate(trigger: str, others: Iterable[str]) -> bool:
    """The same predicate: the same stem, or stems of one synonym group ("meet", "hold talks")."""
    stem = _stem(trigger)
    groups = _synonyms().get(stem, frozenset())
    return any(_stem(o) == stem or groups & _synonyms().get(_stem(o), frozenset()) for o in others)


def apart(cluster: Cluster, features: Features) -> bool:
    """Two happenings of one story on one day that differ in predicate AND in actors stay apart.

    "GM announced on Wednesday a 45% drop in sales" and "Ford shares gained 2.3% on Wednesday": another
    predicate and no actor in common. A retelling keeps its predicate ("released" / "was released"), says it
    with a synonym of lang/merge.yaml ("met" / "held talks"), or names one of the cluster's actors ("Jobs
    announced ..." beside "Apple released ..." share Apple; for two `other` tellings of two sentences, only an actor
    both sentences name counts: context lends a nameless market move the actor of the summary before it). A
    mention or a cluster naming nobody is weighed by the rest (``_thin``): typed, it merges unless it is told at
    another moment of the day (``_other_moment``: "the storm hit overnight", "a man died this morning"); `other`,
    only when told in the same sentence or sharing a key term.
    A moment of a day's programme told by its hour ("Elles ont commencé vers 8 h 30", "Le discours s'est
    terminé à 12 h 21") cannot be told apart: a timed `other` telling merges. Beyond `other` (a typed
    happening: "signed an order" and "decreed a freeze" the same Monday; a resignation in the morning and the
    successor named in the afternoon), the hour does not bind them, but a shared key term keeps them together.
    """
    if not features.lo == features.hi == cluster.lo == cluster.hi:
        return False
    if features.kind == LISTED and LISTED in cluster.kinds and features.trigger not in cluster.triggers:
        return True  # two lines of a results or fixtures list: two matches (events/score_lines.py)
    if features.kind == RESULT and RESULT in cluster.kinds and features.trigger not in cluster.triggers \
            and disjoint(features.everyone, cluster.everyone):
        return True  # two result clauses of one day naming other sides: two matches (events/result_clauses.py)
    if cluster.event_type == "other" and {features.kind, *cluster.kinds} == {"market", "reported"}:
        return True  # "Ford said on Tuesday that its sales rose 43%" / "Ford's stock rose": a figure, a market move
    if cluster.event_type == "other" and LENT_MARKET in {features.kind, *cluster.kinds} \
            and features.sentence not in {s for _, s in cluster.sentences} and features.kind not in cluster.kinds:
        return True  # "lowered its outlook on Monday" / "Its stock slid 5%.": the news and the reaction
    if cluster.event_type in ITEM_TYPES and LENT_ITEM in {features.kind, *cluster.kinds} \
            and features.sentence not in {s for _, s in cluster.sentences} \
            and not same_predicate(features.trigger, cluster.triggers):
        return True  # "adopted the budget on Monday" / "The council also approved the sale.": two items; the same
        # verb again ("approved the budget on Monday" / "The council approved it by 12 votes to 3") is a retelling
    other_sentence = cluster.event_type == "other" and features.sentence not in {s for _, s in cluster.sentences}
    same = same_predicate(features.trigger, cluster.triggers)
    if other_sentence and features.trigger in cluster.triggers and features.named_here and cluster.named_here:
        # one verb, word for word, told in two sentences that each name their actors, none in common, is two
        # happenings ("Ireland beat France on Saturday evening" / "England beat Italy on Saturday afternoon"), timed
        # or not; a retelling names it otherwise ("a été mis en examen" / "la mise en examen est intervenue")
        return disjoint(features.named_here, cluster.named_here)
    if _two_clocks(cluster, features):
        return True
    if (features.timed or cluster.timed) and cluster.event_type == "other":
        return False
    if same or _back_reference(cluster, features) or (other_sentence and picked_up(cluster, features)):
        return False
    if _sequel(cluster, features):
        return True
    ours, theirs = features.everyone, cluster.everyone
    if other_sentence:
        # an actor binds two `other` tellings of two sentences only when both sentences name it: a nameless market
        # move takes the actors of the day's summary before it (actors, step 9d), and the oil price is no index
        ours, theirs = features.named_here, cluster.named_here
    if not ours or not theirs:
        return _thin(cluster, features) or _other_moment(cluster, features)
    if cluster.event_type != "other" and (features.terms & cluster.terms) - date_words():
        return False
    return disjoint(ours, theirs)


#: Two clock times at least this many minutes apart tell two moments ("21:30" and "23:10" of a live blog).
CLOCKS_APART_MINUTES = 30


def _two_clocks(cluster: Cluster, features: Features) -> bool:
    """A telling and an event of one story and day, told in other sentences at clock times CLOCKS_APART_MINUTES or
    more apart with the same predicate, neither sentence telling a phase (``_phase_told``: a start, an end, a break):
    two happenings of one kind, of any type ("une première réplique à 5 h 40" / "une seconde à 9 h 05", two
    explosions at 21:30 and 23:10). Other predicates at two clocks stay a day's programme (the rest decides)."""
    if not features.time or ":" not in features.time or not cluster.times:
        return False
    if (features.story[0], features.sentence) in cluster.sentences:
        return False
    clocks = [t for t in cluster.times if ":" in t]
    if not clocks or len(clocks) < len(cluster.times) or not same_predicate(features.trigger, cluster.triggers):
        return False
    if _phase_told(features.said) or any(_phase_told(lexicon.fold(m.sentence)) for m in cluster.members):
        return False
    ours = minutes(features.time)
    return ours is not None and all(abs(ours - (minutes(t) or 0)) >= CLOCKS_APART_MINUTES for t in clocks)


@functools.cache
def _phase_pattern() -> re.Pattern[str]:
    words = {lexicon.fold(str(w)) for w in lexicon.load("merge").get("phase_words", []) or []}
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})" if words else r"(?!)")


def _phase_told(said: str) -> bool:
    """A folded sentence tells a phase of its happening (lang/merge.yaml ``phase_words``: began, s'est terminée)."""
    return _phase_pattern().search(said) is not None


#: A trigger word shorter than this names no happening of its own ("a", "est", "été"): ``_sequel`` skips it.
SEQUEL_WORD = 4
#: At most this many words between a sequel marker and the trigger word it points at ("after the deadly blast").
SEQUEL_GAP = 2


@functools.cache
def _sequel_markers() -> str:
    """The alternation of lang/merge.yaml's ``sequel_markers`` (both languages), folded."""
    words = {lexicon.fold(str(w)) for w in lexicon.load("merge").get("sequel_markers", []) or []}
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _sequel(cluster: Cluster, features: Features) -> bool:
    """A telling whose sentence, another than the event's, points back at the event by its trigger word (after a
    demonstrative or a word of sequence: ``sequel_markers`` in lang/merge.yaml) and tells its own happening with
    another predicate: a sequel, two happenings ("Le 17, une frappe aérienne tue ..." / "Cette frappe a permis au
    groupe de lancer une offensive le même jour"; "The blast hit the depot on Monday" / "After the blast, the army
    sealed off the district on Monday"). A retelling says it with the same predicate or a synonym (the caller checked
    ``same_predicate``), or names it as the object of its own verb ("devrait annoncer sa démission")."""
    if (features.story[0], features.sentence) in cluster.sentences:
        return False
    if _points_at(features.said, cluster.triggers):
        return True
    return any(_points_at(lexicon.fold(m.sentence), {features.trigger}) for m in cluster.members)


def _back_reference(cluster: Cluster, features: Features) -> bool:
    """One of the two sides names a happening told before it in the story by its own trigger word after a sequel
    marker ("A prosecutor opened an inquiry on Sunday evening, as is usual after a fatal accident", after "Two
    climbers died in an avalanche on Sunday"): a back-reference, one happening. Told before the other side, the
    words name the cause of what follows ("left without power on Saturday after Storm Isolde brought gusts", before
    "a man died when a tree fell on his car"), not a telling of it."""
    ours = [m.sentence_start for m in cluster.members if (m.article_id, m.story_index) == features.story]
    if ours and features.sentence > min(ours) and _points_at(features.said, {features.trigger}):
        return True
    return any(m.sentence_start > features.sentence and _points_at(lexicon.fold(m.sentence),
                                                                    {lexicon.fold(m.trigger).rstrip("s")})
               for m in cluster.members if (m.article_id, m.story_index) == features.story)


#: A restated object's noun has at least this many letters ("résultats", "réforme"; a short word names too little).
PICKUP_NOUN = 5


@functools.cache
def _pickup_pattern() -> str:
    """The alternation of lang/merge.yaml's ``restating_determiners``, folded (the elided "l'" needs no space)."""
    words = {lexicon.fold(str(w)) for w in lexicon.load("merge").get("restating_determiners", []) or []}
    return "|".join(re.escape(w) + ("" if w.endswith("'") else r"\s+") for w in sorted(words, key=len, reverse=True))


def picked_up(cluster: Cluster, features: Features) -> bool:
    """A later `other` telling of the story whose trigger's subject is a definite noun phrase ("Les résultats,
    publiés lundi", "la réforme commencera mercredi") naming a noun an earlier telling's sentence gave as its object
    ("a présenté lundi les résultats d'un essai", "présentera mercredi une réforme"): the happening told again from
    its object, one row. The noun must stand past the earlier sentence's first two words (its object, not its
    subject: "Le groupe a publié ... Le groupe a aussi annoncé ..." are two) and be no month or weekday. Read both
    ways (the telling may be the earlier or the later one); the caller asks it only for two `other` tellings of other
    sentences of one story and day."""
    for member in cluster.members:
        if (member.article_id, member.story_index) != features.story or member.sentence_start == features.sentence:
            continue
        if member.sentence_start < features.sentence:
            later, trigger, earlier = features.said, features.trigger, lexicon.fold(member.sentence)
        else:
            later, trigger, earlier = lexicon.fold(member.sentence), lexicon.fold(member.trigger), features.said
        if _restates(later, trigger, earlier):
            return True
    return False


def _restates(later: str, trigger: str, earlier: str) -> bool:
    """``picked_up`` for two folded sentences and the later one's folded trigger."""
    word = trigger.split()[-1].rstrip("s") if trigger.split() else ""
    if len(word) < SEQUEL_WORD or not _pickup_pattern():
        return False
    noun_before = rf"(?<![\w'’])(?:{_pickup_pattern()})([a-z][a-z-]{{{PICKUP_NOUN - 1},}}),?\s+"
    found = re.search(noun_before + re.escape(word), later)
    if found is None or found.group(1) in date_words():
        return False
    noun = found.group(1).rstrip("s")
    return any(w.rstrip("s") == noun for w in re.findall(r"[\w-]+", earlier)[2:])


def _points_at(said: str, triggers: AbstractSet[str]) -> bool:
    """A folded sentence names one of the (folded) triggers' words right after a sequel marker."""
    words = {w for trigger in triggers for w in re.split(r"[\s'’-]+", trigger) if len(w) >= SEQUEL_WORD}
    if not said or not words:
        return False
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    pointer = rf"(?<!\w)(?:{_sequel_markers()})\s+(?:[\w'’-]+\s+){{0,{SEQUEL_GAP}}}?(?:{alternation})s?(?!\w)"
    return re.search(pointer, said) is not None


def disjoint(ours: Iterable[str], theirs: Iterable[str]) -> bool:
    """No name of ``ours`` is named in ``theirs`` nor the reverse."""
    ours, theirs = list(ours), list(theirs)
    return not any(_named(name, theirs) or any(_named(o, ours) for o in theirs) for name in ours)


def strangers(cluster: Cluster, features: Features) -> bool:
    """Two tellings from other stories that each name people or bodies of their own, none in common: two happenings.

    "Ms Vautrin met Mr Hovland in Geneva on Monday" and "Ms Costa met Mr Aebi in Geneva on Monday" share the type,
    the day and key terms ("Geneva", "Minister"), and are two meetings. A name counts on both sides when it is the
    same (one name per actor across languages: ``_words``) or a one-word name is a word of the other ("Barrot" in
    "Jean-Noël Barrot"). Both sides must name STRANGERS_NAMED people or bodies by names of two words or more
    (``Features.actors``): a side naming fewer may name by a title ("le chef du gouvernement") who the other names
    ("Thomas Lermier"), and a telling naming only one-word names (a country, a surname) is not told apart by its
    names. An identifying number or an amount both give (merge_numbers) still binds them: the caller checks it.
    """
    if len(features.actors) < STRANGERS_NAMED or len(cluster.actors) < STRANGERS_NAMED:
        return False
    return disjoint(features.everyone, cluster.everyone)


def _thin(cluster: Cluster, features: Features) -> bool:
    """An `other` telling and an `other` event, one of them naming nobody, told in other sentences with other
    predicates and no key term in common: nothing says they are one happening. `other` is the type of what no
    vocabulary names, so the type agreeing says nothing; a market that fell and a company that reported results
    the same Monday are two rows (docs/ANNOTATION.md). A typed pair keeps merging: its type is the evidence."""
    if cluster.event_type != "other":
        return False
    if (features.story[0], features.sentence) in cluster.sentences:
        return False
    return not (features.terms & cluster.terms) - date_words()


def _hours(time: str) -> set[int]:
    """The clock hours a time of day covers: one hour for 'HH:MM', the hours of a part (PART_HOURS), none if unknown."""
    if ":" in time:
        return {int(time[:2])}
    if time not in PART_HOURS:
        return set()
    lo, hi = PART_HOURS[time]
    return set(range(lo, hi)) if lo < hi else set(range(lo, 24)) | set(range(hi))


def within(clock: str, part: str) -> bool:
    """Whether an 'HH:MM' time falls in a part of the day (an unknown part agrees with nothing)."""
    return int(clock[:2]) in _hours(part) if part in PART_HOURS else False


def _other_moment(cluster: Cluster, features: Features) -> bool:
    """A typed telling and a typed event of one story and day, another predicate, one side naming nobody, told at
    times of day that share at most MOMENT_OVERLAP_HOURS hours with every time the event was told at: two moments,
    two happenings. Two clock times are left to the rest (a live blog's entries are timed by their posts). A clock
    inside a part of the day the other side gives is that part's moment, not another ("mardi soir" / "vers 21 h 40",
    "on Tuesday night" / "at about 11.20pm": a lead and its body; round thirty-five, mrg35): a clock covers one hour,
    so it never shares more than MOMENT_OVERLAP_HOURS with a part, even the part that holds it."""
    if cluster.event_type == "other" or not features.time or not cluster.times:
        return False
    ours = _hours(features.time)
    if not ours or (":" in features.time and all(":" in t for t in cluster.times)):
        return False
    return all((theirs := _hours(t)) and len(ours & theirs) <= MOMENT_OVERLAP_HOURS
               and not _clock_inside(features.time, t) for t in cluster.times)


def _clock_inside(one: str, other: str) -> bool:
    """One of two times of day is a clock ('HH:MM') inside the part of the day the other names (``within``)."""
    return (":" in one and within(one, other)) or (":" in other and within(other, one))


#: Across languages, at least this share of the shorter actor list must be named on both sides.
CROSS_LANGUAGE_AGREEMENT = 0.5


def actors_agree(ours: frozenset[str], theirs: set[str]) -> bool:
    """Do two tellings in different languages name the same actors? (merge.py, moved here for its size)

    At least one actor in common, and the common ones make at least CROSS_LANGUAGE_AGREEMENT of the shorter
    list. A one-word name counts as named when it is a word of a name on the other side ("Macron" in
    "Emmanuel Macron"), a name written in the other language when its core is the same ("Vellacourt Énergie",
    "Vellacourt Energy": ``merge_cores.same_core``), on either side: the answer does not depend on which telling
    the merge met first (round twenty-three: a surname after a title agreed with the full name in one order only).
    With no actor on one side nothing can agree: no merge.
    """
    from timeline.extraction.merge_cores import same_core  # merge_cores reads merge_names, which reads this module

    if not ours or not theirs:
        return False

    def matched(names: Iterable[str], other: Iterable[str]) -> int:
        return sum(1 for name in names if any(_named(name, [o]) or _named(o, [name]) or same_core(name, o)
                                              for o in other))

    small, large = (ours, theirs) if len(ours) <= len(theirs) else (theirs, ours)
    common = matched(small, large)
    if len(ours) == len(theirs):  # either side may be "the shorter": the answer must not hang on the order
        common = max(common, matched(large, small))
    return common >= 1 and common >= CROSS_LANGUAGE_AGREEMENT * len(small)


def _named(name: str, other: Iterable[str]) -> bool:
    """A folded name is named in ``other``: the same words, or a one-word name that is a word of another name."""
    flat = name.replace(" ", "")
    return any(flat == o.replace(" ", "") or (" " not in name and name in o.split()) for o in other)


@functools.cache
def countries() -> frozenset[str]:
    """The countries of the word lists (lang/*/actors.yaml), as name keys: a place too wide to tell one happening."""
    return frozenset(name_identity(str(c)) for lang in ("fr", "en")
                     for c in lexicon.load(f"{lang}/actors").get("countries", []) or [])


@functools.cache
def every_country() -> frozenset[str]:
    """``countries`` and every country of the gazetteer's table (GeoNames, English names: "Albania", "Iceland"), as
    name keys: a country the word lists miss is no town (GeoNames has a town named "Albania" in Colombia)."""
    from timeline.extraction.gazetteer import country_key, data_table

    return countries() | frozenset(country_key(str(row["name"])) for row in data_table("countries.json").values())


@functools.cache
def common_names() -> frozenset[str]:
    """Groups and bodies named by a common noun ("firefighters", "la police": lang/*/actors.yaml ``groups``,
    ``bodies``), folded as ``merge_features._words`` folds names: every happening has them, they tell none apart."""
    words = (str(w) for lang in ("fr", "en") for key in ("groups", "bodies")
             for w in lexicon.load(f"{lang}/actors").get(key, []) or [])
    return frozenset(" ".join(lexicon.fold(w).replace("-", " ").replace("'", " ").split()) for w in words)


def proper_names(everyone: Iterable[str]) -> frozenset[str]:
    """The names of ``everyone`` (folded, ``merge_features._words``) but countries and groups named by a common noun:
    two tellings in two languages that agree on these name the same people or bodies (merge.py counts it as a shared
    actor: "Nordlock a revendiqué l'attaque" / "Nordlock claimed the attack"), not merely the same country."""
    return frozenset(n for n in everyone if n.replace(" ", "") not in every_country() and n not in common_names())


def place_keys(locations: Iterable[str]) -> frozenset[str]:
    """The place keys of a telling ("Durrës", "Durres" -> one key), countries left out."""
    keys = (name_identity(place_name(place)) for place in locations)
    return frozenset(key for key in keys if key and key not in every_country())


def same_place(cluster: Cluster, features: Features) -> bool:
    """A typed happening of one day, told in one place with one predicate, one side naming nobody: one happening.

    "Les funérailles nationales auront lieu jeudi à Durrës" and "Funerals of the victims take place in Durrës on
    Thursday": no actor can agree or differ across the languages (one side names nobody), the key terms differ with
    the words; the same predicate (a stem, or a group of lang/merge.yaml's ``same_predicate``, in either language)
    told of the same place narrower than a country (``place_keys``), or of a town and its country (the gazetteer's,
    ``_town_in_country``), on the same single day is the evidence. `other`
    says nothing of the happening (its type agreeing is no evidence), and two sides that both name people are
    weighed by their names, not their place.
    """
    if cluster.event_type == "other" or not (features.lo == features.hi == cluster.lo == cluster.hi):
        return False
    if features.everyone - common_names() and cluster.everyone - common_names():
        return False  # a group named by a common noun ("firefighters said") is nobody in particular
    shared = features.places & cluster.places or _town_in_country(cluster, features)
    return bool(shared) and same_predicate(features.trigger, cluster.triggers)


def _town_in_country(cluster: Cluster, features: Features) -> bool:
    """One side placed in a country only, the other in a town of that country (``merge_places.telling_countries``:
    the gazetteer's "Lyon" in "France"), and no country the one side names missing on the other."""
    if not features.places and features.countries and cluster.places:
        return features.countries <= cluster.countries
    return bool(not cluster.places and cluster.countries and features.places
                and cluster.countries <= features.countries)
