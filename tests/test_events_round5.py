"""Events, round five (issue 13): background years, clock times of a narrated day, verb forms, governing types.

Every sentence is written for the test (none comes from the real-news files). The dates come from the real
date engine (``extract_article``), so each case reads the date engine and the event rules together.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.pipeline import extract_article
from timeline.models import Article, Story
from timeline.settings import Options

REF = dt.date(2025, 12, 20)
NO_NER = Options(use_ner=False)


def events(text: str, lang: str) -> list[tuple[dt.date, str, str]]:
    article = Article(id="r5", text=text, source="r5.txt", lang=lang, reference_date=REF,
                      stories=(Story(0, 0, len(text)),))
    return [(m.date, m.precision, m.event_type) for m in extract_article(article, NO_NER)]


# A span of past years is a period; a past year written as a noun's complement says which one is meant: background.
BACKGROUND_YEARS = [
    ("fr", "Ancien ministre, il avait été battu par son rival à la primaire de 2011."),
    ("fr", "De 2019 à 2022, elle a donné douze conférences rémunérées à l'étranger."),
    ("en", "A former minister, he had been beaten by his rival in the primary of 2011."),
    ("en", "From 2019 to 2022 the group held three congresses in the capital."),
]


@pytest.mark.parametrize(("lang", "text"), BACKGROUND_YEARS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(BACKGROUND_YEARS)])
def test_a_past_year_alone_dates_background_not_an_event(lang: str, text: str) -> None:
    assert [e for e in events(text, lang) if e[1] == "year"] == []


# A coming year, or a past year with a finer date, still dates a happening.
YEARS_KEPT = [
    ("fr", "Le prochain congrès du parti se tiendra en 2027 à Lyon.", dt.date(2027, 1, 1), "year"),
    ("en", "The next party congress will be held in 2027 in Lyon.", dt.date(2027, 1, 1), "year"),
    ("fr", "Le congrès du parti s'est tenu le 3 mars 2019 à Lyon.", dt.date(2019, 3, 3), "day"),
]


@pytest.mark.parametrize(("lang", "text", "value", "precision"), YEARS_KEPT,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(YEARS_KEPT)])
def test_a_coming_year_or_a_full_date_still_dates_an_event(lang: str, text: str, value: dt.date,
                                                           precision: str) -> None:
    assert (value, precision) in [(e[0], e[1]) for e in events(text, lang)]


# Signing a decree, a law or a contract is that decision; signing documents of cooperation stays a ceremony.
SIGNED = [
    ("fr", "Le président a signé lundi 15 décembre un nouveau décret sur l'immigration.", "decision"),
    ("en", "The president signed an executive order on Monday 15 December.", "decision"),
    ("en", "The contract may be signed on Monday 15 December, the minister said.", "decision"),
    ("fr", "Les deux ministres ont signé lundi 15 décembre cinq documents de coopération.", "ceremony"),
    ("en", "The two ministers signed five cooperation documents on Monday 15 December.", "ceremony"),
]


@pytest.mark.parametrize(("lang", "text", "kind"), SIGNED, ids=[f"{c[0]}-{i}" for i, c in enumerate(SIGNED)])
def test_signing_takes_the_type_of_what_is_signed(lang: str, text: str, kind: str) -> None:
    assert [e[2] for e in events(text, lang)] == [kind]


# A trigger noun a person runs for ("le candidat à la présidentielle") names a role: it neither types nor makes an
# event; the happening of the sentence still does.
ROLES = [
    ("fr", "Le candidat de la droite à la présidentielle a été entendu mardi 16 décembre par les juges.", "other"),
    ("fr", "La liste des candidats autorisés à concourir à la primaire a été publiée mardi 16 décembre.",
     "decision"),
    ("en", "The candidate for the presidency was questioned by the judges on Tuesday 16 December.", "other"),
]


@pytest.mark.parametrize(("lang", "text", "kind"), ROLES, ids=[f"{c[0]}-{i}" for i, c in enumerate(ROLES)])
def test_what_a_candidate_runs_for_is_no_happening(lang: str, text: str, kind: str) -> None:
    assert events(text, lang) == [(dt.date(2025, 12, 16), "day", kind)]


# French verb forms a date may modify: être past of verbs of motion, future passive, perfect infinitive, recent
# past passive, two-word adverbs between auxiliary and participle.
FORMS = [
    "Le président est revenu mardi 16 décembre dans la capitale.",
    "Le directeur sera remplacé mardi 16 décembre par son adjoint.",
    "Le groupe a reconnu avoir saboté la ligne mardi 16 décembre.",
    "L'ancien maire vient d'être condamné, mardi 16 décembre, à deux ans de prison.",
    "L'autorité a en effet validé mardi 16 décembre sept candidatures.",
    "Une enquête a déjà été ouverte mardi 16 décembre par le parquet.",
]


@pytest.mark.parametrize("text", FORMS, ids=[f"fr-{i}" for i in range(len(FORMS))])
def test_more_french_verb_forms_are_predicates(text: str) -> None:
    assert [e[:2] for e in events(text, "fr")] == [(dt.date(2025, 12, 16), "day")]


# Deaths and assaults are incidents.
DEATHS = [
    ("fr", "L'ancien ministre s'est éteint mardi 16 décembre à l'âge de 97 ans."),
    ("fr", "Un enfant s'est noyé mardi 16 décembre dans la rivière."),
    ("fr", "Le candidat a été giflé mardi 16 décembre alors qu'il saluait des habitants."),
    ("en", "A child drowned on Tuesday 16 December in the river."),
]


@pytest.mark.parametrize(("lang", "text"), DEATHS, ids=[f"{c[0]}-{i}" for i, c in enumerate(DEATHS)])
def test_deaths_and_assaults_are_incidents(lang: str, text: str) -> None:
    assert events(text, lang) == [(dt.date(2025, 12, 16), "day", "incident")]


# "des" after a date or a participle is an article, not "of the": the noun is the object, not a complement.
ARTICLE_NOT_GENITIVE = [
    ("fr", "Les ministres ont entamé mardi 16 décembre des négociations avec les syndicats.", "meeting"),
    ("fr", "Les deux délégations ont entamé des négociations mardi 16 décembre à Genève.", "meeting"),
]


@pytest.mark.parametrize(("lang", "text", "kind"), ARTICLE_NOT_GENITIVE,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(ARTICLE_NOT_GENITIVE)])
def test_des_after_a_date_or_a_participle_is_an_article(lang: str, text: str, kind: str) -> None:
    assert events(text, lang) == [(dt.date(2025, 12, 16), "day", kind)]


# Vocabulary: rounds of a vote, violence; publishing a study is no decision, publishing a decree is.
VOCABULARY = [
    ("fr", "Le second tour du scrutin aura lieu mardi 16 décembre.", "vote"),
    ("fr", "Des violences ont éclaté mardi 16 décembre dans la capitale.", "incident"),
    ("fr", "L'institut a publié mardi 16 décembre son étude trimestrielle sur le chômage.", "other"),
    ("fr", "Le décret a été publié mardi 16 décembre au Journal officiel.", "decision"),
    ("fr", "La candidate est arrivée mardi 16 décembre en tête du scrutin.", "election"),
]


@pytest.mark.parametrize(("lang", "text", "kind"), VOCABULARY, ids=[f"{c[0]}-{i}" for i, c in enumerate(VOCABULARY)])
def test_round_five_vocabulary(lang: str, text: str, kind: str) -> None:
    assert events(text, lang) == [(dt.date(2025, 12, 16), "day", kind)]
