"""A bare clock or a range of months with no year, told as a habit, is no date (round thirty-six, den36; TimeML: a SET).

timeline/extraction/dates/set_times.py with ``set_before``, ``set_habits``, ``set_after``, ``set_plural_days`` and
their links in lang/*/words.yaml. Sentences of our own, both languages: a rate or a habit right before the clock (a
link between allowed), a rate or a plural day right after it, a habit before a range of months; controls: a rate
that counts from a moment ("a day after"), a habit elsewhere in the sentence, a clock with its own day, a month with
its own year, a rate before a month that starts a real stretch, a lone month.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import find_dates

REF = dt.date(2025, 3, 12)  # a Wednesday

# (language, sentence, [(span, ISO day, clock)])
DROPPED = [
    # English: a rate before the clocks, a link between
    ("en", "The depot had asked to run 300 lorries a year between 10pm and 5am from its new yard.", []),
    ("en", "The operator had sought to run 60 trains a week between 1am and 4am.", []),
    ("en", "The port had asked to take 20 ships per night between 11pm and 4am.", []),
    # a rate or a plural day right after the clock
    ("en", "Shoppers must leave their trolleys in the bay by 7pm on market days.", []),
    ("en", "The footbridge closes at 11pm every night while the repairs go on.", []),
    ("en", "The canteen serves lunch until 2.30pm on weekdays.", []),
    # a habit before a range of months with no year
    ("en", "The hurricane season in the gulf usually runs from June to November.", []),
    ("en", "Snow on the Harrow pass can linger from October to May.", []),
    # French: a rate before the clocks, a plural day after one
    ("fr", "Le port avait demandé à accueillir 20 navires par nuit entre 22 h et 5 h.", []),
    ("fr", "La pharmacie du bourg ouvre à 8 h tous les jours.", []),
    ("fr", "Les conteneurs restent sur le trottoir jusqu'à 19 h les jours de marché.", []),
    ("fr", "La saison des pluies dure généralement de juin à octobre dans la région.", []),
]

KEPT = [
    # a rate that counts from a moment: a real day
    ("en", "The new cabinet was sworn in at 3pm, a day after the vote in the assembly.",
     [("3pm", "2025-03-12", "15:00")]),
    ("en", "The train left Dorrow at 6am, a week earlier than planned.", [("6am", "2025-03-12", "06:00")]),
    # a habit elsewhere in the sentence, not right at the clock
    ("en", "The council, which meets every two weeks, broke up just before 8pm.", [("8pm", "2025-03-12", "20:00")]),
    # a month with its own year
    ("en", "The levy usually ran from June 2023 to August 2023.",
     [("from June 2023 to August 2023", "2023-06-01", None)]),
    # a rate before a range of months starts a real stretch; a lone month after a habit
    ("en", "The tenants will pay $400 a month from June to August.",
     [("June", "2025-06-01", None), ("August", "2025-08-01", None)]),
    ("en", "The hall usually reopens in April after the works.", [("April", "2025-04-01", None)]),
    ("en", "The hall usually reopens from April after the works.", [("April", "2025-04-01", None)]),
    # French controls
    ("fr", "Le nouveau gouvernement a été nommé à 15 h, un jour après le scrutin.", [("15 h", "2025-03-12", "15:00")]),
    ("fr", "Le conseil, qui se réunit chaque semaine, a levé la séance à 21 h.", [("21 h", "2025-03-12", "21:00")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DROPPED, ids=[r[1][:40] for r in DROPPED])
def test_a_clock_or_months_told_as_a_habit_are_no_date(lang: str, text: str, expected: list[object]) -> None:
    found = [(m.text, m.value.isoformat(), m.time) for m in find_dates(text, REF, lang)]
    assert found == expected


@pytest.mark.parametrize(("lang", "text", "expected"), KEPT, ids=[r[1][:40] for r in KEPT])
def test_a_clock_or_month_near_no_habit_keeps_its_date(lang: str, text: str,
                                                       expected: list[tuple[str, str, str | None]]) -> None:
    found = [(m.text, m.value.isoformat(), m.time) for m in find_dates(text, REF, lang)]
    assert found == expected
