"""A town's address is not a second place of its event: "à Tanger, au Maroc", "à Bruges en Belgique", "à Nogent, dans
l'Aube", "à Plouha (Côtes-d'Armor, Bretagne)", "in Dundee, in Scotland", "COPENHAGEN, Denmark".

The guide lists where a happening is, the town, else the country (docs/ANNOTATION.md, "locations"). A wider area the
sentence writes right after a town, as the town's address, tells where the town is, not a second place: it is left
out when the town is among the event's places. Read on the reader's location spans (their page offsets), not on the
names, which the reader may have put in another language ("Maroc" -> "Morocco").

What links a town to its address (``address_links`` in lang/<lang>/actors.yaml, both languages):
- a bracket opened right after the town, the place anywhere inside it ("Plouha (Côtes-d'Armor, Bretagne)", "Birstall
  (près de Leeds, nord de l'Angleterre)");
- a comma or nothing, then a locative of the list ("au", "en", "dans le", "in", "in the"), perhaps with a compass
  word and "de"/"of" ("dans le nord de la", "in northern");
- a comma alone when the place after it is a country ("Lyon, France", "COPENHAGEN, Denmark"): a comma alone between
  two towns is a list ("Paris, Lyon et Marseille").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from timeline import lang as lexicon
from timeline.extraction.actors.names import name_identity
from timeline.extraction.events.streets import is_street
from timeline.extraction.events.venues import is_venue
from timeline.extraction.merge_apart import every_country

__all__ = ["address_places", "without_addresses"]


def _alternatives(words: Sequence[object]) -> str:
    return "|".join(re.escape(lexicon.fold(str(w))).replace(r"\ ", r"\s+")
                    for w in sorted(map(str, words), key=len, reverse=True))


@functools.cache
def _links(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str]]:
    """(a locative link between a town and its address, a bare comma or bracket link)."""
    data = lexicon.load(f"{lang}/actors").get("address_links") or {}
    locatives, compass, of = data.get("locatives") or [], data.get("compass") or [], data.get("of") or []
    of_part = rf"(?:(?:{_alternatives(of)})(?:\s+|(?<=['’])))?" if of else ""
    side = rf"(?:(?:{_alternatives(compass)})\s+{of_part}\s*)?" if compass else ""
    linked = (re.compile(rf"\s*,?\s*(?:{_alternatives(locatives)})(?:\s+|(?<=['’]))\s*{side}$")
              if locatives else None)
    return linked, re.compile(r"\s*(?:,\s*|\([^()]*)$")


def _location_spans(entities: object) -> list[tuple[str, int, int]]:
    out = []
    for location in getattr(entities, "locations", ()) or ():
        if isinstance(location, (tuple, list)) and len(location) == 3:
            name, start, end = location
            out.append((" ".join(str(name).split()), int(start), int(end)))
    return out


def address_places(lang: str, folded: str, entities: object, text: str = "") -> set[tuple[str, str]]:
    """(town, address) folded names of the places a sentence writes as another place's address (``folded``: the
    page's folded text, the offsets of ``entities``' locations). A street or a venue before a town is no town: the
    town after it stays ("Harbour Street in Dunmorrow", "the Copper Box Arena in London"; ``text``: the
    sentence's)."""
    linked, bare = _links(lang)
    spans = sorted(_location_spans(entities), key=lambda s: s[1])
    out: set[tuple[str, str]] = set()
    for i, (name, start, _) in enumerate(spans):
        for town, _, town_end in spans[:i]:
            if town_end > start or start - town_end > 60 or lexicon.fold(town) == lexicon.fold(name):
                continue
            if text and (is_street(lang, text, town) or is_venue(lang, text, town)):
                continue
            between = folded[town_end:start]
            if (linked and linked.fullmatch(between)) or (
                    (m := bare.fullmatch(between)) and ("(" in m.group() or name_identity(name) in every_country())):
                out.add((lexicon.fold(town), lexicon.fold(name)))
    return out


def without_addresses(lang: str, folded: str, entities: object, places: Sequence[str], text: str = "") -> list[str]:
    """``places`` but those the sentence (``text``) writes as the address of another of them (``address_places``)."""
    present = {lexicon.fold(place) for place in places}
    away = {address for town, address in address_places(lang, folded, entities, text) if town in present}
    if not away:
        return list(places)
    kept = [place for place in places if lexicon.fold(place) not in away]
    return kept or list(places)
