"""A seat of power is no place of an event (round twenty-six, plc26).

docs/ANNOTATION.md ("Actors and places"): ``locations`` lists where a happening is, the town, else the country. A
building that stands for the office it houses ("l'Élysée a annoncé", "nommé à Matignon", "candidats à l'Élysée",
"a White House spokesman") is neither: the reader read it as a place, and the event showed the building. Counted on
the dev sources (docs/BENCHMARKS.md, "plc26"): fresh dev outlets franceguyane.fr and rtl.fr, real-news dev fr.

``without_seats`` drops from a sentence's places every name of ``seats_of_power`` (lang/*/actors.yaml, both
languages: the names are one across languages, "Maison-Blanche" and "White House"); the event then takes the place
the page gives (events/page_places.py: a seated body's town, the dateline's town, the sentence's countries, the page's
country or its neighbours' places); when none gives one, the seat's country (``seat_countries``, lang/*/actors.yaml:
"l'Élysée a annoncé" -> France). Only a place the reader already kept is dropped or replaced; nothing is read.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from timeline import lang as lexicon
from timeline.extraction.actors.lexicon import name_key
from timeline.extraction.actors.names import name_identity

__all__ = ["is_seat", "seat_countries", "without_seats"]

_LANGS = ("fr", "en")


@functools.cache
def _seats() -> frozenset[str]:
    """The keys of every language's seats of power, by their folded name and by their alias identity."""
    names = [str(w) for code in _LANGS for w in lexicon.load(f"{code}/actors").get("seats_of_power") or []]
    return frozenset(k for name in names for k in (name_key(name), name_identity(name)) if k)


def is_seat(place: str) -> bool:
    """``place`` is the name of a seat of power ("Élysée", "Elysee", "Maison Blanche", "White House")."""
    seats = _seats()
    return name_key(place) in seats or name_identity(place) in seats


def without_seats(places: Sequence[str]) -> list[str]:
    """``places`` without the seats of power (module doc)."""
    return [place for place in places if not is_seat(place)]


@functools.cache
def _countries(lang: str) -> dict[str, str]:
    """Seat key -> its country, in ``lang``'s spelling first ("Royaume-Uni" on a French page)."""
    out: dict[str, str] = {}
    for code in (lang, *(c for c in _LANGS if c != lang)):
        for seat, country in (lexicon.load(f"{code}/actors").get("seat_countries") or {}).items():
            for key in (name_key(str(seat)), name_identity(str(seat))):
                if key:
                    out.setdefault(key, str(country))
    return out


def seat_countries(lang: str, places: Sequence[str]) -> list[str]:
    """The countries of the seats of power among ``places`` ("Élysée" -> "France"), each once, in order."""
    table = _countries(lang)
    out: list[str] = []
    for place in places:
        country = table.get(name_key(place)) or table.get(name_identity(place))
        if country and country not in out:
            out.append(country)
    return out
