"""A clock that tells when a happening already told began or ended takes the lead's day (issue 12, round seventeen;
``dates/lead_clocks.py``).

Counted in two dev sources (docs/BENCHMARKS.md, "A clock with no day in a story told the day before, round
seventeen"): a report of the day before tells a sitting or a vote in its lead, then "began at 8 p.m." or "adjourned at
6.15pm" in a later sentence with no day of its own (or only the day something was said); the clock took the page's
date. Every sentence is written for these tests (none is taken from an article). News conventions.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates
from timeline.settings import Options

REF = dt.date(2026, 3, 11)  # a Wednesday: the article's date


def clocks(text: str, lang: str) -> dict[str, str]:
    """clock mention text -> its day (ISO), clock times only."""
    return {m.text: m.value.isoformat()
            for m in find_dates(text, REF, lang, Options(reference_date=REF, bare_weekday="past"))
            if m.time and m.time[:1].isdigit()}


ROWS = [
    # the lead tells the day before; the clock is the start or the end of its happening
    ("en", "Carrow, 11 March 2026 — The county board met yesterday to settle the bus contract for the valley.\n\n"
           "Six members voted against it.\n\nThe meeting started at 6 p.m. and ended shortly after 9.40pm.",
     {"6 p.m.": "2026-03-10", "9.40pm": "2026-03-10"}),
    ("en", "The harbour commission approved new mooring fees late on Monday after a long debate with the fishermen.\n\n"
           "The decision, taken in a hearing that opened at 5 p.m., was final, a commission clerk said on Wednesday.",
     {"5 p.m.": "2026-03-09"}),
    ("fr", "Le conseil communautaire a adopté hier soir son budget pour l'année, après trois heures de débats.\n\n"
           "Deux élus ont voté contre.\n\nLa séance a débuté à 19 h et a été levée peu après 22 h 15.",
     {"19 h": "2026-03-10", "22 h 15": "2026-03-10"}),
    ("fr", "Les délégués de la fonderie ont voté lundi la reprise du travail, après une semaine d'arrêt.\n\n"
           "L'assemblée générale s'est ouverte vers 8 h 30, a indiqué la CGT mercredi.",
     {"8 h 30": "2026-03-09"}),
    # controls: a lead of the page's own day, a clock with no phase verb, a clock with its own day, a lead far back,
    # a phase told ahead
    ("en", "The county board meets today to settle the bus contract for the whole valley.\n\n"
           "The meeting started at 6 p.m.", {"6 p.m.": "2026-03-11"}),
    ("en", "The county board met yesterday to settle the bus contract for the whole valley.\n\n"
           "Six members voted against it.\n\nA fire broke out in the depot at 3 a.m.", {"3 a.m.": "2026-03-11"}),
    ("fr", "Le conseil municipal a voté hier soir la hausse des tarifs de la cantine scolaire.\n\n"
           "La commission avait débuté mardi 3 mars à 18 h ses travaux.", {"18 h": "2026-03-03"}),
    ("fr", "Le conseil municipal a voté le 12 février la hausse des tarifs de la cantine scolaire.\n\n"
           "Deux élus ont voté contre.\n\nLa séance a débuté à 19 h.", {"19 h": "2026-03-11"}),
    ("en", "The county board met yesterday to settle the bus contract for the whole valley.\n\n"
           "The next meeting begins at 6 p.m.", {"6 p.m.": "2026-03-11"}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_lead_clock_day(lang: str, text: str, expected: dict[str, str]) -> None:
    got = clocks(text, lang)
    for words, day in expected.items():
        assert got.get(words) == day, (words, got)
