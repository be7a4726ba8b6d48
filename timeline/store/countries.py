"""Each event's countries, derived from its places: the filter "Vietnam" finds the events placed in Hanoi or Huế too.

An event keeps its places as told ("Hanoï", "Da Nang", "Viet Nam"); ``event_countries`` derives the countries they lie
in, for the country filter and the exports (never written into the events themselves):

- a place that is a country by the word lists (``lang/aliases.yaml``'s countries, ``lang/*/actors.yaml``'s
  ``countries``) or by GeoNames' country table is that country ("Viêt Nam", "Vietnam" -> "Vietnam");
- a town the gazetteer (``timeline.extraction.gazetteer``) gives one country is in that country ("Hanoï", "Huế" ->
  "Vietnam"); a name several countries' towns share with no clear winner ("Valencia") gives none;
- a place that a person's name among the event's actors holds ("Florence" with "Florence Parly") gives none, and the
  actors themselves never give a country (a person called "Jordan" places nothing);
- a continent's name ("Asie") is no town, though a town bears it.

A country is shown by one name whatever the article's language: its ``lang/aliases.yaml`` entry's first spelling
("United Kingdom" for "Royaume-Uni"), else GeoNames' name. The lookups are per place name and cached; the gazetteer's
index is built at the first town looked up (the merge of the seeds has usually built it already).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from timeline import lang as lexicon
from timeline.extraction import gazetteer
from timeline.extraction.actors.names import canonical_name

__all__ = ["COUNTRIES_COLUMN", "countries_of", "country_names", "event_countries",
           "exploded_countries", "place_countries", "place_country", "store_clause", "store_tables",
           "with_countries"]

COUNTRIES_COLUMN = "countries"
"""The derived column the exports add next to the events' own columns."""
_WORDS = re.compile(r"[\s'’]+")
"""What separates the words of a name, for finding a place's name inside a person's (a first filter only)."""


@functools.cache
def country_names() -> dict[str, str]:
    """Country key (``gazetteer.country_key``) -> the country's shown name, for every country the word lists or
    GeoNames' country table name."""
    shown: dict[str, str] = {}
    for row in gazetteer.data_table("countries.json").values():
        shown.setdefault(gazetteer.country_key(row["name"]), canonical_name(row["name"]))
    listed: list[str] = [str(entry[0]) for entry in lexicon.load("aliases").get("countries") or []]
    for code in ("fr", "en"):
        table = lexicon.load(f"{code}/actors").get("countries") or {}
        listed += [str(v or k) for k, v in table.items()] if isinstance(table, dict) else [str(k) for k in table]
    for name in listed:
        key = gazetteer.country_key(name)
        if key not in shown or canonical_name(name) != name:  # an alias entry's shown spelling wins
            shown[key] = canonical_name(name)
    return shown


@functools.lru_cache(maxsize=65536)
def place_country(place: str) -> str | None:
    """The shown name of the country ``place`` is, or of the one country its town lies in; None otherwise."""
    if not place.strip():
        return None
    names = country_names()
    key = gazetteer.country_key(place)
    if key in names:
        return names[key]
    if key in _continents():
        return None
    town = gazetteer.town_country(place)
    return names.get(town, None) if town else None


def place_countries(places: Iterable[str]) -> tuple[str, ...]:
    """The countries of these place names (``place_country``), sorted, each once: what the country filter offers."""
    return tuple(sorted({country for place in places if (country := place_country(str(place)))}))


@functools.cache
def _continents() -> frozenset[str]:
    """The keys of the continents' English and French names (GeoNames): "Asia" is no town of the Philippines here."""
    rows = gazetteer.data_table("continents.json").values()
    names = [n for row in rows for n in (row["name"], *(a["name"] for a in row.get("alternateNames") or ()
                                                        if a.get("lang") in ("en", "fr")))]
    return frozenset(gazetteer.country_key(n) for n in names)


def event_countries(locations: Iterable[str], actors: Iterable[str] = ()) -> list[str]:
    """The countries of an event's places (sorted, each once), those a person's name among ``actors`` holds left
    out (see the module's docstring)."""
    people = [str(a) for a in actors or ()]
    found: set[str] = set()
    for place in locations or ():
        country = place_country(str(place))
        if country and not (any(str(place) in name for name in people)  # the regex only when a name holds it
                            and gazetteer.other_meaning(str(place), "", people)):
            found.add(country)
    return sorted(found)


def countries_of(locations: Sequence[Any], actors: Sequence[Any]) -> list[list[str]]:
    """``event_countries`` of each row of two parallel list columns."""
    return [event_countries(_cell(p), _cell(a)) for p, a in zip(locations, actors, strict=True)]


def _cell(value: Any) -> list[str]:
    if value is None or isinstance(value, float):
        return []
    return [str(v) for v in (value.tolist() if hasattr(value, "tolist") else value)]


