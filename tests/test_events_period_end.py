"""The last day of the period a figure covers dates no happening (issue 13, room ne16, round sixteen).

docs/ANNOTATION.md, "What is not a row": states, figures and trends. "Sales fell 6% in the 13 weeks to 2 May" gives a
figure over a period; the period's last day is when nothing happens (`period_end_cues` in lang/*/triggers.yaml,
events/date_roles.py). Every sentence was written for these tests. The reference date is Thursday 14 March 2024.
Controls: the same figure dated by its own day, a deferral by a span, a quarter's results published on a day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.events_support import one_story
from timeline.extraction.pipeline import extract_article, merge_tellings
from timeline.settings import Options

REF = dt.date(2024, 3, 14)  # a Thursday
NO_NER = Options(use_ner=False, reference_date=REF)


def rows(lang: str, text: str) -> frozenset[tuple[str, str]]:
    """The merged events of ``text`` as (ISO date, type)."""
    events = merge_tellings(extract_article(one_story(text, lang, REF), NO_NER)).events
    return frozenset((e.date.isoformat(), e.event_type) for e in events)


PERIOD_ENDS: list[tuple[str, str]] = [
    ("en", "Retail sales at Brookfield Stores fell 4.1% in the 26 weeks to March 2, the retailer said."),
    ("en", "Net income for the nine months ended February 29 rose to 61 million dollars."),
    ("en", "Pretax profit over the financial year ending 31 December 2023 climbed 12 percent."),
    ("en", "Orders at Calder Pumps rose 9% in the quarter through February 29."),
    ("fr", "Le chiffre d'affaires de Varennes Industrie a reculé de 4,1 % sur les neuf mois clos le 29 février."),
    ("fr", "Le bénéfice net de l'exercice arrêté au 31 décembre 2023 a progressé de 12 %."),
    ("fr", "Au semestre terminé le 29 février, les ventes des magasins Orval ont augmenté de 8 %."),
    ("fr", "Les commandes de Pompes Calder ont progressé de 9 % au trimestre clos fin février."),
]


@pytest.mark.parametrize(("lang", "text"), PERIOD_ENDS, ids=[t[:40] for _, t in PERIOD_ENDS])
def test_a_figure_period_end_dates_no_row(lang: str, text: str) -> None:
    assert rows(lang, text) == frozenset()


CONTROLS: list[tuple[str, str, frozenset[tuple[str, str]]]] = [
    # the figure of a day: the day dates it
    ("en", "Shares of Brookfield Stores fell 4.1% on March 2.", frozenset({("2024-03-02", "other")})),
    ("fr", "L'action Varennes Industrie a reculé de 4,1 % le 29 février.", frozenset({("2024-02-29", "other")})),
    # a meeting of a day, and figures of a period published on a day: the day dates the row
    ("en", "The summit of Nordic ministers opened on March 2 in Tromsø.", frozenset({("2024-03-02", "summit")})),
    ("fr", "Le sommet des ministres nordiques s'est ouvert le 2 mars à Tromsø.", frozenset({("2024-03-02", "summit")})),
    ("en", "Brookfield Stores reported its results for the 26 weeks to March 2 on Tuesday.",
     frozenset({("2024-03-12", "other")})),
    ("fr", "Varennes Industrie a publié mardi ses résultats du semestre clos le 29 février.",
     frozenset({("2024-03-12", "other")})),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CONTROLS, ids=[t[:40] for _, t, _ in CONTROLS])
def test_a_day_of_its_own_still_dates_its_row(lang: str, text: str, expected: frozenset[tuple[str, str]]) -> None:
    assert rows(lang, text) == expected
