"""Merging: two events of two articles in two languages that agree on several weak signals (``agreement``), read by
``merge_unmet`` when the pass's own comparison refuses them at the language gate.

Across languages ``merge._match`` needs agreeing actors, a shared place with the same predicate and a side naming
nobody, or a measure and a place (the words differ, so key terms say nothing). Round thirty-six (mrg36) counted the
written dev pairs' second tellings left apart: 5 of 13 stopped at that gate, and no single signal is shared by all
of them: a tornado's two tellings share its counts ("eleven people ... 300 homes", "onze personnes ... 300
habitations"), a help centre's two tellings its town and its clock ("Lillers", "9am" / "9 h"), a minister's talks
their predicate and their country ("met", "s'entretenir"; Vietnam). So no signal decides alone: each adds its weight
(``WEIGHTS``), and two events whose sum reaches ``AGREEMENT_NEEDED`` agree. A place and a type alone stay under it
(two happenings of one town on one day, "a fire" and "a lorry crash", told by an English and a French article); a
clock counts only beside a shared place (round sixteen's rule for clocks across languages, ``merge_clocks``).

Never when something sets them apart (``vetoed``): both sides give people or bodies their own sentences name
(countries and groups named by a common noun left out), places narrower than a country, countries, counts or clocks
(CLOCK_TOLERANCE_MINUTES apart at most), and share none ("Skerry Air ... at Aberdeen" / "la compagnie Alpavia";
"€200 million" / "75 millions d'euros"; "16 h 35" / "18 h 10"); or a telling of one and the other event are placed
apart (``merge_places.places_conflict``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from timeline import lang as lexicon
from timeline.extraction.dates.clock_day import minutes
from timeline.extraction.merge_apart import common_names, every_country, same_predicate
from timeline.extraction.merge_clocks import CLOCK_TOLERANCE_MINUTES
from timeline.extraction.merge_places import places_conflict

if TYPE_CHECKING:
    from collections.abc import Callable

    from timeline.extraction.merge_features import Cluster, Features
    from timeline.models import Mention

__all__ = ["AGREEMENT_NEEDED", "WEIGHTS", "agreement", "figures", "vetoed"]

#: What each weak signal weighs (set on the written dev pairs, round thirty-six: every cross-language candidate pair
#: of ``merge_unmet``, 16, read by hand: 9 of one happening kept apart, 3 of them reaching the sum; none of the 4
#: pairs of two happenings reaching it).
#: ``figure`` counts each shared figure once, at most ``MAX_FIGURES``; ``country`` only when no place is shared (a
#: town's country says nothing more than the town).
WEIGHTS = {"figure": 1.0, "place": 1.0, "clock": 1.0, "predicate": 1.0, "part": 0.5, "type": 0.5, "country": 0.5}
#: The sum two events must reach to agree.
AGREEMENT_NEEDED = 2.0
#: Shared figures counted at most ("eleven people", "300 homes": two).
MAX_FIGURES = 2

_DIGITS = re.compile(r"(?<![\w.,:])(\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+|\d+)(?![\w.,:]\d)")
_WORD = re.compile(r"[^\W\d_][\w-]*")
_CLOCK_AFTER = re.compile(r"\s?(?:h\b|h\d|am\b|pm\b|a\.m|p\.m)")


@functools.cache
def _spelled() -> dict[str, int]:
    """Cardinal words of every language (lang/*/words.yaml ``spelled_tens``), folded -> value; one and "un" left out
    (an article as often as a count)."""
    table: dict[str, int] = {}
    for lang in ("fr", "en"):
        for word, value in (lexicon.load(f"{lang}/words").get("spelled_tens") or {}).items():
            if int(value) >= 2:
                table[lexicon.fold(str(word))] = int(value)
    return table


@functools.cache
def _months() -> frozenset[str]:
    """Month names and their abbreviations of every language (lang/*/words.yaml ``months``, ``month_abbrevs``)."""
    return frozenset(lexicon.fold(str(word)) for lang in ("fr", "en") for key in ("months", "month_abbrevs")
                     for word in lexicon.load(f"{lang}/words").get(key, {}) or {})


@functools.lru_cache(maxsize=65_536)
def figures(sentence: str) -> frozenset[int]:
    """The counts a sentence gives, in figures or in words ("eleven people", "onze personnes", "300 homes"): not a
    year, a clock time ("9 h", "9am") nor a day of the month (a figure beside a month name: "2 déc", "Dec. 14")."""
    folded = lexicon.fold(sentence)
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(folded)]
    months = _months()
    found: set[int] = set()
    for match in _DIGITS.finditer(folded):
        value = int(re.sub(r"\D", "", match.group(1)))
        if value < 2 or 1900 <= value <= 2100 or _CLOCK_AFTER.match(folded, match.end()):
            continue
        before = [w for s, e, w in words if e <= match.start()][-1:]
        after = [w for s, e, w in words if s >= match.end()][:1]
        if any(w.rstrip(".") in months for w in before + after):
            continue  # a day of the month
        found.add(value)
    spelled = _spelled()
    found.update(spelled[w] for _, _, w in words if w in spelled and w not in months)  # "Sept. 14" is no seven
    return frozenset(found)


def _figures(cluster: Cluster) -> frozenset[int]:
    return frozenset().union(*(figures(m.sentence) for m in cluster.members))


def _clocks(cluster: Cluster) -> set[int]:
    return {found for found in map(minutes, cluster.times) if found is not None}


def _near(ours: set[int], theirs: set[int]) -> bool:
    """A clock of one side within CLOCK_TOLERANCE_MINUTES of one of the other's ("at about 9am", "vers 9 h 05")."""
    return any(abs(one - two) <= CLOCK_TOLERANCE_MINUTES for one in ours for two in theirs)


