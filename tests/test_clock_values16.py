"""Clock values, round sixteen (issue 12: date values across sources).

Two classes counted in two dev sources or more (docs/BENCHMARKS.md, "Date values across sources, round sixteen"):
- a British clock written with a dot ("6.52pm", "10.30 am", "2.15 p.m.") was no time at all; the dot is read only
  with am or pm after it ("6.52" alone, "3.50 a month" stay numbers);
- a clock far into a long sentence (past the cue window) did not see the sentence before, so it took the reference
  date instead of the story's day told there (``clock_day.sentence_start``).

Every sentence is written for these tests (none is taken from an article). News conventions (``bare_weekday='past'``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates
from timeline.settings import Options

REF = dt.date(2026, 3, 11)  # a Wednesday: the article's date


def clocks(text: str, lang: str) -> dict[str, tuple[str, str | None]]:
    """mention text -> (its day, its time of day), clock times only."""
    return {m.text: (m.value.isoformat(), m.time)
            for m in find_dates(text, REF, lang, Options(reference_date=REF, bare_weekday="past"))
            if m.time and m.time[:1].isdigit()}


DOTTED = [
    ("en", "The ferry left the harbour at 7.45am and docked at 9.10 am.", {"7.45am": "07:45", "9.10 am": "09:10"}),
    ("en", "The polls closed at 9.30 p.m., officials said.", {"9.30 p.m.": "21:30"}),
    ("en", "Trading was halted at 2.05pm.", {"2.05pm": "14:05"}),
    ("en", "The final whistle went at 12.15 a.m.", {"12.15 a.m.": "00:15"}),
    ("fr", "Le vol de la compagnie britannique a décollé à 8.20pm, heure locale.", {"8.20pm": "20:20"}),
    # guards: a dot with no am or pm after it is a number, and "a month" is no morning
    ("en", "Shares rose 6.52 per cent to 3.50 a month of dividend.", {}),
    ("en", "The index closed 1.25 points higher.", {}),
    ("fr", "Le taux passe à 2.50 au 1er mars.", {}),
    ("en", "The hearing opened at 10:30 and closed at 4 p.m.", {"10:30": "10:30", "4 p.m.": "16:00"}),
    ("en", "It was 13.30pm by the station clock.", {}),  # no such hour: no clock
]


@pytest.mark.parametrize(("lang", "text", "expected"), DOTTED)
def test_dotted_clock(lang: str, text: str, expected: dict[str, str]) -> None:
    assert {k: v[1] for k, v in clocks(text, lang).items()} == expected


LONG_SENTENCE = [
    ("en", "A cargo plane made an emergency landing at Shannon on Monday evening after a warning light came on. "
           "The Boeing, carrying mail and spare parts for three airlines, turned back over the Atlantic and burned "
           "off fuel for nearly an hour before it touched down safely at 8.40pm.", "8.40pm", "2026-03-09"),
    ("fr", "Un incendie s'est déclaré lundi dans un entrepôt de Vénissieux. Les pompiers, venus de quatre casernes "
           "de la métropole avec une grande échelle et deux camions-citernes, ont lutté pendant de longues heures "
           "contre les flammes avant de les maîtriser vers 23 h 40.", "23 h 40", "2026-03-09"),
    ("en", "A landslide blocked the valley road on Monday. The council, which had warned of loose rock on the "
           "slope above the village for several winters in a row, reopened one lane at 5.30pm.", "5.30pm",
     "2026-03-09"),
    # guards: a short sentence as before; a clock whose tense points ahead stays the reference date's
    ("en", "A landslide blocked the valley road on Monday. One lane reopened at 5.30pm.", "5.30pm", "2026-03-09"),
    ("en", "A landslide blocked the valley road on Monday. The council, which has warned of loose rock on the "
           "slope above the village for several winters in a row, will reopen one lane at 5.30pm.", "5.30pm",
     "2026-03-11"),
]


@pytest.mark.parametrize(("lang", "text", "clock", "day"), LONG_SENTENCE)
def test_long_sentence_clock_takes_the_day_before(lang: str, text: str, clock: str, day: str) -> None:
    assert clocks(text, lang)[clock][0] == day


# --------------------------------------------------------------------------- a dateline's day is not the lead's

def event_days(headline: str, text: str, lang: str) -> list[str]:
    """The days of one article's merged events."""
    from events_support import merged_events  # the events' test helper (tests/events_support.py)

    return sorted({d.isoformat() for d, _ in merged_events(text, lang, REF, headline)})


DATELINES = [
    # moved: the dateline gives the page's day, the lead's own words the day before; a clock two paragraphs
    # on is that day's
    ("en", "Council budget passed",
     "Ashford, 11 March 2026 — The borough council met on Tuesday in the civic centre.\n\n"
     "The leader had been elected in 2022.\n\n"
     "The meeting opened at 7pm.",
     ["2022-01-01", "2026-03-10"]),
    ("fr", "Le budget adopté",
     "Mâcon, 11 mars 2026 – Le conseil départemental s'est réuni mardi à l'hôtel du département.\n\n"
     "Son président avait été élu en 2022.\n\n"
     "La séance s'est ouverte à 18 h.",
     ["2022-01-01", "2026-03-10"]),
    # control: a lead dated by the page's own day with no dash after it keeps its clocks on that day
    ("en", "Council budget passed",
     "On 11 March 2026, the borough council met in the civic centre.\n\n"
     "The leader had been elected in 2022.\n\n"
     "The meeting opened at 7pm.",
     ["2022-01-01", "2026-03-11"]),
]


@pytest.mark.parametrize(("lang", "headline", "text", "days"), DATELINES)
def test_dateline_day_is_not_the_lead_day(lang: str, headline: str, text: str, days: list[str]) -> None:
    assert event_days(headline, text, lang) == days
