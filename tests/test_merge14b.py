"""One-word proper names as shared evidence across articles (merge_names, round fourteen, helper mrg14b).

Sentences written for these tests; each pair shares no name of two words and fewer than two key terms, so only the
one-word name (an acronym, a capitalised word past a sentence's first) can join them.
"""

from __future__ import annotations

import pytest

from tests.merge_support import MONDAY, article, rows
from timeline.extraction.merge_names import common_words, single_names
from timeline.models import Mention

EN_STRIKE = "Dockers at the Kelby container port will strike on Thursday, the union Brenmor said."
FR_STRIKE = "Les agents de la SNCF feront grève jeudi, a annoncé un syndicat."


def _mention(sentence: str, actors: tuple[str, ...], lang: str = "en", locations: tuple[str, ...] = ()) -> Mention:
    return Mention(mention_id="m", article_id="a", date=MONDAY, end_date=None, precision="day", date_text="Monday",
                   date_start=0, date_end=0, sentence=sentence, sentence_start=0, event_type="meeting", trigger="met",
                   title=sentence, status="held", actors=actors, lang=lang, locations=locations)


def test_one_word_body_shared_by_two_articles_merges_en() -> None:
    other = ("The strike on Thursday 5 March, called by the union Brenmor, will halt shipping for two days, managers "
             "warned.")
    assert rows(article("a", "en", EN_STRIKE), article("b", "en", other)) == [["a:will strike", "b:strike"]]


def test_acronym_shared_by_two_articles_merges_fr() -> None:
    other = "Jeudi, une grève perturbera les trains de la SNCF dans toute la région, selon la direction."
    assert rows(article("a", "fr", FR_STRIKE), article("b", "fr", other)) == [["a:feront grève", "b:grève"]]


def test_two_different_one_word_bodies_stay_apart() -> None:
    other_en = ("The strike on Thursday 5 March, called by the union Tallgrove, will halt shipping for two days, "
                "managers warned.")
    assert rows(article("a", "en", EN_STRIKE), article("b", "en", other_en)) == [["a:will strike"], ["b:strike"]]
    other_fr = "Jeudi, une grève perturbera les trains de la RATP dans toute la région, selon la direction."
    assert rows(article("a", "fr", FR_STRIKE), article("b", "fr", other_fr)) == [["a:feront grève"], ["b:grève"]]


def test_one_word_name_does_not_join_two_days() -> None:
    other = ("The strike on Friday 6 March, called by the union Brenmor, will halt shipping for two days, managers "
             "warned.")
    assert rows(article("a", "en", EN_STRIKE), article("b", "en", other)) == [["a:will strike"], ["b:strike"]]


@pytest.mark.parametrize(("sentence", "actors", "lang", "expected"), [
    ("Talks at Brenmor ended on Monday.", ("Brenmor",), "en", {"brenmor"}),
    ("Brenmor ended the talks on Monday.", ("Brenmor",), "en", set()),  # only sentence-initial: maybe a word
    ("NATO met on Monday.", ("NATO",), "en", {"nato"}),  # an acronym counts anywhere
    ("Les cheminots de la SNCF ont voté lundi.", ("SNCF",), "fr", {"sncf"}),
    ("Les élus du Parlement ont voté lundi.", ("Parlement",), "fr", set()),  # a body named by a common noun
    ("Talks with officials in France ended on Monday.", ("France",), "en", set()),  # a country
    ("The union of Kelby Dockers met on Monday.", ("Kelby Dockers",), "en", set()),  # two words: Features.actors
    ("Dockers in Southampton met on Monday.", ("Southampton",), "en", set()),  # a town: the place rules weigh it
    ("Les dockers de Montevideo se sont réunis lundi.", ("Montevideo",), "fr", set()),
])
def test_single_names(sentence: str, actors: tuple[str, ...], lang: str, expected: set[str]) -> None:
    assert single_names(_mention(sentence, actors, lang), actors, {}) == frozenset(expected)


def test_a_name_that_is_the_tellings_place_does_not_count() -> None:
    sentence = "Dockers at Brenmor met on Monday."
    assert single_names(_mention(sentence, ("Brenmor",)), ("Brenmor",), {}) == {"brenmor"}
    assert single_names(_mention(sentence, ("Brenmor",), locations=("Brenmor",)), ("Brenmor",), {}) == frozenset()


def test_common_words_hold_both_languages_lists() -> None:
    assert {"parliament", "monday", "the"} <= common_words("en")
    assert {"parlement", "lundi", "gouvernement"} <= common_words("fr")
    assert "brenmor" not in common_words("en")
