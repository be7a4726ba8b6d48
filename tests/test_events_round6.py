"""Events, round six (issue 13): dates that anchor no happening, by general evidence, not by sentence.

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
    article = Article(id="r6", text=text, source="r6.txt", lang=lang, reference_date=REF,
                      stories=(Story(0, 0, len(text)),))
    return [(m.date, m.precision, m.event_type) for m in extract_article(article, NO_NER)]


# A date the text denies ("et non le ...", "rather than on ..."): the other date is the happening's.
DENIED = [
    ("fr", "La réunion publique aura lieu le mardi 6 janvier à la mairie, et non le lundi 5 janvier comme prévu.",
     dt.date(2026, 1, 6), dt.date(2026, 1, 5)),
    ("fr", "Le conseil municipal se réunira le 8 janvier plutôt que le 15 janvier.", dt.date(2026, 1, 8),
     dt.date(2026, 1, 15)),
    ("en", "The council will meet on January 8 rather than on January 15, the mayor's office said.",
     dt.date(2026, 1, 8), dt.date(2026, 1, 15)),
    ("en", "The court will hold the hearing on January 9 and not on January 12.", dt.date(2026, 1, 9),
     dt.date(2026, 1, 12)),
]


@pytest.mark.parametrize(("lang", "text", "kept", "denied"), DENIED, ids=[f"{c[0]}-{i}" for i, c in enumerate(DENIED)])
def test_a_denied_date_dates_no_event(lang: str, text: str, kept: dt.date, denied: dt.date) -> None:
    dates = [e[0] for e in events(text, lang)]
    assert kept in dates and denied not in dates, dates


# "d'ici vendredi", "by Friday": a deadline, whatever the date's precision (docs/ANNOTATION.md).
DEADLINES = [
    ("fr", "Le Parlement décidera d'ici vendredi s'il prolonge le budget de l'État."),
    ("fr", "Les syndicats doivent rendre leur réponse au gouvernement d'ici le 9 janvier."),
    ("en", "Congress will decide by Friday whether to extend the budget."),
]


@pytest.mark.parametrize(("lang", "text"), DEADLINES, ids=[f"{c[0]}-{i}" for i, c in enumerate(DEADLINES)])
def test_a_deadline_of_a_day_dates_no_event(lang: str, text: str) -> None:
    assert events(text, lang) == []


# A relative day word capitalised inside a name ("Russia Today", "USA Today") is no date of a happening.
NAMES = [
    ("fr", "Il était régulièrement invité par la chaîne Russia Today lors de sa nomination au gouvernement."),
    ("en", "She was often quoted by USA Today during her appointment hearings."),
]


@pytest.mark.parametrize(("lang", "text"), NAMES, ids=[f"{c[0]}-{i}" for i, c in enumerate(NAMES)])
def test_a_day_word_inside_a_name_dates_no_event(lang: str, text: str) -> None:
    assert [e for e in events(text, lang) if e[0] == REF] == []


# The same words as dates still date a happening.
KEPT = [
    ("fr", "Le ministre a démissionné aujourd'hui.", REF),
    ("en", "The minister announced his resignation today.", REF),
    ("en", "The Senate voted on Friday on the budget.", dt.date(2025, 12, 19)),
    ("fr", "Le Sénat a voté vendredi le budget de l'État.", dt.date(2025, 12, 19)),
]


@pytest.mark.parametrize(("lang", "text", "day"), KEPT, ids=[f"{c[0]}-{i}" for i, c in enumerate(KEPT)])
def test_the_same_words_as_dates_still_date_an_event(lang: str, text: str, day: dt.date) -> None:
    assert day in [e[0] for e in events(text, lang)]


# The date's own verb names the happening when it is typed ("ont voté ... l'interdiction": a vote, not a decision);
# a verb of holding or gathering hands over to its object ("a présidé ... une conférence", "se réuniront pour un
# sommet").
GOVERNING = [
    ("fr", "Les députés ont voté ce 25 janvier l'interdiction de la chasse à courre.", "vote"),
    ("en", "The senators voted on Friday the ban on hunting.", "vote"),
    ("fr", "Le Premier ministre a présidé, jeudi 18 décembre, une conférence sur la réforme.", "conference"),
    ("fr", "Les ministres se réuniront jeudi à Bruxelles pour un sommet sur l'énergie.", "summit"),
    ("en", "The ministers will meet on Thursday in Brussels for a summit on energy.", "summit"),
]


@pytest.mark.parametrize(("lang", "text", "event_type"), GOVERNING,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(GOVERNING)])
def test_the_verb_a_date_attaches_to_types_it_unless_it_holds_its_object(lang: str, text: str,
                                                                         event_type: str) -> None:
    assert [e[2] for e in events(text, lang)] == [event_type]


# Taking to the streets is a protest, in every tense; a multi-word French lemma agrees on its verb
# ("sont descendus dans la rue", "descendront dans les rues", "feront grève").
STREETS = [
    ("fr", "Des milliers de manifestants sont descendus dans les rues samedi pour réclamer la démission du maire."),
    ("fr", "Les habitants descendront dans la rue samedi contre la fermeture de l'hôpital."),
    ("fr", "Les cheminots feront grève jeudi 8 janvier."),
    ("en", "Thousands took to the streets on Saturday to demand the resignation of the mayor."),
]


@pytest.mark.parametrize(("lang", "text"), STREETS, ids=[f"{c[0]}-{i}" for i, c in enumerate(STREETS)])
def test_taking_to_the_streets_is_a_protest(lang: str, text: str) -> None:
    assert [e[2] for e in events(text, lang)] == ["protest"]


# A part of the day right after the day it belongs to, in the same sentence, is the time of that day: one event.
DAY_AND_PART = [
    ("fr", "Un double attentat a été perpétré ce mercredi 17 décembre, en début de matinée, contre un hôtel de la "
           "capitale."),
    ("en", "A car bomb exploded on Wednesday, December 17, early in the morning, outside a hotel in the capital."),
]


@pytest.mark.parametrize(("lang", "text"), DAY_AND_PART, ids=[f"{c[0]}-{i}" for i, c in enumerate(DAY_AND_PART)])
def test_a_part_of_the_day_just_named_is_no_second_event(lang: str, text: str) -> None:
    assert events(text, lang) == [(dt.date(2025, 12, 17), "day", "incident")]


def test_a_part_of_another_sentence_still_dates_its_own_event() -> None:
    text = "Le ministre a inauguré le pont mardi. Dans la soirée, des manifestants ont bloqué la route."
    assert sorted(e[2] for e in events(text, "fr")) == ["ceremony", "protest"]
