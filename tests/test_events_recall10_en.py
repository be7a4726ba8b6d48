"""English recall on business news, round ten, fourth wave (issue 13; helper rb10).

A product that ships, goes on sale or is released in a month "for US$29" is a dated happening: the price is what the
thing costs, no quantity of the month, so it must not turn the happening into a figure of the period (figure_cues,
events/pairing.py ``_figure``; the price is set aside with price_cues of lang/en/triggers.yaml first). A quantity of
the month itself ("lost $2 billion in April", "sales of $3 billion in May") stays a figure. Rows marked "new" gave no
event on main 6011d79. The sentences are our own; the rule layer alone (no model) reads them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.pipeline import extract_article, merge_tellings
from timeline.models import Article, Story
from timeline.settings import Options

REF = dt.date(2025, 3, 5)  # a Wednesday
APRIL, MAY = dt.date(2025, 4, 1), dt.date(2025, 5, 1)
NO_NER = Options(use_ner=False)
HEADLINE = "Business briefing"


def _dated(body: str) -> list[tuple[dt.date, str]]:
    """(date, type) of the merged events of a one-story English page: a headline, then ``body``."""
    text = f"{HEADLINE}\n\n{body}"
    article = Article(id="rb10", text=text, source="rb10.txt", lang="en", reference_date=REF,
                      stories=(Story(0, 0, len(text), headline=HEADLINE),))
    return sorted((e.date, e.event_type) for e in merge_tellings(extract_article(article, NO_NER)).events)


PRICED = [  # new: each was read as a figure of its month and dropped
    ("The Orion tablet will be shipped in April through the company's web store for US$199.", APRIL),
    ("Acme will release the Orion tablet in April for $199.", APRIL),
    ("The Vega phone will go on sale in May for 499 euros.", MAY),
    ("The Lyra tablet will go on sale in May at a price of $99.", MAY),
    ("Acme will ship the Lyra tablet in April for just £89.", APRIL),
]


@pytest.mark.parametrize(("body", "month"), PRICED, ids=[f"priced-{i}" for i in range(len(PRICED))])
def test_a_unit_price_leaves_a_product_happening_dated_by_its_month(body: str, month: dt.date) -> None:
    assert (month, "other") in _dated(body)


FIGURES = [  # controls: a quantity of the month is a figure, no happening
    "Zeta lost $2 billion in April.",
    "Zeta's sales rose to $3 billion in May.",
    "Kappa reported revenue of 4 billion euros in April.",
    "Orion posted a loss of $120 million in May.",
]


@pytest.mark.parametrize("body", FIGURES, ids=[f"figure-{i}" for i in range(len(FIGURES))])
def test_a_quantity_of_the_month_stays_a_figure(body: str) -> None:
    assert [row for row in _dated(body) if row[0] in (APRIL, MAY)] == []

