"""One happening told twice in one article, round fifteen (issue 13: precision; helper dup15).

Guards, no new behaviour. Round fifteen counted the rows one article tells twice (docs/BENCHMARKS.md, "One
happening told twice in one article, round fifteen") and landed no join inside an article: the one class seen in two
written batches, an `other` telling beside a typed telling of its day, had nothing in common in its pairs (no name,
place, measure or key term), and the join that would catch them, a nameless `other` telling joining the typed
telling of its article's day, also joined pairs that are two happenings in the dev texts (a man held in custody and
the prefect's order; a bridge reopened and a driver injured). These sentences, written for these tests, pin those
two-happening pairs apart, in English and French, and one happening told twice in one article as one row.
"""

from __future__ import annotations

import pytest

from tests.merge_support import NO_NER, article
from timeline.extraction import merge as merging
from timeline.extraction.pipeline import extract_article

TWO_HAPPENINGS = [
    ("fr", "Un homme de 40 ans a été mis en examen mardi matin à Brévans. Le préfet a pris mardi un arrêté "
           "interdisant l'accès à la forêt de la Serre."),
    ("en", "The bridge to Kelby island reopened to traffic on Tuesday. A 58-year-old driver was injured on Tuesday "
           "when a tree fell on his car near Kelby."),
    ("fr", "Le pont de l'île de Kelby a rouvert à la circulation mardi. Un automobiliste de 58 ans a été blessé mardi "
           "par la chute d'un arbre sur sa voiture."),
    ("en", "Two people were hurt when a gas explosion hit a bakery in Arnsby on Tuesday. Shops in the high street "
           "stayed closed on Tuesday."),
]


def _rows(lang: str, text: str) -> tuple[list[str], int]:
    """The types of one article's tellings, and how many rows merging makes of them."""
    mentions = extract_article(article("x", lang, text), NO_NER)
    _, tellings = merging.merge(mentions)
    return sorted(m.event_type for m in tellings), len({m.event_id for m in tellings})


@pytest.mark.parametrize(("lang", "text"), TWO_HAPPENINGS)
def test_an_other_telling_and_a_typed_one_of_its_day_stay_two_rows(lang: str, text: str) -> None:
    types, events = _rows(lang, text)
    assert "other" in types and len(types) == 2, types
    assert events == 2


ONE_HAPPENING = [
    ("en", "A gas explosion wrecked the Hollin bakery in Arnsby on Tuesday. The Hollin bakery explosion on Tuesday "
           "injured two people."),
    ("fr", "Une explosion de gaz a détruit la boulangerie Hollin à Arnsby mardi. L'explosion de mardi a fait deux "
           "blessés à la boulangerie Hollin."),
]


@pytest.mark.parametrize(("lang", "text"), ONE_HAPPENING)
def test_one_happening_told_twice_in_one_article_is_one_row(lang: str, text: str) -> None:
    types, events = _rows(lang, text)
    assert types == ["incident", "incident"]
    assert events == 1
