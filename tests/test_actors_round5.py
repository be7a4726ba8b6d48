"""Actors, round five (issue 13): markets, company suffixes, lists, qualified groups, subjects after opening clauses.

Every sentence is ours. Rows run with the model (as shipped) and with the rule layer alone where the rule is
meant to hold without the model.
"""

from __future__ import annotations

import pytest

from timeline.extraction.actors import find_entities
from timeline.settings import Options

ENTITIES = [  # (lang, sentence, names that must be actors, names that must not be)
    # indices and exchanges: the number is part of the name, a unit after it is not
    ("en", "The FTSE 100 index closed down 1.2% on Friday and the CAC 40 fell 2%.", {"FTSE 100", "CAC 40"},
     {"FTSE", "CAC"}),
    ("en", "The S&P 500 dropped 4.7 percent on Wednesday.", {"S&P 500"}, {"S", "P"}),
    ("en", "Tokyo's Nikkei 225 rose 1.5 percent, and the Nasdaq gained 2 percent.", {"Nikkei 225", "Nasdaq"},
     {"Nikkei"}),
    ("en", "Shares of GM 40 percent lower were traded on Monday.", set(), {"GM 40"}),
    ("en", "The Nasdaq Composite lost 3 percent while the Dow Jones Industrial Average fell.",
     {"Nasdaq Composite", "Dow Jones Industrial Average"}, set()),
    ("fr", "Le CAC 40 a perdu 2 % lundi à la Bourse de Paris.", {"CAC 40"}, {"CAC"}),
    ("fr", "Le SBF 120 a cédé 3 % mardi.", {"SBF 120"}, set()),
    ("fr", "L'entreprise a vendu 40 000 voitures et le groupe PSA 120 millions d'euros.", set(), {"PSA 120"}),
    # names with "&" and company suffixes
    ("en", "AT&T said on Monday that it would buy the network.", {"AT&T"}, set()),
    ("en", "General Electric Co. said on Friday it would cut 3,000 jobs.", {"General Electric Co"}, {"Co"}),
    ("en", "The Securities and Exchange Commission banned short selling on Friday.",
     {"Securities and Exchange Commission"}, {"Securities"}),
    ("en", "Air Canada and Air India signed the deal on Friday.", {"Air Canada", "Air India"}, set()),
    # a sentence's first word before "of" is not part of the name
    ("en", "Shares of Lehman Brothers Holdings Inc. dropped 40 percent on Tuesday.", {"Lehman Brothers Holdings Inc"},
     {"Shares of Lehman Brothers Holdings Inc"}),
    ("en", "Bank of America agreed to buy the broker on Sunday.", {"Bank of America"}, set()),
    # media: an actor when it acts, a source after a source cue
    ("fr", "Le Canard enchaîné a révélé mercredi que le ministre avait menti.", {"Le Canard enchaîné"}, set()),
    ("fr", "Selon Le Monde, le ministre a menti mardi.", set(), {"Le Monde", "Monde"}),
    ("en", "The Washington Post reported on Monday that the bank would fail.", {"The Washington Post"}, set()),
    ("en", "He told the Financial Times on Monday that he would resign.", set(), {"Financial Times"}),
    ("fr", "Le point de vue du ministre a changé lundi.", set(), {"Le point"}),
    # lone names listed with known actors
    ("en", "The carmakers - Ford, Chrysler, and General Motors - asked for loans.",
     {"Ford", "Chrysler", "General Motors"}, set()),
    ("en", "Yesterday, Ford and General Motors said they would cut jobs.", set(), {"Yesterday"}),
    ("fr", "La Banque de France, Natixis et Amundi ont signé l'accord.", {"Banque de France", "Natixis", "Amundi"},
     set()),
    # a qualified group is one actor, not the model's span inside it
    ("en", "Congressional lawmakers rejected the proposal in October.", {"Congressional lawmakers"},
     {"Congressional"}),
    ("en", "Nearly 14,000 Airbus employees stopped work on Wednesday.", {"Airbus employees"}, {"Airbus"}),
    # groups qualified by a plural nationality; courts and councils in lower case with an adjective
    ("fr", "Les députés russes ont approuvé mercredi un projet de loi.", {"députés russes"}, {"députés"}),
    ("fr", "Le tribunal correctionnel de Nancy a condamné hier les deux prévenus.", {"tribunal correctionnel de Nancy"},
     set()),
    ("fr", "La cour administrative de Nantes a confirmé la peine.", {"cour administrative de Nantes"}, set()),
    ("fr", "La cour d'appel de Lyon a confirmé lundi la peine.", {"cour d'appel de Lyon"}, set()),
    ("fr", "Le conseil de sécurité des Nations unies a voté mardi.", {"conseil de sécurité des Nations unies"}, set()),
    ("fr", "Le gouvernement du Québec a présenté jeudi son budget.", {"gouvernement du Québec"}, set()),
    ("fr", "Les chefs d'État et de gouvernement de l'Union européenne se réunissent jeudi.", set(),
     {"gouvernement de l'Union européenne"}),
    ("fr", "Le gouvernement a présenté jeudi son budget pour Montréal.", set(), {"gouvernement a présenté jeudi"}),
]


@pytest.mark.parametrize("use_ner", [True, False], ids=["model", "rules"])
@pytest.mark.parametrize(("lang", "sentence", "wanted", "unwanted"), ENTITIES)
def test_entities(lang: str, sentence: str, wanted: set[str], unwanted: set[str], use_ner: bool) -> None:
    names = {a.name for a in find_entities(sentence, lang, Options(use_ner=use_ner)).actors}
    assert wanted <= names, names
    assert not unwanted & names, names
