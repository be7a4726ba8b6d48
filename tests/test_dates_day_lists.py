"""A page's list of day headings runs in the order of its days (round twelve, issue 12, class 2: weekdays in the
wrong week). Agendas, weeks in review and logs written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates

D = dt.date
MONDAY = D(2026, 11, 30)

AGENDA_FR = ("L'agenda de la semaine\n\n"
             "Mardi : la commission des lois examine le texte sur les polices municipales.\n\n"
             "Mercredi 2 : les cheminots sont appelés à la grève.\n\n"
             "Jeudi : le conseil régional vote son budget, à 15 h.\n\n"
             "Vendredi : l'observatoire publie ses chiffres du logement.\n\n"
             "Dimanche 6 : premier tour de l'élection partielle.\n")
AGENDA_EN = ("The week ahead\n\n"
             "Tuesday: the transport committee hears the rail regulator.\n\n"
             "Wednesday 2: dock workers hold a 24-hour strike.\n\n"
             "Thursday: the central bank announces its rate decision at 13:45.\n\n"
             "Saturday 5: the party holds its conference in Leeds.\n")
REVIEW_FR = ("La semaine en bref\n\n"
             "Lundi : le préfet a fermé deux écoles après les crues.\n\n"
             "Mardi 24 : le tribunal a rendu son jugement.\n\n"
             "Jeudi : le maire a présenté son plan de circulation.\n")
REVIEW_EN = ("The week in review\n\n"
             "Monday: the mayor closed two schools after the floods.\n\n"
             "Tuesday 24: the court gave its ruling.\n\n"
             "Thursday: the council approved the new traffic plan.\n")


def _days(text: str, lang: str) -> dict[str, dt.date]:
    return {m.text: m.value for m in find_dates(text, MONDAY, lang) if m.precision == "day"}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    pytest.param(AGENDA_FR, "fr", {"Mardi": D(2026, 12, 1), "Jeudi": D(2026, 12, 3), "Vendredi": D(2026, 12, 4)},
                 id="fr-agenda-ahead"),
    pytest.param(AGENDA_EN, "en", {"Tuesday": D(2026, 12, 1), "Thursday": D(2026, 12, 3)}, id="en-agenda-ahead"),
    pytest.param(REVIEW_FR, "fr", {"Lundi": D(2026, 11, 23), "Jeudi": D(2026, 11, 26)}, id="fr-review-behind"),
    pytest.param(REVIEW_EN, "en", {"Monday": D(2026, 11, 23), "Thursday": D(2026, 11, 26)}, id="en-review-behind"),
])
def test_bare_weekday_headings_follow_the_dated_ones(text: str, lang: str, expected: dict[str, dt.date]) -> None:
    days = _days(text, lang)
    assert {k: days[k] for k in expected} == expected


def test_a_clock_under_a_placed_heading_takes_its_day() -> None:
    clocks = [m for m in find_dates(AGENDA_FR, MONDAY, "fr") if m.time == "15:00"]
    assert [m.value for m in clocks] == [D(2026, 12, 3)]


@pytest.mark.parametrize(("text", "lang"), [
    pytest.param("Mardi : la commission examine le texte.\n\nJeudi : le conseil vote son budget.\n", "fr",
                 id="fr-no-dated-heading"),
    pytest.param("Tuesday: the committee hears the regulator.\n\nThursday: the council votes its budget.\n", "en",
                 id="en-no-dated-heading"),
    pytest.param("Mardi la commission examine le texte.\n\nMercredi 2 : grève des cheminots.\n", "fr",
                 id="fr-no-colon"),
    pytest.param("Jeudi 3 : vote.\n\nMardi : la commission examine le texte.\n\nMercredi 25 : grève.\n", "fr",
                 id="fr-dated-headings-out-of-order"),
])
def test_nothing_moves_without_an_ordered_list(text: str, lang: str) -> None:
    """The news convention stands (a bare weekday is the last one) when the page gives no ordered list of days."""
    bare = [m for m in find_dates(text, MONDAY, lang) if m.rule == "weekday"]
    assert bare and all(m.value < MONDAY for m in bare)


# ---------------------------------------------------------------- a live log's hours

SATURDAY = D(2026, 10, 31)
LOG_EN = ("Count night - live\nSaturday 31 October 2026\n\n"
          "21:30 Polling stations closed in the three northern districts.\n\n"
          "23:05 The first district reports a turnout of 61 percent.\n\n"
          "00:20 The mayor concedes defeat and says talks start on Monday.\n\n"
          "01:40 The winner speaks to supporters in the old harbour.\n")
LOG_FR = ("Soirée électorale, en direct\nSamedi 31 octobre 2026\n\n"
          "21:30 Les bureaux de vote ferment dans les trois cantons du nord.\n\n"
          "23:05 Le premier canton annonce une participation de 61 %.\n\n"
          "00:20 Le maire sortant reconnaît sa défaite.\n\n"
          "01:40 Le vainqueur s'adresse à ses partisans sur le vieux port.\n")
NEWEST_FIRST = ("Count night - live\nSunday 1 November 2026\n\n"
                "01:40 The winner speaks to supporters in the old harbour.\n\n"
                "00:20 The mayor concedes defeat.\n\n"
                "23:05 The first district reports a turnout of 61 percent.\n\n"
                "21:30 Polling stations closed in the three northern districts.\n")


def _hours(text: str, lang: str, reference: dt.date) -> dict[str, dt.date]:
    return {str(m.time): m.value for m in find_dates(text, reference, lang) if m.rule == "clock"}


@pytest.mark.parametrize(("text", "lang"), [pytest.param(LOG_EN, "en", id="en"), pytest.param(LOG_FR, "fr", id="fr")])
def test_a_log_entry_past_midnight_is_the_next_day(text: str, lang: str) -> None:
    assert _hours(text, lang, SATURDAY) == {"21:30": SATURDAY, "23:05": SATURDAY, "00:20": D(2026, 11, 1),
                                            "01:40": D(2026, 11, 1)}


def test_a_newest_first_log_steps_back_across_midnight() -> None:
    assert _hours(NEWEST_FIRST, "en", D(2026, 11, 1)) == {"01:40": D(2026, 11, 1), "00:20": D(2026, 11, 1),
                                                          "23:05": SATURDAY, "21:30": SATURDAY}


def test_a_day_heading_starts_the_count_again() -> None:
    text = LOG_EN + "\nMonday 2 November 2026\n\n09:00 Coalition talks open.\n\n10:15 The parties break for lunch.\n"
    hours = _hours(text, "en", SATURDAY)
    assert (hours["09:00"], hours["10:15"]) == (D(2026, 11, 2), D(2026, 11, 2))


def test_two_hours_are_no_log() -> None:
    text = "Saturday 31 October 2026\n\n23:05 Results come in.\n\n00:20 The mayor concedes defeat.\n"
    assert _hours(text, "en", SATURDAY)["00:20"] == SATURDAY
