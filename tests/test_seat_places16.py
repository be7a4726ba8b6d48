"""A body seated in a named place places its event when the sentence names no place (events/seat_places.py, round
sixteen, helper plc16). Sentences and names written for these tests, in both languages."""

from __future__ import annotations

import json

import pytest

from benchmarks import evaluate as ev
from timeline.extraction import ingest
from timeline.extraction.events.place_forms import as_countries, without_qualifiers, without_titles
from timeline.extraction.events.seat_places import seat_places
from timeline.extraction.pipeline import extract
from timeline.settings import Options


def _places(text: str, lang: str, published: str = "2026-03-02") -> list[tuple[str, ...]]:
    record = {"id": "t", "text": text, "title": "", "published": published, "lang": lang}
    options = Options()
    articles, _ = ingest.read_bytes("t.jsonl", (json.dumps(record, ensure_ascii=False) + "\n").encode(), options)
    return [tuple(e.locations) for e in extract(articles, options).events]


@pytest.mark.parametrize(("lang", "body", "place"), [
    ("fr", "conseil municipal de Brévillac-sur-Orne", "Brévillac-sur-Orne"),
    ("fr", "tribunal correctionnel de Montferrant", "Montferrant"),
    ("fr", "tribunal judiciaire d'Orvalle", "Orvalle"),
    ("fr", "conseil départemental de l'Ardoise", "Ardoise"),
    ("fr", "préfecture de la Vallière", "Vallière"),
    ("fr", "conseil régional du Haut-Pays", "Haut-Pays"),
    ("fr", "conseil de prud'hommes de Castelbrune", "Castelbrune"),
    ("fr", "Cour d'appel de Rivemont", "Rivemont"),
    ("fr", "communauté de communes des Trois-Vallons", "Trois-Vallons"),
    ("en", "Dunmorrow City Council", "Dunmorrow"),
    ("en", "Harlow Vale Borough Council", "Harlow Vale"),
    ("en", "Pellingford Crown Court", "Pellingford"),
    ("en", "senate of the University of Ashcombe", "Ashcombe"),
    ("en", "University of Ashcombe court", "Ashcombe"),
])
def test_a_seated_body_gives_its_place(lang: str, body: str, place: str) -> None:
    assert seat_places(lang, [body]) == [place]


@pytest.mark.parametrize(("lang", "body"), [
    ("fr", "conseil municipal"),            # no place in the name
    ("fr", "conseil de prud'hommes"),       # a small word is no place
    ("fr", "Conseil de l'Europe"),          # "conseil" alone seats nothing
    ("fr", "tribunal de commerce de France"),  # a country is no seat
    ("fr", "Laiterie du Val"),               # a firm, not a seated body
    ("fr", "ministère de l'Intérieur"),
    ("en", "Council of Europe"),
    ("en", "Security Council"),
    ("en", "Ashcombe Rovers"),
    ("en", "University of Spain"),           # a country is no seat
])
def test_no_seat(lang: str, body: str) -> None:
    assert seat_places(lang, [body]) == []


def test_seats_in_actor_order_once() -> None:
    bodies = ["conseil municipal de Montferrant", "Jeanne Rivet", "tribunal de Montferrant", "préfecture de l'Ardoise"]
    assert seat_places("fr", bodies) == ["Montferrant", "Ardoise"]


def test_council_session_placed_in_its_town_fr() -> None:
    text = ("Le conseil municipal de Brévillac-sur-Orne a adopté jeudi 26 février le budget primitif de la commune, "
            "par 21 voix contre 6.")
    places = _places(text, "fr")
    assert places and any(ev.place_found("Brévillac-sur-Orne", p) for p in places)


def test_council_vote_placed_in_its_town_en() -> None:
    text = "Dunmorrow City Council approved the new parking charges on Thursday by 31 votes to 12."
    places = _places(text, "en")
    assert places and any(ev.place_found("Dunmorrow", p) for p in places)


def test_a_place_the_sentence_names_wins_over_the_seat() -> None:
    text = ("Le tribunal correctionnel de Montferrant a condamné jeudi 26 février un entrepreneur pour un incendie "
            "à Castelbrune.")
    places = _places(text, "fr")
    assert places and all("Montferrant" not in p for p in places)


