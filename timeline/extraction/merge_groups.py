"""Independent groups of the corpus for merging (what lets a build re-merge only part of a corpus, exactly).

Split from merge.py (module size): a mention's nodes, the groups they form, and the block index keys
merge.py files clusters under and looks them up by.

A mention's *nodes* (``nodes``) are (family, year, month) triples: its type's family
(``merge_families.family``: the type itself when it is in no family) with every month its date
span [lo, hi] (``date_span``) touches, or with all twelve months of its year for a year-precision
mention. Two nodes are linked when one mention has both, or when two mentions with the same
mention id have them; the connected components of this graph (``components``) split the corpus
into groups that ``merge`` treats independently:

    1. An index key is (kind, family, bucket, signal). If the key k is among the ``lookup_keys``
       of a mention m and the ``home_keys`` of a cluster founder f, then m and f share a node:
       a day k ("d") lies in both spans (a single day also looks up the days before and after
       of its own month), so both have its month; "M" (a day-ish founder, a
       month-ish prober) and "m" (the reverse) name a month both spans touch; "Y" is filed by a
       day- or month-ish founder for every year its span touches (so it has a month of that
       year) and looked up only by year mentions (which have all its months); "y" is filed only
       by year founders (all months) and looked up for a year the prober's span touches; an `other`
       telling of one single day is also filed and looked up under ("d", L, day) for each family L of
       ``other_joins`` (lang/merge.yaml), and its nodes hold (L, year, month) for each of them; a single day's
       telling of a family of ``linked_families`` holds them too, with no key of them (``_linking``). A
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
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence

from timeline.extraction.merge_families import OTHER, family, linked_families, other_joins

__all__ = ["MAX_INDEXED_RANGE_DAYS", "Node", "components", "date_span", "home_keys", "labels", "lookup_keys", "nodes"]

#: Ranges longer than this many days are indexed by month, not by day.
MAX_INDEXED_RANGE_DAYS = 62


def date_span(start: dt.date, end: dt.date | None, precision: str) -> tuple[dt.date, dt.date]:
    if precision == "year":
        return dt.date(start.year, 1, 1), dt.date(start.year, 12, 31)
    if precision == "month":
        last = calendar.monthrange(start.year, start.month)[1]
        return dt.date(start.year, start.month, 1), dt.date(start.year, start.month, last)
    if precision == "week":
        return start, max(end or start, start + dt.timedelta(days=6))
    return start, max(end or start, start)


#: An (event type, year, month) triple: see the module doc.
Node = tuple[str, int, int]


def labels(event_type: str, precision: str, lo: dt.date, hi: dt.date) -> list[str]:
    """The families a mention's day is filed and looked up under: its type's own (merge_families.family); an `other`
    telling of one single day, also those it may join (lang/merge.yaml ``other_joins``: merge_families.loose_score
    lets it join a telling of another article of its day, "the death toll from the quake has risen" and "un séisme a
    frappé")."""
    own = family(event_type)
    if event_type != OTHER or precision != "day" or lo != hi:
        return [own]
    return [own, *sorted(other_joins() - {own})]


def nodes(event_type: str, date: dt.date, end_date: dt.date | None, precision: str) -> list[Node]:
    """The nodes of a mention: its type's family (merge_families.family: a telling may join a cluster of another
    type of its family) with each month its date span touches (all twelve for a year); a single day's `other`
    telling also has the nodes of the families it may join (``labels``), and a single day's telling of a family of
    ``linked_families`` those of the families `other` joins (``_linking``)."""
    lo, hi = date_span(date, end_date, precision)
    if precision == "year":
        label = family(event_type)
        return [(label, year, month) for year in range(lo.year, hi.year + 1) for month in range(1, 13)]
    families = labels(event_type, precision, lo, hi)
    families += [label for label in _linking(event_type, precision, lo, hi) if label not in families]
    return [(label, year, month) for label in families for year, month in _months(lo, hi)]


def _linking(event_type: str, precision: str, lo: dt.date, hi: dt.date) -> list[str]:
    """The families of ``other_joins`` a single day's telling of a family of ``linked_families`` (lang/merge.yaml:
    sittings and hearings) is grouped with (not filed under: the pass's keys stay ``labels``'s). merge_linked joins
    the one happening each of two linked articles tells on a day, and the event linking them (a fault both tell) may
    be of another family than the pair (a regulator's hearing, a `session`): the link must lie in the pair's group
    (round eighteen, mrg18: counted in we-dev and wj-dev). Every family would make one group of a whole corpus."""
    if precision != "day" or lo != hi or family(event_type) not in linked_families():
        return []
    return sorted(other_joins() - {family(event_type)})


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


def home_keys(event_type: str, precision: str, lo: dt.date, hi: dt.date) -> list[tuple[object, ...]]:
    """Where a cluster is filed: its own blocks (d, m, y) and the coarser blocks containing it (M, Y), under its
    type's family (merge_families.family; merge.py's ``_match`` weighs the types); a single day's `other` founder
    also under the day blocks of the families it may join (``labels``)."""
    label, *wide = labels(event_type, precision, lo, hi)
    years = [("Y", label, y) for y in range(lo.year, hi.year + 1)]
    if precision == "year":
        return [("y", label, y) for y in range(lo.year, hi.year + 1)]
    months = list(_months(lo, hi))
    if precision == "month" or (hi - lo).days > MAX_INDEXED_RANGE_DAYS:
        return [("m", label, y, m) for y, m in months] + years
    return ([("d", label, day) for day in _days(lo, hi)] + [("M", label, y, m) for y, m in months] + years
            + [("d", other, lo) for other in wide])


def lookup_keys(event_type: str, precision: str, lo: dt.date, hi: dt.date) -> list[tuple[object, ...]]:
    """The blocks where a compatible cluster of a mention covering [lo, hi] is filed; for a single day, the days
    before and after in its month as well (a telling a day apart: merge_families; not across a month's end, which
    would tie every month of a family into one group of ``components``); a single day's `other` telling also looks
    in the blocks of its own day of the families it may join (``labels``)."""
    label, *wide = labels(event_type, precision, lo, hi)
    years = list(range(lo.year, hi.year + 1))
    if precision == "year":
        return [("Y", label, y) for y in years] + [("y", label, y) for y in years]
    months = list(_months(lo, hi))
    coarse = [("m", label, y, m) for y, m in months] + [("y", label, y) for y in years]
    if precision == "month" or (hi - lo).days > MAX_INDEXED_RANGE_DAYS:
        return [("M", label, y, m) for y, m in months] + coarse
    if lo == hi:
        near = (lo - dt.timedelta(days=1), hi + dt.timedelta(days=1))
        wide_keys = [("d", other, lo) for other in wide]
        lo, hi = (day if day.month == lo.month else lo for day in near)
        return [("d", label, day) for day in _days(lo, hi)] + coarse + wide_keys
    return [("d", label, day) for day in _days(lo, hi)] + coarse
