"""Actors, round seventeen (issue 13, helper act17b): a public body named by its bare common noun where it acts.

"La préfecture annonce ...", "une réunion entre assureurs et gouvernement": the noun alone, with no complement and
no name, was read as nothing (the other rules want "la préfecture du Doubs", "le gouvernement sénégalais"). It is
an actor as a subject, an agent or a party of a meeting (``subject_bodies`` in lang/fr/actors.yaml,
actors/bare_bodies.py), never after another preposition ("devant la préfecture": a rally's place). When its article
names one body of its kind further ("la préfecture de la Creuse"), the bare noun is that body; when it names
several, it is left to the steps that lend an anaphor's body. English holds no such list (the class was counted in
French sources only): "the government said" stays unread there.

Every sentence is ours; the places and people are made up or common.
"""

from __future__ import annotations

import pytest

from timeline.extraction.actors import find_entities, find_entities_many
from timeline.settings import Options


def _names(text: str, lang: str) -> list[str]:
    return [a.name for a in find_entities(text, lang, Options()).actors]


@pytest.mark.parametrize(("text", "name"), [
    ("La préfecture a interdit le marché de Noël samedi.", "préfecture"),
    ("Le gouvernement présentera son budget mercredi.", "gouvernement"),
    ("Mardi, la mairie a fermé les jardins publics.", "mairie"),
    ("Le projet a été rejeté par le sénat en juin.", "sénat"),
    ("Il a précisé que le tribunal rendra son jugement vendredi.", "tribunal"),
    ("Une rencontre entre le rectorat et les parents est prévue lundi.", "rectorat"),
    ("Une table ronde entre éleveurs et gouvernement aura lieu jeudi.", "gouvernement"),
    ("Les municipalités ont voté contre le projet.", "municipalités"),
    ("L'intersyndicale appelle à une journée de grève.", "intersyndicale"),
])
def test_a_bare_body_where_it_acts(text: str, name: str) -> None:
    assert name in _names(text, "fr")


@pytest.mark.parametrize(("text", "word"), [
    ("Les grévistes se sont rassemblés devant la préfecture mardi.", "préfecture"),
    ("Le mariage a été célébré à la mairie samedi.", "mairie"),
    ("Le porte-parole du gouvernement a démenti l'information.", "gouvernement"),
    ("Il a quitté le gouvernement en mars.", "gouvernement"),
    ("Les élus sont arrivés dans la préfecture vers midi.", "préfecture"),
])
def test_a_bare_body_in_a_place_or_a_complement_is_no_actor(text: str, word: str) -> None:
    assert word not in _names(text, "fr")


@pytest.mark.parametrize(("text", "name"), [
    ("La préfecture de la Creuse a interdit le marché.", "préfecture de la Creuse"),
    ("Le gouvernement portugais présentera son budget mercredi.", "gouvernement portugais"),
    ("Le tribunal correctionnel de Vesoul a condamné le gérant.", "tribunal correctionnel de Vesoul"),
])
def test_a_named_body_keeps_its_whole_name(text: str, name: str) -> None:
    assert _names(text, "fr") == [name]


def _in_article(article: str, sentence: str, lang: str = "fr") -> list[str]:
    found = find_entities_many([sentence], lang, Options(), [article.index(sentence)], article=article)
    return [a.name for a in found[0].actors]


def test_the_bare_noun_is_the_one_body_of_its_kind_its_article_names() -> None:
    article = ("La préfecture de la Creuse a déclenché le plan grand froid. "
               "La préfecture annonce que les cars scolaires ne rouleront pas jeudi.")
    assert _in_article(article, "La préfecture annonce que les cars scolaires ne rouleront pas jeudi.") == [
        "préfecture de la Creuse"]


def test_the_bare_noun_of_several_named_bodies_is_left_to_the_lending_steps() -> None:
    article = ("Le tribunal de commerce de Niort a placé la société en redressement. "
               "Le tribunal correctionnel de Niort juge son ancien gérant. "
               "Le tribunal rendra sa décision le 4 mai.")
    assert _in_article(article, "Le tribunal rendra sa décision le 4 mai.") == []


def test_the_bare_noun_of_an_article_naming_no_other_stays() -> None:
    article = "Une réunion entre assureurs et gouvernement est prévue lundi. Les dégâts sont estimés à 2 millions."
    assert _in_article(article, "Une réunion entre assureurs et gouvernement est prévue lundi.") == [
        "assureurs", "gouvernement"]


@pytest.mark.parametrize("text", [
    "The government will present its budget on Wednesday.",
    "The prefecture banned the market on Saturday.",
    "Talks between farmers and government are due on Thursday.",
])
def test_english_holds_no_bare_body_list(text: str) -> None:
    assert _names(text, "en") == []


def test_english_named_bodies_are_unchanged() -> None:
    assert "Portuguese government" in _names("The Portuguese government will present its budget on Wednesday.", "en")
