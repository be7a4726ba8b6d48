"""Events, round seven (issue 13): event types of general verbs, French vocabulary, the market day in English.

Every sentence is written for the test (none comes from the real-news files). The dates come from the real
date engine (``extract_article``), so each case reads the date engine and the event rules together.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.pipeline import extract_article
from timeline.models import Article, Story
from timeline.settings import Options

REF = dt.date(2025, 12, 20)  # a Saturday
NO_NER = Options(use_ner=False)


def events(text: str, lang: str) -> list[tuple[dt.date, str, str]]:
    article = Article(id="v7", text=text, source="v7.txt", lang=lang, reference_date=REF,
                      stories=(Story(0, 0, len(text)),))
    return [(m.date, m.precision, m.event_type) for m in extract_article(article, NO_NER)]


def types(text: str, lang: str) -> list[str]:
    return [e[2] for e in events(text, lang)]


# A general verb ("annoncer", "remettre", "launch") takes the type of the trigger noun it governs as its object.
# (A date right after "a annoncé" / "announced on" is read as a statement's date by date_roles, whatever follows.)
OBJECTS = [
    ("fr", "Le ministre de l'Intérieur a annoncé sa démission jeudi au chef de l'État.", "election"),
    ("fr", "Les nouveaux ambassadeurs ont remis jeudi leurs lettres de créance au président.", "ceremony"),
    ("fr", "Le gouvernement a annoncé la promulgation de la loi sur l'eau cet après-midi.", "decision"),
    ("fr", "L'armée a lancé mardi une offensive contre les rebelles du nord.", "incident"),
    ("en", "The mayor announced his resignation from the council on Thursday.", "election"),
    ("en", "The army launched an attack on the rebel town on Tuesday.", "incident"),
]


@pytest.mark.parametrize(("lang", "text", "event_type"), OBJECTS, ids=[f"{c[0]}-{i}" for i, c in enumerate(OBJECTS)])
def test_a_general_verb_takes_the_type_of_its_object(lang: str, text: str, event_type: str) -> None:
    assert types(text, lang) == [event_type]


# ... but a noun after a preposition names where or when, not what: the verb keeps its own type.
def test_a_noun_after_a_preposition_is_no_object() -> None:
    assert types("Le maire a annoncé jeudi à la réunion du conseil le nouveau budget de la ville.", "fr") != [
        "meeting"]


# French vocabulary of round seven: words that name a happening, and words that look like one and are not.
FRENCH = [
    ("Les syndicats ont donné rendez-vous le 8 janvier pour de nouvelles mobilisations contre la réforme.",
     ["protest"]),
    ("Le maire a validé lundi le nouveau plan de circulation.", ["decision"]),
    ("Le conseil a en effet validé lundi la candidature de la ville.", ["decision"]),
    ("Le 17 décembre, la ministre est entrée en contact avec son homologue allemand.", ["meeting"]),
    ("Les cours de danse reprendront le jeudi 8 janvier à la salle municipale.", ["other"]),
    ("L'état de catastrophe naturelle sera reconnu dès mercredi pour les communes inondées.", ["decision"]),
    ("La pétition a dépassé le 15 décembre les 100 000 signatures.", ["other"]),
]


@pytest.mark.parametrize(("text", "expected"), FRENCH, ids=[f"fr-{i}" for i in range(len(FRENCH))])
def test_french_vocabulary_types_the_happening(text: str, expected: list[str]) -> None:
    assert types(text, "fr") == expected


def test_the_mobilisation_of_means_is_no_protest() -> None:
    text = "Le service de la mobilisation des ressources présente le 8 janvier le bilan de ses activités."
    assert "protest" not in types(text, "fr")


# English market day: a close, an index adding points, a record, the day the worst of its kind, a rate held: each
# dated by a day is a happening typed 'other' (docs/ANNOTATION.md, 'other'). (A market rally or crash typed 'other'
# was measured and left out: an actorless 'other' mention then merges into another market move of the same day.)
MARKET_DAY = [
    "The Dow Jones Industrial Average closed down 508 points on Tuesday.",
    "Stocks ended sharply lower on Monday.",
    "The Nasdaq composite added 2.1 percent on Monday.",
    "Oil prices hit a record high of $147 a barrel on Friday.",
    "Wall Street suffered its biggest one-day fall in seven years on Monday.",
    "The Nikkei was down 3% on Monday.",
    "Shares in the carmaker were 5% lower on Friday.",
]
# A central bank's rate held or cut is its decision, no market move (docs/ANNOTATION.md, round eleven: these two rows
# were 'other' until then; tests/test_events_business_en.py).
RATE_DECISIONS = [
    "The central bank kept interest rates on hold on Wednesday.",
    "The Reserve Bank slashed its key rate by a full percentage point on Tuesday.",
]


@pytest.mark.parametrize("text", RATE_DECISIONS, ids=[f"en-{i}" for i in range(len(RATE_DECISIONS))])
def test_a_rate_decision_is_a_decision(text: str) -> None:
    assert types(text, "en") == ["decision"]


@pytest.mark.parametrize("text", MARKET_DAY, ids=[f"en-{i}" for i in range(len(MARKET_DAY))])
def test_a_market_day_is_an_event_other(text: str) -> None:
    assert types(text, "en") == ["other"]


# The same phrases with a month or a year tell a trend or a figure, no happening; a rally of people stays a protest.
NOT_MARKET_DAY = [
    ("The index closed lower in March.", []),
    ("The company added 2,000 jobs in 2024.", []),
    ("Thousands of farmers rallied on Tuesday outside parliament against the new tax.", ["protest"]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_MARKET_DAY, ids=[f"en-{i}" for i in range(len(NOT_MARKET_DAY))])
def test_a_market_phrase_with_a_month_or_of_people(text: str, expected: list[str]) -> None:
    assert types(text, "en") == expected


# "la mort de X" names a death (an incident); "condamné à mort", "la peine de mort" do not.
def test_a_death_is_an_incident_and_the_death_penalty_is_not() -> None:
    assert types("La mort du chanteur, survenue le 14 décembre, a bouleversé le pays.", "fr") == ["incident"]
    assert "incident" not in types("Le Parlement a voté le 16 décembre l'abolition de la peine de mort dans le pays.",
                                   "fr")


# "jusqu'en 2029" is a horizon, as "jusqu'au" and "until": no happening dated by it.
def test_jusqu_en_is_a_deadline() -> None:
    assert types("Le président pourra rester en fonction et disposer de la promulgation des décrets jusqu'en 2029.",
                 "fr") == []


# A stated purpose dates its happening ("afin d'y manifester", "afin de signer"): the type is the purpose's.
def test_a_stated_purpose_is_typed_by_its_verb() -> None:
    assert types("Le député sera à Marseille jeudi 8 janvier afin d'y manifester contre la réforme.", "fr") == [
        "protest"]
