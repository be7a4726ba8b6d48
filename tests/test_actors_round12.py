"""Actors, round twelve (issue 13): where a name starts and ends on unseen text.

Name boundaries from the capitalised run and its connectors, with head words as data (``company_heads``,
``hazard_heads``, ``body_adjectives`` in ``timeline/lang/*/actors.yaml``): a common word inside a body's name, two
companies joined by "and", the whole name that owns a group noun, a legislature with its nationality, a hazard's
name. Every sentence is ours; each is read with the model and with the rule layer alone (Options.use_ner).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from events_support import event_actors

from timeline.extraction.actors import find_entities
from timeline.settings import Options

NAMES = [  # (lang, sentence, names that must be read, names that must not)
    # a common word ("Markets", a stop word opening market reports) inside a name that ends in a head word
    pytest.param("en", "The Competition and Markets Authority opened an inquiry into the merger on Monday.",
                 {"Competition and Markets Authority"}, {"Authority"}, id="en-stop-word-inside-a-body"),
    pytest.param("en", "The Trade and Markets Commission met on Friday.", {"Trade and Markets Commission"},
                 {"Commission"}, id="en-stop-word-second-conjunct"),
    # a public body's head takes the words before "and": still one name
    pytest.param("en", "The Food and Drug Administration approved the vaccine on Monday.",
                 {"Food and Drug Administration"}, set(), id="en-one-body"),
    pytest.param("en", "The Securities and Exchange Commission fined the broker on Monday.",
                 {"Securities and Exchange Commission"}, set(), id="en-one-body-exchange"),
    # a company's head ends the second name: two companies
    pytest.param("en", "Shares of Halvard and Northwind Motors fell sharply on Tuesday.",
                 {"Halvard", "Northwind Motors"}, {"Halvard and Northwind Motors"}, id="en-two-companies"),
    pytest.param("en", "Kestrel and Brightwater Holdings agreed a merger on Tuesday.",
                 {"Brightwater Holdings"}, {"Kestrel and Brightwater Holdings"}, id="en-two-companies-opening"),
    # the whole capitalised name before a group noun
    pytest.param("en", "The United Dock Workers walked out on Friday.", {"United Dock Workers"}, set(),
                 id="en-group-owner-run"),
    pytest.param("en", "Yesterday Halvard employees went on strike.", {"Halvard employees"}, {"Yesterday"},
                 id="en-group-owner-stop-word"),
    # a name after "retailer" stops before "on Wednesday"
    pytest.param("en", "The retailer Penrose & Vale on Wednesday cut its forecast.", {"Penrose & Vale"},
                 {"Penrose & Vale on Wednesday"}, id="en-named-head-stops-at-weekday"),
    # legislatures and courts with their adjective
    pytest.param("fr", "Le Parlement écossais a adopté mardi une motion.", {"Parlement écossais"}, set(),
                 id="fr-legislature-nationality"),
    pytest.param("fr", "Le Congrès américain a voté la loi jeudi.", {"Congrès américain"}, set(),
                 id="fr-congress-nationality"),
    pytest.param("fr", "La Cour suprême a rejeté le recours mardi.", {"Cour suprême"}, set(), id="fr-court-adjective"),
    pytest.param("fr", "La Mairie de Dole a fermé le parc lundi.", {"Mairie de Dole"}, set(), id="fr-capital-mairie"),
    # a sovereign or a pope named by one word is named with the title
    pytest.param("fr", "Le pape Léon a béni la foule ce matin sur la place.", {"pape Léon"}, {"Léon"},
                 id="fr-regnal-title"),
    pytest.param("en", "King Harald opened the new bridge on Tuesday.", {"King Harald"}, {"Harald"},
                 id="en-regnal-title"),
    # a name in capitals after a head noun that names is that body, not a photographer's credit
    pytest.param("fr", "Le syndicat professionnel SNPL AVENIR a déposé un préavis de grève le 3 mars.",
                 {"SNPL AVENIR"}, set(), id="fr-capitals-after-named-head"),
    # a hyphen compound of a country and another word is a body named after the country
    pytest.param("fr", "Tempête Gaëlle : Météo-France lève l'alerte rouge lundi.", {"Météo-France"}, set(),
                 id="fr-hyphen-body"),
]


def _names(lang: str, text: str, use_ner: bool) -> list[str]:
    return [a.name for a in find_entities(text, lang, Options(use_ner=use_ner)).actors]


@pytest.mark.parametrize("use_ner", [True, False], ids=["model", "rules"])
@pytest.mark.parametrize(("lang", "text", "wanted", "unwanted"), NAMES)
def test_name_boundaries(lang: str, text: str, wanted: set[str], unwanted: set[str], use_ner: bool) -> None:
    names = _names(lang, text, use_ner)
    assert wanted <= set(names), names
    assert not unwanted & set(names), names


HAZARDS = [  # a hazard's name is never an actor, capitalised with its noun or after a lower-case noun
    pytest.param("en", "Storm Halvor hit the coast of Cornwall on Thursday.", id="en-storm"),
    pytest.param("en", "The remnants of hurricane Odile reached the coast on Friday.", id="en-hurricane-lower"),
    pytest.param("fr", "La tempête Gaëlle a frappé le Finistère jeudi.", id="fr-tempete"),
    pytest.param("fr", "Tempête Gaëlle : les écoles restent fermées lundi.", id="fr-tempete-heading"),
]


@pytest.mark.parametrize("use_ner", [True, False], ids=["model", "rules"])
@pytest.mark.parametrize(("lang", "text"), HAZARDS)
def test_hazard_names_are_no_actors(lang: str, text: str, use_ner: bool) -> None:
    names = " | ".join(_names(lang, text, use_ner))
    assert "Halvor" not in names and "Odile" not in names and "Gaëlle" not in names, names


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Halvard jet is due to land at 12:30 EST on Monday."),
    ("en", "Nordwind will hold a press conference at 10:00 CET on 14 September."),
    ("fr", "La conférence de presse aura lieu à 10 h CET le 14 septembre."),
])
def test_time_zones_are_no_actors(lang: str, text: str) -> None:
    for use_ner in (True, False):
        names = _names(lang, text, use_ner)
        assert not {"EST", "CET"} & set(names), names


def test_two_names_stay_apart_and_regions_stay_places() -> None:
    """Neither a country pair ("Vietnam-Laos") nor a region ("Nord-Vietnam") is a body; a credit in capitals
    without a head noun stays a credit."""
    pair = _names("fr", "Le sommet Vietnam-Laos s'est tenu lundi à Hanoï.", True)
    assert "Vietnam-Laos" not in pair, pair
    region = find_entities("Les troupes sont entrées lundi au Nord-Vietnam.", "fr", Options(use_ner=True))
    assert not any("Nord" in a.name for a in region.actors), region
    assert not _names("fr", "Photo : NHAT BAC", False)


def test_a_body_named_congress_of_a_party_stays_no_actor() -> None:
    """The nationality after a legislature makes it one; an ordinal congress stays a happening's name."""
    names = _names("fr", "Le 14e Congrès national du Parti s'ouvre lundi à Hanoï.", False)
    assert not any("Congrès" in n for n in names), names


