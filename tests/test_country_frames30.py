"""Actors, round thirty (act30): a country that is only the frame of a happening is a place, not an actor
(actors/country_frames.py).

"in the United States", "in central France", "à travers la France", "(nord de la France)", "capitale du Mali",
"Dhaka, Bangladesh": the country was shown as an actor of the row (counted on fresh dev, four outlets, real-news dev
halves a and b and written batches p and q dev: docs/BENCHMARKS.md, act30). A country that acts, a party, a side of
a match, a recipient after "à la" or "to the", and a country in a list after a town keep their reading, in both
languages.

Every sentence is ours; the firms, places and people are made up or common.
"""

from __future__ import annotations

import pytest

from timeline.extraction.actors import find_entities
from timeline.settings import Options


def _actors(text: str, lang: str) -> list[str]:
    return [a.name for a in find_entities(text, lang, Options()).actors]


@pytest.mark.parametrize(("lang", "text", "absent"), [
    ("en", "Sales of the Corvane Motors brand in the United States rose 12% in March, the carmaker said on Tuesday.",
     "United States"),
    ("en", "Halvern Tyres said on Wednesday it would cut 90 jobs at its plant in central France.", "France"),
    ("en", "Dockers in western Spain will walk out on Monday.", "Spain"),
    ("en", "Thousands marched in Lagos, Nigeria, on Saturday.", "Nigeria"),
    ("en", "Gunmen attacked a hotel in Bamako, the capital of Mali, on Friday.", "Mali"),
    ("fr", "Mardi, des cortèges ont défilé à travers la France contre cette réforme.", "France"),
    ("fr", "Des hommes armés ont attaqué vendredi Niamey, capitale du Niger.", "Niger"),
    ("fr", "L'accident a eu lieu le 3 mai à Arras (nord de la France).", "France"),
    ("fr", "Des grèves sont prévues lundi dans toute la France.", "France"),
    ("fr", "Un avion s'est écrasé jeudi dans le sud de la Colombie.", "Colombie"),
])
def test_a_country_framing_the_happening_is_no_actor(lang: str, text: str, absent: str) -> None:
    assert absent not in _actors(text, lang), _actors(text, lang)


@pytest.mark.parametrize(("lang", "text", "kept"), [
    ("en", "India beat England by five runs at Edgbaston on Sunday.", "England"),
    ("en", "Canada and the European Union signed a trade pact on Sunday.", "Canada"),
    ("en", "Paris, France and Germany signed the accord on Monday.", "France"),
    ("en", "The minister flew to the United States on Monday.", "United States"),
    ("en", "The United States imposed new tariffs in March.", "United States"),
    ("fr", "La France et le Maroc ont signé lundi un accord sur l'eau.", "France"),
    ("fr", "La Russie a livré des armes à la France lundi.", "France"),
    ("fr", "Le Canada a rappelé mardi son ambassadeur à Lima.", "Canada"),
])
def test_a_country_that_acts_or_receives_stays(lang: str, text: str, kept: str) -> None:
    assert kept in _actors(text, lang), _actors(text, lang)


@pytest.mark.xfail(strict=True, reason="counted (written g dev; fresh dev one outlet with another noun), not fixed: "
                                       "a country's possessive before a part of it, one source each")
@pytest.mark.parametrize(("lang", "text", "absent"), [
    ("en", "The old keeper of a lighthouse on Norway's west coast died on Monday.", "Norway"),
    ("en", "Storms hit Chile's southern coast on Friday.", "Chile"),
])
def test_a_country_before_a_part_of_it_is_left(lang: str, text: str, absent: str) -> None:
    assert absent not in _actors(text, lang), _actors(text, lang)
