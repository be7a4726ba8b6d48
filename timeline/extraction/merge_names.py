"""Merging: one-word proper names as evidence that two tellings of two articles tell one happening.

``Features.actors`` keeps names of two words or more: a one-word name may be a word ("Vietnam", "Live", "Grève").
But a body or a person is often named by one word only, an acronym ("SNCF", "NATO") or a single capitalised token
("Acas", "Unison", "Nordlock"), and two tellings of one strike that both name it share no other name. A one-word
actor name counts here (``single_names``) when its telling's own sentence shows it as a name, not a word:

- written all in capitals (two letters or more: an acronym), or
- capitalised at a word that does not open a sentence (after a sentence's first word: "Les agents de la SNCF",
  "talks at Acas ended"),

and it is none of the language's common words: the word lists of lang/*/ that name no one in particular (function
and stop words, titles and title words, bodies and groups named by a common noun, demonyms, countries, months and
weekdays, the page's stop entities). Nor is it a place (one of the telling's own places, a town the gazetteer places
in one country, a country, a place of the word lists): a shared town is weighed by the place rules (merge_apart.
same_place, merge_places), not as a shared actor. Both tellings must show it so (the caller intersects their sets).

A shared one-word name is evidence like a shared key term pair, not more: the date, type (family), place, number and
``strangers`` rules of merge.py still apply before it, so one person's name alone never joins two happenings of two
days, types or places.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping

from timeline import lang as lexicon
from timeline.extraction.actors.names import name_identity, place_name
from timeline.extraction.gazetteer import country_key, town_country
from timeline.extraction.merge_apart import countries
from timeline.models import Mention

__all__ = ["common_words", "single_names"]

_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
#: Word lists of lang/*/actors.yaml that hold common words, not names of someone in particular.
_ACTOR_LISTS = ("function_words", "stop_entities", "titles", "title_words", "bodies", "groups", "qualified_groups",
                "demonyms", "countries", "fragments", "honorifics", "determiners", "connectors", "day_names",
                "places", "cities")


def _fold(word: str) -> str:
    return lexicon.fold(word).split("'")[-1].split("’")[-1]


@functools.cache
def common_words(lang: str) -> frozenset[str]:
    """The language's common words (folded): every word of the lists above, the key stop words, months, weekdays."""
    words: set[str] = set()
    actors = lexicon.load(f"{lang}/actors")
    for key in _ACTOR_LISTS:
        for entry in actors.get(key, []) or []:
            words.update(_fold(w) for w in str(entry).split())
    words.update(_fold(str(w)) for w in lexicon.load(f"{lang}/triggers").get("key_stopwords", []) or [])
    table = lexicon.load(f"{lang}/words")
    for key in ("months", "weekdays"):
        words.update(_fold(str(w)) for w in table.get(key, {}) or {})
    return frozenset(w for w in words if w)


def _shown_as_name(word: str, tokens: list[str]) -> bool:
    """The sentence's tokens show ``word`` as a name: an acronym anywhere, or capitalised past the first token."""
    if len(word) >= 2 and word.isalpha() and word.isupper():
        return word in tokens
    return word[:1].isupper() and word in tokens[1:]


def _place(word: str, locations: frozenset[str]) -> bool:
    """The word names a place: one of the telling's, a country, or a town of one country (the gazetteer)."""
    key = name_identity(place_name(word))
    return key in locations or key in countries() or country_key(word) != key or town_country(word) is not None


def single_names(mention: Mention, own: Iterable[str], names: Mapping[str, str]) -> frozenset[str]:
    """The telling's own one-word actor names that its sentence shows as names (module doc), folded."""
    tokens = _TOKEN.findall(mention.sentence)
    common = common_words(mention.lang) if mention.lang in ("fr", "en") else frozenset()
    found = set()
    locations = frozenset(name_identity(place_name(place)) for place in mention.locations)
    for actor in own:
        shown = names.get(actor, actor)
        if len(shown.split()) != 1:
            continue
        for word in {shown, actor}:
            if len(word.split()) == 1 and _shown_as_name(word, tokens) and _fold(word) not in common and not _place(
                    word, locations):
                found.add(lexicon.fold(shown))
    return frozenset(found)
