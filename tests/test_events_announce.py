"""Announcements that are the news (issue 13, the largest class of missed Wikinews events; events/date_roles.py
`_announcing`, events/predicates.py).

An announcing verb dated by a reporting cue ("reported on Tuesday", "a dévoilé mercredi") makes an event when what
it announces is a news object (a result, a merger, a plan, a product, a list: ``news_objects`` in
lang/<lang>/triggers.yaml), right after the date or named in its "that" clause; a disclosure ("revealed on
Thursday that ...", "a révélé jeudi que ...") is the news whatever its clause names; a news object with an
announcing participle before the date ("les chiffres dévoilés mardi", "the figures released on Tuesday") too.
A saying with an opinion or a quotation ("said on Tuesday that the roads were safe", "a déclaré mardi que la
situation était grave") stays out.
Every sentence is written for the test, in several outlet styles (wire, business, regional daily, politics, sport,
culture); none comes from the real-news files. The sentence stands after another one, so it is not the story's
lead (where round seven's lead rule already keeps a dated announcement). Dates come from the real date engine.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.pipeline import extract_article
from timeline.models import Article, Story
from timeline.settings import Options

REF = dt.date(2025, 12, 20)  # a Saturday: "Tuesday", "mardi" = 16 December
DAYS = {"monday": 15, "tuesday": 16, "wednesday": 17, "thursday": 18, "friday": 19}
NO_NER = Options(use_ner=False)
HEADLINE = {"en": "A busy week in the valley", "fr": "Une semaine chargée dans la vallée"}
OPENING = {"en": "The week was a busy one for the valley's towns.",
           "fr": "La semaine a été chargée pour les villes de la vallée."}


def events(body: str, lang: str) -> list[tuple[dt.date, str]]:
    """The (date, type) of each mention of a one-story page whose lead is a neutral sentence, then ``body``."""
    text = f"{HEADLINE[lang]}\n\n{OPENING[lang]} {body}"
    article = Article(id="a1", text=text, source="a1.txt", lang=lang, reference_date=REF,
                      stories=(Story(0, 0, len(text), headline=HEADLINE[lang]),))
    return [(m.date, m.event_type) for m in extract_article(article, NO_NER)]


NEWS_OBJECT = [
    # business wire: results and figures
    ("en", "tuesday", "Keller Motors reported on Tuesday a first-quarter loss of $2 billion."),
    ("en", "wednesday", "Brightwater Foods posted on Wednesday its best annual results in a decade."),
    ("fr", "wednesday", "L'office régional de la statistique a publié mercredi les chiffres du chômage du trimestre."),
    # corporate and political steps, plans
    ("en", "monday", "Dunmore Steel announced on Monday a merger with a Korean rival."),
    ("fr", "tuesday", "Le groupe Lefort a annoncé mardi sa fusion avec la coopérative Valmont."),
    ("fr", "monday", "Le ministre des transports a présenté lundi son plan pour les lignes de nuit."),
    # products
    ("en", "thursday", "Harbor Bank unveiled on Thursday a savings account for apprentices."),
    ("fr", "friday", "La start-up grenobloise a dévoilé vendredi son nouveau modèle de vélo cargo."),
    # lists (sport, culture)
    ("en", "friday", "The national federation released on Friday its squad for the winter tour."),
    ("fr", "thursday", "Le jury du festival a rendu public jeudi la liste des films en compétition."),
]


@pytest.mark.parametrize(("lang", "day", "body"), NEWS_OBJECT, ids=[f"{c[0]}-{i}" for i, c in enumerate(NEWS_OBJECT)])
def test_an_announced_news_object_is_an_event(lang: str, day: str, body: str) -> None:
    assert dt.date(2025, 12, DAYS[day]) in [d for d, _ in events(body, lang)]


ANNOUNCED_THAT = [
    ("en", "thursday", "The Valley Courier revealed on Thursday that the prosecutor had opened an inquiry into the "
                       "council."),
    ("en", "tuesday", "The county disclosed on Tuesday that two of its councillors had been paid twice."),
    ("en", "monday", "The union announced on Monday that the plan to close the depot was dropped."),
    ("fr", "thursday", "Le Journal de la Vallée a révélé jeudi que le parquet a ouvert une enquête sur la mairie."),
    ("fr", "wednesday", "L'hebdomadaire satirique a révélé mercredi que le sénateur employait son fils."),
    ("fr", "tuesday", "La préfecture a annoncé mardi que la fermeture du pont est reportée."),
]


@pytest.mark.parametrize(("lang", "day", "body"), ANNOUNCED_THAT,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(ANNOUNCED_THAT)])
def test_a_disclosure_or_an_announced_news_object_in_a_that_clause_is_an_event(lang: str, day: str,
                                                                              body: str) -> None:
    assert dt.date(2025, 12, DAYS[day]) in [d for d, _ in events(body, lang)]


PUBLISHED = [
    ("fr", "tuesday", "Les chiffres dévoilés mardi par l'observatoire régional montrent une baisse des faillites."),
    ("fr", "wednesday", "Selon les résultats publiés mercredi par la fédération, le club termine troisième."),
    ("fr", "friday", "La liste rendue publique vendredi par le ministère compte douze communes."),
    ("en", "tuesday", "The figures released on Tuesday by the county office show a fall in unemployment."),
    ("en", "wednesday", "According to results published on Wednesday by the league, the club finished third."),
    ("en", "friday", "The nominees announced on Friday include two films shot in the valley."),
]


@pytest.mark.parametrize(("lang", "day", "body"), PUBLISHED, ids=[f"{c[0]}-{i}" for i, c in enumerate(PUBLISHED)])
def test_a_news_object_published_on_a_day_is_an_event(lang: str, day: str, body: str) -> None:
    assert dt.date(2025, 12, DAYS[day]) in [d for d, _ in events(body, lang)]


NEWS_ACT = [
    ("en", "monday", "Keller Motors and Dunmore Steel announced on Monday that they would merge."),
    ("en", "wednesday", "The regional airline announced on Wednesday that it will close its maintenance base."),
    ("en", "friday", "The club announced on Friday that its chairman had stepped down."),
    ("fr", "friday", "La société a annoncé vendredi qu'elle fermera deux usines dans le département."),
    ("fr", "tuesday", "Le président du conseil départemental a annoncé mardi qu'il démissionne."),
    ("fr", "monday", "Les deux mutuelles ont annoncé lundi qu'elles fusionneront au printemps."),
]


@pytest.mark.parametrize(("lang", "day", "body"), NEWS_ACT, ids=[f"{c[0]}-{i}" for i, c in enumerate(NEWS_ACT)])
def test_an_announced_news_step_in_a_that_clause_is_an_event(lang: str, day: str, body: str) -> None:
    """``news_acts``: the verb of a news step (merge, close, resign; fusionner, fermer, démissionner) in the clause."""
    assert dt.date(2025, 12, DAYS[day]) in [d for d, _ in events(body, lang)]


STATEMENTS = [
    ("en", "The county clerk said on Tuesday that the roads were safe."),
    ("en", "Mayor Lina Ortiz said on Friday she was disappointed by the vote count."),
    ("en", "The coach told reporters on Thursday that the team was tired."),
    ("en", "The carmaker announced on Wednesday that it was confident."),
    ("fr", "Le maire a déclaré mardi que la situation était grave."),
    ("fr", "La présidente de la région estime lundi que le projet est mauvais."),
    ("fr", "L'entraîneur a annoncé jeudi que l'équipe était fatiguée."),
    ("fr", "Le député a indiqué vendredi qu'il restait serein."),
    ("en", "The chairman said on Monday that the two banks would merge one day."),
    ("fr", "Le maire a déclaré lundi qu'il ne démissionnera pas."),
]


@pytest.mark.parametrize(("lang", "body"), STATEMENTS, ids=[f"{c[0]}-{i}" for i, c in enumerate(STATEMENTS)])
def test_a_saying_with_an_opinion_stays_out(lang: str, body: str) -> None:
    assert events(body, lang) == []


def test_the_announced_object_gives_its_type_when_it_has_one() -> None:
    """"a annoncé mardi sa démission": the object is a trigger noun of a typed happening (round seven's
    ``_typed_by_object``), so the announcement takes that type, not 'other'."""
    found = events("Le maire de Saint-Aubin a annoncé mardi sa démission.", "fr")
    assert (dt.date(2025, 12, 16), "other") not in found
    assert [d for d, _ in found] == [dt.date(2025, 12, 16)]
