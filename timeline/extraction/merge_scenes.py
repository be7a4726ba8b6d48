"""Merging: two tellings of one story and one day, in two sentences that each write their own place and name their
own people, none the other writes, are two happenings (``scenes_apart``), used by ``merge_apart.apart``.

"Dans la Mayenne, Jeanne Morel a été élue présidente jeudi" and "En Sarthe, Paul Lenoir a été élu président":
one predicate, one day, one story, and two elections: a reader tells them apart by their places and their people.
Without it the same predicate (or a shared key term) folds every such telling of a round-up into one row: elections
of several councils, rallies announced in several towns, a minister's meetings with two counterparts of two
countries. A retelling of one happening writes its place again, names someone the other names, or writes no place
of its own (a dateline's town lent to a sentence naming none is no place of that sentence), so it keeps merging.

The places are the telling's own locations its sentence writes as words of their own (a hyphen joins: "Loire" is no
word of "Loire-Atlantique"); a town and the country it lies in (the gazetteer's) are one scene, as are two names
one sentence writes together. A place written only in brackets (an aside: "12 h 30 (20 h 30 en France)") or a seat
of power standing for its office ("le porte-parole de la Maison Blanche") is no scene. Round twenty-six (fld26).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from timeline import lang as lexicon
from timeline.extraction.actors.names import name_identity, place_name, spellings
from timeline.extraction.gazetteer import country_key, town_countries
from timeline.extraction.merge_apart import common_names, disjoint, every_country
from timeline.models import Mention

if TYPE_CHECKING:
    from timeline.extraction.merge_features import Cluster, Features

__all__ = ["SPREAD_TYPES", "Scene", "scene", "scenes_apart", "writes"]

#: Types whose one happening is told place by place: a storm, a quake or a crash strikes several towns at once
#: (`incident`), and `other`, the catch-all, holds a market's day told exchange by exchange (docs/ANNOTATION.md: one
#: row). Their tellings are not told apart by their places (measured: with them, the written test halves' precision
#: floors broke; without them they hold).
SPREAD_TYPES = frozenset({"other", "incident"})


@functools.lru_cache(maxsize=65536)
def _pattern(name: str) -> re.Pattern[str]:
    """A place's spellings, folded, as words of their own: no letter, digit or hyphen touching either end."""
    forms = sorted({lexicon.fold(s) for s in (*spellings(name), name) if s.strip()}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")


def writes(said: str, place: str) -> bool:
    """The folded sentence writes the place as words of their own."""
    return _pattern(place).search(said) is not None


#: An aside in brackets: a place written there is no scene of the sentence ("à 12 h 30 (20 h 30 en France)",
#: "Nantes (Loire-Atlantique)").
_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


@functools.cache
def _seats() -> frozenset[str]:
    """Seats of power standing for their office (``seats_of_power`` in lang/*/actors.yaml: "la Maison Blanche", "the
    Kremlin"): "le porte-parole de la Maison Blanche" names an office, not the scene of a happening."""
    return frozenset(name_identity(str(w)) for code in ("fr", "en")
                     for w in lexicon.load(f"{code}/actors").get("seats_of_power", []) or [])


@functools.lru_cache(maxsize=65536)
def _is_country(place: str) -> bool:
    return name_identity(place_name(place)) in every_country()


class Scene:
    """A telling's own scene: the places its sentence writes (keys), the countries its towns lie in."""

    __slots__ = ("countries", "keys", "names")

    def __init__(self, names: tuple[str, ...], keys: frozenset[str], countries: frozenset[str]) -> None:
        self.names, self.keys, self.countries = names, keys, countries


@functools.lru_cache(maxsize=65536)
def scene(mention: Mention) -> Scene:
    """The places the mention's own sentence writes, as keys (a country by its country key), and the countries of
    its towns (gazetteer)."""
    said = _BRACKETS.sub(" ", lexicon.fold(mention.sentence))
    names = tuple(p for p in mention.locations
                  if p.strip() and name_identity(p) not in _seats() and writes(said, p))
    keys = frozenset(country_key(p) if _is_country(p) else name_identity(place_name(p)) for p in names)
    towns = [p for p in names if not _is_country(p)]
    countries = town_countries(towns, mention.sentence, mention.actors) if towns else frozenset()
    return Scene(names, keys, countries)


def _apart(one: Scene, other: Scene, one_said: str, other_said: Iterable[str]) -> bool:
    """Two scenes with places each, none shared, no town of one in a country the other writes, and no sentence of
    one side writing a place of the other."""
    if not (one.keys and other.keys) or one.keys & other.keys:
        return False
    if one.keys & other.countries or other.keys & one.countries:
        return False
    if any(writes(one_said, p) for p in other.names):
        return False
    return not any(writes(said, p) for said in other_said for p in one.names)


def scenes_apart(cluster: Cluster, features: Features, mention: Mention) -> bool:
    """A telling and the members of its story in the cluster, of one single day, told in other sentences, are two
    happenings (of a type not in SPREAD_TYPES) when each side's sentences write a place of their own, none the other
    writes, and name people or bodies none of whom the other side's sentences name (groups named by a common noun
    left out)."""
    if not features.lo == features.hi == cluster.lo == cluster.hi or cluster.event_type in SPREAD_TYPES:
        return False
    story = features.story
    members = [m for m in cluster.members if (m.article_id, m.story_index) == story]
    if not members or any(m.sentence_start == features.sentence for m in members):
        return False
    theirs = [scene(m) for m in members]
    names = tuple(dict.fromkeys(p for s in theirs for p in s.names))
    keys = frozenset(k for s in theirs for k in s.keys)
    countries = frozenset(c for s in theirs for c in s.countries)
    other = Scene(names, keys, countries)
    if not _apart(scene(mention), other, features.said, [lexicon.fold(m.sentence) for m in members]):
        return False
    common = common_names()
    return disjoint(features.named_here - common, cluster.named_here - common)
