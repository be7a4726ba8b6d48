"""Merging: two articles in two languages that already share a happening tell one story; the one happening each of
them tells on another day, nameless on one side, is one (``linked_joins``).

A French wire and an English local paper on one cable fault both tell the fault (merged by its operator's name), and
each tells one more thing on the Thursday: "The French energy regulator will question both operators at a hearing in
Paris on Thursday" and "La Commission de régulation de l'énergie entendra les deux exploitants jeudi 12 novembre à
Paris". merge.py's pass cannot join them: across languages it needs actors that agree (one side names nobody but a
title) or a typed happening told in one place (`other` says nothing: ``merge_apart.same_place``), and key terms say
little when the words differ. What says they are one is the pair of articles: they tell one story, and on that day
each tells one happening only. Round seventeen counted such pairs left apart in three written dev batches (a town's
civil registry reopening, the hearing, the cavers brought out).

So this join runs on the events the pass, merge_clocks and merge_restated made. Two events join when

    1. each holds tellings of one article only, A and B, in two languages, each of one single day, the same day,
       neither a market move nor a reported figure (``merge_clocks.MOVES``), their types joining
       (``merge_clocks.types_join``: one type, one family, or `other` and a family of ``other_joins``);
    2. A and B are linked: an event of the same group (``merge_groups.nodes``: a family and a month in common with
       the pair) already holds tellings of both;
    3. one to one: on that day, the event is the only one of A of a type joining B's, and the reverse;
    4. they share something besides the day: a place narrower than a country both sentences name (not one the story
       lent), a key term (a name, a word of both languages: "Paris", "civil"), an identifying number, an amount, a
       measure, or a clock time
       (``merge_clocks.clock_pair``; or two clocks one moment apart by the gap of the articles' time zones:
       ``merge_zones.zone_clock_pair``). Their status may differ: a telling's status is judged against its own
       article's reference date (events/status.py: a day after it is planned, a day before it held), so one
       happening told by a wire the day before and by a paper the day after is planned in one and held in the other
       (round twenty: a council's sitting, we-dev; the pass already merges such tellings in wb-dev and wc-dev);
    5. and nothing sets them apart: not placed apart by places their own sentences name (a place the story lent, a
       dateline's or a lead's town, is no evidence either way: ``merge_zones.placed_apart_named``), not naming
       people of their own none of which the other names (``merge_clocks.named_apart``).

Two happenings of one day told by two articles of one story, the same day each telling two, stay apart (which is
which is not known); two articles that share no happening (two emergency landings of one day in two countries) are
never linked. The pair and its link share a node of ``merge_groups.components``: the join keeps a group's merge its
own (a build that re-merges one group finds the same joins).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations
from typing import TYPE_CHECKING

from timeline.extraction.merge_apart import date_words
from timeline.extraction.merge_clocks import MOVES, clock_pair, named_apart, types_join
from timeline.extraction.merge_groups import Node, nodes
from timeline.extraction.merge_places import names_any
from timeline.extraction.merge_zones import placed_apart_named, zone_clock_pair

if TYPE_CHECKING:
    from timeline.extraction.merge_features import Cluster

__all__ = ["linked_joins", "shares_evidence"]


def _nodes(cluster: Cluster) -> set[Node]:
    return {node for m in cluster.members for node in nodes(m.event_type, m.date, m.end_date, m.precision)}


def shares_evidence(first: Cluster, second: Cluster) -> bool:
    """Something besides the day names both events (module doc, 4): a place, a key term, a number, an amount, a
    measure or a clock. A place counts when both sides' sentences name it: a story lends the town of its lead to
    every telling ("Ferry crossings will restart on Thursday" after a quake near Dunmere). The status is no evidence
    either way: it tells on which side of the day each article was written (module doc, 4)."""
    shared = first.places & second.places
    named = any(names_any([m.sentence for m in first.members], [place]) and
                names_any([m.sentence for m in second.members], [place]) for place in sorted(shared))
    return bool(named or (first.terms & second.terms) - date_words() or first.numbers & second.numbers
                or first.amounts & second.amounts or first.measures & second.measures or clock_pair(first, second)
                or zone_clock_pair(first, second))


def _links(clusters: Sequence[Cluster], groups: dict[int, list[int]]) -> dict[tuple[str, str], set[Node]]:
    """(article, article) of two languages -> the nodes of the events holding tellings of both."""
    links: dict[tuple[str, str], set[Node]] = defaultdict(set)
    for cids in groups.values():
        lang_of = {m.article_id: m.lang for cid in cids for m in clusters[cid].members}
        if len(lang_of) < 2:
            continue
        held = set().union(*(_nodes(clusters[cid]) for cid in cids))
        for first, second in combinations(sorted(lang_of), 2):
            if lang_of[first] != lang_of[second]:
                links[(first, second)] |= held
    return links


def _candidates(clusters: Sequence[Cluster], groups: dict[int, list[int]]) -> dict[tuple[str, object], list[int]]:
    """(article, day) -> the events of one cluster, one article and that single day, no market move."""
    found: dict[tuple[str, object], list[int]] = defaultdict(list)
    for cid, cids in sorted(groups.items()):
        cluster = clusters[cid]
        articles = {article for article, _ in cluster.stories}
        if cids != [cid] or len(articles) != 1 or cluster.lo != cluster.hi or cluster.kinds & MOVES:
            continue
        if len(cluster.langs) != 1:
            continue
        found[(next(iter(articles)), cluster.lo)].append(cid)
    return found


def _joins_types(first: Cluster, second: Cluster) -> bool:
    return any(types_join(ours, theirs) for ours in first.types for theirs in second.types)


def linked_joins(clusters: Sequence[Cluster], joins: dict[int, int]) -> dict[int, int]:
    """``joins`` (an event -> the event it joins, the lowest number of its set) with each pair of linked articles'
    one-to-one events of a day joined (module doc)."""
    parent = {cid: joins.get(cid, cid) for cid in range(len(clusters))}

    def root(cid: int) -> int:
        while parent[cid] != cid:
            cid = parent[cid]
        return cid

    groups: dict[int, list[int]] = defaultdict(list)
    for cid in range(len(clusters)):
        groups[root(cid)].append(cid)
    links = _links(clusters, groups)
    candidates = _candidates(clusters, groups)
    days: dict[str, set[object]] = defaultdict(set)
    for article, day in candidates:
        days[article].add(day)
    pairs: list[tuple[int, int]] = []
    for (first, second), held in sorted(links.items()):
        for day in sorted(days[first] & days[second], key=str):
            ours, theirs = candidates[(first, day)], candidates[(second, day)]
            for one in ours:
                partners = [two for two in theirs if _joins_types(clusters[one], clusters[two])]
                if len(partners) != 1:
                    continue
                two = partners[0]
                if [o for o in ours if _joins_types(clusters[o], clusters[two])] != [one]:
                    continue  # one to one: each is its article's only happening of the day the other may be
                a, b = clusters[one], clusters[two]
                if not (_nodes(a) & held or _nodes(b) & held):
                    continue  # the link lies in another group of merge_groups.components
                if not shares_evidence(a, b) or placed_apart_named(a, b) or named_apart(a, b):
                    continue
                pairs.append((one, two))
    for one, two in pairs:
        low, high = sorted((root(one), root(two)))
        if low != high:
            parent[high] = low
    return {cid: root(cid) for cid in range(len(clusters)) if root(cid) != cid}
