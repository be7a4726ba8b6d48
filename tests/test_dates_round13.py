"""Dates, thirteenth round (issue 12): single-mention classes that fresh text showed and our dev did not. One table a
class, each row a sentence written for these tests (none is taken from an article), in both languages where the
class applies; controls show where each mechanism must not reach.

News conventions (``bare_weekday='past'``). Each row is (lang, text, reference date, expected (text, value, time) of
every mention, value written ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` by its precision).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates
from timeline.models import DateMention

SAT = dt.date(2026, 9, 19)  # a Saturday
TUE_NOV = dt.date(2026, 11, 24)  # two days before Thanksgiving 2026 (26 November)

Row = tuple[str, str, dt.date, list[tuple[str, str, str | None]]]


def _value(m: DateMention) -> str:
    if m.precision == "year":
        return str(m.value.year)
    if m.precision == "month":
        return m.value.strftime("%Y-%m")
    return m.value.isoformat()


def read(lang: str, text: str, ref: dt.date) -> list[tuple[str, str, str | None]]:
    return [(m.text, _value(m), m.time) for m in find_dates(text, ref, lang)]


def _ids(rows: list[Row]) -> list[str]:
    return [f"{lang}:{text[:40]}" for lang, text, _, _ in rows]


# ---- appositions: a month and its day, a day and its weekday, read as one date ------------------------------------

APPOSITIONS: list[Row] = [
    ("en", "The crew sailed from Leith last May, on the 18th, and reached the fjord in June.", SAT,
     [("last May, on the 18th", "2026-05-18", None), ("June", "2026-06", None)]),
    ("en", "The council first met in March, the 4th, at the old school.", SAT,
     [("March, the 4th", "2026-03-04", None)]),
    ("fr", "L'équipage a quitté Brest en mai dernier, le 18, puis a rejoint le fjord en juin.", SAT,
     [("mai dernier, le 18", "2026-05-18", None), ("juin", "2026-06", None)]),
    # round thirty-three: "around" joins its clock, TimeML's mod APPROX (dates/approx_clocks.py)
    ("en", "The hikers found the cabin on July 21, a Tuesday, around 4pm.", SAT,
     [("July 21, a Tuesday", "2026-07-21", None), ("around 4pm", "2026-07-21", "16:00")]),
    ("fr", "Les randonneurs ont trouvé la cabane le 21 juillet, un mardi, vers 16 h.", SAT,
     [("21 juillet, un mardi", "2026-07-21", None), ("16 h", "2026-07-21", "16:00")]),
    # controls: an ordinal that counts something, a weekday that is another day of a list
    ("en", "In May, the 18th regiment paraded through the town.", SAT, [("May", "2026-05", None)]),
    ("en", "The vote was held on July 21, and on Tuesday the results came in.", SAT,
     [("July 21", "2026-07-21", None), ("Tuesday", "2026-09-15", None)]),
]


@pytest.mark.parametrize(("lang", "text", "ref", "expected"), APPOSITIONS, ids=_ids(APPOSITIONS))
def test_appositions(lang: str, text: str, ref: dt.date, expected: list[tuple[str, str, str | None]]) -> None:
    assert read(lang, text, ref) == expected


def test_apposed_weekday_that_does_not_match_lowers_confidence() -> None:
    [day] = find_dates("The ferry left on July 22, a Tuesday.", SAT, "en")
    assert day.text == "July 22, a Tuesday" and day.value == dt.date(2026, 7, 22) and day.confidence <= 0.5


# ---- recurring slots: "du lundi au vendredi", "chaque mardi", "every Tuesday" and their hour: no date ----------------

RECURRING: list[Row] = [
    ("fr", "Pendant vingt ans, elle présente le journal du lundi au vendredi à 12 h 15.", SAT, []),
    ("fr", "Le guichet est ouvert du mardi au samedi, de 9 h à 12 h.", SAT, []),
    ("fr", "La médiathèque ouvre chaque mardi à 14 h.", SAT, []),
    ("en", "The farmers' market is held every Tuesday at 9am in the square.", SAT, []),
    ("en", "Volunteers serve meals each Friday at 6 p.m.", SAT, []),
    # controls: a stretch of one week ("de lundi à vendredi"), numbered days, a clock with a day of its own
    ("fr", "Les bureaux seront fermés du lundi au mercredi.", SAT,
     [("du lundi au mercredi", "2026-09-21", None)]),
    ("fr", "La grève durera de lundi à vendredi.", SAT,
     [("lundi à vendredi", "2026-09-21", None)]),
    ("fr", "Le salon se tient du lundi 14 au vendredi 18 septembre.", SAT,
     [("du lundi 14 au vendredi 18 septembre", "2026-09-14", None)]),
    ("fr", "Dans la nuit du mardi au mercredi, vers 2 h, un entrepôt a brûlé.", SAT,
     [("du mardi au mercredi", "2026-09-15", None), ("2 h", "2026-09-16", "02:00")]),
    ("fr", "La permanence a lieu chaque mardi ; samedi à 10 h, le maire inaugure la halle.", SAT,
     [("samedi", "2026-09-19", None), ("10 h", "2026-09-19", "10:00")]),
]


RECURRING += [
    # a weekday ranked in a year-less month, in the present: a rule of every year
    ("en", "The club's fiscal year ends on the last Saturday of June.", SAT, []),
    ("fr", "Le marché aux puces se tient le premier samedi de juin.", SAT, []),
    # controls: told in the past, ahead in the future, or with its year: that day
    ("en", "The board met on the last Monday of August.", SAT, [("the last Monday of August", "2026-08-31", None)]),
    ("fr", "Le vote aura lieu le premier dimanche d'octobre.", SAT,
     [("le premier dimanche d'octobre", "2026-10-04", None)]),
    ("en", "The fair opens on the first Friday of March 2027.", SAT,
     [("the first Friday of March 2027", "2027-03-05", None)]),
]


@pytest.mark.parametrize(("lang", "text", "ref", "expected"), RECURRING, ids=_ids(RECURRING))
def test_recurring_slots(lang: str, text: str, ref: dt.date, expected: list[tuple[str, str, str | None]]) -> None:
    assert read(lang, text, ref) == expected


def test_a_ranked_day_said_ahead_in_the_first_person_stays_a_day() -> None:
    # the assistant-style future ("Je reviendrai ...") is no present: a day (its year is the convention's, not tested)
    found = find_dates("Je reviendrai le premier vendredi de juillet.", SAT, "fr")
    assert [(m.text, m.precision, m.value.month, m.value.weekday()) for m in found] == \
        [("le premier vendredi de juillet", "day", 7, 4)]


# ---- a step of minutes or hours from the story's previous date: no date (the clock it counts from is not given) ------

OFFSETS: list[Row] = [
    ("en", "The lifeboat left at dawn on Friday. Forty minutes later it reached the trawler.", SAT,
     [("dawn", "2026-09-18", "morning"), ("Friday", "2026-09-18", None)]),  # the part takes its own day (pod31)
    ("fr", "Le feu a pris mardi. Deux heures plus tard, les pompiers le maîtrisaient.", SAT,
     [("mardi", "2026-09-15", None)]),
    # controls: a step of days keeps its day; a step of minutes with no day before it counts from now: today
    ("en", "Let's take a walk 30 minutes later.", SAT, [("30 minutes later", "2026-09-19", None)]),
    ("fr", "Le feu a pris mardi. Deux jours plus tard, la cause était connue.", SAT,
     [("mardi", "2026-09-15", None), ("Deux jours plus tard", "2026-09-17", None)]),
    ("en", "The minister will speak in 10 minutes.", SAT, [("in 10 minutes", "2026-09-19", None)]),
]


@pytest.mark.parametrize(("lang", "text", "ref", "expected"), OFFSETS, ids=_ids(OFFSETS))
def test_clock_offsets(lang: str, text: str, ref: dt.date, expected: list[tuple[str, str, str | None]]) -> None:
    assert read(lang, text, ref) == expected


# ---- a holiday the sentence is set against: its tense does not push it a year back --------------------------------

HOLIDAYS: list[Row] = [
    ("en", "Retailers said Thanksgiving orders were weaker than expected.", TUE_NOV,
     [("Thanksgiving", "2026-11-26", None)]),
    ("en", "Shoppers crowded the malls ahead of Thanksgiving.", TUE_NOV, [("Thanksgiving", "2026-11-26", None)]),
    ("fr", "Les magasins ont été pris d'assaut avant Pâques.", dt.date(2027, 3, 24),
     [("Pâques", "2027-03-28", None)]),
    # controls: the holiday is the happening's time, or the subject of the verb: last year's
    ("en", "The store opened on Thanksgiving.", TUE_NOV, [("Thanksgiving", "2025-11-27", None)]),
    ("en", "Thanksgiving was quiet, police said.", TUE_NOV, [("Thanksgiving", "2025-11-27", None)]),
    ("fr", "Les magasins ont été pris d'assaut à Pâques.", dt.date(2027, 3, 24),
     [("Pâques", "2026-04-05", None)]),
]


@pytest.mark.parametrize(("lang", "text", "ref", "expected"), HOLIDAYS, ids=_ids(HOLIDAYS))
def test_holiday_as_point(lang: str, text: str, ref: dt.date, expected: list[tuple[str, str, str | None]]) -> None:
    assert read(lang, text, ref) == expected


# ---- a weekend in capitals before another word in capitals: a section's name ---------------------------------------

LABELS: list[Row] = [
    ("en", "THE WEEKEND INTERVIEW | Saturday 19 September 2026", SAT,
     [("Saturday 19 September 2026", "2026-09-19", None)]),
    ("fr", "LE WEEK-END MAGAZINE\nUn entretien avec la maire.", SAT, []),
    # controls: a headline's weekend with no label word after it, and one in lower case
    ("en", "STORMS EXPECTED THIS WEEKEND", SAT, [("THIS WEEKEND", "2026-09-19", None)]),
    ("en", "The weekend edition sold out.", SAT, [("The weekend", "2026-09-19", None)]),
]


@pytest.mark.parametrize(("lang", "text", "ref", "expected"), LABELS, ids=_ids(LABELS))
def test_weekend_labels(lang: str, text: str, ref: dt.date, expected: list[tuple[str, str, str | None]]) -> None:
    assert read(lang, text, ref) == expected


# ---- a copyright line's year ---------------------------------------------------------------------------------------

FOOTERS: list[Row] = [
    ("fr", "Partager | Facebook | X\n© La Gazette du Morvan 2026 – Mentions légales – Contact", SAT,
     [("2026", "2026", None)]),
    ("en", "© 2025 Fenwick Valley Herald. All rights reserved.", SAT, [("2025", "2025", None)]),
    ("en", "Copyright Harbour Press Ltd 2024", SAT, [("2024", "2024", None)]),
    # controls: no mark, or a mark with no year
    ("en", "The plant made 2024 engines last month.", SAT, [("last month", "2026-08", None)]),
    ("fr", "Photo © Jeanne Martin / La Gazette", SAT, []),
]


@pytest.mark.parametrize(("lang", "text", "ref", "expected"), FOOTERS, ids=_ids(FOOTERS))
def test_copyright_years(lang: str, text: str, ref: dt.date, expected: list[tuple[str, str, str | None]]) -> None:
    assert read(lang, text, ref) == expected
