"""A capitalised common word is no name, by the article's own evidence (actors/common_words.py; round fifteen).

Our own sentences, both languages; the firms, towns and people are made up.
"""

from __future__ import annotations

import re

import pytest

from timeline.extraction.actors import find_entities_many
from timeline.extraction.actors.common_words import article_words, is_common

_SENTENCE = re.compile(r"[^\n.]+\.?")


def _names(article: str, lang: str) -> list[list[str]]:
    """The actors of each sentence of ``article``, read with the article given."""
    found = list(_SENTENCE.finditer(article))
    entities = find_entities_many([m.group() for m in found], lang, offsets=[m.start() for m in found],
                                  article=article)
    return [[a.name for a in e.actors] for e in entities]


def _all(article: str, lang: str) -> set[str]:
    return {name for names in _names(article, lang) for name in names}


EN_BOTTLED = ("Bottled water points opened on Monday in Dunmore after the Kestrel Water Company found bacteria.\n"
              "Residents were told to drink bottled water until Friday.")


def test_opener_written_in_lower_case_elsewhere_is_no_body_en() -> None:
    names = _all(EN_BOTTLED, "en")
    assert "Bottled" not in names
    assert "Kestrel Water Company" in names


def test_opener_kept_without_the_article() -> None:
    """Without the article nothing changes (the sentence alone says nothing about the word's case)."""
    sentence = EN_BOTTLED.split("\n")[0]
    entities = find_entities_many([sentence], "en")
    assert "Kestrel Water Company" in [a.name for a in entities[0].actors]


def test_person_loses_a_common_first_word_en() -> None:
    article = ("Analyst Maria Keller said on Wednesday that Harfield Bank would recover.\n"
               "Every analyst expects a loss.")
    names = _all(article, "en")
    assert "Maria Keller" in names
    assert "Analyst Maria Keller" not in names


def test_label_rubric_is_no_body_en() -> None:
    article = ("EXPLAINER | What the new Harfield bridge changes\n"
               "The Harfield council approved the bridge on Monday. Work starts in May.")
    assert "EXPLAINER" not in _all(article, "en")


def test_label_named_again_in_the_story_stays_en() -> None:
    """A headline that opens with a firm and a colon: the firm comes again in the story, so it is a name."""
    article = ("Kestrel: profits up by a third\n"
               "The carmaker Kestrel said on Monday that its profits rose. Kestrel will open a plant in May.")
    words = article_words(article)
    assert not is_common(words, 0, len("Kestrel"), "en")


def test_name_at_openers_only_stays_en() -> None:
    """A one-word name never written in lower case stays, even when it only opens sentences."""
    article = "Orlwick said on Monday it would cut 300 jobs.\nOrlwick employs 4,000 people."
    assert "Orlwick" in _all(article, "en")


def test_capital_inside_a_sentence_keeps_a_name_en() -> None:
    """'Orange' is also a common word (an orange), but the article writes it capitalised mid-sentence: a firm."""
    article = ("Orange said on Monday it would sell its towers.\n"
               "Shares of Orange rose by 3%. Analysts saw an orange logo on the new shops.")
    words = article_words(article)
    assert not is_common(words, 0, len("Orange"), "en")


def test_a_body_noun_stays_en() -> None:
    """'the senate' in lower case elsewhere: a senate is still a body, and a capitalised opener one stays."""
    article = "Senate backs the closure of the school.\nThe senate of the university voted on Tuesday."
    words = article_words(article)
    assert not is_common(words, 0, len("Senate"), "en")


FR_ARTICLE = ("Disparition : le peintre Jules Morand est mort\n"
              "Le peintre Jules Morand est mort lundi à Brévaux. Hommages et fleurs sont arrivés mardi à la mairie.\n"
              "Les hommages se sont poursuivis mercredi.")


@pytest.mark.parametrize(("word", "where"), [("Disparition", 0), ("Hommages", FR_ARTICLE.index("Hommages"))])
def test_label_and_opener_are_no_body_fr(word: str, where: int) -> None:
    words = article_words(FR_ARTICLE)
    assert is_common(words, where, where + len(word), "fr")


def test_french_names_stay_fr() -> None:
    names = _all(FR_ARTICLE, "fr")
    assert "Jules Morand" in names
    assert "Disparition" not in names


def test_french_body_noun_stays_fr() -> None:
    article = "Gouvernement et syndicats se sont réunis lundi à Brévaux.\nLe gouvernement a promis une réponse."
    words = article_words(article)
    assert not is_common(words, 0, len("Gouvernement"), "fr")


def test_french_opener_in_lower_case_elsewhere_fr() -> None:
    article = ("Grévistes et usagers ont manifesté mardi devant la gare de Brévaux.\n"
               "Les grévistes demandent une prime, selon la société Transbrévaux.")
    words = article_words(article)
    assert is_common(words, 0, len("Grévistes"), "fr")
    assert not is_common(words, article.index("Brévaux"), article.index("Brévaux") + len("Brévaux"), "fr")


def test_initials_as_label_stay_fr() -> None:
    """Initials before a colon are the headline's subject ("ONU : ..."), a name even if the story says it otherwise."""
    article = "OMCT : 300 employés visés par une enquête\nL'Organisation a ouvert une enquête lundi."
    words = article_words(article)
    assert not is_common(words, 0, len("OMCT"), "fr")


def test_article_names_lose_a_common_first_word_en() -> None:
    """The whole article's full names (for a surname's link) do not keep the common word either."""
    from timeline.extraction.actors import article_names

    article = ("Harfield Bank cut 300 jobs on Monday.\nAnalyst Maria Keller expects more cuts. Keller said the "
               "bank would recover.\nEvery analyst agreed.")
    names = article_names(article, "en")
    assert "Maria Keller" in names
    assert "Analyst Maria Keller" not in names
