"""A country named as where something happens is a place, not an actor (issue 13, round sixteen, helper ctry16b).

Counted first (docs/BENCHMARKS.md "Countries as places, round sixteen"; ``python -m benchmarks.country_roles``): once
every CLDR country was read, countries the gold has as the row's place were read as actors in real-news dev A and B
(the Wikinews kicker "Pays : ...", about thirty rows each) and in written b, c and d dev (a dateline, a headline's
"<country> quake" or "<country> election"). ``actors/country_settings.py`` reads the kicker, the dateline and a
country before a happening noun as a place; a country that acts stays an actor.

Every sentence is ours; the places and people are made up or common.
"""

from __future__ import annotations

import pytest

from timeline.extraction.actors import find_entities
from timeline.settings import Options

RULES = Options(use_ner=False)


def _read(text: str, lang: str) -> tuple[set[str], set[str]]:
    found = find_entities(text, lang, RULES)
    return {a.name for a in found.actors if a.kind == "country"}, {name for name, _, _ in found.locations}


@pytest.mark.parametrize(("lang", "text", "country"), [
    # the kicker: a country, perhaps a word or two, then a colon, at a line's start
    ("fr", "Namibie : des pluies torrentielles font onze morts dans le nord", "Namibie"),
    ("fr", "Le point du jour\nMongolie : un incendie ravage un marché de la capitale", "Mongolie"),
    ("en", "Namibia: torrential rains leave eleven dead in the north", "Namibia"),
    ("en", "Mongolia fire: a market of the capital burns overnight", "Mongolia"),
    # the dateline: a city in capitals, then the country
    ("fr", "WINDHOEK (Namibie), 4 mars (AFP) - Des pluies torrentielles ont fait onze morts.", "Namibie"),
    ("en", "ULAANBAATAR, Mongolia (AP) - A fire destroyed a market in the capital on Monday.", "Mongolia"),
    ("fr", "OULAN-BATOR (Mongolie) - Un incendie a détruit un marché de la capitale lundi.", "Mongolie"),
    # a happening noun after the country (English)
    ("en", "Rescuers said the Namibia floods had left eleven dead by Tuesday.", "Namibia"),
    ("en", "Turnout in Mongolia's parliamentary elections reached a record on Sunday.", "Mongolia"),
    ("en", "Observers arrived on Friday for the Namibia presidential runoff.", "Namibia"),
    # a locative, as before
    ("fr", "Des pluies torrentielles ont fait onze morts en Namibie mardi.", "Namibie"),
])
def test_a_country_named_as_the_setting_is_a_place(lang: str, text: str, country: str) -> None:
    countries, places = _read(text, lang)
    assert country in places
    assert country not in countries


@pytest.mark.parametrize(("lang", "text", "country"), [
    ("fr", "La Namibie et le Botswana ont signé mardi un accord sur le partage de l'eau.", "Namibie"),
    ("en", "Namibia and Botswana signed a water-sharing accord on Tuesday.", "Namibia"),
    ("fr", "Selon le communiqué, la Mongolie : elle a rappelé son ambassadeur lundi.", "Mongolie"),
    ("en", "The ministry said Mongolia: it recalled its ambassador on Monday.", "Mongolia"),
    # sanctions, strikes, deals are done by a state: it acts there
    ("en", "Mongolia sanctions on coal exporters took effect on Monday.", "Mongolia"),
    # a comma after a country in capitals is no dateline ("US, China agree ...": two parties)
    ("en", "MONGOLIA, Namibia agree to open embassies next year", "Namibia"),
    # a kicker's colon too far away: not a kicker
    ("en", "Namibia will hold talks with the lenders on Friday: officials", "Namibia"),
])
def test_a_country_that_acts_stays_an_actor(lang: str, text: str, country: str) -> None:
    countries, places = _read(text, lang)
    assert country in countries
    assert country not in places
