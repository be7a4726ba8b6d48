"""Actors, round twenty-four (issue 13, helper act24): a person a news lead tells by an indefinite role ("A former
harbour master was found guilty ...") and the next sentence names with her age ("Tobias Wrenfield, 58, of ...") is
the actor of the lead's happening (events/lead_persons.py).

The lead's row named nobody (or only the court): the reader reads no name in the lead, and the person's own sentence
is another happening's. The person is lent only when the lead's role has an indefinite article and a person noun
(``lead_persons`` in lang/<lang>/actors.yaml), the lead reads no person, and the next sentence of its story names one
person with an age right after the name.

Every sentence is ours; the people, firms and towns are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.events.lead_persons import unnamed_person, with_age
from timeline.extraction.pipeline import extract
from timeline.models import Article
from timeline.settings import Options

DAY = dt.date(2026, 12, 4)


def _rows(text: str, lang: str) -> list[tuple[str, list[str]]]:
    article = Article(id="t", text=text, source="test", lang=lang, reference_date=DAY)
    return [(e.title, list(e.actors)) for e in extract([article], Options(reference_date=DAY)).events]


@pytest.mark.parametrize(("lang", "text", "person"), [
    ("en", "The appeal court on Tuesday cleared a Fenbridge bakery owner of breaching hygiene rules. Marta Quillon, "
           "47, was fined £12,000 by Kelby magistrates in March 2025.", "Marta Quillon"),
    ("en", "The Court of Appeal on Tuesday quashed the conviction of a Fenbridge bakery owner fined for breaching "
           "hygiene rules. Three judges allowed the appeal of Marta Quillon, 47, who was fined by Kelby magistrates "
           "in March 2025.", "Marta Quillon"),
    ("fr", "Une ancienne adjointe au maire de Valmoreau a été condamnée jeudi par le tribunal correctionnel de Brives "
           "pour détournement de fonds publics. Odile Ferrandin, 63 ans, avait été mise en examen en mars 2024.",
     "Odile Ferrandin"),
])
def test_the_lead_takes_the_person_named_with_her_age(lang: str, text: str, person: str) -> None:
    rows = _rows(text, lang)
    assert len(rows) == 2, rows
    assert all(person in actors for _, actors in rows), rows  # the person's own row, and the lead's (main: not)


@pytest.mark.parametrize(("lang", "text", "person"), [
    # the lead's phrase is no person: a storm, a warehouse
    ("en", "A storm hit a warehouse of the Fenbridge Harbour Board on Thursday. Marta Quillon, 47, was taken to "
           "hospital on Friday.", "Marta Quillon"),
    ("fr", "Une tempête a détruit jeudi un entrepôt de la société Corlan Logistique. Odile Ferrandin, 63 ans, a été "
           "hospitalisée vendredi.", "Odile Ferrandin"),
    # the person is named without an age: not the form a first naming takes
    ("en", "The appeal court on Tuesday cleared a Fenbridge bakery owner of breaching hygiene rules. Marta Quillon "
           "was fined £12,000 by Kelby magistrates in March 2025.", "Marta Quillon"),
])
def test_no_person_is_lent_without_both_cues(lang: str, text: str, person: str) -> None:
    rows = _rows(text, lang)
    assert len(rows) == 2, rows
    assert sum(person in actors for _, actors in rows) == 1, rows  # her own row only


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "A former Kelby Council planning officer was convicted on Monday.", True),
    ("en", "The court quashed the conviction of a Fenbridge bakery owner on Friday.", True),
    ("en", "An architect, Lena Corvin, won the prize.", False),  # named right after the noun
    ("en", "A storm, the teacher said, closed the school.", False),  # the phrase ends at a comma
    ("en", "A new bridge will open on Monday.", False),
    ("fr", "Un ancien élu de Valmoreau a été condamné lundi.", True),
    ("fr", "Une tempête a fermé l'école lundi.", False),
])
def test_unnamed_person(lang: str, text: str, expected: bool) -> None:
    assert unnamed_person(text, lang) is expected


@pytest.mark.parametrize(("lang", "text", "name", "expected"), [
    ("en", "Tobias Wrenfield, 58, of Port Aske, denied it.", "Tobias Wrenfield", True),
    ("en", "Tobias Wrenfield (58) denied it.", "Tobias Wrenfield", False),
    ("en", "Tobias Wrenfield, 2026's winner, denied it.", "Tobias Wrenfield", False),
    ("fr", "Odile Ferrandin, 63 ans, fera appel.", "Odile Ferrandin", True),
    ("fr", "Odile Ferrandin, 63 %, fera appel.", "Odile Ferrandin", False),
])
def test_with_age(lang: str, text: str, name: str, expected: bool) -> None:
    assert with_age(text, name, lang) is expected
