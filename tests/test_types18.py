"""Event types on text nobody read, round eighteen (issue 13): what a dated act looks into is its topic.

A happening named after a verb of inquiring in a non-finite form ("démêler", "élucider", "faire la lumière sur", "to
establish", "to shed light on", "to determine"), or after a noun of what is looked into or prepared ("les
responsabilités dans", "les dossiers de", "the circumstances of"), is the topic of the dated act, not the row's type
(events/topics.py, ``topic_verbs`` and ``topic_heads`` in lang/<lang>/triggers.yaml). Counted in two dev sources (a
trial's day typed by the pile-up it examines; meetings typed by the disaster files they prepare).

Every sentence is written for the test (none comes from the real-news or written sets). Controls: a topic noun
dated by its own complement ("the crash of 4 March 2019") keeps its type, as do a finite verb's object and plain
happenings.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.pipeline import extract_article
from timeline.models import Article, Story
from timeline.settings import Options

REF = dt.date(2025, 12, 20)  # a Saturday
NO_NER = Options(use_ner=False)


def rows(text: str, lang: str) -> list[tuple[str, str]]:
    """The type and date of each event mention the pipeline finds in ``text``."""
    article = Article(id="t18", text=text, source="t18.txt", lang=lang, reference_date=REF,
                      stories=(Story(0, 0, len(text)),))
    return [(m.event_type, str(m.date)) for m in extract_article(article, NO_NER)]


CASES = [
    # a court's or an inquiry's day, typed by its act, not by what it looks into
    ("fr", "Dès ce matin, le tribunal de Rennes va tenter de démêler les responsabilités dans le violent incendie de "
           "l'entrepôt.", [("other", "2025-12-20")]),
    ("fr", "Une enquête a été ouverte lundi pour faire la lumière sur la fusillade.", [("other", "2025-12-15")]),
    ("en", "From this morning, the court will try to establish the responsibilities in the deadly collision.",
     [("other", "2025-12-20")]),
    ("en", "An inquiry was opened on Monday to shed light on the shooting.", [("other", "2025-12-15")]),
    ("en", "The panel will sit on Tuesday to determine the circumstances of the stabbing.", [("other", "2025-12-23")]),
    # controls: a topic noun dated by its own complement is the row of that date
    ("en", "From this morning, the court will try to establish the responsibilities in the crash of 4 March 2019.",
     [("incident", "2019-03-04")]),
    ("fr", "Le tribunal va tenter d'établir les responsabilités dans le carambolage du 10 novembre 2019.",
     [("incident", "2019-11-10")]),
    # since round thirty-one (cand31's finite forms) the unions' own gathering on Monday is a row, as "se réunissent
    # lundi" always made one; the strike's day keeps its type
    ("fr", "Les syndicats se retrouvent lundi pour préparer la grève du 12 mars.",
     [("other", "2025-12-22"), ("protest", "2026-03-12")]),
    ("fr", "Le juge tentera jeudi de déterminer les causes du naufrage.", [("other", "2025-12-25")]),
    # controls: "établir", "to establish" reach a topic only through a noun of what is looked into
    ("en", "The two sides agreed on Monday to establish a ceasefire.", [("decision", "2025-12-15")]),
    ("fr", "Les deux camps ont convenu lundi d'établir un cessez-le-feu.", [("decision", "2025-12-15")]),
    # controls: a finite verb's object and plain happenings keep their type
    ("en", "Firefighters examined the wreckage of the crash on Monday.", [("incident", "2025-12-15")]),
    ("en", "The explosion destroyed the silo on Monday.", [("incident", "2025-12-15")]),
    ("fr", "L'explosion du silo a eu lieu lundi.", [("incident", "2025-12-15")]),
    ("fr", "Les experts se réuniront mercredi afin d'examiner les causes de l'explosion.", [("meeting", "2025-12-24")]),
    ("fr", "Les étudiants ont manifesté lundi pour exiger des moyens.", [("protest", "2025-12-15")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_topic_types(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert rows(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Deux autres rendez-vous sont fixés mardi à la préfecture pour préparer les dossiers de catastrophe "
           "naturelle."),
    ("en", "Officials will meet on Thursday to prepare the files on the floods."),
])
def test_files_prepared_are_no_incident(lang: str, text: str) -> None:
    """The files a meeting prepares name a disaster: the meeting's day is no incident."""
    found = rows(text, lang)
    assert found and all(kind != "incident" for kind, _ in found)
