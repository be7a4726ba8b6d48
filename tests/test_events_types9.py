"""Event types, round nine (issue 13): reflexive verbs in every simple tense, a general noun typed through a phase
noun and past an inserted date, what a protest is against, a bare capitalised institution, striking off a register.

Every sentence is written for the test (none comes from the real-news files); dates come from the real date engine.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates
from timeline.extraction.events.inflect import fr_forms
from timeline.extraction.events.triggers import _find_triggers
from timeline.extraction.events.vocabulary import rules_for
from timeline.extraction.pipeline import extract_article
from timeline.extraction.sentences import Span
from timeline.lang import fold
from timeline.models import Article, Story
from timeline.settings import Options

REF = dt.date(2025, 12, 20)  # a Saturday
NO_NER = Options(use_ner=False)


def types(text: str, lang: str) -> list[str]:
    article = Article(id="t9", text=text, source="t9.txt", lang=lang, reference_date=REF,
                      stories=(Story(0, 0, len(text)),))
    return [m.event_type for m in extract_article(article, NO_NER)]


def _ids(cases: list[tuple[str, str, str]]) -> list[str]:
    return [f"{c[0]}-{i}" for i, c in enumerate(cases)]


# A reflexive -er verb has its imparfait, present plural and passé simple ("se mobilisaient"), and a protest verb
# outranks the noun of what it is against.
PROTESTS = [
    ("fr", "Les syndicats se mobilisaient jeudi contre les nouvelles ordonnances du gouvernement.", "protest"),
    ("fr", "Les habitants du quartier se rassemblent samedi devant la mairie contre la fermeture de l'école.",
     "protest"),
    ("fr", "Les routiers se mobilisèrent le 3 mars contre le décret sur les péages.", "protest"),
    ("fr", "Dans la vallée, les agriculteurs mobilisent mardi contre le traité commercial.", "protest"),
    ("fr", "Les cheminots mobiliseront le 5 février contre la loi sur le service minimum.", "protest"),
    ("en", "Nurses rallied on Monday against the new decree on overtime.", "protest"),
]


@pytest.mark.parametrize(("lang", "text", "want"), PROTESTS, ids=_ids(PROTESTS))
def test_a_protest_is_typed_by_its_verb_not_by_what_it_is_against(lang: str, text: str, want: str) -> None:
    assert types(text, lang) == [want]


def test_reflexive_forms_are_generated() -> None:
    simple = fr_forms("se rassembler")[-1]
    assert simple.startswith("se rassembl") and "aient" in simple and "ent" in simple
    assert fr_forms("s'ecraser")[-1].startswith("s'ecras")
    assert len(fr_forms("se reunir|reuni")) == 3  # irregular: no generated simple tenses


def test_mobiliser_with_an_object_is_no_protest() -> None:
    assert "protest" not in types("La préfecture mobilisait lundi des renforts venus de toute la région.", "fr")
    assert "protest" not in types("L'État mobilisera 3000 gendarmes le 5 décembre pour le sommet.", "fr")


# A general noun ("annonce", "announcement") takes the type of the happening its complement names, through a phase
# noun and past a date set after it.
COMPLEMENTS = [
    ("fr", "Le général a fait l'annonce, dans la nuit du 16 au 17 décembre, du début de l'offensive contre la ville.",
     "incident"),
    ("fr", "Le gouverneur a fait l'annonce mardi du début de l'offensive.", "incident"),
    ("fr", "L'annonce de la reprise des combats est tombée lundi en fin de journée.", "incident"),
    ("fr", "Le président a fait mardi l'annonce de la fin de l'embargo sur les céréales.", "decision"),
    ("en", "The announcement, on Monday, of the start of the strike surprised the airline.", "protest"),
]


@pytest.mark.parametrize(("lang", "text", "want"), COMPLEMENTS, ids=_ids(COMPLEMENTS))
def test_a_general_noun_takes_the_type_of_its_complement(lang: str, text: str, want: str) -> None:
    assert want in types(text, lang)


def _annonce_type(text: str) -> str:
    folded = fold(text)
    spans = [(d.start, d.end) for d in find_dates(text, REF, "fr")]
    found = _find_triggers(rules_for("fr"), text, folded, Span(0, len(text), text), [s for s, _ in spans],
                           frozenset(e for _, e in spans))
    return next(t.event_type for t in found if folded[t.start : t.end] == "annonce")


def test_a_date_insert_needs_its_complement_right_after() -> None:
    assert _annonce_type("Le maire a fait l'annonce lundi du début de l'offensive.") == "incident"
    # the noun after the date is no complement of "annonce": it keeps its general type
    assert _annonce_type("Le maire a fait l'annonce lundi, puis l'offensive a été évoquée.") == "other"
    assert _annonce_type("Le maire a fait l'annonce après de longs débats lundi de l'offensive.") == "other"


# Striking off a register is a ruling.
STRUCK_OFF = [
    ("fr", "Trois associations ont été radiées hier du registre des organisations humanitaires.", "decision"),
    ("fr", "Le conseil de l'ordre a prononcé mardi la radiation du médecin.", "decision"),
    ("en", "The charity was struck off the register on Monday by the regulator.", "decision"),
    ("en", "The lawyer was disbarred on Tuesday after the hearing.", "decision"),
]


@pytest.mark.parametrize(("lang", "text", "want"), STRUCK_OFF, ids=_ids(STRUCK_OFF))
def test_striking_off_is_a_decision(lang: str, text: str, want: str) -> None:
    assert types(text, lang) == [want]


# A bare capitalised "Congress" is the assembly; "the party congress" is a meeting.
def test_bare_congress_is_the_assembly() -> None:
    assert "congress" not in types("The carmakers pleaded before Congress on Tuesday for emergency loans.", "en")
    assert "congress" not in types("Congress held its breath on Monday as the bill stalled.", "en")


@pytest.mark.parametrize("text", ["The party congress opened on Monday in the capital.",
                                  "The 19th Congress of the party opened on Monday.",
                                  "The Congress of surgeons opened on Monday in Lyon."])
def test_a_congress_with_a_determiner_or_name_stays_a_meeting(text: str) -> None:
    assert "congress" in types(text, "en")


# An assembly that reopens or reconvenes holds a session; a shop or a museum that reopens does not.
REOPENS = [
    ("fr", "Le Sénat rouvrira ce jeudi après trois jours de deuil.", "session"),
    ("fr", "Le conseil municipal a rouvert mardi ses travaux.", "session"),
    ("en", "Parliament reopens on Thursday after the attack.", "session"),
    ("en", "The Senate will reconvene on Monday to debate the budget.", "session"),
]


@pytest.mark.parametrize(("lang", "text", "want"), REOPENS, ids=_ids(REOPENS))
def test_an_assembly_that_reopens_holds_a_session(lang: str, text: str, want: str) -> None:
    assert types(text, lang) == [want]


@pytest.mark.parametrize(("lang", "text"), [("fr", "La boulangerie du centre rouvrira jeudi."),
                                            ("en", "The museum reopened on Monday after repairs.")])
def test_a_shop_that_reopens_holds_no_session(lang: str, text: str) -> None:
    assert "session" not in types(text, lang)


# "annonce" with no determiner before it is the verb in the present: its object's trigger noun types it.
PRESENT = [
    ("Le ministre de l'Intérieur annonce sa démission lundi.", "election"),
    ("Lundi, le gouvernement annonce trois jours de deuil national.", "decision"),
    ("Le maire, Jean Dupont, annonce mardi un couvre-feu dans le quartier.", "decision"),
]


@pytest.mark.parametrize(("text", "want"), PRESENT)
def test_a_present_verb_read_as_a_noun_takes_its_object_type(text: str, want: str) -> None:
    assert types(text, "fr") == [want]


def test_a_noun_after_a_determiner_stays_a_noun() -> None:
    # "cette annonce" is the noun: what follows past the comma is no object of it
    assert types("Cette annonce, faite lundi soir, a surpris les élus.", "fr") == ["other"]
