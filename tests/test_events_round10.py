"""Events, round ten (issue 13, classes that generalise): grammar, not sentences.

- Control verbs: a verb of intent, plan or appeal governs an infinitive, whose happening takes the date
  ("les agriculteurs prévoient de manifester mardi", "rebels vowed to attack the town on Friday": ``control_verbs``
  in ``lang/*/triggers.yaml``); the present of an intent leans the date ahead ("The union plans a strike on
  Monday"), the past of a call or a threat takes the nearer date ("le syndicat a appelé à une grève lundi").
- A fronted clause of time or contrast ("After ...", "Alors que ...") keeps its date for its own happening
  (``events/fronted.py``, ``fronted_openers``); the subjunctive "bien que ... aient manifesté" is a verb form; after
  a comma, such a clause is another clause (``spans._CLAUSE_BREAK``), and the "que" of "après que" opens no reported
  clause (``conjunction_heads``).
- A French participle that opens its sentence is a passive told in apposition ("Interpellés mardi soir par les
  gendarmes, les suspects ...", "Le maire, réélu dimanche, ..."); after a comma right behind a happening's noun it
  describes that noun ("sa résolution, publiée le 22 décembre": the resolution's day).
- An English sentence opened by an event noun ("Talks resumed ...") has no actor of that name.
- Festive gatherings ("bals d'investiture", "inaugural balls") are ceremonies, typed by their head.

Every sentence is written for the test (none comes from the real-news files); dates come from the real date engine.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.actors import find_entities
from timeline.extraction.pipeline import extract_article
from timeline.models import Article, Story
from timeline.settings import Options

SATURDAY = dt.date(2025, 12, 20)
NO_NER = Options(use_ner=False)
D = dt.date


def events(text: str, lang: str) -> list[tuple[dt.date, str]]:
    """(date, type) of every mention of a one-sentence article written on Saturday 20 December 2025."""
    article = Article(id="r10", text=text, source="r10.txt", lang=lang, reference_date=SATURDAY,
                      stories=(Story(0, 0, len(text)),))
    return [(m.date, m.event_type) for m in extract_article(article, NO_NER)]


def _ids(cases: list[tuple[str, str, object]]) -> list[str]:
    return [f"{c[0]}-{i}" for i, c in enumerate(cases)]


# --------------------------------------------------------------------------- control verbs and their infinitive

CONTROLLED = [
    ("fr", "Les agriculteurs prévoient de manifester mardi.", [(D(2025, 12, 23), "protest")]),
    ("fr", "La CGT appelle à manifester jeudi devant la préfecture.", [(D(2025, 12, 25), "protest")]),
    ("fr", "Les routiers menacent de bloquer les routes lundi.", [(D(2025, 12, 22), "protest")]),
    ("fr", "Les cheminots ont menacé de faire grève lundi.", [(D(2025, 12, 22), "protest")]),
    ("en", "Farmers are preparing to protest on Thursday.", [(D(2025, 12, 25), "protest")]),
    ("en", "Rebels vowed to attack the town on Friday.", [(D(2025, 12, 19), "incident")]),
    # controls: the verb of the happening itself, no control verb
    ("fr", "Les agriculteurs ont manifesté mardi.", [(D(2025, 12, 16), "protest")]),
    ("en", "Farmers protested on Thursday.", [(D(2025, 12, 18), "protest")]),
]


@pytest.mark.parametrize(("lang", "text", "want"), CONTROLLED, ids=_ids(CONTROLLED))
def test_a_control_verb_gives_its_date_to_the_infinitive(lang: str, text: str, want: list[tuple[dt.date, str]]
                                                          ) -> None:
    assert events(text, lang) == want


INTENTS = [
    ("en", "The union plans a strike on Monday.", D(2025, 12, 22)),
    ("en", "The unions call for a general strike on Monday.", D(2025, 12, 22)),
    ("fr", "Le gouvernement envisage un référendum dimanche.", D(2025, 12, 21)),
    ("fr", "Le syndicat a appelé à une grève lundi.", D(2025, 12, 22)),
    # controls: a happening told in the past keeps the past weekday
    ("en", "The union held a strike on Monday.", D(2025, 12, 15)),
    ("fr", "Les enseignants ont fait grève jeudi.", D(2025, 12, 18)),
]


@pytest.mark.parametrize(("lang", "text", "want"), INTENTS, ids=_ids(INTENTS))
def test_an_intent_or_a_call_dates_what_it_governs_ahead(lang: str, text: str, want: dt.date) -> None:
    assert [d for d, _ in events(text, lang)] == [want]


# --------------------------------------------------------------------------- a fronted clause keeps its date

FRONTED = [
    ("en", "After the minister resigned on Monday, the parliament held a vote.", [(D(2025, 12, 15), "election")]),
    ("en", "Whereas the talks collapsed on Monday, the summit went ahead.", [(D(2025, 12, 15), "incident")]),
    ("fr", "Bien que les syndicats aient manifesté jeudi, le gouvernement a maintenu la réforme.",
     [(D(2025, 12, 18), "protest")]),
    ("fr", "Alors que les syndicats manifestaient lundi, le Sénat a adopté la réforme.",
     [(D(2025, 12, 15), "protest")]),
    # a happening named by a noun in a fronted phrase takes the phrase's date, the main clause's verb does not
    ("fr", "Après la démission du ministre lundi, le parlement a voté la réforme.", [(D(2025, 12, 15), "election")]),
    ("en", "After the resignation of the minister on Monday, the parliament passed the reform.",
     [(D(2025, 12, 15), "election")]),
    # controls: a fronted clause with no happening of its own frames the main clause; a main clause's own date
    ("en", "While in Berlin on Monday, the minister met the chancellor.", [(D(2025, 12, 15), "meeting")]),
    ("fr", "Après la réunion des ministres, le Premier ministre a démissionné lundi.",
     [(D(2025, 12, 15), "election")]),
]


@pytest.mark.parametrize(("lang", "text", "want"), FRONTED, ids=_ids(FRONTED))
def test_a_fronted_clause_dates_only_its_own_happening(lang: str, text: str, want: list[tuple[dt.date, str]]
                                                       ) -> None:
    assert events(text, lang) == want


AFTER_COMMA = [
    ("en", "The minister resigned on Monday, after the parliament held a vote.", [(D(2025, 12, 15), "election")]),
    ("en", "The parliament held a vote, after the minister resigned on Monday.", [(D(2025, 12, 15), "election")]),
    ("fr", "Le ministre a démissionné lundi, après que le parlement a voté la censure.",
     [(D(2025, 12, 15), "election")]),
    # control: a "que" after a verb of saying opens the reported clause, a statement and no happening
    ("fr", "Le ministre a annoncé lundi que le parlement voterait la censure.", []),
]


@pytest.mark.parametrize(("lang", "text", "want"), AFTER_COMMA, ids=_ids(AFTER_COMMA))
def test_a_clause_of_time_after_a_comma_is_another_clause(lang: str, text: str, want: list[tuple[dt.date, str]]
                                                          ) -> None:
    assert events(text, lang) == want


def test_a_reported_clause_after_that_does_not_take_the_date_of_the_saying() -> None:
    """"that" opens another clause, as "que" does: the resignation to come is not dated by Friday's announcement."""
    assert "election" not in [t for _, t in events("The prime minister announced on Friday that he would resign.",
                                                   "en")]


