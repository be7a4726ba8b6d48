"""A town's address and a street of the town are no second place of the event (events/place_addresses.py,
events/streets.py, round seventeen, helper plc17). Sentences and names written for these tests, in both languages."""

from __future__ import annotations

import json

import pytest

from timeline.extraction import ingest
from timeline.extraction.events.streets import without_streets
from timeline.extraction.pipeline import extract
from timeline.settings import Options


def _places(text: str, lang: str, published: str = "2026-03-02") -> list[tuple[str, ...]]:
    record = {"id": "t", "text": text, "title": "", "published": published, "lang": lang}
    options = Options()
    articles, _ = ingest.read_bytes("t.jsonl", (json.dumps(record, ensure_ascii=False) + "\n").encode(), options)
    return [tuple(e.locations) for e in extract(articles, options).events]


@pytest.mark.parametrize(("lang", "text", "town", "address"), [
    ("fr", "Les ministres se sont réunis lundi à Tanger, au Maroc, pour signer un accord.", "Tanger", "Maroc"),
    ("fr", "Le festival s'est ouvert samedi à Bruges en Belgique.", "Bruges", "Belgique"),
    ("fr", "Le maire a inauguré jeudi la médiathèque de Nogent, dans l'Aube.", "Nogent", "Aube"),
    ("fr", "Le candidat a été giflé mardi à Plouha (Côtes-d'Armor, Bretagne), où il était en visite.", "Plouha",
     "Bretagne"),
    ("fr", "Une frappe a touché mardi Sarmada, dans le nord-ouest de la Syrie.", "Sarmada", "Syrie"),
    ("en", "The festival opened in Bruges, in Belgium, on Friday.", "Bruges", "Belgium"),
])
def test_a_towns_address_is_left_out(lang: str, text: str, town: str, address: str) -> None:
    rows = _places(text, lang)
    assert rows and all(town in places for places in rows)
    folded = {p.casefold() for places in rows for p in places}
    assert address.casefold() not in folded
    assert not ({"morocco", "belgium", "brittany", "syria", "côtes-d'armor"} & folded)


@pytest.mark.parametrize(("lang", "text", "places"), [
    # a comma alone between two towns is a list, not an address
    ("fr", "Les maires de Valbrune, Castelmoron et Orvalle se sont réunis lundi à la préfecture.",
     ("Valbrune", "Castelmoron", "Orvalle")),
    # a country with no town before it stays
    ("fr", "Le parlement a adopté mardi une loi sur l'eau en Belgique.", ("Belgium",)),
])
def test_no_address(lang: str, text: str, places: tuple[str, ...]) -> None:
    rows = _places(text, lang)
    assert rows
    for place in places:
        assert any(place in row for row in rows)


@pytest.mark.parametrize(("lang", "text", "kept", "left"), [
    ("fr", "Les habitants se sont rassemblés samedi place de la Fontaine, à Villebrune.", "Villebrune", "Fontaine"),
    ("fr", "Un incendie a ravagé lundi un hangar de la zone industrielle des Prés, à Morlac.", "Morlac", "Prés"),
    ("fr", "La foire s'installera jeudi quai des Tanneurs, à Castelbrune.", "Castelbrune", "Tanneurs"),
])
def test_a_street_beside_its_town_is_left_out(lang: str, text: str, kept: str, left: str) -> None:
    rows = _places(text, lang)
    assert rows and all(kept in places and left not in places for places in rows)


@pytest.mark.parametrize(("lang", "text", "places", "expected"), [
    ("fr", "Les habitants se sont rassemblés place de la Fontaine, à Villebrune.", ["Fontaine", "Villebrune"],
     ["Villebrune"]),
    ("fr", "Le cortège a défilé du boulevard Carnot jusqu'à Morlac.", ["Carnot", "Morlac"], ["Morlac"]),
    ("fr", "Des tirs ont éclaté dans le quartier de Kinama.", ["Kinama"], ["Kinama"]),  # alone, kept
    ("fr", "Le marché s'est tenu à Fontaine et à Villebrune.", ["Fontaine", "Villebrune"], ["Fontaine", "Villebrune"]),
    # a name written once as a street and once as a town stays
    ("fr", "Rue de Morlac, à Villebrune, puis à Morlac.", ["Morlac", "Villebrune"], ["Morlac", "Villebrune"]),
    ("en", "Hundreds gathered on Harbour Street in Dunmorrow.", ["Harbour Street", "Dunmorrow"], ["Dunmorrow"]),
    ("en", "Crowds filled the Quayside district of Kelmouth.", ["Quayside", "Kelmouth"], ["Kelmouth"]),
    ("en", "The fair moved from Ashcombe to Dunmorrow.", ["Ashcombe", "Dunmorrow"], ["Ashcombe", "Dunmorrow"]),
])
def test_without_streets(lang: str, text: str, places: list[str], expected: list[str]) -> None:
    assert without_streets(lang, text, places) == expected