STORIES = [  # (lang, article with one event on 2 March that names nobody, the body lent to it, or None)
    # the lead names a body with its acronym, the body names it again by the acronym only: the story's main actor
    pytest.param("fr", "DIJON, 1er mars 2025 - L'Office régional de l'eau (ORE) Bourgogne a ouvert une enquête sur "
                 "la qualité de l'eau dans quatre communes.\n\nUne réunion publique s'est tenue le 2 mars à la salle "
                 "des fêtes de Beaune.\n\nLe directeur de l'ORE a rappelé que l'eau reste potable.",
                 "Office régional de l'eau", id="fr-acronym-again"),
    pytest.param("en", "LEEDS, March 3, 2025 - The Regional Water Office (RWO) opened an inquiry into water quality "
                 "in four towns.\n\nA public meeting was held in Otley on March 2.\n\nThe head of the RWO "
                 "said the water was safe to drink.", "Regional Water Office", id="en-acronym-again"),
    # named once only, in the lead: not the story's main actor
    pytest.param("fr", "DIJON, 1er mars 2025 - L'Office régional de l'eau (ORE) Bourgogne a ouvert une enquête sur "
                 "la qualité de l'eau dans quatre communes.\n\nUne réunion publique s'est tenue le 2 mars à la salle "
                 "des fêtes de Beaune.\n\nLe maire a rappelé que l'eau reste potable.", None, id="fr-named-once"),
]


@pytest.mark.parametrize(("lang", "text", "lent"), STORIES)
def test_acronym_mentions_make_a_main_actor(tmp_path: Path, lang: str, text: str, lent: str | None) -> None:
    names = " | ".join(event_actors(tmp_path, lang, text, True))
    if lent is None:
        assert "Office" not in names, names
    else:
        assert lent in names, names
