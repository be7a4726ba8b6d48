"""Actors, round six (issue 13): what a market report and a French regional daily name, and how.

Every sentence is ours. Rows run with the model (as shipped) and with the rule layer alone: each rule is meant to
hold without the model.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.extraction.actors import find_entities
from timeline.extraction.pipeline import extract
from timeline.settings import Options

ENTITIES = [  # (lang, sentence, names that must be actors, names that must not be)
    # lower-case heads of a local administration, with the place they serve (never a person "Doubs")
    ("fr", "La préfecture du Jura a pris jeudi un arrêté.", {"préfecture du Jura"}, {"Jura"}),
    ("fr", "La mairie de Vesoul a annoncé mardi la fermeture du pont.", {"mairie de Vesoul"}, {"Vesoul"}),
    ("fr", "Le parquet de Nancy a ouvert lundi une enquête.", {"parquet de Nancy"}, set()),
    ("fr", "Le conseil municipal de Lure a voté le budget hier soir.", {"conseil municipal de Lure"}, set()),
    ("en", "The city of Dover said on Monday it would close the bridge.", set(), {"Dover"}),
    # an acronym alone is a name, even one our lists use in titles ("secrétaire général de l'ONU")
    ("fr", "L'ONU a condamné jeudi les frappes.", {"ONU"}, set()),
    # a state or party qualified by an adjective is a body; "coup d'État" is none
    ("fr", "L'État islamique a revendiqué vendredi l'attaque.", {"État islamique"}, set()),
    ("fr", "Le Parti démocrate a désigné dimanche sa candidate.", {"Parti démocrate"}, set()),
    ("fr", "Le coup d'État militaire a eu lieu mardi.", set(), {"État militaire"}),
    ("fr", "Une réunion de Conseil des ministres s'est tenue mercredi.", {"Conseil des ministres"}, set()),
    # a name in quotes after a head word is that organisation; quotes alone are a slogan
    ("fr", "Le collectif « Sauvons la Loue » a manifesté samedi.", {"Sauvons la Loue"}, set()),
    ("fr", "Elle a fondé l'association « Vivre Ensemble » en mars.", {"Vivre Ensemble"}, set()),
    ("fr", "Le gouvernement a lancé lundi le plan « Objectif Emploi ».", set(), {"Objectif Emploi"}),
    ("en", "The group \"Save the Valley\" marched on Sunday.", {"Save the Valley"}, set()),
    # a government named by its leader
    ("fr", "Le gouvernement Barre a été remanié en mars.", {"gouvernement Barre"}, set()),
    # common words opening a sentence are no names
    ("en", "Stocks slid on Monday as the Nasdaq lost 2 percent.", {"Nasdaq"}, {"Stocks"}),
    ("en", "Analysts expect the Bank of Canada to cut rates on Wednesday.", {"Bank of Canada"}, {"Analysts"}),
    ("en", "Today Nokia Siemens unveiled its new handset.", {"Nokia Siemens"}, {"Today Nokia Siemens", "Today"}),
    # a lone possessor is a name, also opening the sentence; "Monday's" is none
    ("en", "Nokia's shares rose 4 percent on Tuesday.", {"Nokia"}, set()),
    ("en", "Shares in Sydney rose after Qantas's US unit was sold.", {"Qantas"}, set()),
    ("en", "Monday's fall was the steepest in a decade.", set(), {"Monday"}),
    # nationalities joined by a hyphen name the countries they join; only whole compounds of them
    ("fr", "Le cessez-le-feu découle d'un accord turco-russe signé jeudi.", {"Turquie", "Russie"}, set()),
    ("fr", "Les discussions israélo-palestiniennes ont repris mardi.", {"Israël", "Palestine"}, set()),
    ("fr", "Le parti social-démocrate a voté lundi.", set(), {"social-démocrate"}),
    ("en", "Sino-Indian border talks resumed on Tuesday.", {"China", "India"}, set()),
    ("en", "The Afro-Cuban band played on Friday.", set(), {"Cuba"}),
    # a company named after people, with its suffix, is one organisation
    ("en", "Brown Brothers & Co. agreed on Sunday to buy the broker.", {"Brown Brothers & Co"}, {"Co"}),
    ("en", "Kidder Peabody Cos. said on Friday it would cut jobs.", {"Kidder Peabody Cos"}, set()),
    ("en", "Henkel AG said on Monday it would buy the brand.", {"Henkel AG"}, set()),
]


@pytest.mark.parametrize("use_ner", [True, False], ids=["model", "rules"])
@pytest.mark.parametrize(("lang", "sentence", "wanted", "unwanted"), ENTITIES)
def test_entities(lang: str, sentence: str, wanted: set[str], unwanted: set[str], use_ner: bool) -> None:
    names = {a.name for a in find_entities(sentence, lang, Options(use_ner=use_ner)).actors}
    assert wanted <= names, names
    assert not unwanted & names, names


CONTEXT = [  # (lang, title, text, actors expected on the event of 2 March, actors that must not be on it)
    # an event naming nobody takes whom its story's headline names, never a lead in another paragraph
    pytest.param("fr", "Paul Martin signe la réforme des retraites",
                 "Paul Martin signe la réforme des retraites\n\n"
                 "Le texte avait été adopté en février par le Parlement.\n\n"
                 "La nouvelle version a été signée le 2 mars.",
                 {"Paul Martin"}, set(), id="fr-headline-subject"),
    pytest.param("en", "Acme Motors recalls its new sedan",
                 "Acme Motors recalls its new sedan\n\nOwners had reported brake failures in January.\n\n"
                 "A press conference was held on March 2.",
                 {"Acme Motors"}, set(), id="en-headline-subject"),
    # a title followed by a party's acronym is still a title-only subject ("Le candidat LR est mis en examen")
    pytest.param("fr", "", "Jacques Dupont a tenu un meeting à Lyon. Le candidat LR a été mis en examen le 2 mars.",
                 {"Jacques Dupont"}, set(), id="fr-title-then-party"),
    # a market report: the index of the sentence before is the subject of "the index"
    pytest.param("en", "", "The Nikkei 225 opened lower in Tokyo. The index fell 4 percent on March 2.",
                 {"Nikkei 225"}, set(), id="en-the-index"),
    pytest.param("fr", "", "Le maire de Dole, Jean Sermier, a présenté le budget. Le maire a inauguré le 2 mars "
                 "la piscine.", {"Jean Sermier"}, set(), id="fr-the-mayor"),
]


@pytest.mark.parametrize(("lang", "title", "text", "wanted", "unwanted"), CONTEXT)
def test_context(tmp_path: Path, lang: str, title: str, text: str, wanted: set[str], unwanted: set[str]) -> None:
    path = tmp_path / "article.json"
    path.write_text(json.dumps({"title": title, "text": text, "lang": lang, "published": "2025-03-03"}),
                    encoding="utf-8")
    events = [e for e in extract([path], Options(reference_date=dt.date(2025, 3, 3))).events
              if e.date == dt.date(2025, 3, 2)]
    assert len(events) == 1, [(e.date, e.event_type, e.title) for e in events]
    assert wanted <= set(events[0].actors), events[0].actors
    assert not unwanted & set(events[0].actors)
