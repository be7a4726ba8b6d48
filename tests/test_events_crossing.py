"""Events, round eight (issue 13): happenings told across sentences and across listed dates (events/crossing.py).

1. A sentence whose subject points back ("It", "Elle", "Ce dernier", "The event") and whose verb only says when
   ("will begin", "débutera", "se déroulera", "takes place") tells the happening the sentence before named: it
   takes that happening's type, not `other`.
2. A happening dated by the first day of a list is dated by all of it: consecutive days ("les 16, 17 et 18
   juillet") make one range, other days ("les 12, 14 et 19 juin") one happening each.

Every sentence is written for the test, in several outlet styles; none comes from an article. The dates come
from the real date engine (``extract_article``, no NER).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.pipeline import extract_article
from timeline.models import Article, Story
from timeline.settings import Options

REFERENCE = dt.date(2026, 5, 20)  # a Wednesday
NO_NER = Options(use_ner=False)


def _mentions(text: str, lang: str) -> list[tuple[dt.date, dt.date | None, str]]:
    article = Article(id="x8", text=text, source="x8.txt", lang=lang, reference_date=REFERENCE,
                      stories=(Story(0, 0, len(text)),))
    return sorted((m.date, m.end_date, m.event_type) for m in extract_article(article, NO_NER))


POINTING_BACK = [
    ("en", "wire", "The transport union announced a nationwide strike. It will begin on June 2.",
     dt.date(2026, 6, 2), "protest"),
    ("en", "regional", "The rowing club confirmed its annual charity gala. The event takes place on 14 November "
                       "at the town hall.", dt.date(2026, 11, 14), "ceremony"),
    ("en", "politics", "The county board approved a local referendum on the bypass. It will open on July 9.",
     dt.date(2026, 7, 9), "vote"),
    ("fr", "dépêche", "L'intersyndicale a appelé à une grève nationale. Elle débutera le 2 juin.",
     dt.date(2026, 6, 2), "protest"),
    ("fr", "politique", "Le conseil départemental a décidé un référendum local. Ce dernier se déroulera le 21 juin.",
     dt.date(2026, 6, 21), "vote"),
    ("fr", "nécrologie", "La famille a annoncé des obsèques dans l'intimité. Elles se dérouleront samedi 23 mai à "
                         "Quimper.", dt.date(2026, 5, 23), "ceremony"),
    ("fr", "sport", "La fédération a confirmé la tenue du congrès fédéral. Celui-ci commencera le 12 juin à Vichy.",
     dt.date(2026, 6, 12), "congress"),
]


@pytest.mark.parametrize(("lang", "style", "text", "day", "event_type"), POINTING_BACK,
                         ids=[f"{c[0]}-{c[1]}" for c in POINTING_BACK])
def test_a_subject_pointing_back_takes_the_happening_named_before(lang: str, style: str, text: str, day: dt.date,
                                                                    event_type: str) -> None:
    assert (day, None, event_type) in _mentions(text, lang)


KEEPS_ITS_TYPE = [
    # a listed verb with a person as subject is a happening of its own
    ("fr", "Les Républicains organisent une primaire ouverte. Elle annoncera sa candidature ce soir sur TF1.",
     dt.date(2026, 5, 20), "other"),
    ("en", "The party has called a leadership contest. It announced a new logo on Monday.",
     dt.date(2026, 5, 18), "other"),
    # nothing named the sentence before: no type to take
    ("fr", "Le temps s'annonce clément. Elle débutera le 2 juin.", dt.date(2026, 6, 2), "other"),
]


@pytest.mark.parametrize(("lang", "text", "day", "event_type"), KEEPS_ITS_TYPE, ids=[c[1][:40] for c in KEEPS_ITS_TYPE])
def test_other_happenings_keep_their_type(lang: str, text: str, day: dt.date, event_type: str) -> None:
    assert (day, None, event_type) in _mentions(text, lang)


def test_another_paragraph_is_another_story_of_pointing_back() -> None:
    text = "Les cheminots ont voté une grève.\n\nElle débutera le 2 juin."
    article = Article(id="x8", text=text, source="x8.txt", lang="fr", reference_date=REFERENCE,
                      stories=(Story(0, 0, 33), Story(1, 35, len(text))))
    assert [m.event_type for m in extract_article(article, NO_NER)] == ["other"]


CONSECUTIVE = [
    ("fr", "Le salon du livre se tiendra les 16, 17 et 18 juillet au parc des expositions.",
     dt.date(2026, 7, 16), dt.date(2026, 7, 18)),
    ("fr", "Le festival de la Saint-Jean se tiendra les 26, 27 et 28 juin sur le port.",
     dt.date(2026, 6, 26), dt.date(2026, 6, 28)),
    ("fr", "Les contrôleurs seront en grève les 8, 9, 10 et 11 juin.", dt.date(2026, 6, 8), dt.date(2026, 6, 11)),
]


@pytest.mark.parametrize(("lang", "text", "start", "end"), CONSECUTIVE, ids=[c[1][:40] for c in CONSECUTIVE])
def test_listed_consecutive_days_are_one_range(lang: str, text: str, start: dt.date, end: dt.date) -> None:
    found = _mentions(text, lang)
    assert [(d, e) for d, e, _ in found] == [(start, end)]


APART_DAYS = [
    ("fr", "Les syndicats appellent à la grève les 12, 14 et 19 juin.",
     [dt.date(2026, 6, 12), dt.date(2026, 6, 14), dt.date(2026, 6, 19)], "protest"),
    ("fr", "Le gouvernement a fixé la date des élections régionales. Elles auront lieu les 13 et 20 juin.",
     [dt.date(2026, 6, 13), dt.date(2026, 6, 20)], "election"),
    # a council that meets sits in session (docs/ANNOTATION.md: "council sessions"; round fourteen)
    ("fr", "Le conseil municipal se réunira les 4, 11 et 25 juin à la mairie.",
     [dt.date(2026, 6, 4), dt.date(2026, 6, 11), dt.date(2026, 6, 25)], "session"),
]


@pytest.mark.parametrize(("lang", "text", "days", "event_type"), APART_DAYS, ids=[c[1][:40] for c in APART_DAYS])
def test_listed_days_apart_are_one_happening_each(lang: str, text: str, days: list[dt.date], event_type: str) -> None:
    found = _mentions(text, lang)
    assert [(d, e) for d, e, _ in found] == [(day, None) for day in days]
    assert {t for _, _, t in found} == {event_type}


def test_a_date_another_trigger_takes_is_no_list() -> None:
    found = _mentions("La grève du 12 mai et la manifestation du 14 mai ont réuni des milliers de personnes.", "fr")
    assert len(found) == 2
    assert {t for _, _, t in found} == {"protest"}
    assert all(e is None for _, e, _ in found)


# 3. A sentence that only says when ("It will be on 4 July") dates the happening the sentence before named and left
#    undated; the event is told by the naming sentence.
DATED_BY_NEXT = [
    ("en", "politics", "The prime minister called an early general election. It will be on 4 July.",
     dt.date(2026, 7, 4), "election"),
    ("en", "business", "The board called an extraordinary shareholder meeting. It is planned for June 30, in the main "
                       "hall.", dt.date(2026, 6, 30), "meeting"),
    ("fr", "politique", "Le président a convoqué un référendum. Celui-ci est fixé au 12 juin.",
     dt.date(2026, 6, 12), "vote"),
    ("fr", "quotidien régional", "La mairie organise une grande fête de quartier. C'est le 13 juin.",
     dt.date(2026, 6, 13), "ceremony"),
    ("fr", "dépêche", "Le syndicat a déposé un préavis de grève. Elle est prévue le 4 juin.",
     dt.date(2026, 6, 4), "protest"),
]


@pytest.mark.parametrize(("lang", "style", "text", "day", "event_type"), DATED_BY_NEXT,
                         ids=[f"{c[0]}-{c[1]}" for c in DATED_BY_NEXT])
def test_a_sentence_that_only_says_when_dates_the_happening_named_before(lang: str, style: str, text: str,
                                                                         day: dt.date, event_type: str) -> None:
    assert _mentions(text, lang) == [(day, None, event_type)]


NOT_DATED_BY_NEXT = [
    # a person's whereabouts, not a date of the happening
    ("fr", "Le ministre a annoncé sa candidature aux élections. Il sera à Lyon le 3 juin."),
    ("en", "The senator announced her run for the election. She will be in Ohio on June 3."),
    # a sentence that tells something of its own
    ("en", "The council confirmed a referendum on the bypass. It angered the traders who met the mayor on Monday "
           "at length in the old market hall of the town."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_DATED_BY_NEXT, ids=[c[1][:40] for c in NOT_DATED_BY_NEXT])
def test_other_next_sentences_date_nothing_named_before(lang: str, text: str) -> None:
    assert all(t not in ("election", "vote") for _, _, t in _mentions(text, lang))


# 4. Two happenings of one sentence joined by "and" / "et" and a verb: each verb keeps the date of its own clause
#    ("will make a flight on October 25 and will begin service on October 28"; the later verb was one word from the
#    first date and took it).
COORDINATED = [
    ("en", "business", "The airline will make a charity flight on October 25 and will begin regular service on "
                       "October 28.", [("will make", dt.date(2026, 10, 25)), ("will begin", dt.date(2026, 10, 28))]),
    ("en", "trade press", "The carmaker will present the model on June 3 and will begin deliveries to dealers on "
                          "June 10.", [("will present", dt.date(2026, 6, 3)), ("deliveries", dt.date(2026, 6, 10))]),
    ("fr", "justice", "La cour a examiné le dossier lundi et a rendu son arrêt jeudi.",
     [("a examiné", dt.date(2026, 5, 18)), ("a rendu", dt.date(2026, 5, 14))]),
    ("fr", "sport", "Le club a recruté un attaquant mardi et a prolongé son gardien vendredi.",
     [("a recruté", dt.date(2026, 5, 19)), ("a prolongé", dt.date(2026, 5, 15))]),
]


@pytest.mark.parametrize(("lang", "style", "text", "expected"), COORDINATED,
                         ids=[f"{c[0]}-{c[1]}" for c in COORDINATED])
def test_coordinated_verbs_keep_their_own_dates(lang: str, style: str, text: str,
                                                expected: list[tuple[str, dt.date]]) -> None:
    article = Article(id="x8", text=text, source="x8.txt", lang=lang, reference_date=REFERENCE,
                      stories=(Story(0, 0, len(text)),))
    found = sorted((m.trigger, m.date) for m in extract_article(article, NO_NER))
    assert found == sorted(expected)


# 5. A verb form split by an adverb phrase of repetition or contrast ("se sont de nouveau rassemblés", "s'est à
#    nouveau entretenu", "have once again met"): the phrase sits where a one-word adverb may (events/inflect.py).
SPLIT_FORMS = [
    ("fr", "Les manifestants se sont de nouveau rassemblés samedi place de la République.", "protest"),
    ("fr", "Le ministre s'est à nouveau entretenu jeudi avec les syndicats.", "meeting"),
    ("fr", "Les deux dirigeants se sont une nouvelle fois rencontrés lundi à Genève.", "meeting"),
    ("fr", "Le conseil municipal s'est néanmoins réuni mardi soir.", "session"),  # a council's sitting (round 14)
    ("en", "The two ministers have once again met on Tuesday in Oslo.", "meeting"),
    ("en", "The striking nurses have yet again rallied on Monday outside the hospital.", "protest"),
]


@pytest.mark.parametrize(("lang", "text", "event_type"), SPLIT_FORMS, ids=[c[1][:40] for c in SPLIT_FORMS])
def test_verb_forms_split_by_an_adverb_phrase(lang: str, text: str, event_type: str) -> None:
    assert [t for _, _, t in _mentions(text, lang)] == [event_type]