def test_a_body_of_another_sentence_places_nothing() -> None:
    text = ("Le marché de Noël ouvrira ses portes dimanche 8 mars, place du Marché.\n\n"
            "Les inscriptions se font en mairie de Castelbrune.")
    assert all("Castelbrune" not in p for p in _places(text, "fr"))


# ---------------------------------------------------------------- a bracketed region, a people's name (place_forms.py)


@pytest.mark.parametrize(("text", "places", "kept"), [
    ("un meeting tenu mardi à Montferrant (Haut-Pays), devant 800 militants", ["Montferrant", "Haut-Pays"],
     ["Montferrant"]),
    ("une réunion à Castelbrune ( Val-d'Orvalle ) a eu lieu", ["Castelbrune", "Val-d'Orvalle"], ["Castelbrune"]),
    ("a rally held in Dunmorrow (Wessex) on Monday", ["Dunmorrow", "Wessex"], ["Dunmorrow"]),
    ("la visite au Haut-Pays, à Montferrant, puis à Castelbrune", ["Haut-Pays", "Montferrant", "Castelbrune"],
     ["Haut-Pays", "Montferrant", "Castelbrune"]),          # no bracket: all kept
    ("l'usine (Haut-Pays) a fermé", ["Haut-Pays"], ["Haut-Pays"]),  # no town before it
])
def test_a_bracketed_region_after_a_town_is_left_out(text: str, places: list[str], kept: list[str]) -> None:
    assert without_qualifiers(text, places) == kept


@pytest.mark.parametrize(("lang", "places", "out"), [
    ("fr", ["Italiens"], ["Italie"]),
    ("fr", ["Américains", "États-Unis"], ["États-Unis"]),
    ("fr", ["Montferrant"], ["Montferrant"]),
    ("en", ["Italians"], ["Italy"]),
    ("en", ["Americans", "Ohio"], ["United States", "Ohio"]),
    ("en", ["Dunmorrow"], ["Dunmorrow"]),
])
def test_a_people_named_as_a_place_is_its_country(lang: str, places: list[str], out: list[str]) -> None:
    assert as_countries(lang, places) == out


def test_town_with_its_region_in_brackets_end_to_end_fr() -> None:
    text = "Le candidat a tenu un meeting mardi 24 février à Montferrant (Haute-Garonne), devant 800 militants."
    places = _places(text, "fr")
    assert places and any("Montferrant" in p for p in places)
    assert all("Haute-Garonne" not in p for p in places)


@pytest.mark.parametrize(("lang", "text", "places", "kept"), [
    ("fr", "La préfète de la Vallière a ordonné dimanche la fermeture d'une usine à Montferrant.",
     ["Vallière", "Montferrant"], ["Montferrant"]),
    ("fr", "Le préfet de l'Ardoise a interdit mardi l'accès au massif de Castelbrune.",
     ["Ardoise", "Castelbrune"], ["Castelbrune"]),
    ("fr", "Le maire de Montferrant a présenté ses vœux jeudi.", ["Montferrant"], ["Montferrant"]),  # alone: kept
    ("fr", "Le préfet de l'Ardoise a visité l'Ardoise et Castelbrune.", ["Ardoise", "Castelbrune"],
     ["Ardoise", "Castelbrune"]),  # also named as a place
    ("en", "The Mayor of Dunmorrow opened the new bridge in Ashcombe on Friday.", ["Dunmorrow", "Ashcombe"],
     ["Ashcombe"]),
    ("en", "The Governor of Wessex declared an emergency in Wessex and Dunmorrow.", ["Wessex", "Dunmorrow"],
     ["Wessex", "Dunmorrow"]),
])
def test_an_officials_territory_is_no_place(lang: str, text: str, places: list[str], kept: list[str]) -> None:
    assert without_titles(lang, text, places) == kept


def test_prefect_territory_left_out_end_to_end_fr() -> None:
    text = ("La préfète du Bas-Rhin, Jeanne Rivet, a ordonné dimanche 1er mars la fermeture d'une papeterie "
            "à Montferrant.")
    places = _places(text, "fr")
    assert places and any("Montferrant" in p for p in places)
    assert all("Bas-Rhin" not in p for p in places)
