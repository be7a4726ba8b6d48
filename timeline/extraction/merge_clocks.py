"""Merging: two events of two articles told at one clock time of one day are one happening ("neighbours said the blast
happened at about 4.35pm" / "a gas explosion wrecked a bakery on Monday at 4.35pm"; "the final survivor was carried
up at 21:40" / "le dernier alpiniste a été remonté à 21 h 40").

merge.py's pass takes the tellings one by one, and a telling of an article's story joins its story's event first:
when the other article's event was founded by another telling of that story (a search of the ruins before the
collapse at its clock, the report of a rescue before its last exit), the telling that gives the clock never meets
it. So this join runs on the events the pass made (``clock_joins``): two events of two articles (no article in
common), each of one single day, the same day, their types equal, of one family (``merge_families.related``) or
`other` and a type of a family ``other_joins`` lists, and two of their tellings of those types told at clock times
at most CLOCK_TOLERANCE_MINUTES apart ("about 9am" / "à 9 h 05"). A clock time is the same in every language: it is
evidence across languages, as a measure is (merge_measures). What more the pair needs:

    * a precise clock (minutes not a multiple of ROUND_MINUTES: "4.35pm", "21 h 40"): nothing placing them apart,
      and across languages a place they agree on (a shared place narrower than a country, or a town and its
      country);
    * a round clock ("8 p.m.", "à 20 h", "at 9.30": the hours a programme is set at): a shared place narrower than a
      country;
    * two `other` events (what no vocabulary names: the type says nothing): a precise clock and a shared place
      narrower than a country.

Two events placed apart (two countries, or two places narrower than a country none of which the other side's
sentences name), two events that each name people or bodies none of which the other names, and a market move or a
reported figure (a price read at a clock) never join. Both events are of one day and related types, so they lie in
one group of ``merge_groups.components`` (their nodes share a family and the month): the join keeps a group's merge
its own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from timeline.extraction.dates.clock_day import minutes
from timeline.extraction.merge_apart import common_names, disjoint
from timeline.extraction.merge_families import OTHER, family, other_joins, related
from timeline.extraction.merge_places import names_any

if TYPE_CHECKING:
    from timeline.extraction.merge_features import Cluster
    from timeline.models import Mention

__all__ = ["CLOCK_TOLERANCE_MINUTES", "MOVES", "ROUND_MINUTES", "clock_joins", "members_of", "minutes"]

#: Two clock times at most this many minutes apart tell one moment ("about 9am" and "vers 9 h 05").
CLOCK_TOLERANCE_MINUTES = 5
#: A clock at a multiple of this many minutes past the hour is round: programmes are set at it ("20 h", "9.30").
ROUND_MINUTES = 15
#: The kinds of `other` telling (events/verb_readings.telling_kind) whose clock is a reading's, not a happening's.
MOVES = frozenset({"market", "reported"})


def types_join(ours: str, theirs: str) -> bool:
    """One type, one family, or `other` and a type of a family ``other_joins`` lists."""
    if related(ours, theirs):
        return True
    return (ours == OTHER and family(theirs) in other_joins()) or (theirs == OTHER and family(ours) in other_joins())


def clock_pair(first: Cluster, second: Cluster, shift: int = 0) -> tuple[bool, bool] | None:
    """(found, precise): two tellings of the two events, of types that join, told at clocks at most
    CLOCK_TOLERANCE_MINUTES apart (the first's clock moved by ``shift`` minutes: two time zones, merge_zones);
    precise when one of the two clocks is not round."""
    found = precise = False
    for ours in first.members:
        mine = minutes(ours.time)
        if mine is None:
            continue
        for theirs in second.members:
            other = minutes(theirs.time)
            if other is None or abs(mine + shift - other) > CLOCK_TOLERANCE_MINUTES:
                continue
            if not types_join(ours.event_type, theirs.event_type):
                continue
            found = True
            precise = precise or mine % ROUND_MINUTES != 0 or other % ROUND_MINUTES != 0
    return (found, precise) if found else None


def placed_apart(first: Cluster, second: Cluster) -> bool:
    """Placed in other countries, or in other places narrower than a country that no sentence of the other side names
    (a town and the region around it told together)."""
    if first.countries and second.countries and not first.countries & second.countries:
        return True
    if not (first.places and second.places) or first.places & second.places:
        return False
    return not (names_any([m.sentence for m in first.members], second.places)
                or names_any([m.sentence for m in second.members], first.places))


def _town_in_country(first: Cluster, second: Cluster) -> bool:
    """One side placed in a country only, the other in a town of that country (the gazetteer's)."""
    for one, two in ((first, second), (second, first)):
        if not one.places and one.countries and two.places and one.countries <= two.countries:
            return True
    return False


def _join(first: Cluster, second: Cluster) -> bool:
    """Whether two events of two articles, of one single day, are one happening told at one clock time."""
    if {a for a, _ in first.stories} & {a for a, _ in second.stories}:
        return False
    if not (first.lo == first.hi == second.lo == second.hi):
        return False
    if not any(types_join(ours, theirs) for ours in first.types for theirs in second.types):
        return False
    if (first.kinds | second.kinds) & MOVES:
        return False  # a price read at a clock ("shares were up 2% at 11:23 GMT") tells the market, not a happening
    pair = clock_pair(first, second)
    if pair is None or placed_apart(first, second) or named_apart(first, second):
        return False
    shared_place = bool(first.places & second.places)
    if first.types == second.types == {OTHER}:
        return shared_place and pair[1]  # `other` says nothing: a precise clock and a town
    if not pair[1]:
        return shared_place  # a round clock is a programme's hour: a town too
    return first.langs == second.langs or shared_place or _town_in_country(first, second)


def named_apart(first: Cluster, second: Cluster) -> bool:
    """Both events name people or bodies (names of two words or more), none named on the other side (groups named
    by a common noun left out): two happenings of one moment ("Ms Ada Roe quit at 10.40am", "Mr Bo Poe at 10.40am")."""
    common = common_names()
    return bool(first.actors and second.actors) and disjoint(first.everyone - common, second.everyone - common)


def _clocked_days(clusters: Sequence[Cluster]) -> dict[tuple[object, int], list[int]]:
    """(day, clock hour) -> the single-day events with a telling told in that hour (each event once per hour)."""
    buckets: dict[tuple[object, int], list[int]] = defaultdict(list)
    for cid, cluster in enumerate(clusters):
        if cluster.lo != cluster.hi:
            continue
        hours = {value // 60 for value in (minutes(m.time) for m in cluster.members) if value is not None}
        for hour in sorted(hours):
            buckets[(cluster.lo, hour)].append(cid)
    return buckets


def clock_joins(clusters: Sequence[Cluster]) -> dict[int, int]:
    """Each event that joins another by a clock time -> the event it joins (the lowest number of its set); events
    compared only within a day and neighbouring clock hours (near-linear). The pairs are read on the events the pass
    made, in the order the pass numbered them (which does not depend on the input's order); two events of one article
    never end in one set through a third article's event."""
    parent = list(range(len(clusters)))

    def root(cid: int) -> int:
        while parent[cid] != cid:
            parent[cid] = parent[parent[cid]]
            cid = parent[cid]
        return cid

    articles = {cid: {article for article, _ in cluster.stories} for cid, cluster in enumerate(clusters)}
    buckets = _clocked_days(clusters)
    for (day, hour), cids in sorted(buckets.items(), key=lambda item: (str(item[0][0]), item[0][1])):
        near = cids + [c for c in buckets.get((day, hour + 1), []) if c not in cids]
        for i, first in enumerate(cids):
            for second in near[i + 1:]:
                low, high = sorted((root(first), root(second)))
                if low == high or articles[low] & articles[high] or not _join(clusters[first], clusters[second]):
                    continue  # one article's two events never become one through a third article's
                parent[high] = low
                articles[low] |= articles.pop(high)
    return {cid: root(cid) for cid in range(len(clusters)) if root(cid) != cid}


def members_of(clusters: Sequence[Cluster], joins: dict[int, int]) -> dict[int, list[Mention]]:
    """The members of each event after the joins (an event joined into another has none of its own)."""
    members: dict[int, list[Mention]] = {cid: list(cluster.members) for cid, cluster in enumerate(clusters)}
    for cid, target in sorted(joins.items()):
        members[target].extend(members.pop(cid))
    return members
