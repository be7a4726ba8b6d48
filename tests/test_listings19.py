"""Actors, round nineteen (issue 13, helper act19): what stands around a firm's name is no actor, nor is a place
named in front of its noun (actors/listings.py).

A firm's stock listing in brackets ("(NASDAQ: TWRB)"), its legal form written apart (", Inc.") or read alone
("ASA"), and a place between a determiner and a noun of land or route ("the Castlefields estate") were read as
actors; the reader now claims the first two and leaves the third out of the actors. A competition or its final
("the Chess Olympiad", "the Grand Final", "le Championnat de France") is a happening, its teams the actors
(``nonactor_heads`` in lang/*/actors.yaml); so is a general meeting read as a body ("lors de l'assemblée générale
extraordinaire"), while "l'assemblée générale de l'ONU" stays one.

Every sentence is ours; the firms, places and people are made up.
"""

from __future__ import annotations

import pytest

from timeline.extraction.actors import find_entities
from timeline.extraction.actors.listings import attributive_place, legal_form, listing_spans, meeting_name
from timeline.settings import Options

RULES = Options(use_ner=False)


def _actors(text: str, lang: str, options: Options = RULES) -> list[str]:
    return [a.name for a in find_entities(text, lang, options).actors]


@pytest.mark.parametrize(("lang", "text", "absent", "present"), [
    ("en", "Tarnwell Robotics, Inc. (NASDAQ: TWRB) today announced that it has bought Pell Optics.",
     ["Inc", "NASDAQ", "TWRB"], ["Pell Optics"]),
    ("en", "Brantwood Holdings plc (LSE: BRH; NYSE: BRW) said on Monday its profit rose.",
     ["LSE", "BRH", "NYSE", "BRW"], ["Brantwood Holdings"]),
    ("en", "Kestrel Power A/S (Nasdaq Copenhagen: KSTP) today announced a new wind farm off Esbjerg.",
     ["Nasdaq Copenhagen", "KSTP"], []),
    ("en", "Fjordline Salmon ASA (OSE: FJSA) reported a loss for the first quarter on Tuesday.",
     ["OSE", "FJSA"], []),
    ("en", "Harlan Mining Corp. (TSX: 4821) cut its output forecast on Friday.", ["TSX", "4821"], []),
    ("fr", "Le groupe Ardoise Finance (Euronext Paris : FR0000120271) a annoncé lundi une acquisition.",
     ["Euronext", "Euronext Paris", "FR0000120271"], ["Ardoise Finance"]),
    ("fr", "La société Tarnwell Robotique, SA, a publié lundi ses comptes annuels.", ["SA"], ["Tarnwell Robotique"]),
    ("fr", "Le fabricant Verlaine Emballages, SAS, a annoncé mardi la fermeture de son site.", ["SAS"],
     ["Verlaine Emballages"]),
])
def test_a_listing_and_a_legal_form_are_no_actors(lang: str, text: str, absent: list[str],
                                                   present: list[str]) -> None:
    actors = _actors(text, lang, Options())
    for name in absent:
        assert name not in actors, actors
    for name in present:
        assert any(name in a for a in actors), actors


@pytest.mark.parametrize(("lang", "text", "kept"), [
    ("en", "Pell Optics Ltd said on Monday it would cut 40 jobs.", "Pell Optics Ltd"),  # glued: stays as written
    ("en", "The Kelmouth Port Authority (KPA) closed the quay on Monday.", "Kelmouth Port Authority"),  # an acronym
    ("fr", "Le Syndicat national des pilotes (SNP) a déposé un préavis lundi.", "Syndicat national des pilotes"),
])
def test_what_is_not_a_listing_stays(lang: str, text: str, kept: str) -> None:
    assert any(kept in a for a in _actors(text, lang, Options())), _actors(text, lang, Options())


@pytest.mark.parametrize(("text", "place"), [
    ("A new timetable comes into force on the Marlow Vale line on Sunday.", "Marlow Vale"),
    ("The blast shook homes across the Brackley estate on Tuesday night.", "Brackley"),
    ("The survey ship sailed into the Tasiilak fjord on Monday.", "Tasiilak"),
    ("Flood wardens toured the Pellow district on Friday.", "Pellow"),
])
def test_a_place_in_front_of_its_noun_is_no_actor(text: str, place: str) -> None:
    assert place not in _actors(text, "en", Options())


