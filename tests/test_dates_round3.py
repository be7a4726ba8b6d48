"""Dates on real news, third round (issue 12): tables of sentences written for these tests, both languages.

Reference date: Saturday 20 December 2025 (news conventions: ``bare_weekday='past'``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from benchmarks.realnews_dates import ends
from timeline.extraction.dates import find_dates

REF = dt.date(2025, 12, 20)


def read(text: str, lang: str, ref: dt.date = REF) -> list[tuple[str, str, str]]:
    return [(m.text, m.value.isoformat(), m.precision) for m in find_dates(text, ref, lang)]


# ---- ranges: where the last end is written, and its time (TimeML writes each end as its own TIMEX3) -----------

RANGE_ENDS = [
    ("fr", "Le stage aura lieu du 12 au 16 janvier à la maison des jeunes.", [("12", "2026-01-12"),
                                                                           ("16 janvier", "2026-01-16")]),
    ("fr", "La foire s'est tenue du 28 novembre au 3 décembre.", [("28 novembre", "2025-11-28"),
                                                                 ("3 décembre", "2025-12-03")]),
    ("fr", "La salle sera ouverte jeudi, de 14 h à 17 h 30.", [("jeudi", "2025-12-25"), ("14 h", "2025-12-25T14:00"),
                                                            ("17 h 30", "2025-12-25T17:30")]),
    ("fr", "Les vols ont eu lieu entre 1 h 15 et 3 h lundi.", [("1 h 15", "2025-12-15T01:15"),
                                                              ("3 h lundi", "2025-12-15T03:00")]),
    ("fr", "Les soldes vont de janvier à mars 2026.", [("janvier", "2026-01"), ("mars 2026", "2026-03")]),
    ("en", "The fair ran from November 28 to December 3.", [("November 28", "2025-11-28"),
                                                           ("December 3", "2025-12-03")]),
    ("en", "Talks were held on Oct. 6-9 in Geneva.", [("Oct. 6", "2025-10-06"), ("9", "2025-10-09")]),
    ("en", "Fans queued from 6:00 to 9:00 tomorrow.", [("6:00", "2025-12-21T06:00"),
                                                      ("9:00 tomorrow", "2025-12-21T09:00")]),
    ("en", "Sales rose from January to March 2025.", [("January", "2025-01"), ("March 2025", "2025-03")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RANGE_ENDS, ids=[f"{r[0]}:{r[1][:40]}" for r in RANGE_ENDS])
def test_range_ends_are_two_timeml_points(lang: str, text: str, expected: list) -> None:
    found = [f for m in find_dates(text, REF, lang) for f in ends(text, m)]
    got = [(f.text.removeprefix("du ").removeprefix("from ").removeprefix("de ").removeprefix("entre ")
            .removeprefix("on "), f.value) for f in found]
    assert got == expected


def test_a_single_date_has_no_end_start() -> None:
    for lang, text in (("fr", "Il est venu le 3 mars."), ("en", "He came on March 3.")):
        (m,) = find_dates(text, REF, lang)
        assert m.end_start is None and m.end_time is None


# ---- a part of a moved period: "the end of last year", "à la fin de l'année dernière" -------------------------

PARTS_MOVED = [
    ("en", "The mill shut at the end of last year.", [("at the end of last year", "2024-11-01", "year")]),
    ("en", "Hiring should resume early next year.", [("early next year", "2026-01-01", "year")]),
    ("en", "Prices dipped late last month.", [("late last month", "2025-11-21", "month")]),
    ("en", "The strike ended in the middle of last week.", [("the middle of last week", "2025-12-10", "day")]),
    ("fr", "La filature a fermé à la fin de l'année dernière.",
     [("à la fin de l'année dernière", "2024-11-01", "year")]),
    ("fr", "Les embauches reprendront en début d'année prochaine.",
     [("début d'année prochaine", "2026-01-01", "year")]),
    ("fr", "Les prix ont reculé au début du mois dernier.", [("début du mois dernier", "2025-11-01", "month")]),
    ("fr", "La grève a cessé à la fin de la semaine dernière.",
     [("à la fin de la semaine dernière", "2025-12-11", "day")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PARTS_MOVED, ids=[f"{r[0]}:{r[1][:40]}" for r in PARTS_MOVED])
def test_part_of_a_moved_period(lang: str, text: str, expected: list) -> None:
    assert read(text, lang) == expected


# ---- "in May last year": the month takes the year that follows it ------------------------------------------------

RELATIVE_YEARS = [
    ("en", "The branch opened in May last year.",
     [("May", "2024-05-01", "month"), ("last year", "2024-01-01", "year")]),
    ("en", "Leases end after October of next year.",
     [("October", "2026-10-01", "month"), ("next year", "2026-01-01", "year")]),
    ("en", "The pact was signed on March 5 last year.",
     [("March 5", "2024-03-05", "day"), ("last year", "2024-01-01", "year")]),
    ("fr", "L'agence a ouvert en mai l'an dernier.",
     [("mai", "2024-05-01", "month"), ("l'an dernier", "2024-01-01", "year")]),
    ("fr", "Le bail prendra fin en octobre de l'année prochaine.",
     [("octobre", "2026-10-01", "month"), ("l'année prochaine", "2026-01-01", "year")]),
    ("fr", "Le pacte a été signé le 5 mars de l'année dernière.",
     [("5 mars", "2024-03-05", "day"), ("l'année dernière", "2024-01-01", "year")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RELATIVE_YEARS,
                         ids=[f"{r[0]}:{r[1][:40]}" for r in RELATIVE_YEARS])
def test_month_of_a_relative_year(lang: str, text: str, expected: list) -> None:
    assert read(text, lang) == expected


def test_a_count_with_last_is_plural() -> None:
    """"5 last years" is a count of time; "May 5 last year" is a day and a year."""
    assert read("Sales fell in the 5 last years.", "en") == []


# ---- weeks named by rank or by one of their days ----------------------------------------------------------------

WEEKS = [
    ("en", "Orders rebounded in the last week of November.", [("the last week of November", "2025-11-24", "week")]),
    ("en", "The first week of 2015 was cold.", [("The first week of 2015", "2014-12-29", "week")]),
    ("en", "Rooms are free the week of March 10th, 2026.", [("the week of March 10th, 2026", "2026-03-09", "week")]),
    ("en", "Book it for the week commencing 2 February 2026.",
     [("the week commencing 2 February 2026", "2026-02-02", "week")]),
    ("fr", "Les commandes ont rebondi la dernière semaine de novembre.",
     [("la dernière semaine de novembre", "2025-11-24", "week")]),
    ("fr", "La première semaine de 2015 a été froide.", [("La première semaine de 2015", "2014-12-29", "week")]),
    ("fr", "La salle est libre la semaine du 10 mars 2026.", [("la semaine du 10 mars 2026", "2026-03-09", "week")]),
    # a week counts where its Thursday falls: July 2017 ends on a Monday, its last week is the 24th-30th
    ("fr", "La dernière semaine de juillet 2017 fut chaude.", [("La dernière semaine de juillet 2017", "2017-07-24",
                                                               "week")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), WEEKS, ids=[f"{r[0]}:{r[1][:40]}" for r in WEEKS])
def test_weeks_by_rank_or_day(lang: str, text: str, expected: list) -> None:
    assert read(text, lang) == expected


# ---- "dès mardi", "as early as Tuesday": either side, by the tense of the sentence (else the nearer one) --------

EARLY_AS = [
    ("fr", "Interpellés dès mardi soir, les suspects ont été relâchés.", [("dès mardi soir", "2025-12-16", "day")]),
    ("fr", "Les magasins rouvriront dès lundi.", [("dès lundi", "2025-12-22", "day")]),
    ("en", "Suspects held as early as Tuesday night were released.",
     [("as early as Tuesday night", "2025-12-16", "day")]),
    ("en", "The shops will reopen as early as Monday.", [("as early as Monday", "2025-12-22", "day")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), EARLY_AS, ids=[f"{r[0]}:{r[1][:40]}" for r in EARLY_AS])
def test_as_early_as_a_weekday(lang: str, text: str, expected: list) -> None:
    assert read(text, lang, dt.date(2025, 12, 19)) == expected
