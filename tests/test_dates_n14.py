"""Round fourteen, date classes other rooms saw (issue 12): a night across two days, a stretch counted from a date, a
condition's tense after a date, and a relative day followed by the day it names.

Sentences written for these tests, in both languages.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates

D = dt.date
TUESDAY = D(2026, 6, 9)


def dated(text: str, lang: str, ref: D = TUESDAY) -> list[tuple[str, D, str | None]]:
    return [(text[m.start : m.end], m.value, m.time) for m in find_dates(text, ref, lang)]


# 1. A night named by its two days is the first day's night (TimeML: "la nuit de lundi à mardi" 1999-08-23TNI in
# French TimeBank; docs/ANNOTATION.md: "valued by its first day"), in both languages, so two tellings of one night
# meet on one day.
NIGHTS = [
    pytest.param("Des cambrioleurs ont vidé la bijouterie dans la nuit de dimanche à lundi.", "fr",
                 "la nuit de dimanche à lundi", id="fr-nuit-de-a"),
    pytest.param("Burglars emptied the jeweller's overnight from Sunday to Monday.", "en",
                 "overnight from Sunday to Monday", id="en-overnight-from-to"),
    pytest.param("Burglars emptied the jeweller's on Sunday night.", "en", "Sunday night", id="en-sunday-night"),
    pytest.param("Burglars emptied the jeweller's in the night from Sunday to Monday.", "en",
                 "the night from Sunday to Monday", id="en-the-night-from-to"),
    pytest.param("Les cambrioleurs sont entrés dimanche soir dans la bijouterie.", "fr", "dimanche soir",
                 id="fr-dimanche-soir"),
]


@pytest.mark.parametrize(("text", "lang", "span"), NIGHTS)
def test_a_night_across_two_days_is_its_first_day(text: str, lang: str, span: str) -> None:
    found = dated(text, lang)
    assert [(s, v) for s, v, _ in found] == [(span, D(2026, 6, 7))]
    assert found[0][2] in ("night", "evening")


def test_a_night_between_two_numbered_days_keeps_both_ends_in_french() -> None:
    # WiNER (our French gold) writes "la nuit du [16] au [17 octobre]" as two dates: the range keeps both ends
    text = "Les pompiers sont intervenus dans la nuit du 7 au 8 juin."
    found = find_dates(text, TUESDAY, "fr")
    assert [(m.value, m.end_value) for m in found] == [(D(2026, 6, 7), D(2026, 6, 8))]


# 2. A date that opens a counted stretch ("for 48 hours from", "pendant trois jours à partir du"), told under a past:
# a plan, the nearer date (not last year's); no end is made up (a duration, not a range).
STRETCHES = [
    pytest.param("The union announced a strike for 48 hours from June 18.", "en", "June 18", D(2026, 6, 18),
                 id="en-48-hours-from"),
    pytest.param("The drivers called a three-day stoppage starting June 18.", "en", "June 18", D(2026, 6, 18),
                 id="en-three-day-starting"),
    pytest.param("Le syndicat a annoncé une grève de trois jours à partir du 18 juin.", "fr", "18 juin",
                 D(2026, 6, 18), id="fr-trois-jours-a-partir"),
    pytest.param("Les chauffeurs ont voté un arrêt de travail pendant 48 heures à partir du 18 juin.", "fr", "18 juin",
                 D(2026, 6, 18), id="fr-48-heures-pendant"),
    # behind us, nearer than next year: the past stays the past
    pytest.param("The museum closed for two weeks from June 2.", "en", "June 2", D(2026, 6, 2), id="en-closed-past"),
    pytest.param("Le musée a fermé pendant deux semaines à partir du 2 juin.", "fr", "2 juin", D(2026, 6, 2),
                 id="fr-ferme-passe"),
]


@pytest.mark.parametrize(("text", "lang", "span", "value"), STRETCHES)
def test_a_stretch_counted_from_a_date_is_that_date(text: str, lang: str, span: str, value: D) -> None:
    found = find_dates(text, TUESDAY, lang)
    assert [(text[m.start : m.end], m.value, m.end_value) for m in found] == [(span, value, None)]


@pytest.mark.parametrize(("text", "lang"), [
    ("The union said it had called a strike on June 18.", "en"),
    ("Le syndicat a fait grève le 18 juin.", "fr"),
])
def test_without_a_counted_stretch_a_past_keeps_last_year(text: str, lang: str) -> None:
    assert [v for _, v, _ in dated(text, lang)] == [D(2025, 6, 18)]


# 3. The tense of a condition after a date ("unless ... improved", "si la direction ...") is no tense of the date.
CONDITIONS = [
    pytest.param("Dockers would stop work at all three terminals of the port on June 18 unless the company improved "
                 "its offer.", "en", id="en-unless"),
    pytest.param("The union said members would walk out of every depot in the region on June 18 if the talks failed.",
                 "en", id="en-if"),
    pytest.param("Les dockers arrêteraient le travail dans tous les terminaux du port le 18 juin si la direction a "
                 "refusé leur offre.", "fr", id="fr-si-la"),
    pytest.param("Les dockers arrêteraient le travail dans tous les terminaux le 18 juin s'ils ont obtenu l'accord du "
                 "syndicat.", "fr", id="fr-sils"),
]


@pytest.mark.parametrize(("text", "lang"), CONDITIONS)
def test_a_conditions_past_is_no_past_of_the_date(text: str, lang: str) -> None:
    assert [v for _, v, _ in dated(text, lang)] == [D(2026, 6, 18)]


@pytest.mark.parametrize(("text", "lang"), [
    ("Dockers walked out on June 18 because the company refused their offer.", "en"),
    ("Les dockers ont cessé le travail le 18 juin parce que la direction a refusé.", "fr"),
])
def test_a_cause_after_the_date_still_tells_its_tense(text: str, lang: str) -> None:
    assert [v for _, v, _ in dated(text, lang)] == [D(2025, 6, 18)]


# 4. A relative day followed by the day it names: both dates kept, span and value, and the relative word agrees with
# the written day when the reference date (two days early here) says otherwise.
WEDNESDAY = D(2026, 6, 10)
TOLD = [
    pytest.param("Le festival ouvre aujourd'hui vendredi 12 juin sur la place du marché.", "fr",
                 [("aujourd'hui", D(2026, 6, 12)), ("vendredi 12 juin", D(2026, 6, 12))], id="fr-aujourdhui"),
    pytest.param("Demain, samedi 13, la foire restera ouverte.", "fr",
                 [("Demain", D(2026, 6, 13)), ("samedi 13", D(2026, 6, 13))], id="fr-demain-samedi-13"),
    pytest.param("Hier soir, jeudi 11 juin, la halle a brûlé.", "fr",
                 [("Hier soir", D(2026, 6, 11)), ("jeudi 11 juin", D(2026, 6, 11))], id="fr-hier-soir"),
    pytest.param("The fair opens today, Friday June 12, on the market square.", "en",
                 [("today", D(2026, 6, 12)), ("Friday June 12", D(2026, 6, 12))], id="en-today"),
    pytest.param("Yesterday evening, Thursday 11 June, the hall burned down.", "en",
                 [("Yesterday evening", D(2026, 6, 11)), ("Thursday 11 June", D(2026, 6, 11))], id="en-yesterday"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), TOLD)
def test_a_relative_day_takes_the_day_written_after_it(text: str, lang: str, expected: list) -> None:
    assert [(s, v) for s, v, _ in dated(text, lang, WEDNESDAY)] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a bare weekday names no day of its own: the relative word and the reference stand
    ("Tomorrow (Saturday) the fair will stay open.", "en",
     [("Tomorrow", D(2026, 6, 11)), ("Saturday", D(2026, 6, 13))]),
    # a day farther in the sentence is no apposition
    ("Le festival ouvre aujourd'hui et fermera le 14 juin.", "fr",
     [("aujourd'hui", WEDNESDAY), ("14 juin", D(2026, 6, 14))]),
])
def test_a_relative_day_without_a_day_after_it_keeps_the_reference(text: str, lang: str, expected: list) -> None:
    assert [(s, v) for s, v, _ in dated(text, lang, WEDNESDAY)] == expected
