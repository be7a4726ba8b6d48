"""Where an article's events happen when their own sentence names no place: the dateline's place.

"REVELSTOKE, B.C. - A snowmobiler died ...", "DURRËS (Albanie), 17 février (AFP) - ...", "Hanoï, 3 avril 2025 -
...": the town a dateline opens with is where the reporter tells the story from, the place of the events that
follow it in its story unless their sentence names another. The dateline is found by the layout (stories.py, a
``NoiseSpan`` of kind "dateline"); this module only reads its place: the words before the first comma, bracket or
dash, in the case a sentence would write them ("REVELSTOKE" -> "Revelstoke"), and the region in brackets after
it when the word lists know it as a country or place ("DURRËS (Albanie)" -> "Durrës", "Albanie").

``actor_lists`` (step 10 of events/__init__.py) gives each event its places: those its own sentence names, places
named after an origin phrase left out ("from Lausanne", "originaires de Lausanne": lang/*/actors.yaml
``origin_phrases``); else the dateline's; else the countries its sentence names; else the country the page names
most, by name or nationality adjective (``main_country``: "le gouvernement français", "la France"); else its
neighbours' places. A body seated in a named place ("conseil municipal de Saumur") places its event when the
sentence names no place, before the dateline (events/seat_places.py). A region in brackets after a town, and a
people named by its nationality ("des Italiens"), are read by events/place_forms.py; a town's address ("à Tanger, au
Maroc", "Plouha (Côtes-d'Armor, Bretagne)") by events/place_addresses.py; a street's or a square's name
beside the town ("place de la Fontaine, à Villebrune") by events/streets.py.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from timeline import lang as lexicon
from timeline.extraction.actors.names import name_identity, place_name
from timeline.extraction.events.context import _actors_of
from timeline.extraction.events.place_addresses import without_addresses
from timeline.extraction.events.place_forms import (
    as_countries,
    nationality_forms,
    without_peoples,
    without_qualifiers,
    without_titles,
)
from timeline.extraction.events.power_seats import seat_countries, without_seats
from timeline.extraction.events.protest_response import without_forces
from timeline.extraction.events.protesters import protest_actors
from timeline.extraction.events.seat_places import seat_places
from timeline.extraction.events.streets import without_streets
from timeline.extraction.events.venues import without_venues
from timeline.extraction.merge_apart import countries
from timeline.extraction.sentences import fold_keep
from timeline.extraction.stories import edition_line
from timeline.models import COMPLEMENT_ROLE, Article, NoiseSpan, Story

if TYPE_CHECKING:
    from timeline.extraction.events.layout import Page
    from timeline.extraction.events.pairing import _Proto

__all__ = ["actor_lists", "countries_named", "dateline_places", "event_places", "origin_places", "page_places",
           "without_origins"]

_PLACE = re.compile(r"\s*(?P<place>[^\W\d_][^,()\n–—/]*?)\s*(?:\((?P<region>[^()\n]{2,30})\))?"
                    r"(?:\s*,\s*(?P<country>[^\W\d_][^\s,()]*(?: [^\W\d_][^\s,()]*)?)(?=\s*[,(–—-]))?"
                    r"\s*(?:[,(–—/]|-(?!\w)|$)")
_AGENCY_LIKE = re.compile(r"^[A-Z]{2,6}$")


def _shown(name: str) -> str:
    """A place written in capitals as a sentence writes it ("SAN JOSE" -> "San Jose")."""
    return name.title() if name.isupper() else name


@functools.cache
def _date_words() -> frozenset[str]:
    return frozenset(lexicon.fold(str(w)) for code in ("fr", "en") for key in ("weekdays", "months")
                     for w in lexicon.load(f"{code}/words").get(key) or {})


def _dated(place: str) -> bool:
    """A dateline's first words that are a date or a stamp, not a place (a digit, a weekday, a month)."""
    return any(c.isdigit() for c in place) or any(w in _date_words() for w in lexicon.fold(place).split())


def _known(name: str) -> bool:
    key = name_identity(name)
    return bool(key) and (key in countries() or name_identity(place_name(name)) != key
                          or place_name(name) != name)


