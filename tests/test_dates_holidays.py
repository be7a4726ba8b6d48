"""Holidays (issue 12, class 6): movable feasts by the computus, Thanksgiving by its weekday rule; sentences
written for these tests, in both languages."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates
from timeline.extraction.dates.steps_calendar import easter, holiday_date
from timeline.settings import Options

D = dt.date
REF = D(2025, 6, 20)  # a Friday

#: Easter Sundays from church calendars, to check the computus against.
EASTERS = [D(1961, 4, 2), D(2000, 4, 23), D(2008, 3, 23), D(2011, 4, 24), D(2019, 4, 21), D(2024, 3, 31),
           D(2025, 4, 20), D(2026, 4, 5), D(2038, 4, 25)]


@pytest.mark.parametrize("sunday", EASTERS, ids=str)
def test_computus(sunday: D) -> None:
    assert easter(sunday.year) == sunday


@pytest.mark.parametrize(("year", "expected"), [(2023, D(2023, 11, 23)), (2024, D(2024, 11, 28)),
                                                (2025, D(2025, 11, 27))])
def test_fourth_thursday(year: int, expected: D) -> None:
    assert holiday_date({"month": 11, "weekday": 3, "nth": 4}, year) == expected


TABLE = [
    ("fr", "Le Vendredi saint, les fidèles ont défilé dans la vieille ville.", "Vendredi saint", D(2025, 4, 18)),
    ("en", "On Good Friday the fishermen stayed ashore.", "Good Friday", D(2025, 4, 18)),
    ("fr", "Les cloches ont sonné à Pâques dans tout le village.", "Pâques", D(2025, 4, 20)),
    ("en", "The family gathered at Easter in the old farmhouse.", "Easter", D(2025, 4, 20)),
    ("fr", "La chorale reviendra à Pâques.", "Pâques", D(2026, 4, 5)),
    ("fr", "Le marché était fermé le lundi de Pâques.", "lundi de Pâques", D(2025, 4, 21)),
    ("en", "The ferry did not run on Easter Monday.", "Easter Monday", D(2025, 4, 21)),
    ("fr", "Le pont du jeudi de l'Ascension a vidé les bureaux.", "jeudi de l'Ascension", D(2025, 5, 29)),
    ("en", "Shops shut on Ascension Day across the region.", "Ascension Day", D(2025, 5, 29)),
    ("fr", "Le lundi de Pentecôte a été travaillé cette année-là.", "lundi de Pentecôte", D(2025, 6, 9)),
    ("en", "Pilgrims arrived at Pentecost by bus.", "Pentecost", D(2025, 6, 8)),
    ("en", "Turkey prices rose before Thanksgiving last year.", "Thanksgiving", D(2024, 11, 28)),
    ("en", "Retailers will open early after Thanksgiving.", "Thanksgiving", D(2025, 11, 27)),
    ("fr", "Les ventes de Pâques 2019 avaient déçu.", "Pâques 2019", D(2019, 4, 21)),
    ("en", "Thanksgiving 2023 traffic set a record.", "Thanksgiving 2023", D(2023, 11, 23)),
    ("fr", "Il neigeait à Noël.", "Noël", D(2024, 12, 25)),
]


@pytest.mark.parametrize(("lang", "sentence", "span", "expected"), TABLE)
def test_holidays(lang: str, sentence: str, span: str, expected: D) -> None:
    found = [(m.text, m.value, m.precision) for m in find_dates(sentence, REF, lang, Options(reference_date=REF))]
    assert (span, expected, "day") in found, found
    assert not any(m[0] != span and span.startswith(m[0]) for m in found), found  # no weekday read inside it


# ---------------------------------------------------------------- periods counted from the story's previous date

FROM_STORY = [
    ("en", "The deal closed on March 3, 2021. The following month, sales rose.", "The following month", D(2021, 4, 1)),
    ("fr", "L'accord a été signé le 3 mars 2021. Le mois suivant, les ventes ont augmenté.", "Le mois suivant",
     D(2021, 4, 1)),
    ("en", "The mine closed in 2016. The following year, the town lost its school.", "The following year",
     D(2017, 1, 1)),
    ("fr", "La mine a fermé en 2016. L'année suivante, la ville a perdu son école.", "L'année suivante",
     D(2017, 1, 1)),
    ("fr", "Le barrage a cédé en octobre 2019. Le mois précédent, des fissures avaient été signalées.",
     "Le mois précédent", D(2019, 9, 1)),
    # no earlier date in the text: from the article's date
    ("en", "The following month, sales rose again.", "The following month", D(2025, 7, 1)),
    # deictic words stay on the article's date
    ("fr", "L'accord a été signé le 3 mars 2021. Le mois prochain, les ventes seront publiées.", "Le mois prochain",
     D(2025, 7, 1)),
]


@pytest.mark.parametrize(("lang", "sentence", "span", "expected"), FROM_STORY)
def test_periods_from_the_story(lang: str, sentence: str, span: str, expected: D) -> None:
    found = {m.text: m.value for m in find_dates(sentence, REF, lang, Options(reference_date=REF))}
    assert found.get(span) == expected, found


# ---------------------------------------------------------------- two-digit years

SHORT_YEARS = [
    ("fr", "Le chanteur a quitté son groupe en 97.", "97", D(1997, 1, 1), "year"),
    ("fr", "Elle dirige la coopérative depuis 85, avec succès.", "85", D(1985, 1, 1), "year"),
    ("en", "The '97 floods ruined the harvest.", "'97", D(1997, 1, 1), "year"),
    ("en", "Prices have doubled since ’05.", "’05", D(2005, 1, 1), "year"),
    ("fr", "Le club a été fondé le 10 novembre 93 à Brest.", "10 novembre 93", D(1993, 11, 10), "day"),
    ("fr", "La digue a été achevée le 2 avril 28.", "2 avril 28", D(2028, 4, 2), "day"),
]


@pytest.mark.parametrize(("lang", "sentence", "span", "expected", "precision"), SHORT_YEARS)
def test_two_digit_years(lang: str, sentence: str, span: str, expected: D, precision: str) -> None:
    found = [(m.text, m.value, m.precision) for m in find_dates(sentence, REF, lang, Options(reference_date=REF))]
    assert (span, expected, precision) in found, found


@pytest.mark.parametrize(("lang", "sentence"), [
    ("fr", "L'équipe a marqué en 97 secondes le but de la victoire."),
    ("en", "The plant hired 97 workers in 2020."),
    ("fr", "Le 3 mars 12 personnes ont été arrêtées."),
    ("en", "He scored in 45 minutes flat."),
])
def test_numbers_that_are_not_years(lang: str, sentence: str) -> None:
    found = [m for m in find_dates(sentence, REF, lang, Options(reference_date=REF))]
    assert not any(m.rule == "short_year" or m.value.year < 2000 for m in found), found


# ---------------------------------------------------------------- "last May", "en mai dernier"

MONTHS = [
    ("en", "Exports fell last May, the ministry said.", "last May", D(2025, 5, 1)),
    ("en", "The plant reopened last March after repairs.", "last March", D(2025, 3, 1)),
    ("en", "The treaty will be signed next May.", "next May", D(2026, 5, 1)),
    ("en", "Rents rose last September.", "last September", D(2024, 9, 1)),
    ("fr", "Les exportations ont reculé en mai dernier.", "mai dernier", D(2025, 5, 1)),
    ("fr", "Les loyers ont augmenté en septembre dernier.", "septembre dernier", D(2024, 9, 1)),
]


@pytest.mark.parametrize(("lang", "sentence", "span", "expected"), MONTHS)
def test_last_and_next_month_names(lang: str, sentence: str, span: str, expected: D) -> None:
    found = [(m.text, m.value, m.precision) for m in find_dates(sentence, REF, lang, Options(reference_date=REF))]
    assert (span, expected, "month") in found, found


@pytest.mark.parametrize("sentence", ["This may take a while.", "The rain may stop next week, or not.",
                                      "Troops march next to the river."])
def test_modal_may_and_verb_march_are_no_months(sentence: str) -> None:
    found = find_dates(sentence, REF, "en", Options(reference_date=REF))
    assert not any(m.precision == "month" for m in found), found


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Apple also showed iLife '11 to reviewers."),
    ("fr", "Le studio a présenté Festival '24 aux critiques."),
])
def test_a_name_with_an_apostrophe_number_is_no_year(lang: str, sentence: str) -> None:
    found = find_dates(sentence, REF, lang, Options(reference_date=REF))
    assert not any(m.rule == "short_year" for m in found), found