# --------------------------------------------------------------------------- a participle in apposition

APPOSED = [
    ("fr", "Interpellés mardi soir par les gendarmes, les cinq suspects ont passé la nuit au poste.",
     [(D(2025, 12, 16), "incident")]),
    ("fr", "Élu dimanche par le conseil municipal, le nouveau maire a remercié ses soutiens.",
     [(D(2025, 12, 14), "election")]),
    ("fr", "Le maire de la commune, réélu dimanche, a remercié ses soutiens.", [(D(2025, 12, 14), "election")]),
    # controls: a year in apposition is background; after a comma right behind a happening's noun, the participle
    # describes it, and the noun keeps the date
    ("fr", "Le maire, réélu en 2020, a inauguré lundi la nouvelle école.", [(D(2025, 12, 15), "ceremony")]),
    ("fr", "Le Parlement a salué la résolution, adoptée mardi par le conseil.", [(D(2025, 12, 16), "decision")]),
]


@pytest.mark.parametrize(("lang", "text", "want"), APPOSED, ids=_ids(APPOSED))
def test_a_participle_opening_a_sentence_tells_a_happening(lang: str, text: str, want: list[tuple[dt.date, str]]
                                                           ) -> None:
    assert events(text, lang) == want


# --------------------------------------------------------------------------- typed by the head noun

HEADS = [
    ("fr", "Les invités ont dansé aux bals d'investiture vendredi soir.", "ceremony"),
    ("en", "The inaugural balls were held on Friday night.", "ceremony"),
    ("fr", "La cérémonie d'investiture du président a eu lieu vendredi.", "ceremony"),  # control
]


@pytest.mark.parametrize(("lang", "text", "want"), HEADS, ids=_ids(HEADS))
def test_a_festive_gathering_is_a_ceremony_not_its_occasion(lang: str, text: str, want: str) -> None:
    assert [t for _, t in events(text, lang)] == [want]


# --------------------------------------------------------------------------- English sentence openers

OPENERS = [
    ("en", "Talks resumed on Wednesday in Geneva.", "Talks"),
    ("en", "Strikes paralysed the port on Monday.", "Strikes"),
    ("en", "Riots broke out on Friday in the suburbs.", "Riots"),
]


@pytest.mark.parametrize(("lang", "text", "word"), OPENERS, ids=_ids(OPENERS))
def test_an_event_noun_opening_a_sentence_is_no_actor(lang: str, text: str, word: str) -> None:
    names = [a.name for a in find_entities(text, lang, Options()).actors]
    assert word not in names


def test_a_name_opening_a_sentence_stays_an_actor() -> None:
    names = [a.name for a in find_entities("Boeing resumed deliveries on Wednesday.", "en", Options()).actors]
    assert "Boeing" in names
