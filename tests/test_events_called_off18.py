"""A schedule undone is no happening on its day (events/called_off.py; round eighteen, helper nar18, issue 13
precision by narrowing).

A noun whose date its participle of a plan holds ("the gala planned for Saturday", "la visite prévue pour samedi")
made a row on that day even when the sentence called the plan off or moved it; so did a plan told in the past ("were
to", "devait") whose date a contrast undoes (", but will now ...", ", mais a été reportée"). Counted on the dev
halves: real-news dev B 2 (a visit cancelled, a delivery that "were to" happen), written batch h 1 (a gala
postponed). A plan's first day told as changed ("originally scheduled for", "initialement prévu") is the same class,
none on dev. A new date of the moved happening ("postponed to 21 March", "reporté au 21 mars") still dates it. Every
sentence here was written for these tests; the reference date is Thursday 14 March 2024 (Saturday ahead is 16 March,
the last Saturday 9 March, Tuesday 12 March).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.events_support import thursday_rows
from timeline.extraction.events.participles import held_dates
from timeline.models import DateMention

rows = thursday_rows
SATURDAY = "2024-03-16"

UNDONE = [
    # the noun is the passive subject of the undoing verb after its date
    ("en", "The Ashby primary school swimming gala planned for Saturday has been postponed."),
    ("en", "The strike planned for Saturday was finally suspended after talks with the ministry."),
    ("en", "The book fair scheduled for Saturday has been called off because of the floods."),
    ("fr", "La fête du port prévue samedi a finalement été reportée à cause de la tempête."),
    ("fr", "La grève prévue pour samedi a été suspendue."),
    ("fr", "Le concert prévu samedi est annulé faute de billets vendus."),
    # the noun is the object of the undoing verb before it
    ("en", "The council cancelled the open-air concert planned for Saturday because of the storm."),
    ("en", "The club has postponed the annual dinner scheduled for Saturday."),
    ("fr", "Le maire a annulé sa visite officielle à Brest prévue pour samedi."),
    ("fr", "Les syndicats ont ajourné la manifestation prévue samedi."),
    # a plan told in the past, undone by a contrast right after its date (no trigger takes that date)
    ("en", "The ferry company was to receive the new ship on Saturday, but will now take it in June."),
    ("en", "The summit was due to open on Saturday, but it was postponed because of the strike."),
    ("fr", "La compagnie devait recevoir le navire samedi, mais le recevra finalement en juin."),
    ("fr", "La réunion des maires devait se tenir samedi, mais elle a été reportée."),
    # a plan's first day, told as changed since (the new day keeps the row)
    ("en", "The vote, originally scheduled for Saturday, will take place on March 21."),
    ("fr", "Le vote initialement prévu pour samedi se tiendra finalement le 21 mars."),
]

KEPT = [
    # a schedule nobody undoes
    ("en", "The gala planned for Saturday will raise money for the new pool.", {(SATURDAY, "ceremony")}),
    ("fr", "La réunion prévue pour samedi rassemblera les maires du département.", {(SATURDAY, "meeting")}),
    # the new date of a moved happening
    ("fr", "Le conseil a reporté au 21 mars le vote prévu samedi.", {("2024-03-21", "vote")}),
    ("fr", "Le vote prévu samedi a été reporté au 21 mars.", {("2024-03-21", "vote")}),
    ("fr", "La compagnie devait recevoir le navire samedi, mais le recevra finalement en juin.",
     {("2024-06-01", "meeting")}),
    ("en", "The vote originally planned for Saturday will now take place on March 21.", {("2024-03-21", "vote")}),
    ("fr", "Le vote, initialement prévu samedi, aura lieu le 21 mars.", {("2024-03-21", "vote")}),
]

#: A plan told in the past keeps its day without a contrast that undoes it (the guide: no status, still a row).
PAST_PLANS_KEPT = [
    ("fr", "La réunion des maires devait se tenir samedi à Brest."),
    ("fr", "Le sommet devait s'ouvrir samedi, mais les délégations sont arrivées mardi."),
    ("en", "The summit was due to open on Saturday in Brest."),
]


@pytest.mark.parametrize(("lang", "text"), PAST_PLANS_KEPT)
def test_a_past_plan_without_its_undoing_keeps_its_day(lang: str, text: str) -> None:
    assert [r for r in rows(lang, text) if r[0] in ("2024-03-09", SATURDAY)], rows(lang, text)


@pytest.mark.parametrize(("lang", "text"), UNDONE)
def test_an_undone_schedule_makes_no_row_on_its_day(lang: str, text: str) -> None:
    assert not [r for r in rows(lang, text) if r[0] == SATURDAY], rows(lang, text)


@pytest.mark.parametrize(("lang", "text", "expected"), KEPT)
def test_a_schedule_kept_or_a_new_date_still_dates_the_happening(lang: str, text: str,
                                                                 expected: set[tuple[str, str]]) -> None:
    assert rows(lang, text) == expected


@pytest.mark.parametrize(("text", "held"), [
    ("sa visite à Brest prévue pour samedi", True),  # "à" is the preposition: the visit's schedule
    ("une manifestation a d'ailleurs prévue samedi", False),  # "a" is the auxiliary: a verb
])
def test_a_preposition_is_no_auxiliary_before_a_participle(text: str, held: bool) -> None:
    start = text.index("samedi")
    date = DateMention("samedi", start, len(text), dt.date(2024, 3, 16), "day", "weekday")
    assert (start in held_dates("fr", text, [date])) is held
