"""A saying dated in a story's lead reports that day's news (issue 13, English recall; events/predicates.py).

"Northwind Motors said on Tuesday that its sales rose 11%": the saying is a statement, but the clause it reports,
in a simple past and with no date of its own, is the happening of that day. A clause of another time ("had
signed", "would cut", "supprimera") and a saying outside the lead date nothing. Every sentence is written for
the test (none comes from the real-news files); dates come from the real date engine.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.pipeline import extract_article
from timeline.models import Article, Story
from timeline.settings import Options

REF = dt.date(2025, 12, 20)  # a Saturday: "Tuesday", "mardi" = 16 December
TUESDAY = dt.date(2025, 12, 16)
NO_NER = Options(use_ner=False)
HEADLINE = {"en": "Northwind sales climb in Europe", "fr": "Les ventes de Lefort progressent"}


def events(body: str, lang: str) -> list[tuple[dt.date, str, str]]:
    """The mentions of a one-story page: a headline, then ``body`` (its first sentence is the lead)."""
    text = f"{HEADLINE[lang]}\n\n{body}"
    article = Article(id="r1", text=text, source="r1.txt", lang=lang, reference_date=REF,
                      stories=(Story(0, 0, len(text), headline=HEADLINE[lang]),))
    return [(m.date, m.precision, m.event_type) for m in extract_article(article, NO_NER)]


REPORTED = [
    ("en", "Northwind Motors said on Tuesday that its sales in Europe rose 11% in November."),
    ("en", "The Lisbon port authority reported on Tuesday that traffic fell sharply after the storm."),
    ("fr", "Le constructeur Lefort a déclaré mardi que ses ventes en Europe ont progressé de 11 %."),
    ("fr", "Le port de Lisbonne a indiqué mardi que le trafic a chuté après la tempête."),
]


@pytest.mark.parametrize(("lang", "body"), REPORTED, ids=[f"{c[0]}-{i}" for i, c in enumerate(REPORTED)])
def test_a_past_clause_reported_in_the_lead_is_that_days_news(lang: str, body: str) -> None:
    assert (TUESDAY, "day", "other") in events(body, lang)


NOT_THAT_DAY = [
    ("en", "Northwind Motors said on Tuesday that it had signed a supply contract with a Czech maker."),
    # "said on Tuesday that it would cut 2,000 jobs" names a news act: the announcement is the news (round nine,
    # tests/test_events_business9.py; docs/ANNOTATION.md), as "announced on Tuesday that it would cut" was already
    ("en", "The carmaker is struggling. Its rivals are doing better. Northwind Motors said on Tuesday that its "
           "sales rose 11%."),
    ("fr", "Le constructeur Lefort a déclaré mardi qu'il avait signé un contrat avec un fournisseur."),
    ("fr", "Le constructeur Lefort a déclaré mardi qu'il supprimera 2 000 emplois."),
    ("fr", "Le constructeur souffre. Ses concurrents vont mieux. Lefort a déclaré mardi que ses ventes ont "
           "progressé."),
]


@pytest.mark.parametrize(("lang", "body"), NOT_THAT_DAY, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_THAT_DAY)])
def test_another_time_or_outside_the_lead_the_saying_dates_nothing(lang: str, body: str) -> None:
    assert [e for e in events(body, lang) if e[0] == TUESDAY] == []
