"""Merging: two tellings of two articles told in places in conflict are two happenings (``places_conflict``).

"Two ski tourers died in an avalanche above a Swiss village on Sunday" and "A snowmobiler was killed in an avalanche
in British Columbia on Sunday" share the type, the day and the word "avalanche": told in two countries, or in two
towns of one country, by people none of whom the other names, they are two rows whatever else they share. Used by
merge.py before any other test (an ordinary match, a match across types or a day apart alike). The countries are
data: ``countries`` in lang/*/actors.yaml, one key per country in any language through lang/aliases.yaml; a town
counts in its country when the gazetteer knows it (``gazetteer.town_countries``: "Lyon" is in France, so a telling in
Lyon and one in Switzerland are placed apart, one in Lyon and one in France are not).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from timeline.extraction.actors.names import name_identity, place_name, spellings
from timeline.extraction.gazetteer import country_key, town_countries
from timeline.extraction.merge_apart import common_names, disjoint, every_country
from timeline.models import Mention

if TYPE_CHECKING:
    from timeline.extraction.merge_features import Cluster, Features

__all__ = ["country_keys", "names_any", "places_conflict", "telling_countries"]


def country_keys(locations: Iterable[str]) -> frozenset[str]:
    """The countries a telling is placed in ("Suisse", "Switzerland", "UK", "Royaume-Uni" -> one key per country,
    ``gazetteer.country_key``); narrower places left out."""
    return frozenset(country_key(place) for place in locations if name_identity(place_name(place)) in every_country())


def telling_countries(mention: Mention) -> frozenset[str]:
    """The countries a telling is placed in: those it names, and those of the towns it names (``gazetteer``; a name
    its sentence writes in lower case or a person's name holds is no town there)."""
    named = country_keys(mention.locations)
    towns = [place for place in mention.locations if name_identity(place_name(place)) not in every_country()]
    return named | town_countries(towns, mention.sentence, mention.actors, named) if towns else named


def names_any(sentences: Iterable[str], places: Iterable[str]) -> bool:
    """One of the sentences names one of the places (a key, in any spelling of its alias entry)."""
    texts = [name_identity(s) for s in sentences]  # folded letters, no spaces nor punctuation: a key's form
    forms = {name_identity(spelling) for place in places for spelling in spellings(place)} | set(places)
    return any(form and form in text for form in forms for text in texts)


def places_conflict(cluster: Cluster, features: Features) -> bool:
    """A telling of another article than every member of the cluster, sharing no actor with it, placed in other
    countries than the cluster (both sides placed in one at least, none in common), or in other places narrower
    than a country (both sides placed, none in common, and no sentence of one side names a place of the other: a
    town and the region around it told together) is another happening. Within one article the story decides
    (``merge_apart.apart``): a visit's day may take it to two towns."""
    if not (features.places or features.countries) or features.story[0] in {article for article, _ in cluster.stories}:
        return False
    common = common_names()
    if features.actors & cluster.actors or not disjoint(features.everyone - common, cluster.everyone - common):
        return False
    if features.countries and cluster.countries and not features.countries & cluster.countries:
        return True
    if not (features.places and cluster.places) or features.places & cluster.places:
        return False
    return not (names_any([m.sentence for m in cluster.members], features.places)
                or names_any([features.said], cluster.places))

