"""Actors, round twenty-three (issue 13, helper act23b): a town a merged row shows as one of its places is no actor
of that row (extraction/shown_places.py).

docs/ANNOTATION.md: actors act, ``locations`` say where. A town one telling read as an actor ("between Dover and
Calais") while the row also shows it as its place is the row's scene: it is shown among the places only. A country
stays (a party in the guide), a town right before a match's score stays (its club: actors/clubs.py), a town that
opens a telling stays (a seat for its government: "Paris a annoncé").

Every sentence is ours; the firms, unions and clubs are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.pipeline import extract
from timeline.extraction.shown_places import scene_towns
from timeline.models import Article
from timeline.settings import Options

DAY = dt.date(2026, 12, 1)


def _rows(text: str, lang: str) -> list[tuple[list[str], list[str]]]:
    article = Article(id="t", text=text, source="test", lang=lang, reference_date=DAY)
    return [(list(e.actors), list(e.locations)) for e in extract([article], Options(reference_date=DAY)).events]


@pytest.mark.parametrize(("text", "town", "kept"), [
    ("Crews at Westerly Ferries walked out on Monday, cancelling every crossing between Dover and Calais. The strike "
     "began at 5am on Monday in Dover, the RMT union said.", "Dover", "Westerly Ferries"),
    ("Workers at the Derby depot of Halden Logistics will meet managers on 9 December. The meeting on 9 December will "
     "be held in Derby.", "Derby", "Halden Logistics"),
])
def test_a_town_the_row_shows_as_its_place_is_no_actor(text: str, town: str, kept: str) -> None:
    rows = _rows(text, "en")
    assert len(rows) == 1, rows
    actors, places = rows[0]
    assert town in places, rows
    assert town not in actors, rows
    assert kept in actors, rows


def test_a_town_before_a_score_stays_its_club() -> None:
    rows = _rows("Le FC Villers a battu dimanche à Nantes son adversaire (2-1).", "fr")
    assert rows and all("Nantes" in actors for actors, _ in rows), rows


@pytest.mark.parametrize(("actors", "locations", "evidence", "expected"), [
    # the scene: a town the row shows as its place
    (["Iroise Lignes", "Brest"], ["Brest"], ["Les marins d'Iroise Lignes ont cessé le travail lundi à Brest."],
     {"Brest"}),
    (["Corrin Travel", "Leeds"], ["Leeds"], ["Bus drivers at Corrin Travel in Leeds began a strike on Tuesday."],
     {"Leeds"}),
    # a town the row does not show as a place is left to the reader
    (["Iroise Lignes", "Brest"], ["Quimper"], ["Les marins d'Iroise Lignes ont cessé le travail lundi."], set()),
    # a country is a party, also where it is the scene
    (["Kenya", "France"], ["Kenya"], ["Kenya and France signed a loan agreement on Tuesday."], set()),
    (["Italie", "Commission européenne"], ["Italie"], ["La Commission européenne a menacé l'Italie mercredi."], set()),
    # a town right before a score stands for its club
    (["FC Villers", "Nantes"], ["Nantes"], ["Le FC Villers a battu dimanche à Nantes son adversaire (2-1)."], set()),
    (["Harwick Rovers", "Leeds"], ["Leeds"], ["Harwick Rovers lost at Leeds (0-3) on Saturday."], set()),
    # a town that opens a telling is a seat that acts
    (["Paris"], ["Paris"], ["Paris a annoncé lundi l'envoi d'une mission.", "La réunion se tiendra à Paris."], set()),
    (["Washington", "Ottawa"], ["Washington", "Ottawa"], ["Washington said on Monday it would send envoys to Ottawa.",
                                                           "The talks will open in Washington."], {"Ottawa"}),
    # no place on the row: nothing to read
    (["Leeds"], [], ["Leeds will host the games."], set()),
])
def test_scene_towns(actors: list[str], locations: list[str], evidence: list[str], expected: set[str]) -> None:
    assert scene_towns(actors, locations, evidence) == expected
