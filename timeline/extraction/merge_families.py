"""Merging across types and days: one happening told by two articles that type it apart (talks and the agreement
they gave, a quake and its death toll) or date it a day apart (a night attack and its detection the next morning).

Used by merge.py (``_match``) when a telling and a cluster of another article differ in type or in day: the pair
then needs evidence of its own (``loose_score``), weighed below every ordinary match, so that a cluster of the
telling's own type and day always wins. The families and the words of the night are data: ``type_families`` and
``night_words`` in timeline/lang/merge.yaml.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING

from timeline import lang as lexicon
from timeline.extraction.actors.names import name_identity
from timeline.extraction.merge_apart import common_names, date_words, every_country, strangers
from timeline.models import Mention

if TYPE_CHECKING:
    from timeline.extraction.merge_features import Cluster, Features

__all__ = ["EARLY_HOUR", "LATE_HOUR", "LOOSE_PENALTY", "NIGHT_WINDOW", "OTHER", "early_told", "family", "late_told",
           "linked_families", "loose_score", "other_joins", "related"]

#: The type of a happening no vocabulary names: in no family, it may join a typed telling of another article on
#: stronger evidence (``loose_score``).
OTHER = "other"

#: A clock time at or after this hour is late in the day (a council session "at 8 p.m." reported the next day).
LATE_HOUR = 18
#: A clock time before this hour is early in the day (an attack "detected at 5.30" after a night's work).
EARLY_HOUR = 8
#: Characters of the sentence right before the date words read for a word of the night ("late on Thursday").
NIGHT_WINDOW = 24
#: Subtracted from a loose match's score: a cluster of the telling's own type and day always wins over it.
LOOSE_PENALTY = 1000.0


@functools.cache
def _labels() -> dict[str, str]:
    """Event type -> its family's label: the first type of its family in ``type_families`` (lang/merge.yaml);
    families that share a type are one."""
    label: dict[str, str] = {}
    for family in lexicon.load("merge").get("type_families", []) or []:
        members = [str(t) for t in family]
        joined = {label[t] for t in members if t in label}
        head = next((label[t] for t in members if t in label), members[0])
        for event_type, own in list(label.items()):
            if own in joined:
                label[event_type] = head
        label.update({event_type: head for event_type in members})
    return label


def family(event_type: str) -> str:
    """The label of a type's family (the type itself when it is in none): merge.nodes files a mention under it."""
    return _labels().get(event_type, event_type)


@functools.cache
def other_joins() -> frozenset[str]:
    """The families an `other` telling may join in another article (lang/merge.yaml ``other_joins``), as labels."""
    return frozenset(family(str(t)) for t in lexicon.load("merge").get("other_joins", []) or [])


@functools.cache
def linked_families() -> frozenset[str]:
    """The families whose single-day tellings are grouped with ``other_joins``' (lang/merge.yaml ``linked_families``:
    merge_groups._linking), as labels."""
    return frozenset(family(str(t)) for t in lexicon.load("merge").get("linked_families", []) or [])


def related(ours: str, theirs: str) -> bool:
    """Two types one happening may be told under: equal, or of one family. `other` is in none: joining any type, it
    would tie every type of a year into one group of merge.components (the incremental re-merge's unit)."""
    return family(ours) == family(theirs)


