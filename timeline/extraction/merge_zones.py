"""Merging: two articles of one story written in two time zones, and places a story lends (read by merge_linked).

A French wire and a British paper tell one bank's card outage: "La panne a commencé vers 11 h 20 lundi" and "Card
payments failed from about 10.20am on Monday". One moment, two clocks: each article gives its own zone's hour. Round
seventeen's cable fault was told at "9.40pm" and "vers 22 h 40" the same way (wj-dev), round eighteen's bank outage
at 10.20am / 11 h 20 (wk-dev). ``zone_clock_pair`` reads two tellings' clocks shifted by the gap of their articles'
zones (lang/merge.yaml ``utc_offsets``: a country that keeps one clock -> its standard time) as one moment: each side
placed in countries of one zone, the zones differing, and one of the two clocks precise (not a programme's round
hour, ``merge_clocks.ROUND_MINUTES``). Only merge_linked reads it: the two articles already share a happening.

The same two tellings are placed by their stories: the wire's dateline lends "Paris" to every sentence, the paper's
lead lends "Southampton". merge_linked already refuses a place the story lent as evidence FOR a join (both sentences
must name it); ``placed_apart_named`` refuses it as evidence AGAINST one too: two events are placed apart only by
places their own sentences name (two countries, or two places narrower than a country none of which the other
side's sentences name). A place is where a happening was; an article's home is where it was written from.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING

from timeline import lang as lexicon
from timeline.extraction.gazetteer import country_key
from timeline.extraction.merge_apart import place_keys
from timeline.extraction.merge_clocks import clock_pair
from timeline.extraction.merge_places import names_any, telling_countries

if TYPE_CHECKING:
    from timeline.extraction.merge_features import Cluster
    from timeline.models import Mention

__all__ = ["named_places", "placed_apart_named", "zone_clock_pair", "zone_of", "zone_offsets"]


@functools.cache
def zone_offsets() -> dict[str, int]:
    """Country key (``gazetteer.country_key``) -> its standard time in minutes east of UTC (lang/merge.yaml)."""
    table = lexicon.load("merge").get("utc_offsets", {}) or {}
    return {country_key(str(name)): int(offset) for offset, names in table.items() for name in names or []}


def zone_of(countries: Iterable[str]) -> int | None:
    """The one zone of a set of country keys (None: no country, a country of several zones, or two zones)."""
    zones = {zone_offsets().get(country) for country in countries}
    return next(iter(zones)) if len(zones) == 1 and None not in zones else None


def zone_clock_pair(first: Cluster, second: Cluster) -> bool:
    """Two tellings of the two events, of types that join, whose clocks differ by the gap of the events' zones (at
    most CLOCK_TOLERANCE_MINUTES off it), one of them precise; the two zones known and different (module doc)."""
    ours_zone, theirs_zone = zone_of(first.countries), zone_of(second.countries)
    if ours_zone is None or theirs_zone is None or ours_zone == theirs_zone:
        return False
    pair = clock_pair(first, second, shift=theirs_zone - ours_zone)
    return pair is not None and pair[1]


def named_places(mention: Mention) -> Mention:
    """The telling with only the places its own sentence names (a dateline's or a lead's town left out)."""
    named = tuple(place for place in mention.locations if names_any([mention.sentence], [place]))
    return dataclasses.replace(mention, locations=named)


def _placed(cluster: Cluster) -> tuple[frozenset[str], frozenset[str]]:
    """(places narrower than a country, countries) its members' own sentences name."""
    own = [named_places(m) for m in cluster.members]
    places = frozenset(key for m in own for key in place_keys(m.locations))
    countries = frozenset(key for m in own if m.locations for key in telling_countries(m))
    return places, countries


def placed_apart_named(first: Cluster, second: Cluster) -> bool:
    """``merge_clocks.placed_apart`` on the places the members' own sentences name (module doc)."""
    ours, our_countries = _placed(first)
    theirs, their_countries = _placed(second)
    if our_countries and their_countries and not our_countries & their_countries:
        return True
    if not (ours and theirs) or ours & theirs:
        return False
    return not (names_any([m.sentence for m in first.members], theirs)
                or names_any([m.sentence for m in second.members], ours))
