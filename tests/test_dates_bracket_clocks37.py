"""A whole hour alone in brackets is a clock time (``dates/bracket_clocks.py``, round thirty-seven, ftb37).

A schedule writes each entry's hour in brackets with no cue word ("Reims – Sedan (18 h)"); the hour takes its day as any
clock does. An hour of a duration stays out: a small hour ("(2 h)"), an hour with words beside it in the brackets.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates
from timeline.settings import Options

REF = dt.date(2026, 3, 12)  # a Thursday


def clocks(text: str, lang: str) -> list[tuple[str, str]]:
    found = find_dates(text, REF, lang, Options(reference_date=REF, bare_weekday="past"))
    return [(m.text, f"{m.value.isoformat()}T{m.time}") for m in found if m.time and m.time[:1].isdigit()]


ROWS = [
    # French: a fixture list under its day, a concert with its day before it
    pytest.param("fr", "Prochaine journée, samedi 14 mars : Vireux – Givet (16 h), Revin – Fumay (20 h).",
                 [("16 h", "2026-03-14T16:00"), ("20 h", "2026-03-14T20:00")], id="fr-fixtures"),
    pytest.param("fr", "L'harmonie de Saint-Brice jouera dimanche 15 mars à la collégiale (17 h).",
                 [("17 h", "2026-03-15T17:00")], id="fr-concert"),
    pytest.param("fr", "Assemblée générale du club de pétanque, vendredi 13 mars (19 heures).",
                 [("19 heures", "2026-03-13T19:00")], id="fr-heures"),
    # French controls: a duration's small hour, words beside the hour, an hour with its minutes (read before)
    pytest.param("fr", "Le relais a été bouclé par l'équipe de Fumay (3 h).", [], id="fr-small-hour"),
    pytest.param("fr", "Les pompiers sont restés sur place (10 h au total) après le feu.", [], id="fr-words-inside"),
    pytest.param("fr", "Samedi 14 mars : Revin – Fumay (15 h 30).", [("15 h 30", "2026-03-14T15:30")],
                 id="fr-minutes-control"),
    # English writes the hour with am/pm, read before this round; an hour in French form in English copy is read alike
    pytest.param("en", "Next round, Saturday March 14: Hexham v Alnwick (3pm).", [("3pm", "2026-03-14T15:00")],
                 id="en-pm-control"),
    pytest.param("en", "Saturday March 14: Hexham v Alnwick (15 h).", [("15 h", "2026-03-14T15:00")],
                 id="en-h-form"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_a_whole_hour_alone_in_brackets_is_a_clock(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert clocks(text, lang) == expected
