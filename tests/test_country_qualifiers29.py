"""Actors, round twenty-nine (apr29): a country that qualifies a named actor's title or kind noun is no actor
(actors/country_qualifiers.py).

"US President ... met ...", "the U.S. car maker": the country written right before a title that a person's name
follows, or right before a firm's noun, was shown as an actor next to the person or firm it only describes (counted
on fresh dev, real-news dev halves a and b and written batch a's dev half: docs/BENCHMARKS.md, apr29). A country
that acts keeps its reading, in both languages; French writes the qualifier as an adjective after the noun ("le
président américain"), which never was a country actor.

Every sentence is ours; the firms, places and people are made up.
"""

from __future__ import annotations

import pytest

from timeline.extraction.actors import find_entities
from timeline.settings import Options


def _actors(text: str, lang: str) -> list[str]:
    return [a.name for a in find_entities(text, lang, Options()).actors]


@pytest.mark.parametrize(("lang", "text", "absent", "kept"), [
    ("en", "Talks opened in Geneva with US President Alma Kerrow on Tuesday.", "United States", "Alma Kerrow"),
    ("en", "The envoy met U.S. Commerce Secretary Dorian Vell on Monday.", "United States", "Dorian Vell"),
    ("en", "She flew to Rome as the guest of US President Alma Kerrow.", "United States", "Alma Kerrow"),
    ("en", "UK Prime Minister Ruth Calloway flew to Oslo on Friday.", "United Kingdom", "Ruth Calloway"),
    ("en", "Canada Foreign Minister Paul Ostrander arrived in Lima on Sunday.", "Canada", "Paul Ostrander"),
    ("en", "Brackwell Motors, the U.S. car maker, closed a plant on Friday.", "United States", "Brackwell Motors"),
    ("en", "United States carmaker Brackwell Motors filed for bankruptcy on Monday.", "United States",
     "Brackwell Motors"),
    ("en", "The United States's largest lender Halvern Bank cut its rate on Monday.", "United States",
     "Halvern Bank"),
])
def test_a_country_qualifying_a_title_or_a_firm_is_no_actor(lang: str, text: str, absent: str, kept: str) -> None:
    actors = _actors(text, lang)
    assert absent not in actors and any(kept in a for a in actors), actors


@pytest.mark.parametrize(("lang", "text", "kept"), [
    ("en", "India beat England by five runs at Edgbaston on Sunday.", "India"),
    ("en", "Canada and the European Union signed a trade pact on Sunday.", "Canada"),
    ("en", "Air France carrier staff walked out on Monday.", "Air France"),
    ("en", "Central Bank of Ireland Governor Paul Ostrander spoke in Dublin on Monday.", "Ireland"),
    ("en", "The US government announced new tariffs on Monday.", "United States"),
    ("fr", "La France et le Maroc ont signé lundi un accord sur l'eau.", "France"),
    ("fr", "Le Canada a rappelé mardi son ambassadeur à Lima.", "Canada"),
    ("fr", "Le président américain Alma Kerrow a reçu mardi son homologue.", "Alma Kerrow"),
])
def test_a_country_that_acts_or_opens_a_name_stays(lang: str, text: str, kept: str) -> None:
    assert kept in _actors(text, lang), _actors(text, lang)


@pytest.mark.xfail(strict=True, reason="counted (real-news dev a and b), not fixed: the country in a title "
                                       "after the name ('X, ancien ambassadeur de France') or inside it")
@pytest.mark.parametrize(("lang", "text", "absent"), [
    ("fr", "Paul Ostrander, ancien ambassadeur de France, est mort lundi à Lyon.", "France"),
    ("en", "President of the United States Alma Kerrow spoke on Monday.", "United States"),
])
def test_a_country_in_a_title_after_or_inside(lang: str, text: str, absent: str) -> None:
    actors = _actors(text, lang)
    assert absent not in actors and not any("States" in a for a in actors), actors
