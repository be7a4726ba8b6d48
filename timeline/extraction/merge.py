"""Merging: the mentions of the whole corpus -> one row per event.

Two mentions tell the same event when

    1. their types are equal; or, in two articles, of one family (``merge_families``: a
       session and a meeting, a riot and a protest), or their days a day apart when the earlier
       is told late in its day or the later early ("overnight", "cette nuit"), with evidence of
       their own (``merge_families.loose_score``, weighed below every ordinary match); an `other` telling
       and one of a family lang/merge.yaml's ``other_joins`` lists, of one day, on a shared name or place
       AND a key term or measure besides it,
    2. their dates are compatible: the same day; a day inside a range; a month (or year) that
       contains the other's day ("En décembre 2024, la résolution 57" and "publiée le 22 décembre
       2024"); overlapping ranges,
    3. and they share something that names the event: the same story of the same article
       (headline, lead and body tell one event), or a shared actor (folded, canonical), or a
       shared identifying number of the title ("57", "12e"; not a quantity, "62 ans", nor a clock
       time, "08h30 -": ``merge_numbers``) with no conflicting one, or a shared amount of money
       ("€350 million" = "350 millions d'euros"), or a shared measure with a shared place narrower than a
       country, two articles and one day (``merge_measures``: "48 hours" = "48-hour strike"; it passes the
       language gate of 4. too), or at least KEY_TERMS_NEEDED shared key terms
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

The independent groups of the corpus, which let a build re-merge only part of it exactly, are explained in
``merge_groups`` (the block index keys under which clusters are filed and looked up, ``nodes``, ``components``).
Split along its seams (module size): ``merge_features`` (what a mention and a cluster bring to the comparison),
``merge_events`` (an event's row from its tellings), ``merge_groups``.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Mapping, Sequence

from timeline.extraction import gazetteer
from timeline.extraction.actors.lexicon import lex
from timeline.extraction.actors.names import alias_table
from timeline.extraction.merge_apart import actors_agree, apart, proper_names, same_place, strangers
from timeline.extraction.merge_clocks import clock_joins, members_of
from timeline.extraction.merge_events import PRECISION_RANK, event_row
from timeline.extraction.merge_families import loose_score
from timeline.extraction.merge_features import Cluster, Features, features_of
from timeline.extraction.merge_groups import Node, components, home_keys, lookup_keys, nodes
from timeline.extraction.merge_linked import linked_joins
from timeline.extraction.merge_places import places_conflict
from timeline.extraction.merge_restated import restated_joins
from timeline.extraction.merge_scenes import scenes_apart
from timeline.extraction.merge_unmet import unmet_joins
from timeline.models import Event, Mention
from timeline.settings import LANGUAGES

log = logging.getLogger(__name__)

#: Shared key terms needed to merge two mentions that share no actor, number or story.
KEY_TERMS_NEEDED = 2
#: A key term filed under more clusters than this in one block is too common to find candidates by.
MAX_TERM_POSTING = 50

__all__ = ["KEY_TERMS_NEEDED", "Node", "canonical_names", "components", "merge", "merge_ids", "nodes", "prepare"]


def _match(cluster: Cluster, features: Features, mention: Mention | None = None) -> float | None:
    """How well a mention fits a cluster (None: it does not). One of another type or a day apart is weighed by
    merge_families.loose_score, below every ordinary match. Tellings placed apart never merge (merge_places); in one
    story, two sentences that each write a place and name people of their own, none the other's, are two happenings
    (merge_scenes: ``mention`` gives the telling's sentence and places; without it that test is skipped)."""
    if places_conflict(cluster, features):
        return None
    if features.lo > cluster.hi or cluster.lo > features.hi or features.event_type not in cluster.types:
        agree = cluster.langs == {features.lang} or actors_agree(features.everyone, cluster.everyone)
        return loose_score(cluster, features, agree)
    placed = same_place(cluster, features)
    measured = _measured(cluster, features)  # a measure and a place: the same in any language (merge_measures)
    across = cluster.langs != {features.lang}
    if across and not (placed or measured) and not actors_agree(features.everyone, cluster.everyone):
        return None
    # across languages, agreeing on proper names (no country, no common group) is a shared actor
    agreed = across and actors_agree(proper_names(features.everyone), proper_names(cluster.everyone))
    if features.story in cluster.stories:
        if apart(cluster, features) or (mention is not None and scenes_apart(cluster, features, mention)):
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
    shared_singles = len(features.singles & cluster.singles)  # one-word names shown as names (merge_names)
    if not (shared_actors or shared_numbers or shared_amounts or placed or agreed or shared_singles or measured) and (
            shared_terms < KEY_TERMS_NEEDED or strangers(cluster, features)):
        return None
    return 10.0 * (shared_actors + shared_numbers + shared_amounts + placed + shared_singles + measured) + shared_terms


def _measured(cluster: Cluster, features: Features) -> bool:
    """A telling of another article than the cluster's, of one single day with it, that gives one of its measures
    (merge_measures: "48 hours", "48-hour strike") and one of its places narrower than a country."""
    if not (features.measures & cluster.measures and features.places & cluster.places):
        return False
    return features.lo == features.hi == cluster.lo == cluster.hi and features.story[0] not in {
        article for article, _ in cluster.stories}


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
    return (PRECISION_RANK.get(mention.precision, 4), 0 if mention.end_date else 1, mention.date,
            mention.article_id, mention.mention_id)


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
    clusters: list[Cluster] = []
    cluster_of: dict[str, int] = {}
    for mention in sorted(given, key=_sort_key):
        if mention.mention_id in cluster_of:
            continue  # the same telling given twice
        features = features_of(mention, names)
        best: tuple[float, int] | None = None
        seen: set[int] = set()
        signals = features.signals()
        for date_key in lookup_keys(mention.event_type, mention.precision, features.lo, features.hi):
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
                    score = _match(clusters[cid], features, mention)
                    if score is not None and (best is None or (score, -cid) > (best[0], -best[1])):
                        best = (score, cid)
        if best is None:
            cid = len(clusters)
            keys = home_keys(mention.event_type, mention.precision, features.lo, features.hi)
            clusters.append(Cluster(mention.event_type, features.lo, features.hi, keys))
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
    joins = clock_joins(clusters)  # two events of two articles told at one clock time of one day (merge_clocks)
    joins = restated_joins(clusters, joins)  # a clock told of a happening its story told before (merge_restated)
    joins = linked_joins(clusters, joins)  # two articles of one story, one happening each on a day (merge_linked)
    joins = unmet_joins(clusters, joins, names, _match)  # two events the comparison accepts, never met (merge_unmet)
    joins = linked_joins(clusters, joins)  # again: a link merge_unmet made ties a day's one happening each (mrg35)
    rows = {cid: event_row(members, names) for cid, members in members_of(clusters, joins).items()}
    event_ids = [rows[joins.get(cluster_of[m.mention_id], cluster_of[m.mention_id])].event_id for m in given]
    events = sorted(rows.values(), key=lambda e: (e.date, e.event_id))
    return events, event_ids


def prepare() -> None:
    """Load what merging reads on first use and keeps (the gazetteer's town index, ``gazetteer.load``; the actor word
    lists of every language and the aliases, which ``canonical_names`` reads): a build's process calls it while its
    workers extract, so that its merge, which then runs alone, starts at once. Merging gives the same answers with or
    without it (each is a cached pure function of the package's data)."""
    gazetteer.load()
    for lang in LANGUAGES:
        lex(lang)
    alias_table()
