"""Linear time in the date engine (issue 15, point 1), checked by counting work, not by timing it.

Two measures, both deterministic:

* **Where a pattern may start.** A regex that can start anywhere inside a run of digits and then
  read the whole run costs the square of the run's length (a 10 KB run of digits took minutes).
  For every compiled pattern of the steps, on a long run of digits followed by what would complete
  a date or a look-alike ("%", "millions", "ans", "mars 2025", "/2025", "h30"...), we count the
  positions inside the run where it matches and reaches far: there must be none.
* **Python steps.** ``find_dates`` on adversarial text of our own (runs of digits, punctuation,
  dates, date words, chains of "la veille / le lendemain", capitalised words, one sentence without
  punctuation) is traced line by line (``sys.settrace``); ten times the text may cost at most
  ``GROWTH`` times the line events.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pytest
from linear_support import line_events, repeat

from timeline.extraction.dates import find_dates
from timeline.extraction.dates.lone_part_days import lone_part_pattern as _lone_part_pattern
from timeline.extraction.dates.patterns import finders
from timeline.extraction.dates.steps_words import _spelled
from timeline.extraction.dates.times import _clock_pattern, _part_patterns

REFERENCE = dt.date(2025, 3, 20)
RUN = 400
"""Digits in the run: any pattern that rescans it from inside would show at many positions."""
REACH = 16
"""A match from inside the run longer than this reads the run itself (no date is longer in figures)."""
GROWTH = 12.0
"""Ten times the input may cost at most this many times the line events (linear is ~10)."""

TAILS = ("%", " %", " millions", " ans", " years", " mars 2025", " March 2025", "/2025", "-03-2025", "h30",
         ":30", " heures", ".5 millions", " rue", "e", "th")


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("tail", TAILS, ids=[t.strip() or "space" for t in TAILS])
def test_no_pattern_starts_inside_a_run_of_digits(lang: str, tail: str) -> None:
    text = "Le " + "7" * RUN + tail + " fin."
    first = len("Le ")
    bad = {}
    for name, pattern in _all_full_text_patterns(lang).items():
        far = [p for p in range(first + 1, first + RUN)
               if (m := pattern.match(text, p)) is not None and m.end() - p > REACH]
        if far:
            bad[name] = len(far)
    assert not bad, f"patterns that start inside a run of digits and read it: {bad}"


def _all_full_text_patterns(lang: str) -> dict[str, re.Pattern[str]]:
    """The steps' patterns plus those of the later steps searched over whole text (clocks, parts of the day,
    years in words), which live beside their steps rather than in ``finders``."""
    _, _, spelled, _ = _spelled(lang)
    _, _, inside, _ = _part_patterns(lang)
    lone, _ = _lone_part_pattern(lang)
    return finders(lang) | {"times.clock": _clock_pattern(), "times.parts": inside, "times.lone_parts": lone,
                            "words.spelled_years": spelled}


def test_the_full_text_patterns_are_all_checked() -> None:
    """The list above names real compiled patterns, so a new step's pattern has a place to be added."""
    for lang in ("fr", "en"):
        patterns = _all_full_text_patterns(lang)
        assert all(isinstance(p, re.Pattern) for p in patterns.values())
        assert len(patterns) > len(finders(lang))


def _line_events(text: str, lang: str) -> int:
    return line_events(lambda: find_dates(text, REFERENCE, lang))[0]


ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "digits": lambda n: "Le " + "7" * n,
    "spaced numbers": repeat("12 "),
    "thousands": repeat("123 456 "),
    "punctuation": repeat(".,;- /"),
    "dates": repeat("le 12 mars 2025, "),
    "date words": repeat("mars lundi hier May Monday "),
    "anchors fr": repeat("la veille, le lendemain, "),
    "anchors en": repeat("the day before, the next day, "),
    "capitalised words": repeat("Jean Mai Pierre June "),
    "one sentence": repeat("le conseil a voté mardi et annoncé en mars que la ville se tiendra "),
    "dotted numbers": repeat("1.2.3.4."),
    "slashes": repeat("1/2/"),
    "clock times": repeat("mardi à 17 h, de 8 h à 9 h 30 at 10:15 UTC "),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_work_grows_linearly(name: str, lang: str) -> None:
    make = ADVERSARIAL[name]
    small, large = _line_events(make(1_000), lang), _line_events(make(10_000), lang)
    assert large <= GROWTH * small, f"{name}: {small} -> {large} line events for 10x the text"