def _own_names(cluster: Cluster) -> set[str]:
    """The people and bodies its members' own sentences name: no country, no group named by a common noun."""
    return {n for n in cluster.named_here - common_names() if n.replace(" ", "") not in every_country()}


def _differ(ours: AbstractSet[object], theirs: AbstractSet[object]) -> bool:
    return bool(ours and theirs) and not ours & theirs


def vetoed(first: Cluster, second: Cluster, told: Callable[[Mention], Features]) -> bool:
    """Something sets the two events apart (module doc): people or bodies of their own, places, clocks, counts or
    countries on both sides and none shared, or a telling of one placed apart from the other."""
    if _differ(_own_names(first), _own_names(second)) or _differ(first.places, second.places):
        return True
    if _differ(first.countries, second.countries) or _differ(_figures(first), _figures(second)):
        return True
    ours, theirs = _clocks(first), _clocks(second)
    if ours and theirs and not _near(ours, theirs):
        return True
    return any(places_conflict(one, told(m)) for one, two in ((first, second), (second, first)) for m in two.members)


def _signals(first: Cluster, second: Cluster) -> Iterable[tuple[str, int]]:
    """(signal, how many times) the two events share."""
    yield "figure", min(MAX_FIGURES, len(_figures(first) & _figures(second)))
    places = bool(first.places & second.places)
    yield "place", int(places)
    yield "clock", int(places and _near(_clocks(first), _clocks(second)))
    parts = {t for t in first.times if minutes(t) is None} & {t for t in second.times if minutes(t) is None}
    yield "part", int(bool(parts))
    yield "predicate", int(any(same_predicate(t, second.triggers) for t in first.triggers))
    yield "type", int(len(first.types) == len(second.types) == 1 and first.types == second.types != {"other"})
    yield "country", int(not places and bool(first.countries & second.countries))


def agreement(first: Cluster, second: Cluster, told: Callable[[Mention], Features]) -> float | None:
    """The weight of the signals two events share (``WEIGHTS``), or None when it is under ``AGREEMENT_NEEDED`` or
    something sets them apart (``vetoed``)."""
    total = sum(WEIGHTS[name] * times for name, times in _signals(first, second))
    if total < AGREEMENT_NEEDED or vetoed(first, second, told):
        return None
    return total
