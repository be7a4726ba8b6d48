"""Event types, round eight (issue 13): the type comes from the structure of the sentence, not the strongest word.

Every sentence is written for the test (none comes from the real-news files), in several outlet styles (wire,
regional daily, business, politics, sport, obituary). Dates come from the real date engine (``extract_article``),
so each case reads the date engine and the event rules together.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from timeline.extraction.events.inflect import fr_forms
from timeline.extraction.pipeline import extract_article
from timeline.models import Article, Story
from timeline.settings import Options

REF = dt.date(2025, 12, 20)  # a Saturday
NO_NER = Options(use_ner=False)


def types(text: str, lang: str) -> list[str]:
    article = Article(id="t8", text=text, source="t8.txt", lang=lang, reference_date=REF,
                      stories=(Story(0, 0, len(text)),))
    return [m.event_type for m in extract_article(article, NO_NER)]


def _ids(cases: list[tuple[str, str, object]]) -> list[str]:
    return [f"{c[0]}-{i}" for i, c in enumerate(cases)]


# A verb of a relative clause takes no date of the main clause: the date stands before its pronoun.
RELATIVE = [
    ("fr", "Le maire a présenté mardi le budget qui doit remplacer celui de l'an dernier.", "election"),
    ("fr", "Lundi, le club a confirmé le départ de l'entraîneur qui avait démissionné.", "election"),
    ("en", "The board confirmed on Monday the plan which would replace the chief executive.", "election"),
]


@pytest.mark.parametrize(("lang", "text", "not_type"), RELATIVE, ids=_ids(RELATIVE))
def test_a_relative_clause_verb_does_not_take_the_main_clause_date(lang: str, text: str, not_type: str) -> None:
    assert not_type not in types(text, lang)


def test_a_relative_clause_keeps_its_own_date() -> None:
    assert types("Le club a confirmé lundi le départ de l'entraîneur, qui avait démissionné en novembre.", "fr"
                 ) == ["other", "election"]


# A noun's phrase ends before a finite verb trigger: the verb is the predicate its date modifies.
VERB_AFTER_NOUN = [
    ("fr", "L'ancien candidat socialiste à la présidentielle manifestera aussi le mercredi 1er mai à Lyon.",
     "protest"),
    ("fr", "Le vainqueur de la primaire démissionnera le 3 mars de son poste de maire.", "election"),
    ("fr", "Le délégué syndical aux élections professionnelles a démissionné lundi 15 décembre.", "election"),
]


@pytest.mark.parametrize(("lang", "text", "event_type"), VERB_AFTER_NOUN, ids=_ids(VERB_AFTER_NOUN))
def test_a_noun_phrase_ends_before_a_verb_trigger(lang: str, text: str, event_type: str) -> None:
    assert types(text, lang) == [event_type]


# A date that modifies a trigger noun itself dates that noun, over the trigger nearest it.
ATTACHED = [
    ("en", "A June 3 hearing has been scheduled in the bankruptcy court to decide whether the sale is approved.",
     "other"),
    ("en", "Tuesday's vote in the city council was postponed after the mayor resigned.", "vote"),
    ("en", "The March 5 strike at the port was declared illegal by the court.", "protest"),
    ("fr", "La manifestation du 1er mai a été interdite par le préfet du Rhône.", "protest"),
    ("fr", "Le scrutin du 14 mars a été annulé par le tribunal administratif.", "election"),
]


@pytest.mark.parametrize(("lang", "text", "event_type"), ATTACHED, ids=_ids(ATTACHED))
def test_a_date_modifying_a_noun_dates_that_noun(lang: str, text: str, event_type: str) -> None:
    assert types(text, lang)[:1] == [event_type]


# A happening named as the cause or antecedent ("à la suite d'une réunion", "in the wake of a meeting") is the
# topic, not the dated event.
ANTECEDENT = [
    ("fr", "Le ministre a démissionné mardi à la suite d'une réunion houleuse avec le président.", "election"),
    ("fr", "Le club a limogé son entraîneur lundi suite à une série de défaites.", "election"),
    ("en", "The minister resigned on Tuesday in the wake of a meeting with the prime minister.", "election"),
    ("en", "The chief executive stepped down on Friday following a vote of the board.", "election"),
]


@pytest.mark.parametrize(("lang", "text", "event_type"), ANTECEDENT, ids=_ids(ANTECEDENT))
def test_an_antecedent_happening_is_no_dated_event(lang: str, text: str, event_type: str) -> None:
    assert types(text, lang) == [event_type]


# A topic noun keeps a date given by its own event verb ("survenue le", "which occurred on").
OWN_VERB = [
    ("fr", "Trois semaines après la mort du sénateur, survenue le 1er février, son parti cherche un successeur.",
     "incident"),
    ("fr", "Deux mois après l'explosion, qui s'est produite le 4 octobre, l'usine reste fermée.", "incident"),
    ("en", "Weeks after the explosion, which occurred on March 2, the plant remains closed.", "incident"),
]


@pytest.mark.parametrize(("lang", "text", "event_type"), OWN_VERB, ids=_ids(OWN_VERB))
def test_a_topic_noun_keeps_the_date_of_its_own_verb(lang: str, text: str, event_type: str) -> None:
    assert types(text, lang) == [event_type]


# French forms: the imparfait and the present plural of regular -er lemmas (not the present singular, which is
# a noun too often: "annonce", "vote").
@pytest.mark.parametrize(("entry", "written"), [
    ("manifester", "manifestaient"), ("manifester", "manifestait"), ("manifester", "manifestent"),
    ("voter", "votent"), ("demissionner", "demissionnaient"),
])
def test_french_imparfait_and_present_plural(entry: str, written: str) -> None:
    assert any(re.fullmatch(form, written) for form in fr_forms(entry)), (entry, written)


def test_the_french_present_singular_is_not_generated() -> None:
    assert not any(re.fullmatch(form, "annonce") for form in fr_forms("annoncer"))


FRENCH_TENSES = [
    ("fr", "Les enseignants du lycée manifestaient jeudi 18 décembre devant le rectorat.", "protest"),
    ("fr", "Les cheminots manifestent le 8 janvier contre la réforme des retraites.", "protest"),
    ("fr", "Les députés votent mardi 16 décembre le budget de la sécurité sociale.", "vote"),
]


@pytest.mark.parametrize(("lang", "text", "event_type"), FRENCH_TENSES, ids=_ids(FRENCH_TENSES))
def test_french_imparfait_and_present_name_a_happening(lang: str, text: str, event_type: str) -> None:
    assert types(text, lang)[:1] == [event_type]


# Vocabulary written from a systematic list of news happenings per type (not from dev sentences): each noun names
# its happening when a date modifies it.
VOCABULARY = [
    # protest: mutinies, revolts, walkouts, go-slows, human chains, pickets
    ("fr", "Une mutinerie a éclaté lundi 15 décembre à la prison de Fresnes.", "protest"),
    ("fr", "Les chauffeurs routiers ont organisé une opération escargot jeudi 18 décembre sur le périphérique.",
     "protest"),
    ("fr", "Un débrayage de deux heures est prévu mardi 16 décembre à l'usine de Sochaux.", "protest"),
    ("en", "Dock workers held a vigil outside the port on Tuesday, December 16.", "protest"),
    ("en", "A counter-protest drew a few hundred people to the square on Sunday.", "protest"),
    ("en", "Nurses began industrial action on Monday over pay.", "protest"),
    # incident: accidents, disasters, crime, clashes
    ("fr", "Un déraillement a fait trois blessés mercredi 17 décembre près de Dijon.", "incident"),
    ("fr", "Des heurts ont opposé supporters et policiers samedi soir après le match.", "incident"),
    ("fr", "Un glissement de terrain a coupé la route départementale le 12 décembre.", "incident"),
    ("fr", "La cyberattaque du 9 décembre a paralysé l'hôpital pendant trois jours.", "incident"),
    ("en", "A landslide buried three houses in the village on Thursday.", "incident"),
    ("en", "The jewellery store heist on Monday is under investigation.", "incident"),
    ("en", "A collision between two trains on Wednesday left 12 people injured.", "incident"),
    ("en", "Tuesday's stabbing outside the stadium left one fan in hospital.", "incident"),
    # election: reshuffles, handovers, impeachments, the French second-order elections
    ("fr", "Le remaniement du 10 décembre a fait entrer quatre nouveaux ministres au gouvernement.", "election"),
    ("fr", "La passation de pouvoirs a eu lieu lundi 15 décembre à l'hôtel de ville.", "election"),
    ("fr", "Le parti prépare les européennes du 9 juin avec une liste renouvelée.", "election"),
    ("en", "The cabinet reshuffle on Monday brought three new ministers into the government.", "election"),
    ("en", "The impeachment of the governor on Thursday ended a two-month inquiry.", "election"),
    # decision: curfews, states of emergency, embargoes, amnesties, court rulings
    ("fr", "Le couvre-feu du 12 décembre a été levé une semaine plus tard.", "decision"),
    ("fr", "Le gouvernement a décrété un deuil national de trois jours mardi 16 décembre.", "decision"),
    ("fr", "L'état d'urgence a été proclamé vendredi 12 décembre dans tout le département.", "decision"),
    ("en", "A curfew imposed on Friday kept the city centre empty.", "decision"),
    ("en", "The judgment handed down on Thursday cleared the former mayor.", "decision"),
    ("en", "A state of emergency was declared on Sunday across the region.", "decision"),
    # ceremony: funerals, burials, coronations, minute of silence
    ("fr", "L'inhumation aura lieu vendredi 19 décembre au cimetière de Montparnasse.", "ceremony"),
    ("fr", "Une minute de silence a été observée lundi 15 décembre dans toutes les écoles.", "ceremony"),
    ("fr", "Le vernissage de l'exposition est prévu jeudi 18 décembre à la galerie municipale.", "ceremony"),
    ("en", "The burial will take place on Friday at the family's village.", "ceremony"),
    ("en", "A minute of silence was observed on Monday before the match.", "ceremony"),
    ("en", "The coronation on Saturday drew crowds to the capital.", "ceremony"),
    # meeting, conference, other
    ("fr", "Une visioconférence a réuni mardi 16 décembre les ministres européens de la santé.", "meeting"),
    ("fr", "Le porte-parole tiendra un point presse jeudi 18 décembre à 11 heures.", "conference"),
    ("fr", "La demi-finale de la coupe de France se jouera mercredi 17 décembre à Lens.", "other"),
    ("en", "The company's IPO on Tuesday raised $2 billion.", "other"),
    ("en", "The arraignment on Thursday lasted ten minutes.", "other"),
]


@pytest.mark.parametrize(("lang", "text", "event_type"), VOCABULARY, ids=_ids(VOCABULARY))
def test_the_vocabulary_names_the_happening(lang: str, text: str, event_type: str) -> None:
    assert types(text, lang)[:1] == [event_type]


# ... and words of that list that have another sense stay out.
NOT_EVENTS = [
    ("en", "Production stoppages at the plant cut output in March.", "protest"),
    ("fr", "Les institutions européennes ont publié le rapport le 3 mars.", "election"),
    ("fr", "Le ministre des Affaires européennes a reçu jeudi son homologue polonais.", "election"),
]


@pytest.mark.parametrize(("lang", "text", "not_type"), NOT_EVENTS, ids=_ids(NOT_EVENTS))
def test_other_senses_stay_out(lang: str, text: str, not_type: str) -> None:
    assert not_type not in types(text, lang)


# A frame noun of another clause ("lors d'une conférence de presse" framing a saying) does not outrank the trigger
# of the date's own clause, the happening the saying reports.
FRAME_OF_A_SAYING = [
    ("fr", "Les autorités ont annoncé lors d'une conférence de presse que la députée a succombé mardi 16 décembre.",
     "incident"),
    ("fr", "Le club a indiqué au cours d'une réunion que l'entraîneur avait démissionné lundi 15 décembre.",
     "election"),
    ("en", "Officials said at a press conference that the bridge collapsed on Tuesday, December 16.", "incident"),
]


@pytest.mark.parametrize(("lang", "text", "event_type"), FRAME_OF_A_SAYING, ids=_ids(FRAME_OF_A_SAYING))
def test_a_frame_of_another_clause_does_not_type_the_date(lang: str, text: str, event_type: str) -> None:
    assert types(text, lang)[:1] == [event_type]


# A topic noun dated by its own verb is the trigger nearest that date, over a noun further on in the sentence.
def test_a_topic_noun_with_its_own_verb_is_nearest_its_date() -> None:
    text = ("Deux mois après la mort du fondateur, survenue le 3 octobre, à l'âge de 90 ans, les adhérents "
            "s'interrogent sur l'avenir , le forum qu'il animait chaque année.")
    assert types(text, "fr") == ["incident"]


# 'arrive' is a visit lemma in every form, as 'arriver' in French.
ARRIVALS = [
    ("en", "The new ambassador arrives on Monday, three days later than planned.", "visit"),
    ("en", "The prime minister arrived on Tuesday for a two-day stay.", "visit"),
    ("en", "The delegation will arrive on Thursday evening.", "visit"),
]


@pytest.mark.parametrize(("lang", "text", "event_type"), ARRIVALS, ids=_ids(ARRIVALS))
def test_arrivals_are_visits(lang: str, text: str, event_type: str) -> None:
    assert types(text, lang)[:1] == [event_type]


# A swearing-in is a ceremony (docs/ANNOTATION.md: inaugurations are ceremonies).
OATHS = [
    ("fr", "Le nouveau maire prêtera serment lundi 5 janvier devant le conseil municipal.", "ceremony"),
    ("fr", "La prestation de serment du président aura lieu le 20 janvier au Capitole.", "ceremony"),
    ("en", "The new governor was sworn in on Monday at the state capitol.", "ceremony"),
    ("en", "The swearing-in of the new judges took place on Friday.", "ceremony"),
]


@pytest.mark.parametrize(("lang", "text", "event_type"), OATHS, ids=_ids(OATHS))
def test_a_swearing_in_is_a_ceremony(lang: str, text: str, event_type: str) -> None:
    assert types(text, lang)[:1] == [event_type]


# "bloquer" by a court is a ruling; by people, a protest.
BLOCKED = [
    ("fr", "Le projet d'aéroport a été bloqué lundi 15 décembre par le tribunal administratif de Nantes.", "decision"),
    ("fr", "Le nouveau décret vient d'être bloqué vendredi par le Conseil d'État.", "decision"),
    ("fr", "La fusion des deux communes a été bloquée mardi par la justice.", "decision"),
    ("fr", "Les agriculteurs ont bloqué lundi 15 décembre le périphérique de Toulouse.", "protest"),
]


@pytest.mark.parametrize(("lang", "text", "event_type"), BLOCKED, ids=_ids(BLOCKED))
def test_blocked_by_a_court_is_a_ruling(lang: str, text: str, event_type: str) -> None:
    assert types(text, lang)[:1] == [event_type]


# A general noun ("annonce", "announcement", typed 'other') takes the type of the happening its complement names,
# as a general verb takes its object's ("a annoncé sa démission").
COMPLEMENTS = [
    ("en", "The announcement of his resignation on Monday surprised the board.", "election"),
    ("en", "The announcement of the strike on Friday angered commuters.", "protest"),
    ("fr", "L'annonce de sa démission mardi 16 décembre a surpris le conseil municipal.", "election"),
    ("fr", "L'annonce de la fusion des deux clubs jeudi 18 décembre a surpris les supporters.", "other"),
]


@pytest.mark.parametrize(("lang", "text", "event_type"), COMPLEMENTS, ids=_ids(COMPLEMENTS))
def test_a_general_noun_takes_the_type_of_its_complement(lang: str, text: str, event_type: str) -> None:
    assert types(text, lang)[:1] == [event_type]
