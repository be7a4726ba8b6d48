"""Event types on text nobody read, round seventeen (issue 13): classes counted in two dev sources or more.

- a verb of persons whose participant is a thing is no visit, audience or appointment: a vehicle that arrives (an
  apposition between commas allowed, a model number too), a thing inspected (a cable, a pipeline, a dyke), a person or
  body replaced by a thing (a system, a force); consents or vows received or exchanged are a wedding, a ceremony;
- an announcement takes the type of the decision its reported clause names (a dispute settled, a service suspended,
  a ban lifted); in French a state kept by "rester" / "demeurer" + a decision's participle is that decision;
- a happening word naming a venue is no happening ("au centre de congrès", "la maison des congrès");
- the list of candidates admitted to run, announced or made known, is the validating body's decision.
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
    article = Article(id="t17", text=text, source="t17.txt", lang=lang, reference_date=REF,
                      stories=(Story(0, 0, len(text)),))
    return [m.event_type for m in extract_article(article, NO_NER)]


CASES = [
    # a vehicle that arrives is delivered, no visit
    ("en", "After the new ferry, painted in the company's colours, arrives in Dover next month, the line will add a "
           "crossing.", ["other"]),
    ("en", "The A350, already carrying the airline's logo, arrives in Doha on Friday.", ["other"]),
    ("en", "The new aircraft arrives in Paris on Thursday.", ["other"]),
    ("fr", "Le nouveau ferry, aux couleurs de la compagnie, arrivera à Sète le 3 mars.", ["other"]),
    ("fr", "Le cargo arrivera à Marseille jeudi.", ["other"]),
    # controls: a person who arrives visits
    ("en", "The president arrives in Paris on Thursday.", ["visit"]),
    ("fr", "Le ministre arrivera à Marseille jeudi.", ["visit"]),
    # a thing inspected is work on it, no visit
    ("en", "Engineers will inspect the pipeline on Wednesday.", ["other"]),
    ("en", "Divers working from the barge inspected the damaged cable on Monday.", ["other"]),
    ("fr", "Le préfet a inspecté la digue mercredi.", ["other"]),
    # controls: a place or troops inspected stay a visit
    ("en", "The minister will inspect the new hospital on Wednesday.", ["visit"]),
    ("en", "The general inspected the troops on Monday.", ["visit"]),
    ("fr", "Le ministre a inspecté mercredi le nouvel hôpital.", ["visit"]),
    # replaced by a thing: no appointment
    ("en", "The patrols will be replaced by a new monitoring system on 1 March.", ["other"]),
    ("fr", "Les patrouilles seront remplacées par un nouveau dispositif de surveillance le 1er mars.", ["other"]),
    # controls: replaced by a person
    ("en", "The coach was replaced by his assistant on Monday.", ["election"]),
    ("fr", "Le directeur sera remplacé par son adjoint le 1er mars.", ["election"]),
    # consents and vows are a wedding
    ("fr", "Les consentements seront reçus en mairie le samedi 5 juin à 17 h.", ["ceremony"]),
    ("fr", "Les deux fiancés échangeront leurs consentements samedi à la mairie.", ["ceremony"]),
    ("en", "The couple will exchange vows on Saturday at the town hall.", ["ceremony"]),
    # controls: people received are an audience; gifts exchanged are no wedding
    ("fr", "Les exposants seront reçus en mairie le samedi 5 juin à 17 h.", ["meeting"]),
    ("en", "The couple exchanged gifts on Saturday at the town hall.", ["other"]),
    # an announcement typed by the decision its clause names
    ("fr", "La mairie annonce que les cours resteront suspendus demain dimanche dans toute la commune.", ["decision"]),
    ("fr", "Le rectorat annonce que les sorties scolaires sont interdites demain dimanche.", ["decision"]),
    ("en", "The county announces that school buses will remain suspended on Monday.", ["decision"]),
    ("fr", "Les vols resteront suspendus lundi.", ["decision"]),
    # controls: an announcement of no decision stays 'other'; "rester" with no decision is none
    ("fr", "La mairie annonce que les cours reprendront lundi dans toute la commune.", ["other"]),
    ("en", "The mayor announced on Monday that the market will be held on Friday.", ["other"]),
    # (since round twenty-two a stay in a place is a state that dates no row at all: events/states.py)
    ("fr", "Il restera à Paris lundi.", []),
    # a venue's name
    ("fr", "Il présentera ses voeux aux habitants le 3 janvier au centre de congrès de Troyes.", ["other"]),
    ("fr", "La réunion publique aura lieu le 10 janvier au centre de congrès de Troyes.", ["meeting"]),
    ("fr", "Le concert aura lieu samedi à la maison des congrès.", ["other"]),
    # controls: a congress; the heart of the protests
    ("fr", "Le congrès du parti aura lieu samedi à Lyon.", ["congress"]),
    ("fr", "Les manifestants se sont retrouvés mardi au centre des manifestations de la ville.", ["protest"]),
    # the list of candidates admitted
    ("fr", "Ce samedi, la commission électorale du parti a officiellement annoncé les candidats retenus pour "
           "l'investiture.", ["decision"]),
    ("en", "The final list of candidates for the party leadership will be published on Monday.", ["decision"]),
    # control: a party naming its own candidates is no validation
    ("en", "The party announced its candidates on Saturday.", ["other"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[c[1][:50] for c in CASES])
def test_types17(lang: str, text: str, expected: list[str]) -> None:
    assert types(text, lang) == expected
