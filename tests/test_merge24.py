"""Two tellings of one happening in two languages that ``merge._match`` accepts but the pass never made one row,
round twenty-four (issue 13's cross-article merge; helper mrg24; ``merge_unmet``).

A telling of an article's story joins its story's event first: when a sentence naming nobody founded that event ("a
annoncé mercredi un plan de restructuration"), the telling that names the company and the town ("Korvelin a annoncé
... la suppression de 85 postes dans son usine de Vesoul") never meets the other article's event, though the pass's
own comparison accepts it (the actor, the town). ``merge_unmet`` joins two such events of two articles in two
languages, one to one, and never two happenings the comparison refuses. Articles of my own (no sentence of any set).
"""

from __future__ import annotations

import datetime as dt

from timeline.extraction.pipeline import extract
from timeline.models import Article, Story
from timeline.settings import Options

REF = dt.date(2026, 6, 10)  # a Wednesday: "mercredi" / "on Wednesday" is that day
NO_NER = Options(use_ner=False)


def _article(article_id: str, lang: str, text: str) -> Article:
    return Article(id=article_id, text=text, source=article_id, lang=lang, reference_date=REF,
                   stories=(Story(0, 0, len(text)),))


def _rows(*articles: Article) -> list[tuple[dt.date, tuple[str, ...]]]:
    return sorted((e.date, tuple(sorted(e.sources))) for e in extract(list(articles), NO_NER).events
                  if e.date == REF)


CUTS_EN = _article("en_cuts.txt", "en", "Furniture maker Korvelin announced 85 job cuts at its Vesoul plant on "
                   "Wednesday.")
CUTS_FR = _article("fr_postes.txt", "fr", "Le fabricant de meubles a annoncé mercredi un plan de restructuration. "
                   "Le fabricant de meubles Korvelin a annoncé mercredi la suppression de 85 postes dans son usine de "
                   "Vesoul, lors d'un comité extraordinaire.")
TOYS_FR = _article("fr_jouets.txt", "fr", "Le fabricant de jouets a annoncé mercredi un plan de restructuration. "
                   "Le fabricant de jouets Brandemont a annoncé mercredi la suppression de 60 postes dans son usine "
                   "de Dole, lors d'un comité extraordinaire.")
CUTS_EN_OTHER = _article("en_toys.txt", "en", "Toy maker Halvering announced 60 job cuts at its Dole plant on "
                         "Wednesday.")


def test_one_announcement_in_two_languages_is_one_row() -> None:
    rows = _rows(CUTS_EN, CUTS_FR)
    assert (REF, ("en_cuts.txt", "fr_postes.txt")) in rows
    assert len(rows) == 1


def test_one_announcement_in_either_order_is_one_row() -> None:
    assert _rows(CUTS_FR, CUTS_EN) == _rows(CUTS_EN, CUTS_FR)


def test_two_companies_cutting_jobs_on_one_day_stay_two_rows() -> None:
    rows = _rows(CUTS_EN, TOYS_FR)
    assert (REF, ("en_cuts.txt",)) in rows
    assert (REF, ("fr_jouets.txt",)) in rows


def test_two_companies_in_one_town_stay_two_rows() -> None:
    rows = _rows(CUTS_EN_OTHER, TOYS_FR)  # same town, same day, same measure of jobs: other companies
    assert all(len(sources) == 1 for _, sources in rows)


def test_the_english_telling_joins_its_own_company_among_two_french_articles() -> None:
    rows = _rows(CUTS_EN, CUTS_FR, TOYS_FR)  # one day, two French announcements: the one that agrees is chosen
    assert (REF, ("en_cuts.txt", "fr_postes.txt")) in rows
    assert (REF, ("fr_jouets.txt",)) in rows