def with_countries(frame: pd.DataFrame) -> pd.DataFrame:
    """The events frame with the derived ``countries`` column (a copy; an empty frame gets an empty column)."""
    out = frame.copy()
    if out.empty or "locations" not in out.columns:
        out[COUNTRIES_COLUMN] = pd.Series([[] for _ in range(len(out))], dtype=object, index=out.index)
        return out
    actors = out["actors"].tolist() if "actors" in out.columns else [[] for _ in range(len(out))]
    out[COUNTRIES_COLUMN] = pd.Series(countries_of(out["locations"].tolist(), actors), dtype=object, index=out.index)
    return out


def store_tables(places: Sequence[str], actors: Sequence[str]) -> dict[str, pa.Table]:
    """The tables a store's SQL derives its events' countries from, over its coded names (code = position):
    ``place_countries`` (l: place code, country) and ``shadows`` (l, a: an actor's name, of a person's shape, that
    holds the place's name; such an event's place gives no country, as in ``event_countries``)."""
    located = [(code, country) for code, place in enumerate(places) if (country := place_country(place))]
    by_words: dict[str, list[int]] = {}
    for code, actor in enumerate(actors):
        words = _WORDS.split(actor.strip())
        if 2 <= len(words) <= 4:  # a person's shape has two to four words (gazetteer.other_meaning checks the rest)
            for size in range(1, len(words)):
                for start in range(len(words) - size + 1):
                    by_words.setdefault(" ".join(words[start:start + size]), []).append(code)
    shadows = [(code, a) for code, _ in located for a in by_words.get(" ".join(_WORDS.split(places[code].strip())), ())
               if gazetteer.other_meaning(places[code], "", [actors[a]])]
    return {
        "place_countries": pa.table({"l": pa.array([c for c, _ in located], pa.int64()),
                                     "country": pa.array([n for _, n in located], pa.string())}),
        "shadows": pa.table({"l": pa.array([c for c, _ in shadows], pa.int64()),
                             "a": pa.array([a for _, a in shadows], pa.int64())}),
    }


def store_clause(tables: dict[str, pa.Table], wanted: Sequence[str]) -> tuple[str, list[Any]]:
    """The SQL condition over a store's filter index (``location_ids``, ``actor_ids``) that an event lies in one of
    the ``wanted`` countries, and its parameters: one of its places is in one, and no person's name among its actors
    holds that place (``store_tables``' shadows)."""
    located, shadows = tables["place_countries"].to_pydict(), tables["shadows"].to_pydict()
    codes = [code for code, country in zip(located["l"], located["country"], strict=True) if country in wanted]
    held: dict[int, list[int]] = {}
    for place, actor in zip(shadows["l"], shadows["a"], strict=True):
        held.setdefault(place, []).append(actor)
    plain = [code for code in codes if code not in held]
    parts, params = ["list_has_any(location_ids, ?::BIGINT[])"] if plain else [], [plain] if plain else []
    for code in (c for c in codes if c in held):
        parts.append("(list_contains(location_ids, ?) AND NOT list_has_any(actor_ids, ?::BIGINT[]))")
        params += [code, held[code]]
    return ("(" + " OR ".join(parts) + ")", params) if parts else ("false", [])


_Coded = tuple[np.ndarray, np.ndarray, Sequence[str]]
"""An exploded list column: row numbers, name codes, and the names."""


def exploded_countries(places: _Coded, actors: _Coded) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Each event's countries from its exploded places and actors (row numbers, name codes, names; query._Exploded):
    (rows, country codes, country names), each (row, country) once; the answers of ``event_countries`` row by row,
    computed per distinct name (``store_tables``) and with numpy, fast on 10^6 events."""
    (place_rows, place_codes, place_names), (actor_rows, actor_codes, actor_names) = places, actors
    tables = store_tables(place_names, actor_names)
    located, shadows = tables["place_countries"].to_pydict(), tables["shadows"].to_pydict()
    shown = sorted(set(located["country"]))
    country_of = np.full(len(place_names), -1, dtype=np.int64)
    country_of[np.asarray(located["l"], dtype=np.int64)] = [shown.index(c) for c in located["country"]]
    picked = country_of[place_codes] if len(place_codes) else np.zeros(0, dtype=np.int64)
    keep = picked >= 0
    held: dict[int, set[int]] = {}
    for place, actor in zip(shadows["l"], shadows["a"], strict=True):
        held.setdefault(place, set()).add(actor)
    suspects = np.flatnonzero(keep & np.isin(place_codes, list(held)))
    if len(suspects):  # a person's name among the row's actors holds the place: no country from it
        rows = set(place_rows[suspects].tolist())
        mine = np.isin(actor_rows, list(rows))
        row_actors: dict[int, set[int]] = {}
        for row, code in zip(actor_rows[mine].tolist(), actor_codes[mine].tolist(), strict=True):
            row_actors.setdefault(row, set()).add(code)
        for at in suspects.tolist():
            if held[int(place_codes[at])] & row_actors.get(int(place_rows[at]), set()):
                keep[at] = False
    pairs = np.unique(place_rows[keep] * max(len(shown), 1) + picked[keep])
    return pairs // max(len(shown), 1), pairs % max(len(shown), 1), shown
