"""French dates of round twenty (issue 12, room dfr20): classes counted on the fresh WiNER gold, WiNER dev and the
written dev halves, each a table of sentences of our own.

- a year after a word of order ("antérieur à", "postérieure à") that closes its phrase is a year, not a count;
- a year another cue read first still opens a range: "le festival de 1947 à 1987" is two years;
- a weekday's way: "depuis" before a noun of the date ("depuis la nuit de mardi à mercredi") is behind us, and the
  end of a range of weekdays lies in its start's week; a participle before the deed's clock and its weekday
  ("la grève, entamée à 5 heures lundi,") is a done deed.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.fr_dates_support import read_fr, row_ids
from timeline.extraction.dates import find_dates
from timeline.settings import Options

REF = dt.date(2026, 11, 25)  # a Wednesday

YEARS = [
    ("Les faits antérieurs à 2011, soit la moitié du dossier, sont prescrits.", [("2011", "2011-01-01", None)]),
    ("Le contrôle porte sur les comptes postérieurs à 2014.", [("2014", "2014-01-01", None)]),
    ("Les contrats postérieurs à 2015 et antérieurs à 2019 sont visés.",
     [("2015", "2015-01-01", None), ("2019", "2019-01-01", None)]),
    ("Les embauches antérieures à 2008 ont été annulés.", [("2008", "2008-01-01", None)]),
    # an amount, not a year: a unit or a noun follows
    ("Les dépenses postérieures à 2000 euros sont contrôlées.", []),
    ("Les primes antérieures à 2000 agents ont été versées.", []),
    # the range's end after a start another cue read ("le festival de 1947")
    ("Le livre retrace le festival de 1951 à 1987. Il sort en librairie.",
     [("1951", "1951-01-01", None), ("1987", "1987-01-01", None)]),
]


@pytest.mark.parametrize(("text", "expected"), YEARS, ids=row_ids(YEARS))
def test_years_fr(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert read_fr(text, REF) == expected


WEEKDAYS = [
    # depuis + a noun of the date: since, behind us (a present "tombe" is no schedule here)
    ("La pluie tombe depuis la nuit de mardi à mercredi sur la vallée.",
     [("la nuit de mardi à mercredi", "2026-11-24", "night")]),
    ("La route reste coupée depuis la soirée de lundi.", [("la soirée de lundi", "2026-11-23", "evening")]),
    ("Les éboueurs bloquent le dépôt depuis le matin de lundi.", [("le matin de lundi", "2026-11-23", "morning")]),
    # without "depuis", the present of a schedule still looks ahead
    ("Le chantier reprend lundi.", [("lundi", "2026-11-30", None)]),
    # a participle, the deed's clock, then its weekday: done
    ("La grève, entamée à 5 heures lundi, doit durer jusqu'à vendredi.",
     [("5 heures lundi", "2026-11-23", "05:00"), ("vendredi", "2026-11-27", None)]),
    ("Le suspect, interpellé vers 6 h 30 mardi, sera jugé en décembre.",
     [("6 h 30 mardi", "2026-11-24", "06:30"), ("décembre", "2026-12-01", None)]),
    # ... but not a participle that looks ahead, nor one of a future verb
    ("La réunion, prévue à 14 heures vendredi, doit trancher.", [("14 heures vendredi", "2026-11-27", "14:00")]),
    ("Le texte sera examiné à 15 heures jeudi.", [("15 heures jeudi", "2026-11-26", "15:00")]),
]


@pytest.mark.parametrize(("text", "expected"), WEEKDAYS, ids=row_ids(WEEKDAYS))
def test_weekday_way_fr(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert read_fr(text, REF) == expected


def test_since_the_night_of_en() -> None:
    found = find_dates("Snow has fallen since the night of Monday.", REF, "en", Options(reference_date=REF))
    assert [(m.text, m.value.isoformat()) for m in found][-1][1] == "2026-11-23"


def test_range_after_a_named_year_en() -> None:
    found = find_dates("The festival ran from 1951 to 1987 in the old town.", REF, "en", Options(reference_date=REF))
    assert [(m.text, m.value.isoformat()) for m in found] == [("1951", "1951-01-01"), ("1987", "1987-01-01")]
