"""Actors from context (issue 13): an event sentence that names nobody takes the actors of the sentence before it.

Each row is a short article we wrote; the whole pipeline (``timeline.extraction.pipeline.extract``) reads it.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.extraction.pipeline import extract
from timeline.settings import Options

CASES = [  # (lang, text, actors expected on the event of 2 March, actors that must not be on it)
    pytest.param("fr", "Le ministre des Affaires étrangères Bui Thanh Son a reçu l'ambassadeur du Japon. "
                 "La rencontre a eu lieu le 2 mars à Hanoï.", {"Bui Thanh Son"}, set(), id="fr-previous-sentence"),
    pytest.param("en", "Prime Minister Pham Minh Chinh received the Japanese ambassador in Hanoi. "
                 "The meeting took place on March 2.", {"Pham Minh Chinh"}, set(), id="en-previous-sentence"),
    pytest.param("fr", "Le ministre Bui Thanh Son a reçu l'ambassadeur du Japon.\n\n"
                 "La rencontre a eu lieu le 2 mars à Hanoï.", set(), {"Bui Thanh Son"}, id="fr-other-paragraph"),
    pytest.param("en", "Prime Minister Pham Minh Chinh received the Japanese ambassador in Hanoi.\n\n"
                 "The meeting took place on March 2.", set(), {"Pham Minh Chinh"}, id="en-other-paragraph"),
    pytest.param("fr", "Le Premier ministre Pham Minh Chinh au forum (Photo : VGP/Nhat Bac). "
                 "La rencontre a eu lieu le 2 mars.", set(), {"Pham Minh Chinh"}, id="fr-caption"),
    pytest.param("en", "Prime Minister Pham Minh Chinh speaks at the forum (Photo: VGP/Nhat Bac). "
                 "The meeting took place on March 2.", set(), {"Pham Minh Chinh"}, id="en-caption"),
    pytest.param("fr", "Le président Luong Cuong a reçu l'ambassadeur de France. Il a inauguré le 2 mars une école.",
                 {"Luong Cuong"}, set(), id="fr-pronoun"),
    pytest.param("en", "President Luong Cuong received the French ambassador. He inaugurated a school on March 2.",
                 {"Luong Cuong"}, set(), id="en-pronoun"),
    pytest.param("en", "The Lok Sabha debated the citizenship bill for two days. The vote took place on March 2.",
                 {"Lok Sabha"}, set(), id="en-legislature"),
    pytest.param("fr", "L'Assemblée nationale a débattu du projet de loi. Le vote a eu lieu le 2 mars.",
                 {"Assemblée nationale"}, set(), id="fr-legislature"),
    pytest.param("en", "Minister Bui Thanh Son received the Japanese ambassador. Health Minister Dao Hong Lan "
                 "inaugurated a hospital on March 2.", {"Dao Hong Lan"}, {"Bui Thanh Son"}, id="en-own-actor-first"),
    pytest.param("en", "China Eastern Airlines ordered twenty jets from Airbus. The airline, which is the third largest"
                 " in China, signed the agreement in Paris on March 2.", {"China Eastern Airlines"}, set(),
                 id="en-bare-definite-subject"),
    pytest.param("en", "A fix for the phone\n\nJuly 17, 2010\n\nA new phone was shipped last month.\n"
                 "Owners reported dropped calls.\nIn the labs, Jane Smith tested a fix.\n"
                 "An update was released on March 2 to all owners.\nIt changes how signal bars are drawn.",
                 {"Jane Smith"}, set(), id="en-one-sentence-a-line"),
    pytest.param("en", "Prime Minister Pham Minh Chinh received the Japanese ambassador in Hanoi. He thanked him.\n"
                 "The two sides spoke about trade and investment. They agreed to meet again.\n"
                 "The meeting took place on March 2. It lasted an hour.", set(), {"Pham Minh Chinh"},
                 id="en-line-break-between-paragraphs"),
    pytest.param("fr", "Le château de l'élu a été perquisitionné le 2 mars. L'opération s'est déroulée sous l'égide "
                 "de l'Office central de la police judiciaire.", {"Office central de la police judiciaire"},
                 set(), id="fr-the-operation-points-back"),
    pytest.param("fr", "François Fillon a tenu un meeting à Nantes. Le candidat, accueilli par des manifestants, "
                 "a visité une ferme le 2 mars.", {"François Fillon"}, set(), id="fr-bare-definite-subject"),
    pytest.param("fr", "L'Assemblée nationale a voté le budget. En mars 2025, le Comité central du Parti a adopté "
                 "la résolution le 2 mars.", set(), {"Assemblée nationale"}, id="fr-title-with-its-own-name"),
    # a subject or title after an opening clause of any length (round five)
    pytest.param("fr", "Jacques Dupont a remporté l'élection. Réélu avec plus de 80 % des voix dans la circonscription"
                 " du nord, le chef de l'Etat a nommé le 2 mars Paul Martin à la tête du gouvernement.",
                 {"Jacques Dupont", "Paul Martin"}, set(), id="fr-title-after-a-long-opening-clause"),
    pytest.param("en", "Mary Brown won the party's primary. After a long night of counting in the northern districts,"
                 " the candidate thanked her supporters on March 2 in Leeds.",
                 {"Mary Brown"}, set(), id="en-title-after-a-long-opening-clause"),
    pytest.param("fr", "Jacques Dupont a reçu le ministre. Cependant, Paul Martin, le président du Sénat, a rencontré "
                 "le 2 mars les syndicats.", {"Paul Martin"}, {"Jacques Dupont"}, id="fr-apposition-is-not-a-subject"),
]


@pytest.mark.parametrize(("lang", "text", "wanted", "unwanted"), CASES)
def test_an_event_naming_nobody_takes_the_actors_just_before(tmp_path: Path, lang: str, text: str, wanted: set[str],
                                                              unwanted: set[str]) -> None:
    path = tmp_path / "article.json"
    path.write_text(json.dumps({"title": "", "text": text, "lang": lang, "published": "2025-03-03"}), encoding="utf-8")
    events = [e for e in extract([path], Options(reference_date=dt.date(2025, 3, 3))).events
              if e.date == dt.date(2025, 3, 2)]
    assert len(events) == 1, [(e.date, e.event_type, e.title) for e in events]
    assert wanted <= set(events[0].actors)
    assert not unwanted & set(events[0].actors)
