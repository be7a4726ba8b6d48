"""Event detection (timeline.extraction.events): one behaviour per test, cases as tables.

Articles and date mentions are built by hand so these tests do not depend on the date engine;
tests/test_seeds.py runs the real pipeline end to end.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.extraction import events as event_rules
from timeline.extraction.events import TITLE_MAX, detect, event_type_label, mentions_frame, to_frame
from timeline.extraction.events import titles as event_titles
from timeline.models import EVENT_COLUMNS, EVENT_TYPES, MENTION_COLUMNS, Article, DateMention, Event, NoiseSpan, Story
from timeline.settings import Options

REF = dt.date(2025, 12, 20)
NO_NER = Options(use_ner=False)


def D(text: str, words: str, value: dt.date, precision: str = "day", end: dt.date | None = None,
      occurrence: int = 0) -> DateMention:
    """A DateMention for the ``occurrence``-th ``words`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    return DateMention(text=words, start=start, end=start + len(words), value=value, precision=precision,
                       rule="test", end_value=end)


def A(text: str, lang: str = "fr", **kwargs: object) -> Article:
    return Article(id="a1", text=text, source="a1.txt", lang=lang, reference_date=kwargs.pop("ref", REF),
                   **kwargs)  # type: ignore[arg-type]


def run(text: str, dates: list[tuple], lang: str = "fr", **kwargs: object) -> list:
    mentions = [D(text, *d) for d in dates]
    return detect(A(text, lang, **kwargs), mentions, NO_NER)


# --------------------------------------------------------------------------- the governing trigger

TYPE_CASES = [
    # French
    ("fr", "Le congrès du parti s'est tenu le 5 mai 2025 à Paris.", [("5 mai 2025", dt.date(2025, 5, 5))],
     "congress"),
    ("fr", "Thongsavanh Phomvihane a effectué une visite au Vietnam du 17 au 20 décembre 2025 et a coprésidé la "
           "12e Consultation politique annuelle au niveau des ministres.",
     [("du 17 au 20 décembre 2025", dt.date(2025, 12, 17), "day", dt.date(2025, 12, 20))], "consultation"),
    ("fr", "La vice-ministre a reçu, ce vendredi 19 décembre à Hanoï, le directeur d'Asie, à l'occasion de sa "
           "visite de travail dans le cadre de la deuxième consultation politique bilatérale Vietnam–France.",
     [("vendredi 19 décembre", dt.date(2025, 12, 19))], "consultation"),
    ("fr", "Tran Cam Tu, président du sous-comité chargé de l'organisation du 14e Congrès national du Parti, a "
           "présidé le 19 décembre une réunion du bureau permanent afin d'examiner les préparatifs du congrès.",
     [("19 décembre", dt.date(2025, 12, 19))], "meeting"),
    ("fr", "Le Premier ministre a présidé le 18 décembre à Hanoï, une conférence consacrée au bilan de "
           "l'application de la Résolution n°57-NQ/TW.", [("18 décembre", dt.date(2025, 12, 18))], "conference"),
    ("fr", "Le président a reçu le 3 mars l'ambassadeur du Japon.", [("3 mars", dt.date(2025, 3, 3))], "meeting"),
    ("fr", "Le décret est entré en vigueur le 1er juillet 2025.", [("1er juillet 2025", dt.date(2025, 7, 1))],
     "decision"),
    ("fr", "Il a été élu président le 12 mai 2025.", [("12 mai 2025", dt.date(2025, 5, 12))], "election"),
    ("fr", "La cérémonie d'inauguration du pont a eu lieu le 2 septembre 2025.",
     [("2 septembre 2025", dt.date(2025, 9, 2))], "ceremony"),
    ("fr", "Un séminaire sur l'égalité des sexes a été organisé le 4 novembre 2025.",
     [("4 novembre 2025", dt.date(2025, 11, 4))], "forum"),
    ("fr", "Le sommet de l'ASEAN s'est ouvert le 26 octobre 2025 à Kuala Lumpur.",
     [("26 octobre 2025", dt.date(2025, 10, 26))], "summit"),
    ("fr", "La 10e session de l'Assemblée nationale s'est ouverte le 20 octobre 2025.",
     [("20 octobre 2025", dt.date(2025, 10, 20))], "session"),
    # English
    ("en", "The summit will be held on 9 January 2026 in Hanoi.", [("9 January 2026", dt.date(2026, 1, 9))],
     "summit"),
    ("en", "Prime Minister Pham Minh Chinh received the Japanese ambassador on 19 December.",
     [("19 December", dt.date(2025, 12, 19))], "meeting"),
    ("en", "The Lao minister paid an official visit to Vietnam from 17 to 20 December 2025 and co-chaired the "
           "12th political consultation.",
     [("from 17 to 20 December 2025", dt.date(2025, 12, 17), "day", dt.date(2025, 12, 20))], "consultation"),
    ("en", "President Smith visited Hanoi on 3 May 2025.", [("3 May 2025", dt.date(2025, 5, 3))], "visit"),
    ("en", "The National Assembly adopted the resolution on 12 June 2025.", [("12 June 2025", dt.date(2025, 6, 12))],
     "decision"),
    ("en", "A workshop on digital skills took place on 4 November 2025.", [("4 November 2025", dt.date(2025, 11, 4))],
     "forum"),
    ("en", "Washington imposed a 20% tariff on most Vietnamese goods in August 2025.",
     [("in August 2025", dt.date(2025, 8, 1), "month")], "decision"),
    ("en", "The APEC CEO Summit will run alongside the leaders' meeting from October 29 to 31.",
     [("from October 29 to 31", dt.date(2025, 10, 29), "day", dt.date(2025, 10, 31))], "summit"),
]


@pytest.mark.parametrize(("lang", "text", "dates", "expected"), TYPE_CASES,
                         ids=[f"{c[0]}-{c[3]}-{i}" for i, c in enumerate(TYPE_CASES)])
def test_one_event_of_the_governing_type(lang: str, text: str, dates: list[tuple], expected: str) -> None:
    mentions = run(text, dates, lang)
    assert [m.event_type for m in mentions] == [expected]


def test_a_range_is_one_event_with_an_end_date() -> None:
    text = "Le ministre a effectué une visite au Laos du 17 au 20 décembre 2025."
    [mention] = run(text, [("du 17 au 20 décembre 2025", dt.date(2025, 12, 17), "day", dt.date(2025, 12, 20))])
    assert (mention.date, mention.end_date) == (dt.date(2025, 12, 17), dt.date(2025, 12, 20))


def test_two_triggers_with_their_own_dates_make_two_events() -> None:
    text = "President Smith visited Hanoi on 3 May 2025 and attended the ASEAN summit on 5 May 2025."
    mentions = run(text, [("3 May 2025", dt.date(2025, 5, 3)), ("5 May 2025", dt.date(2025, 5, 5))], "en")
    assert sorted((m.date.day, m.event_type) for m in mentions) == [(3, "visit"), (5, "summit")]


# --------------------------------------------------------------------------- not events

NOT_EVENT_CASES = [
    ("fr", "En 2024, le PIB a augmenté de 7%.", [("En 2024", dt.date(2024, 1, 1), "year")]),
    ("fr", "Les inscriptions au forum sont ouvertes jusqu'au 30 mars 2026.", [("30 mars 2026", dt.date(2026, 3, 30))]),
    ("fr", "Les candidatures pour le séminaire doivent être envoyées avant le 15 janvier 2026.",
     [("15 janvier 2026", dt.date(2026, 1, 15))]),
    ("fr", "Il préside l'association pour le mandat 2025-2030 depuis le congrès.",
     [("2025-2030", dt.date(2025, 1, 1), "year", dt.date(2030, 1, 1))]),
    ("fr", "La stratégie nationale sera présentée lors d'une conférence d'ici 2030.",
     [("2030", dt.date(2030, 1, 1), "year")]),
    ("fr", "La conférence a défini les orientations pour 2026.", [("2026", dt.date(2026, 1, 1), "year")]),
    ("fr", "Publié le 20 décembre 2025\nLe congrès du parti s'ouvre bientôt.",
     [("20 décembre 2025", dt.date(2025, 12, 20))]),
    ("fr", "Les préparatifs du 14e Congrès national ont commencé le 3 mars 2025.",
     [("3 mars 2025", dt.date(2025, 3, 3))]),
    ("en", "Registration for the forum is open until 30 March 2026.", [("30 March 2026", dt.date(2026, 3, 30))]),
    ("en", "The country aims to become a high-income nation by 2045, the conference heard.",
     [("2045", dt.date(2045, 1, 1), "year")]),
    ("en", "In 2024, GDP grew by 7%.", [("In 2024", dt.date(2024, 1, 1), "year")]),
]


@pytest.mark.parametrize(("lang", "text", "dates"), NOT_EVENT_CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_EVENT_CASES)])
def test_no_event(lang: str, text: str, dates: list[tuple]) -> None:
    assert run(text, dates, lang) == []


def test_a_caption_makes_no_event() -> None:
    text = "Le secrétaire général s'exprime lors du congrès du 22 mars 2025. Photo: VNA\nLe texte suit ici."
    caption_end = text.index("\n")
    article = A(text, noise=(NoiseSpan(0, caption_end, "caption"),))
    assert detect(article, [D(text, "22 mars 2025", dt.date(2025, 3, 22))], NO_NER) == []


def test_the_dateline_date_makes_no_event() -> None:
    text = "Hanoï, 19 décembre (VNA) - La conférence a réuni 300 délégués."
    stamp = text.index("(VNA) -") + len("(VNA) -")
    article = A(text, noise=(NoiseSpan(0, stamp, "dateline"),))
    assert detect(article, [D(text, "19 décembre", dt.date(2025, 12, 19))], NO_NER) == []


def test_no_dates_no_events() -> None:
    assert run("Le congrès national s'est tenu à Hanoï.", []) == []


# --------------------------------------------------------------------------- open / continue until


def test_continue_until_extends_the_opening_mention() -> None:
    text = ("Le congrès du syndicat s'est ouvert le 16 octobre 2025 à Paris. "
            "Le congrès se poursuit jusqu'au 18 octobre 2025.")
    mentions = run(text, [("16 octobre 2025", dt.date(2025, 10, 16)), ("18 octobre 2025", dt.date(2025, 10, 18))])
    assert [(m.date, m.end_date, m.event_type) for m in mentions] == [
        (dt.date(2025, 10, 16), dt.date(2025, 10, 18), "congress")]


def test_until_without_a_start_is_dropped() -> None:
    text = "The fair runs until 18 October 2025."
    assert run(text, [("18 October 2025", dt.date(2025, 10, 18))], "en") == []


# --------------------------------------------------------------------------- status

STATUS_CASES = [
    ("fr", "Le forum se tiendra le 9 janvier 2026 à Hanoï.", ("9 janvier 2026", dt.date(2026, 1, 9)), "planned"),
    ("fr", "Le forum s'est tenu le 9 décembre 2025 à Hanoï.", ("9 décembre 2025", dt.date(2025, 12, 9)), "held"),
    ("fr", "Le forum aura lieu le 20 décembre 2025.", ("20 décembre 2025", dt.date(2025, 12, 20)), "planned"),
    ("fr", "Le forum a eu lieu le 20 décembre 2025.", ("20 décembre 2025", dt.date(2025, 12, 20)), "held"),
    ("en", "The summit is scheduled for 5 March 2026.", ("5 March 2026", dt.date(2026, 3, 5)), "planned"),
    ("en", "The summit was held on 5 March 2025.", ("5 March 2025", dt.date(2025, 3, 5)), "held"),
]


@pytest.mark.parametrize(("lang", "text", "date", "expected"), STATUS_CASES,
                         ids=[f"{c[0]}-{c[3]}-{i}" for i, c in enumerate(STATUS_CASES)])
def test_status_against_the_reference_date_and_tense(lang: str, text: str, date: tuple, expected: str) -> None:
    [mention] = run(text, [date], lang)
    assert mention.status == expected


def test_status_without_reference_date_follows_the_tense() -> None:
    text = "Le sommet se tiendra le 9 janvier."
    article = A(text, ref=None)
    [mention] = detect(article, [D(text, "9 janvier", dt.date(2026, 1, 9))], NO_NER)
    assert mention.status == "planned"


# --------------------------------------------------------------------------- titles

TITLE_CASES = [
    ("fr", "Il a fait cette déclaration lors du premier congrès national de l'Association nationale des données "
           "pour le mandat 2025-2030, samedi 22 mars à Hanoi.", ("samedi 22 mars", dt.date(2025, 3, 22)),
     "Premier congrès national de l'Association nationale des données"),
    ("fr", "Tran Cam Tu a présidé le 19 décembre une réunion du bureau permanent du sous-comité afin d'examiner "
           "les préparatifs.", ("19 décembre", dt.date(2025, 12, 19)), "Réunion du bureau permanent du sous-comité"),
    ("fr", "La Commission de la mobilisation des masses a organisé, le 19 décembre à Hanoï, une conférence nationale "
           "pour faire le bilan.", ("19 décembre", dt.date(2025, 12, 19)),
     "Conférence nationale de la Commission de la mobilisation des masses"),
    ("en", "Leaders gathered for the 14th National Party Congress in Hanoi on 19 January 2026.",
     ("19 January 2026", dt.date(2026, 1, 19)), "14th National Party Congress"),
]


@pytest.mark.parametrize(("lang", "text", "date", "expected"), TITLE_CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(TITLE_CASES)])
def test_title_is_the_trigger_noun_phrase(lang: str, text: str, date: tuple, expected: str) -> None:
    [mention] = run(text, [date], lang)
    assert mention.title == expected


def test_title_is_at_most_title_max_characters() -> None:
    text = ("Le 3 mars 2025 s'est tenue la conférence internationale " + "de la coopération régionale " * 10 + ".")
    [mention] = run(text, [("3 mars 2025", dt.date(2025, 3, 3))])
    assert len(mention.title) <= TITLE_MAX and mention.title.endswith("…")


def test_teaser_headline_serves_as_title_when_it_names_the_trigger() -> None:
    headline = "12e Consultation politique Vietnam-Laos"
    body = "Le ministre a coprésidé le 18 décembre 2025 la 12e Consultation politique annuelle des ministres."
    text = "Texte principal.\n\n" + headline + "\n\n" + body
    story = Story(index=1, start=text.index(headline), end=len(text), headline=headline, kind="teaser")
    article = A(text, stories=(Story(0, 0, story.start - 1), story))
    [mention] = detect(article, [D(text, "18 décembre 2025", dt.date(2025, 12, 18))], NO_NER)
    assert mention.title == headline


# --------------------------------------------------------------------------- mention records


def test_evidence_is_the_sentence_with_its_offset() -> None:
    text = "Premier paragraphe sans date. Le sommet s'est tenu le 5 mai 2025. Autre phrase."
    [mention] = run(text, [("5 mai 2025", dt.date(2025, 5, 5))])
    assert mention.sentence == "Le sommet s'est tenu le 5 mai 2025."
    assert text[mention.sentence_start:].startswith(mention.sentence)
    assert (mention.date_source, mention.date_text) == ("text", "5 mai 2025")


def test_mention_ids_are_stable_and_depend_on_article_and_offsets() -> None:
    text = "Le sommet s'est tenu le 5 mai 2025."
    dates = [D(text, "5 mai 2025", dt.date(2025, 5, 5))]
    first = detect(A(text), dates, NO_NER)
    again = detect(A(text), dates, NO_NER)
    other = detect(Article(id="a2", text=text, source="a2.txt", reference_date=REF), dates, NO_NER)
    assert [m.mention_id for m in first] == [m.mention_id for m in again]
    assert first[0].mention_id != other[0].mention_id


def test_confidence_is_between_0_and_1_and_lower_for_a_coarse_date() -> None:
    day = run("Le sommet s'est tenu le 5 mai 2025.", [("5 mai 2025", dt.date(2025, 5, 5))])[0]
    year = run("Le sommet s'est tenu en 2025.", [("en 2025", dt.date(2025, 1, 1), "year")])[0]
    assert 0 < year.confidence < day.confidence <= 1


@pytest.mark.parametrize("event_type", EVENT_TYPES)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_type_has_a_label(event_type: str, lang: str) -> None:
    label = event_type_label(event_type, lang)
    assert label and label[0].isupper()


@pytest.mark.parametrize(("event_type", "lang", "label"), [
    ("meeting", "fr", "Réunion"), ("meeting", "en", "Meeting"), ("election", "fr", "Élection"),
    ("summit", "fr", "Sommet"), ("other", "de", "Other"),
])
def test_labels(event_type: str, lang: str, label: str) -> None:
    assert event_type_label(event_type, lang) == label


# --------------------------------------------------------------------------- frames


def _event(**kwargs: object) -> Event:
    values: dict[str, object] = dict(event_id="e1", date=dt.date(2025, 3, 22), end_date=None, precision="day",
                                     date_text="22 mars", date_source="text", status="held", event_type="congress",
                                     title="Congrès", actors=("Tô Lâm",), roles={"Tô Lâm": "secrétaire général"},
                                     sources=("a1",), evidence=("Le congrès...",))
    values.update(kwargs)
    return Event(**values)  # type: ignore[arg-type]


def test_to_frame_has_the_event_columns_in_order() -> None:
    frame = to_frame([_event()])
    assert list(frame.columns) == list(EVENT_COLUMNS)


def test_to_frame_keeps_dates_lists_and_roles_as_python_objects() -> None:
    row = to_frame([_event(end_date=dt.date(2025, 3, 23))]).iloc[0]
    assert isinstance(row["date"], dt.date) and not isinstance(row["date"], pd.Timestamp)
    assert row["end_date"] == dt.date(2025, 3, 23)
    assert row["actors"] == ["Tô Lâm"] and row["roles"] == {"Tô Lâm": "secrétaire général"}


def test_to_frame_of_nothing_is_empty_with_columns() -> None:
    frame = to_frame([])
    assert frame.empty and list(frame.columns) == list(EVENT_COLUMNS)


def test_mentions_frame_has_the_mention_columns() -> None:
    mentions = run("Le sommet s'est tenu le 5 mai 2025.", [("5 mai 2025", dt.date(2025, 5, 5))])
    frame = mentions_frame(mentions)
    assert list(frame.columns) == list(MENTION_COLUMNS) and len(frame) == 1


# --------------------------------------------------------------------------- rules added against the golden set


def test_a_commemorated_date_is_not_the_event_date() -> None:
    text = "Un grand défilé s'est tenu ce mardi pour célébrer le 80e anniversaire de la Fête nationale."
    mentions = run(text, [("ce mardi", dt.date(2025, 9, 2)), ("Fête nationale", dt.date(2025, 7, 14))],
                   ref=dt.date(2025, 9, 2))
    assert [(m.date, m.event_type) for m in mentions] == [(dt.date(2025, 9, 2), "ceremony")]


def test_a_name_is_not_a_month() -> None:
    text = "La réunion présidée par Nguyen Thi Tuyet Mai a été un succès."
    assert run(text, [("Mai", dt.date(2025, 5, 1), "month")]) == []


def test_a_trigger_inside_a_place_name_is_not_an_event() -> None:
    text = "Le salon se tient du 11 au 14 juin au Centre d'exposition de Saigon."
    [mention] = run(text, [("du 11 au 14 juin", dt.date(2025, 6, 11), "day", dt.date(2025, 6, 14))])
    assert (mention.trigger, mention.event_type) == ("salon", "forum")


def test_the_object_of_a_verb_of_holding_is_the_event() -> None:
    text = "La veille, le présidium du congrès avait tenu une séance préparatoire."
    [mention] = run(text, [("La veille", dt.date(2025, 11, 5))])
    assert mention.event_type == "meeting" and mention.title.startswith("Séance préparatoire")


def test_a_verb_trigger_takes_its_object_noun_as_title() -> None:
    text = "Mardi dernier, Do Minh Khoa a présidé au siège du ministère une réunion interministérielle."
    [mention] = run(text, [("Mardi dernier", dt.date(2025, 5, 20))])
    assert mention.title == "Réunion interministérielle"


def _weekday(text: str, words: str, value: dt.date) -> DateMention:
    start = text.index(words)
    return DateMention(text=words, start=start, end=start + len(words), value=value, precision="day",
                       rule="weekday", relative=True)


@pytest.mark.parametrize(("lang", "text", "words", "resolved", "reference", "expected"), [
    ("fr", "Les ministres tiendront leur propre réunion dimanche.", "dimanche", dt.date(2025, 5, 18),
     dt.date(2025, 5, 24), dt.date(2025, 5, 25)),
    ("fr", "Vendredi, dernière journée de sa visite, la ministre rencontrera les dirigeants.", "Vendredi",
     dt.date(2025, 6, 6), dt.date(2025, 6, 12), dt.date(2025, 6, 13)),
    ("en", "On Sunday, Prime Minister Pham Minh Chinh inaugurated a power line that will link two provinces.",
     "Sunday", dt.date(2025, 8, 24), dt.date(2025, 8, 27), dt.date(2025, 8, 24)),
    ("en", "Speaking at a press conference on Wednesday, the minister said the summit is expected to open soon.",
     "Wednesday", dt.date(2025, 10, 22), dt.date(2025, 10, 24), dt.date(2025, 10, 22)),
], ids=["fr-future", "fr-future-short-clause", "en-past", "en-future-elsewhere"])
def test_a_bare_weekday_follows_the_tense_of_its_clause(lang: str, text: str, words: str, resolved: dt.date,
                                                         reference: dt.date, expected: dt.date) -> None:
    article = A(text, lang, ref=reference)
    [mention] = detect(article, [_weekday(text, words, resolved)], NO_NER)
    assert mention.date == expected


def test_an_end_in_the_same_sentence_closes_the_range() -> None:
    text = "The ninth session of the National Assembly, which opened on May 5, is scheduled to close on June 27."
    [mention] = run(text, [("May 5", dt.date(2025, 5, 5)), ("June 27", dt.date(2025, 6, 27))], "en")
    assert (mention.event_type, mention.date, mention.end_date) == ("session", dt.date(2025, 5, 5),
                                                                     dt.date(2025, 6, 27))


def test_a_year_less_end_guessed_in_the_past_moves_to_the_next_year() -> None:
    text = ("La 10e session de l'Assemblée nationale s'est ouverte le 20 octobre. "
            "Il s'agit de la dernière session de la législature, qui doit s'achever le 11 décembre.")
    end = D(text, "11 décembre", dt.date(2024, 12, 11))
    dates = [D(text, "20 octobre", dt.date(2025, 10, 20)), dataclasses.replace(end, relative=True)]
    [mention] = detect(A(text, ref=dt.date(2025, 10, 21)), dates, NO_NER)
    assert (mention.date, mention.end_date) == (dt.date(2025, 10, 20), dt.date(2025, 12, 11))


def test_a_happening_framed_by_an_earlier_event_takes_its_date() -> None:
    text = ("The Vietnam–EU Business Forum took place in Hanoi on Monday. "
            "On the sidelines of the forum, the city and the bank signed a memorandum on railway financing.")
    mentions = run(text, [("Monday", dt.date(2025, 9, 29))], "en")
    # a signed memorandum is a decision (docs/ANNOTATION.md's types; typed ceremony before round sixteen)
    assert sorted((m.event_type, m.date) for m in mentions) == [("decision", dt.date(2025, 9, 29)),
                                                                ("forum", dt.date(2025, 9, 29))]


def test_a_vague_plan_framed_by_an_event_is_not_an_event() -> None:
    text = ("The ASEAN Summit will be held on 26 October 2025. "
            "On the sidelines of the summit, the Prime Minister is expected to hold bilateral meetings.")
    mentions = run(text, [("26 October 2025", dt.date(2025, 10, 26))], "en")
    assert [m.event_type for m in mentions] == ["summit"]


def test_the_opening_session_is_part_of_the_congress() -> None:
    text = ("The first Congress of the provincial Party Organisation took place from September 29 to October 1. "
            "Tran Quoc Hai attended and addressed the opening session on Monday.")
    dates = [("from September 29 to October 1", dt.date(2025, 9, 29), "day", dt.date(2025, 10, 1)),
             ("Monday", dt.date(2025, 9, 29))]
    mentions = run(text, dates, "en")
    assert [m.event_type for m in mentions] == ["congress"]


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("fr", "Il a fait cette déclaration lors du congrès.", True),
    ("fr", "Le lendemain, il a reçu l'ambassadrice.", True),
    ("fr", "La ministre doit inaugurer le pavillon.", "la ministre"),
    ("fr", "Le ministre Nguyen Manh Hung a présidé la réunion.", False),
    ("en", "He held talks with the minister.", True),
    ("en", "On Sunday, the ministry launched a campaign.", "the ministry"),
    ("en", "The summit opened on Monday.", False),
], ids=["fr-il", "fr-adverbial-il", "fr-title", "fr-named-title", "en-he", "en-title", "en-no"])
def test_sentences_whose_subject_is_named_earlier(lang: str, sentence: str, expected: bool | str) -> None:
    from timeline.extraction.events import rules_for
    from timeline.extraction.events.context import _opens_with_pronoun
    from timeline.extraction.sentences import Span, fold_keep

    span = Span(0, len(sentence), sentence)
    assert _opens_with_pronoun(rules_for(lang), fold_keep(sentence), span, sentence) == expected


def test_events_dated_by_the_article_only_on_request() -> None:
    text = "Le Premier ministre a reçu l'ambassadeur du Japon.\nEn 2024, le PIB a augmenté de 7%."
    article = A(text, stories=(Story(0, 0, len(text)),))
    dates = [D(text, "En 2024", dt.date(2024, 1, 1), "year")]
    assert detect(article, dates, NO_NER) == []
    [mention] = detect(article, dates, Options(use_ner=False, extra={"published_events": True}))
    assert (mention.date, mention.date_source, mention.event_type) == (REF, "published", "meeting")


# --------------------------------------------------------------------------- robustness

WORDS = ["Le", "congrès", "s'est", "tenu", "le", "5", "mai", "2025", "à", "Hanoï", ".", ",", "\n", "Il", "a", "reçu",
         "the", "summit", "will", "be", "held", "on", "until", "jusqu'au", "lors", "du", "forum", "Photo", ":", "VNA",
         "anniversaire", "de", "la", "Fête", "(", ")", "«", "»", "M.", "Hung", "réunion", "visite", "2025-2030"]


@given(words=st.lists(st.sampled_from(WORDS), max_size=80), picks=st.lists(st.integers(0, 79), max_size=6),
       lang=st.sampled_from(["fr", "en", "de"]))
def test_detect_never_fails_and_keeps_offsets(words: list[str], picks: list[int], lang: str) -> None:
    text = " ".join(words)
    dates = []
    for pick in picks:
        if pick < len(words) and words[pick].strip():
            start = len(" ".join(words[:pick])) + (1 if pick else 0)
            dates.append(DateMention(text=words[pick], start=start, end=start + len(words[pick]),
                                     value=dt.date(2025, 5, 5), precision="day", rule="test", relative=pick % 2 == 0))
    article = Article(id="h", text=text, source="h.txt", lang=lang, reference_date=REF,
                      stories=(Story(0, 0, len(text)),), noise=(NoiseSpan(0, min(5, len(text)), "dateline"),))
    for mention in detect(article, dates, NO_NER):
        assert text[mention.date_start:mention.date_end] == mention.date_text or mention.date_source == "published"
        assert text[mention.sentence_start:].startswith(mention.sentence)
        assert mention.event_type in EVENT_TYPES and 0 <= mention.confidence <= 1
        assert len(mention.title) <= TITLE_MAX


NOT_EVENT_MORE = [
    ("en", "The 35th trade fair will run in Hanoi, the Ministry of Industry and Trade said on Thursday.",
     [("Thursday", dt.date(2025, 10, 2))]),
    ("en", "Registration for the expo closes on June 20.", [("June 20", dt.date(2025, 6, 20))]),
    ("en", "Since the free trade agreement took effect five years ago, trade has doubled.",
     [("five years ago", dt.date(2020, 9, 30))]),
    ("en", "Visitors queued at the Hanoi Exhibition Centre on Monday.", [("Monday", dt.date(2025, 9, 29))]),
    ("fr", "Les visiteurs se pressaient au Centre d'exposition de Saigon lundi.", [("lundi", dt.date(2025, 9, 29))]),
]


@pytest.mark.parametrize(("lang", "text", "dates"), NOT_EVENT_MORE,
                         ids=["said-on", "registration-closes", "since-clause", "place-en", "place-fr"])
def test_no_event_from_statements_deadlines_background_or_places(lang: str, text: str, dates: list[tuple]) -> None:
    assert run(text, dates, lang) == []


def test_a_topic_keeps_the_date_of_its_own_event_verb() -> None:
    text = "The talks came ahead of the ASEAN Regional Forum, which will be held on July 11."
    [mention] = run(text, [("July 11", dt.date(2026, 7, 11))], "en")
    assert (mention.event_type, mention.title, mention.status) == ("forum", "ASEAN Regional Forum", "planned")


def test_titles_leave_out_the_dateline() -> None:
    text = "Paris, 5 juin 2025 (AFP) - Le président a rencontré mardi 3 juin le chancelier allemand à Berlin."
    stamp = text.index("Le président")
    article = A(text, noise=(NoiseSpan(0, stamp, "dateline"),))
    [mention] = detect(article, [D(text, "mardi 3 juin", dt.date(2025, 6, 3))], NO_NER)
    assert mention.title.startswith("Le président a rencontré")


# --------------------------------------------------------------------------- planned events, durations

PLANNED_CASES = [
    # (lang, text, dates, type, title)
    ("fr", "Le prochain Conseil européen ordinaire se tiendra les 25 et 26 juin.",
     [("les 25 et 26 juin", dt.date(2026, 6, 25), "day", dt.date(2026, 6, 26))], "summit",
     "Conseil européen ordinaire"),
    ("fr", "La prochaine édition aura lieu en avril 2027 à Lyon.",
     [("avril 2027", dt.date(2027, 4, 1), "month")], "other", "La prochaine édition"),
    ("fr", "La finale de la coupe nationale se déroulera le 14 mai au stade Thong Nhat.",
     [("14 mai", dt.date(2026, 5, 14))], "other", "La finale de la coupe nationale"),
    ("fr", "Selon les organisateurs, la 5e édition du salon du livre doit se tenir du 3 au 6 avril.",
     [("du 3 au 6 avril", dt.date(2026, 4, 3), "day", dt.date(2026, 4, 6))], "forum", None),
    ("en", "The next edition will be held in April 2027.", [("April 2027", dt.date(2027, 4, 1), "month")],
     "other", "The next edition"),
    ("en", "The next round is scheduled for March 3, 2026 in Geneva.", [("March 3, 2026", dt.date(2026, 3, 3))],
     "other", "The next round"),
    ("en", "The 2026 gathering of mayors will take place on May 14 in Singapore.", [("May 14", dt.date(2026, 5, 14))],
     "other", "The 2026 gathering of mayors"),
    ("en", "The European Council is scheduled for June 25 and 26 in Brussels.",
     [("June 25 and 26", dt.date(2026, 6, 25), "day", dt.date(2026, 6, 26))], "summit", None),
]


@pytest.mark.parametrize(("lang", "text", "dates", "expected", "title"), PLANNED_CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(PLANNED_CASES)])
def test_a_dated_verb_of_holding_makes_an_event_typed_by_its_subject(lang: str, text: str, dates: list[tuple],
                                                                    expected: str, title: str | None) -> None:
    events = run(text, dates, lang)
    assert [e.event_type for e in events] == [expected]
    if title is not None:
        assert events[0].title == title


NOT_PLANNED_CASES = [
    ("en", "Registration will take place until March 30.", [("March 30", dt.date(2026, 3, 30))]),
]


@pytest.mark.parametrize(("lang", "text", "dates"), [
    ("en", "The report will be published on May 5.", [("May 5", dt.date(2026, 5, 5))]),
    ("fr", "Le rapport sera publié le 5 mai.", [("5 mai", dt.date(2026, 5, 5))]),
])
def test_a_dated_publication_is_an_event_of_type_other(lang: str, text: str, dates: list[tuple]) -> None:
    """Issue 13 / docs/ANNOTATION.md: a publication told with its date is a happening (type other)."""
    assert [e.event_type for e in run(text, dates, lang)] == ["other"]


@pytest.mark.parametrize(("lang", "text", "dates"), NOT_PLANNED_CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_PLANNED_CASES)])
def test_no_event_without_a_verb_of_holding(lang: str, text: str, dates: list[tuple]) -> None:
    assert run(text, dates, lang) == []


DURATION_CASES = [
    ("en", "He arrived in Hanoi on December 10 for a three-day official visit.", "December 10",
     dt.date(2025, 12, 10), dt.date(2025, 12, 12)),
    ("en", "Leaders will meet on March 3 for a two-day summit in Jakarta.", "March 3",
     dt.date(2026, 3, 3), dt.date(2026, 3, 4)),
    ("en", "The 5-day trade fair opens on 3 March in Da Nang.", "3 March", dt.date(2026, 3, 3), dt.date(2026, 3, 7)),
    ("en", "A workshop lasting four days began on 3 March.", "3 March", dt.date(2026, 3, 3), dt.date(2026, 3, 6)),
    ("en", "The President will visit Japan for three days from 3 March.", "3 March", dt.date(2026, 3, 3),
     dt.date(2026, 3, 5)),
    ("fr", "Il est arrivé à Paris le 10 décembre pour une visite de trois jours.", "10 décembre",
     dt.date(2025, 12, 10), dt.date(2025, 12, 12)),
    ("fr", "Le président entame le 3 mars une visite d'État de 4 jours en Inde.", "3 mars",
     dt.date(2026, 3, 3), dt.date(2026, 3, 6)),
    ("fr", "Un séminaire d'une durée de deux jours s'est ouvert le 3 mars à Hué.", "3 mars",
     dt.date(2026, 3, 3), dt.date(2026, 3, 4)),
]


@pytest.mark.parametrize(("lang", "text", "words", "start", "end"), DURATION_CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(DURATION_CASES)])
def test_a_duration_turns_the_start_day_into_a_range(lang: str, text: str, words: str, start: dt.date,
                                                     end: dt.date) -> None:
    (event,) = run(text, [(words, start)], lang)
    assert (event.date, event.end_date) == (start, end)


NO_DURATION_CASES = [
    ("en", "The two-year programme was launched on 3 March.", "3 March"),
    ("en", "He paid a visit to the 100-day campaign on 3 March.", "3 March"),
    ("fr", "Il a effectué une visite le 3 mars, trois jours après les élections.", "3 mars"),
]


@pytest.mark.parametrize(("lang", "text", "words"), NO_DURATION_CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(NO_DURATION_CASES)])
def test_no_duration_stays_a_single_day(lang: str, text: str, words: str) -> None:
    events = run(text, [(words, dt.date(2026, 3, 3))], lang)
    assert events and all(e.end_date is None for e in events)


def test_a_duration_does_not_override_a_written_range() -> None:
    text = "A three-day summit was held from 3 to 6 March."
    (event,) = run(text, [("from 3 to 6 March", dt.date(2026, 3, 3), "day", dt.date(2026, 3, 6))], "en")
    assert event.end_date == dt.date(2026, 3, 6)


# --------------------------------------------------------------------------- dated relative to another event

def test_the_eve_of_an_event_dates_the_meeting_not_the_event() -> None:
    text = ("Le sommet s'ouvre le 10 décembre à Hanoï. La veille de l'ouverture du sommet, le Premier ministre a eu "
            "un entretien avec son homologue.")
    events = run(text, [("10 décembre", dt.date(2025, 12, 10)), ("La veille", dt.date(2025, 12, 9))])
    assert [(e.event_type, e.date) for e in events] == [("summit", dt.date(2025, 12, 10)),
                                                        ("meeting", dt.date(2025, 12, 9))]
    assert events[1].title == "Le Premier ministre a eu un entretien avec son homologue"


RELATIVE_DAY_CASES = [
    ("en", "The day before, Prime Minister Tan paid a courtesy call on President Lee.", "The day before", "meeting"),
    ("en", "Yesterday, Minister Nguyen inspected the construction site of the new airport.", "Yesterday", "visit"),
    ("en", "At a briefing held yesterday, the ministry presented the export figures.", "yesterday", "meeting"),
    ("en", "On the eve of the summit, the two leaders held talks in Jakarta.", "On the eve", "meeting"),
    ("fr", "Hier, le ministre de la Construction a inspecté le chantier du nouvel aéroport.", "Hier", "visit"),
    ("fr", "Le lendemain du congrès, la délégation s'est rendue à Hué.", "Le lendemain", "visit"),
]


@pytest.mark.parametrize(("lang", "text", "words", "expected"), RELATIVE_DAY_CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(RELATIVE_DAY_CASES)])
def test_a_relative_day_dates_the_happening_of_its_sentence(lang: str, text: str, words: str, expected: str) -> None:
    events = run(text, [(words, dt.date(2025, 12, 19))], lang)
    assert [(e.event_type, e.date) for e in events] == [(expected, dt.date(2025, 12, 19))]


# --------------------------------------------------------------------------- background clauses, two events

BACKGROUND_CASES = [
    ("fr", "Le projet de loi avait été soumis à la concertation du 12 au 23 janvier.", "du 12 au 23 janvier",
     dt.date(2025, 1, 12), dt.date(2025, 1, 23), "consultation"),
    ("fr", "Le Conseil d'État avait rendu un avis favorable le 15 décembre dernier.", "15 décembre",
     dt.date(2025, 12, 15), None, "decision"),
    ("en", "The commission conducted a voter education caravan from November 17 to 21.", "from November 17 to 21",
     dt.date(2025, 11, 17), dt.date(2025, 11, 21), "other"),
]


@pytest.mark.parametrize(("lang", "text", "words", "start", "end", "expected"), BACKGROUND_CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(BACKGROUND_CASES)])
def test_a_dated_background_clause_is_an_event(lang: str, text: str, words: str, start: dt.date, end: dt.date | None,
                                              expected: str) -> None:
    (event,) = run(text, [(words, start, "day", end)], lang)
    assert (event.event_type, event.date, event.end_date) == (expected, start, end)


TWO_EVENT_CASES = [
    ("fr", "L'Assemblée nationale a adopté mercredi la loi sur les données lors de la 2e session, qui se tient du 6 "
           "au 24 avril.", "mercredi", "du 6 au 24 avril"),
    ("en", "Parliament passed the data law on Wednesday during the second session, which runs from April 6 to 24.",
     "Wednesday", "from April 6 to 24"),
]


@pytest.mark.parametrize(("lang", "text", "day", "span"), TWO_EVENT_CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(TWO_EVENT_CASES)])
def test_the_range_after_a_session_verb_dates_the_session_and_the_day_the_law(lang: str, text: str, day: str,
                                                                              span: str) -> None:
    dates = [(day, dt.date(2026, 4, 8)), (span, dt.date(2026, 4, 6), "day", dt.date(2026, 4, 24))]
    events = run(text, dates, lang)
    assert sorted((e.event_type, e.date, e.end_date) for e in events) == [
        ("decision", dt.date(2026, 4, 8), None), ("session", dt.date(2026, 4, 6), dt.date(2026, 4, 24))]


# --------------------------------------------------------------------------- one event told twice in a story

SAME_RANGE_CASES = [
    ("fr", "Les dirigeants européens se réuniront jeudi et vendredi à Bruxelles. Le sommet, prévu les 19 et 20 mars, "
           "portera sur l'Ukraine.", "jeudi et vendredi", "les 19 et 20 mars", "summit"),
    ("en", "EU leaders will meet on Thursday and Friday in Brussels. The summit, scheduled for March 19 and 20, will "
           "focus on Ukraine.", "Thursday and Friday", "March 19 and 20", "summit"),
]


@pytest.mark.parametrize(("lang", "text", "first", "second", "expected"), SAME_RANGE_CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(SAME_RANGE_CASES)])
def test_a_bare_verb_with_the_range_of_a_named_event_is_that_event(lang: str, text: str, first: str, second: str,
                                                                   expected: str) -> None:
    start, end = dt.date(2026, 3, 19), dt.date(2026, 3, 20)
    events = run(text, [(first, start, "day", end), (second, start, "day", end)], lang)
    assert [(e.event_type, e.date, e.end_date) for e in events] == [(expected, start, end)]


def test_a_bare_verb_with_another_range_stays_its_own_event() -> None:
    text = "Les ministres se réuniront les 17 et 18 mars. Le sommet est prévu les 19 et 20 mars."
    dates = [("les 17 et 18 mars", dt.date(2026, 3, 17), "day", dt.date(2026, 3, 18)),
             ("les 19 et 20 mars", dt.date(2026, 3, 19), "day", dt.date(2026, 3, 20))]
    assert sorted(e.event_type for e in run(text, dates)) == ["meeting", "summit"]


@pytest.mark.parametrize("name", ["window.__pwned=2", "a<b", "x=y", "[clic]"])
def test_markup_in_the_text_never_becomes_an_actor(name: str) -> None:
    from timeline.extraction.actors import Entities
    from timeline.extraction.events.context import _actors_of
    from timeline.models import Actor

    found = Entities(actors=(Actor(name, "person", 0, len(name)), Actor("Nguyen Van An", "person", 20, 33)))
    people, _ = _actors_of(found, [])
    assert [n for n, _ in people] == ["Nguyen Van An"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Conférence consacrée au bilan d'un an de mise en œuvre du Programme d'action du gouvernement pour "
     "l'application de la Résolution", "Conférence consacrée au bilan d'un an de mise en œuvre du Programme d'action…"),
    ("Conférence nationale de la Commission de la sensibilisation, de l’éducation et de la mobilisation des masses "
     "du Comité central", "Conférence nationale de la Commission de la sensibilisation, de l’éducation…"),
    ("meeting of the board of the association of the friends of the national museum of the history of the "
     "arts and crafts", "Meeting of the board of the association of the friends of the national museum…"),
    ("réunion du bureau permanent", "Réunion du bureau permanent"),
])
def test_long_titles_are_cut_at_a_word_that_can_end_them(text: str, expected: str) -> None:
    lang = "en" if text.startswith("meeting") else "fr"
    title = event_titles._cap(text, event_rules.rules_for(lang).tail_stops)
    assert title == expected
    assert len(title) <= TITLE_MAX


def test_names_that_touch_markup_are_not_actors_and_markup_ends_a_title() -> None:
    from timeline.extraction import ingest, pipeline

    text = ("Hanoï, 12 janvier 2026 (VNA) – Le ministre Nguyen Van An a présidé le 10 janvier 2026 à Hanoï une "
            'conférence =HYPERLINK("http://evil.example","Cliquez") avec les délégués <img src=x onerror=alert(1)>.\n')
    articles, _ = ingest.read_bytes("formula.txt", text.encode(), Options(use_ner=False))
    result = pipeline.extract(articles, Options(use_ner=False))
    assert [e.event_type for e in result.events] == ["conference"]
    event = result.events[0]
    assert "Nguyen Van An" in event.actors
    assert not [a for a in event.actors if a.casefold() in ("hyperlink", "src", "img", "onerror", "alert")]
    assert "=" not in event.title and "HYPERLINK" not in event.title
