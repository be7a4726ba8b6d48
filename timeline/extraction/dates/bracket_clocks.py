"""A whole hour alone in brackets is a clock time (round thirty-seven, ftb37).

A French hour with no minutes ("18 h") is a time only after a cue word ("à 18 h", "vers 18 h"; ``times._CLOCK_CUES``):
alone it is as often a duration ("une grève de 24 h", "3 h de débat"). A schedule writes its hours in brackets after
each entry instead, with no cue: "Samedi 5 décembre : Reims – Sedan (18 h), Metz – Charleville (20 h)", "concert à la
collégiale, dimanche (17 h)". The brackets hold the hour and nothing else, so it is read as the entry's time; it takes
its day as any clock does (``times.attach_clocks``). An hour with its minutes ("(15 h 30)") was read already.
``step_bracket_clocks`` runs right after ``times.step_clocks`` in ``DATE_STEPS`` and adds the same placeholders.

Counted on the written sets' dev halves (round thirty-seven): three such hours missed in two batches' fixture lists.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.extraction.dates.clock_day import CLOCK_RULE
from timeline.extraction.dates.context import _Context
from timeline.models import DateMention

BRACKET_HOUR_MIN = 7
"""The earliest hour read in brackets: "(2 h)", "(5 h)" after a race or a debate are durations as often as times, while
the hours of a schedule's entries run from the morning on (the written sets' fixtures: 15 h to 20 h)."""

_PLACEHOLDER = dt.date(2000, 1, 1)  # times._PLACEHOLDER: a clock not yet given its day (``attach_clocks``)
_BRACKET_HOUR = re.compile(r"\([^\S\n]*(?P<c>(?P<h>[01]?\d|2[0-3])[^\S\n]*(?:h|heures?))[^\S\n]*\)", re.IGNORECASE)


def bracketed_hours(ctx: _Context) -> list[tuple[int, int, str | None]]:
    """(start, end, 'HH:00') of each whole hour alone in brackets, the brackets left out of the span."""
    out: list[tuple[int, int, str | None]] = []
    for m in _BRACKET_HOUR.finditer(ctx.text):  # (re scans for the literal "(" that opens every match: fast)
        hour = int(m["h"])
        if hour >= BRACKET_HOUR_MIN:
            out.append((m.start("c"), m.end("c"), f"{hour:02d}:00"))
    return out


def step_bracket_clocks(ctx: _Context) -> None:
    """"Reims – Sedan (18 h)": each whole hour alone in brackets, not claimed yet, as a clock placeholder."""
    for start, end, clock in bracketed_hours(ctx):
        if ctx.free(start, end):
            ctx.add(DateMention(text=ctx.text[start:end], start=start, end=end, value=_PLACEHOLDER, precision="day",
                                rule=CLOCK_RULE, relative=True, time=clock), start, end)
