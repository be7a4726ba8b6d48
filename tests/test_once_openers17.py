"""An opener written once, read by a borrowed model, is no name (actors/common_words.py ``_once_opener``; round
seventeen, helper hdl17).

English borrows the French model, which takes a capitalised opener for a name ("Repair ship reaches ...",
"Tens of thousands ..."): a one-word name the article writes only there, once, is dropped. A name written again,
a word with a capital inside it, a word after a dash and French text (read by its own model) keep theirs.
Our own sentences; the firms, towns and people are made up.
"""

from __future__ import annotations

import re

import pytest

from timeline.extraction.actors import find_entities_many
from timeline.extraction.actors.common_words import article_words, is_common

_SENTENCE = re.compile(r"[^\n.]+\.?")


def _all(article: str, lang: str) -> set[str]:
    found = list(_SENTENCE.finditer(article))
    entities = find_entities_many([m.group() for m in found], lang, offsets=[m.start() for m in found],
                                  article=article)
    return {a.name for e in entities for a in e.actors}


def _common(article: str, word: str, lang: str) -> bool:
    start = article.index(word)
    return is_common(article_words(article), start, start + len(word), lang)


# (article, the opener word, is it a common word?)
OPENERS_EN = [
    ("Salvage crew reaches stranded Dunmorrow ferry\nThe Tessaly Line ferry ran aground on Monday.", "Salvage", True),
    ("The storm hit Dunmorrow on Friday. Hundreds of homes lost power for a night.", "Hundreds", True),
    ("Kestrel Foods reported its results. Directors will meet investors on Tuesday.", "Directors", True),
    ("Volunteers will clean the Harbour beach on Saturday, the Dunmorrow council said.", "Volunteers", True),
    ("Drop-off points open in Harfield on Monday for old batteries.", "Drop-off", True),
    # a name written again keeps its capital
    ("Kestrel cut 200 jobs on Monday. The union said Kestrel had promised none.", "Kestrel", False),
    # a capital inside the word: a name's shape
    ("HarCo said on Monday it would close the Dunmorrow plant.", "HarCo", False),
    # after a dash: an apposition, not an opener
    ("The three bidders - Brantley, Osk and Tessaly Line - met the council on Monday.", "Brantley", False),
    # mid-sentence: not an opener
    ("The council met Brantley on Monday in Dunmorrow.", "Brantley", False),
    # a body noun stays a body
    ("Parliament voted the budget on Monday in Harfield.", "Parliament", False),
]

OPENERS_FR = [
    # French is read by its own model: an opener written once keeps its reading there
    ("Réparation du câble de Dunmorrow : le navire est arrivé lundi.", "Réparation", False),
    ("Brantley a fermé son usine de Harfield lundi.", "Brantley", False),
]


@pytest.mark.parametrize(("article", "word", "common"), OPENERS_EN)
def test_once_opener_en(article: str, word: str, common: bool) -> None:
    assert _common(article, word, "en") is common


@pytest.mark.parametrize(("article", "word", "common"), OPENERS_FR)
def test_once_opener_not_in_a_language_read_by_its_own_model_fr(article: str, word: str, common: bool) -> None:
    assert _common(article, word, "fr") is common


def test_headline_opener_is_no_actor_en() -> None:
    article = ("Salvage crew reaches stranded Dunmorrow ferry\n"
               "The Tessaly Line ferry ran aground on Monday near Dunmorrow, the operator said.")
    names = _all(article, "en")
    assert "Salvage" not in names
    assert "Tessaly Line" in names


def test_sentence_opener_is_no_actor_en() -> None:
    article = ("Kestrel Foods reported a loss on Tuesday. Directors will present the figures to investors today at "
               "the offices of Brantley Capital in Harfield.")
    names = _all(article, "en")
    assert "Directors" not in names
    assert "Kestrel Foods" in names


def test_name_written_again_stays_an_actor_en() -> None:
    article = "Kestrel cut 200 jobs on Monday.\nThe union said Kestrel had promised none."
    assert "Kestrel" in _all(article, "en")


def test_french_opener_left_to_its_own_model_fr() -> None:
    article = "Brantley a fermé son usine de Harfield lundi, a annoncé la direction."
    assert not _common(article, "Brantley", "fr")
