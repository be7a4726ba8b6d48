"""Event types on text nobody read, round sixteen (issue 13): classes counted in two dev sources or more.

- what is signed decides: a written agreement (a memorandum, a protocol, a charter, a pact) or a player's signing is
  a decision, not a ceremony (docs/ANNOTATION.md: "agreements and contracts signed"); a signing ceremony stays one;
- incident verbs the lexicon missed: blows dealt to people ("pris à partie", "beaten up"), and the damage a happening
  does told by a present participle after a comma ("détruisant des toitures", "leaving three people dead");
- a state's withdrawal from a union, an alliance or a treaty is a decision, and so is its launching verb when the
  withdrawal is that verb's antecedent ("le Grexit, qui sera lancé mercredi");
- a trip told by a verb of travel or of sending an envoy ("partiront pour l'Espagne", "left for Brussels"), also when
  decided ("a décidé d'envoyer un émissaire à Niamey la semaine prochaine": the trip, not the decision);
- a date that restates the date right before it ("demain 29 mars") dates the same happening, no second row.
Every sentence is written for the test (none comes from the real-news or written sets); dates come from the real date
engine. Each rule has controls that keep the reading it must not change.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.pipeline import extract_article
from timeline.models import Article, Story
from timeline.settings import Options

REF = dt.date(2025, 12, 20)  # a Saturday
NO_NER = Options(use_ner=False)


def types(text: str, lang: str) -> list[str]:
    """The type of each event mention the pipeline finds in ``text``."""
    article = Article(id="t16", text=text, source="t16.txt", lang=lang, reference_date=REF,
                      stories=(Story(0, 0, len(text)),))
    return [m.event_type for m in extract_article(article, NO_NER)]


CASES = [
    # what is signed decides
    ("en", "On Tuesday the delegations signed a protocol on fishing quotas.", ["decision"]),
    ("en", "The two ports signed a charter of cooperation on Wednesday.", ["decision"]),
    ("en", "Redbridge United completed the £12m signing of Danish midfielder Lars Holm on Friday.", ["decision"]),
    ("fr", "Mardi, les deux villes ont signé une charte de coopération.", ["decision"]),
    ("fr", "Les deux ministres ont signé mardi un protocole d'accord sur la pêche.", ["decision"]),
    ("fr", "Le club a officialisé vendredi la signature du milieu danois Lars Holm pour trois ans.", ["decision"]),
    # controls: a signing ceremony, a signed book
    ("en", "The signing ceremony took place on Friday in the town hall.", ["ceremony"]),
    ("fr", "La cérémonie de signature a eu lieu vendredi à la mairie.", ["ceremony"]),
    # blows dealt to people
    ("fr", "Jeudi, deux militants ont été pris à partie par des inconnus devant la permanence.", ["incident"]),
    ("fr", "Un chauffeur de bus a été passé à tabac mercredi soir à Lens.", ["incident"]),
    ("en", "On Thursday two activists were beaten up by strangers outside the office.", ["incident"]),
    ("en", "A bus driver was set upon by a gang in Leeds on Wednesday night.", ["incident"]),
    # the damage a happening does, by a present participle after a comma
    ("fr", "Le vent a soufflé jusqu'à 150 km/h dans la nuit de lundi à mardi, détruisant plusieurs toitures.",
     ["incident"]),
    ("fr", "La rivière est sortie de son lit mardi, inondant une vingtaine de maisons.", ["incident"]),
    ("en", "Gusts reached 90 mph on Monday night, destroying several roofs.", ["incident"]),
    ("en", "The storm hit the coast on Monday, leaving three people dead.", ["incident"]),
    # control: a participle with no comma before it, or of no damage, is none
    ("fr", "Le maire a présenté mardi son budget, détruisant les espoirs de l'opposition.", ["other"]),
    # a state's withdrawal from a union, an alliance or a treaty
    ("fr", "Les ventes reculent à cause de la sortie de la Norvège de l'Union européenne, dont le processus "
           "s'enclenchera officiellement demain.", ["decision"]),
    ("fr", "Le retrait de la Norvège de l'OTAN a été officialisé lundi.", ["decision"]),
    ("fr", "Les dirigeants se sont réunis à Oslo, inquiets du Grexit, qui sera lancé mercredi 24.", ["decision"]),
    ("en", "Norway formally triggered its exit from the European Union on Monday.", ["decision"]),
    ("en", "Sales fell because of Grexit, which will be launched on Wednesday.", ["decision"]),
    # a trip told by a verb of travel or of sending an envoy, also when decided
    ("fr", "Le conseil a décidé d'envoyer un émissaire à Niamey la semaine prochaine.", ["visit"]),
    ("fr", "Une quarantaine d'élèves partiront pour l'Espagne du 3 au 8 mars.", ["visit"]),
    ("fr", "La présidente s'envolera pour Dakar mardi.", ["visit"]),
    ("en", "The council decided to send an envoy to Niamey next week.", ["visit"]),
    ("en", "Forty pupils will leave for Spain from 3 to 8 March.", ["visit"]),
    ("en", "The prime minister left for Brussels on Monday.", ["visit"]),
    # controls: a decision to do something else stays a decision; "parti pour durer" is no trip
    ("fr", "Le conseil a décidé de suspendre la subvention lundi.", ["decision"]),
    ("en", "The council decided to suspend the grant on Monday.", ["decision"]),
    # controls: a launch of a product, an exit of a firm from a market stay 'other'
    ("en", "The company launched its new phone on Monday.", ["other"]),
    ("fr", "La société a lancé lundi son nouveau téléphone.", ["other"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[f"{c[0]}-{c[1][:40]}" for c in CASES])
def test_types16(lang: str, text: str, expected: list[str]) -> None:
    assert sorted(set(types(text, lang))) == expected


def test_a_restated_date_dates_the_same_happening() -> None:
    text = ("Les ventes reculent à cause de la sortie de la Norvège de l'Union européenne, dont le processus "
            "s'enclenchera officiellement demain 29 mars.")
    assert types(text, "fr") == ["decision", "decision"]  # one happening told by two date words: one row once merged


def test_two_days_are_not_restated() -> None:
    text = "La réunion aura lieu lundi 22 décembre et la visite mardi 23 décembre."
    assert sorted(types(text, "fr")) == ["meeting", "visit"]
