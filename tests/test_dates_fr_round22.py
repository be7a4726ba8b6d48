"""French dates of round twenty-two (issue 12, room dfr22), a table of sentences of our own.

A clock in brackets that converts the clock before it to another zone keeps the words that say whose hour it is, as
TimeML marks them ("vers 9 h locales (15 h heure de Paris)"): counted on French TimeBank dev (a span cut at the digits)
and the fresh WiNER gold (a bracketed conversion clock). Only the span moves; the value stays the written hour.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.fr_dates_support import read_fr, row_ids
from timeline.extraction.dates import find_dates
from timeline.settings import Options

REF = dt.date(2026, 11, 25)  # a Wednesday

CONVERTED = [
    ("La délégation a atterri vers 7 h 40 locales (13 h 40 heure de Paris) à Montréal.",
     [("7 h 40 locales", "2026-11-25", "07:40"), ("13 h 40 heure de Paris", "2026-11-25", "13:40")]),
    ("Le coup d'envoi sera donné à 18 h 30 (23 h 30 en France) au stade national.",
     [("18 h 30", "2026-11-25", "18:30"), ("23 h 30 en France", "2026-11-25", "23:30")]),
    ("La navette a décollé mardi à 4 h 15 (10 h 15 à Paris).",
     [("mardi", "2026-11-24", None), ("4 h 15", "2026-11-24", "04:15"), ("10 h 15 à Paris", "2026-11-24", "10:15")]),
    # guards: a bracket with no zone words, zone words after a comma, a number in the bracket, no clock before it
    ("Le train part à 9 h 10 (arrivée à 11 h 05) depuis Lyon.",
     [("9 h 10", "2026-11-25", "09:10"), ("11 h 05", "2026-11-25", "11:05")]),
    ("Le bac a accosté à 9 h 10 (15 h 10, heure de Paris).",
     [("9 h 10", "2026-11-25", "09:10"), ("15 h 10", "2026-11-25", "15:10")]),
    ("Le bac a accosté à 9 h 10 (15 h 10 en 2025 pour la même traversée).",
     [("9 h 10", "2026-11-25", "09:10"), ("15 h 10", "2026-11-25", "15:10"), ("2025", "2025-01-01", None)]),
    ("Le bureau ouvre (à 8 h 30 en semaine) pour les usagers.", [("8 h 30", "2026-11-25", "08:30")]),
    ("Le car part à 6 h 50 (7 h 20 en moyenne cet hiver).",
     [("6 h 50", "2026-11-25", "06:50"), ("7 h 20", "2026-11-25", "07:20")]),
]


@pytest.mark.parametrize(("text", "expected"), CONVERTED, ids=row_ids(CONVERTED))
def test_converted_clock_keeps_its_zone_fr(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert read_fr(text, REF) == expected


def test_english_conversion_unchanged() -> None:
    """English lists no link word: its spans are its own rooms' (den22)."""
    text = "The shuttle lifted off at 4:15 a.m. (10:15 a.m. in Paris) on Tuesday."
    found = find_dates(text, REF, "en", Options(reference_date=REF, bare_weekday="past"))
    assert [m.text for m in found if m.time] == ["4:15 a.m.", "10:15 a.m."]
