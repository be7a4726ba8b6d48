"""Actors, round thirty-six (act36): a country a telling names beside its person or body, but not as its subject, is
not shown on the row (events/aside_countries.py).

"paid state visits to Peru and Chile", "sworn in as Norway's prime minister", "a menacé l'Italie de sanctions": the
country was shown as an actor beside the person who acts (counted on fresh dev, real-news dev and the written read
dev halves: docs/BENCHMARKS.md, act36). A country that is its sentence's subject, a side after "with", "avec",
"entre", an agent after "by", "par", and a country that is the only name of its telling keep their reading, in both
languages.

Every sentence is ours; the people are made up, the countries common.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.actors import canonical_name
from timeline.extraction.pipeline import extract
from timeline.models import Article
from timeline.settings import Options


def _rows(text: str, lang: str) -> list[tuple[str, ...]]:
    """Each row's actors, by their canonical names (a row shows "Italy" for "l'Italie")."""
    article = Article(id="a1", text=text, source="a1.txt", lang=lang, reference_date=dt.date(2026, 3, 2))
    options = Options(reference_date=dt.date(2026, 3, 2), today=dt.date(2026, 3, 2))
    return [tuple(canonical_name(a) for a in event.actors) for event in extract([article], options).events]


@pytest.mark.parametrize(("lang", "text", "absent", "kept"), [
    # English: a destination, a title's office, an object after the trigger
    ("en", "President Anela Voss paid state visits to Peru and Chile on Monday.", "Peru", "Anela Voss"),
    ("en", "Oskar Brill was sworn in as Norway's prime minister on Monday.", "Norway", "Oskar Brill"),
    ("en", "Trade minister Dalia Crane announced new tariffs on Portugal on Tuesday.", "Portugal", "Dalia Crane"),
    # French: the same shapes
    ("fr", "Le ministre Paul Varnier a menacé lundi l'Italie de sanctions financières.", "Italie", "Paul Varnier"),
    ("fr", "Maréna Toulé a été investie lundi présidente du Bénin pour un second mandat.", "Bénin", "Maréna Toulé"),
    ("fr", "Le ministre Paul Varnier a signé mardi un accord qui lie l'Espagne au projet.", "Espagne", "Paul Varnier"),
], ids=["en-destination", "en-title-office", "en-object", "fr-object", "fr-title-office", "fr-subordinate"])
def test_a_country_beside_the_agent_is_not_shown(lang: str, text: str, absent: str, kept: str) -> None:
    rows = _rows(text, lang)
    assert rows and any(kept in row for row in rows), rows
    assert all(canonical_name(absent) not in row for row in rows), rows


@pytest.mark.parametrize(("lang", "text", "kept"), [
    # the subject: named before the trigger
    ("en", "Norway and trade minister Oskar Brill signed the pact on Monday.", "Norway"),
    ("fr", "Le Canada et le ministre Paul Varnier ont signé lundi l'accord sur l'eau.", "Canada"),
    # a side after "with" / "avec", an agent after "by" / "par"
    ("en", "Minister Oskar Brill held talks with Norway on Monday.", "Norway"),
    ("en", "The deal signed by Norway and minister Dalia Crane took effect on Monday.", "Norway"),
    ("fr", "Le ministre Paul Varnier a signé lundi un accord avec le Togo.", "Togo"),
    ("fr", "La ministre Anouk Ferrel a ouvert lundi des négociations avec la Norvège.", "Norvège"),
    # no person or body beside it: the country is the telling's only name
    ("en", "Peru signed the pact with Chile on Monday.", "Chile"),
    ("fr", "La Russie a livré des armes à la France lundi.", "France"),
], ids=["en-subject", "fr-subject", "en-with", "en-by", "fr-avec", "fr-avec-la", "en-alone", "fr-alone"])
def test_a_country_that_acts_or_is_a_side_stays(lang: str, text: str, kept: str) -> None:
    rows = _rows(text, lang)
    assert any(canonical_name(kept) in row for row in rows), rows
