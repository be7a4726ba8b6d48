"""Merging: a typed telling told at another moment of the event's day, with another predicate, is another happening.

``two_moments`` is a decision that KEEPS APART (merge.py's ``_match`` asks it beside ``merge_apart.apart``, only for a
telling of the event's own story): it adds no candidate and no reach. It answers for the case ``apart`` leaves to the
names: two typed happenings of one story and one day, told in two sentences with two predicates, that share an actor
("Macron announced his resignation at 15:00" / "At 17:00 his successor was named"; "China ratified the accord this
morning" / "At midday the United States announced their ratification"). A shared name binds two tellings of one
moment; told at two moments, with another verb, the tellings are two happenings, whoever they name.
A retelling keeps the predicate or a synonym (``same_predicate``), or points back at the event (``_back_reference``);
a phase of the happening ("the meeting ended at 18:00", lang/merge.yaml ``phase_words``) is told at its own moment
and stays one row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline import lang as lexicon
from timeline.extraction.dates.clock_day import minutes
from timeline.extraction.merge_apart import (
    PART_HOURS,
    _back_reference,
    _phase_told,
    same_predicate,
    within,
)

if TYPE_CHECKING:
    from timeline.extraction.merge_features import Cluster, Features

#: Two clock times at least this many minutes apart are two moments of the day ("15 h" and "17 h").
CLOCKS_APART_MINUTES = 60
#: Two parts of the day sharing at most this many hours are two moments ("ce matin" 5-12, "à la mi-journée" 11-14).
PARTS_OVERLAP_HOURS = 1

__all__ = ["CLOCKS_APART_MINUTES", "PARTS_OVERLAP_HOURS", "two_moments"]


def two_moments(cluster: Cluster, features: Features) -> bool:
    """A typed telling and a typed event of one story and one single day, told in another sentence with another
    predicate, at a time of day that is another moment than every time the event was told at (``_apart_in_day``),
    neither side telling a phase of its happening: two happenings, even when they share an actor."""
    if cluster.event_type == "other" or features.event_type == "other":
        return False  # an `other` telling is weighed by merge_apart.apart (its key terms, its market kind)
    if not (features.lo == features.hi == cluster.lo == cluster.hi) or features.story not in cluster.stories:
        return False
    if not features.time or not cluster.times or (features.story[0], features.sentence) in cluster.sentences:
        return False
    if same_predicate(features.trigger, cluster.triggers) or _back_reference(cluster, features):
        return False
    if not all(_apart_in_day(features.time, time) for time in cluster.times):
        return False
    return not (_phase_told(features.said) or any(_phase_told(lexicon.fold(m.sentence)) for m in cluster.members))


def _apart_in_day(ours: str, theirs: str) -> bool:
    """Two times of one day are two moments: two clocks CLOCKS_APART_MINUTES apart, a clock outside a part of the day,
    two parts sharing at most PARTS_OVERLAP_HOURS hours. An unknown part tells nothing."""
    if ":" in ours and ":" in theirs:
        first, second = minutes(ours), minutes(theirs)
        return first is not None and second is not None and abs(first - second) >= CLOCKS_APART_MINUTES
    if ":" in ours or ":" in theirs:
        clock, part = (ours, theirs) if ":" in ours else (theirs, ours)
        return part in PART_HOURS and not within(clock, part)
    if ours not in PART_HOURS or theirs not in PART_HOURS:
        return False
    return len(_part_hours(ours) & _part_hours(theirs)) <= PARTS_OVERLAP_HOURS


def _part_hours(part: str) -> set[int]:
    lo, hi = PART_HOURS[part]
    return set(range(lo, hi)) if lo < hi else set(range(lo, 24)) | set(range(hi))