@pytest.mark.parametrize(("text", "start", "end", "expected"), [
    ("homes across the Brackley estate on", 17, 25, True),
    ("homes across their Brackley estate on", 19, 27, True),
    ("jobs at the Brackley site on", 12, 20, False),  # a site may be a firm's: "the Airbus site"
    ("jobs at the Brackley plant on", 12, 20, False),
    ("Brackley estate agents said", 0, 8, False),  # no determiner before it
])
def test_attributive_place(text: str, start: int, end: int, expected: bool) -> None:
    assert attributive_place(text, start, end, "en") is expected


def test_no_place_in_front_of_its_noun_in_french() -> None:
    assert not attributive_place("les habitants du Brackley estate", 17, 25, "fr")


@pytest.mark.parametrize(("lang", "name", "expected"), [
    ("en", "Inc", True), ("en", "ASA", True), ("en", "GmbH", True), ("en", "plc", True),
    ("fr", "SAS", True), ("fr", "SARL", True),
    ("en", "Ingram", False), ("en", "Pell Optics Ltd", False), ("fr", "Tarnwell", False),
])
def test_legal_form(lang: str, name: str, expected: bool) -> None:
    assert legal_form(name, lang) is expected


@pytest.mark.parametrize(("text", "count"), [
    ("Tarnwell Robotics, Inc. (NASDAQ: TWRB) today", 2),
    ("Brantwood Holdings plc (LSE: BRH; NYSE: BRW) said", 1),
    ("the vote (41 to 12) was", 0),
    ("the strike (see below: page 3) was", 0),
    ("Maria Esposito (Reuters) said", 0),
])
def test_listing_spans(text: str, count: int) -> None:
    assert len(listing_spans(text, "en")) == count


@pytest.mark.parametrize(("lang", "text", "absent", "present"), [
    ("en", "The Draughts Olympiad moved to Varna this year.", ["Draughts Olympiad"], []),
    ("en", "Kelmouth will host the 2030 Olympiad, the federation said on Monday.", ["Olympiad"], ["Kelmouth"]),
    ("en", "Tarley Rovers meet Dunmore Athletic in the Grand Final at Hampden on Saturday.", ["Grand Final"], []),
    ("en", "The Nordic Curling Championship opens in Oslo on Friday.", ["Nordic Curling Championship"], []),
    ("fr", "Le Championnat de France de voile s'ouvre vendredi à Brest.", ["Championnat de France de voile"], []),
    ("fr", "Le Tournoi des Cinq Ports commence samedi à Douvres.", ["Tournoi des Cinq Ports"], []),
    ("fr", "La Finale Européenne de Kelmouth a été annulée samedi.", ["Finale Européenne de Kelmouth"], []),
])
def test_a_competition_is_no_actor(lang: str, text: str, absent: list[str], present: list[str]) -> None:
    actors = _actors(text, lang, Options())
    for name in absent:
        assert name not in actors, actors
    for name in present:
        assert any(name in a for a in actors), actors


@pytest.mark.parametrize(("lang", "text", "absent", "present"), [
    ("fr", "Les actionnaires de Brimval ont approuvé lundi, lors d'une assemblée générale extraordinaire à Lyon, "
           "la fusion.", ["assemblée générale extraordinaire"], []),
    ("fr", "Le conseil d'administration convoquera une assemblée générale le 3 mai.", ["assemblée générale"],
     ["conseil d'administration"]),
    ("fr", "La présidente a été élue lors de l'assemblée générale d'installation réunie à Vesoul.",
     ["assemblée générale d'installation"], []),
    ("fr", "L'assemblée générale de l'ONU a adopté mardi une résolution.", [], ["assemblée générale de l'ONU"]),
    ("fr", "L'Assemblée générale des Nations unies a adopté mardi une résolution.", [],
     ["Assemblée générale des Nations unies"]),
])
def test_a_general_meeting_is_no_actor(lang: str, text: str, absent: list[str], present: list[str]) -> None:
    actors = _actors(text, lang, Options())
    for name in absent:
        assert name not in actors, actors
    for name in present:
        assert name in actors, actors


@pytest.mark.parametrize(("lang", "name", "expected"), [
    ("fr", "assemblée générale", True), ("fr", "assemblée générale extraordinaire", True),
    ("fr", "assemblée générale d'installation", True), ("fr", "assemblée générale de l'ONU", False),
    ("fr", "Assemblée générale des Nations unies", False), ("fr", "assemblée nationale", False),
    ("en", "annual general meeting", True), ("en", "General Assembly", False),
])
def test_meeting_name(lang: str, name: str, expected: bool) -> None:
    assert meeting_name(name, lang) is expected