@functools.cache
def _night_pattern() -> re.Pattern[str]:
    words = sorted({lexicon.fold(str(w)) for w in lexicon.load("merge").get("night_words", []) or []}, key=len,
                   reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


def _hour(time: str | None) -> int | None:
    return int(time[:2]) if time and ":" in time else None


def late_told(mention: Mention) -> bool:
    """Told late in its day: in the evening or the night (its time of day, a clock time from LATE_HOUR, or a word of
    ``night_words`` in its date words or right before them: "late on Thursday", "dans la nuit de dimanche")."""
    hour = _hour(mention.time)
    if mention.time in ("evening", "night") or (hour is not None and hour >= LATE_HOUR):
        return True
    where = mention.date_start - mention.sentence_start
    before = mention.sentence[max(0, where - NIGHT_WINDOW):where] if 0 <= where <= len(mention.sentence) else ""
    return _night_pattern().search(lexicon.fold(f"{before} {mention.date_text}")) is not None


def early_told(mention: Mention) -> bool:
    """Told as the night before or the early morning of its day ("cette nuit" in a morning's paper, "at 5.30")."""
    hour = _hour(mention.time)
    return mention.time == "night" or (hour is not None and hour < EARLY_HOUR)


def _a_day_apart(cluster: Cluster, features: Features) -> bool:
    """Two single days one day apart in one month, the earlier told late or the later told early (never two days
    apart; not across a month's end, where merge.components would have to tie every month of a family together)."""
    if not (features.lo == features.hi and cluster.lo == cluster.hi) or features.lo.month != cluster.lo.month:
        return False
    if features.lo == cluster.lo + dt.timedelta(days=1):
        return cluster.late or features.early
    if cluster.lo == features.lo + dt.timedelta(days=1):
        return features.late or cluster.early
    return False


def _other_joins(ours: str, theirs: set[str]) -> bool:
    """An `other` telling and a cluster of a family ``other_joins`` lists, or the reverse."""
    if ours == OTHER:
        return any(family(t) in other_joins() for t in theirs)
    return OTHER in theirs and family(ours) in other_joins()


def loose_score(cluster: Cluster, features: Features, agree: bool) -> float | None:
    """A telling and a cluster of other articles that differ in type (``related``) or in day (``_a_day_apart``):
    the score of their match, LOOSE_PENALTY below any ordinary one, or None.

    Both must be single days of other articles, with no conflicting identifying number, not ``strangers``. The
    evidence, the same day: a shared actor (a country is no evidence), identifying number or amount, or a shared place
    narrower than a country with a shared key term besides the names, months and weekdays; a day apart: a shared name
    (actor or place) AND such a key term ("la tempête Oriane" told of the Finistère by both). Across languages
    (``agree``: the caller's actor agreement) the actors must agree or a place be shared. An `other` telling (what
    no vocabulary names) and a typed one, of one day only: a shared name (no common noun, "rescuers") or place AND a
    key term besides it or a shared measure (merge_measures): "the death toll from the quake near Larissa has risen"
    and "un séisme de magnitude 5,8 a frappé près de Larissa".
    """
    if features.lo != features.hi or cluster.lo != cluster.hi or features.story[0] in {s for s, _ in cluster.stories}:
        return None
    if features.lo != cluster.lo and not _a_day_apart(cluster, features):
        return None
    untyped = not any(related(features.event_type, t) for t in cluster.types)
    if untyped and not (features.lo == cluster.lo and _other_joins(features.event_type, cluster.types)):
        return None  # unrelated types: only `other` and a telling of a family it joins, of one day
    if (features.numbers and cluster.numbers and not features.numbers & cluster.numbers) or strangers(cluster,
                                                                                                       features):
        return None
    strong = (len(features.actors & cluster.actors) + len(features.numbers & cluster.numbers)
              + len(features.amounts & cluster.amounts))
    places = features.places & cluster.places
    named = {n for n in features.everyone & cluster.everyone if name_identity(n) not in every_country()}
    terms = (features.terms & cluster.terms) - date_words()
    besides = terms - named - places - {w for p in features.places | cluster.places for w in p.split()}
    if cluster.langs != {features.lang} and not (agree or places):
        return None
    if untyped:  # `other` and a typed telling: a name or a place, AND a key term or a measure of the happening
        found = (strong or (named - common_names()) or places) and (besides or features.measures & cluster.measures)
    elif features.lo == cluster.lo:
        found = strong or named or (places and besides)
    else:  # a day apart: a name and a key term of the happening besides it ("la tempête Oriane" in the Finistère)
        found = (strong or named or places) and besides
    return 10.0 * (strong + len(places) + len(named)) + len(terms) - LOOSE_PENALTY if found else None
