"""Actors across sources, round fifteen (issue 13, helper act15): a body named in lower case by its remit.

Measured first (docs/BENCHMARKS.md "Actors across sources, round fifteen"): French gold actors never read in the
event's own sentence were, in three written dev halves and in French real-news dev, committees, chambers, councils
and courts written in lower case with a common noun as complement ("la commission des finances", "la chambre
d'agriculture de ...", "le conseil de prud'hommes de ..."): ``lowercase_org_heads`` only took them with a body
adjective or a capitalised complement. ``complement_heads`` (lang/fr/actors.yaml) and actors/complement_bodies.py
read them after a definite article, with one lower-case remit.

Every sentence is ours; the places and people are made up or common.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.test_actors_context10 import _extract
from timeline.extraction.actors import find_entities
from timeline.extraction.actors.lexicon import lex
from timeline.settings import Options

RULES = Options(use_ner=False)


def _names(text: str, lang: str = "fr", options: Options = RULES) -> list[str]:
    return [a.name for a in find_entities(text, lang, options).actors]


@pytest.mark.parametrize(("text", "body"), [
    ("La commission des finances a auditionné mardi la ministre du Logement.", "commission des finances"),
    ("La commission des affaires culturelles a adopté le texte mercredi.", "commission des affaires culturelles"),
    ("La chambre d'agriculture de la Marne a réuni lundi les viticulteurs à Épernay.",
     "chambre d'agriculture de la Marne"),
    ("Le conseil de prud'hommes de Roubaix a condamné jeudi l'employeur.", "conseil de prud'hommes de Roubaix"),
    ("Le tribunal de commerce a ouvert vendredi une procédure de sauvegarde.", "tribunal de commerce"),
    ("La cour de cassation a rejeté le pourvoi mardi.", "cour de cassation"),
])
def test_a_lower_case_body_named_by_its_remit_is_an_actor(text: str, body: str) -> None:
    assert body in _names(text)
    assert body in _names(text, options=Options())  # the model's spans do not cut it


@pytest.mark.parametrize("text", [
    "Une commission d'enquête sera créée lundi.",  # no article of its own: no particular body
    "La commission a rendu son avis jeudi.",  # no remit
    "La commission de contrôler les comptes sera saisie.",  # a verb, not a remit
    "Examinée en commission le 3 mai, la proposition a été amendée.",
])
def test_no_body_without_a_definite_article_and_a_remit(text: str) -> None:
    assert not [n for n in _names(text) if n.startswith(("commission", "Commission"))]


def test_only_one_lower_case_remit() -> None:
    # the board of a company: "de la société" is the company's, not a second remit of the board
    assert _names("Le conseil de surveillance de la société se réunira mardi.") == ["conseil de surveillance"]
    # a capitalised body after the remit stays a body of its own
    names = _names("La commission des affaires économiques du Sénat a voté mercredi.")
    assert "commission des affaires économiques" in names and "Sénat" in names


def test_a_remit_is_read_only_where_the_language_lists_the_head() -> None:
    # English writes its committees with the remit before the head ("the finance committee"): it lists no
    # complement heads, and an English lower-case head followed by "of" stays as it was
    assert not lex("en").complement_heads
    assert lex("fr").complement_heads >= {"commission", "chambre", "conseil"}
    assert not [n for n in _names("The board of directors met on Monday.", "en") if "board" in n.lower()]


def test_the_body_is_the_actor_of_its_event(tmp_path: Path) -> None:
    title = "Fermeture de l'usine Pradel : les élus saisis"
    text = ("La commission des affaires sociales a auditionné le 2 mars les représentants des salariés de "
            "l'usine Pradel.\n\nLa fermeture du site est prévue en juin.")
    events, _ = _extract(tmp_path, [("fr", title, text)])
    [event] = [e for e in events if e.date == dt.date(2025, 3, 2)]
    assert "commission des affaires sociales" in event.actors


@pytest.mark.parametrize(("lang", "text", "firm"), [
    ("en", "Harlow & Penn, the British packaging group, reported a rise in profit on Wednesday.", "Harlow & Penn"),
    ("en", "Shares of Harlow & Penn rose on Wednesday.", "Harlow & Penn"),
    ("en", "Smith & Wesson said on Monday it would cut jobs.", "Smith & Wesson"),
    ("fr", "Dubreuil & Moreau a annoncé mardi le rachat d'un concurrent.", "Dubreuil & Moreau"),
    ("fr", "Le groupe Pernod & Fils a annoncé mardi une acquisition.", "Pernod & Fils"),
])
def test_names_joined_by_a_spaced_ampersand_are_one_firm(lang: str, text: str, firm: str) -> None:
    for options in (RULES, Options()):
        names = _names(text, lang, options)
        assert firm in names
        assert not set(firm.split(" & ")) & set(names)  # not two people or two bodies besides


def test_and_still_joins_two_names() -> None:
    names = _names("Harlow and Penn met on Wednesday in Leeds.", "en")
    assert "Harlow & Penn" not in names and "Harlow and Penn" not in names
    assert _names("AT&T cut prices on Monday.", "en") == ["AT&T"]  # a glued acronym stays as it was


def test_the_firm_is_the_actor_of_its_event(tmp_path: Path) -> None:
    title = "Harlow & Penn raises its forecast"
    text = ("Harlow & Penn, the packaging group, reported a rise in first-half profit on March 2.\n\n"
            "The company also raised its forecast for the year.")
    events, _ = _extract(tmp_path, [("en", title, text)])
    [event] = [e for e in events if e.date == dt.date(2025, 3, 2)]
    assert "Harlow & Penn" in event.actors
    assert "Harlow" not in event.actors and "Penn" not in event.actors
