"""A bare year after a verb of origin is a year (round thirty-seven, ftb37; ``year_cues`` and ``old_year_cues`` in
``lang/<lang>/words.yaml``).

"Le pont remonte à 1915", "the money was found as far back as 2008": the verb says when a thing began, and the year
after it is a date as a year after "en" or "since" is (TimeML marks it; the fresh pages' gold too). Before these
rows the French verbs and the English "as far back as" were no cue, and such a year was missed. A count after the
same words stays a count when its number cannot be a year ("remonte à 1500 mètres"; a year before 1900 needs the
year to close its phrase).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates
from timeline.settings import Options

REF = dt.date(2026, 3, 12)


def years(text: str, lang: str) -> list[tuple[str, str]]:
    found = find_dates(text, REF, lang, Options(reference_date=REF, bare_weekday="past"))
    return [(m.text, m.value.isoformat()[:4]) for m in found if m.precision == "year"]


ROWS = [
    # French: the verbs of origin, present and past, singular and plural
    pytest.param("fr", "La passerelle en fonte de Montlouvier remonte à 1912.", [("1912", "1912")], id="fr-remonte-a"),
    pytest.param("fr", "Selon l'enquêtrice, les premiers virements remontent à 2019 et 2020.",
                 [("2019", "2019"), ("2020", "2020")], id="fr-remontent-a-deux-ans"),
    pytest.param("fr", "Cette fête des bergers remonte à 1864.", [("1864", "1864")], id="fr-old-year-closing"),
    pytest.param("fr", "Le lavoir de Brévillers date de 1838.", [("1838", "1838")], id="fr-old-date-de"),
    # French controls read before this round (the "de" of "date de" closes its phrase): unchanged
    pytest.param("fr", "La halle aux grains de Brévillers date de 1931 et doit être rénovée.", [("1931", "1931")],
                 id="fr-date-de"),
    pytest.param("fr", "Le dernier contrôle de la digue datait de 2016, a reconnu l'adjoint.", [("2016", "2016")],
                 id="fr-datait-de"),
    # French controls: a count after the verb (no year), a year before 1900 that does not close its phrase
    pytest.param("fr", "Le chemin remonte à 1500 mètres au-dessus du lac.", [], id="fr-count-metres"),
    pytest.param("fr", "La cordée remonte à 1850 mètres avant la nuit.", [], id="fr-old-count"),
    # English: how far back a thing goes
    pytest.param("en", "Talks on the Harnley bypass began as far back as 2011, the council said.",
                 [("2011", "2011")], id="en-as-far-back-as"),
    pytest.param("en", "Engineers flagged the cracks as early as 2018.", [("2018", "2018")], id="en-as-early-as"),
    pytest.param("en", "The orchard was first planted as long ago as 2004.", [("2004", "2004")],
                 id="en-as-long-ago-as"),
    # English controls: an amount after "as much as", "as many as" stays an amount
    pytest.param("en", "Tickets were resold for as much as 2000 dollars.", [], id="en-as-much-as"),
    pytest.param("en", "As many as 1500 fans waited outside.", [], id="en-as-many-as"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_a_year_after_a_verb_of_origin_is_a_year(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert years(text, lang) == expected
