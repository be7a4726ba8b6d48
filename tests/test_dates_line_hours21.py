"""A bare hour opening a line ("17h : ..."), searched from the newline before it (``times._LINE_HOUR_NEXT``) and
at the text's start: the same matches as ``_LINE_HOUR.finditer`` (round twenty-one, speed)."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from timeline.extraction.dates import find_dates
from timeline.extraction.dates.times import _LINE_HOUR, _LINE_HOUR_NEXT

REF = dt.date(2024, 3, 12)


def _old(text: str) -> list[tuple[int, int, str]]:
    return [(m.start("h"), m.end(), m["h"]) for m in _LINE_HOUR.finditer(text)]


def _new(text: str) -> list[tuple[int, int, str]]:
    return [(m.start("h"), m.end(), m["h"])
            for m in (_LINE_HOUR.match(text), *_LINE_HOUR_NEXT.finditer(text)) if m is not None]


@pytest.mark.parametrize("text", [
    "17h : la préfecture ouvre un centre d'accueil.",
    "Le point sur la tempête.\n8h - les routes sont coupées.\n\n  9 heures – les écoles restent fermées.",
    "\n\n6 H : premier bulletin.\n7 h — second bulletin.",
    "Aucune heure ici.\nIl reste 4 h de route.\n12h30 : pas une entrée sans son tiret.",
    "\n",
    "",
    "25h : une heure qui n'existe pas.\n0h - minuit passé.",
])
def test_same_matches_as_the_multiline_scan(text: str) -> None:
    assert _new(text) == _old(text)


def test_same_matches_on_random_lines() -> None:
    pieces = ["\n", "\n", " ", "\t", "1", "7", "2", "3", "0", "h", "H", "eures", "eure", " : ", ":", " - ", "– ",
              "—", "-", " le", "x", ".", "\r\n"]
    rng = random.Random(21)
    found = 0
    for _ in range(6000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 24)))
        assert _new(text) == _old(text), repr(text)
        found += bool(_old(text))
    assert found > 40  # the random texts do hold line hours


def test_log_entries_in_french() -> None:
    text = ("17h : la préfecture ouvre un centre d'accueil.\n  9 heures - les premiers bus repartent vers le port.\n"
            "\n23h – le vent faiblit enfin sur la côte.\nIl reste 4 h de route.")
    got = [(m.text, m.time) for m in find_dates(text, REF, "fr")]
    assert got == [("17h", "17:00"), ("9 heures", "09:00"), ("23h", "23:00")]


def test_no_log_entries_in_english() -> None:
    # English has no ``clock_line_entries``: a bare "5 h" opening a line stays no clock
    assert find_dates("5 h - the ferry leaves the harbour.\n6 h : the bridge reopens.", REF, "en") == []
