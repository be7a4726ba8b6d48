"""A town's address and a street of the town are no second place of the event (events/place_addresses.py,
events/streets.py, round seventeen, helper plc17). Sentences and names written for these tests, in both languages."""

from __future__ import annotations

import json

import pytest

from timeline.extraction import ingest
from timeline.extraction.events.place_forms import without_peoples
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


@pytest.mark.parametrize(("lang", "text", "town", "region"), [
    ("fr", "TANGER (Maroc), 3 mars (AFP) - Les dockers du port ont cessé le travail lundi pour la deuxième fois ce "
     "mois-ci.\n\nLa direction recevra les syndicats jeudi.", "Tanger", "Morocco"),
    ("en", "LIMA, Peru (AP) - Dock workers walked off the job on Monday for the second time this month.\n\nThe "
     "company will meet the unions on Thursday.", "Lima", "Peru"),
])
def test_a_datelines_region_is_its_towns_address(lang: str, text: str, town: str, region: str) -> None:
    rows = _places(text, lang)
    assert rows and all(places == (town,) for places in rows), rows


@pytest.mark.parametrize(("lang", "text", "kept"), [
    # a street before a town is no town whose address the town would be
    ("en", "Hundreds of people gathered on Harbour Street in Dunmorrow on Saturday.", "Dunmorrow"),
    ("fr", "Le concert a eu lieu samedi à la salle Bouvet, à Morlac.", "Morlac"),
])
def test_the_town_after_a_street_or_a_venue_stays(lang: str, text: str, kept: str) -> None:
    rows = _places(text, lang)
    assert rows and all(places == (kept,) for places in rows), rows


@pytest.mark.parametrize(("lang", "text", "place", "expected"), [
    ("fr", "Une réunion avec des Castelbrunois aura lieu jeudi.", ["Castelbrunois"], []),
    ("fr", "Une soixantaine d'Orvallais partiront pour l'Allemagne.", ["Orvallais", "Allemagne"], ["Allemagne"]),
    ("fr", "Le ferry a accosté lundi aux Calais.", ["Calais"], ["Calais"]),  # a town the gazetteer knows
    ("fr", "La foire s'est ouverte à Valbrunais.", ["Valbrunais"], ["Valbrunais"]),  # no article: a town's name
    ("en", "Thousands of Scottish homes lost power.", ["Scottish"], []),
    ("en", "The ferry docked in Portsmouth.", ["Portsmouth"], ["Portsmouth"]),
])
def test_without_peoples(lang: str, text: str, place: list[str], expected: list[str]) -> None:
    assert without_peoples(lang, text, place) == expected