def dateline_places(article: Article) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """(offset, places) of each dateline of the article, in page order; read once a page (asked once an event)."""
    spans = sorted((n.start, n.end) for n in article.noise if isinstance(n, NoiseSpan) and n.kind == "dateline")
    return _dateline_places(article.text, tuple(spans))


@functools.lru_cache(maxsize=16)
def _dateline_places(text: str, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, tuple[str, ...]], ...]:
    out = []
    for start, end in spans:
        m = _PLACE.match(text, start, end)
        if not m or len(m["place"].split()) > 4 or edition_line(text[start:end]):
            continue  # "L'Écho du Bocage – édition du samedi 3 janvier": a masthead, not a place
        place = _shown(m["place"].strip())
        if _dated(place):
            continue  # "Monday, April 27, 2026", "Publié le 12/03/2026": a date line, not a place
        found = [place]
        for region in ((m["region"] or "").strip(), (m["country"] or "").strip()):
            if region and not _AGENCY_LIKE.match(region) and _known(region):
                found.append(_shown(region))
        out.append((start, tuple(found)))
    return tuple(out)


def page_places(datelines: Sequence[tuple[int, tuple[str, ...]]], stories: Sequence[Story], at: int
                ) -> tuple[str, ...]:
    """The places of the last dateline before offset ``at`` in the same story (none when the story has none)."""
    starts = [start for start, _ in datelines]
    i = bisect.bisect_right(starts, at) - 1
    if i < 0:
        return ()
    start, places = datelines[i]
    story = next((s for s in stories if s.start <= at < s.end), None)
    if story is not None and not story.start <= start < story.end:
        start_story = next((s for s in stories if s.start <= start < s.end), None)
        if start_story is not None:  # a dateline above the story's headline belongs to the one before
            return ()
    return places


def countries_named(entities: object, noise: Sequence[tuple[int, int]]) -> list[str]:
    """The countries a sentence names (the reader makes them actors: "la France a signé"), outside noise: a
    happening told with a country and no narrower place is placed in that country."""
    out = []
    for actor in getattr(entities, "actors", ()) or ():
        if actor.kind == "country" and not any(s < actor.end and actor.start < e for s, e in noise):
            out.append(" ".join(actor.name.split()))
    return out


