"""A body's kind types its hearing (round seventeen, typ17b; docs/ANNOTATION.md: "hearings of a body in session").

A hearing, an audition or a review held by a body that is no court (a regulator, a committee, a commission, a
parliament, an elected council) is that body's sitting, a ``session``; a court's hearing stays a court step, ``other``.
The rules only retype rows already found (lang/<lang>/triggers.yaml ``retype``): the controls check that no row is
added and that the court's hearings, a conservatoire's auditions and a hearing with no body keep their type.
Every sentence is written for the test (none comes from the real-news or written sets).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.events.vocabulary import rules_for
from timeline.extraction.pipeline import extract_article
from timeline.models import Article, Story
from timeline.settings import Options

REF = dt.date(2025, 12, 20)  # a Saturday
NO_NER = Options(use_ner=False)


def types(text: str, lang: str) -> list[str]:
    """The type of each event mention the pipeline finds in ``text``."""
    article = Article(id="t17b", text=text, source="t17b.txt", lang=lang, reference_date=REF,
                      stories=(Story(0, 0, len(text)),))
    return [m.event_type for m in extract_article(article, NO_NER)]


CASES = [
    # a regulator's, a committee's, a parliament's hearing
    ("en", "The water regulator will question the two suppliers at a hearing in Bristol on Wednesday.", ["session"]),
    ("en", "A Senate committee hearing on the rail contract was held on Tuesday.", ["session"]),
    ("en", "A hearing before the transport committee is set for Monday.", ["session"]),
    ("en", "The parliamentary committee will hold a hearing on the bridge closure on Tuesday.", ["session"]),
    ("en", "A Commission review was held in Strasbourg on Monday.", ["session"]),
    ("fr", "L'Autorité de régulation des transports entendra les deux compagnies mardi 9 décembre à Lyon.",
     ["session"]),
    ("fr", "La commission des affaires sociales entendra la ministre jeudi à Paris.", ["session"]),
    ("fr", "Une audition du préfet par la commission d'enquête a eu lieu mardi.", ["session"]),
    ("fr", "L'examen du budget en commission aura lieu mercredi.", ["session"]),
    # controls: a court's hearing stays a court step
    ("en", "A preliminary hearing is set for Monday at Leeds Crown Court.", ["other"]),
    ("en", "The committee said a judge will hold a bail hearing on Monday.", ["other"]),
    ("en", "A hearing is scheduled for Thursday.", ["other"]),
    ("fr", "Le tribunal entendra les témoins jeudi 11 décembre à Rennes.", ["other"]),
    ("fr", "L'audition des témoins par le juge d'instruction a eu lieu mardi.", ["other"]),
    ("fr", "Les auditions du conservatoire auront lieu samedi.", ["other"]),
    # controls: a committee's hearing of the victims of an attack leaves the attack its own row and type
    ("fr", "La commission d'enquête entendra les victimes de l'attentat du 13 novembre 2015.", ["incident"]),
    # control: the verb of a second clause keeps its type
    ("fr", "La commission des finances entendra le ministre mardi puis votera le texte mercredi.", ["decision"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[c[1][:50] for c in CASES])
def test_a_body_types_its_hearing(lang: str, text: str, expected: list[str]) -> None:
    assert types(text, lang) == expected


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_trigger_scanner_still_scans(lang: str) -> None:
    """The rules are retype rules, no trigger alternative: the prefix scanner stays on."""
    assert rules_for(lang).trigger_re.scanning
