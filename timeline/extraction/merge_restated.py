"""Merging: a sentence that gives the clock of a happening its story told before is that happening (``restated_joins``).

A report tells a happening in its lead by its day and a part of it ("An explosion tore through a chemicals plant on
Tuesday night, injuring two workers"; "Une panne a interrompu dimanche soir les échanges d'électricité") and, a few
paragraphs on, gives its clock with a verb of occurring and the happening as its definite subject ("The blast happened
at about 11.20pm, the fire service said"; "L'incident s'est produit vers 22 h 40, selon l'entreprise"). The second
sentence tells no happening of its own: it dates the first more finely. merge.py's pass keeps them apart when their
words differ (another predicate, another name: the service that gave the hour, ``merge_apart.apart``) or their types
do (`other` and `incident`: one story's tellings merge only when their types agree), and the clock then carries the
second telling into the other article's row (merge_clocks) while the lead stays a row of its own: one happening, two
rows (round seventeen: two dev pairs of two batches lost so).

So this join runs on the events the pass and merge_clocks made. A telling restates a happening when

    1. its sentence gives a clock time ('HH:MM') and a verb of occurring (lang/merge.yaml ``occurrence_words``:
       "happened", "occurred", "took place", "s'est produit", "a eu lieu", "est survenu") after a definite or
       demonstrative determiner and at most OCCURRENCE_GAP words (the happening named as a known thing: "The blast",
       "L'incident", "Cette fuite"), its trigger among those words;
    2. exactly one other event of its story, of the same single day, of a type it joins (one type, one family, or
       `other` and a family of ``other_joins``), holds a telling of that story told in an earlier sentence at a part
       of the day that holds the clock ("night" and 23:20; "soir" and 22:40: ``merge_apart.within``);
    3. and no telling of that story in that event is told at another moment (a clock more than
       CLOCK_TOLERANCE_MINUTES away, or a part of the day that does not hold the clock), and neither event is a
       market move or a reported figure.

Two events that qualify (a fire and an arrest told the same night, both typed) are left apart: which one the
sentence restates is not known. The two events are of one story, one day and types that join, so they lie in one
group of ``merge_groups.components`` (an `other` telling of one day is filed under the families of ``other_joins``).
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from timeline import lang as lexicon
from timeline.extraction.dates.clock_day import minutes
from timeline.extraction.merge_apart import PART_HOURS, within
from timeline.extraction.merge_clocks import CLOCK_TOLERANCE_MINUTES, MOVES, types_join

if TYPE_CHECKING:
    from timeline.extraction.merge_features import Cluster
    from timeline.models import Mention

__all__ = ["OCCURRENCE_GAP", "names_known", "occurrence_words", "restated_joins", "restates"]

#: At most this many words between the determiner and the verb of occurring ("the gas leak at the old depot occurred").
OCCURRENCE_GAP = 5


@functools.cache
def occurrence_words() -> frozenset[str]:
    """lang/merge.yaml ``occurrence_words``, folded."""
    return frozenset(lexicon.fold(str(w)) for w in lexicon.load("merge").get("occurrence_words", []) or [])


@functools.cache
def _pattern() -> re.Pattern[str]:
    table = lexicon.load("merge")
    verbs = occurrence_words()
    dets = {lexicon.fold(str(w)) for w in table.get("occurrence_determiners", []) or []}
    if not verbs or not dets:
        return re.compile(r"(?!)")
    verb = "|".join(re.escape(w) for w in sorted(verbs, key=len, reverse=True))
    det = "|".join(re.escape(w) for w in sorted(dets, key=len, reverse=True))
    # an elided determiner ("l'") is glued to its noun; another is a word of its own
    return re.compile(rf"(?<!\w)(?:{det})(?:(?<=')|\s+)((?:[\w'’-]+\s+){{0,{OCCURRENCE_GAP}}}?(?:{verb}))(?!\w)")


def restates(mention: Mention) -> bool:
    """The telling gives a clock and names its happening as a known thing with a verb of occurring (module doc, 1)."""
    return minutes(mention.time) is not None and names_known(mention)


def names_known(mention: Mention) -> bool:
    """The telling's sentence names its happening as a known thing with a verb of occurring, its trigger among those
    words ("The blast happened", "L'acte ... est survenu"): events/restated.py reads it for a telling dated by its
    day."""
    trigger = lexicon.fold(mention.trigger).split()
    if not trigger:
        return False
    for found in _pattern().finditer(lexicon.fold(mention.sentence).replace("’", "'")):
        words = re.split(r"[\s'-]+", found.group(1))
        if trigger[-1] in words or trigger[0] in words:
            return True
    return False


def _agrees(clock: int, time: str | None) -> bool | None:
    """A telling's time against the restating clock: True (a part of the day that holds it), None (another clock at
    most CLOCK_TOLERANCE_MINUTES away, or no time), False (another moment)."""
    if time is None:
        return None
    other = minutes(time)
    if other is not None:
        return None if abs(other - clock) <= CLOCK_TOLERANCE_MINUTES else False
    if time not in PART_HOURS:
        return None
    return within(f"{clock // 60:02d}:{clock % 60:02d}", time)


def _restated(cluster: Cluster, told: Mention, clock: int) -> bool:
    """The event holds a telling of the restating telling's story, told before it at a part of the day holding the
    clock, and none of that story told at another moment."""
    story = [m for m in cluster.members if (m.article_id, m.story_index) == (told.article_id, told.story_index)]
    verdicts = [(_agrees(clock, m.time), m) for m in story]
    if any(verdict is False for verdict, _ in verdicts):
        return False
    return any(verdict and m.sentence_start < told.sentence_start for verdict, m in verdicts)


def _candidates(clusters: Sequence[Cluster]) -> dict[tuple[str, int, object], list[int]]:
    """(article, story, day) -> the single-day events with a telling of that story."""
    found: dict[tuple[str, int, object], list[int]] = defaultdict(list)
    for cid, cluster in enumerate(clusters):
        if cluster.lo != cluster.hi or cluster.kinds & MOVES:
            continue
        for article, story in sorted(cluster.stories):
            found[(article, story, cluster.lo)].append(cid)
    return found


def restated_joins(clusters: Sequence[Cluster], joins: dict[int, int]) -> dict[int, int]:
    """``joins`` (an event -> the event it joins, the lowest number of its set: merge_clocks.clock_joins) with each
    restating event joined to the event it restates (module doc)."""
    parent = {cid: joins.get(cid, cid) for cid in range(len(clusters))}

    def root(cid: int) -> int:
        while parent[cid] != cid:
            cid = parent[cid]
        return cid

    by_story = _candidates(clusters)
    for cid, cluster in enumerate(clusters):
        if cluster.lo != cluster.hi or cluster.kinds & MOVES:
            continue
        for told in cluster.members:
            clock = minutes(told.time)
            if clock is None or not restates(told):
                continue
            story = by_story.get((told.article_id, told.story_index, cluster.lo), [])
            others = [other for other in story if root(other) != root(cid)
                      and any(types_join(told.event_type, t) for t in clusters[other].types)
                      and _restated(clusters[other], told, clock)]
            if len({root(other) for other in others}) != 1:
                continue  # none, or two happenings it may restate
            low, high = sorted((root(cid), root(others[0])))
            parent[high] = low
    return {cid: root(cid) for cid in range(len(clusters)) if root(cid) != cid}
