"""Merging: two events of two articles in two languages that the pass's own comparison accepts but never made
(``unmet_joins``).

merge.py's pass takes the tellings one by one and a telling joins the best cluster it meets. Two tellings of one
happening in two articles can stay apart although ``merge._match`` accepts one against the other's event:

    * its own story met it first: "Le fabricant de pneumatiques Arvel a annoncé ce mercredi la suppression de 140
      postes dans son usine de Montluçon" joins its article's story (a story scores above every other match), which
      a sentence naming nobody ("a annoncé un plan social ce mercredi") had founded, so it and the English wire's
      "Arvel said on Wednesday it would cut 140 jobs at its Montlucon plant", which agree (the actor, the town), are
      two rows;
    * the candidate index never put them side by side: the two sentences share no index signal (words of two
      languages), while their actors agree by their core (the French "sauveteurs du Spéléo Secours", the English
      "Spéléo Secours Français").

Round twenty-four counted the class in two dev sources (wh, wp). So this join runs on the events the pass and the
other joins made, and CHOOSES: two events join when

    1. each holds tellings of one article only, A and B, in two languages, each of one single day, the same day,
       not a market move (a price told of a company is its own row: ``MARKET``), their types joining
       (``merge_clocks.types_join``);
    2. a telling of one is accepted by ``merge._match`` against the other event (the pass's own test: across
       languages it needs agreeing actors, a shared place or a measure; never places in conflict), or, refused
       there, the two events agree on enough weak signals (``merge_agreement.agreement``: counts, a place, a
       clock, the predicate, the type; round thirty-six, mrg36), scored by that weight, below most matches;
    3. one to one: each is the other's best partner among the other article's events of the day, by that score, with
       no tie (two happenings of one day told by both articles stay two rows each);
    4. and nothing sets them apart: not placed apart by places their own sentences name
       (``merge_zones.placed_apart_named``), not naming people of their own none of which the other names
       (``merge_clocks.named_apart``).

It adds no telling, no candidate to the pass and no reach: it only joins what the pass's comparison already accepts.
Both events are of one day and of types that join, so they lie in one group of ``merge_groups.components``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from timeline.extraction.merge_agreement import agreement
from timeline.extraction.merge_clocks import named_apart, types_join
from timeline.extraction.merge_features import features_of
from timeline.extraction.merge_zones import placed_apart_named

if TYPE_CHECKING:
    from timeline.extraction.merge_features import Cluster, Features
    from timeline.models import Mention

__all__ = ["unmet_joins"]

Match = Callable[["Cluster", "Features"], "float | None"]
#: The kind of `other` telling (events/verb_readings.telling_kind) that never joins here: a price read of a company.
MARKET = "market"


def _candidates(clusters: Sequence[Cluster], parent: Mapping[int, int]) -> dict[object, list[int]]:
    """day -> the events of one cluster (joined to none), one article, one language, that single day, no market
    move (a saying's telling, "said on Wednesday it would cut 140 jobs", is one: it has no clock to misread)."""
    sizes: dict[int, int] = defaultdict(int)
    for cid in range(len(clusters)):
        sizes[parent[cid]] += 1
    found: dict[object, list[int]] = defaultdict(list)
    for cid, cluster in enumerate(clusters):
        if parent[cid] != cid or sizes[cid] != 1 or cluster.lo != cluster.hi or MARKET in cluster.kinds:
            continue
        if len({article for article, _ in cluster.stories}) != 1 or len(cluster.langs) != 1:
            continue
        found[cluster.lo].append(cid)
    return found


def _score(first: Cluster, second: Cluster, match: Match, told: Callable[[Mention], Features]) -> float | None:
    """The best ``match`` of a telling of one event against the other (None: no telling of either is accepted)."""
    best: float | None = None
    for one, two in ((first, second), (second, first)):
        for member in two.members:
            score = match(one, told(member))
            if score is not None and (best is None or score > best):
                best = score
    return best


def _article(cluster: Cluster) -> str:
    return next(iter(cluster.stories))[0]


def unmet_joins(clusters: Sequence[Cluster], joins: dict[int, int], names: Mapping[str, str],
                match: Match) -> dict[int, int]:
    """``joins`` (an event -> the event it joins, the lowest number of its set) with each pair of events the pass's
    comparison accepts and never made joined (module doc)."""
    parent = {cid: joins.get(cid, cid) for cid in range(len(clusters))}
    features: dict[str, Features] = {}

    def told(mention: Mention) -> Features:  # each telling's features read once, however many pairs it is in
        if mention.mention_id not in features:
            features[mention.mention_id] = features_of(mention, names)
        return features[mention.mention_id]

    pairs: list[tuple[int, int]] = []
    for _, cids in sorted(_candidates(clusters, parent).items(), key=lambda item: str(item[0])):
        scores: dict[tuple[int, int], float] = {}
        for i, one in enumerate(cids):
            for two in cids[i + 1:]:
                a, b = clusters[one], clusters[two]
                if _article(a) == _article(b) or a.langs == b.langs:
                    continue
                if not any(types_join(ours, theirs) for ours in a.types for theirs in b.types):
                    continue
                score = _score(a, b, match, told)
                if score is None:  # refused by the pass (across languages: its gate): weak signals may agree
                    score = agreement(a, b, told)
                if score is None or placed_apart_named(a, b) or named_apart(a, b):
                    continue
                scores[(one, two)] = scores[(two, one)] = score
        for one, two in sorted(scores):
            if one < two and _best(one, two, scores, clusters) and _best(two, one, scores, clusters):
                pairs.append((one, two))
    for one, two in pairs:
        low, high = sorted((parent[one], parent[two]))
        if low != high:
            for cid, target in parent.items():
                if target == high:
                    parent[cid] = low
    return {cid: target for cid, target in parent.items() if target != cid}


def _best(one: int, two: int, scores: Mapping[tuple[int, int], float], clusters: Sequence[Cluster]) -> bool:
    """``two`` is ``one``'s best partner among the events of ``two``'s article, with no tie."""
    article = _article(clusters[two])
    rivals = [score for (a, b), score in scores.items() if a == one and b != two and _article(clusters[b]) == article]
    return all(score < scores[(one, two)] for score in rivals)