@functools.cache
def _origin(lang: str) -> re.Pattern[str] | None:
    phrases = sorted((lexicon.fold(str(p)) for p in lexicon.load(f"{lang}/actors").get("origin_phrases") or []),
                     key=len, reverse=True)
    if not phrases:
        return None
    words = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?<!\w)(?:{words})(?:\s+(?:the|la|le|les)\s+|\s*l['’]\s*|\s+)$")


def without_origins(lang: str, folded: str, entities: object, places: Sequence[str]) -> list[str]:
    """``places`` but those the sentence names after an origin phrase (``origin_places``)."""
    away = origin_places(lang, folded, entities)
    return [place for place in places if lexicon.fold(place) not in away]


def event_places(own: Sequence[str], countries: Sequence[str], dateline: Sequence[str], nearby: Sequence[str]
                 ) -> list[str]:
    """Where one event happens: the places its own sentence names; else the dateline's, a town narrower than a
    country the sentence may name ("DURRËS - ... en Albanie"); else the countries its sentence names; else
    ``nearby``: the page's country (``main_country``) or, when it has none, the places of its neighbour sentences."""
    return list(own or dateline or countries or nearby)


def origin_places(lang: str, folded: str, entities: object) -> set[str]:
    """The places a sentence names after an origin phrase ("from Lausanne", "originaires de Lausanne",
    lang/*/actors.yaml ``origin_phrases``): where people come from, not where the happening is."""
    pattern = _origin(lang)
    out: set[str] = set()
    for location in getattr(entities, "locations", ()) or ():
        if pattern and isinstance(location, (tuple, list)) and len(location) == 3:
            name, start, _ = location
            if pattern.search(folded, max(0, start - 40), start):
                out.add(lexicon.fold(" ".join(str(name).split())))
    return out


@functools.cache
def _country_words(lang: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One pattern for the names of the countries (lang/<lang>/actors.yaml ``countries``) and their nationality
    adjectives (``joined_nationalities`` but combining forms: "français", "américaines"), and each folded form ->
    its country."""
    data = lexicon.load(f"{lang}/actors")
    forms = {fold_keep(str(name)): str(country) for name, country in (data.get("countries") or {}).items()}
    forms.update(nationality_forms(lang))
    if not forms:
        return None, {}
    words = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])"), forms


def main_country(lang: str, folded: str, noise: Sequence[tuple[int, int]]) -> list[str]:
    """The country the page names most, by its name or its nationality adjective (twice at least, more than any
    other), outside noise: where its events happen when nothing nearer places them ("Fillon entendu par les
    enquêteurs" in a page on the French election). Read once a page, not once an event (a scan of the whole page
    for each event made detection quadratic: tests/test_events_linear.py)."""
    return list(_main_country(lang, folded, tuple(noise)))


@functools.lru_cache(maxsize=16)
def _main_country(lang: str, folded: str, noise: tuple[tuple[int, int], ...]) -> tuple[str, ...]:
    pattern, forms = _country_words(lang)
    if pattern is None:
        return ()
    counts = Counter(forms[m.group()] for m in pattern.finditer(folded)
                     if not any(s < m.end() and m.start() < e for s, e in noise))
    top = counts.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return ()
    return (top[0][0],)


def actor_lists(page: Page, context: Sequence[int], by_sentence: dict[int, Any], links: dict[str, str], proto: _Proto
                 ) -> tuple[dict[str, str], list[str]]:
    """The actors (name -> role) and places of one event, from its context sentences; 10a, protests' groups."""
    actors: dict[str, str] = {}
    keys: dict[str, str] = {}
    places: list[str] = []
    nearby: list[str] = []
    bodies: list[str] = []  # the actors its own sentence names: a body seated in a place places the event
    seats: list[str] = []  # the countries of the seats of power its own sentence names (events/power_seats.py)
    for position, index in enumerate(context):
        people, locs = _actors_of(by_sentence.get(index), page.noise, page.text)
        locs = without_origins(page.article.lang, page.folded, by_sentence.get(index), locs)
        text = page.sentences[index].text
        locs = without_addresses(page.article.lang, page.folded, by_sentence.get(index), locs, text)
        locs = as_countries(page.article.lang, without_qualifiers(text, locs))
        locs = without_titles(page.article.lang, text, without_peoples(page.article.lang, text, locs))
        if position == 0:
            seats = seat_countries(page.article.lang, locs)
        locs = without_seats(locs)  # "l'Élysée a annoncé": the office, no town nor country (events/power_seats.py)
        for raw, role in people:
            name = links.get(raw, raw)
            key = keys.setdefault(lexicon.fold(name), name)
            if position == 0:
                bodies.append(key)
            previous = actors.get(key)
            # the first reading; a complement read once as its own actor (shown); a role where none was read yet
            if previous is None or previous == COMPLEMENT_ROLE or (not previous and role != COMPLEMENT_ROLE):
                actors[key] = role
        for place in locs:
            pool = places if position == 0 else nearby
            if lexicon.fold(place) not in {lexicon.fold(p) for p in pool}:
                pool.append(place)
    if context and places:  # "s'est réuni salle Bouvet": a spot inside a town, not its place
        places = without_venues(page.article.lang, page.sentences[context[0]].text, places)
        places = without_streets(page.article.lang, page.sentences[context[0]].text, places)
    own_countries = countries_named(by_sentence.get(context[0]) if context else None, page.noise)
    # "COPENHAGEN, Denmark -", "DURRËS (Albanie)": the region after the dateline's town is the town's address
    # (events/place_addresses.py), not a second place of the events it places
    dateline = page_places(dateline_places(page.article), page.stories, proto.sentence.start)[:1]
    main = main_country(page.article.lang, page.folded, page.noise)
    places = event_places(places or seat_places(page.article.lang, bodies), own_countries, dateline, main or nearby)
    places = places or seats  # "l'Élysée a annoncé ...", no other place: the seat's country
    actors = protest_actors(page.article.lang, page.text, page.folded, proto, actors)
    return without_forces(page.article.lang, page.folded, proto, actors), places  # the police: the incident's
