"""Event types across sources, round fifteen (issue 13): two readings of which trigger the date's clause holds.

- what a dated act asks for, looks into or prepares is its topic, not the happening (events/topics.py,
  ``topic_verbs`` in lang/<lang>/triggers.yaml): "examinera jeudi une motion demandant le déplacement" is the council's
  sitting, not a trip;
- a trigger inside a relative clause set off by commas keeps to that clause (events/relatives.py): "X, qui a remporté
  la primaire, a été mis en examen le 7" dates the indictment, not the primary.
Every sentence is written for the test (none comes from the real-news or written sets); dates come from the real date
engine. Each rule has controls that keep the reading it must not change.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.events.relatives import inside_closed_relative
from timeline.extraction.events.topics import topic_nouns
from timeline.extraction.events.triggers import _find_triggers
from timeline.extraction.events.vocabulary import rules_for
from timeline.extraction.pipeline import extract_article
from timeline.extraction.sentences import Span
from timeline.lang import fold
from timeline.models import Article, Story
from timeline.settings import Options

REF = dt.date(2025, 12, 20)  # a Saturday
NO_NER = Options(use_ner=False)


def rows(text: str, lang: str) -> list[tuple[str, str]]:
    """(type, date text) of each event the pipeline finds in ``text``."""
    article = Article(id="x15", text=text, source="x15.txt", lang=lang, reference_date=REF,
                      stories=(Story(0, 0, len(text)),))
    return [(m.event_type, m.date_text) for m in extract_article(article, NO_NER)]


def noun_types(text: str, lang: str) -> dict[str, tuple[str, bool]]:
    """Folded trigger noun -> (its type, read as a complement) in a one-sentence text."""
    folded = fold(text)
    found = _find_triggers(rules_for(lang), text, folded, Span(0, len(text), text), [])
    return {folded[t.start : t.end]: (t.event_type, t.genitive) for t in found if t.kind == "noun"}


# --------------------------------------------------------------------------- topics of asking, inquiring, preparing

TOPIC_NOUNS = [
    ("fr", "Le syndicat a publié lundi un tract réclamant la démission du directeur.", "demission"),
    ("fr", "Le préfet a chargé mardi deux inspecteurs d'enquêter sur l'incendie du hangar.", "incendie"),
    ("fr", "Les élus se retrouvent jeudi afin de préparer le sommet des maires.", "sommet"),
    ("en", "The union issued a leaflet on Monday demanding the resignation of the manager.", "resignation"),
    ("en", "The governor asked two inspectors on Tuesday to investigate the explosion at the depot.", "explosion"),
    ("en", "The mayors meet on Thursday to prepare the regional summit.", "summit"),
]


@pytest.mark.parametrize(("lang", "text", "noun"), TOPIC_NOUNS, ids=[f"{c[0]}-{c[2]}" for c in TOPIC_NOUNS])
def test_a_noun_asked_for_or_looked_into_names_no_type(lang: str, text: str, noun: str) -> None:
    assert noun_types(text, lang)[noun] == ("other", True)


TOPIC_CONTROLS = [  # the same nouns with no topic verb before them keep their type
    ("fr", "Le directeur a présenté lundi sa démission au conseil.", "demission", "election"),
    ("fr", "L'incendie du hangar a éclaté mardi soir.", "incendie", "incident"),
    ("fr", "Le sommet des maires se tiendra jeudi à Lyon.", "sommet", "summit"),
    ("en", "The manager handed in his resignation on Monday.", "resignation", "election"),
    ("en", "The regional summit opens on Thursday in Leeds.", "summit", "summit"),
]


@pytest.mark.parametrize(("lang", "text", "noun", "expected"), TOPIC_CONTROLS,
                         ids=[f"{c[0]}-{c[2]}" for c in TOPIC_CONTROLS])
def test_a_noun_with_no_topic_verb_keeps_its_type(lang: str, text: str, noun: str, expected: str) -> None:
    assert noun_types(text, lang)[noun] == (expected, False)


def test_an_assembly_examining_a_motion_is_its_sitting_not_what_the_motion_asks() -> None:
    text = "Le conseil régional examinera mardi une pétition demandant le déplacement du dépôt de bus."
    assert rows(text, "fr") == [("session", "mardi")]


def test_a_happening_named_by_its_own_verb_keeps_its_type_beside_a_topic() -> None:
    # the march is the dated happening; what it asks for only says why
    assert rows("Des centaines de riverains ont défilé samedi pour réclamer la fermeture du dépôt.", "fr") == [
        ("protest", "samedi")]


def test_a_topic_noun_alone_still_gives_its_date_a_row() -> None:
    # nothing else in the sentence takes the date: the noun still finds the row, typed 'other'
    found = rows("Le 3 décembre, la ministre a demandé au préfet d'enquêter sur l'expulsion des familles.", "fr")
    assert [t for t, _ in found] in ([], ["other"])
    assert ("election", "3 décembre") not in found


def test_topic_nouns_leave_other_kinds_and_windows_alone() -> None:
    text = "Ils ont défilé samedi pour exiger la démission du maire."
    folded = fold(text)
    triggers = _find_triggers(rules_for("fr"), text, folded, Span(0, len(text), text), [])
    again = topic_nouns("fr", folded, 0, triggers)
    assert [(t.event_type, t.genitive) for t in again] == [(t.event_type, t.genitive) for t in triggers]
    verbs = [t for t in triggers if t.kind == "verb"]
    assert verbs and all(t.event_type == "protest" for t in verbs)


# --------------------------------------------------------------------------- relative clauses set off by commas

def _inside(text: str, trigger: str, date: str) -> bool:
    folded = fold(text)
    start = folded.index(fold(trigger))
    return inside_closed_relative(folded, 0, start, start + len(trigger), folded.index(fold(date)))


@pytest.mark.parametrize(("text", "trigger", "date", "expected"), [
    ("La sénatrice, qui avait gagné la primaire, a été mise en examen le 9 mars.", "primaire", "9 mars", True),
    ("The mayor, who won the primary, was charged on 9 March.", "primary", "9 March", True),
    # the date inside the relative clause itself: the clause's own trigger
    ("La sénatrice, qui avait gagné la primaire le 9 mars, a démissionné.", "primaire", "9 mars", False),
    # a restrictive relative (no comma before the pronoun) tells the happening it dates
    ("La conférence que le ministre a donnée le 9 mars a duré une heure.", "a donnee", "9 mars", False),
    # a relative still open at the date (no closing comma between)
    ("The mayor, who won the primary on 9 March, resigned.", "primary", "9 March", False),
    # no relative at all
    ("Après la primaire, la sénatrice a été mise en examen le 9 mars.", "primaire", "9 mars", False),
])
def test_inside_closed_relative(text: str, trigger: str, date: str, expected: bool) -> None:
    assert _inside(text, trigger, date) is expected


@pytest.mark.parametrize(("lang", "text", "day", "expected"), [
    ("fr", "La sénatrice, qui avait remporté la primaire du parti, a été mise en examen pour fraude le 9 décembre.",
     "9 décembre", "other"),
    ("en", "The mayor, who won the party primary, was charged with fraud on 9 December.", "9 December", "other"),
])
def test_a_relative_clause_does_not_type_the_main_clause_date(lang: str, text: str, day: str, expected: str) -> None:
    found = rows(text, lang)
    assert (expected, day) in found
    assert ("vote", day) not in found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the happening named before the relative pronoun keeps its date ("the summit, which gathers ..., opens Monday")
    ("fr", "Le sommet, qui réunit vingt pays, s'ouvrira lundi à Genève.", ("summit", "lundi")),
    ("en", "The summit, which brings together twenty leaders, opens on Monday in Geneva.", ("summit", "Monday")),
])
def test_the_antecedent_of_the_relative_keeps_the_date(lang: str, text: str, expected: tuple[str, str]) -> None:
    assert rows(text, lang) == [expected]


# --------------------------------------------------------------------------- ending a dispute is a decision

@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The two brewers settled their trademark dispute on Tuesday.", ("decision", "Tuesday")),
    ("en", "The farmers' union lost its appeal at the Supreme Court on Tuesday.", ("decision", "Tuesday")),
    ("en", "Three states severed diplomatic ties with the kingdom on Tuesday.", ("decision", "Tuesday")),
    ("fr", "Les deux brasseurs ont réglé mardi leur litige sur la marque.", ("decision", "mardi")),
    ("fr", "Trois États ont rompu mardi leurs relations diplomatiques avec le royaume.", ("decision", "mardi")),
    ("fr", "La préfète a entériné mardi la fusion des deux communes.", ("decision", "mardi")),
])
def test_ending_a_dispute_is_a_decision(lang: str, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    # a match lost, a town settled in a valley, a cut in prices: no ruling, no sanction
    ("en", "The club lost its match against Leeds on Saturday."),
    ("en", "The retailer cut its prices on Saturday."),
    ("fr", "Le club a perdu samedi son match contre Lens."),
])
def test_losing_a_match_or_cutting_prices_is_no_decision(lang: str, text: str) -> None:
    assert all(t != "decision" for t, _ in rows(text, lang))
