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
    # round six (tests/test_actors_round6.py has its context rows)
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
